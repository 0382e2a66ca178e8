package corpus

import (
	"context"
	"errors"
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
//
// When ctx is done (an interrupt), no more items are read, the items already
// read are still analysed and emitted, and AnalyzeAll returns ctx.Err()
// without waiting for the reader, which may be blocked in a read that never
// ends (a terminal, a pipe nobody writes to): the caller can store what was
// read and exit.
func AnalyzeAll(ctx context.Context, items iter.Seq[Item], a *extract.Analyzer, cores *Cores, emit func(Result) error) error {
	workers := cores.N()
	type job struct {
		item Item
		out  chan Result
	}
	jobs := make(chan job, workers)
	order := make(chan chan Result, workers*4)
	stop, cancel := context.WithCancel(ctx) // ctx done, or emit failed
	defer cancel()

	var wg sync.WaitGroup
	work := func(j job) {
		cores.take()
		res := analyzeOne(a, j.item)
		cores.give()
		j.out <- res
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					work(j)
				case <-stop.Done():
					// The reader may never close jobs: finish what it
					// handed over, and go.
					for {
						select {
						case j, ok := <-jobs:
							if !ok {
								return
							}
							work(j)
						default:
							return
						}
					}
				}
			}
		}()
	}
	workersDone := make(chan struct{})
	go func() {
		wg.Wait()
		close(workersDone)
	}()
	go func() {
		defer close(order)
		defer close(jobs)
		for item := range items {
			if stop.Err() != nil {
				return
			}
			out := make(chan Result, 1)
			select {
			case order <- out:
			case <-stop.Done():
				return
			}
			if item.Err != nil {
				out <- Result{Name: item.Name, Err: item.Err}
				continue
			}
			if stop.Err() == nil {
				select {
				case jobs <- job{item, out}:
					continue
				case <-stop.Done():
				}
			}
			out <- Result{Name: item.Name, Err: errNotAnalysed}
			return
		}
	}()
	var err error
	for {
		var out chan Result
		var ok bool
		select {
		case out, ok = <-order:
		case <-stop.Done():
			// Take what was read, without waiting for more.
			select {
			case out, ok = <-order:
			default:
			}
		}
		if !ok {
			break
		}
		var res Result
		select {
		case res = <-out:
		case <-workersDone:
			// No worker is left to fill out unless it did already.
			select {
			case res = <-out:
			default:
				res.Err = errNotAnalysed
			}
		}
		if err == nil && res.Err != errNotAnalysed {
			if err = emit(res); err != nil {
				cancel()
			}
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	if ctx.Err() == nil {
		for range order { // emit failed: the reader stops at its next item
		}
		wg.Wait()
	}
	return err
}

// errNotAnalysed marks an item read but left when the run was stopped.
var errNotAnalysed = errors.New("not analysed: the run was stopped")

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
