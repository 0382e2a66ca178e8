package quantity

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// testScanner scans with the units of rules/units.txt, and a few bounds.
func testScanner(t testing.TB) *Scanner {
	t.Helper()
	f, err := os.Open("../../rules/units.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var units []Unit
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 3 {
			t.Fatalf("units.txt: %q", line)
		}
		units = append(units, Unit{Surface: fields[0], Name: fields[1], Kind: fields[2]})
	}
	table, err := NewUnits(units)
	if err != nil {
		t.Fatal(err)
	}
	return NewScanner(table,
		[]Bound{{"超过", ">="}, {"近", "~"}, {"约", "~"}, {"不到", "<="}},
		[]Bound{{"以上", ">="}, {"以下", "<="}, {"左右", "~"}, {"上下", "~"}})
}

func TestNewUnitsRejectsBadRules(t *testing.T) {
	if _, err := NewUnits([]Unit{{Surface: "元"}}); !errors.Is(err, ErrBadUnit) {
		t.Errorf("got %v, want ErrBadUnit", err)
	}
}

// TestScan: quantities with units, ranges, money and bounds.
func TestScan(t *testing.T) {
	sc := testScanner(t)
	for _, c := range []struct {
		in, text   string // the input, and what the quantity spans
		value, max float64
		unit, kind string
		comparator string
		flags      Flags
	}{
		// money: 元, 角分, capitals, currencies as written
		{"叁仟贰佰万元整。", "叁仟贰佰万元整", 32e6, 0, "元", "money", "", Capitals},
		{"壹佰零伍圆整", "壹佰零伍圆整", 105, 0, "元", "money", "", Capitals},
		{"十二万零三百元五角六分", "十二万零三百元五角六分", 120300.56, 0, "元", "money", "", Cents},
		{"三元零五分钱", "三元零五分", 3.05, 0, "元", "money", "", Cents},
		{"5元6角", "5元6角", 5.6, 0, "元", "money", "", Cents},
		{"100元5分钟", "100元", 100, 0, "元", "money", "", 0},
		{"12，345元", "12，345元", 12345, 0, "元", "money", "", 0},
		{"１２，３４５元", "１２，３４５元", 12345, 0, "元", "money", "", 0},
		{"三百万比索", "三百万比索", 3e6, 0, "比索", "money", "", 0},
		{"3.41亿加元的", "3.41亿加元", 3.41e8, 0, "加元", "money", "", 0},
		{"5亿新西兰元。", "5亿新西兰元", 5e8, 0, "新西兰元", "money", "", 0},
		{"2亿马尔代夫币，", "2亿马尔代夫币", 2e8, 0, "马尔代夫币", "money", "", 0},
		{"500万港币", "500万港币", 5e6, 0, "港元", "money", "", 0},
		{"10亿日元", "10亿日元", 1e9, 0, "日元", "money", "", 0},
		{"18万亿卢布", "18万亿卢布", 1.8e13, 0, "卢布", "money", "", 0},
		{"三个亿的投资", "三个亿", 3e8, 0, "", "", "", Colloquial},
		{"两千七百万元", "两千七百万元", 2.7e7, 0, "元", "money", "", 0},
		{"两千七元", "两千七元", 2700, 0, "元", "money", "", Colloquial},
		// ranges with a shared unit
		{"3——5万元", "3——5万元", 3e4, 5e4, "元", "money", "", Ranged},
		{"2万元--4万元", "2万元--4万元", 2e4, 4e4, "元", "money", "", Ranged},
		{"3~5个", "3~5个", 3, 5, "个", "count", "", Ranged},
		{"3～5个", "3～5个", 3, 5, "个", "count", "", Ranged},
		{"6%-6.5%", "6%-6.5%", 6, 6.5, "%", "percent", "", Ranged},
		{"6-8亿元", "6-8亿元", 6e8, 8e8, "元", "money", "", Ranged},
		{"600至660元", "600至660元", 600, 660, "元", "money", "", Ranged},
		{"80公里到112公里", "80公里到112公里", 80, 112, "公里", "measure", "", Ranged},
		{"三到五年", "三到五年", 3, 5, "年", "skip", "", Ranged},
		{"两三个", "两三个", 2, 3, "个", "count", "", Ranged},
		{"0.2个百分点至3%", "0.2个百分点", 0.2, 0, "百分点", "percent", "", 0},
		{"36.4%到2023年", "36.4%", 36.4, 0, "%", "percent", "", 0},
		{"16.3%至3510亿美元", "16.3%", 16.3, 0, "%", "percent", "", 0},
		// signs
		{"气温降至-52.3℃", "52.3℃", -52.3, 0, "℃", "measure", "", Negative},
		{"零下30℃", "30℃", -30, 0, "℃", "measure", "", Negative},
		{"增长-2.1%", "2.1%", -2.1, 0, "%", "percent", "", Negative},
		{"-5～3℃", "5～3℃", -5, 3, "℃", "measure", "", Negative | Ranged},
		{"G7-15公里", "15公里", 15, 0, "公里", "measure", "", 0},
		{"歼-20列阵", "20列", 20, 0, "列", "count", "", 0},
		{"3%-5%", "3%-5%", 3, 5, "%", "percent", "", Ranged},
		// bounds
		{"约2800左右", "2800左右", 2800, 0, "", "", "~", Approximate},
		{"90%以上", "90%以上", 90, 0, "%", "percent", ">=", 0},
		{"1000多万人", "1000多万人", 1e7, 0, "人", "count", ">=", Approximate},
		{"十几个", "十几个", 11, 0, "个", "count", ">=", Approximate | Vague},
		{"吸引了上千名游客", "千名", 1000, 0, "名", "count", ">=", 0},
		{"马上万众一心", "万", 1e4, 0, "", "", "", 0},
		// numerals of the grammar with a unit
		{"一百十二人", "一百十二人", 112, 0, "人", "count", "", 0},
		{"廿五人", "廿五人", 25, 0, "人", "count", "", 0},
		{"三分之一", "三分之一", 33.33, 0, "%", "percent", "", 0},
		{"百分之十五", "百分之十五", 15, 0, "%", "percent", "", 0},
		{"三点五公里", "三点五公里", 3.5, 0, "公里", "measure", "", 0},
		// not quantities of the caller's kind: the unit says so
		{"2024年", "2024年", 2024, 0, "年", "skip", "", 0},
		{"30分钟", "30分钟", 30, 0, "分钟", "skip", "", 0},
		{"10个小时", "10个小时", 10, 0, "个小时", "skip", "", 0},
		{"两国元首", "两", 2, 0, "", "", "", 0},
		{"一系列货币政策", "一", 1, 0, "", "", "", 0},
	} {
		at := strings.Index(c.in, c.text)
		q, err := sc.Scan(c.in, at)
		if err != nil {
			t.Errorf("Scan(%q): %v", c.in, err)
			continue
		}
		got := c.in[q.Start:q.End]
		if got != c.text || !near(q.Value, c.value) || (c.max != 0) != q.HasMax || (q.HasMax && !near(q.Max, c.max)) ||
			q.Unit.Name != c.unit || q.Unit.Kind != c.kind || q.Comparator != c.comparator || q.Flags&c.flags != c.flags {
			t.Errorf("Scan(%q) = %q %v max %v(%v) %q %q %q flags %b; want %q %v max %v %q %q %q flags %b", c.in, got, q.Value, q.Max, q.HasMax,
				q.Unit.Name, q.Unit.Kind, q.Comparator, q.Flags, c.text, c.value, c.max, c.unit, c.kind, c.comparator, c.flags)
		}
	}
	if _, err := sc.Scan("一带一路", 1); !errors.Is(err, ErrNoNumeral) {
		t.Errorf("Scan at 带: %v", err)
	}
}

