package corpus

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// % and _ in a place filter are characters, not LIKE wildcards: province=%
// matched every document.
func TestPlaceFilterHasNoWildcards(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.Put(ctx, []extract.Record{sampleRecord("a", "全市共谋划项目1031个，聚焦抓认识、抓谋划等六个方面。")}); err != nil {
		t.Fatal(err)
	}
	q := mustQuery(t, "项目")
	for _, f := range []Filter{{Province: "山西"}, {Province: "山西省"}, {City: "临汾"}} {
		if hits, err := s.Search(ctx, q, f); err != nil || len(hits) == 0 {
			t.Errorf("%+v: %d hits, %v; want some", f, len(hits), err)
		}
	}
	for _, f := range []Filter{{Province: "%"}, {Province: "_"}, {Province: "山%"}, {Province: "__"}, {City: "%"}, {City: "临_"}, {Province: `\`}, {City: `临\`}} {
		if hits, err := s.Search(ctx, q, f); err != nil || len(hits) != 0 {
			t.Errorf("%+v: %d hits, %v; want none", f, len(hits), err)
		}
	}
	for _, place := range []string{"%", "_", "临%", "临_", "__", "山西%", `\`} {
		c, err := s.Compare(ctx, []string{place}, Filter{}, CompareOptions{})
		if err != nil || c.Places[0].Documents != 0 {
			t.Errorf("compare %q: %d documents, %v; want none", place, c.Places[0].Documents, err)
		}
	}
	for _, place := range []string{"临汾", "山西", "临汾市"} {
		if c, err := s.Compare(ctx, []string{place}, Filter{}, CompareOptions{}); err != nil || c.Places[0].Documents != 1 {
			t.Errorf("compare %q: %v, %v; want 1 document", place, c.Places, err)
		}
	}
}

// A JSONL field of the wrong type is named as the user wrote it, not as Go
// calls it ("Go struct field jsonlRecord.text").
func TestJSONLTypeErrorNamesTheField(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.jsonl"), []byte(`{"text": 5}`+"\n"+`{"text": "项目", "reporters": "张三"}`+"\n"+`{"html": ["x"]}`+"\n"))
	_, bad := collect(t, dir)
	want := []string{
		`a.jsonl:1: field "text": a number, want a string`,
		`a.jsonl:2: field "reporters": a string, want a list of strings`,
		`a.jsonl:3: field "html": a list, want a string`,
	}
	if len(bad) != len(want) {
		t.Fatalf("%d errors, want %d: %v", len(bad), len(want), bad)
	}
	for i, item := range bad {
		msg := item.Err.Error()
		if !strings.HasSuffix(msg, want[i]) || strings.Contains(msg, "Go struct") || strings.Contains(msg, "jsonlRecord") {
			t.Errorf("error %q, want it to end in %q", msg, want[i])
		}
	}
}

// A .jsonl.gz cut short reports its last, broken line once, as cut short.
func TestTruncatedGzipReportedOnce(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 200 {
		fmt.Fprintf(&lines, "{\"url\":\"http://x/%d\",\"text\":\"全市共谋划项目%d个，总投资%d亿元。\"}\n", i, i, i*7)
	}
	data := gz(lines.String())
	writeFile(t, filepath.Join(dir, "cut.jsonl.gz"), data[:len(data)*2/3])
	ok, bad := collect(t, dir)
	if len(bad) != 1 {
		t.Fatalf("%d errors, want 1: %v", len(bad), bad)
	}
	if msg := bad[0].Err.Error(); !strings.Contains(msg, "cut short") || !strings.HasPrefix(msg, bad[0].Name+": ") {
		t.Errorf("error %q", msg)
	}
	if !strings.HasSuffix(bad[0].Name, fmt.Sprintf("cut.jsonl.gz:%d", len(ok)+1)) {
		t.Errorf("the error names %s after %d whole lines", bad[0].Name, len(ok))
	}
}

// The same for records made by analyze (ingest --from-jsonl).
func TestRecordTypeErrorNamesTheField(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`{"id": 5, "text": "x"}`, `not a tifa record: field "id": a number, want a string`},
		{`{"id": "x", "figures": [{"value": "many"}]}`, `field "figures.value": a string, want a number`},
		{`{"id": "x", "initiatives": {}}`, `field "initiatives": an object, want a list`},
	} {
		for _, err := range ReadRecords("r.jsonl", strings.NewReader(c.line+"\n")) {
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "Go struct") {
				t.Errorf("%s: %v, want %q", c.line, err, c.want)
			}
		}
	}
}
