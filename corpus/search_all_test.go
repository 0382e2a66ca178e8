package corpus

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// tinyRecord is a document of one sentence, of a place and day.
func tinyRecord(source, text, province, day string) extract.Record {
	r := extract.Record{ID: extract.ContentID([]byte(source + text)), Source: source, Title: source, Text: text,
		Script: "simplified", Rules: "test", Place: extract.Place{Province: province}, Date: extract.Day(day),
		Input: extract.Input{Text: text}}
	r.Input.ID, r.Input.Source = r.ID, source
	r.FillEmpty()
	return r
}

func searchAll(t *testing.T, s *Store, query string, f Filter, sortBy string) SearchResult {
	t.Helper()
	q, err := ParseQuery(query, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.SearchAll(context.Background(), q, f, sortBy)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A search says how many documents and units it found, pages through all of
// them, and sorts by date on request.
func TestSearchCountsAndPagesEverything(t *testing.T) {
	s := openTemp(t)
	var recs []extract.Record
	for i := range 30 {
		text := fmt.Sprintf("第%d次会议部署攻坚行动。", i)
		if i%3 == 0 {
			text = fmt.Sprintf("第%d次会议，攻坚和行动分开。", i) // the words, not the phrase
		}
		recs = append(recs, tinyRecord(fmt.Sprintf("d%02d", i), text, "山东省", fmt.Sprintf("2020-01-%02d", i+1)))
	}
	if _, err := s.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	res := searchAll(t, s, "攻坚行动", Filter{Limit: 7}, SortRelevance)
	if res.Count != "exact" || res.Docs != 20 || res.Units != 20 || len(res.Hits) != 7 {
		t.Fatalf("攻坚行动: count %s, %d docs, %d units, %d hits; want 20 documents (the phrase, not the words)", res.Count, res.Docs, res.Units, len(res.Hits))
	}
	// Every page by date, newest first; the last page holds the oldest.
	var days []string
	for off := 0; off < 25; off += 7 {
		r := searchAll(t, s, "攻坚行动", Filter{Limit: 7, Offset: off}, SortDate)
		for _, h := range r.Hits {
			days = append(days, h.Date)
		}
	}
	if len(days) != 20 || days[0] != "2020-01-30" || days[19] != "2020-01-02" {
		t.Fatalf("pages by date: %v", days)
	}
	for i := 1; i < len(days); i++ {
		if days[i] > days[i-1] {
			t.Errorf("by date, %s after %s", days[i], days[i-1])
		}
	}
	// Exclusions hold for whole documents.
	if r := searchAll(t, s, "会议 -分开", Filter{}, SortRelevance); r.Docs != 20 {
		t.Errorf("会议 -分开: %d documents, want 20", r.Docs)
	}
}

// Past exactCap candidate rows, a search says its counts are not exact and
// still pages through everything by date, past its first chunk of rows.
func TestSearchTooBroadToCountSaysSo(t *testing.T) {
	if testing.Short() {
		t.Skip("stores over 2,000 documents")
	}
	s := openTemp(t)
	var recs []extract.Record
	n := max(exactCap, searchWindow) + 150 // past the first chunk of a date search
	for i := range n {
		recs = append(recs, tinyRecord(fmt.Sprintf("d%05d", i), fmt.Sprintf("第%d号：推进发展。", i), "山东省", fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28)))
	}
	if _, err := s.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	res := searchAll(t, s, "发展", Filter{Limit: 5}, SortRelevance)
	if res.Count != "at_most" || res.Ranked || res.Docs != n || len(res.Hits) != 5 {
		t.Errorf("发展 by relevance: count %s, ranked %v, %d docs, %d hits", res.Count, res.Ranked, res.Docs, len(res.Hits))
	}
	last := searchAll(t, s, "发展", Filter{Limit: 50, Offset: n - 50}, SortDate)
	if len(last.Hits) != 50 || last.Hits[49].Date != "2020-01-01" {
		t.Errorf("last page by date: %d hits, last %v", len(last.Hits), last.Hits[len(last.Hits)-1].Date)
	}
	// Every page by date: each document once, newest first.
	seen := map[string]bool{}
	prev := "9999"
	for off := 0; off < n; off += 70 {
		for _, h := range searchAll(t, s, "发展", Filter{Limit: 70, Offset: off}, SortDate).Hits {
			if seen[h.Source] || h.Date > prev {
				t.Fatalf("page at %d: %s (%s) again or out of order after %s", off, h.Source, h.Date, prev)
			}
			seen[h.Source], prev = true, h.Date
		}
	}
	if len(seen) != n {
		t.Errorf("the pages by date hold %d documents, want %d", len(seen), n)
	}
}

// N大X and *个X find a formula of any count, however its numeral is written;
// a campaign and an official are kinds of their own.
func TestSearchWildcardsAndNewKinds(t *testing.T) {
	s := openTemp(t)
	a := tinyRecord("a", "实施十大攻坚行动。", "山东省", "2020-01-01")
	b := tinyRecord("b", "部署10大攻坚行动。", "山东省", "2020-01-02")
	c := tinyRecord("c", "推进攻坚行动。", "山东省", "2020-01-03")
	d := tinyRecord("d", "坚持三个一批，开展项目建设年，孟庆斌市长出席。", "山东省", "2020-01-04")
	d.Campaigns = []extract.Campaign{{Name: "项目建设年", Span: extract.Span{Start: 9, End: 14}}}
	d.Officials = []extract.Official{{Name: "孟庆斌", Titles: []string{"市长"}, Span: extract.Span{Start: 15, End: 18}}}
	if _, err := s.Put(context.Background(), []extract.Record{a, b, c, d}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"N大攻坚行动": "a b", "*大攻坚行动": "a b", "*个一批": "d", "N个攻坚": ""} {
		r := searchAll(t, s, q, Filter{Kinds: []string{"doc"}}, SortDate)
		var got []string
		for _, h := range r.Hits {
			got = append(got, h.Source)
		}
		if strings.Join(got, " ") != reverse(want) {
			t.Errorf("%s: %v, want %q", q, got, want)
		}
	}
	if r := searchAll(t, s, "建设年", Filter{Kinds: []string{"campaign"}}, SortRelevance); r.Units != 1 || r.Hits[0].Text != "项目建设年" {
		t.Errorf("campaign: %+v", r)
	}
	if r := searchAll(t, s, "孟庆斌", Filter{Kinds: []string{"official"}}, SortRelevance); r.Units != 1 || r.Hits[0].Text != "孟庆斌（市长）" {
		t.Errorf("official: %+v", r)
	}
}

// reverse reverses a list of words (date order is newest first).
func reverse(s string) string {
	f := strings.Fields(s)
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return strings.Join(f, " ")
}
