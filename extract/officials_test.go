package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func peopleDoc(tb testing.TB, text string) *Doc {
	return newDoc(text, "", "", builtinRules(tb), nil)
}

// checkOfficialSpans asserts that every Span slices exactly its Name.
func checkOfficialSpans(t *testing.T, text string, got []Official) {
	t.Helper()
	runes := []rune(text)
	for _, o := range got {
		if o.Start < 0 || o.End > len(runes) || o.Start > o.End || string(runes[o.Start:o.End]) != o.Name {
			t.Errorf("span %v of %q does not slice its name out of the text", o.Span, o.Name)
		}
	}
}

func TestFindOfficials(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want map[string][]string // name → titles
	}{
		{
			name: "chained titles split at 、, titles after a name",
			text: "市委副书记、市长孟庆斌主持会议并讲话，市政协主席徐涛、市人大常委会主任杜德昌出席。",
			want: map[string][]string{"孟庆斌": {"市委副书记", "市长"}, "徐涛": {"市政协主席"}, "杜德昌": {"市人大常委会主任"}},
		},
		{
			name: "reporter in the dateline is not an official",
			text: "本报讯(聊城日报全媒体记者曹天伟)12月5日，全市新旧动能转换重点项目现场观摩总结会议在东昌宾馆召开。市委书记孙爱军出席会议并讲话。市政协主席张旋宇、市委副书记李春田等市领导同志出席。",
			want: map[string][]string{"孙爱军": {"市委书记"}, "张旋宇": {"市政协主席"}, "李春田": {"市委副书记"}},
		},
		{
			name: "collective title before a list",
			text: "代市长史志军主持动员大会。市领导戚寿余、张国梁、赵正兰、赵洪权、李森、周毅、顾坤、王逍霄、唐道伦出席。",
			want: map[string][]string{"史志军": {"代市长"}, "戚寿余": {"市领导"}, "张国梁": {"市领导"}, "赵正兰": {"市领导"},
				"赵洪权": {"市领导"}, "李森": {"市领导"}, "周毅": {"市领导"}, "顾坤": {"市领导"}, "王逍霄": {"市领导"}, "唐道伦": {"市领导"}},
		},
		{
			name: "title after the name, organ before it",
			text: "要深入学习贯彻习近平总书记考察调研山西重要指示精神。认真落实省委林武书记“要素跟著项目走”要求。",
			want: map[string][]string{"习近平": {"总书记"}, "林武": {"省委书记"}},
		},
		{
			name: "place name inside the title, two people in one sentence",
			text: "6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行。武汉市委常委、政法委书记曹裕江，黄石市委副书记、市长吴锦出席会议并讲话。推介会由副市长何运平主持。",
			want: map[string][]string{"曹裕江": {"武汉市委常委", "政法委书记"}, "吴锦": {"黄石市委副书记", "市长"}, "何运平": {"副市长"}},
		},
		{
			name: "collective title with a place before it, list ending in 等",
			text: "黄石市县领导何运平、曹和家、胡敏、万鼎等，市直机关单位主要负责人参加本次活动。",
			want: map[string][]string{"何运平": {"黄石市县领导"}, "曹和家": {"黄石市县领导"}, "胡敏": {"黄石市县领导"}, "万鼎": {"黄石市县领导"}},
		},
		{
			name: "autonomous region titles",
			text: "自治区党委书记、人大常委会主任胡春华，自治区党委常委、自治区副主席潘逸阳，自治区副主席赵双连出席重点项目开工奠基仪式。",
			want: map[string][]string{"胡春华": {"自治区党委书记", "人大常委会主任"}, "潘逸阳": {"自治区党委常委", "自治区副主席"}, "赵双连": {"自治区副主席"}},
		},
		{
			name: "village offices",
			text: "有份联署的大安镇冯家营村监委会主任赵文礼受访时抱怨。大鱼洞村副主任陈发荣称早前曾向镇领导反映。做过村主任、副支书等职务的熊梅秀现时是该村监委会主任，她说。",
			want: map[string][]string{"赵文礼": {"大安镇冯家营村监委会主任"}, "陈发荣": {"大鱼洞村副主任"}, "熊梅秀": {"该村监委会主任"}},
		},
		{
			name: "three titles, the name then 、 and nothing else",
			text: "市委常委、副市长、高新区党工委书记周伟强，区四套班子领导出席仪式。",
			want: map[string][]string{"周伟强": {"市委常委", "副市长", "高新区党工委书记"}},
		},
		{
			name: "title after the name in a headline, 总理",
			text: "关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函",
			want: map[string][]string{"温家宝": {"总理"}},
		},
		{
			name: "speech verbs after a title are not names",
			text: "市委书记强调，要狠抓落实。县长指出，各级要高度重视。市长热线开通。责任编辑：姚建",
			want: map[string][]string{},
		},
		{
			name: "place names holding 省长, 市长 are not people",
			text: "吉林省长春市做了不一样的探索。湖南省长沙市委书记吴桂英出席。市长江大桥建设加快。北京市东城区长安街道召开会议。",
			want: map[string][]string{"吴桂英": {"湖南省长沙市委书记"}},
		},
		{
			name: "name and rank framed by a copula and prose",
			text: "这是制度创新的系统成果，是习近平总书记留给浙江的宝贵精神财富。",
			want: map[string][]string{"习近平": {"总书记"}},
		},
		{
			name: "minority name with a middle dot",
			text: "自治区主席艾尔肯·吐尼亚孜出席会议并讲话。",
			want: map[string][]string{"艾尔肯·吐尼亚孜": {"自治区主席"}},
		},
		{
			name: "shared title for bare names after the first",
			text: "副市长张三丰、李四光出席。",
			want: map[string][]string{"张三丰": {"副市长"}, "李四光": {"副市长"}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findOfficials(peopleDoc(t, c.text))
			checkOfficialSpans(t, c.text, got)
			have := map[string][]string{}
			for _, o := range got {
				have[o.Name] = o.Titles
			}
			if !reflect.DeepEqual(have, c.want) {
				t.Errorf("officials of %q:\n got %v\nwant %v", c.text, have, c.want)
			}
		})
	}
}

