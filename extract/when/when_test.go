package when

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// cnNum writes n (1…31) in Chinese numerals as dates do: 十, 十二, 二十一.
func cnNum(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + d[n%10]
	case n%10 == 0:
		return d[n/10] + "十"
	}
	return d[n/10] + "十" + d[n%10]
}

// cnYearDigits writes a year digit by digit: 2018 → 二〇一八.
func cnYearDigits(y int) string {
	d := []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var b strings.Builder
	for _, c := range fmt.Sprint(y) {
		b.WriteString(d[c-'0'])
	}
	return b.String()
}

// fullForms are the ways a full date is written, from the grammar.
var fullForms = []struct {
	name  string
	write func(y, m, d int) string
}{
	{"年月日", func(y, m, d int) string { return fmt.Sprintf("%d年%d月%d日", y, m, d) }},
	{"年月日 padded", func(y, m, d int) string { return fmt.Sprintf("%d年%02d月%02d日", y, m, d) }},
	{"年月号", func(y, m, d int) string { return fmt.Sprintf("%d年%d月%d号", y, m, d) }},
	{"spaced", func(y, m, d int) string { return fmt.Sprintf("%d 年 %d 月 %d 日", y, m, d) }},
	{"two-digit year", func(y, m, d int) string { return fmt.Sprintf("%02d年%d月%d日", y%100, m, d) }},
	{"Chinese numerals", func(y, m, d int) string {
		return cnYearDigits(y) + "年" + cnNum(m) + "月" + cnNum(d) + "日"
	}},
	{"Chinese year, Arabic day", func(y, m, d int) string { return fmt.Sprintf("%s年%d月%d日", cnYearDigits(y), m, d) }},
	{"dash", func(y, m, d int) string { return fmt.Sprintf("%d-%02d-%02d", y, m, d) }},
	{"dash unpadded", func(y, m, d int) string { return fmt.Sprintf("%d-%d-%d", y, m, d) }},
	{"slash", func(y, m, d int) string { return fmt.Sprintf("%d/%d/%d", y, m, d) }},
	{"dot", func(y, m, d int) string { return fmt.Sprintf("%d.%d.%d", y, m, d) }},
	{"compact", func(y, m, d int) string { return fmt.Sprintf("%d%02d%02d", y, m, d) }},
	{"fullwidth", func(y, m, d int) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r - '0' + '０'
			}
			return r
		}, fmt.Sprintf("%d年%d月%d日", y, m, d))
	}},
}

// clocks may follow a date; numeric dates take only numeric clocks.
var clocks = []struct {
	text    string
	numeric bool
}{
	{"", true}, {" 08:15", true}, {" 08:15:00", true}, {"T08:15:00+08:00", true}, {"上午10:30", false},
	{"08:15", false}, {"10时30分", false}, {"晚", false}, {"下午3时", false}, {"（星期四）", false}, {"凌晨", false},
}

var contexts = []struct{ before, after string }{
	{"", ""}, {"据悉，", "，全市项目建设推进会召开。"}, {"发布时间：", " 来源：人民网"}, {"（", "）"},
}

// days to write: month ends, leap days, single and double digits.
var someDays = [][3]int{
	{2018, 6, 12}, {2020, 2, 29}, {2024, 12, 31}, {1998, 1, 1}, {2021, 9, 15}, {2023, 10, 1}, {2019, 11, 30}, {2026, 3, 5},
}

// TestFullForms writes every day in every form with every clock in every
// context: one Full mention, the day, offsets that slice the date.
func TestFullForms(t *testing.T) {
	g := Default()
	rows := 0
	for _, f := range fullForms {
		for _, c := range clocks {
			numeric := strings.HasPrefix(f.name, "dash") || f.name == "slash" || f.name == "dot" || f.name == "compact"
			if numeric && !c.numeric {
				continue
			}
			if !numeric && strings.HasPrefix(c.text, "T") {
				continue
			}
			for _, ctx := range contexts {
				for _, day := range someDays {
					y, m, d := day[0], day[1], day[2]
					if f.name == "two-digit year" && (y < 1970 || y > 2069) {
						continue
					}
					date := f.write(y, m, d) + c.text
					s := ctx.before + date + ctx.after
					rows++
					ms := g.Find(s)
					if len(ms) != 1 {
						t.Errorf("%s %q: %d mentions %+v", f.name, s, len(ms), ms)
						continue
					}
					got, ok := ms[0].Date(Date{})
					if !ok || got != (Date{y, m, d}) || ms[0].Kind != Full {
						t.Errorf("%s %q: got %v %v kind %d", f.name, s, got, ok, ms[0].Kind)
					}
					if span := s[ms[0].Start:ms[0].End]; span != date {
						t.Errorf("%s %q: span %q, want %q", f.name, s, span, date)
					}
					if (c.text != "" && c.text != "（星期四）") != ms[0].Clock {
						t.Errorf("%s %q: clock %v", f.name, s, ms[0].Clock)
					}
					if pd, ok := ParseDay(s); !ok || pd != (Date{y, m, d}) {
						t.Errorf("ParseDay(%q) = %v %v", s, pd, ok)
					}
				}
			}
		}
	}
	if rows < 500 {
		t.Fatalf("only %d rows", rows)
	}
	t.Logf("%d rows", rows)
}

