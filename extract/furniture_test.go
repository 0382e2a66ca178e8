package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCleanFurniture(t *testing.T) {
	r := builtinRules(t)
	tests := []struct {
		name      string
		text      string
		want      string // the text kept
		title     string
		published Day
		outlet    string
		reporters []string
	}{
		{
			name: "seed 004 byline, editor and copyright",
			text: "临汾市项目建设年动员部署大会暨集中开复工活动举行\n" +
				"2022-03-12 09:44:58 来源:临汾新闻网 浏览次数:\n" +
				"全市项目建设年动员部署大会暨集中开复工活动举行\n" +
				"临汾新闻网讯 (记者 张浩) 3月11日,市委、市政府举行全市项目建设年动员部署大会暨集中开复工活动。\n" +
				"市委、市政府领导班子成员在主会场参加会议。各县(市、区)、临汾经济开发区设分会场。\n" +
				"责任编辑:姚建\n" +
				"版权声明:凡临汾日报、临汾新闻网刊载及发布的各类稿件,未经书面授权,任何媒体、网站或自媒不得转载发布。",
			want: "临汾市项目建设年动员部署大会暨集中开复工活动举行\n" +
				"全市项目建设年动员部署大会暨集中开复工活动举行\n" +
				"临汾新闻网讯 (记者 张浩) 3月11日,市委、市政府举行全市项目建设年动员部署大会暨集中开复工活动。\n" +
				"市委、市政府领导班子成员在主会场参加会议。各县(市、区)、临汾经济开发区设分会场。",
			title:     "临汾市项目建设年动员部署大会暨集中开复工活动举行",
			published: "2022-03-12",
			outlet:    "临汾新闻网",
			reporters: []string{"张浩"},
		},
		{
			name: "seed 003 breadcrumb and byline",
			text: "当前位置: 组织部 考核工作\n" +
				"市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会\n" +
				"时间:2021-09-17 来源:淮安党建网来源: 作者: 字号:[ ]\n" +
				"1.jpg\n" +
				"9月15日上午市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会。",
			want: "市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会\n" +
				"1.jpg\n" +
				"9月15日上午市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会。",
			title:     "市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会",
			published: "2021-09-17",
			outlet:    "淮安党建网",
		},
		{
			name: "seed 000 share bar and related articles at the end",
			text: "今后,临沂要在这10个方面发力\n3月20日上午\n" +
				"会议采取视频形式,各区县、镇街设分会场。市委、市政府领导班子成员,有关部门单位主要负责同志在主会场参加会议。\n" +
				"分享到:\n相关文章:\n临沂召开全市经济工作会议",
			want: "今后,临沂要在这10个方面发力\n3月20日上午\n" +
				"会议采取视频形式,各区县、镇街设分会场。市委、市政府领导班子成员,有关部门单位主要负责同志在主会场参加会议。",
			title: "今后,临沂要在这10个方面发力",
		},
		{
			name: "print and close buttons, view counter cut out",
			text: "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作\n" +
				"2019年2月27日下午,佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉一行到众创金融街进行实地考察调研。\n" +
				"【打印本页】【关闭窗口】\n字体:大 中 小\n返回顶部",
			want: "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作\n" +
				"2019年2月27日下午,佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉一行到众创金融街进行实地考察调研。",
			title: "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作",
		},
		{
			name: "front matter (hkcnews mirror)",
			text: "---\ntitle: \"习近平:脱贫攻坚战全面胜利 属「人间奇迹」\"\ndate: \"2021-02-25\"\nauthor: \"众新闻中国组\"\n---\n" +
				"国家主席习近平今日宣布,中国脱贫攻坚战取得了全面胜利。",
			want:      "国家主席习近平今日宣布,中国脱贫攻坚战取得了全面胜利。",
			title:     "习近平:脱贫攻坚战全面胜利 属「人间奇迹」",
			published: "2021-02-25",
		},
		{
			name: "markdown heading and source link with a dated URL",
			text: "### 浙江衢州:全流程服务产业链 推动高质量发展\n" +
				"今年一季度,服务专班已协调解决了200多个项目建设难题。\n" +
				"[查看原文](https://tv.cctv.com/2023/04/09/VIDEATRE1xnX0nA28S6VI02m230409.shtml)",
			want: "### 浙江衢州:全流程服务产业链 推动高质量发展\n" +
				"今年一季度,服务专班已协调解决了200多个项目建设难题。",
			title:     "浙江衢州:全流程服务产业链 推动高质量发展",
			published: "2023-04-09",
		},
		{
			name: "timestamp, outlet and channel lines above the article, attachments below",
			text: "政府信息公开\n2026年02月10日 07时41分\n某某日报\n" +
				"全省经济工作会议召开\n会议部署了今年的重点工作，推进政务公开。\n推进政务公开\n" +
				"会议要求各地抓好落实。\n会议还研究了其他事项。\n各地要认真贯彻。\n各部门要协同推进。\n相关附件>>\n附件1.pdf",
			want: "全省经济工作会议召开\n会议部署了今年的重点工作，推进政务公开。\n推进政务公开\n" +
				"会议要求各地抓好落实。\n会议还研究了其他事项。\n各地要认真贯彻。\n各部门要协同推进。",
			title:     "全省经济工作会议召开",
			published: "2026-02-10",
		},
		{
			name: "breadcrumb and byline saved one element to a line",
			text: "首页\n>\n政府信息公开\n>\n政府工作报告\n全省经济工作会议召开\n时间：\n2026-02-02 09:20\n来源：\n某某省人民政府\n" +
				"各位代表：\n现在，我代表省人民政府向大会报告工作。",
			want:      "全省经济工作会议召开\n各位代表：\n现在，我代表省人民政府向大会报告工作。",
			title:     "全省经济工作会议召开",
			published: "2026-02-02",
			outlet:    "某某省人民政府",
		},
		{
			name: "content that looks like furniture stays",
			text: "来源于基层的经验做法要及时总结推广,2021年9月17日前报送市委办公室。\n" +
				"会议指出,要把打印本页这样的小事也做细做实。\n" +
				"上一年度全市固定资产投资增长15.3%,高于全省平均水平。",
			want: "来源于基层的经验做法要及时总结推广,2021年9月17日前报送市委办公室。\n" +
				"会议指出,要把打印本页这样的小事也做细做实。\n" +
				"上一年度全市固定资产投资增长15.3%,高于全省平均水平。",
		},
		{
			name: "a related-articles heading near the top drops only itself",
			text: "相关新闻\n" +
				"全市新旧动能转换重点项目现场观摩总结会议召开\n" +
				"本报讯(聊城日报全媒体记者曹天伟)12月5日,全市新旧动能转换重点项目现场观摩总结会议在东昌宾馆召开。\n" +
				"市委书记孙爱军出席会议并讲话。",
			want: "全市新旧动能转换重点项目现场观摩总结会议召开\n" +
				"本报讯(聊城日报全媒体记者曹天伟)12月5日,全市新旧动能转换重点项目现场观摩总结会议在东昌宾馆召开。\n" +
				"市委书记孙爱军出席会议并讲话。",
			title:     "全市新旧动能转换重点项目现场观摩总结会议召开",
			reporters: []string{"曹天伟"},
		},
		{
			name: "reporter on a byline line",
			text: "济宁“十大攻坚行动”,吹响改革攻坚的号角\n齐鲁晚报·齐鲁壹点记者 褚思雨 整理\n" +
				"3月20日,济宁市召开全市“重点工作攻坚年”暨提升干部执行力动员大会。",
			want: "济宁“十大攻坚行动”,吹响改革攻坚的号角\n齐鲁晚报·齐鲁壹点记者 褚思雨 整理\n" +
				"3月20日,济宁市召开全市“重点工作攻坚年”暨提升干部执行力动员大会。",
			title:     "济宁“十大攻坚行动”,吹响改革攻坚的号角",
			reporters: []string{"褚思雨"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cleanFurniture(r.furniture, tt.text)
			if got.Text != tt.want {
				t.Errorf("text:\n%s\nwant:\n%s", got.Text, tt.want)
			}
			if got.Title != tt.title {
				t.Errorf("title %q, want %q", got.Title, tt.title)
			}
			if got.Published != tt.published {
				t.Errorf("published %q, want %q", got.Published, tt.published)
			}
			if got.Outlet != tt.outlet {
				t.Errorf("outlet %q, want %q", got.Outlet, tt.outlet)
			}
			if strings.Join(got.Reporters, ",") != strings.Join(tt.reporters, ",") {
				t.Errorf("reporters %q, want %q", got.Reporters, tt.reporters)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	r := builtinRules(t)
	tests := []struct {
		line      string
		ok        bool
		published Day
		outlet    string
	}{
		{"发布时间:2011-03-25 发布人:admin", true, "2011-03-25", ""},
		{"发布日期:2016-11-22 浏览次数: 信息来源:省发改委", true, "2016-11-22", "省发改委"},
		{"发稿时间:2021/6/9 【 字体:大 中 小 】", true, "2021-06-09", ""},
		{"2011年10月10 来源:www.ebid360.com", true, "2011-10-10", "www.ebid360.com"},
		{"2015-07-04 06:32:44 来源: 本文来源:中国经营报(北京) 作者:李慧敏", true, "2015-07-04", "中国经营报(北京)"},
		{"成文日期:2018年11月19日 发布日期:2018年11月26日", true, "2018-11-26", ""},
		{"2023-04-18", true, "2023-04-18", ""},
		{"2021年9月17日,市委召开全市高质量发展大会。", false, "", ""},
		{"据统计,2020年1月1日以来全市共开工项目120个", false, "", ""},
		{"时间就是效率,2022年3月要全面开工", false, "", ""},
		{"一、会议时间:2021年9月15日上午9:00", false, "", ""},
		{"会议时间:2021年9月15日 地点:市政府第一会议室", false, "", ""},
		{"2020年1月1日 10:00 全市召开重点项目推进会", false, "", ""},
		{"来源:新华网 | 2021-09-17 09:00", true, "2021-09-17", "新华网"},
	}
	for _, tt := range tests {
		b, ok := r.ParseByline(tt.line)
		if ok != tt.ok || b.Published != tt.published || b.Outlet != tt.outlet {
			t.Errorf("%q: got %v %q %q, want %v %q %q", tt.line, ok, b.Published, b.Outlet, tt.ok, tt.published, tt.outlet)
		}
	}
}

func TestDayInURL(t *testing.T) {
	r := builtinRules(t)
	for url, want := range map[string]Day{
		"https://tv.cctv.com/2023/01/31/VIDEETBbwQENGEQYfl3YrsmF230131.shtml": "2023-01-31",
		"http://nb.ifeng.com/a/20200911/14526474_0.shtml":                     "2020-09-11",
		"http://www.gov.cn/zhengce/content/2018-11/26/content_5343341.htm":    "2018-11-26",
		"https://web.archive.org/web/20210414221442/https://www.hkcnews.com/": "",
		"http://example.com/article/38548":                                    "",
	} {
		if got := r.DayInURL(url); got != want {
			t.Errorf("%s: got %q, want %q", url, got, want)
		}
	}
}

func FuzzCleanFurniture(f *testing.F) {
	r := builtinRules(f)
	f.Add("---\ntitle: \"x\"\ndate: \"2021-02-25\"\n---\n正文。")
	f.Add("2022-03-12 09:44:58 来源:临汾新闻网 浏览次数:\n(记者 张浩)\n相关文章:\n")
	f.Add("【打印本页】【关闭窗口】\n字号:[大 中 小]\n上一篇\n")
	f.Add("### 标题\n[查看原文](https://tv.cctv.com/2023/04/09/x.shtml)")
	f.Fuzz(func(t *testing.T, text string) {
		got := cleanFurniture(r.furniture, text)
		if len(got.Text) > len(text) {
			t.Errorf("text grew: %q → %q", text, got.Text)
		}
		if got.Published != "" && ParseDay(string(got.Published)) != got.Published {
			t.Errorf("published %q is not a day", got.Published)
		}
	})
}

func BenchmarkCleanFurniture(b *testing.B) {
	r := builtinRules(b)
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("../testdata/corpus not present")
	}
	var texts []string
	total := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		n, err := Normalize(nil, string(raw))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, n.Text)
		total += len(n.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			cleanFurniture(r.furniture, t)
		}
	}
}

// frontFieldMatchesRegexp checks frontField against the regexp it stands for.
func frontFieldMatchesRegexp(t *testing.T, fr *furnitureRules, line string) {
	t.Helper()
	key, value, ok := fr.frontField(line)
	m := fr.front.FindStringSubmatch(line)
	if ok != (m != nil) || ok && (key != m[1] || value != m[2]) {
		t.Errorf("frontField(%q) = %q, %q, %v; regexp gives %q", line, key, value, ok, m)
	}
}

func TestFrontFieldMatchesRegexp(t *testing.T) {
	fr := builtinRules(t).furniture
	for _, line := range []string{
		`title: "習近平：脫貧攻堅戰全面勝利"`, `date: "2021-02-25"`, `tags:`, `  - "xi jinping"`, `url: "https://a.b/%EF%BF%BD"`,
		`k: ""`, `k: "`, `k:"abc""`, `k:  "a" `, "k:\t\"a\"\r", `k: a "b" c`, `:x`, `k`, `k:`, `K_y:v`, "k: a\nb", "k:\n\"a\"\n",
		`k: " "`, `k: "" "`, "k: \xff\"", `1k: v`, `k : v`,
	} {
		frontFieldMatchesRegexp(t, fr, line)
	}
}

func FuzzFrontField(f *testing.F) {
	fr := builtinRules(f).furniture
	for _, s := range []string{`title: "标题"`, `k: ""`, "k: a\nb", `k:"abc""`, "k:\t \"x\" \r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		frontFieldMatchesRegexp(t, fr, line)
	})
}
