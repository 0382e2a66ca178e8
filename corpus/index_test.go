package corpus

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// Search opens index rows by reading their units back from the extract
// tables: they must be exactly the units indexed when the record was stored.
func TestStoredUnitsAreTheIndexedUnits(t *testing.T) {
	ctx := context.Background()
	recs := sampleRecords(t)
	s := openTemp(t)
	if _, err := s.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	var docs []int64 // documents are numbered in the order stored
	for i := range recs {
		docs = append(docs, int64(i+1))
	}
	stored := map[string]map[int64][]searchUnit{}
	for _, kind := range unitKinds[1:] {
		u, err := storedUnits(ctx, s.db, kind, docs)
		if err != nil {
			t.Fatal(err)
		}
		stored[kind] = u
	}
	units := 0
	for i := range recs {
		for _, kind := range unitKinds[1:] {
			var want []searchUnit
			for _, u := range searchUnits(&recs[i]) {
				if u.kind == kind {
					want = append(want, u)
				}
			}
			units += len(want)
			if got := stored[kind][docs[i]]; !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %s units: stored %d, indexed %d", recs[i].Source, kind, len(got), len(want))
			}
		}
	}
	if units < 500 {
		t.Errorf("only %d units in the sample corpus", units)
	}
}

// The units of one index row are matched one by one: two words must be in
// the same unit. An excluded word holds for the whole document: a document
// that names it anywhere gives no hit (a user who leaves out 临汾 wants no
// document about it), while another document's units still match.
func TestSearchMatchesUnitsNotRows(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	text := "到2025年，临汾市地区生产总值达到2000亿元。全省固定资产投资增长10%以上。"
	r := sampleRecord("targets.txt", text)
	r.Figures = []extract.Figure{
		{Text: "2000亿元", Value: 2e11, Unit: "元", Target: true, Sentence: "到2025年，临汾市地区生产总值达到2000亿元。", Span: extract.Span{Start: 16, End: 22}},
		{Text: "10%以上", Value: 0.1, Unit: "%", Comparator: ">=", Target: true, Sentence: "全省固定资产投资增长10%以上。", Span: extract.Span{Start: 33, End: 38}},
	}
	other := sampleRecord("other.txt", "全省固定资产投资增长8%。")
	other.Title, other.Officials, other.Campaigns = "全省投资", nil, nil
	other.Figures = []extract.Figure{{Text: "8%", Value: 8, Unit: "%", Target: true, Sentence: "全省固定资产投资增长8%。", Span: extract.Span{Start: 10, End: 12}}}
	if _, err := s.Put(ctx, []extract.Record{r, other}); err != nil {
		t.Fatal(err)
	}
	search := func(q string) []string {
		t.Helper()
		pq, err := ParseQuery(q, nil)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := s.Search(ctx, pq, Filter{Kinds: []string{"target"}})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.Text)
		}
		return out
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"增长 -临汾", []string{"全省固定资产投资增长8%。"}},
		{"总值", []string{"到2025年，临汾市地区生产总值达到2000亿元。"}},
		{"总值 OR 投资", []string{"全省固定资产投资增长10%以上。", "全省固定资产投资增长8%。", "到2025年，临汾市地区生产总值达到2000亿元。"}},
		{"临汾 投资", nil}, // in one row, but in two units
		{"-临汾 达到", nil},
	} {
		got := search(c.q)
		slices.Sort(got) // the order is search's ranking, tested elsewhere
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
	// A document row honours exclusions on the whole text.
	pq, _ := ParseQuery("投资 -临汾", nil)
	if hits, _ := s.Search(ctx, pq, Filter{Kinds: []string{"doc"}}); len(hits) != 1 || hits[0].Source != "other.txt" {
		t.Errorf("投资 -临汾 found %v, want other.txt alone", hits)
	}
}

