package main

import (
	"bufio"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/tifa-project/tifa/corpus"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "[--db FILE] [--format jsonl|csv] [--what "+strings.Join(corpus.ExportKinds, "|")+"]",
		"Print what the store holds. --what documents --format jsonl prints full records, the same\n"+
			"form as 'tifa analyze'; the other kinds print one row per extract naming its document.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	format := fs.String("format", "jsonl", "jsonl or csv")
	what := fs.String("what", "documents", strings.Join(corpus.ExportKinds, ", "))
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *format != "jsonl" && *format != "csv" {
		return fmt.Errorf("%w: --format %q: want jsonl or csv", errUsage, *format)
	}
	if !slices.Contains(corpus.ExportKinds, *what) {
		return fmt.Errorf("%w: --what %q: want one of %s", errUsage, *what, strings.Join(corpus.ExportKinds, ", "))
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	if *what == "documents" && *format == "jsonl" {
		err = store.ExportRecords(ctx, out)
	} else {
		err = store.ExportTable(ctx, out, *what, *format)
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}
