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
	fs := newFlags(e, "search", "[--db FILE] [filters] [--json] QUERY",
		"Find documents, formulas, members, tasks and figures whose text matches QUERY, best first.\n"+
			"Traditional or Simplified alike; words and \"phrases\" must all match; OR, NOT (or -word) and\n"+
			"parentheses combine them. A formula matches however its numeral is written (十大 = 10大).")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	var f corpus.Filter
	fs.StringVar(&f.Province, "province", "", "only documents of this province (山东 or 山东省)")
	fs.StringVar(&f.City, "city", "", "only documents of this city or county")
	fs.StringVar(&f.From, "from", "", "only documents dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only documents dated on or before this day (YYYY-MM-DD)")
	kind := fs.String("kind", "", "only hits of these kinds, comma-separated: "+strings.Join(corpus.SearchKinds, ","))
	fs.IntVar(&f.Limit, "limit", 20, "at most this many hits")
	asJSON := fs.Bool("json", false, "print hits as JSON Lines")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no QUERY given", errUsage)
	}
	if err := checkFilter(&f, *kind); err != nil {
		return err
	}
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
	hits, err := store.Search(ctx, q, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stderr, "no matches")
		return nil
	}
	t := &table{header: []string{"kind", "place", "date", "match", "source"}}
	for _, h := range hits {
		t.add(h.Kind, corpus.PlaceName(h.Province, h.City, h.County), h.Date, corpus.Mark(h.Text, h.Highlight, "【", "】"), h.Source)
	}
	return t.write(e.stdout, 3)
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
