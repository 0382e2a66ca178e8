package extract

import (
	"slices"
	"strings"
	"testing"
)

// eachOccurrence finds in a long text, through its index of character pairs,
// exactly what repeated strings.Index calls find.
func TestEachOccurrenceIndexIsTheScan(t *testing.T) {
	unit := "王王王张三丽说，张三、李四和王王到会。张三丽\xff张三a张三"
	text := strings.Repeat(unit, pairIndexMin/len(unit)+1)
	scan := func(name string, limit int) []int {
		var out []int
		for off := 0; off < limit; {
			k := strings.Index(text[off:limit], name)
			if k < 0 {
				break
			}
			out = append(out, off+k)
			off += k + len(name)
		}
		return out
	}
	d := &Doc{Text: text}
	for _, name := range []string{"王王", "张三", "张三丽", "李四和王", "丽\xff张", "三a", "a张", "没有"} {
		for _, limit := range []int{0, 5, len(unit) * 3, len(text) / 2, len(text)} {
			var got []int
			d.eachOccurrence(name, limit, func(at int) bool { got = append(got, at); return true })
			if want := scan(name, limit); !slices.Equal(got, want) {
				t.Errorf("%q before %d: %d occurrences, the scan finds %d", name, limit, len(got), len(want))
			}
		}
	}
	if d.pairs == nil {
		t.Error("the index was not used")
	}
}
