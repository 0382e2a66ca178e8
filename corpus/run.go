package corpus

import (
	"context"
	"fmt"
	"iter"
	"sync"

	"github.com/tifa-project/tifa/extract"
)

// Result is one document analysed, or the error that stopped it.
type Result struct {
	Name   string
	Record extract.Record
	Err    error
}

// AnalyzeAll analyses the items with workers goroutines and calls emit for
// each result in input order, so that the output is the same whatever the
// number of workers. It stops at the first error emit returns.
func AnalyzeAll(ctx context.Context, items iter.Seq[Item], a *extract.Analyzer, workers int, emit func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		item Item
		out  chan Result
	}
	jobs := make(chan job, workers)
	order := make(chan chan Result, workers*4)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- analyzeOne(a, j.item)
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for item := range items {
			out := make(chan Result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			if item.Err != nil {
				out <- Result{Name: item.Name, Err: item.Err}
				continue
			}
			select {
			case jobs <- job{item, out}:
			case <-ctx.Done():
				out <- Result{Name: item.Name, Err: ctx.Err()}
				return
			}
		}
	}()
	var err error
	for out := range order {
		res := <-out
		if err == nil {
			if err = emit(res); err != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	return err
}

func analyzeOne(a *extract.Analyzer, item Item) (res Result) {
	res.Name = item.Name
	defer func() {
		// An extractor bug must cost one document, not the batch.
		if p := recover(); p != nil {
			res.Err = fmt.Errorf("%s: internal error while analysing: %v", item.Name, p)
		}
	}()
	rec, err := a.Analyze(item.Input)
	if err != nil {
		return Result{Name: item.Name, Err: fmt.Errorf("%s: %w", item.Name, err)}
	}
	res.Record = rec
	return res
}
