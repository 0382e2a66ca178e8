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

// Cores is how many cores a batch keeps busy, shared by the analysis workers
// and the store's writer: while the writer holds one, one worker fewer runs.
// The writer, the one part of an ingest that cannot run in parallel, then has
// a core to itself instead of a share of two among three, and falls behind
// the analysis less; while it waits, the analysis uses every core. A nil
// *Cores holds nothing.
type Cores struct{ held chan struct{} }

// NewCores returns n cores (at least one).
func NewCores(n int) *Cores {
	return &Cores{held: make(chan struct{}, max(n, 1))}
}

// N is the number of cores (1 for nil).
func (c *Cores) N() int {
	if c == nil {
		return 1
	}
	return cap(c.held)
}

// take waits for a core and holds it until give.
func (c *Cores) take() {
	if c != nil {
		c.held <- struct{}{}
	}
}

// give returns a core taken by take.
func (c *Cores) give() {
	if c != nil {
		<-c.held
	}
}

// Write runs write holding a core, when there are several. With one, there is
// no worker to keep off it, and holding it would only stop the analysis while
// the writer waits on the disk (a one-core ingest took 7–13% longer).
func (c *Cores) Write(write func()) {
	if c.N() > 1 {
		c.take()
		defer c.give()
	}
	write()
}

// AnalyzeAll analyses the items with one worker per core and calls emit for
// each result in input order, so that the output is the same whatever the
// number of cores. Each document is analysed holding a core. It stops at the
// first error emit returns.
func AnalyzeAll(ctx context.Context, items iter.Seq[Item], a *extract.Analyzer, cores *Cores, emit func(Result) error) error {
	workers := cores.N()
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
				cores.take()
				res := analyzeOne(a, j.item)
				cores.give()
				j.out <- res
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
