package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

var shared struct {
	once sync.Once
	a    *extract.Analyzer
	err  error
}

// analyzer builds the full analyzer (rules, t2s, gse) once per test binary.
func analyzer(tb testing.TB) *extract.Analyzer {
	tb.Helper()
	shared.once.Do(func() {
		r, err := extract.LoadRules(rules.FS)
		if err != nil {
			shared.err = err
			return
		}
		conv, err := extract.NewT2S()
		if err != nil {
			shared.err = err
			return
		}
		seg, err := extract.NewGSE(r.Lexicon())
		if err != nil {
			shared.err = err
			return
		}
		shared.a = extract.NewAnalyzer(r, conv, seg)
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.a
}

// sampleTexts are the plain-text documents of the sample corpus.
func sampleTexts(tb testing.TB) map[string]string {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	if len(files) == 0 {
		tb.Skip("no sample corpus")
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[f] = string(data)
	}
	return out
}

func TestAnalyzeIsDeterministicAndWellFormed(t *testing.T) {
	a := analyzer(t)
	texts := sampleTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r1, err := a.Analyze(extract.Input{Source: n, Text: texts[n]})
		if err != nil {
			t.Fatal(err)
		}
		r2, _ := a.Analyze(extract.Input{Source: n, Text: texts[n]})
		if jsonOf(t, r1) != jsonOf(t, r2) {
			t.Errorf("%s: two analyses differ", n)
		}
		if !utf8.ValidString(r1.Text) || r1.ID == "" || r1.Rules == "" {
			t.Errorf("%s: bad record header %q %q", n, r1.ID, r1.Rules)
		}
	}
}

func BenchmarkPipeline(b *testing.B) {
	a := analyzer(b)
	texts := sampleTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for n, t := range texts {
			if _, err := a.Analyze(extract.Input{Source: n, Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkSegment(b *testing.B) {
	r, _ := extract.LoadRules(rules.FS)
	seg, err := extract.NewGSE(r.Lexicon())
	if err != nil {
		b.Fatal(err)
	}
	texts := sampleTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			seg.Cut(t)
		}
	}
}

func jsonOf(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// An unquoted formula label must start and end on word boundaries: the
// segmenter keeps 八个方面军 (an army) and 三大工程局 (a firm) out, which
// character patterns alone take for 八个方面 and 三大工程.
func TestFormulaLabelsEndOnWords(t *testing.T) {
	with := analyzer(t)
	r, err := extract.LoadRules(rules.FS)
	if err != nil {
		t.Fatal(err)
	}
	conv, _ := extract.NewT2S()
	without := extract.NewAnalyzer(r, conv, nil)
	for _, c := range []struct {
		text, want, withoutSeg string
	}{
		{"他参加过八个方面军的会师。", "", "八个方面"},
		{"这是三大工程局承建的项目。", "", "三大工程"},
		{"会议部署了八个方面的工作。", "八个方面", "八个方面"},
		{"全市实施三大工程,推进发展。", "三大工程", "三大工程"},
	} {
		names := func(a *extract.Analyzer) string {
			rec, err := a.Analyze(extract.Input{Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, in := range rec.Initiatives {
				out = append(out, in.Name)
			}
			return strings.Join(out, ",")
		}
		if got := names(with); got != c.want {
			t.Errorf("%s: formulas %q, want %q", c.text, got, c.want)
		}
		if got := names(without); got != c.withoutSeg {
			t.Errorf("%s without the segmenter: formulas %q, want %q", c.text, got, c.withoutSeg)
		}
	}
}