// TestInvalidDays: a day that does not exist is no date in any form.
func TestInvalidDays(t *testing.T) {
	g := Default()
	for _, day := range [][3]int{{2023, 2, 29}, {2024, 2, 30}, {2021, 4, 31}, {2021, 13, 1}, {2021, 0, 5}, {2021, 6, 0}, {2021, 6, 32}, {1850, 1, 1}, {2200, 1, 1}} {
		for _, f := range fullForms {
			if f.name == "two-digit year" || f.name == "Chinese numerals" && (day[1] == 0 || day[2] == 0 || day[1] > 31 || day[2] > 31) {
				continue
			}
			s := f.write(day[0], day[1], day[2])
			for _, m := range g.Find(s) {
				if d, ok := m.Date(Date{}); ok && d.HasYear() {
					t.Errorf("%s %q: read as %v", f.name, s, d)
				}
			}
			if d, ok := ParseDay(s); ok {
				t.Errorf("ParseDay(%q) = %v", s, d)
			}
		}
	}
}

// TestMonthDayForms: a month and day without a year takes it from the base,
// leaning to the past; without a base it stays yearless.
func TestMonthDayForms(t *testing.T) {
	g := Default()
	forms := []func(m, d int) string{
		func(m, d int) string { return fmt.Sprintf("%d月%d日", m, d) },
		func(m, d int) string { return fmt.Sprintf("%d月%d号", m, d) },
		func(m, d int) string { return fmt.Sprintf("%02d月%02d日", m, d) },
		func(m, d int) string { return cnNum(m) + "月" + cnNum(d) + "日" },
		func(m, d int) string { return fmt.Sprintf("%d 月 %d 日上午", m, d) },
	}
	bases := []struct {
		base Date
		m, d int
		want Date
	}{
		{Date{2022, 3, 12}, 3, 11, Date{2022, 3, 11}},
		{Date{2022, 1, 5}, 12, 28, Date{2021, 12, 28}}, // December events on January pages
		{Date{2022, 3, 12}, 4, 2, Date{2022, 4, 2}},    // announced for the coming weeks
		{Date{2022, 12, 30}, 1, 3, Date{2023, 1, 3}},
		{Date{2024, 3, 1}, 2, 29, Date{2024, 2, 29}},
		{Date{}, 9, 16, Date{0, 9, 16}},
	}
	rows := 0
	for i, f := range forms {
		for _, b := range bases {
			for _, ctx := range contexts {
				s := ctx.before + f(b.m, b.d) + ctx.after
				ms := g.Find(s)
				rows++
				if len(ms) != 1 || ms[0].Kind != MonthDay {
					t.Errorf("form %d %q: %+v", i, s, ms)
					continue
				}
				if got, ok := ms[0].Date(b.base); !ok || got != b.want {
					t.Errorf("form %d %q on %v: %v %v, want %v", i, s, b.base, got, ok, b.want)
				}
			}
		}
	}
	t.Logf("%d rows", rows)
}

