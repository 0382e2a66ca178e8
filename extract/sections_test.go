package extract

import "testing"

func TestPeriodIs(t *testing.T) {
	for _, c := range []struct {
		s        string
		year, at int
	}{
		{"“十四五”时期，上海发展历程极不寻常。", 2025, 0},
		{"十三五以来，全区经济总量翻番。", 2020, 0},
		{"全面完成。\"十二五\"期间，全市…", 2015, len("全面完成。")},
		{"“十五五”时期是基本实现现代化夯实基础的关键时期。", 2030, 0},
		{"谋划“十四五”时期重大项目。", 0, -1}, // not at a sentence's start
		{"十四五规划顺利收官。", 0, -1},     // the plan, not its period
		{"五年来，", 0, -1},
		{"十五", 0, -1},
	} {
		year, at := periodIs(c.s)
		if year != c.year || at != c.at {
			t.Errorf("periodIs(%q) = %d, %d; want %d, %d", c.s, year, at, c.year, c.at)
		}
	}
}
