package corpus

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/tifa-project/tifa/extract"
)

// benchQueries are what users ask: formula names in either script and
// numeral style, one- and two-character words, phrases, filters.
var benchQueries = []struct {
	q string
	f Filter
}{
	{"十大攻坚行动", Filter{}}, {"10大攻坚战役", Filter{}}, {"三个一批", Filter{}}, {"攻堅行動", Filter{}},
	{"脱贫", Filter{}}, {"断头路", Filter{}}, {"开复工率", Filter{Kinds: []string{"target"}}},
	{"双招双引", Filter{}}, {"乡村振兴 OR 精准脱贫", Filter{}}, {"项目建设 -临汾", Filter{}},
	{"总投资", Filter{Kinds: []string{"figure"}}}, {"攻坚", Filter{Province: "山东省"}},
	{"营商环境", Filter{From: "2020-01-01", To: "2020-12-31"}}, {`"重点项目"`, Filter{}}, {"两不愁三保障", Filter{}},
	{"百日攻坚", Filter{Kinds: []string{"doc"}}},
}

// benchStore opens $TIFA_BENCH_DB (a large store made by tools/synth) or
// makes a small one of the sample corpus.
func benchStore(b *testing.B) *Store {
	b.Helper()
	if path := os.Getenv("TIFA_BENCH_DB"); path != "" {
		s, err := OpenExisting(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	}
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	recs := sampleRecords(b)
	if _, err := s.Put(context.Background(), recs); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkSearchLatency reports the median and 99th-percentile time of one
// search (parse and query, 20 hits with their sentences).
func BenchmarkSearchLatency(b *testing.B) {
	s := benchStore(b)
	conv, err := extract.NewT2S()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var times []time.Duration
	each := make([][]time.Duration, len(benchQueries))
	for b.Loop() {
		for i, bq := range benchQueries {
			start := time.Now()
			q, err := ParseQuery(bq.q, func(t string) []string { return extract.QueryForms(conv, t) })
			if err != nil {
				b.Fatal(err)
			}
			f := bq.f
			f.Limit = 20
			if _, err := s.Search(ctx, q, f); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(start))
			each[i] = append(each[i], time.Since(start))
		}
	}
	for i, bq := range benchQueries { // with -v: which queries are slow
		slices.Sort(each[i])
		b.Logf("%-24s %+v: median %v", bq.q, bq.f, each[i][len(each[i])/2].Round(10*time.Microsecond))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}