// TestRelative resolves relative days against a base, never the clock.
func TestRelative(t *testing.T) {
	g := Default()
	sat := Date{2024, 3, 9} // a Saturday
	tests := []struct {
		s    string
		base Date
		want string // "" when no day is named
	}{
		{"今天上午，全市召开大会", sat, "2024-03-09"},
		{"今日，记者从…获悉", sat, "2024-03-09"},
		{"昨天（3月8日），会议召开", sat, "2024-03-08"},
		{"昨日下午", sat, "2024-03-08"},
		{"前天", sat, "2024-03-07"},
		{"明天（3月10日）出版的《人民日报》", sat, "2024-03-10"},
		{"本月12日", Date{2024, 3, 20}, "2024-03-12"},
		{"本月十二日", Date{2024, 3, 20}, "2024-03-12"},
		{"上月3号", Date{2024, 3, 20}, "2024-02-03"},
		{"上月31日", Date{2024, 3, 20}, ""}, // February has no 31st
		{"上月3日", Date{2024, 1, 20}, "2023-12-03"},
		{"今年3月5日", Date{2019, 12, 20}, "2019-03-05"},
		{"去年10月7日", Date{2024, 10, 7}, "2023-10-07"},
		{"周四", sat, "2024-03-07"},
		{"星期六", sat, "2024-03-09"},
		{"周日", sat, "2024-03-03"},
		{"上周五", sat, "2024-03-01"},
		{"上星期一", sat, "2024-02-26"},
		{"本周一", sat, "2024-03-04"},
		{"下周三", sat, "2024-03-13"},
		{"周四", Date{2024, 3, 10}, "2024-03-07"}, // Sunday: this week's Thursday
		{"上周五", Date{2024, 3, 10}, "2024-03-01"},
		{"习近平3日在北京会见", Date{2024, 3, 4}, "2024-03-03"},
		{"卫生部门6日称", Date{2024, 10, 7}, "2024-10-06"},
		{"运动会22日在海南三亚隆重开幕", Date{2024, 11, 23}, "2024-11-22"},
		{"28日上午，全市项目建设推进会召开", Date{2022, 3, 12}, "2022-02-28"},
		{"11日上午，全市项目建设推进会召开", Date{2022, 3, 12}, "2022-03-11"},
		{"31日，会议召开", Date{2024, 3, 1}, "2024-02-29"[:0] + "2024-01-31"}, // February has no 31st: January's
		{"5号上午", Date{2024, 3, 9}, "2024-03-05"},
		{"今天", Date{}, ""}, // no base, no day
		{"近日", sat, ""},
		{"今天的浙江商贸繁荣", sat, ""}, // nowadays
		{"今日的中国", sat, ""},
		{"新质生产力蓬勃发展的今日中国", sat, ""},
		{"今日之西藏", sat, ""},
		{"今天（3月9日）的会议", sat, "2024-03-09"},
		{"近期", sat, ""},
		{"日前", sat, ""},
	}
	for _, tc := range tests {
		ms := g.Find(tc.s)
		got := ""
		for _, m := range ms {
			if d, ok := m.Date(tc.base); ok {
				got = d.String()
				break
			}
		}
		if got != tc.want {
			t.Errorf("%q on %v: got %q, want %q (%+v)", tc.s, tc.base, got, tc.want, ms)
		}
	}
}

