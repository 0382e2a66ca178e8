package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// figuresOf runs the figures stage alone over text.
func figuresOf(t testing.TB, text string, published Day) []Figure {
	t.Helper()
	d := newDoc(text, "", published, builtinRules(t), nil)
	rec := Record{Text: text}
	extractFigures(d, &rec)
	runes := []rune(text)
	for _, f := range rec.Figures {
		if f.Start < 0 || f.End > len(runes) || string(runes[f.Start:f.End]) != f.Text {
			t.Fatalf("%q: span %d-%d does not slice %q", text, f.Start, f.End, f.Text)
		}
	}
	return rec.Figures
}

// TestCorpusQuantities reads each real phrase and expects its quantity.
func TestCorpusQuantities(t *testing.T) {
	missed := 0
	for _, c := range corpusQuantities {
		found := false
		for _, f := range figuresOf(t, c.text, "") {
			if near(f.Value, c.value) && f.Unit == c.unit && (c.max == 0 || (f.Max != nil && near(*f.Max, c.max))) {
				found = true
			}
		}
		if !found {
			missed++
			t.Logf("%q: no %v %s among %v", c.text, c.value, c.unit, figuresOf(t, c.text, ""))
		}
	}
	// A phrase cut from its sentence may lose what makes it readable
	// ("从1930年的7000多" has no unit); nearly all must still be read.
	if missed > len(corpusQuantities)/100 {
		t.Errorf("%d of %d real phrases misread", missed, len(corpusQuantities))
	}
}

type wantFigure struct {
	value      float64
	max        float64
	unit       string
	comparator string
	target     bool
	deadline   string
}

