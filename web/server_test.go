package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

var fixture struct {
	once sync.Once
	srv  *httptest.Server
	recs []extract.Record
	err  error
}

// testServer serves a store holding the sample corpus and one hostile page.
func testServer(t testing.TB) (*httptest.Server, []extract.Record) {
	t.Helper()
	fixture.once.Do(func() {
		fixture.err = buildFixture(filepath.Join(tempDir(), "web.db"))
	})
	if fixture.err != nil {
		t.Fatal(fixture.err)
	}
	return fixture.srv, fixture.recs
}

const hostile = `<html><head><title>临沂市"<script>alert(1)</script>"</title></head><body>
<div class="content"><p>临沂市召开会议,部署“十大攻坚行动”。要打通39条断头路&lt;img src=x onerror=alert(2)&gt;。</p>
<p>全市共谋划项目1031个,总投资4190亿元,年度投资907亿元,开复工率达到90%以上。</p></div></body></html>`

func buildFixture(dbPath string) error {
	ctx := context.Background()
	a, rd, err := corpus.NewPipeline()
	if err != nil {
		return err
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return err
	}
	err = corpus.AnalyzeAll(ctx, rd.Read([]string{"../testdata/corpus"}), a, corpus.NewCores(2), func(res corpus.Result) error {
		if res.Err != nil {
			return res.Err
		}
		fixture.recs = append(fixture.recs, res.Record)
		return nil
	})
	if err != nil {
		return err
	}
	in, err := rd.ParseDocument([]byte(hostile), corpus.KindHTML)
	if err != nil {
		return err
	}
	in.Source = "hostile.html"
	rec, err := a.Analyze(in)
	if err != nil {
		return err
	}
	fixture.recs = append(fixture.recs, rec)
	store, err := corpus.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	if _, err := store.Put(ctx, fixture.recs); err != nil {
		return err
	}
	if err := store.RefreshRegistry(ctx); err != nil {
		return err
	}
	h, err := New(store, conv, nil)
	if err != nil {
		return err
	}
	fixture.srv = httptest.NewServer(h)
	return nil
}

func get(t *testing.T, path string) (int, string) {
	t.Helper()
	srv, _ := testServer(t)
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestSearchPage(t *testing.T) {
	code, body := get(t, "/?q="+url.QueryEscape("攻堅行動"))
	if code != 200 || !strings.Contains(body, "<mark>攻坚行动</mark>") || !strings.Contains(body, "山东省 济宁市") {
		t.Fatalf("search page: %d\n%.500s", code, body)
	}
	code, body = get(t, "/?q="+url.QueryEscape("断头路")+"&kind=target")
	if code != 200 || !strings.Contains(body, "kind-target") || strings.Contains(body, "kind-doc") {
		t.Errorf("kind filter: %d", code)
	}
}

func TestBadParametersGet400(t *testing.T) {
	for _, path := range []string{
		"/?q=" + url.QueryEscape(`"攻坚`), "/?q=x&page=0", "/?q=x&page=abc", "/?q=x&from=2021-13-40",
		"/?q=x&kind=everything", "/api/search", "/api/search?q=(", "/doc/notanid", "/api/doc/xyz",
		"/api/compare", "/compare?place=a&from=yesterday",
	} {
		code, body := get(t, path)
		if code != 400 {
			t.Errorf("%s: %d, want 400", path, code)
		}
		if strings.Contains(strings.ToLower(body), "sql") || strings.Contains(body, "fts5") {
			t.Errorf("%s: the message shows internals: %.200s", path, body)
		}
	}
	if code, _ := get(t, "/doc/0123456789abcdef0123456789abcdef"); code != 404 {
		t.Errorf("unknown document: %d, want 404", code)
	}
}

func TestHostileDocumentIsEscaped(t *testing.T) {
	_, recs := testServer(t)
	id := recs[len(recs)-1].ID
	for _, path := range []string{"/doc/" + id, "/?q=" + url.QueryEscape("断头路"), "/?q=" + url.QueryEscape("临沂")} {
		code, body := get(t, path)
		if code != 200 {
			t.Fatalf("%s: %d", path, code)
		}
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") {
			t.Errorf("%s: document markup reached the page unescaped", path)
		}
	}
	srv, _ := testServer(t)
	resp, err := http.Get(srv.URL + "/doc/" + id)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("no content security policy: %q", csp)
	}
}

