package corpus

import (
	"io/fs"

	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

// NewPipeline builds what analysing documents takes: the built-in rules
// extended by extra rule folders, OpenCC t2s, the reader of inputs, and the
// analyzer with gse (whose dictionary takes about 0.45 s to load, so only
// commands that analyse call this).
func NewPipeline(extra ...fs.FS) (*extract.Analyzer, *Reader, error) {
	rd, r, conv, err := newReader(extra...)
	if err != nil {
		return nil, nil, err
	}
	seg, err := extract.NewGSE(r.Lexicon(), r.Tags())
	if err != nil {
		return nil, nil, err
	}
	return extract.NewAnalyzer(r, conv, seg), rd, nil
}

// LoadRules loads the built-in rules extended by extra rule folders, without
// the segmentation dictionary, for commands that read the rules but analyse
// nothing.
func LoadRules(extra ...fs.FS) (*extract.Rules, error) {
	return extract.LoadRules(rules.FS, extra...)
}

// NewBuiltinReader builds the reader of inputs with the built-in rules, for
// tools that read documents without analysing them (no dictionary to load).
func NewBuiltinReader() (*Reader, error) {
	rd, _, _, err := newReader()
	return rd, err
}

func newReader(extra ...fs.FS) (*Reader, *extract.Rules, extract.Converter, error) {
	r, err := extract.LoadRules(rules.FS, extra...)
	if err != nil {
		return nil, nil, nil, err
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return nil, nil, nil, err
	}
	rd, err := NewReader(r, conv)
	if err != nil {
		return nil, nil, nil, err
	}
	return rd, r, conv, nil
}
