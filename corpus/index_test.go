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
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	stored := map[string]map[string][]searchUnit{}
	for _, kind := range unitKinds[1:] {
		u, err := storedUnits(ctx, s.db, kind, ids)
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
			if got := stored[kind][recs[i].ID]; !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %s units: stored %d, indexed %d", recs[i].Source, kind, len(got), len(want))
			}
		}
	}
	if units < 500 {
		t.Errorf("only %d units in the sample corpus", units)
	}
}

// The units of one index row are matched one by one: an excluded word in one
// target does not hide the row's other targets, and two words must be in the
// same unit.
func TestSearchMatchesUnitsNotRows(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	text := "到2025年，临汾市地区生产总值达到2000亿元。全省固定资产投资增长10%以上。"
	r := sampleRecord("targets.txt", text)
	r.Figures = []extract.Figure{
		{Text: "2000亿元", Value: 2e11, Unit: "元", Target: true, Sentence: "到2025年，临汾市地区生产总值达到2000亿元。", Span: extract.Span{Start: 16, End: 22}},
		{Text: "10%以上", Value: 0.1, Unit: "%", Comparator: ">=", Target: true, Sentence: "全省固定资产投资增长10%以上。", Span: extract.Span{Start: 33, End: 38}},
	}
	if _, err := s.Put(ctx, []extract.Record{r}); err != nil {
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
		{"增长 -临汾", []string{"全省固定资产投资增长10%以上。"}},
		{"总值", []string{"到2025年，临汾市地区生产总值达到2000亿元。"}},
		{"总值 OR 投资", []string{"全省固定资产投资增长10%以上。", "到2025年，临汾市地区生产总值达到2000亿元。"}},
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
	if hits, _ := s.Search(ctx, pq, Filter{Kinds: []string{"doc"}}); len(hits) != 0 {
		t.Errorf("a document naming 临汾 was found for 投资 -临汾: %v", hits)
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
	rec := sampleRecords(t)[2]
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	w := &txWriter{tx: tx, stmts: map[string]*sql.Stmt{}}
	if _, err := insertDocument(ctx, w, &rec); err != nil {
		t.Fatal(err)
	}
	if err := insertExtracts(ctx, w, &rec); err != nil {
		t.Fatal(err)
	}
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
	s.DB().QueryRow("SELECT COUNT(*) FROM search_rows WHERE doc_id = ?", rec.ID).Scan(&rows)
	s.DB().QueryRow("SELECT v FROM search_fts_config WHERE k = 'hashsize'").Scan(&hashsize)
	if v != SchemaVersion || rows < 3 || hashsize != "67108864" {
		t.Fatalf("after migration: user_version %d, %d index rows, FTS hash size %q", v, rows, hashsize)
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
