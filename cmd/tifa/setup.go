package main

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

// loadRules compiles the built-in rules, extended by dir when it is given.
func loadRules(dir string) (*extract.Rules, error) {
	var extra []fs.FS
	if dir != "" {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("%w: --rules: %v", errUsage, err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("%w: --rules %s: not a folder", errUsage, dir)
		}
		extra = append(extra, os.DirFS(dir))
	}
	return extract.LoadRules(rules.FS, extra...)
}

// newAnalyzer builds the analyzer with the converter and the segmenter, and
// the reader of inputs with the same rules: the segmentation dictionary is
// loaded here, and only by commands that analyse.
func newAnalyzer(rulesDir string) (*extract.Analyzer, *corpus.Reader, error) {
	r, err := loadRules(rulesDir)
	if err != nil {
		return nil, nil, err
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return nil, nil, err
	}
	rd, err := corpus.NewReader(r, conv)
	if err != nil {
		return nil, nil, err
	}
	seg, err := extract.NewGSE(r.Lexicon())
	if err != nil {
		return nil, nil, err
	}
	return extract.NewAnalyzer(r, conv, seg), rd, nil
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
