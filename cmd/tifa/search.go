package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "[--db FILE] [filters] [--sort relevance|date] [--page N] [--json] QUERY",
		"Find documents, formulas, members, tasks, figures, campaigns and officials whose text matches\n"+
			"QUERY, best first or newest first, and say how many documents and units match in all.\n"+
			"Traditional or Simplified alike; words and \"phrases\" must all match; OR, NOT (or -word) and\n"+
			"parentheses combine them; a word left out leaves out every document that holds it. A formula\n"+
			"matches however its numeral is written (十大 = 10大), and N or * stands for any count\n"+
			"(N大攻坚行动, *个一批).")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	var f corpus.Filter
	fs.StringVar(&f.Province, "province", "", "only documents of this province (山东 or 山东省)")
	fs.StringVar(&f.City, "city", "", "only documents of this city or county")
	fs.StringVar(&f.From, "from", "", "only documents dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only documents dated on or before this day (YYYY-MM-DD)")
	kind := fs.String("kind", "", "only hits of these kinds, comma-separated: "+strings.Join(corpus.SearchKinds, ","))
	fs.IntVar(&f.Limit, "limit", 20, "at most this many hits a page")
	pageNo := fs.Int("page", 1, "which page of hits")
	sortBy := fs.String("sort", corpus.SortRelevance, "relevance (best first) or date (newest first, every match)")
	asJSON := fs.Bool("json", false, "print hits as JSON Lines (the totals go to stderr, as always)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no QUERY given", errUsage)
	}
	if err := checkFilter(&f, *kind); err != nil {
		return err
	}
	if *sortBy != corpus.SortRelevance && *sortBy != corpus.SortDate {
		return fmt.Errorf("%w: --sort %q: want relevance or date", errUsage, *sortBy)
	}
	if *pageNo < 1 || *pageNo > 1_000_000 {
		return fmt.Errorf("%w: --page %d: want 1 or more", errUsage, *pageNo)
	}
	f.Offset = (*pageNo - 1) * f.Limit
	conv, err := extract.NewT2S()
	if err != nil {
		return err
	}
	q, err := corpus.ParseQuery(strings.Join(fs.Args(), " "), func(t string) []string { return extract.QueryForms(conv, t) })
	if err != nil {
		var qe *corpus.QueryError
		if errors.As(err, &qe) {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return err
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := store.SearchAll(ctx, q, f, *sortBy)
	if err != nil {
		return err
	}
	// What the whole search found goes to stderr, so that stdout holds
	// the hits alone, as a table or JSON Lines.
	fmt.Fprintln(e.stderr, searchSummary(res, *pageNo, f.Limit))
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	if len(res.Hits) == 0 {
		return nil
	}
	t := &table{header: []string{"kind", "place", "date", "match", "source"}}
	for _, h := range res.Hits {
		t.add(h.Kind, corpus.PlaceName(h.Province, h.City, h.County), h.Date, corpus.Mark(h.Text, h.Highlight, "【", "】"), h.Source)
	}
	return t.write(e.stdout, 3)
}

// searchSummary says what a search found in all and which page this is.
func searchSummary(res corpus.SearchResult, page, limit int) string {
	var total string
	switch res.Count {
	case "exact":
		total = fmt.Sprintf("%d matches in %d documents", res.Units, res.Docs)
	case "at_most":
		total = fmt.Sprintf("at most %d documents hold all the words (too many to check one by one)", res.Docs)
	default:
		total = fmt.Sprintf("more than %d documents (too many to count in time)", res.Docs)
	}
	if res.Units == 0 && res.Count == "exact" {
		return "no matches"
	}
	shown := fmt.Sprintf("page %d: %d–%d", page, (page-1)*limit+1, (page-1)*limit+len(res.Hits))
	if len(res.Hits) == 0 {
		shown = fmt.Sprintf("page %d is past the last", page)
	}
	s := total + "; " + shown + ", " + map[string]string{corpus.SortRelevance: "best first", corpus.SortDate: "newest first"}[res.Sort]
	if !res.Ranked {
		s += " among the newest; --sort date pages through all"
	}
	return s
}

// checkFilter validates the shared filter flags.
func checkFilter(f *corpus.Filter, kinds string) error {
	for _, d := range []struct{ name, v string }{{"--from", f.From}, {"--to", f.To}} {
		if d.v != "" && extract.ParseDay(d.v) != extract.Day(d.v) {
			return fmt.Errorf("%w: %s %q: want a day as YYYY-MM-DD", errUsage, d.name, d.v)
		}
	}
	if f.Limit < 1 || f.Limit > 10000 {
		return fmt.Errorf("%w: --limit %d: want 1 to 10000", errUsage, f.Limit)
	}
	// Place filters are read as queries are: Traditional or Simplified,
	// full-width or not (--province 山東 is 山东).
	if f.Province != "" || f.City != "" {
		conv, err := extract.NewT2S()
		if err != nil {
			return err
		}
		f.Province, f.City = corpus.NormalizePlace(conv, f.Province), corpus.NormalizePlace(conv, f.City)
	}
	if kinds != "" {
		for _, k := range strings.Split(kinds, ",") {
			k = strings.TrimSpace(k)
			if !slices.Contains(corpus.SearchKinds, k) {
				return fmt.Errorf("%w: --kind %q: want %s", errUsage, k, strings.Join(corpus.SearchKinds, ", "))
			}
			f.Kinds = append(f.Kinds, k)
		}
	}
	return nil
}
