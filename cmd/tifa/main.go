// Command tifa finds the numbered formulas, targets and figures of Chinese
// government plans in news articles and speeches, and stores them in SQLite.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // some inputs failed; the others were processed
	exitUsage   = 2
	exitProblem = 3 // nothing could be done: the store or the rules could not be opened
	// A run stopped by a signal exits 128 + its number, as shells report a
	// process the signal killed: 130 for SIGINT, 143 for SIGTERM.
	exitSignal = 128
)

// interrupt is the cause of a run's context cancelled by a signal.
type interrupt struct{ sig os.Signal }

func (i interrupt) Error() string { return "interrupted by " + signalName(i.sig) }

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// notifySignals cancels the context at SIGINT or SIGTERM, with an interrupt
// as its cause. Commands then stop reading, store what they analysed, and
// end; a second signal ends the process at once (the default action).
func notifySignals(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-sigs:
			cancel(interrupt{sig})
			signal.Reset(os.Interrupt, syscall.SIGTERM)
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
}

// interrupted returns the signal that cancelled ctx, if one did.
func interrupted(ctx context.Context) (interrupt, bool) {
	var i interrupt
	ok := ctx.Err() != nil && errors.As(context.Cause(ctx), &i)
	return i, ok
}

// errUsage marks an error that is the caller's: wrong flags or arguments.
var errUsage = errors.New("usage")

// errSomeFailed reports that the batch went on past failed inputs.
var errSomeFailed = errors.New("some inputs failed")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
	// server: a signal is how it is stopped, not an interruption.
	server bool
}

// env is what a command may touch of the outside world, so tests can run
// commands in-process with their own streams.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	getenv         func(string) string
	isTerminal     bool // stderr is a terminal: show progress
}

func commands() []command {
	return []command{
		{"analyze", "analyse files and print one JSON record per document", runAnalyze, false},
		{"ingest", "analyse files and store them in the database", runIngest, false},
		{"reextract", "run the current rules again over the stored texts", runReextract, false},
		{"export", "print stored documents or extracts as JSON Lines or CSV", runExport, false},
		{"search", "find formulas, members, tasks and figures in the database", runSearch, false},
		{"compare", "put places' formulas and figures side by side", runCompare, false},
		{"formulas", "list widespread formulas, or where and when one was used", runFormulas, false},
		{"diffusion", "how a formula spread: each place's first use, its parent's, its neighbours'", runDiffusion, false},
		{"serve", "serve the database as a local web page and JSON API", runServe, true},
		{"eval", "score tifa's output against answer keys", runEval, false},
		{"furniture", "learn the lines each site repeats, as a rule file for --rules", runFurniture, false},
	}
}

func main() {
	ctx, stop := notifySignals(context.Background())
	e := &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, getenv: os.Getenv, isTerminal: isTerminal(os.Stderr)}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	stopProfile := startProfile(e)
	code := run(ctx, e, os.Args[1:])
	stopProfile()
	stop()
	os.Exit(code)
}

// memoryLimit is the heap tifa aims to stay under (GOMEMLIMIT overrides it).
// The segmentation dictionary alone holds about 130 MB; without a limit the
// collector lets the heap grow to twice what is live, and an ingest would
// pass 400 MB.
const memoryLimit = 300 << 20

// startProfile writes a CPU profile of the whole command to the file
// $TIFA_CPUPROFILE names, for measuring real runs (go tool pprof).
func startProfile(e *env) (stop func()) {
	path := e.getenv("TIFA_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "tifa: cpu profile: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		if i, ok := interrupted(ctx); ok && !c.server {
			// What was analysed is stored (or printed) by now.
			fmt.Fprintf(e.stderr, "tifa %s: %v\n", c.name, i)
			if sig, ok := i.sig.(syscall.Signal); ok {
				return exitSignal + int(sig)
			}
			return exitSignal + int(syscall.SIGINT)
		}
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.Is(err, errUsage):
			fmt.Fprintf(e.stderr, "tifa %s: %v\n", c.name, err)
			return exitUsage
		case errors.Is(err, errSomeFailed):
			return exitFailed
		default:
			fmt.Fprintf(e.stderr, "tifa %s: %v\n", c.name, err)
			return exitProblem
		}
	}
	fmt.Fprintf(e.stderr, "tifa: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "tifa: numbered formulas, targets and figures of Chinese government plans")
	fmt.Fprintln(w, "\nusage: tifa COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'tifa COMMAND --help' for a command's flags.")
}

// newFlags makes a command's flag set; its errors come back to the caller.
func newFlags(e *env, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("tifa "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: tifa %s %s\n\n%s\n\nflags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; a parse error is a usage error.
// workersFlag defines --workers: how many cores a command uses, for the
// analysis and the writer together, so that --workers 1 is a one-core run.
func workersFlag(fs *flag.FlagSet) *int {
	return fs.Int("workers", runtime.NumCPU(), "cores to use: documents analysed in parallel, the store's writer sharing them")
}

// useCores runs the rest of a command on at most n cores (GOMAXPROCS);
// restore gives the process its cores back.
func useCores(n int) (restore func()) {
	if n < 1 || n >= runtime.GOMAXPROCS(0) {
		return func() {}
	}
	prev := runtime.GOMAXPROCS(n)
	return func() { runtime.GOMAXPROCS(prev) }
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
