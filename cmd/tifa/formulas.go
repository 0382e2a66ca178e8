package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

func runFormulas(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "formulas", "[--db FILE] [filters] [--format table|csv|json] [--by year|quarter|month [--by-place province|city]] [NAME]",
		"Without NAME: the most widespread formulas, with how many places and documents use them.\n"+
			"With NAME (either script, either numeral style: 十大攻坚行动 = 10大攻坚行动): every place and\n"+
			"date that used it, with its members there, earliest first; a campaign of that name (百日攻坚)\n"+
			"counts too. With --by: how many documents used it in each period (and place): the counts\n"+
			"sum to the documents that use it.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	var f corpus.Filter
	fs.StringVar(&f.Province, "province", "", "only documents of this province")
	fs.StringVar(&f.City, "city", "", "only documents of this city or county")
	fs.StringVar(&f.From, "from", "", "only documents dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only documents dated on or before this day (YYYY-MM-DD)")
	fs.IntVar(&f.Limit, "limit", 20, "at most this many formulas (without NAME)")
	asJSON := fs.Bool("json", false, "print JSON Lines (the same as --format json)")
	format := fs.String("format", "table", "table, csv or json (JSON Lines)")
	by := fs.String("by", "", "count the documents that used NAME by year, quarter or month")
	byPlace := fs.String("by-place", "", "with --by: count by province or city too")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *asJSON {
		*format = "json"
	}
	if *format != "table" && *format != "csv" && *format != "json" {
		return fmt.Errorf("%w: --format %q: want table, csv or json", errUsage, *format)
	}
	*asJSON = *format == "json"
	if *by != "" && *by != "year" && *by != "quarter" && *by != "month" {
		return fmt.Errorf("%w: --by %q: want year, quarter or month", errUsage, *by)
	}
	if *byPlace != "" && (*by == "" || *byPlace != "province" && *byPlace != "city") {
		return fmt.Errorf("%w: --by-place is province or city, with --by", errUsage)
	}
	if *by != "" && fs.NArg() == 0 {
		return fmt.Errorf("%w: --by counts the uses of one NAME", errUsage)
	}
	if err := checkFilter(&f, ""); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: one NAME at most (quote a name with spaces)", errUsage)
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if fs.NArg() == 0 {
		uses, err := store.TopFormulas(ctx, f)
		if err != nil {
			return err
		}
		if *format == "csv" {
			w := csv.NewWriter(e.stdout)
			w.Write([]string{"formula", "key", "places", "documents", "first_used"})
			for _, u := range uses {
				w.Write([]string{u.Name, u.Key, strconv.Itoa(u.Places), strconv.Itoa(u.Documents), u.First})
			}
			w.Flush()
			return w.Error()
		}
		t := &table{header: []string{"formula", "key", "places", "documents", "first used"}}
		for _, u := range uses {
			if *asJSON {
				if err := enc.Encode(u); err != nil {
					return err
				}
				continue
			}
			t.add(u.Name, u.Key, strconv.Itoa(u.Places), strconv.Itoa(u.Documents), u.First)
		}
		if *asJSON {
			return nil
		}
		return t.write(e.stdout, -1)
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return err
	}
	name := extract.QueryForms(conv, fs.Arg(0))[0]
	key := extract.FormulaKey(name)
	if *by != "" {
		counts, err := store.SpreadCounts(ctx, key, name, *by, *byPlace, f)
		if err != nil {
			return err
		}
		return writeCounts(e, counts, *format, *byPlace)
	}
	uses, err := store.FormulaSpread(ctx, key, name, f)
	if err != nil {
		return err
	}
	if len(uses) == 0 {
		fmt.Fprintf(e.stderr, "no document uses %s (key %s)\n", fs.Arg(0), key)
		return nil
	}
	if *format == "csv" {
		w := csv.NewWriter(e.stdout)
		w.Write([]string{"kind", "date", "province", "city", "county", "as_written", "count", "members", "source", "sentence"})
		for _, u := range uses {
			count := ""
			if u.Count != nil {
				count = strconv.Itoa(*u.Count)
			}
			w.Write([]string{u.Kind, u.Date, u.Province, u.City, u.County, u.Name, count, strings.Join(u.Items, "、"), u.Source, u.Sentence})
		}
		w.Flush()
		return w.Error()
	}
	t := &table{header: []string{"date", "place", "as written", "members", "source"}}
	for i, u := range uses {
		if *asJSON {
			if err := enc.Encode(u); err != nil {
				return err
			}
			continue
		}
		date := u.Date
		if i == 0 && date != "" {
			date += " (earliest)"
		}
		written := u.Name
		if u.Kind == "campaign" {
			written += " (campaign)"
		}
		t.add(date, corpus.PlaceName(u.Province, u.City, u.County), written, strings.Join(u.Items, "、"), u.Source)
	}
	if *asJSON {
		return nil
	}
	return t.write(e.stdout, 3)
}

// writeCounts prints a formula's documents by period (and place).
func writeCounts(e *env, counts []corpus.SpreadCount, format, byPlace string) error {
	if format == "json" {
		return writeJSONLines(e.stdout, counts)
	}
	header := []string{"period", "n_docs"}
	if byPlace != "" {
		header = []string{"period", byPlace, "n_docs"}
	}
	var rows [][]string
	total := 0
	for _, c := range counts {
		total += c.Docs
		if byPlace != "" {
			rows = append(rows, []string{c.Period, c.Place, strconv.Itoa(c.Docs)})
		} else {
			rows = append(rows, []string{c.Period, strconv.Itoa(c.Docs)})
		}
	}
	if format == "csv" {
		return writeCSV(e.stdout, header, rows)
	}
	t := &table{header: header, rows: rows}
	if byPlace != "" {
		t.add("total", "", strconv.Itoa(total))
	} else {
		t.add("total", strconv.Itoa(total))
	}
	t.header[len(t.header)-1] = "documents"
	return t.write(e.stdout, -1)
}
