package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// diffusionRecord is a record as 'tifa analyze' prints it, of a document of a
// place and day that names 十大攻坚行动 (listing members when items is set).
func diffusionRecord(t *testing.T, id, province, city, date string, items []string) string {
	t.Helper()
	text := "会议部署十大攻坚行动。"
	if items == nil {
		items = []string{}
	}
	rec := map[string]any{
		"id": id, "source": id + ".txt", "title": "", "text": text, "script": "simplified", "quality": []string{},
		"place": map[string]string{"province": province, "city": city, "county": ""}, "date": date, "published": nil,
		"rules": "r", "campaigns": []any{}, "officials": []any{}, "figures": []any{}, "tasks": []any{},
		"initiatives": []any{map[string]any{"name": "十大攻坚行动", "key": "10大攻坚行动", "count": 10, "items": items,
			"complete": len(items) == 10, "sentence": text, "mentions": []any{map[string]int{"start": 4, "end": 10}}, "start": 4, "end": 10}},
	}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// A corpus with known diffusion, stored as records made elsewhere: the table
// tifa diffusion prints has the order and lags the days make.
func TestDiffusionOfAKnownSpread(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	members := strings.Split("甲 乙 丙 丁 戊 己 庚 辛 壬 癸", " ")
	jsonl := diffusionRecord(t, "national", "", "", "2019-12-01", nil) +
		diffusionRecord(t, "jiangsu", "江苏省", "", "2020-01-05", nil) +
		diffusionRecord(t, "shandong", "山东省", "", "2020-01-10", members) +
		diffusionRecord(t, "linyi", "山东省", "临沂市", "2020-01-20", nil) +
		diffusionRecord(t, "jining", "山东省", "济宁市", "2020-02-01", nil) +
		diffusionRecord(t, "jining-2", "山东省", "济宁市", "2020-05-01", nil)
	write(t, filepath.Join(dir, "records.jsonl"), jsonl)
	if r := tifa(t, "ingest", "--db", db, "--from-jsonl", filepath.Join(dir, "records.jsonl")); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	r := tifa(t, "diffusion", "--db", db, "--format", "csv", "十大攻堅行動")
	want := "place,level,parent,first_date,n_docs,parent_first_date,lag_days,order,neighbors_before,first_doc\n" +
		"江苏省,province,全国,2020-01-05,1,2019-12-01,35,1,,jiangsu\n" +
		"山东省,province,全国,2020-01-10,4,2019-12-01,40,2,江苏省,shandong\n"
	if r.code != 0 || r.stdout != want {
		t.Errorf("provinces: exit %d\n%s\nwant\n%s%s", r.code, r.stdout, want, r.stderr)
	}
	r = tifa(t, "diffusion", "--db", db, "--level", "city", "--format", "json", "10大攻坚行动")
	var rows []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var row map[string]any
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatalf("json: %v: %q", err, l)
		}
		rows = append(rows, row)
	}
	if len(rows) != 2 || rows[0]["place"] != "临沂市" || rows[0]["lag_days"] != 10.0 || rows[1]["place"] != "济宁市" ||
		rows[1]["n_docs"] != 2.0 || rows[1]["lag_days"] != 22.0 || rows[1]["first_doc"] != "jining" {
		t.Errorf("cities: %s", r.stdout)
	}
	// The members a city only names come from its province's list.
	r = tifa(t, "export", "--db", db, "--what", "initiatives")
	if !strings.Contains(r.stdout, `"source":"jining.txt"`) || !strings.Contains(r.stdout, `"known_members":["甲","乙"`) {
		t.Errorf("export lacks known members:\n%s", r.stdout)
	}
	// The members' drift: the province's list, its own.
	r = tifa(t, "diffusion", "--db", db, "--members", "--format", "csv", "十大攻坚行动")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "member,n_places,share,places\n甲,1,1.000,山东省\n") {
		t.Errorf("--members: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := tifa(t, "diffusion", "--db", db, "--level", "county", "x"); r.code != exitUsage {
		t.Errorf("--level county: exit %d", r.code)
	}
	if r := tifa(t, "diffusion", "--db", db, "无此提法"); r.code != 0 || !strings.Contains(r.stderr, "no document") {
		t.Errorf("unknown formula: exit %d: %s", r.code, r.stderr)
	}
}