func TestFigures(t *testing.T) {
	for _, c := range []struct {
		text string
		want []wantFigure
	}{
		// the sentences
		{"力争全年签约落地亿元以上项目100个以上。", []wantFigure{{value: 1e8, unit: "元", comparator: ">=", target: true}, {value: 100, unit: "个", comparator: ">=", target: true}}},
		{"力争全年省市重点项目开复工率达到90%以上。", []wantFigure{{value: 90, unit: "%", comparator: ">=", target: true}}},
		{"2022年全市共谋划项目1031个,总投资4190亿元,年度投资907亿元。", []wantFigure{{value: 1031, unit: "个"}, {value: 419000000000, unit: "元"}, {value: 90700000000, unit: "元"}}},
		{"推进内环高架、王母阁路跨线桥等工程,打通39条断头路。", []wantFigure{{value: 39, unit: "条", target: true}}},
		{"年度投资计划647.4亿元。1-10月累计完成投资629.0亿元,占年度计划的97.2%。", []wantFigure{{value: 647.4e8, unit: "元", target: true}, {value: 629e8, unit: "元"}, {value: 97.2, unit: "%"}}},
		// known failures of other tools
		{"过去一年，全市圆满完成年度主要目标任务，地区生产总值增长5.3%。", []wantFigure{{value: 5.3, unit: "%"}}}, // a review: 目标 achieved, not promised
		{"一季度，全市完成投资120亿元，完成年度目标的30%。", []wantFigure{{value: 120e8, unit: "元"}, {value: 30, unit: "%"}}},
		{"确保完成年度目标任务，地区生产总值增长6%左右。", []wantFigure{{value: 6, unit: "%", comparator: "~", target: true}}},
		{"本周沪深两市成交8.25亿手，恒达二手车交易市场同期开业。", []wantFigure{{value: 8.25e8, unit: "手"}}}, // shares, not yuan; 二手 is a word
		{"全市共谋划项目1031个。", []wantFigure{{value: 1031, unit: "个"}}},                   // JioNLP: 5元
		{"紧跟国省“十三五”规划和十四五规划。", nil},                                                 // JioNLP: a range
		{"开复工率达到90%以上。", []wantFigure{{value: 90, unit: "%", comparator: ">="}}},    // Recognizers-Text drops 以上
		{"实行统一零售价。", nil},  // cn2an: 统10售价
		{"两三个月才发一次。", nil}, // a duration, not 23
		// an exchange rate is the sum quoted for one unit, which is no figure
		{"日元汇率一度跌至1美元兑161.93日元。", []wantFigure{{value: 161.93, unit: "日元"}}},
		{"日元对美元汇率跌破155日元兑1美元水平。", []wantFigure{{value: 155, unit: "日元"}}},
		// a speed
		{"西延高铁设计速度350公里每小时。", []wantFigure{{value: 350, unit: "公里/小时"}}},
		{"联络线列车设计速度为160公里/小时。", []wantFigure{{value: 160, unit: "公里/小时"}}},
		// a distance that names a sports event measures nothing
		{"潘展乐打破了男子100米自由泳的世界纪录。", nil},
		{"黄雨婷在射击10米气步枪混合团体比赛中夺冠。", nil},
		{"在短道速滑女子1500米决赛中，中国队选手夺冠。", nil},
		{"中国队获得女子4×200米自由泳接力铜牌。", nil},
		// basis points of a rate, with or without 个
		{"欧洲央行决定将关键利率下调25个基点。", []wantFigure{{value: 25, unit: "基点"}}},
		{"房贷利率加点幅度不低于30基点。", []wantFigure{{value: 30, unit: "基点", comparator: ">="}}},
		// counts of visits and runs (户次, 家次, 辆次, 艘次, 班次)
		{"调研走访外贸企业9400多户次。", []wantFigure{{value: 9400, unit: "户次", comparator: ">="}}},
		{"两岸航线共开行12班次。", []wantFigure{{value: 12, unit: "班次"}}},
		// idioms of two hands and households
		{"坚持防汛抗旱两手抓。", nil},
		{"发出的电足够三口之家用上一年。", nil},
		// a calibre or aperture names a kind of weapon or instrument
		{"美国恢复运送155毫米口径炮弹。", nil},
		// a number with a leading zero names a batch
		{"我国成功发射千帆极轨02组卫星。", nil},
		// sports named by their numerals
		{"米兰冬残奥会共设残奥冰球、冬季两项6个大项。", []wantFigure{{value: 6, unit: "个"}}},
		{"他参加了铁人三项和现代五项的比赛。", nil},
		{"中国队在七人制橄榄球比赛中夺冠。", nil},
		{"中国队在4×100米接力中获得银牌。", nil},
		{"大桥全长1500米，全线设站12座。", []wantFigure{{value: 1500, unit: "米"}, {value: 12, unit: "座"}}},
		{"每个开发区主攻两三个主导产业。", []wantFigure{{value: 2, max: 3, unit: "个", target: true}}}, // cn2an: 23
		// ranges
		{"每个开发区主攻1-2个主导产业。", []wantFigure{{value: 1, max: 2, unit: "个", target: true}}},
		{"经济增长预期目标为6%-6.5%。", []wantFigure{{value: 6, max: 6.5, unit: "%", target: true}}},
		{"预计可实现年上交税收6-8亿元。", []wantFigure{{value: 6e8, max: 8e8, unit: "元", target: true}}},
		{"只得600至660元不等。", []wantFigure{{value: 600, max: 660, unit: "元"}}},
		{"用三到五年时间完成改造。", nil},
		// bounds
		{"总投资超过75亿元。", []wantFigure{{value: 75e8, unit: "元", comparator: ">="}}},
		{"吞吐量突破3亿吨。", []wantFigure{{value: 3e8, unit: "吨", comparator: ">="}}},
		{"贷款利率不低于3.5%。", []wantFigure{{value: 3.5, unit: "%", comparator: ">="}}},
		{"参训人员不少于200人。", []wantFigure{{value: 200, unit: "人", comparator: ">="}}},
		{"单位能耗控制在0.5吨标准煤以内。", []wantFigure{{value: 0.5, unit: "吨标准煤", comparator: "<="}}},
		{"不超过30天的项目审批。", nil},
		{"投资2000万元以下的项目。", []wantFigure{{value: 2e7, unit: "元", comparator: "<="}}},
		{"总投资约486亿元。", []wantFigure{{value: 486e8, unit: "元", comparator: "~"}}},
		{"总投资近10亿元。", []wantFigure{{value: 1e9, unit: "元", comparator: "~"}}},
		{"预计每年可形成销售额2亿元左右。", []wantFigure{{value: 2e8, unit: "元", comparator: "~", target: true}}},
		{"园区内90多家德资企业已全面开工。", []wantFigure{{value: 90, unit: "家", comparator: ">="}}},
		{"鄞州区3000余名志愿者。", []wantFigure{{value: 3000, unit: "名", comparator: ">="}}},
		{"全国平均有1000多万人脱贫。", []wantFigure{{value: 1e7, unit: "人", comparator: ">="}}},
		// Chinese numerals and mixtures
		{"减税降费二万亿。", []wantFigure{{value: 2e12, unit: "元"}}},
		{"总额达二万一千五百亿。", []wantFigure{{value: 2.15e12, unit: "元"}}},
		{"引来近两百名客商代表。", []wantFigure{{value: 200, unit: "名", comparator: "~"}}},
		{"每个月四成的工资被扣起。", []wantFigure{{value: 40, unit: "%"}}},
		{"连三分之一的工资都拿不到。", []wantFigure{{value: 33.33, unit: "%"}}},
		{"是正职的百分之八、九十。", []wantFigure{{value: 80, max: 90, unit: "%"}}},
		{"比上年提高五个百分点。", []wantFigure{{value: 5, unit: "百分点"}}},
		{"比上年提高0.64个百分点。", []wantFigure{{value: 0.64, unit: "百分点"}}},
		{"新增一百二十亿元。", []wantFigure{{value: 120e8, unit: "元"}}},
		{"十万零一千人参加。", []wantFigure{{value: 101000, unit: "人"}}},
		{"城镇常住人口288.37万人。", []wantFigure{{value: 2883700, unit: "人"}}},
		{"全国7.7亿农村贫困人口摆脱贫穷。", []wantFigure{{value: 7.7e8, unit: "人"}}},
		{"乌兰浩特2×34万千瓦热电项目。", []wantFigure{{value: 340000, unit: "千瓦"}}},
		{"旅客周转量57691万人公里。", []wantFigure{{value: 576910000, unit: "人公里"}}},
		{"实际使用外商直接投资金额3.71亿美元。", []wantFigure{{value: 3.71e8, unit: "美元"}}},
		{"PM2.5浓度29微克/立方米。", []wantFigure{{value: 29, unit: "微克/立方米"}}},
		{"甄选了百款长春特色好物。", []wantFigure{{value: 100, unit: "款"}}},
		{"产值超百亿元。", []wantFigure{{value: 1e10, unit: "元", comparator: ">="}}},
		// not figures: dates, ordinals, periods, levels, codes, idioms, articles
		{"2022年3月11日,市委举行大会。", nil},
		{"1-10月,全市经济平稳运行。", nil},
		{"走在全省第一方阵,排名第15位。", nil},
		{"甘肃十二五将开建高速。", nil},
		{"2万到25万吨级泊位。", nil},
		{"G7011十天高速公路。", nil},
		{"这是一个重要节点工程。", nil},
		{"千家万户受益,十分重要。", nil},
		{"亿元生产总值生产安全事故死亡人数下降。", nil},
		{"每万人有效发明专利拥有量提高。", nil},
		{"城乡居民收入比2.06:1。", nil},
		{"9时30分开会。", nil},
		{"协调几十个部门。", nil},
		// a numeral inside a short quoted name: the name of a policy, a slogan
		{"出台纺织服装“新九条”政策措施。", nil},
		{"制定实施民营经济高质量发展“26条”。", nil},
		{"打通便民就医的“最后一公里”。", nil},
		// targets and facts
		{"截至2010年底,全省高速公路总里程突破3000公里。", []wantFigure{{value: 3000, unit: "公里", comparator: ">="}}},
		{"力争到2015年,全省高速公路总里程突破5500公里。", []wantFigure{{value: 5500, unit: "公里", comparator: ">=", target: true, deadline: "2015"}}},
		{"今年需完成投资22亿元。", []wantFigure{{value: 22e8, unit: "元", target: true}}},
		{"目前已累计完成投资近3亿元,今年将完成投资4亿元。", []wantFigure{{value: 3e8, unit: "元", comparator: "~"}, {value: 4e8, unit: "元", target: true}}},
		{"截至目前,已打通5段。", []wantFigure{{value: 5, unit: "段"}}},
		{"堤防全长182.35公里,总投资达52亿元。", []wantFigure{{value: 182.35, unit: "公里"}, {value: 52e8, unit: "元"}}},
		{"年内,两条高速公路建成通车。", []wantFigure{{value: 2, unit: "条", target: true, deadline: "2021-12-31"}}},
		{"争取在年底前完成投资5亿元。", []wantFigure{{value: 5e8, unit: "元", target: true, deadline: "2021-12-31"}}},
		{"到2022年底,太平湾港将建成3亿吨大港。", []wantFigure{{value: 3e8, unit: "吨", target: true, deadline: "2022-12-31"}}},
		{"同比增长15.3%。", []wantFigure{{value: 15.3, unit: "%"}}},
		{"13条接头路将全部打通。", []wantFigure{{value: 13, unit: "条", target: true}}},
		{"对北京市大力推进工作许可制度改革等130项典型经验予以表扬。", []wantFigure{{value: 130, unit: "项"}}},
		{"总投资相应调整约为8.5亿元。", []wantFigure{{value: 8.5e8, unit: "元", comparator: "~"}}},
		{"营口港2007年吞吐量超过亿吨。", []wantFigure{{value: 1e8, unit: "吨", comparator: ">="}}},
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
			if !near(f.Value, w.value) || !near(gotMax, w.max) || f.Unit != w.unit || f.Comparator != w.comparator ||
				f.Target != w.target || f.Deadline != w.deadline {
				t.Errorf("%q: figure %d = %v max %v %s %q target %v deadline %q; want %v max %v %s %q target %v deadline %q",
					c.text, i, f.Value, gotMax, f.Unit, f.Comparator, f.Target, f.Deadline,
					w.value, w.max, w.unit, w.comparator, w.target, w.deadline)
			}
		}
	}
}