func TestScanAll(t *testing.T) {
	sc := testScanner(t)
	var got []string
	s := "全市投资两千七百万元，其中3——5万元的项目十几个，增长12.5%以上。"
	for _, q := range sc.ScanAll(s) {
		got = append(got, s[q.Start:q.End])
	}
	want := []string{"两千七百万元", "3——5万元", "十几个", "12.5%以上"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"4190亿元", "两千一百三十九点五亿", "十万零一千", "1.2万", "三成", "三分之一", "百分之八、九十",
		"1,031", "两三个", "统一零售价", "十三五", "1000多万人", "点", "、", "九、十", "1.", ",000", "零点零", "万万亿亿",
		"叁仟贰佰万元整", "12，345元", "两千七", "三千七八百", "廿三", "几十", "三个亿", "１２３．４"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			n, ok := Read(s, i)
			if !ok {
				continue
			}
			if n.End <= i || n.End > len(s) {
				t.Fatalf("Read(%q, %d).End = %d", s, i, n.End)
			}
			if utf8.ValidString(s) && utf8.RuneStart(s[i]) && !utf8.ValidString(s[i:n.End]) {
				t.Fatalf("Read(%q, %d) cut a rune: %q", s, i, s[i:n.End])
			}
			if n.HasMax && n.Max < n.Value {
				t.Fatalf("Read(%q, %d): max %v below value %v", s, i, n.Max, n.Value)
			}
		}
		Parse(s)
		Int(s)
	})
}

