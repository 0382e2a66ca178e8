package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

func runFormulas(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "formulas", "[--db FILE] [filters] [--json] [NAME]",
		"Without NAME: the most widespread formulas, with how many places and documents use them.\n"+
			"With NAME (either script, either numeral style: 十大攻坚行动 = 10大攻坚行动): every place and\n"+
			"date that used it, with its members there, earliest first.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	var f corpus.Filter
	fs.StringVar(&f.Province, "province", "", "only documents of this province")
	fs.StringVar(&f.City, "city", "", "only documents of this city or county")
	fs.StringVar(&f.From, "from", "", "only documents dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only documents dated on or before this day (YYYY-MM-DD)")
	fs.IntVar(&f.Limit, "limit", 20, "at most this many formulas (without NAME)")
	asJSON := fs.Bool("json", false, "print JSON Lines")
	if err := parseFlags(fs, args); err != nil {
		return err
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
	key := extract.FormulaKey(extract.QueryForms(conv, fs.Arg(0))[0])
	uses, err := store.FormulaSpread(ctx, key, f)
	if err != nil {
		return err
	}
	if len(uses) == 0 {
		fmt.Fprintf(e.stderr, "no document uses %s (key %s)\n", fs.Arg(0), key)
		return nil
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
		t.add(date, corpus.PlaceName(u.Province, u.City, u.County), u.Name, strings.Join(u.Items, "、"), u.Source)
	}
	if *asJSON {
		return nil
	}
	return t.write(e.stdout, 3)
}
