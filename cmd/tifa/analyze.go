package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/tifa-project/tifa/corpus"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "analyze", "[--rules DIR] [--workers N] PATH...",
		"Analyse files and folders (recursively; .txt, .md, .html, .jsonl, .csv, .tsv, and these gzipped) without a\n"+
			"database and print one JSON record per document (JSON Lines) on stdout, in input order.\n"+
			"PATH - reads JSON Lines records from stdin (a filter for Spark pipe or Hadoop streaming).")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules")
	workers := workersFlag(fs)
	textColumn := textColumnFlag(fs)
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
	rd.TextColumn = *textColumn
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	err = corpus.AnalyzeAll(ctx, readInputs(e, rd, fs.Args()), a, corpus.NewCores(*workers), func(r corpus.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "tifa: %v\n", r.Err)
			return nil
		}
		return enc.Encode(r.Record)
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}
