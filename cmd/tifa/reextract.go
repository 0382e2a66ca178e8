package main

import (
	"context"
	"fmt"
	"time"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

func runReextract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reextract", "[--db FILE] [--rules DIR] [--workers N] [--all]",
		"Run the current extractors and rules again over the stored texts, without re-reading\n"+
			"the inputs, and replace the stored extracts and rules version of every document\n"+
			"that another version of the rules or of tifa made (every document with --all).")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules")
	workers := workersFlag(fs)
	all := fs.Bool("all", false, "also the documents the current rules and tifa made")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	defer useCores(*workers)()
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	a, _, err := newAnalyzer(*rulesDir)
	if err != nil {
		return err
	}
	t := newTally(e, "reextract", start)
	current := a.Rules().Version
	if *all {
		current = ""
	} else if t.unchanged, err = store.Current(ctx, current); err != nil {
		return err
	}
	if e.isTerminal { // for the progress line
		if n, err := store.DocumentCount(ctx); err == nil {
			t.totalDocs = n - t.unchanged
		}
	}
	replace := func(ctx context.Context, recs []extract.Record) ([]corpus.Outcome, error) {
		return make([]corpus.Outcome, len(recs)), store.Replace(ctx, recs)
	}
	cores := corpus.NewCores(*workers)
	w := &batchWriter{ctx: ctx, e: e, t: t, put: replace, cores: cores, refresh: store.RefreshRegistry}
	items := func(yield func(corpus.Item) bool) {
		for item := range store.StoredInputs(ctx, current) {
			t.add(&t.read)
			if !yield(item) {
				return
			}
		}
	}
	return w.done(corpus.AnalyzeAll(ctx, items, a, cores, w.add))
}