// TestFigureTextAndMeasure checks the phrase, its offsets, the measure and
// the sentence a user sees.
func TestFigureTextAndMeasure(t *testing.T) {
	text := "会议分两个阶段举行。\n2022年全市共谋划项目1031个,总投资4190亿元。\n在全市开展6场综合擂台赛。"
	figs := figuresOf(t, text, "2022-03-12")
	want := []struct{ text, measure string }{
		{"会议分两个阶段举行", "阶段举行"},
		{"2022年全市共谋划项目1031个", "项目"},
		{"总投资4190亿元", "项目总投资"}, // the projects just counted
		{"在全市开展6场综合擂台赛", "综合擂台赛"},
	}
	if len(figs) != len(want) {
		t.Fatalf("got %+v", figs)
	}
	for i, w := range want {
		if figs[i].Text != w.text || figs[i].Measure != w.measure {
			t.Errorf("figure %d: text %q measure %q; want %q, %q", i, figs[i].Text, figs[i].Measure, w.text, w.measure)
		}
	}
	if figs[2].Sentence != "2022年全市共谋划项目1031个,总投资4190亿元。" {
		t.Errorf("sentence %q", figs[2].Sentence)
	}
}

// A count's phrase runs on to what it counts, but not into the next number:
// two figures never share one text.
func TestFigureTextStopsAtNextNumber(t *testing.T) {
	for _, c := range []struct{ text, first, next string }{
		{"围绕文旅体服务4个重点领域9个细分行业推出举措。", "4个重点领域", "9个"},
		{"该电厂建有两座843兆瓦的燃气机组。", "两座", "843"},
	} {
		figs := figuresOf(t, c.text, "")
		if len(figs) != 2 || figs[0].Text == figs[1].Text || !strings.HasSuffix(figs[0].Text, c.first) || strings.Contains(figs[0].Text, c.next) {
			t.Errorf("%s: figures %+v", c.text, figs)
		}
	}
}

