package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[--db FILE] [--rules DIR] [--workers N] PATH... | --from-jsonl FILE...",
		"Read files and folders (recursively), analyse them in parallel and store them.\n"+
			"Unchanged documents (same content hash) are not stored again; a changed file is stored\n"+
			"as a new version. Exit status 0 when all inputs were stored, 1 when some failed.\n"+
			"With --from-jsonl, the FILEs (- for stdin) hold records printed by 'tifa analyze', made\n"+
			"elsewhere (Spark pipe, Hadoop streaming): they are checked and stored, not analysed.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules")
	workers := workersFlag(fs)
	textColumn := textColumnFlag(fs)
	fromJSONL := fs.Bool("from-jsonl", false, "store records made by 'tifa analyze' instead of analysing documents")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	defer useCores(*workers)()
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	start := time.Now() // the summary's time covers loading the dictionary too
	store, err := corpus.Open(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	if *fromJSONL {
		return ingestRecords(ctx, e, store, fs.Args())
	}
	a, rd, err := newAnalyzer(*rulesDir)
	if err != nil {
		return err
	}
	rd.TextColumn = *textColumn
	t := newTally(e, "ingest", start)
	if e.isTerminal { // the total costs a walk of the inputs: only for a progress line
		t.bytes, t.totalBytes = new(atomic.Int64), corpus.InputBytes(fs.Args())
		rd.BytesRead = t.bytes
	}
	// Known contents are skipped before analysis: re-ingesting costs a hash and a lookup.
	items := skipKnown(ctx, store, readInputs(e, rd, fs.Args()), t)
	cores := corpus.NewCores(*workers)
	w := &batchWriter{ctx: ctx, e: e, t: t, put: store.Put, cores: cores, refresh: store.RefreshRegistry}
	return w.done(corpus.AnalyzeAll(ctx, items, a, cores, w.add))
}

// skipKnown counts every item read and passes on only those not yet stored.
func skipKnown(ctx context.Context, store *corpus.Store, items iter.Seq[corpus.Item], t *tally) iter.Seq[corpus.Item] {
	return func(yield func(corpus.Item) bool) {
		for item := range items {
			if ctx.Err() != nil {
				return // interrupted: what was read is stored, nothing more is read
			}
			t.add(&t.read)
			if item.Err == nil {
				known, err := store.Has(ctx, item.Input.ID)
				if err != nil && ctx.Err() != nil {
					return
				}
				if err != nil {
					item.Err = fmt.Errorf("%s: %w", item.Name, err)
				} else if known {
					t.add(&t.unchanged)
					t.show()
					continue
				}
			}
			if !yield(item) {
				return
			}
		}
	}
}

// batchWriter collects analysed documents and stores them in batches: one
// transaction per batch keeps writing fast, and each document in it is whole.
// Its writes are not cancelled by an interrupt: what was analysed is stored.
type batchWriter struct {
	ctx   context.Context
	e     *env
	t     *tally
	put   func(context.Context, []extract.Record) ([]corpus.Outcome, error)
	cores *corpus.Cores // shared with the analysis; a batch is written holding one
	// refresh brings the formula registry up to date with what was stored.
	refresh func(context.Context) error
	batch   []extract.Record
	bytes   int // text in the batch
	// stored delivers the outcome of the batch being written, nil when none
	// is: one batch is written while the next is analysed.
	stored chan putResult
}

type putResult struct {
	batch    []extract.Record
	outcomes []corpus.Outcome
	err      error
}

// A batch is stored when it holds batchDocs documents or batchBytes of text.
// Large transactions keep the search index's segments few (FTS5 writes one
// per transaction and merges them later); the cap keeps memory flat (two
// batches at most are held: one written, one filled).
// A batch also goes as soon as the writer is free and it holds
// batchMinBytes: the writer, the one part that cannot run in parallel, starts
// early and never waits while there is work.
const (
	batchDocs     = 2000
	batchBytes    = 8 << 20
	batchMinBytes = 1 << 20
)

func (w *batchWriter) add(r corpus.Result) error {
	if r.Err != nil {
		w.t.fail(r.Err)
		return nil
	}
	w.batch = append(w.batch, r.Record)
	w.bytes += len(r.Record.Text) + len(r.Record.Input.Text)
	if len(w.batch) >= batchDocs || w.bytes >= batchBytes || (w.bytes >= batchMinBytes && !w.writing()) {
		return w.flush()
	}
	return nil
}

// writing reports whether a batch is still being written (its result, once
// there, waits in the channel's one slot).
func (w *batchWriter) writing() bool {
	return w.stored != nil && len(w.stored) == 0
}

// done stores what is left after the batch ran into err (nil when it ended
// well, the context's error when interrupted), prints the summary and says
// how the command ended.
func (w *batchWriter) done(err error) error {
	if err == nil || (w.ctx.Err() != nil && errors.Is(err, w.ctx.Err())) {
		if ferr := w.flush(); err == nil {
			err = ferr
		}
	}
	if werr := w.wait(); err == nil {
		err = werr
	}
	if err == nil && w.refresh != nil {
		err = w.refresh(w.ctx)
	}
	w.t.finish()
	if err != nil {
		return err
	}
	if w.t.failed > 0 {
		return errSomeFailed
	}
	return nil
}

// flush starts writing the batch, once the one before it is stored.
func (w *batchWriter) flush() error {
	if err := w.wait(); err != nil {
		return err
	}
	if len(w.batch) == 0 {
		return nil
	}
	batch := w.batch
	w.batch, w.bytes = make([]extract.Record, 0, len(batch)), 0
	w.stored = make(chan putResult, 1)
	go func(out chan<- putResult) {
		var outcomes []corpus.Outcome
		var err error
		w.cores.Write(func() { outcomes, err = w.put(context.WithoutCancel(w.ctx), batch) })
		out <- putResult{batch, outcomes, err}
	}(w.stored)
	return nil
}

