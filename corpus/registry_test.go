package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// use is one document that names the formula 十大攻坚行动 (key 10大攻坚行动).
type use struct {
	source, province, city, date, published string
	items                                   []string
}

func (u use) record() extract.Record {
	text := u.source + "：部署十大攻坚行动。"
	r := extract.Record{
		ID: extract.ContentID([]byte(text)), Source: u.source, Text: text, Script: "simplified", Rules: "test",
		Place: extract.Place{Province: u.province, City: u.city}, Date: extract.Day(u.date), Published: extract.Day(u.published),
		Initiatives: []extract.Initiative{{Name: "十大攻坚行动", Key: "10大攻坚行动", Count: intp(10), Items: u.items,
			Complete: len(u.items) == 10, Span: extract.Span{Start: len([]rune(u.source)) + 3, End: len([]rune(u.source)) + 9}}},
		Input: extract.Input{Text: text},
	}
	r.Input.ID, r.Input.Source = r.ID, u.source
	r.FillEmpty()
	return r
}

var (
	provinceList = []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"}
	cityList     = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
)

// A corpus whose diffusion is known: national documents first, then a
// neighbouring province, then the province, its cities before and after it.
var diffusionCorpus = []use{
	{source: "national", date: "2019-12-01"},
	{source: "jiangsu", province: "江苏省", published: "2020-01-05"},
	{source: "shandong", province: "山东省", date: "2020-01-10", items: provinceList},
	{source: "linyi-1", province: "山东省", city: "临沂市", date: "2020-01-20", items: cityList},
	{source: "linyi-2", province: "山东省", city: "临沂市", date: "2020-03-01"},
	{source: "jining", province: "山东省", city: "济宁市", date: "--02-01", published: "2020-02-01"},
	{source: "henan", province: "河南省"}, // undated
	{source: "shandong-late", province: "山东省", date: "2021-05-05"},
}