// TestFiguresSkipFormulaMentions: numerals inside formula names are the
// formula stage's, not figures.
func TestFiguresSkipFormulaMentions(t *testing.T) {
	text := "以“三个一批”活动为牵引,开工10个项目。"
	d := newDoc(text, "", "", builtinRules(t), nil)
	start := strings.Index(text, "三个一批")
	sp := d.Span(start, start+len("三个一批"))
	rec := Record{Text: text, Initiatives: []Initiative{{Name: "三个一批", Mentions: []Mention{{Span: sp}}}}}
	extractFigures(d, &rec)
	if len(rec.Figures) != 1 || rec.Figures[0].Value != 10 {
		t.Errorf("got %+v", rec.Figures)
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"力争全年签约落地亿元以上项目100个以上", "1-10月累计完成投资629.0亿元,占年度计划的97.2%",
		"百分之八、九十", "到2025年底前完成", "2万到25万吨级", "6%-6.5%", "约2800左右的工资", "零八年四万亿"} {
		f.Add(s)
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, s string) {
		norm, err := Normalize(nil, s)
		if err != nil {
			return
		}
		d := newDoc(norm.Text, "", "2021-01-01", r, nil)
		rec := Record{Text: norm.Text}
		extractFigures(d, &rec)
		runes := []rune(rec.Text)
		for _, fig := range rec.Figures {
			if fig.Start < 0 || fig.End > len(runes) || fig.Start > fig.End || string(runes[fig.Start:fig.End]) != fig.Text {
				t.Fatalf("%q: bad span %+v", s, fig)
			}
		}
	})
}

