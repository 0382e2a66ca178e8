package main

import (
	"context"
	"fmt"
	"io"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

// runFurniture learns the lines each site repeats across its articles and
// prints them as a furniture.txt for --rules: learning is a step of its own,
// so that analysis stays a function of the input and the rules.
func runFurniture(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "furniture", "[--rules DIR] [--workers N] [--min-docs N] [--share F] PATH...",
		"Analyse files and folders and print, as a furniture.txt rule file, the lines a site (the\n"+
			"host of a document's URL, else its JSON Lines file or folder) repeats verbatim across its\n"+
			"articles. Save it in a folder and pass that folder with --rules to analyze, ingest and\n"+
			"reextract; read it first and delete any line that is content.")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules")
	workers := workersFlag(fs)
	l := extract.NewFurnitureLearner()
	fs.IntVar(&l.MinDocs, "min-docs", l.MinDocs, "articles a site and a line need at least")
	fs.Float64Var(&l.MinShare, "share", l.MinShare, "share of a site's articles a line must be in")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	defer useCores(*workers)()
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	a, rd, err := newAnalyzer(*rulesDir)
	if err != nil {
		return err
	}
	failed := 0
	err = corpus.AnalyzeAll(ctx, readInputs(e, rd, fs.Args()), a, corpus.NewCores(*workers), func(r corpus.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "tifa: %v\n", r.Err)
			return nil
		}
		l.Add(r.Record)
		return nil
	})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(e.stdout, l.Rules()); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}
