package extract

import "testing"

// TestFigureQuantityForms: the forms of the numeral grammar (package
// quantity) as the figures stage reads them in a sentence, and the pitfalls
// that must stay no figure.
func TestFigureQuantityForms(t *testing.T) {
	type fig struct {
		value, max float64
		unit, cmp  string
	}
	for _, c := range []struct {
		text string
		want []fig
	}{
		// colloquial tails, 十 at the start of its place, 廿
		{"公司去年营业收入两千七百万元。", []fig{{2.7e7, 0, "元", ""}}},
		{"每月工资两千七左右。", []fig{{2700, 0, "元", "~"}}},
		{"全年销售额五万二千元。", []fig{{52000, 0, "元", ""}}},
		{"参加培训的一百十二人全部合格。", []fig{{112, 0, "人", ""}}},
		{"全村廿五户已搬迁。", []fig{{25, 0, "户", ""}}},
		// capitals, full-width separators, money in 元角分
		{"合同金额为叁仟贰佰万元整。", []fig{{3.2e7, 0, "元", ""}}},
		{"全年销售收入12，345元。", []fig{{12345, 0, "元", ""}}},
		{"共计补贴十二万零三百元五角六分。", []fig{{120300.56, 0, "元", ""}}},
		// currencies as written, never 元
		{"项目投资三百万比索。", []fig{{3e6, 0, "比索", ""}}},
		{"签约金额达5亿新西兰元。", []fig{{5e8, 0, "新西兰元", ""}}},
		{"加拿大经济每天损失3.41亿加元。", []fig{{3.41e8, 0, "加元", ""}}},
		{"澳门金融业资产达27000多亿澳门元。", []fig{{2.7e12, 0, "澳门元", ">="}}},
		// a scale counted with 个, ranges with one unit
		{"总投资三个亿。", []fig{{3e8, 0, "元", ""}}},
		{"新发现13个亿吨级油田。", []fig{{13, 0, "个", ""}}},
		{"每户补贴3——5万元。", []fig{{3e4, 5e4, "元", ""}}},
		{"补助标准为2万元--4万元。", []fig{{2e4, 4e4, "元", ""}}},
		{"阵风可达每秒80公里到112公里。", []fig{{80, 112, "公里", ""}}},
		{"经济增长预期下调0.2个百分点至3.1%。", []fig{{0.2, 0, "百分点", ""}, {3.1, 0, "%", ""}}},
		{"进口额环比下降16.3%至3510亿美元。", []fig{{16.3, 0, "%", ""}, {3.51e11, 0, "美元", ""}}},
		// a unit shared by a list, a lower section after 亿
		{"出口额连续跨越300亿、400亿、500亿美元台阶。", []fig{{3e10, 0, "美元", ""}, {4e10, 0, "美元", ""}, {5e10, 0, "美元", ""}}},
		{"清明档票房已超1亿3千万元。", []fig{{1.3e8, 0, "元", ">="}}},
		{"增长1%、2%、3%。", []fig{{1, 0, "%", ""}, {2, 0, "%", ""}, {3, 0, "%", ""}}},
		{"全年完成5吨、6吨、7万吨。", []fig{{5, 0, "吨", ""}, {6, 0, "吨", ""}, {7e4, 0, "吨", ""}}},
		// 上百, 上千, 上万: at least
		{"道路阻断，上千名游客滞留。", []fig{{1000, 0, "名", ">="}}},
		{"除夕夜吸引了上万人前来。", []fig{{1e4, 0, "人", ">="}}},
		{"马上万众一心干起来。", nil},
		{"中国选手以168.50分的成绩夺得铜牌。", nil},
		{"可满足百万家庭全年的用电需求。", nil},
		{"超过7万户家庭断电。", []fig{{7e4, 0, "户", ">="}}},
		{"全县23家乡镇卫生院。", []fig{{23, 0, "家", ""}}},
		{"千家万户受益。", nil},
		// signs
		{"最低气温降至-52.3℃。", []fig{{-52.3, 0, "℃", ""}}},
		{"室外已经是零下30℃的气温。", []fig{{-30, 0, "℃", ""}}},
		// unitless counts are no 元
		{"5G移动电话用户达8.89亿，普及率提高。", nil},
		{"集成电路产量3866亿块。", []fig{{3.866e11, 0, "块", ""}}},
		{"惠及1.2亿居民。", nil},
		// pitfalls: no figure
		{"2024年全市经济平稳运行。", nil},
		{"推进一带一路建设。", nil},
		{"一把手亲自抓。", nil},
		{"十三五期间成效明显。", nil},
		{"排名第三。", nil},
		{"万一发生事故要及时报告。", nil},
		{"一些企业遇到困难。", nil},
		{"一点也不能放松。", nil},
		{"两国元首会晤。", nil},
		{"实施一系列货币政策。", nil},
		{"十几个项目陆续开工。", nil},
		{"欧亚大陆多元文明交融。", nil},
		{"自2024年12月17日圆满完成出舱活动以来。", nil},
		{"收拾一下行李。", nil},
		{"拦截了数十枚导弹。", nil},
		{"参与人数十万人。", []fig{{1e5, 0, "人", ""}}},
	} {
		got := figuresOf(t, c.text, "2021-05-01")
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d figures %+v, want %d", c.text, len(got), got, len(c.want))
			continue
		}
		for i, w := range c.want {
			f := got[i]
			gotMax := 0.0
			if f.Max != nil {
				gotMax = *f.Max
			}
			if !near(f.Value, w.value) || !near(gotMax, w.max) || f.Unit != w.unit || f.Comparator != w.cmp {
				t.Errorf("%q: figure %d = %v max %v %s %q; want %v max %v %s %q", c.text, i, f.Value, gotMax, f.Unit, f.Comparator,
					w.value, w.max, w.unit, w.cmp)
			}
		}
	}
}
