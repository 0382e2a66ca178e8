package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tifa-project/tifa/extract"
)

// oneLine is a document of size bytes on one line: the sample corpus's
// paragraphs, in file order, joined without newlines, repeated as needed
// (a page whose paragraphs were never split, or a JSONL text without them).
func oneLine(tb testing.TB, size int) string {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	if len(files) == 0 {
		tb.Skip("no sample corpus")
	}
	sort.Strings(files)
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				paras = append(paras, line)
			}
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(paras[i%len(paras)])
	}
	return b.String()
}

// BenchmarkOneLine analyses one-line documents of 1, 4 and 16 MB: the time
// per MB (the s/MB metric) must stay flat. Every stage that walked all of
// something for each of something else made it grow with the size.
func BenchmarkOneLine(b *testing.B) {
	a := analyzer(b)
	for _, mb := range []int{1, 4, 16} {
		text := oneLine(b, mb<<20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := a.Analyze(extract.Input{Source: "one-line", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/float64(mb), "s/MB")
		})
	}
}

// A one-line document eight times as long takes about eight times as long
// (a 6.5 MB line took 32 s where the same text in lines took 5; before the
// lookups were bounded, BenchmarkOneLine took 0.24 s for 1 MB and 43.5 s for
// 16 MB, and this test failed). Generous bounds: the machine may be shared.
func TestOneLineTimeIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	a := analyzer(t)
	took := func(size int) time.Duration {
		text := oneLine(t, size)
		start := time.Now()
		if _, err := a.Analyze(extract.Input{Source: "one-line", Text: text}); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	small, large := took(2<<20), took(16<<20)
	t.Logf("2 MB: %v, 16 MB: %v (%.1f×)", small, large, float64(large)/float64(small))
	if large > 24*small {
		t.Errorf("16 MB on one line took %v, 2 MB %v: %.1f× for 8× the text", large, small, float64(large)/float64(small))
	}
}

// A text without a single stop, its numbers in one run (a scraped table, a
// page's text with its punctuation lost): every figure reads its sentence and
// clause, so sentences and clauses must be bounded for the time to stay
// linear. Before they were, 60 KB of this took three minutes.
func TestTextWithoutStopsTimeIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	a := analyzer(t)
	took := func(reps int) (time.Duration, int) {
		var b strings.Builder
		for i := range reps {
			fmt.Fprintf(&b, "全省有%d个村庄完成改造并且由现在的%d%%提升至", i%97+2, i%50+1)
		}
		start := time.Now()
		rec, err := a.Analyze(extract.Input{Source: "no-stops", Text: b.String()})
		if err != nil {
			t.Fatal(err)
		}
		return time.Since(start), len(rec.Figures)
	}
	small, n := took(1000)
	large, m := took(8000)
	t.Logf("1,000 runs: %v (%d figures), 8,000 runs: %v (%d figures), %.1f×", small, n, large, m, float64(large)/float64(small))
	if n < 1000 || m < 8000 {
		t.Errorf("figures: %d and %d, want one or more per run", n, m)
	}
	if large > 24*small {
		t.Errorf("8,000 runs without a stop took %v, 1,000 took %v: %.1f× for 8× the text", large, small, float64(large)/float64(small))
	}
}
