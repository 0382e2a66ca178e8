package extract

import (
	"math"
	"testing"
	"unicode/utf8"
)

func TestIntValue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"10", 10, true}, {"十", 10, true}, {"十二", 12, true}, {"二十", 20, true}, {"二十三", 23, true},
		{"一百零五", 105, true}, {"两千", 2000, true}, {"两", 2, true}, {"一百", 100, true},
		{"三万", 30000, true}, {"十万零一千", 101000, true}, {"二三", 0, false}, {"", 0, false}, {"大", 0, false},
		{"1.5", 0, false}, {"十多", 0, false}, {"二〇二二", 0, false}, {"百分之五", 0, false}, {"三成", 0, false},
		{"万", 0, false}, {"1031", 1031, true}, {"一千零三十一", 1031, true},
	} {
		got, ok := IntValue(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("IntValue(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// TestParseNumeral covers the numeral grammar alone: each input must be read
// whole, or (ok false) refused whole.
func TestParseNumeral(t *testing.T) {
	const none = -1.0
	for _, c := range []struct {
		in    string
		value float64
		max   float64 // none: no range
		unit  string
		ok    bool
	}{
		// Arabic digits, decimals, thousands separators
		{"0", 0, none, "", true}, {"7", 7, none, "", true}, {"1031", 1031, none, "", true},
		{"2139.5", 2139.5, none, "", true}, {"0.14", 0.14, none, "", true}, {"0.011", 0.011, none, "", true},
		{"1,031", 1031, none, "", true}, {"12,345,678", 12345678, none, "", true}, {"0.4010", 0.401, none, "", true},
		{"18.244", 18.244, none, "", true}, {"307242", 307242, none, "", true}, {"1.", 0, none, "", false},
		// Arabic with multipliers
		{"4190亿", 419000000000, none, "", true}, {"2139.5亿", 213950000000, none, "", true},
		{"1.2万", 12000, none, "", true}, {"0.14万", 1400, none, "", true}, {"496.97万", 4969700, none, "", true},
		{"1.6万亿", 1600000000000, none, "", true}, {"5百万", 5000000, none, "", true}, {"3千万", 30000000, none, "", true},
		{"6百", 600, none, "", true}, {"2千", 2000, none, "", true}, {"22775.34万", 227753400, none, "", true},
		{"1468.83亿", 146883000000, none, "", true}, {"57691万", 576910000, none, "", true}, {"10534.28万", 105342800, none, "", true},
		{"9899万", 98990000, none, "", true}, {"3.3亿", 330000000, none, "", true}, {"7.7亿", 770000000, none, "", true},
		// approximations inside the numeral
		{"1000多万", 10000000, none, "", true}, {"100余", 100, none, "", true}, {"20多", 20, none, "", true},
		{"6百多", 600, none, "", true}, {"1万多", 10000, none, "", true}, {"2万余", 20000, none, "", true},
		// Chinese numerals
		{"一", 1, none, "", true}, {"两", 2, none, "", true}, {"十", 10, none, "", true}, {"十三", 13, none, "", true},
		{"二十", 20, none, "", true}, {"二十三", 23, none, "", true}, {"一百", 100, none, "", true},
		{"一百零五", 105, none, "", true}, {"一百二十", 120, none, "", true}, {"一千零三十一", 1031, none, "", true},
		{"两千", 2000, none, "", true}, {"三千", 3000, none, "", true}, {"两百", 200, none, "", true},
		{"二百", 200, none, "", true}, {"六百", 600, none, "", true}, {"三万", 30000, none, "", true},
		{"十万", 100000, none, "", true}, {"十万零一千", 101000, none, "", true}, {"一百二十亿", 12000000000, none, "", true},
		{"两千一百三十九点五亿", 213950000000, none, "", true}, {"二十九点五", 29.5, none, "", true},
		{"二万亿", 2000000000000, none, "", true}, {"四万亿", 4000000000000, none, "", true},
		{"八千亿", 800000000000, none, "", true}, {"二万一千五百亿", 2150000000000, none, "", true},
		{"一千零五十", 1050, none, "", true}, {"九千九百九十九", 9999, none, "", true}, {"三千多", 3000, none, "", true},
		{"二百多", 200, none, "", true}, {"一千多万", 10000000, none, "", true}, {"十余", 10, none, "", true},
		{"五十万", 500000, none, "", true}, {"三十万", 300000, none, "", true}, {"一亿", 100000000, none, "", true},
		{"十亿", 1000000000, none, "", true}, {"一百亿", 10000000000, none, "", true}, {"三千五百", 3500, none, "", true},
		// bare multipliers
		{"百", 100, none, "", true}, {"亿", 100000000, none, "", true}, {"百亿", 10000000000, none, "", true},
		{"千亿", 100000000000, none, "", true}, {"万亿", 1000000000000, none, "", true}, {"千万", 10000000, none, "", true},
		// ranges inside the numeral (not 23: cn2an's failure)
		{"两三", 2, 3, "", true}, {"三四", 3, 4, "", true}, {"七八十", 70, 80, "", true}, {"三四百万", 3000000, 4000000, "", true},
		{"五六千", 5000, 6000, "", true}, {"八九", 8, 9, "", true},
		// percentages and shares
		{"百分之六", 6, none, "%", true}, {"百分之八、九十", 80, 90, "%", true}, {"百分之五十", 50, none, "%", true},
		{"百分之十二点五", 12.5, none, "%", true}, {"千分之三", 3, none, "‰", true},
		{"三成", 30, none, "%", true}, {"四成", 40, none, "%", true}, {"八成", 80, none, "%", true}, {"两成", 20, none, "%", true},
		{"三分之一", 33.33, none, "%", true}, {"三分之二", 66.67, none, "%", true}, {"四分之一", 25, none, "%", true},
		{"五分之一", 20, none, "%", true}, {"十分之一", 10, none, "%", true},
		// not numerals, or not one numeral
		{"", 0, none, "", false}, {"大", 0, none, "", false}, {"十三五", 0, none, "", false}, {"二十三四五", 0, none, "", false},
		{"多", 0, none, "", false}, {"统一零售价", 0, none, "", false}, {"百十", 0, none, "", false},
		{"4190亿元", 0, none, "", false}, {"1-2", 0, none, "", false}, {"点五", 0, none, "", false},
	} {
		n, ok := ParseNumeral(c.in)
		if ok != c.ok {
			t.Errorf("ParseNumeral(%q) ok = %v, want %v (%+v)", c.in, ok, c.ok, n)
			continue
		}
		if !ok {
			continue
		}
		if !near(n.Value, c.value) || n.Unit != c.unit || n.HasMax != (c.max != none) || (n.HasMax && !near(n.Max, c.max)) {
			t.Errorf("ParseNumeral(%q) = %v max %v(%v) unit %q; want %v max %v unit %q", c.in, n.Value, n.Max, n.HasMax, n.Unit, c.value, c.max, c.unit)
		}
	}
}

// TestNumeralDigitStrings: years and codes in Chinese digits are read
// positionally and flagged, so that no stage takes them for counts.
func TestNumeralDigitStrings(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{{"二〇二二", 2022}, {"零八", 8}, {"一九九七", 1997}, {"二〇一一", 2011}} {
		n, ok := ParseNumeral(c.in)
		if !ok || !n.Digits || n.Value != c.want {
			t.Errorf("ParseNumeral(%q) = %+v, %v; want digits %v", c.in, n, ok, c.want)
		}
	}
}

func FuzzNumeral(f *testing.F) {
	for _, s := range []string{"4190亿元", "两千一百三十九点五亿", "十万零一千", "1.2万", "三成", "三分之一", "百分之八、九十",
		"1,031", "两三个", "统一零售价", "十三五", "1000多万人", "点", "、", "九、十", "1.", ",000", "零点零", "万万亿亿"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			n, ok := readNumeral(s, i)
			if ok && (n.End <= i || n.End > len(s)) {
				t.Fatalf("readNumeral(%q, %d).End = %d", s, i, n.End)
			}
			if ok && utf8.ValidString(s) && !utf8.ValidString(s[i:n.End]) && utf8.RuneStart(s[i]) {
				t.Fatalf("readNumeral(%q, %d) cut a rune: %q", s, i, s[i:n.End])
			}
		}
		ParseNumeral(s)
		IntValue(s)
	})
}

func BenchmarkNumeral(b *testing.B) {
	inputs := []string{"4190亿元", "两千一百三十九点五亿", "十万零一千", "1.2万", "三分之一", "百分之八、九十", "1,031", "两三个", "2139.5"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			readNumeral(s, 0)
		}
	}
}
