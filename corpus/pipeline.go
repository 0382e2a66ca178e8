package corpus

import (
	"io/fs"

	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

// NewPipeline builds what analysing documents takes: the built-in rules
// extended by extra rule folders, OpenCC t2s, the reader of inputs, and the
// analyzer with gse (whose dictionary takes about a second to load, so only
// commands that analyse call this).
func NewPipeline(extra ...fs.FS) (*extract.Analyzer, *Reader, error) {
	r, err := extract.LoadRules(rules.FS, extra...)
	if err != nil {
		return nil, nil, err
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return nil, nil, err
	}
	rd, err := NewReader(r, conv)
	if err != nil {
		return nil, nil, err
	}
	seg, err := extract.NewGSE(r.Lexicon())
	if err != nil {
		return nil, nil, err
	}
	return extract.NewAnalyzer(r, conv, seg), rd, nil
}
