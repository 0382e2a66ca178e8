package corpus

import (
	"context"
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
		c, err := s.Compare(ctx, []string{place}, Filter{})
		if err != nil || c.Places[0].Documents != 0 {
			t.Errorf("compare %q: %d documents, %v; want none", place, c.Places[0].Documents, err)
		}
	}
	for _, place := range []string{"临汾", "山西", "临汾市"} {
		if c, err := s.Compare(ctx, []string{place}, Filter{}); err != nil || c.Places[0].Documents != 1 {
			t.Errorf("compare %q: %v, %v; want 1 document", place, c.Places, err)
		}
	}
}
