package quantity

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// cnWriter writes whole numbers in Chinese numerals the standard way: the
// grammar's own forms, to test the reader against (and round-trip through).
type cnWriter struct {
	digits [10]string
	mults  [4]string // 个 十 百 千 within a section
	wan    string
	yi     string
	tenLed bool // 十二 rather than 一十二 at the start
}

var (
	plainWriter   = cnWriter{digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}, mults: [4]string{"", "十", "百", "千"}, wan: "万", yi: "亿", tenLed: true}
	capitalWriter = cnWriter{digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}, mults: [4]string{"", "拾", "佰", "仟"}, wan: "万", yi: "亿"}
)

// section writes 0 < n < 10000; zeroLead says a 零 is due before it (a gap
// in the place above).
func (w cnWriter) section(n int64, zeroLead bool) string {
	var b strings.Builder
	zero := zeroLead
	started := false
	for p := 3; p >= 0; p-- {
		d := n / int64(math.Pow10(p)) % 10
		if d == 0 {
			if started {
				zero = true
			}
			continue
		}
		if zero && (started || zeroLead) {
			b.WriteString(w.digits[0])
		}
		zero = false
		b.WriteString(w.digits[d])
		b.WriteString(w.mults[p])
		started = true
	}
	return b.String()
}

// write writes 0 <= n < 10^16.
func (w cnWriter) write(n int64) string {
	if n == 0 {
		return w.digits[0]
	}
	sections := []int64{n / 1e12 % 1e4, n / 1e8 % 1e4, n / 1e4 % 1e4, n % 1e4}
	names := []string{w.wan + w.yi, w.yi, w.wan, ""}
	if sections[0] > 0 {
		// 一万二千亿: the 万亿 section's own 万 is written once, before 亿.
		names[0] = w.wan
	}
	var b strings.Builder
	started := false
	for k, sec := range sections {
		if sec == 0 {
			continue
		}
		gap := started && (sec < 1000 || sections[k-1] == 0)
		b.WriteString(w.section(sec, gap))
		b.WriteString(names[k])
		if k == 0 && sections[1] == 0 {
			b.WriteString(w.yi) // 两万亿
		}
		started = true
	}
	s := b.String()
	if w.tenLed && strings.HasPrefix(s, w.digits[1]+w.mults[1]) {
		s = strings.TrimPrefix(s, w.digits[1]) // 十二, not 一十二
	}
	return s
}

// TestWriterRoundTrip: every number the writer writes reads back the same,
// in plain numerals and in capitals: digit × place, gaps (零), sections.
func TestWriterRoundTrip(t *testing.T) {
	var nums []int64
	for d := int64(1); d <= 9; d++ {
		for p := 0; p <= 15; p++ {
			nums = append(nums, d*int64(math.Pow10(p))) // every digit × every place
		}
	}
	for n := int64(0); n <= 120; n++ {
		nums = append(nums, n)
	}
	nums = append(nums, 101, 110, 111, 1001, 1010, 1100, 10001, 10010, 10100, 11000, 100001, 1000010, 10000100, 100001000,
		120300, 200000000, 230000000, 100000001, 1234567, 20302, 3200000, 98765432, 1000000000000, 2150000000000, 1600000000000,
		405060708, 9999, 99999999, 7000000000007)
	for _, w := range []cnWriter{plainWriter, capitalWriter} {
		for _, n := range nums {
			s := w.write(n)
			got, err := Parse(s)
			if w.digits[1] == "壹" && !strings.ContainsAny(s, "拾佰仟") {
				// capitals without 拾佰仟 (陆, 陆万) are not read: 陆 is land
				continue
			}
			if err != nil || got.Value != float64(n) {
				t.Errorf("Parse(%q) = %v, %v; want %d", s, got.Value, err, n)
			}
			if got.Digits || got.HasMax {
				t.Errorf("Parse(%q) = %+v: not a plain number", s, got)
			}
		}
	}
	if len(nums) < 200 {
		t.Fatalf("only %d forms", len(nums))
	}
}

