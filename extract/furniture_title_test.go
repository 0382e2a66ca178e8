package extract

import "testing"

func TestTrimTitle(t *testing.T) {
	r := builtinRules(t)
	for in, want := range map[string]string{
		// a site, channel or outlet after a separator goes
		"全省经济工作会议召开_财经频道_某某网":         "全省经济工作会议召开",
		"全省经济工作会议召开-某某日报":             "全省经济工作会议召开",
		"全省经济工作会议召开 | 某某网":            "全省经济工作会议召开",
		"全省经济工作会议召开—某某新闻网":            "全省经济工作会议召开",
		"全省经济工作会议召开 - 中国政府网":          "全省经济工作会议召开",
		"全省经济工作会议召开_某某市人民政府":          "全省经济工作会议召开",
		"全省经济工作会议召开_工作动态_某某县发展和改革局":   "全省经济工作会议召开",
		"全省经济工作会议召开【某某网】":             "全省经济工作会议召开",
		"全省经济工作会议召开 - www.example.cn": "全省经济工作会议召开",
		// a subtitle stays
		"奋力谱写中国式现代化山东篇章——习近平总书记在山东考察时的重要讲话引发热烈反响": "奋力谱写中国式现代化山东篇章——习近平总书记在山东考察时的重要讲话引发热烈反响",
		"人民日报社论：团结凝聚力量，奋斗铸就伟业——热烈祝贺全国政协十四届二次会议开幕": "人民日报社论：团结凝聚力量，奋斗铸就伟业——热烈祝贺全国政协十四届二次会议开幕",
		"加快构建新型能源体系——打造坚强智能电网":                    "加快构建新型能源体系——打造坚强智能电网",
		"二十四节气·立夏": "二十四节气·立夏",
		"【在希望的田野上·三夏时节】全国夏粮收获近一成": "【在希望的田野上·三夏时节】全国夏粮收获近一成",
		"国家统计局发布数据——一季度经济运行公报":    "国家统计局发布数据——一季度经济运行公报",
		// an organ's name is a site only after _ or |
		"深化改革开放——访省发展和改革委员会": "深化改革开放——访省发展和改革委员会",
		// hyphens inside names and ranges are not separators
		"人民空军加快歼-35A等新型战机科研试飞":      "人民空军加快歼-35A等新型战机科研试飞",
		"1-2月我国交通运输行业多项指标实现正增长":     "1-2月我国交通运输行业多项指标实现正增长",
		"国务院印发《2024—2025年节能降碳行动方案》": "国务院印发《2024—2025年节能降碳行动方案》",
		// too little would be left
		"通知_某某网": "通知_某某网",
	} {
		if got := r.TrimTitle(in); got != want {
			t.Errorf("TrimTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzTrimTitle(f *testing.F) {
	for _, s := range []string{"标题_某某网", "标题——副标题", "a-b", "【】", "—", "标题【某网】", "x_y_z_网"} {
		f.Add(s)
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := r.TrimTitle(s)
		if len(got) > len(s) {
			t.Errorf("TrimTitle(%q) = %q: longer", s, got)
		}
	})
}
