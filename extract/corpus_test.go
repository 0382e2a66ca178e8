package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sampleFiles lists the files of the sample corpus in testdata.
func sampleFiles(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, dir := range []string{"../testdata/corpus/seeds", "../testdata/corpus/dev"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		tb.Skip("no sample corpus in ../testdata/corpus")
	}
	sort.Strings(files)
	return files
}

// devCorpusText returns the text of the sample corpus in testdata, for
// benchmarks over real documents (HTML pages included as they are).
func devCorpusText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	for _, f := range sampleFiles(tb) {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}
