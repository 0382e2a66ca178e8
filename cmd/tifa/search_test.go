package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var sampleDB = struct {
	once sync.Once
	path string
}{}

// sampleStore ingests the sample corpus once for the read-side tests.
func sampleStore(t *testing.T) string {
	t.Helper()
	sampleDB.once.Do(func() {
		// Beside the binary: TestMain removes that folder at the end.
		sampleDB.path = filepath.Join(filepath.Dir(tifaBin), "sample.db")
		if r := tifa(t, "ingest", "--db", sampleDB.path, seeds, dev); r.code != 0 {
			t.Fatalf("ingest: %s", r.stderr)
		}
	})
	return sampleDB.path
}

type hit struct {
	Kind, Source, Text, Province, City, Date string
	Highlight                                [][2]int
}

func searchJSON(t *testing.T, args ...string) []hit {
	t.Helper()
	r := tifa(t, append([]string{"search", "--db", sampleStore(t), "--json"}, args...)...)
	if r.code != 0 {
		t.Fatalf("search %v: exit %d: %s", args, r.code, r.stderr)
	}
	var out []hit
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if line == "" {
			continue
		}
		var h hit
		if err := json.Unmarshal([]byte(line), &h); err != nil {
			t.Fatal(err)
		}
		out = append(out, h)
	}
	return out
}

// A search says how many documents it found, and paging by date reaches the
// oldest of them; a Traditional place filter finds what the Simplified one does.
func TestSearchTotalsPagesAndFilters(t *testing.T) {
	db := sampleStore(t)
	r := tifa(t, "search", "--db", db, "--json", "--limit", "3", "--sort", "date", "攻坚")
	if r.code != 0 || !strings.Contains(r.stderr, "documents;") {
		t.Fatalf("search: exit %d: %s", r.code, r.stderr)
	}
	var docs int
	if _, err := fmt.Sscanf(r.stderr[strings.Index(r.stderr, " in ")+4:], "%d documents", &docs); err != nil {
		t.Fatalf("no total in %q: %v", r.stderr, err)
	}
	want := count(t, db, "SELECT COUNT(*) FROM documents WHERE instr(title || char(10) || text, '攻坚') > 0")
	if docs != want {
		t.Errorf("total %d documents, sqlite3 finds %d", docs, want)
	}
	var all []hit
	for page := 1; page < 200; page++ {
		hits := searchJSON(t, "--limit", "3", "--sort", "date", "--page", strconv.Itoa(page), "攻坚")
		if len(hits) == 0 {
			break
		}
		all = append(all, hits...)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Date > all[i-1].Date {
			t.Fatalf("by date, %s after %s", all[i].Date, all[i-1].Date)
		}
	}
	// The last dated hit is the oldest: undated documents come after all.
	lastDated := ""
	for _, h := range all {
		if h.Date != "" {
			lastDated = h.Date
		}
	}
	oldest := count(t, db, "SELECT COUNT(*) FROM documents WHERE instr(title || char(10) || text, '攻坚') > 0 AND "+
		"COALESCE(CASE WHEN date LIKE '____-__-__' THEN date ELSE published END, '') BETWEEN '0' AND '"+lastDated+"' AND "+
		"COALESCE(CASE WHEN date LIKE '____-__-__' THEN date ELSE published END, '') < '"+lastDated+"'")
	if lastDated == "" || oldest != 0 {
		t.Errorf("the last page's last dated hit %q is not the oldest (%d documents are older)", lastDated, oldest)
	}
	simple := searchJSON(t, "--province", "山东", "攻坚")
	trad := searchJSON(t, "--province", "山東", "攻坚")
	if len(simple) == 0 || len(simple) != len(trad) {
		t.Errorf("--province 山东 found %d, 山東 %d", len(simple), len(trad))
	}
	if r := tifa(t, "search", "--db", db, "--sort", "size", "x"); r.code != exitUsage {
		t.Errorf("--sort size: exit %d", r.code)
	}
}

