package extract

import "testing"

func TestSignsDate(t *testing.T) {
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{"国务院办公厅", "2018年11月19日", true},
		{"国务院办公厅", "2018年11月19日\u00a0\u00a0\u00a0", true},
		{"宜春市统计局 国家统计局宜春调查队", "（2023年4月12日）", true},
		{"国务院办公厅", "二〇〇四年十月十五日", true},
		{"中共临汾市委 临汾市人民政府", "2022年3月11日", true},
		{"国务院办公厅", "2018年11月", false},          // no day
		{"国务院办公厅", "11月19日", false},            // no year
		{"国务院办公厅", "2018年11月19日 10:30", false}, // a page's time stamp
		{"国务院办公厅", "2018年11月19日在北京召开", false},  // a sentence
		{"全市项目建设推进会召开。", "2021年3月1日", false},   // prose above
		{"来源：临汾新闻网", "2021年3月1日", false},       // a byline above
		{"发布时间 2021", "2021年3月1日", false},      // digits above
		{"", "2021年3月1日", false},
	} {
		if got := SignsDate(tc.prev, tc.line); got != tc.want {
			t.Errorf("SignsDate(%q, %q) = %v, want %v", tc.prev, tc.line, got, tc.want)
		}
	}
}

func FuzzSignsDate(f *testing.F) {
	f.Add("国务院办公厅", "二〇〇四年十月十五日")
	f.Add("宜春市统计局", "（2023年4月12日）")
	f.Fuzz(func(t *testing.T, prev, line string) {
		SignsDate(prev, line) // must not panic
		if day := bareDate(line); day != "" && len(day) != 10 {
			t.Errorf("bareDate(%q) = %q: not a full day", line, day)
		}
	})
}