// Every mark lies exactly on an extract's characters, and every extract is
// marked (where extracts overlap, the stronger one is drawn).
func TestDocumentMarksEveryExtract(t *testing.T) {
	_, recs := testServer(t)
	for _, rec := range recs {
		name := filepath.Base(rec.Source)
		type mark struct {
			class      string
			start, end int
		}
		var marks []mark
		var text []string
		for _, p := range markDocument(rec, nil) {
			var line strings.Builder
			for _, s := range p {
				line.WriteString(s.Text)
				if s.Class != "" {
					marks = append(marks, mark{s.Class, s.Start, s.Start + len([]rune(s.Text))})
				}
			}
			text = append(text, line.String())
		}
		if got := strings.Join(text, "\n"); got != rec.Text {
			t.Fatalf("%s: the marked paragraphs do not give back the text", name)
		}
		var spans []mark
		for _, in := range rec.Initiatives {
			for _, m := range in.Mentions {
				spans = append(spans, mark{"formula", m.Start, m.End})
			}
		}
		for _, f := range rec.Figures {
			class := "fact"
			if f.Target {
				class = "target"
			}
			spans = append(spans, mark{class, f.Start, f.End})
		}
		for _, o := range rec.Officials {
			spans = append(spans, mark{"official", o.Start, o.End})
		}
		for _, c := range rec.Campaigns {
			spans = append(spans, mark{"campaign", c.Start, c.End})
		}
		for _, m := range marks {
			exact := false
			for _, s := range spans {
				exact = exact || s == m
			}
			if !exact {
				t.Errorf("%s: %s mark at [%d,%d) is no extract's span", name, m.class, m.start, m.end)
			}
		}
		for _, s := range spans {
			covered := false
			for _, m := range marks {
				covered = covered || (m.start < s.end && s.start < m.end)
			}
			if !covered {
				t.Errorf("%s: %s [%d,%d) %q is not marked", name, s.class, s.start, s.end, string([]rune(rec.Text)[s.start:s.end]))
			}
		}
	}
}

func TestAPI(t *testing.T) {
	code, body := get(t, "/api/search?q="+url.QueryEscape("十大攻坚行动")+"&kind=initiative")
	var sr struct {
		Hits []corpus.Hit
	}
	if code != 200 || json.Unmarshal([]byte(body), &sr) != nil || len(sr.Hits) == 0 {
		t.Fatalf("api/search: %d %.300s", code, body)
	}
	code, body = get(t, "/api/doc/"+sr.Hits[0].DocID)
	var rec extract.Record
	if code != 200 || json.Unmarshal([]byte(body), &rec) != nil || len(rec.Initiatives) == 0 {
		t.Fatalf("api/doc: %d", code)
	}
	code, body = get(t, "/api/compare?place="+url.QueryEscape("临沂")+"&place="+url.QueryEscape("济宁"))
	var c corpus.Comparison
	if code != 200 || json.Unmarshal([]byte(body), &c) != nil || len(c.Places) != 2 {
		t.Fatalf("api/compare: %d %.300s", code, body)
	}
	code, body = get(t, "/api/formulas?name="+url.QueryEscape("三个一批"))
	if code != 200 || !strings.Contains(body, `"key":"3个1批"`) {
		t.Fatalf("api/formulas: %d %.300s", code, body)
	}
}

func TestFormulasTimeline(t *testing.T) {
	code, body := get(t, "/formulas?name="+url.QueryEscape("三个一批"))
	if code != 200 || !strings.Contains(body, "<svg class=\"bars\"") || !strings.Contains(body, "临汾市") || !strings.Contains(body, "(earliest)") {
		t.Fatalf("formulas page: %d %.500s", code, body)
	}
}

func TestDiffusionPageAndAPI(t *testing.T) {
	code, body := get(t, "/api/diffusion?name="+url.QueryEscape("三個一批"))
	var got struct {
		Key      string
		Adopters []corpus.Adopter
	}
	if err := json.Unmarshal([]byte(body), &got); code != 200 || err != nil {
		t.Fatalf("api: %d %v\n%.300s", code, err, body)
	}
	if got.Key != "3个1批" || len(got.Adopters) != 2 || got.Adopters[0].Place != "山西省" || got.Adopters[0].Order != 1 ||
		got.Adopters[0].FirstDoc == "" || got.Adopters[1].Place != "贵州省" {
		t.Errorf("api: %s", body)
	}
	code, body = get(t, "/diffusion?name="+url.QueryEscape("三个一批")+"&level=city")
	if code != 200 || !strings.Contains(body, "临汾市") || !strings.Contains(body, `<svg class="adoption"`) ||
		!strings.Contains(body, `href="/doc/`) {
		t.Errorf("page: %d\n%.600s", code, body)
	}
	for _, path := range []string{"/diffusion?name=x&level=county", "/api/diffusion", "/api/diffusion?name=" + strings.Repeat("x", 300)} {
		if code, _ := get(t, path); code != 400 {
			t.Errorf("%s: %d, want 400", path, code)
		}
	}
}