func TestSearchTraditionalAndSimplifiedAlike(t *testing.T) {
	simple := searchJSON(t, "攻坚行动")
	trad := searchJSON(t, "攻堅行動")
	if len(simple) == 0 || len(simple) != len(trad) {
		t.Fatalf("攻坚行动 found %d, 攻堅行動 %d", len(simple), len(trad))
	}
	for i := range simple {
		if simple[i].Source != trad[i].Source || simple[i].Text != trad[i].Text {
			t.Errorf("hit %d differs: %v / %v", i, simple[i], trad[i])
		}
	}
}

func TestSearchShortWordsAndHighlights(t *testing.T) {
	for _, q := range []string{"脱贫", "断头", "攻"} {
		hits := searchJSON(t, q)
		if len(hits) == 0 {
			t.Errorf("%s: no hits", q)
			continue
		}
		for _, h := range hits {
			rs := []rune(h.Text)
			if len(h.Highlight) == 0 {
				t.Errorf("%s: hit without highlight: %q", q, h.Text)
				continue
			}
			if got := string(rs[h.Highlight[0][0]:h.Highlight[0][1]]); got != q {
				t.Errorf("%s: highlight %q in %q", q, got, h.Text)
			}
		}
	}
}

func TestSearchFormulaKeyAcrossNumeralStyles(t *testing.T) {
	// seed 002 writes 十大攻坚行动; a query in digits finds it.
	hits := searchJSON(t, "--kind", "initiative", "10大攻坚行动")
	if len(hits) == 0 || !strings.Contains(hits[0].Source, "002_") || !strings.HasPrefix(hits[0].Text, "十大攻坚行动") {
		t.Fatalf("10大攻坚行动 → %v", hits)
	}
}

func TestSearchFilters(t *testing.T) {
	for _, h := range searchJSON(t, "--province", "山东", "项目") {
		if h.Province != "山东省" {
			t.Errorf("--province 山东 gave %s", h.Province)
		}
	}
	for _, h := range searchJSON(t, "--city", "临汾", "项目") {
		if h.City != "临汾市" {
			t.Errorf("--city 临汾 gave %s", h.City)
		}
	}
	for _, h := range searchJSON(t, "--from", "2021-01-01", "--to", "2021-12-31", "项目") {
		if !strings.HasPrefix(h.Date, "2021-") {
			t.Errorf("2021 filter gave %s", h.Date)
		}
	}
	for _, h := range searchJSON(t, "--kind", "target", "开复工率") {
		if h.Kind != "target" {
			t.Errorf("--kind target gave %s", h.Kind)
		}
	}
	none := searchJSON(t, "临汾 NOT 临汾")
	if len(none) != 0 {
		t.Errorf("临汾 NOT 临汾 found %d", len(none))
	}
}

func TestSearchBadQueriesGetAClearMessage(t *testing.T) {
	db := sampleStore(t)
	for _, q := range []string{`"攻坚`, "(攻坚", "NOT 攻坚", "攻坚 OR"} {
		r := tifa(t, "search", "--db", db, q)
		if r.code != 2 || !strings.Contains(r.stderr, "query:") || strings.Contains(strings.ToLower(r.stderr), "sql") || strings.Contains(r.stderr, "fts5") {
			t.Errorf("%q: exit %d, %q", q, r.code, r.stderr)
		}
	}
	if r := tifa(t, "search", "--db", db, "--from", "2021-13-01", "x"); r.code != 2 {
		t.Errorf("bad --from: exit %d", r.code)
	}
}

