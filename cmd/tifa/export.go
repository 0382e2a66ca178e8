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
	fs := newFlags(e, "export", "[--db FILE] [--format jsonl|csv] [--bom] [--what "+strings.Join(corpus.ExportKinds, "|")+"]",
		"Print what the store holds. --what documents --format jsonl prints full records, the same\n"+
			"form as 'tifa analyze'; the other kinds print one row per extract naming its document (id,\n"+
			"source, title, place, date, published day). A comparison of places is exported with\n"+
			"'tifa compare --format csv', a formula's spread with 'tifa diffusion --format csv'.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	format := fs.String("format", "jsonl", "jsonl or csv")
	what := fs.String("what", "documents", strings.Join(corpus.ExportKinds, ", "))
	bom := fs.Bool("bom", false, "start CSV with a byte-order mark, so that Excel reads it as UTF-8")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *format != "jsonl" && *format != "csv" {
		return fmt.Errorf("%w: --format %q: want jsonl or csv", errUsage, *format)
	}
	if *bom && *format != "csv" {
		return fmt.Errorf("%w: --bom is for --format csv", errUsage)
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
	switch {
	case *what == "documents" && *format == "jsonl":
		err = store.ExportRecords(ctx, out)
	case *bom:
		err = store.ExportCSVForExcel(ctx, out, *what)
	default:
		err = store.ExportTable(ctx, out, *what, *format)
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}
