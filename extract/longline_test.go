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