// A headline list names people before the body gives their titles: the first
// mention is the headline one, and a name inside a longer name is not a mention.
func TestOfficialsFirstMentionInHeadline(t *testing.T) {
	text := "全市项目建设年动员部署大会暨集中开复工活动举行\n闫晨曦出席并讲话 李云峰主持\n临汾新闻网讯 (记者 张浩) 3月11日，市委书记闫晨曦出席并讲话。市委副书记、市长李云峰主持会议。市领导王云岗、王云出席。"
	got := findOfficials(peopleDoc(t, text))
	checkOfficialSpans(t, text, got)
	runes := []rune(text)
	want := []struct {
		name  string
		start int
	}{
		{"闫晨曦", strings.Index(string(runes), "闫晨曦")},
		{"李云峰", 0},
		{"王云岗", 0},
		{"王云", 0},
	}
	want[0].start = len([]rune(text[:strings.Index(text, "闫晨曦")]))
	want[1].start = len([]rune(text[:strings.Index(text, "李云峰")]))
	want[2].start = len([]rune(text[:strings.Index(text, "王云岗")]))
	want[3].start = len([]rune(text[:strings.Index(text, "王云出席")]))
	if len(got) != len(want) {
		t.Fatalf("got %d officials %v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Name != w.name || got[i].Start != w.start {
			t.Errorf("official %d = %s at %d, want %s at %d", i, got[i].Name, got[i].Start, w.name, w.start)
		}
	}
	for _, o := range got {
		if o.Name == "张浩" {
			t.Errorf("reporter 张浩 taken as an official")
		}
	}
}

// The two seeds with the most officials, through the whole pipeline (one is
// Traditional script): every key name is found, and nothing else.
func TestOfficialsSeeds(t *testing.T) {
	want := map[string][]string{
		"003_e2da83152511a243.txt": {"陈之常", "史志军", "戚寿余", "张国梁", "赵正兰", "赵洪权", "李森", "周毅", "顾坤", "王逍霄", "唐道伦"},
		"004_f9dfd74abd9f6e57.txt": {"闫晨曦", "李云峰", "黄巍", "袁振旭", "郝忠祥", "郭行杰", "闫建国", "王渊", "崔元斌", "王国平",
			"王金珍", "郑步电", "扈新起", "薛凤奎", "张安文", "李建国", "牛少白", "张希亮", "王云", "张潞萍", "胡晓刚", "乔飞鸿",
			"王金龙", "王阿家", "蔡志强", "李云岗", "任耀文", "张瑞萍", "林武", "习近平"},
	}
	texts := peopleCorpus(t, "seeds")
	for file, names := range want {
		text, ok := texts[file]
		if !ok {
			t.Skipf("corpus absent: %s", file)
		}
		got := findOfficials(peopleDoc(t, text))
		checkOfficialSpans(t, text, got)
		var have []string
		for _, o := range got {
			have = append(have, o.Name)
		}
		sort.Strings(have)
		sorted := append([]string(nil), names...)
		sort.Strings(sorted)
		if !reflect.DeepEqual(have, sorted) {
			t.Errorf("%s: officials\n got %v\nwant %v", file, have, sorted)
		}
	}
}