// devTexts reads the dev and seed corpus, normalized, from the sample corpus in testdata.
func devTexts(b *testing.B) []string {
	var out []string
	for _, dir := range []string{"../testdata/corpus/dev", "../testdata/corpus/seeds"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			if n, err := Normalize(nil, string(data)); err == nil {
				out = append(out, n.Text)
			}
		}
	}
	if len(out) == 0 {
		b.Skip("no ../testdata/corpus")
	}
	return out
}

func BenchmarkFigures(b *testing.B) {
	texts := devTexts(b)
	r := builtinRules(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			d := newDoc(t, "", "2022-01-01", r, nil)
			rec := Record{Text: t}
			extractFigures(d, &rec)
		}
	}
}

// yearWords must find what its regular expression finds.
func TestYearWordsAgreesWithItsPattern(t *testing.T) {
	re := regexp.MustCompile(`((?:19|20)\d\d|[零〇一二三四五六七八九]{2,4})\s*年`)
	texts := []string{"2020年2021年", "12022年", "二〇二二年,零八年 2008 年", "一二三四五年", "二〇22年", "1800年", "年年", "20年", "去年、今年和2019\t年",
		"截至2022年底,全市…二零一九年"}
	for _, f := range sampleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		want := re.FindAllStringSubmatchIndex(text, -1)
		got := yearWords(text)
		if fmt.Sprint(got) != fmt.Sprint(want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%.40q: got %v, want %v", text, got, want)
		}
	}
}

// A list whose last member writes the unit shares it, with the powers of ten
// that extend its members' own (100万、120万和130万亿元 are all 万亿元).
func TestListSharesUnitAndScale(t *testing.T) {
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"经济总量连续迈上100万、110万、120万和130万亿元四个台阶。", []float64{1e14, 1.1e14, 1.2e14, 1.3e14}},
		{"分别发放补贴3万、5万和8万元。", []float64{3e4, 5e4, 8e4}},
		{"出口额分别为300亿、400亿、500亿美元。", []float64{3e10, 4e10, 5e10}},
	} {
		var got []float64
		for _, f := range figuresOf(t, c.text, "2025-06-01") {
			if f.Unit == "元" || f.Unit == "美元" {
				got = append(got, f.Value)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: values %v, want %v", c.text, got, c.want)
		}
	}
}
