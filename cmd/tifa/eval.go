package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "[--rules DIR] [--json] [--verbose] KEYS_DIR PATH...",
		"Analyse PATH... and score the records against the answer keys (*.json) under KEYS_DIR,\n"+
			"by the rules of GUIDELINES.md (the same numbers as score.py). A record is joined to its\n"+
			"key by the file name of its source.")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	verbose := fs.Bool("verbose", false, "list every miss and extra")
	workers := workersFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	defer useCores(*workers)()
	if fs.NArg() < 2 {
		return fmt.Errorf("%w: want KEYS_DIR and at least one PATH", errUsage)
	}
	keys, err := corpus.LoadKeys(fs.Arg(0))
	if err != nil {
		return err
	}
	a, rd, err := newAnalyzer(*rulesDir)
	if err != nil {
		return err
	}
	var recs []extract.Record
	failed := 0
	err = corpus.AnalyzeAll(ctx, readInputs(e, rd, fs.Args()[1:]), a, corpus.NewCores(*workers), func(r corpus.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "tifa: %v\n", r.Err)
			return nil
		}
		recs = append(recs, r.Record)
		return nil
	})
	if err != nil {
		return err
	}
	sc := corpus.Score(keys, recs)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(sc); err != nil {
			return err
		}
	} else {
		if *verbose {
			for _, l := range sc.Log {
				fmt.Fprintln(e.stdout, l)
			}
		}
		fmt.Fprintf(e.stdout, "documents %d, missing predictions %d\n", sc.Documents, len(sc.Missing))
		for _, f := range corpus.PRFFields {
			v := sc.PRF[f]
			fmt.Fprintf(e.stdout, "%-12s P %.3f  R %.3f  F1 %.3f\n", f, v.P, v.R, v.F1)
		}
		for _, f := range corpus.AccuracyFields {
			if v := sc.Accuracy[f]; v != nil {
				fmt.Fprintf(e.stdout, "%-16s %.3f\n", f+"_accuracy", *v)
			} else {
				fmt.Fprintf(e.stdout, "%-16s None\n", f+"_accuracy")
			}
		}
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}