// The search page says how many documents match and pages through them by
// date; the API gives the same totals.
func TestSearchPageTotalsAndSort(t *testing.T) {
	code, body := get(t, "/?q="+url.QueryEscape("攻坚")+"&sort=date")
	if code != 200 || !strings.Contains(body, `id="total"`) || !strings.Contains(body, "matches in") || !strings.Contains(body, "newest first") {
		t.Fatalf("search page: %d\n%.800s", code, body)
	}
	code, body = get(t, "/api/search?q="+url.QueryEscape("攻坚"))
	var res struct {
		TotalDocs int    `json:"total_docs"`
		Count     string `json:"count"`
	}
	if err := json.Unmarshal([]byte(body), &res); code != 200 || err != nil || res.TotalDocs == 0 || res.Count != "exact" {
		t.Errorf("api: %d %v %.300s", code, err, body)
	}
	if code, _ := get(t, "/?q=x&sort=size"); code != 400 {
		t.Errorf("sort=size: %d, want 400", code)
	}
	// A Traditional place filter finds what the Simplified one does.
	totals := func(province string) int {
		_, body := get(t, "/api/search?q="+url.QueryEscape("攻坚")+"&province="+url.QueryEscape(province))
		var r struct {
			TotalDocs int `json:"total_docs"`
		}
		json.Unmarshal([]byte(body), &r)
		return r.TotalDocs
	}
	if a, b := totals("山东"), totals("山東"); a == 0 || a != b {
		t.Errorf("province 山东: %d documents, 山東: %d", a, b)
	}
}

// A document opened from a search marks and counts the search's matches,
// each linked from the top of the page.
func TestDocumentPageShowsTheSearchsMatches(t *testing.T) {
	_, recs := testServer(t)
	var id string
	for _, r := range recs {
		if strings.Contains(r.Text, "十大攻坚行动") {
			id = r.ID
			break
		}
	}
	code, body := get(t, "/doc/"+id+"?q="+url.QueryEscape("攻堅行動"))
	n := strings.Count(body, `<mark class="hit" id="hit-`)
	if !strings.Contains(body, `<mark class="formula"`) {
		t.Errorf("the formulas are no longer marked under the search's matches")
	}
	if code != 200 || n == 0 || !strings.Contains(body, fmt.Sprintf("%d match", n)) || !strings.Contains(body, `href="#hit-1"`) {
		t.Errorf("document page: %d, %d marks\n%.600s", code, n, body)
	}
	if code, _ := get(t, "/doc/"+id+"?q="+url.QueryEscape(`"unclosed`)); code != 400 {
		t.Errorf("bad query on a document: %d, want 400", code)
	}
}

// A document that names a formula without its members shows the members
// another document of its place spells out, apart from its own, with links.
func TestDocumentPageShowsKnownMembers(t *testing.T) {
	ctx := context.Background()
	store, err := corpus.Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	rec := func(source string, items []string) extract.Record {
		text := source + "：部署十大攻坚行动。"
		r := extract.Record{ID: extract.ContentID([]byte(text)), Source: source, Title: source, Text: text, Script: "simplified", Rules: "t",
			Place:       extract.Place{Province: "山东省", City: "济宁市"},
			Initiatives: []extract.Initiative{{Name: "十大攻坚行动", Key: "10大攻坚行动", Items: items, Complete: len(items) == 2}},
			Input:       extract.Input{Text: text}}
		r.FillEmpty()
		return r
	}
	defining, naming := rec("defining", []string{"乡村振兴", "流程再造"}), rec("naming", nil)
	defining.Initiatives[0].Count, naming.Initiatives[0].Count = intp(2), intp(2)
	if _, err := store.Put(ctx, []extract.Record{defining, naming}); err != nil {
		t.Fatal(err)
	}
	if err := store.RefreshRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	conv, _ := extract.NewT2S()
	h, err := New(store, conv, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/doc/" + naming.ID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "known members") || !strings.Contains(string(body), "乡村振兴、流程再造") ||
		!strings.Contains(string(body), `href="/doc/`+defining.ID+`"`) {
		t.Errorf("the naming document lacks the known members:\n%.1500s", body)
	}
}

func intp(n int) *int { return &n }

// The diffusion pages read the user's adjacency (a pair of cities) when the
// server is given the rules.
func TestDiffusionUsesTheUsersAdjacency(t *testing.T) {
	ctx := context.Background()
	store, err := corpus.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var recs []extract.Record
	for i, city := range []string{"临沂市", "济宁市"} {
		text := city + "部署十大攻坚行动。"
		r := extract.Record{ID: extract.ContentID([]byte(text)), Source: city, Text: text, Script: "simplified", Rules: "t",
			Place: extract.Place{Province: "山东省", City: city}, Date: extract.Day(fmt.Sprintf("2020-0%d-01", i+1)),
			Initiatives: []extract.Initiative{{Name: "十大攻坚行动", Key: "10大攻坚行动", Count: intp(10)}}, Input: extract.Input{Text: text}}
		r.FillEmpty()
		recs = append(recs, r)
	}
	if _, err := store.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if err := store.RefreshRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := extract.LoadRules(rules.FS, fstest.MapFS{"adjacency.tsv": {Data: []byte("临沂市\t济宁市\n")}})
	if err != nil {
		t.Fatal(err)
	}
	conv, _ := extract.NewT2S()
	h, err := New(store, conv, nil)
	if err != nil {
		t.Fatal(err)
	}
	h.UseRules(r)
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/diffusion?level=city&name=" + url.QueryEscape("十大攻坚行动"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Adopters []corpus.Adopter }
	json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if len(got.Adopters) != 2 || got.Adopters[1].Place != "济宁市" || len(got.Adopters[1].NeighborsBefore) != 1 {
		t.Errorf("adopters: %+v", got.Adopters)
	}
}