// peopleCorpus returns the normalized text of every document of one folder of
// the sample corpus in testdata (file name → text), or an empty map when it is absent.
func peopleCorpus(tb testing.TB, dir string) map[string]string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", dir, "*"))
	out := map[string]string{}
	if len(files) == 0 {
		return out
	}
	conv, err := NewT2S()
	if err != nil {
		tb.Fatal(err)
	}
	a := NewAnalyzer(builtinRules(tb), conv, nil)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		rec, err := a.Analyze(Input{Source: f, Text: string(data)})
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)] = rec.Text
	}
	return out
}

func TestFindOfficialsDeterministic(t *testing.T) {
	text := "市委书记孙爱军出席会议并讲话。市政协主席张旋宇、市委副书记李春田等市领导同志出席。市领导黄巍、袁振旭出席。"
	a := findOfficials(peopleDoc(t, text))
	for i := 0; i < 5; i++ {
		if b := findOfficials(peopleDoc(t, text)); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d differs: %v vs %v", i, a, b)
		}
	}
}

func FuzzFindOfficials(f *testing.F) {
	for _, s := range []string{
		"市委副书记、市长孟庆斌主持会议并讲话",
		"市领导黄巍、袁振旭、郝忠祥出席。",
		"认真落实省委林武书记“要素跟著项目走”要求",
		"熊梅秀现时是该村监委会主任，",
		"自治区主席艾尔肯·吐尼亚孜·出席",
		"市长\xff李", "、、市领导、", "书记", "·", "市领导王·",
	} {
		f.Add(s)
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(text, "", "", r, nil)
		got := findOfficials(d)
		runes := []rune(text)
		for _, o := range got {
			if o.Start < 0 || o.End > len(runes) || o.Start > o.End {
				t.Fatalf("span %v out of range for %q", o.Span, text)
			}
			if strings.ToValidUTF8(text, "\uFFFD") == text && string(runes[o.Start:o.End]) != o.Name {
				t.Fatalf("span %v slices %q, not %q", o.Span, string(runes[o.Start:o.End]), o.Name)
			}
		}
		_ = findCampaigns(d)
	})
}

// peopleDevTexts returns the normalized texts of the dev corpus, sorted by file name.
func peopleDevTexts(b *testing.B) []string {
	b.Helper()
	m := peopleCorpus(b, "dev")
	if len(m) == 0 {
		b.Skip("corpus absent")
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	texts := make([]string, 0, len(names))
	for _, k := range names {
		texts = append(texts, m[k])
	}
	return texts
}

func BenchmarkOfficials(b *testing.B) {
	r := builtinRules(b)
	var docs []*Doc
	size := 0
	for _, t := range peopleDevTexts(b) {
		docs = append(docs, newDoc(t, "", "", r, nil))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			findOfficials(d)
		}
	}
}

// Names run together in a headline ("张旋宇李春田出席") are mentions of
// officials the body titles.
func TestOfficialsHeadlineRunTogether(t *testing.T) {
	text := "全市新旧动能转换重点项目现场观摩总结会议召开 孙爱军讲话 张旋宇李春田出席\n市委书记孙爱军出席会议并讲话。市政协主席张旋宇、市委副书记李春田等市领导同志出席。"
	got := findOfficials(peopleDoc(t, text))
	checkOfficialSpans(t, text, got)
	line := len([]rune(text[:strings.Index(text, "\n")]))
	if len(got) != 3 {
		t.Fatalf("got %v, want 3 officials", got)
	}
	for _, o := range got {
		if o.End > line {
			t.Errorf("%s first mentioned at %d, want in the headline (before %d)", o.Name, o.Start, line)
		}
	}
}

// A work report's byline: title, one space, the name alone on its line.
func TestOfficialsByline(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"政府工作报告\n——2026年1月27日在山东省第十四届人民代表大会第五次会议上\n山东省省长 周乃翔\n各位代表：", "周乃翔:山东省省长"},
		{"贵州省省长 李炳军\n各位代表：现在，我代表省人民政府，向大会报告工作。", "李炳军:贵州省省长"},
		// the space is no byline when the "name" runs on into a sentence
		{"会议由市长 主持召开。", ""},
	} {
		var got []string
		for _, o := range findOfficials(peopleDoc(t, c.text)) {
			got = append(got, o.Name+":"+strings.Join(o.Titles, "、"))
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: officials %v, want %q", c.text, got, c.want)
		}
	}
}
