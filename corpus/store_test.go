package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func intp(n int) *int { return &n }

// sampleRecord is a record as analyze makes it of seed 004's opening lines.
func sampleRecord(source, text string) extract.Record {
	max := 2.0
	r := extract.Record{
		ID: extract.ContentID([]byte(source + text)), Source: source, Title: "临汾市项目建设年动员部署大会", Text: text,
		Script: "traditional", Quality: []string{"pinyin-glosses"}, Rules: "test",
		Place:     extract.Place{Province: "山西省", City: "临汾市"},
		Date:      "2022-03-11",
		Published: "2022-03-12",
		Outlet:    "临汾新闻网", Reporters: []string{"张浩"},
		Campaigns: []extract.Campaign{{Name: "项目建设年", Span: extract.Span{Start: 3, End: 8}}},
		Officials: []extract.Official{{Name: "李云峰", Titles: []string{"市委副书记", "市长"}, Span: extract.Span{Start: 20, End: 23}}},
		Initiatives: []extract.Initiative{{Name: "六个方面", Key: "6个方面", Count: intp(6), Items: []string{"抓认识", "抓谋划"},
			Sentence: "聚焦抓认识、抓谋划等六个方面", Mentions: []extract.Mention{{Span: extract.Span{Start: 30, End: 34}}}, Span: extract.Span{Start: 30, End: 34}}},
		Figures: []extract.Figure{
			{Text: "项目1031个", Value: 1031, Unit: "个", Measure: "项目", Sentence: "全市共谋划项目1031个", Span: extract.Span{Start: 40, End: 47}},
			{Text: "1-2个", Value: 1, Max: &max, Unit: "个", Comparator: ">=", Target: true, Deadline: "2022-12-31", Sentence: "s", Span: extract.Span{Start: 50, End: 54}},
		},
		Tasks: []extract.Task{{Text: "抓认识", Initiative: "六个方面", Span: extract.Span{Start: 60, End: 63}}},
		Input: extract.Input{Text: "原文 " + text, Title: "標題", Published: "2022-03-12 09:44:58", Outlet: "臨汾新聞網", Reporters: []string{"張浩"}},
	}
	r.Input.ID, r.Input.Source = r.ID, source
	r.FillEmpty()
	return r
}

func jsonOf(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestStorePutHasVersionsAndRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := sampleRecord("a.txt", strings.Repeat("全市项目建设年动员部署大会", 10))
	out, err := s.Put(ctx, []extract.Record{a, a})
	if err != nil {
		t.Fatal(err)
	}
	if out[0] != Stored || out[1] != Unchanged {
		t.Fatalf("outcomes %v, want stored then unchanged", out)
	}
	if ok, _ := s.Has(ctx, a.ID); !ok {
		t.Fatal("Has = false after Put")
	}
	a2 := sampleRecord("a.txt", strings.Repeat("全市项目建设年动员部署大会暨集中开复工", 10))
	if _, err := s.Put(ctx, []extract.Record{a2}); err != nil {
		t.Fatal(err)
	}
	var versions []extract.Record
	if err := s.Records(ctx, func(r extract.Record) error { versions = append(versions, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(versions) != 2 {
		t.Fatalf("%d records, want 2", len(versions))
	}
	var v int
	s.DB().QueryRow("SELECT version FROM documents WHERE id = ?", a2.ID).Scan(&v)
	if v != 2 {
		t.Errorf("changed file stored as version %d, want 2", v)
	}
	if got, want := jsonOf(t, versions[0]), jsonOf(t, a); got != want {
		t.Errorf("round trip:\n got %s\nwant %s", got, want)
	}
	if got := versions[0].Input; got.Text != a.Input.Text || got.Title != "標題" || got.Outlet != "臨汾新聞網" || got.Published != a.Input.Published {
		t.Errorf("stored input lost: %+v", got)
	}
}

func TestStorePutIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	good := sampleRecord("good.txt", "全市共谋划项目1031个")
	bad := sampleRecord("bad.txt", "总投资4190亿元")
	bad.Figures[0].Value = math.NaN() // SQLite stores NaN as NULL: the NOT NULL constraint fails
	if _, err := s.Put(ctx, []extract.Record{good, bad}); err == nil || !strings.Contains(err.Error(), "bad.txt") {
		t.Fatalf("err = %v, want a failure naming bad.txt", err)
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for table, n := range counts {
		if n != 0 {
			t.Errorf("%s holds %d rows after a failed batch", table, n)
		}
	}
}

func TestStoreReplace(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	r := sampleRecord("a.txt", "全市共谋划项目1031个")
	if _, err := s.Put(ctx, []extract.Record{r}); err != nil {
		t.Fatal(err)
	}
	r.Figures = r.Figures[:1]
	r.Initiatives = []extract.Initiative{}
	r.Rules = "new"
	// New rules may make another text of the same input: the input is kept
	// as a delta against the text, so it must be kept against the new one.
	r.Text = "全市共谋划项目1031个。"
	if err := s.Replace(ctx, []extract.Record{r}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Record(ctx, r.ID)
	if err != nil || got.Input.Text != r.Input.Text || got.Text != r.Text {
		t.Errorf("after replace: text %q, input %q, %v; want %q, %q", got.Text, got.Input.Text, err, r.Text, r.Input.Text)
	}
	counts, _ := s.Counts(ctx)
	if counts["figures"] != 1 || counts["initiatives"] != 0 || counts["initiative_items"] != 0 || counts["documents"] != 1 {
		t.Errorf("after replace: %v", counts)
	}
	var rules string
	s.DB().QueryRow("SELECT rules FROM documents").Scan(&rules)
	if rules != "new" {
		t.Errorf("rules version = %q, want new", rules)
	}
}

func TestStoreSchemaVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	s.DB().QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion)
	}
	var mode string
	s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	var page int
	s.DB().QueryRow("PRAGMA page_size").Scan(&page)
	if page != 16384 {
		t.Errorf("page_size = %d, want 16384", page)
	}
	s.DB().Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1))
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer than this tifa") {
		t.Errorf("opening a newer store: err = %v", err)
	}
}