// TestColloquialTails: 两千七 is 2700 and 五万二 52000: a last digit right after
// 百, 千, 万 or 亿 is one place below it. After 零 or 十 it is units.
func TestColloquialTails(t *testing.T) {
	places := []struct {
		mult  string
		value float64
	}{{"百", 100}, {"千", 1000}, {"万", 1e4}, {"亿", 1e8}}
	count := 0
	for a := 1; a <= 9; a++ {
		for _, p := range places {
			for b := 1; b <= 9; b++ {
				s := plainWriter.digits[a] + p.mult + plainWriter.digits[b]
				want := float64(a)*p.value + float64(b)*p.value/10
				got, err := Parse(s)
				if err != nil || !near(got.Value, want) || !got.Colloquial {
					t.Errorf("Parse(%q) = %+v, %v; want %v elided", s, got, err, want)
				}
				count++
			}
		}
	}
	for _, c := range []struct {
		in   string
		want float64
	}{{"两千七", 2700}, {"五万二", 52000}, {"一千八", 1800}, {"四万六", 46000}, {"一百一", 110}, {"两亿三", 2.3e8},
		{"一万二千三", 12300}, {"三十五万二", 352000}, {"一千零八", 1008}, {"十二", 12}, {"二十三", 23}, {"一百零五", 105}} {
		got, err := Parse(c.in)
		if err != nil || !near(got.Value, c.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", c.in, got.Value, err, c.want)
		}
	}
	if count < 300 {
		t.Fatalf("only %d forms", count)
	}
}

// TestArabicForms: separators, full-width digits, decimals and multipliers.
func TestArabicForms(t *testing.T) {
	mults := []struct {
		mult  string
		value float64
	}{{"", 1}, {"十", 10}, {"百", 100}, {"千", 1000}, {"万", 1e4}, {"亿", 1e8}, {"万亿", 1e12}, {"百万", 1e6}, {"千万", 1e7}}
	for d := 1; d <= 9; d++ {
		for _, m := range mults {
			for _, form := range []struct {
				text  string
				value float64
			}{{fmt.Sprint(d), float64(d)}, {fmt.Sprintf("%d.5", d), float64(d) + 0.5}, {string(rune('０' + d)), float64(d)},
				{fmt.Sprintf("%d%d", d, d), float64(11 * d)}} {
				s := form.text + m.mult
				got, err := Parse(s)
				if err != nil || !near(got.Value, form.value*m.value) || got.Chinese {
					t.Errorf("Parse(%q) = %+v, %v; want %v", s, got, err, form.value*m.value)
				}
			}
		}
	}
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,031", 1031, true}, {"12,345,678", 12345678, true}, {"12，345", 12345, true}, {"１２，３４５", 12345, true},
		{"1，234，567.5", 1234567.5, true}, {"１２３．４５", 123.45, true}, {"0.14万", 1400, true}, {"2139.5亿", 213950000000, true},
		{"1000多万", 1e7, true}, {"1亿3千万", 1.3e8, true}, {"3亿5000万", 3.5e8, true}, {"2万5千", 25000, true}, {"6百多", 600, true}, {"3萬", 30000, true}, {"5億", 5e8, true},
		{"1,0312", 0, false}, {"1031,000", 0, false}, {"12，34", 0, false}, {"1,234，567", 0, false}, {"1.", 0, false},
	} {
		got, err := Parse(c.in)
		if (err == nil) != c.ok || (c.ok && !near(got.Value, c.want)) {
			t.Errorf("Parse(%q) = %v, %v; want %v ok %v", c.in, got.Value, err, c.want, c.ok)
		}
	}
}