// Formulas are one plan only by the evidence: the same key, or members in
// common. 10大攻坚战役 (临沂) and 十大攻坚行动 (济宁) share one member of six and
// ten, and a head word: similar names, shown apart, never aligned as one.
func TestCompareAlignsFormulasAcrossCities(t *testing.T) {
	r := tifa(t, "compare", "--db", sampleStore(t), "--format", "json", "临沂", "济宁")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	type row struct {
		Formulas []*struct {
			Name string
			Docs []string
		}
		Match  string
		Common []string
	}
	var c struct {
		Places []struct {
			Place     string
			Documents int
		}
		Formulas, Similar []row
	}
	if err := json.Unmarshal([]byte(r.stdout), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Places) != 2 || c.Places[0].Documents == 0 || c.Places[1].Documents == 0 {
		t.Fatalf("places %+v", c.Places)
	}
	for _, row := range c.Formulas {
		if row.Formulas[0] != nil && row.Formulas[1] != nil && row.Match != "key" && row.Match != "members" {
			t.Errorf("aligned without evidence (%q): %s / %s", row.Match, row.Formulas[0].Name, row.Formulas[1].Name)
		}
		for _, f := range row.Formulas {
			if f != nil && len(f.Docs) == 0 {
				t.Errorf("%s names no document", f.Name)
			}
		}
	}
	found := false
	for _, row := range c.Similar {
		if row.Formulas[0] != nil && row.Formulas[1] != nil && row.Formulas[0].Name == "10大攻坚战役" && row.Formulas[1].Name == "十大攻坚行动" {
			found = row.Match == "name" && strings.Contains(strings.Join(row.Common, "、"), "乡村振兴")
		}
	}
	if !found {
		t.Errorf("10大攻坚战役 / 十大攻坚行动 not a similar name with 乡村振兴 in common: %s", r.stdout[:min(len(r.stdout), 600)])
	}
	for _, format := range []string{"table", "markdown", "html", "csv"} {
		r := tifa(t, "compare", "--db", sampleStore(t), "--format", format, "临沂", "济宁")
		if r.code != 0 || !strings.Contains(r.stdout, "10大攻坚战役") || !strings.Contains(r.stdout, "000_d2688b5a4665e9c4.txt") {
			t.Errorf("--format %s: exit %d\n%.300s", format, r.code, r.stdout)
		}
	}
	// A table fits the width it is given: no line is longer.
	cmd := tifaCmd("compare", "--db", sampleStore(t), "临沂", "济宁")
	cmd.Env = append(cmd.Env, "COLUMNS=100")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if displayWidth(line) > 100 && !strings.HasPrefix(line, "[") {
			t.Errorf("line wider than 100 columns: %q", line)
		}
	}
	// --source keeps the documents whose source holds it.
	r = tifa(t, "compare", "--db", sampleStore(t), "--format", "json", "--source", "no-such-folder", "临沂")
	if r.code != 0 || !strings.Contains(r.stdout, `"documents": 0`) {
		t.Errorf("--source: exit %d: %.300s", r.code, r.stdout)
	}
}

func TestFormulasSpread(t *testing.T) {
	db := sampleStore(t)
	top := tifa(t, "formulas", "--db", db, "--json")
	if top.code != 0 || !strings.Contains(top.stdout, `"places":2`) {
		t.Fatalf("formulas: exit %d %s", top.code, top.stdout)
	}
	// Either script, either numeral style.
	a := tifa(t, "formulas", "--db", db, "--json", "三個一批")
	b := tifa(t, "formulas", "--db", db, "--json", "3个1批")
	if a.code != 0 || a.stdout == "" || a.stdout != b.stdout {
		t.Fatalf("三個一批 and 3个1批 differ:\n%s\n%s", a.stdout, b.stdout)
	}
	if !strings.Contains(a.stdout, "临汾市") || !strings.Contains(a.stdout, "贵州省") {
		t.Errorf("三个一批 spread: %s", a.stdout)
	}
	// Counts by year sum to the documents that use it, as sqlite3 counts them.
	uses := count(t, db, "SELECT COUNT(DISTINCT doc) FROM initiatives WHERE key = '3个1批'")
	r := tifa(t, "formulas", "--db", db, "--by", "year", "--format", "csv", "三個一批")
	total := 0
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
		_, n, _ := strings.Cut(line, ",")
		k, _ := strconv.Atoi(n)
		total += k
	}
	if r.code != 0 || total != uses || uses == 0 {
		t.Errorf("--by year: exit %d, counts sum to %d, %d documents use it:\n%s", r.code, total, uses, r.stdout)
	}
	// A campaign of that name is a use too.
	r = tifa(t, "formulas", "--db", db, "百日攻坚")
	if r.code != 0 || !strings.Contains(r.stdout, "(campaign)") {
		t.Errorf("formulas 百日攻坚: exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	if r := tifa(t, "formulas", "--db", db, "--by", "week", "x"); r.code != exitUsage {
		t.Errorf("--by week: exit %d", r.code)
	}
}