// FuzzRoundTrip: a whole number written in Chinese reads back the same.
func FuzzRoundTrip(f *testing.F) {
	for _, n := range []int64{0, 7, 10, 11, 101, 1010, 10001, 120300, 2150000000000} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		if n < 0 {
			n = -n
		}
		n %= 1e16
		if n < 0 {
			return
		}
		s := plainWriter.write(n)
		got, err := Parse(s)
		if err != nil || got.Value != float64(n) {
			t.Fatalf("Parse(%q) = %v, %v; want %d", s, got.Value, err, n)
		}
		if v, ok := Int(s); n <= 1e9 && (!ok || v != int(n)) {
			t.Fatalf("Int(%q) = %d, %v; want %d", s, v, ok, n)
		}
	})
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"叁仟贰佰万元整", "十二万零三百元五角六分", "3——5万元", "2万元--4万元", "约2800左右", "三百万比索",
		"5亿新西兰元", "0.2个百分点至3%", "两国元首", "元零五分"} {
		f.Add(s)
	}
	sc := testScanner(f)
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			q, err := sc.Scan(s, i)
			if err != nil {
				continue
			}
			if !(q.Start == i && q.Start < q.NumEnd && q.NumEnd <= q.UnitEnd && q.UnitEnd <= q.End && q.End <= len(s)) {
				t.Fatalf("Scan(%q, %d): spans %+v", s, i, q)
			}
			if q.HasMax && q.Max < q.Value {
				t.Fatalf("Scan(%q, %d): max %v below value %v", s, i, q.Max, q.Value)
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	inputs := []string{"4190亿元", "两千一百三十九点五亿", "十万零一千", "1.2万", "三分之一", "百分之八、九十", "1,031", "两三个", "2139.5",
		"两千七", "叁仟贰佰万", "三千七八百"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			Read(s, 0)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	sc := testScanner(b)
	inputs := []string{"4190亿元", "十二万零三百元五角六分", "3——5万元", "约2800左右", "90%以上", "三百万比索", "两国元首", "2024年"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			sc.Scan(s, 0)
		}
	}
}

func TestScale(t *testing.T) {
	for s, want := range map[string]string{"130万亿": "万亿", "120万": "万", "500亿": "亿", "12": "", "": ""} {
		if got := Scale(s); got != want {
			t.Errorf("Scale(%q) = %q, want %q", s, got, want)
		}
	}
	if f := ScaleFactor("万亿"); f != 1e12 {
		t.Errorf("ScaleFactor(万亿) = %g", f)
	}
}