// TestNumeralForms: hand rows of the grammar, pitfalls included.
func TestNumeralForms(t *testing.T) {
	const none = -1.0
	for _, c := range []struct {
		in    string
		value float64
		max   float64 // none: no range
		unit  string
		ok    bool
	}{
		// 十 at the start of its place, gaps
		{"一百十二", 112, none, "", true}, {"一千十", 1010, none, "", true}, {"十万零一千", 101000, none, "", true},
		{"十二万零三百", 120300, none, "", true}, {"一亿零五", 100000005, none, "", true}, {"三千零五十", 3050, none, "", true},
		// 廿 卅 卌
		{"廿", 20, none, "", true}, {"廿三", 23, none, "", true}, {"卅", 30, none, "", true}, {"卅五", 35, none, "", true},
		{"卌", 40, none, "", true}, {"二百廿", 220, none, "", true}, {"廿万", 200000, none, "", true},
		// capitals of accounts
		{"叁仟贰佰万", 32000000, none, "", true}, {"壹拾", 10, none, "", true}, {"壹佰零伍", 105, none, "", true},
		{"玖仟玖佰玖拾玖", 9999, none, "", true}, {"壹億", 0, none, "", false}, {"陆", 0, none, "", false},
		{"陆陆", 0, none, "", false}, {"拾", 0, none, "", false}, {"贰萬", 0, none, "", false},
		// decimals, scales
		{"三点五", 3.5, none, "", true}, {"两千一百三十九点五亿", 213950000000, none, "", true}, {"零点五", 0.5, none, "", true},
		{"一点二万亿", 1.2e12, none, "", true}, {"万亿", 1e12, none, "", true}, {"二万亿", 2e12, none, "", true},
		{"一亿亿", 1e16, none, "", true},
		// fractions, percents
		{"三分之一", 33.33, none, "%", true}, {"百分之十五", 15, none, "%", true}, {"百分之十二点五", 12.5, none, "%", true},
		{"千分之三", 3, none, "‰", true}, {"三成", 30, none, "%", true}, {"六成半", 65, none, "%", true}, {"七八成", 70, 80, "%", true}, {"百分之八、九十", 80, 90, "%", true},
		{"百分之三十五六", 0, none, "", false},
		// approximations in the numeral
		{"十几", 11, none, "", true}, {"几十", 20, none, "", true}, {"几百万", 2e6, none, "", true}, {"二十几", 21, none, "", true},
		{"三千多", 3000, none, "", true}, {"1000余", 1000, none, "", true}, {"几", 0, none, "", false}, {"几乎", 0, none, "", false},
		// ranges in the numeral
		{"两三", 2, 3, "", true}, {"七八十", 70, 80, "", true}, {"三四百万", 3e6, 4e6, "", true},
		{"三千七八百", 3700, 3800, "", true}, {"一百二三十", 120, 130, "", true}, {"三万七八千", 37000, 38000, "", true},
		{"一千八九", 1800, 1900, "", true},
		// colloquial scales
		{"三个亿", 3e8, none, "", true}, {"两个亿", 2e8, none, "", true},
		// not numerals, or not one numeral
		{"十三五", 0, none, "", false}, {"十四五", 0, none, "", false}, {"万一", 0, none, "", false}, {"百十", 0, none, "", false},
		{"一些", 0, none, "", false}, {"一点", 0, none, "", false}, {"第三", 0, none, "", false}, {"点五", 0, none, "", false},
		{"", 0, none, "", false}, {"、", 0, none, "", false}, {"多", 0, none, "", false},
	} {
		n, err := Parse(c.in)
		if (err == nil) != c.ok {
			t.Errorf("Parse(%q) err = %v, want ok %v (%+v)", c.in, err, c.ok, n)
			continue
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !(errors.Is(err, ErrNoNumeral) || errors.Is(err, ErrTrailing)) {
				t.Errorf("Parse(%q): error %v is not typed", c.in, err)
			}
			continue
		}
		if !near(n.Value, c.value) || n.Unit != c.unit || n.HasMax != (c.max != none) || (n.HasMax && !near(n.Max, c.max)) {
			t.Errorf("Parse(%q) = %v max %v(%v) unit %q; want %v max %v unit %q", c.in, n.Value, n.Max, n.HasMax, n.Unit, c.value, c.max, c.unit)
		}
	}
}

// TestReadStopsRight: the numeral ends where the grammar says, inside text.
func TestReadStopsRight(t *testing.T) {
	for _, c := range []struct {
		in, read string
		value    float64
		ok       bool
	}{
		{"万一出现问题", "万", 1e4, true}, {"十三五规划", "十三", 13, true}, {"两国元首", "两", 2, true},
		{"10个亿吨级大油田", "10", 10, true}, {"5个亿元以上项目", "5", 5, true}, {"三个亿的投资", "三个亿", 3e8, true},
		{"一千八百元", "一千八百", 1800, true}, {"收拾一下", "", 0, false}, {"陆续开工", "", 0, false},
		{"大陆多元文明", "", 0, false}, {"几乎所有", "", 0, false}, {"12，345元", "12，345", 12345, true},
		{"12，34个", "12", 12, true}, {"2万2023年", "2万", 2e4, true}, {"1.5亿3千万", "1.5亿", 1.5e8, true}, {"数十枚", "数十", 20, true}, {"数百万人", "数百万", 2e6, true},
		{"数据", "", 0, false}, {"人数十万", "", 0, false}, {"2024，全年", "2024", 2024, true}, {"一点也不", "一", 1, true},
	} {
		at := 0
		if strings.HasPrefix(c.in, "人") {
			at = len("人") // 数 after 人: the word 人数
		}
		n, ok := Read(c.in, at)
		if ok != c.ok || (ok && (c.in[at:n.End] != c.read || !near(n.Value, c.value))) {
			t.Errorf("Read(%q) = %q %v, %v; want %q %v", c.in, c.in[:max(0, n.End)], n.Value, ok, c.read, c.value)
		}
	}
}

func TestInt(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"10", 10, true}, {"十", 10, true}, {"十二", 12, true}, {"二十", 20, true}, {"一百零五", 105, true}, {"两千", 2000, true},
		{"廿三", 23, true}, {"二三", 0, false}, {"1.5", 0, false}, {"十多", 0, false}, {"十几", 0, false}, {"二〇二二", 0, false},
		{"百分之五", 0, false}, {"万", 0, false}, {"壹拾", 0, false},
	} {
		got, ok := Int(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Int(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
