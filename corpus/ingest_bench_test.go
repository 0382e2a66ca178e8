package corpus

import (
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// BenchmarkIngest is the whole ingest as `tifa ingest` runs it: read and
// decode the sample corpus (text and HTML pages), analyse with both cores,
// store in batches with the search index. MB/s are of the files read.
func BenchmarkIngest(b *testing.B) {
	a, rd, err := NewPipeline()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for item := range rd.Read([]string{corpusDir}) {
		if item.Err == nil {
			if st, err := os.Stat(item.Name); err == nil {
				size += st.Size()
			}
		}
	}
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.SetBytes(size)
	b.ReportAllocs()
	round := 0
	for b.Loop() {
		round++
		var batch []extract.Record
		err := AnalyzeAll(context.Background(), renamed(rd.Read([]string{corpusDir}), round), a, NewCores(runtime.NumCPU()), func(res Result) error {
			if res.Err != nil {
				return res.Err
			}
			batch = append(batch, res.Record)
			return nil
		})
		if err == nil {
			_, err = s.Put(context.Background(), batch)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

// renamed gives each round's documents their own ids, so that every round
// stores them anew.
func renamed(items iter.Seq[Item], round int) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for item := range items {
			item.Input.ID = extract.ContentID(fmt.Appendf(nil, "%s/%d", item.Input.ID, round))
			if !yield(item) {
				return
			}
		}
	}
}
