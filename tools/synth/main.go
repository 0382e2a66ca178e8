// Command synth builds a large tifa store for speed measurements, honestly:
// it analyses a real corpus once, then stores N variants of those records,
// each with its own id, source, place (drawn from the gazetteer) and date.
// Texts and extracts are the real ones.
//
//	go run ./tools/synth --db big.db --docs 100000 testdata/corpus
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

func main() {
	db := flag.String("db", "synth.db", "store to create or extend")
	docs := flag.Int("docs", 100000, "documents to store")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same store")
	flag.Parse()
	if err := run(*db, *docs, *seed, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

type place struct{ province, city, county string }

func run(dbPath string, n int, seed uint64, paths []string) error {
	ctx := context.Background()
	a, rd, err := corpus.NewPipeline()
	if err != nil {
		return err
	}
	var base []extract.Record
	err = corpus.AnalyzeAll(ctx, rd.Read(paths), a, 2, func(res corpus.Result) error {
		if res.Err == nil {
			base = append(base, res.Record)
		}
		return nil
	})
	if err != nil || len(base) == 0 {
		return fmt.Errorf("no documents analysed from %v: %v", paths, err)
	}
	places, err := cities()
	if err != nil {
		return err
	}
	store, err := corpus.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	start := time.Now()
	batch := make([]extract.Record, 0, 500)
	for i := range n {
		rec := base[i%len(base)]
		rec.ID = extract.ContentID([]byte(fmt.Sprintf("%s/%d/%d", rec.ID, seed, i)))
		rec.Source = fmt.Sprintf("synth/%d/%s", i, rec.Source)
		p := places[rng.IntN(len(places))]
		rec.Place = extract.Place{Province: p.province, City: p.city}
		day := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(12*365))
		rec.Date = extract.Day(day.Format("2006-01-02"))
		rec.Published = extract.Day(day.AddDate(0, 0, rng.IntN(3)).Format("2006-01-02"))
		rec.Input.ID, rec.Input.Source = rec.ID, rec.Source
		batch = append(batch, rec)
		if len(batch) == cap(batch) || i == n-1 {
			if _, err := store.Put(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
			if (i+1)%10000 == 0 || i == n-1 {
				el := time.Since(start).Seconds()
				fmt.Fprintf(os.Stderr, "%d documents, %.0f/s\n", i+1, float64(i+1)/el)
			}
		}
	}
	return nil
}

// cities reads the prefecture-level units of the gazetteer.
func cities() ([]place, error) {
	f, err := rules.FS.Open("places.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names := map[string]string{}
	var out []place
	type row struct{ name, level, parent string }
	var rows []row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 4 {
			continue
		}
		names[fs[0]] = fs[1]
		rows = append(rows, row{fs[1], fs[2], fs[3]})
	}
	for _, r := range rows {
		if r.level == "city" {
			out = append(out, place{province: names[r.parent], city: r.name})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no cities in places.tsv")
	}
	return out, sc.Err()
}