// The index knows which rows hold a phrase's tokens, not where: a document
// that holds them apart is not a hit.
func TestSearchPhraseNeedsItsWordsTogether(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	r := sampleRecord("apart.txt", "十大工程全面铺开。扩大行业投资。行动方案出台。")
	if _, err := s.Put(ctx, []extract.Record{r}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"十大行动": 0, "扩大行业": 1, "十大 行动": 1, `"十大 行动"`: 0, "工程 -投资": 0} {
		pq, err := ParseQuery(q, nil)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := s.Search(ctx, pq, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != want {
			t.Errorf("%q: %d hits, want %d", q, len(hits), want)
		}
	}
}

// A store made by the first schema (an earlier tifa's), with documents
// indexed a row per unit, is migrated when opened: reindexed, its documents
// found as before, and new ones stored.
func TestStoreReindexesAV1Store(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(schemaV1 + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	// a short sample document (a web page, not a report) with a formula
	var rec extract.Record
	for _, r := range sampleRecords(t)[2:] {
		if len(r.Initiatives) > 0 {
			rec = r
			break
		}
	}
	if len(rec.Initiatives) == 0 {
		t.Fatal("no sample page holds a formula")
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	putV1(t, tx, &rec)
	for _, u := range searchUnits(&rec) { // as the first schema indexed them
		res, err := tx.Exec(`INSERT INTO search_units (doc_id, kind, ref, text) VALUES (?, ?, 0, ?)`, rec.ID, u.kind, u.text)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		if _, err := tx.Exec(`INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)`, id, indexTokens(u.source)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v, rows int
	var hashsize string
	s.DB().QueryRow("PRAGMA user_version").Scan(&v)
	s.DB().QueryRow("SELECT COUNT(*) FROM search_rows r JOIN documents d ON d.doc = r.doc WHERE d.id = ?", rec.ID).Scan(&rows)
	s.DB().QueryRow("SELECT v FROM search_fts_config WHERE k = 'hashsize'").Scan(&hashsize)
	if v != SchemaVersion || rows < 3 || hashsize != "67108864" {
		t.Fatalf("after migration: user_version %d, %d index rows, FTS hash size %q", v, rows, hashsize)
	}
	got, err := s.Record(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := jsonOf(t, got), jsonOf(t, rec); got != want {
		t.Errorf("after migration the record differs:\n got %s\nwant %s", got, want)
	}
	if got.Input.Text != rec.Input.Text || rec.Input.Text == "" {
		t.Errorf("after migration: input %q, want %q", got.Input.Text, rec.Input.Text)
	}
	if g, w := jsonOf(t, got.Input), jsonOf(t, rec.Input); g != w {
		t.Errorf("after migration the input differs:\n got %s\nwant %s", g, w)
	}
	if _, err := s.Put(ctx, []extract.Record{sampleRecord("new.txt", "全市共谋划项目1031个，总投资4190亿元。")}); err != nil {
		t.Fatal(err)
	}
	name := rec.Initiatives[0].Name
	q, _ := ParseQuery(name, nil)
	hits, err := s.Search(ctx, q, Filter{})
	if err != nil || len(hits) == 0 || hits[0].Kind != "initiative" || !strings.HasPrefix(hits[0].Text, name) {
		t.Errorf("search %q after migration: %v, %v", name, hits, err)
	}
}

// putV1 stores a record in the tables of schema version 1, which named a
// document by its content hash (doc_id) everywhere.
func putV1(t *testing.T, tx *sql.Tx, r *extract.Record) {
	t.Helper()
	// the input as schemas 1 to 9 kept it: every field, an empty one left out
	in := struct {
		Title     string   `json:"title,omitempty"`
		Published string   `json:"published,omitempty"`
		Outlet    string   `json:"outlet,omitempty"`
		Reporters []string `json:"reporters,omitempty"`
		URL       string   `json:"url,omitempty"`
	}{r.Input.Title, r.Input.Published, r.Input.Outlet, r.Input.Reporters, r.Input.URL}
	exec := func(query string, args ...any) {
		t.Helper()
		if _, err := tx.Exec(query, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO documents (id, source, version, url, title, text, script, quality, province, city, county, date,
		published, outlet, reporters, rules, raw, input) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.ID, r.Source, r.URL, r.Title, r.Text, r.Script, jsonText(r.Quality), r.Place.Province, r.Place.City, r.Place.County,
		nullDay(r.Date), nullDay(r.Published), r.Outlet, jsonText(r.Reporters), r.Rules, r.Input.Text, jsonText(in))
	for i, x := range r.Initiatives {
		exec(`INSERT INTO initiatives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.ID, i, x.Name, x.Key, x.Count, x.Complete, x.Sentence, x.Start, x.End)
		for j, item := range x.Items {
			exec(`INSERT INTO initiative_items VALUES (?, ?, ?, ?)`, r.ID, i, j, item)
		}
		for _, m := range x.Mentions {
			exec(`INSERT INTO initiative_mentions VALUES (?, ?, ?, ?)`, r.ID, i, m.Start, m.End)
		}
	}
	for i, f := range r.Figures {
		exec(`INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.ID, i, f.Text, f.Value, f.Max, f.Unit,
			f.Comparator, f.Measure, f.Target, f.Deadline, f.Sentence, f.Start, f.End)
	}
	for i, o := range r.Officials {
		exec(`INSERT INTO officials VALUES (?, ?, ?, ?, ?, ?)`, r.ID, i, o.Name, jsonText(o.Titles), o.Start, o.End)
	}
	for i, c := range r.Campaigns {
		exec(`INSERT INTO campaigns VALUES (?, ?, ?, ?, ?)`, r.ID, i, c.Name, c.Start, c.End)
	}
	for i, x := range r.Tasks {
		exec(`INSERT INTO tasks VALUES (?, ?, ?, ?, ?, ?)`, r.ID, i, x.Text, x.Initiative, x.Start, x.End)
	}
}

// A store of version 6 keeps its search index through the move to document
// numbers (version 7): its rows are copied, not rebuilt.
func TestStoreMigratesAV6StoreKeepingItsIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v6.db")
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	for _, m := range migrations[:6] {
		if _, err := db.Exec(m.script); err != nil {
			t.Fatal(err)
		}
	}
	recs := sampleRecords(t)[:4]
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	ts := newTokenSet()
	for i := range recs {
		putV1(t, tx, &recs[i])
		for _, row := range indexRows(ts, searchUnits(&recs[i])) {
			res, err := tx.Exec(`INSERT INTO search_rows (doc_id, kind) VALUES (?, ?)`, recs[i].ID, row.kind)
			if err != nil {
				t.Fatal(err)
			}
			id, _ := res.LastInsertId()
			if _, err := tx.Exec(`INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)`, id, row.tokens); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := tx.Exec("PRAGMA user_version = 6"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	var before int
	db.QueryRow("SELECT MAX(id) FROM search_rows").Scan(&before)
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The rows are kept; version 8 adds rows of its new kinds only.
	var kept, others int
	s.DB().QueryRow("SELECT COUNT(*) FROM search_rows WHERE id <= ?", before).Scan(&kept)
	s.DB().QueryRow("SELECT COUNT(*) FROM search_rows WHERE id > ? AND kind NOT IN ('campaign', 'official')", before).Scan(&others)
	if kept != before || before == 0 || others != 0 {
		t.Errorf("index rows: %d before, %d of them kept, %d new rows of old kinds", before, kept, others)
	}
	for i, r := range recs {
		var doc int
		s.DB().QueryRow("SELECT doc FROM documents WHERE id = ?", r.ID).Scan(&doc)
		if doc != i+1 {
			t.Errorf("%s: numbered %d, want %d (the order stored)", r.Source, doc, i+1)
		}
		got, err := s.Record(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := jsonOf(t, got), jsonOf(t, r); got != want {
			t.Errorf("%s after migration:\n got %s\nwant %s", r.Source, got, want)
		}
		if got.Input.Text != r.Input.Text || r.Input.Text == "" {
			t.Errorf("%s after migration: input %q, want %q", r.Source, got.Input.Text, r.Input.Text)
		}
	}
	var problems int
	s.DB().QueryRow("SELECT COUNT(*) FROM pragma_foreign_key_check").Scan(&problems)
	if problems != 0 {
		t.Errorf("%d foreign key problems after the migration", problems)
	}
	in := recs[0].Initiatives[0]
	q, _ := ParseQuery(in.Name, nil)
	hits, err := s.Search(ctx, q, Filter{Kinds: []string{"initiative"}})
	if err != nil || len(hits) == 0 || hits[0].DocID != recs[0].ID {
		t.Errorf("search %q after migration: %v, %v", in.Name, hits, err)
	}
}
