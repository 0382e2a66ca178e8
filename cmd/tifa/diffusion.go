package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

// diffusionColumns are the columns of the CSV and the table, one row per place.
var diffusionColumns = []string{"place", "level", "parent", "first_date", "n_docs", "parent_first_date", "lag_days", "order", "neighbors_before", "first_doc"}

func runDiffusion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "diffusion", "[--db FILE] [--level province|city] [--format table|csv|json] [--members] [--rules DIR] NAME",
		"How a formula spread: for each place that used it (either script, either numeral style),\n"+
			"its first use and how many documents since, in the order of adoption; its parent's first\n"+
			"use (the province for a city, national documents for a province) and the lag in days; and\n"+
			"the neighbouring places (rules' adjacency.tsv) that used it before. CSV and JSON have one\n"+
			"row per place, for event-history analysis. With --members: how the members drift, each\n"+
			"member with the places whose lists hold it, shared by all first, one place's own last.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	level := fs.String("level", "province", "province or city")
	format := fs.String("format", "table", "table, csv or json (JSON Lines)")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules (adjacency.tsv)")
	members := fs.Bool("members", false, "the members each place's list holds, instead of the adoption table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *level != "province" && *level != "city" {
		return fmt.Errorf("%w: --level %q: want province or city", errUsage, *level)
	}
	if *format != "table" && *format != "csv" && *format != "json" {
		return fmt.Errorf("%w: --format %q: want table, csv or json", errUsage, *format)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: one NAME (quote a name with spaces)", errUsage)
	}
	extra, err := extraRules(*rulesDir)
	if err != nil {
		return err
	}
	rules, err := corpus.LoadRules(extra...)
	if err != nil {
		return err
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return err
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	// Keys an interrupted ingest left dirty are brought up to date first.
	if err := store.RefreshRegistry(ctx); err != nil {
		return err
	}
	key := extract.FormulaKey(extract.QueryForms(conv, fs.Arg(0))[0])
	if *members {
		return writeDrift(ctx, e, store, key, fs.Arg(0), *format)
	}
	adopters, err := store.Diffusion(ctx, key, *level, corpus.Adjacency(rules.Table("adjacency")))
	if err != nil {
		return err
	}
	if len(adopters) == 0 {
		fmt.Fprintf(e.stderr, "no document of a %s uses %s (key %s)\n", *level, fs.Arg(0), key)
		return nil
	}
	switch *format {
	case "json":
		return writeJSONLines(e.stdout, adopters)
	case "csv":
		var rows [][]string
		for _, a := range adopters {
			rows = append(rows, diffusionRow(a))
		}
		return writeCSV(e.stdout, diffusionColumns, rows)
	}
	names, err := store.FormulaNames(ctx, key)
	if err != nil {
		return err
	}
	variants, err := store.Variants(ctx, key)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s (key %s), written %s; %d %s adopters\n", fs.Arg(0), key, strings.Join(names, "、"), len(adopters), *level)
	for _, v := range variants {
		fmt.Fprintf(e.stdout, "the same members as %s (%d documents)\n", v.Key, v.Docs)
	}
	// The table leaves out first_doc (an id is for machines) and lets the
	// last column, the neighbours, run on.
	n := len(diffusionColumns) - 1
	t := &table{header: diffusionColumns[:n]}
	for _, a := range adopters {
		t.add(diffusionRow(a)[:n]...)
	}
	return t.write(e.stdout, n-1)
}

func diffusionRow(a corpus.Adopter) []string {
	lag, order := "", ""
	if a.LagDays != nil {
		lag = strconv.Itoa(*a.LagDays)
	}
	if a.Order > 0 {
		order = strconv.Itoa(a.Order)
	}
	return []string{a.Place, a.Level, a.Parent, a.FirstDate, strconv.Itoa(a.Docs), a.ParentFirstDate, lag, order,
		strings.Join(a.NeighborsBefore, ";"), a.FirstDoc}
}

// writeDrift prints a formula's member drift.
func writeDrift(ctx context.Context, e *env, store *corpus.Store, key, name, format string) error {
	drift, listing, err := store.MemberDrift(ctx, key)
	if err != nil {
		return err
	}
	if listing == 0 {
		fmt.Fprintf(e.stderr, "no document lists the members of %s (key %s)\n", name, key)
		return nil
	}
	switch format {
	case "json":
		return writeJSONLines(e.stdout, drift)
	case "csv":
		var rows [][]string
		for _, m := range drift {
			rows = append(rows, []string{m.Member, strconv.Itoa(len(m.Places)), strconv.FormatFloat(m.Share, 'f', 3, 64), strings.Join(m.Places, ";")})
		}
		return writeCSV(e.stdout, []string{"member", "n_places", "share", "places"}, rows)
	}
	fmt.Fprintf(e.stdout, "%s (key %s): %d places list its members\n", name, key, listing)
	t := &table{header: []string{"member", "places", "which"}}
	for _, m := range drift {
		which := strings.Join(m.Places, "、")
		if len(m.Places) == listing && listing > 1 {
			which = "all"
		}
		t.add(m.Member, fmt.Sprintf("%d/%d", len(m.Places), listing), which)
	}
	return t.write(e.stdout, 2)
}
