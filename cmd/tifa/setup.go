package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

// newAnalyzer builds the analyzer and the reader of inputs with the built-in
// rules, extended by rulesDir when it is given. The segmentation dictionary is
// loaded here, and only by commands that analyse.
func newAnalyzer(rulesDir string) (*extract.Analyzer, *corpus.Reader, error) {
	collectNearLimit()
	extra, err := extraRules(rulesDir)
	if err != nil {
		return nil, nil, err
	}
	return corpus.NewPipeline(extra...)
}

// extraRules is --rules DIR as a rule folder (none when dir is "").
func extraRules(dir string) ([]fs.FS, error) {
	if dir == "" {
		return nil, nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: --rules: %v", errUsage, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%w: --rules %s: not a folder", errUsage, dir)
	}
	return []fs.FS{regularFS(dir)}, nil
}

// collectNearLimit lets the collector wait until the heap nears tifa's memory
// limit, rather than run whenever the heap doubles, in a command that
// analyses: it holds the dictionary for its whole run, and after a few
// thousand documents the heap stays at the limit anyway. Fewer collections
// (about 3% of an ingest's CPU), and the same peak whatever the corpus size.
// Not when GOGC or GOMEMLIMIT is set, or the limit is not tifa's (tests).
func collectNearLimit() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" && debug.SetMemoryLimit(-1) == memoryLimit {
		debug.SetGCPercent(-1)
	}
}

// dbPath is --db, else $TIFA_DB, else tifa.db in the current folder.
func dbPath(e *env, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if v := e.getenv("TIFA_DB"); v != "" {
		return v
	}
	return "tifa.db"
}

// textColumnFlag is --text-column, for spreadsheets of documents.
func textColumnFlag(fs *flag.FlagSet) *string {
	return fs.String("text-column", "", "the column of CSV and TSV files that holds the text, when it is not named text, content, full_text, body or 正文")
}

// regularFS is a folder whose files are read only when they are regular files:
// a named pipe among them would block the read for good.
type regularFS string

func (d regularFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	full := filepath.Join(string(d), filepath.FromSlash(name))
	if st, err := os.Stat(full); err == nil && st.IsDir() {
		return os.DirFS(string(d)).Open(name)
	}
	f, err := corpus.OpenRegular(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (d regularFS) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(os.DirFS(string(d)), name)
}

// String is the folder's name, which rule errors show with the file and line.
func (d regularFS) String() string { return string(d) }