func storeUses(t *testing.T, uses []use) *Store {
	t.Helper()
	s := openTemp(t)
	var recs []extract.Record
	for _, u := range uses {
		recs = append(recs, u.record())
	}
	if _, err := s.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	if err := s.RefreshRegistry(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDiffusionOrderAndLags(t *testing.T) {
	ctx := context.Background()
	s := storeUses(t, diffusionCorpus)
	adj := Adjacency([][]string{{"山东省", "江苏省"}, {"山东省", "河南省"}, {"临沂市", "济宁市"}})

	got, err := s.Diffusion(ctx, "10大攻坚行动", "province", adj)
	if err != nil {
		t.Fatal(err)
	}
	firstDocs(t, got, "jiangsu", "shandong", "")
	want := []Adopter{
		{Place: "江苏省", Level: "province", Parent: National, FirstDate: "2020-01-05", Docs: 1, ParentFirstDate: "2019-12-01", LagDays: intp(35), Order: 1, NeighborsBefore: []string{}},
		{Place: "山东省", Level: "province", Parent: National, FirstDate: "2020-01-10", Docs: 5, ParentFirstDate: "2019-12-01", LagDays: intp(40), Order: 2, NeighborsBefore: []string{"江苏省"}},
		{Place: "河南省", Level: "province", Parent: National, Docs: 1, ParentFirstDate: "2019-12-01", NeighborsBefore: []string{}},
	}
	if jsonOf(t, got) != jsonOf(t, want) {
		t.Errorf("provinces:\n got %s\nwant %s", jsonOf(t, got), jsonOf(t, want))
	}

	got, err = s.Diffusion(ctx, "10大攻坚行动", "city", adj)
	if err != nil {
		t.Fatal(err)
	}
	firstDocs(t, got, "linyi-1", "jining")
	want = []Adopter{
		{Place: "临沂市", Level: "city", Parent: "山东省", FirstDate: "2020-01-20", Docs: 2, ParentFirstDate: "2020-01-10", LagDays: intp(10), Order: 1, NeighborsBefore: []string{}},
		{Place: "济宁市", Level: "city", Parent: "山东省", FirstDate: "2020-02-01", Docs: 1, ParentFirstDate: "2020-01-10", LagDays: intp(22), Order: 2, NeighborsBefore: []string{"临沂市"}},
	}
	if jsonOf(t, got) != jsonOf(t, want) {
		t.Errorf("cities:\n got %s\nwant %s", jsonOf(t, got), jsonOf(t, want))
	}
	if _, err := s.Diffusion(ctx, "10大攻坚行动", "county", adj); err == nil {
		t.Error("level county: no error")
	}
}

// firstDocs checks the adopters' first documents by source (the uses of
// diffusionCorpus), and then clears them for comparison.
func firstDocs(t *testing.T, got []Adopter, sources ...string) {
	t.Helper()
	ids := map[string]string{"": ""}
	for _, u := range diffusionCorpus {
		ids[u.source] = u.record().ID
	}
	for i := range got {
		if i < len(sources) && got[i].FirstDoc != ids[sources[i]] {
			t.Errorf("%s: first document %q, want %s's", got[i].Place, got[i].FirstDoc, sources[i])
		}
		got[i].FirstDoc = ""
	}
}

// The registry's first days are what a query over the uses finds.
func TestRegistryAgreesWithTheUses(t *testing.T) {
	s := storeUses(t, diffusionCorpus)
	var fromRegistry, fromUses string
	s.DB().QueryRow(`SELECT MIN(first_day) FROM registry_places WHERE key = '10大攻坚行动'`).Scan(&fromRegistry)
	s.DB().QueryRow(`SELECT MIN(` + dayExpr + `) FROM initiatives i JOIN documents d USING (doc) WHERE i.key = '10大攻坚行动'`).Scan(&fromUses)
	if fromRegistry != fromUses || fromUses != "2019-12-01" {
		t.Errorf("first day: registry %q, uses %q", fromRegistry, fromUses)
	}
	var docs, distinct int
	s.DB().QueryRow(`SELECT SUM(n_docs) FROM registry_places WHERE key = '10大攻坚行动'`).Scan(&docs)
	s.DB().QueryRow(`SELECT COUNT(DISTINCT doc) FROM initiatives WHERE key = '10大攻坚行动'`).Scan(&distinct)
	if docs != distinct || docs != len(diffusionCorpus) {
		t.Errorf("documents: registry %d, uses %d, stored %d", docs, distinct, len(diffusionCorpus))
	}
}

func TestKnownMembersComeFromTheSamePlaceOrAbove(t *testing.T) {
	ctx := context.Background()
	s := storeUses(t, diffusionCorpus)
	for _, tt := range []struct {
		province, city string
		want           []string
		from           string
	}{
		{"山东省", "临沂市", cityList, "山东省 临沂市"}, // the city's own list
		{"山东省", "济宁市", provinceList, "山东省"}, // none of its own: its province's
		{"山东省", "", provinceList, "山东省"},    // the province's documents
		{"江苏省", "南京市", nil, ""},             // another province's list is never used
		{"", "", nil, ""},                   // no national list
	} {
		k, ok, err := s.KnownMembers(ctx, "10大攻坚行动", tt.province, tt.city)
		if err != nil {
			t.Fatal(err)
		}
		if ok != (tt.want != nil) || !slices.Equal(k.Members, tt.want) || k.Place != tt.from {
			t.Errorf("%s %s: got %v from %q (%v), want %v from %q", tt.province, tt.city, k.Members, k.Place, ok, tt.want, tt.from)
		}
		if ok && len(k.Docs) != 1 {
			t.Errorf("%s %s: provenance %v, want one document", tt.province, tt.city, k.Docs)
		}
	}
}

// Replacing a document's extracts (reextract) updates the rows of the keys
// it held and of those it holds now.
func TestRegistryFollowsReplace(t *testing.T) {
	ctx := context.Background()
	s := storeUses(t, diffusionCorpus)
	r := diffusionCorpus[1].record() // 江苏省, the first province
	r.Initiatives[0].Name, r.Initiatives[0].Key = "九大攻坚行动", "9大攻坚行动"
	if err := s.Replace(ctx, []extract.Record{r}); err != nil {
		t.Fatal(err)
	}
	if err := s.RefreshRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Diffusion(ctx, "10大攻坚行动", "province", nil)
	if len(got) != 2 || got[0].Place != "山东省" || got[0].Order != 1 {
		t.Errorf("after replace: %s", jsonOf(t, got))
	}
	got, _ = s.Diffusion(ctx, "9大攻坚行动", "province", nil)
	if len(got) != 1 || got[0].Place != "江苏省" {
		t.Errorf("the new key: %s", jsonOf(t, got))
	}
	var dirty int
	s.DB().QueryRow("SELECT COUNT(*) FROM registry_dirty").Scan(&dirty)
	if dirty != 0 {
		t.Errorf("%d keys still dirty", dirty)
	}
}

// Keys that share a complete member list are variants of one formula; names
// are the ways a key is written.
func TestVariantsAndNames(t *testing.T) {
	ctx := context.Background()
	other := use{source: "other", province: "山东省", date: "2020-04-01", items: provinceList}.record()
	other.Initiatives[0].Name, other.Initiatives[0].Key = "十项攻坚", "10项攻坚"
	s := storeUses(t, diffusionCorpus)
	if _, err := s.Put(ctx, []extract.Record{other}); err != nil {
		t.Fatal(err)
	}
	if err := s.RefreshRegistry(ctx); err != nil {
		t.Fatal(err)
	}
	v, err := s.Variants(ctx, "10大攻坚行动")
	if err != nil || len(v) != 1 || v[0].Key != "10项攻坚" {
		t.Errorf("variants: %v, %v", v, err)
	}
	names, err := s.FormulaNames(ctx, "10大攻坚行动")
	if err != nil || !slices.Equal(names, []string{"十大攻坚行动"}) {
		t.Errorf("names: %v, %v", names, err)
	}
}

// export --what initiatives gives the known members of a formula that a
// document names without listing them, with the documents that list them.
func TestExportKnownMembers(t *testing.T) {
	s := storeUses(t, diffusionCorpus)
	var b strings.Builder
	if err := s.ExportTable(context.Background(), &b, "initiatives", "jsonl"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	provinceDoc := diffusionCorpus[2].record().ID
	for _, l := range lines {
		var row struct {
			Source       string   `json:"source"`
			Items        []string `json:"items"`
			KnownMembers []string `json:"known_members"`
			KnownFrom    []string `json:"known_from"`
		}
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatal(err)
		}
		switch row.Source {
		case "jining":
			if !slices.Equal(row.KnownMembers, provinceList) || !slices.Equal(row.KnownFrom, []string{provinceDoc}) {
				t.Errorf("jining: known %v from %v", row.KnownMembers, row.KnownFrom)
			}
		case "shandong", "linyi-1":
			if row.KnownMembers != nil || len(row.Items) != 10 {
				t.Errorf("%s lists its members: items %v, known %v", row.Source, row.Items, row.KnownMembers)
			}
		case "henan":
			if row.KnownMembers != nil {
				t.Errorf("henan: known %v from another province", row.KnownMembers)
			}
		}
	}
}

// A formula's documents by period (and place) sum to the documents that use
// it; a campaign of the formula's name counts as a use.
func TestSpreadCountsSumToTheUses(t *testing.T) {
	ctx := context.Background()
	s := storeUses(t, diffusionCorpus)
	camp := use{source: "campaign", province: "河北省", date: "2020-07-01"}.record()
	camp.Initiatives = []extract.Initiative{}
	camp.Campaigns = []extract.Campaign{{Name: "十大攻坚行动", Span: extract.Span{Start: 13, End: 19}}}
	if _, err := s.Put(ctx, []extract.Record{camp}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		by, byPlace string
		want        string
	}{
		{"year", "", "2019:1 2020:6 2021:1 undated:1"},
		{"quarter", "", "2019-Q4:1 2020-Q1:5 2020-Q3:1 2021-Q2:1 undated:1"},
		{"month", "province", "2019-12::1 2020-01/山东省:2 2020-01/江苏省:1 2020-02/山东省:1 2020-03/山东省:1 2020-07/河北省:1 2021-05/山东省:1 undated/河南省:1"},
	} {
		counts, err := s.SpreadCounts(ctx, "10大攻坚行动", "十大攻坚行动", tt.by, tt.byPlace, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		total := 0
		for _, c := range counts {
			total += c.Docs
			if tt.byPlace != "" {
				got = append(got, fmt.Sprintf("%s/%s:%d", c.Period, c.Place, c.Docs))
			} else {
				got = append(got, fmt.Sprintf("%s:%d", c.Period, c.Docs))
			}
		}
		want := strings.ReplaceAll(tt.want, "2019-12::1", "2019-12/:1")
		if strings.Join(got, " ") != want || total != len(diffusionCorpus)+1 {
			t.Errorf("by %s %s: %s (total %d), want %s", tt.by, tt.byPlace, strings.Join(got, " "), total, want)
		}
	}
	uses, err := s.FormulaSpread(ctx, "10大攻坚行动", "十大攻坚行动", Filter{})
	if err != nil || len(uses) != len(diffusionCorpus)+1 || uses[len(uses)-1].Date != "" {
		t.Fatalf("spread: %d uses, %v", len(uses), err)
	}
	kinds := map[string]int{}
	for _, u := range uses {
		kinds[u.Kind]++
	}
	if kinds["campaign"] != 1 || kinds["formula"] != len(diffusionCorpus) {
		t.Errorf("kinds of use: %v", kinds)
	}
}

// Member drift: which members every adopter lists, and which one place's own.
func TestMemberDrift(t *testing.T) {
	s := storeUses(t, []use{
		{source: "a", province: "山东省", city: "济宁市", date: "2020-01-01", items: []string{"乡村振兴攻坚行动", "流程再造攻坚行动", "开发区改革攻坚行动"}},
		{source: "b", province: "山东省", city: "临沂市", date: "2020-02-01", items: []string{"乡村振兴", "流程再造", "招商引资"}},
		{source: "c", province: "河南省", date: "2020-03-01", items: []string{"乡村振兴", "生态保护"}},
	})
	drift, listing, err := s.MemberDrift(context.Background(), "10大攻坚行动")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range drift {
		got = append(got, fmt.Sprintf("%s:%s", m.Member, strings.Join(m.Places, "+")))
	}
	want := "乡村振兴:山东省 临沂市+山东省 济宁市+河南省 流程再造:山东省 临沂市+山东省 济宁市 招商引资:山东省 临沂市 开发区改革:山东省 济宁市 生态保护:河南省"
	if listing != 3 || strings.Join(got, " ") != want {
		t.Errorf("%d places list members:\n got %s\nwant %s", listing, strings.Join(got, " "), want)
	}
}
