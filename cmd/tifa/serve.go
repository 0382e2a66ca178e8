package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/web"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[--db FILE] [--addr HOST:PORT] [--rules DIR]",
		"Serve the store as a local web page: search, documents with their extracts highlighted,\n"+
			"comparison of places, the spread of formulas, and a JSON API under /api/. It binds to\n"+
			"127.0.0.1 unless told otherwise; it needs no network.")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	rulesDir := fs.String("rules", "", "folder of rule files extending the built-in rules (adjacency.tsv, for the diffusion pages)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return fmt.Errorf("%w: --addr %q: %v", errUsage, *addr, err)
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	conv, err := extract.NewT2S()
	if err != nil {
		return err
	}
	logger := log.New(e.stderr, "tifa serve: ", log.LstdFlags)
	h, err := web.New(store, conv, logger)
	if err != nil {
		return err
	}
	if *rulesDir != "" {
		extra, err := extraRules(*rulesDir)
		if err != nil {
			return err
		}
		r, err := corpus.LoadRules(extra...)
		if err != nil {
			return err
		}
		h.UseRules(r)
	}
	if host != "" {
		h.AllowHost(host) // besides localhost and IP addresses
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := web.HTTPServer(*addr, h)
	fmt.Fprintf(e.stderr, "tifa serve: http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return fmt.Errorf("shut down: %w", err)
		}
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