// Readers running while a writer stores documents see only whole documents:
// every stored document already has all its figures.
func TestStoreReadersSeeWholeDocuments(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	reader, err := Open(ctx, s.path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		for i := range 40 {
			batch := make([]extract.Record, 5)
			for j := range batch {
				batch[j] = sampleRecord(fmt.Sprintf("%d-%d.txt", i, j), "全市共谋划项目1031个")
			}
			if _, err := s.Put(ctx, batch); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for {
		var docs, figs int
		err := reader.DB().QueryRow("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM figures)").Scan(&docs, &figs)
		if err != nil {
			t.Fatalf("read during write: %v", err)
		}
		if figs != 2*docs {
			t.Fatalf("a reader saw %d documents with %d figures", docs, figs)
		}
		select {
		case <-done:
			wg.Wait()
			return
		default:
		}
	}
}

// BenchmarkStorePut is the writer alone: the sample corpus's records, eight
// times over under new ids (about 1.8 MB of text), stored in one batch with
// their extracts and search index. MB/s are of the documents' text.
func BenchmarkStorePut(b *testing.B) {
	const copies = 8
	ctx := context.Background()
	recs := sampleRecords(b)
	var size int64
	for _, r := range recs {
		size += copies * int64(len(r.Text))
	}
	s := openTemp(b)
	b.SetBytes(size)
	b.ReportAllocs()
	round := 0
	for b.Loop() {
		var batch []extract.Record
		for range copies {
			round++
			for _, r := range recs {
				r.ID = extract.ContentID(fmt.Appendf(nil, "%s/%d", r.ID, round))
				batch = append(batch, r)
			}
		}
		if _, err := s.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
}

// Any file name opens exactly that file: the path is not read as part of a
// URI (a?b.db wrote a, without WAL; c#d.db wrote c; e%41f.db wrote eAf.db).
func TestStoreOpensExactlyTheNamedFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a?b.db", "c#d.db", "e%41f.db", "g h.db", "i&_pragma=x.db", "j'k\".db", "中文.db", "?", "%"} {
		path := filepath.Join(dir, name)
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var mode string
		if err := s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("%s: journal mode %q, %v; want wal", name, mode, err)
		}
		s.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: the file named was not written: %v", name, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		n := strings.TrimSuffix(strings.TrimSuffix(e.Name(), "-wal"), "-shm")
		if !slices.Contains([]string{"a?b.db", "c#d.db", "e%41f.db", "g h.db", "i&_pragma=x.db", "j'k\".db", "中文.db", "?", "%"}, n) {
			t.Errorf("a file nobody named was written: %q", e.Name())
		}
	}
	// A path starting with // is a path, not a URI authority.
	if s, err := Open(context.Background(), "/"+filepath.Join(dir, "k.db")); err != nil {
		t.Errorf("//path: %v", err)
	} else {
		s.Close()
	}
}

// The store keeps of a document's input only what differs from its columns,
// and gives back the input as it was, whichever fields differ.
func TestStoreKeepsInputOnlyWhereItDiffers(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	same := sampleRecord("same.jsonl:1", "全市共谋划项目1031个。")
	same.URL = "https://example.com/a"
	same.Input.Title, same.Input.Published, same.Input.Outlet, same.Input.URL = same.Title, string(same.Published), same.Outlet, same.URL
	same.Input.Reporters = same.Reporters
	differs := sampleRecord("differs.html", "全市共开复工项目521个。") // 標題, a time of day, 臨汾新聞網, 張浩
	blank := sampleRecord("blank.txt", "总投资4190亿元。")
	blank.Input.Title, blank.Input.Published, blank.Input.Outlet, blank.Input.Reporters = "", "", "", nil
	for _, c := range []struct {
		r    extract.Record
		want string
	}{
		{same, `{}`},
		{differs, `{"title":"標題","published":"2022-03-12 09:44:58","outlet":"臨汾新聞網","reporters":["張浩"]}`},
		{blank, `{"title":"","published":"","outlet":"","reporters":[]}`},
	} {
		if _, err := s.Put(ctx, []extract.Record{c.r}); err != nil {
			t.Fatal(err)
		}
		var input string
		if err := s.DB().QueryRow("SELECT input FROM documents WHERE id = ?", c.r.ID).Scan(&input); err != nil {
			t.Fatal(err)
		}
		if input != c.want {
			t.Errorf("%s: input column %s, want %s", c.r.Source, input, c.want)
		}
		got, err := s.Record(ctx, c.r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := jsonOf(t, got.Input), jsonOf(t, c.r.Input); g != w {
			t.Errorf("%s: input read back\n got %s\nwant %s", c.r.Source, g, w)
		}
	}
}
