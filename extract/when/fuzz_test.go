package when

import (
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"2020年3月5日上午10:30，会议召开", "2018年06月12日08:15", "2018-06-12 08:15:00", "2018/6/12", "2018.6.12",
	"20180612", "18年6月12日", "二〇一八年六月十二日", "3月5号", "今天（3月9日）", "本月12日", "上月3号", "上周五",
	"周一至周五", "3月5日至7日", "5月14~15日", "习近平3日上午在北京会见", "2024年度", "12月份", "5·12",
	"1234201806125678", "13812345678", "2月30日", "十月一日", "31日，", "Mon, 02 Mar 2020 08:00:00 GMT",
	"2020-03-02T20:00:00Z", "1583107200", "年月日", "３月５日", "\xff日", "9月8日—", "1-10月",
}

// FuzzFind: no panic; mentions in order, inside the text, on rune
// boundaries, not overlapping; every resolved day exists.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	g := Default()
	bases := []Date{{}, {2024, 3, 9}, {2024, 1, 31}, {2021, 12, 31}}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range g.Find(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("%q: bad span %d-%d after %d", s, m.Start, m.End, last)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[m.Start]) || m.End < len(s) && !utf8.RuneStart(s[m.End])) {
				t.Fatalf("%q: span %d-%d cuts a rune", s, m.Start, m.End)
			}
			last = m.End
			for _, b := range bases {
				d, ok := m.Date(b)
				if ok {
					if _, valid := Make(d.Year, d.Month, d.Day); !valid {
						t.Fatalf("%q on %v: invalid %v", s, b, d)
					}
				}
			}
		}
		if d, ok := ParseDay(s); ok && !d.HasYear() {
			t.Fatalf("ParseDay(%q) = %v without a year", s, d)
		}
	})
}

// FuzzParseMeta: no panic; a day read exists.
func FuzzParseMeta(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	china := time.FixedZone("CST", 8*3600)
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseMeta(s, china); ok {
			if _, valid := Make(d.Year, d.Month, d.Day); !valid {
				t.Fatalf("ParseMeta(%q) = invalid %v", s, d)
			}
		}
	})
}