// TestPitfalls: what looks like a date and is not one, and ranges.
func TestPitfalls(t *testing.T) {
	g := Default()
	base := Date{2024, 3, 20}
	tests := []struct {
		s    string
		want []string // the days of the mentions, in order
	}{
		{"2024年度", nil},
		{"2024年", nil},
		{"2024年3月", nil},
		{"12月份", nil},
		{"1-10月", nil},
		{"1至10月5日", nil},
		{"2023财年", nil},
		{"2024—2035年", nil},
		{"上午10时30分", nil},
		{"10:30", nil},
		{"5·12汶川特大地震", nil},
		{"9·11", nil},
		{"版本v2018.6.12", nil},
		{"2018.6.12.3", nil},
		{"编号1234201806125678", nil},
		{"第20180612号", nil},
		{"20180612号文件", nil},
		{"电话13812345678", nil},
		{"电话010-62345678", nil},
		{"0571-8765-4321", nil},
		{"20180631", nil},
		{"0000-1-1", nil},
		{"0000年1月1日", nil},
		{"00000101", nil},
		{"近7日", nil},
		{"为期3日", nil},
		{"7日内", nil},
		{"30日以上", nil},
		{"3日游", nil},
		{"5日均线", nil},
		{"100日元", nil},
		{"地铁3号线", nil},
		{"1号文件", nil},
		{"长征五号", nil},
		{"70周年", nil},
		{"每周一", nil},
		{"一周一次", nil},
		{"周一至周五", nil},
		{"周六、周日", nil},
		{"第十四届", nil},
		{"十一月", nil},
		{"三十日", nil},
		{"3月5日至7日", []string{"2024-03-05~03-07"}},
		{"5月14~15日", []string{"2023-05-14~05-15"}},
		{"9月8日—11日", []string{"2023-09-08~09-11"}},
		{"8月31日至9月1日", []string{"2023-08-31~09-01"}},
		{"2024年3月5日至7日", []string{"2024-03-05~03-07"}},
		{"6日—7日", []string{"2024-03-06~03-07"}},
		{"2月30日", nil},
		{"3月5", nil},
		{"3月5日起施行", []string{"2024-03-05"}},
		{"3日前往北京", []string{"2024-03-03"}},
		{"今天（3月20日）", []string{"2024-03-20", "2024-03-20"}},
		{"2020年3月5日上午10:30，2021年4月1日", []string{"2020-03-05", "2021-04-01"}},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range g.Find(tc.s) {
			d, ok := m.Date(base)
			if !ok {
				continue
			}
			s := d.String()
			if m.ToDay != 0 {
				tm := m.ToMonth
				if tm == 0 {
					tm = d.Month
				}
				s += fmt.Sprintf("~%02d-%02d", tm, m.ToDay)
			}
			got = append(got, s)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestParseMeta(t *testing.T) {
	china := time.FixedZone("CST", 8*3600)
	tests := []struct {
		s    string
		loc  *time.Location
		want string
	}{
		{"2020-03-02T08:00:00+08:00", china, "2020-03-02"},
		{"2020-03-02T20:00:00Z", china, "2020-03-03"}, // 04:00 in Beijing
		{"2020-03-02T20:00:00Z", nil, "2020-03-02"},
		{"2020-03-02T20:00:00.123Z", china, "2020-03-03"},
		{"2020-03-02T08:00:00+0800", china, "2020-03-02"},
		{"2020-03-02T08:00:00-05:00", china, "2020-03-02"},
		{"2020-03-02T08:00:00", china, "2020-03-02"},
		{"2020-03-02", china, "2020-03-02"},
		{"Mon, 02 Mar 2020 08:00:00 GMT", china, "2020-03-02"},
		{"Mon, 02 Mar 2020 20:00:00 GMT", china, "2020-03-03"},
		{"Mon, 02 Mar 2020 20:00:00 CST", china, "2020-03-02"}, // an abbreviation Go cannot place
		{"Mon, 2 Mar 2020 08:00:00 +0800", china, "2020-03-02"},
		{"Mon, 02 Mar 2020 08:00:00 +0800", china, "2020-03-02"},
		{"02 Mar 20 08:00 GMT", china, "2020-03-02"},
		{"Monday, 02-Mar-20 08:00:00 GMT", china, "2020-03-02"},
		{"Mon Mar  2 08:00:00 2020", china, "2020-03-02"},
		{"March 2, 2020", china, "2020-03-02"},
		{"Mar 2, 2020", china, "2020-03-02"},
		{"2 Mar 2020", china, "2020-03-02"},
		{"2 March 2020", china, "2020-03-02"},
		{"02-Mar-2020", china, "2020-03-02"},
		{"1583107200", china, "2020-03-02"},    // 2020-03-02 00:00 UTC
		{"1583107200000", china, "2020-03-02"}, // milliseconds
		{"1583150400", china, "2020-03-02"},    // 12:00 UTC is 20:00 in Beijing
		{"1583164800", china, "2020-03-03"},    // 16:00 UTC is midnight in Beijing
		{"2020年3月2日 08:00", china, "2020-03-02"},
		{"二〇二〇年三月二日", china, "2020-03-02"},
		{"20200302", china, "2020-03-02"},
		{"Feb 30, 2020", china, ""},
		{"123", china, ""},
		{"", china, ""},
		{"not a date", china, ""},
	}
	for _, tc := range tests {
		d, _ := ParseMeta(tc.s, tc.loc)
		if d.String() != tc.want {
			t.Errorf("ParseMeta(%q) = %q, want %q", tc.s, d.String(), tc.want)
		}
	}
}

func TestDateISO(t *testing.T) {
	for _, s := range []string{"2020-03-02", "--03-02", "--02-29"} {
		d, ok := ParseISO(s)
		if !ok || d.String() != s {
			t.Errorf("ParseISO(%q) = %v %v", s, d, ok)
		}
	}
	for _, s := range []string{"", "2020-02-30", "2020-3-2", "--13-01", "abcd-ef-gh"} {
		if d, ok := ParseISO(s); ok {
			t.Errorf("ParseISO(%q) = %v", s, d)
		}
	}
}

func TestNewRejects(t *testing.T) {
	if _, err := New([]Word{{Text: "周八", Kind: KindWeekday, Value: 8}}); err == nil {
		t.Error("weekday 8 accepted")
	}
	if _, err := New([]Word{{Text: "x", Kind: "nope"}}); err == nil {
		t.Error("unknown kind accepted")
	}
}