// wait waits for the batch being written and counts what became of it.
func (w *batchWriter) wait() error {
	if w.stored == nil {
		return nil
	}
	r := <-w.stored
	w.stored = nil
	if r.err != nil {
		// One bad record must not cost the batch: store them one by one.
		for _, rec := range r.batch {
			out, err := w.put(context.WithoutCancel(w.ctx), []extract.Record{rec})
			if err != nil {
				w.t.fail(fmt.Errorf("store: %w", err))
				continue
			}
			w.t.count(out[0])
		}
	} else {
		for _, o := range r.outcomes {
			w.t.count(o)
		}
	}
	w.t.show()
	return nil
}

// tally counts what a batch command did and shows it: a progress line on a
// terminal, and a one-line summary at the end.
type tally struct {
	mu                              sync.Mutex // the reader counts too
	e                               *env
	verb                            string
	start, shown                    time.Time
	read, stored, unchanged, failed int
	// Progress on a terminal: bytes read of totalBytes, or documents read
	// of totalDocs, when the total is known (0: not known).
	bytes      *atomic.Int64
	totalBytes int64
	totalDocs  int
}

func newTally(e *env, verb string, start time.Time) *tally {
	return &tally{e: e, verb: verb, start: start}
}

// add counts one in n (t.read, say).
func (t *tally) add(n *int) {
	t.mu.Lock()
	*n++
	t.mu.Unlock()
}

func (t *tally) count(o corpus.Outcome) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if o == corpus.Stored {
		t.stored++
	} else {
		t.unchanged++
	}
}

func (t *tally) fail(err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.failed++
	if t.e.isTerminal {
		fmt.Fprint(t.e.stderr, "\r\033[K")
	}
	fmt.Fprintf(t.e.stderr, "tifa: %v\n", err)
}

func (t *tally) show() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.e.isTerminal || time.Since(t.shown) < 100*time.Millisecond {
		return
	}
	t.shown = time.Now()
	fmt.Fprintf(t.e.stderr, "\r\033[K%s: %s%s", t.verb, t.line(), t.progress())
}

// progress is how far a run is, how fast it goes and how long it has left,
// when its total is known.
func (t *tally) progress() string {
	elapsed := time.Since(t.start).Seconds()
	var done, total float64
	switch {
	case t.totalBytes > 0 && t.bytes != nil:
		done, total = float64(t.bytes.Load()), float64(t.totalBytes)
	case t.totalDocs > 0:
		done, total = float64(t.read), float64(t.totalDocs)
	default:
		return ""
	}
	done = min(done, total)
	s := fmt.Sprintf(" (%.0f%%", 100*done/total)
	if t.totalBytes > 0 {
		s += fmt.Sprintf(", %.1f MiB/s", done/(1<<20)/max(elapsed, 1e-3))
	} else {
		s += fmt.Sprintf(", %.0f/s", done/max(elapsed, 1e-3))
	}
	if done > 0 && elapsed > 1 {
		left := time.Duration((total - done) / done * elapsed * float64(time.Second)).Round(time.Second)
		s += ", " + left.String() + " left"
	}
	return s + ")"
}

func (t *tally) line() string {
	return fmt.Sprintf("read %d, stored %d, unchanged %d, failed %d", t.read, t.stored, t.unchanged, t.failed)
}

func (t *tally) finish() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.e.isTerminal {
		fmt.Fprint(t.e.stderr, "\r\033[K")
	}
	fmt.Fprintf(t.e.stderr, "%s: %s in %.1fs\n", t.verb, t.line(), time.Since(t.start).Seconds())
}

// ingestRecords stores records that 'tifa analyze' made elsewhere.
func ingestRecords(ctx context.Context, e *env, store *corpus.Store, paths []string) error {
	t := newTally(e, "ingest", time.Now())
	w := &batchWriter{ctx: ctx, e: e, t: t, put: store.Put, refresh: store.RefreshRegistry}
	type read struct {
		rec    extract.Record
		err    error
		opened bool // false: the file could not be opened, no record was read
	}
	// The records are read in a goroutine, so that an interrupt ends the run
	// even while a read blocks (stdin from a terminal or an idle pipe).
	records := make(chan read)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(records)
		for _, path := range paths {
			in, closeIn, err := openInput(e, path)
			if err != nil {
				select {
				case records <- read{err: err}:
				case <-stop:
					return
				}
				continue
			}
			for rec, err := range corpus.ReadRecords(path, in) {
				select {
				case records <- read{rec, err, true}:
				case <-stop:
					closeIn()
					return
				}
			}
			closeIn()
		}
	}()
	for {
		var r read
		var ok bool
		select {
		case r, ok = <-records:
		case <-ctx.Done():
		}
		if !ok {
			return w.done(ctx.Err()) // nil at the end of the inputs
		}
		if r.opened {
			t.add(&t.read)
		}
		if r.err != nil {
			t.fail(r.err)
			continue
		}
		if err := w.add(corpus.Result{Name: r.rec.Source, Record: r.rec}); err != nil {
			return w.done(err)
		}
	}
}

// openInput opens a file, "-" for stdin.
func openInput(e *env, path string) (io.Reader, func(), error) {
	if path == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := corpus.OpenRegular(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = fmt.Errorf("%s: %w", path, pe.Err)
		}
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}
