package extract

import (
	"strings"
	"sync"
	"testing"
)

var sharedGSE struct {
	once sync.Once
	seg  *GSE
	err  error
}

// testGSE is the segmenter with the built-in lexicon, built once.
func testGSE(tb testing.TB) *GSE {
	tb.Helper()
	r := builtinRules(tb)
	sharedGSE.once.Do(func() { sharedGSE.seg, sharedGSE.err = NewGSE(r.Lexicon(), r.Tags()) })
	if sharedGSE.err != nil {
		tb.Fatal(sharedGSE.err)
	}
	return sharedGSE.seg
}

// segDoc is a document as the pipeline builds it, with the segmenter.
func segDoc(tb testing.TB, title, text string) *Doc {
	return newDoc(text, title, "", builtinRules(tb), testGSE(tb))
}

// Forms of the place grammar with word boundaries: a place name counts as a
// whole word (or with its organ or parent in one word), never inside another
// name, and national, foreign and round-up news gets no place.
func TestFindPlaceWords(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              Place
	}{
		{"inside a sea's name", "", "红海南部海域发生冲突，红海南部航运受到影响。", Place{}},
		{"time zone", "", "北京时间今天凌晨，比赛在海外举行。北京时间明天还将进行决赛。", Place{}},
		{"university", "", "山东大学举行毕业典礼，山东大学的学生代表发言。", Place{}},
		{"ship", "", "山东舰编队完成训练。山东舰官兵表示。", Place{}},
		{"province and city in one word", "山西太原：推进城市更新", "山西太原推进城市更新，太原市加快老旧小区改造。",
			Place{"山西省", "太原市", ""}},
		{"organ in one word", "", "山东省委召开会议。山东省委书记主持会议，山东全省上下认真贯彻。",
			Place{"山东省", "", ""}},
		{"venue of a national meeting", "座谈会在京举行", "座谈会今天在北京举行。国务院有关部门负责同志出席。", Place{}},
		{"journey's end", "总理结束出访回到北京", "国务院总理在结束对外国的正式访问后，乘包机回到北京。", Place{}},
		{"national headline", "我国钢铁工业增长显著", "今年前5个月，全国钢材产量增长。在北京的一家企业，记者看到卡车排成了队。", Place{}},
		{"two provinces lead", "推动文旅消费", "江苏、湖北认真贯彻全会精神。江苏南京的企业加快出海，湖北武汉的企业也在行动。", Place{}},
		{"named once in passing", "一位老战士的故事", "他17岁入伍，先后参加渡江战役、江西剿匪等战斗。如今他仍坚持宣讲。", Place{}},
		{"local story", "江苏太仓：外资企业加速增资扩产", "江苏太仓聚集超550家德资企业。今年以来，太仓优化营商环境。",
			Place{"江苏省", "苏州市", "太仓市"}},
		{"province story visiting a city", "江苏推进制造业智能化", "制造业大省江苏着力为企业打通赋能堵点。位于苏州昆山的企业加快转型，昆山的另一家企业也在升级。",
			Place{"江苏省", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := findPlace(segDoc(t, tc.title, tc.text)); got != tc.want {
				t.Errorf("findPlace = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// FuzzFindPlace runs the place, name and campaign grammars with the
// segmenter over any text: no panic, and the names' spans slice their text.
func FuzzFindPlace(f *testing.F) {
	for _, s := range []string{
		"江苏太仓聚集超550家德资企业。", "北京时间今天", "山西太原：推进城市更新", "在", "·", "“三年行动”",
		"国家主席张三致电鲍卡·安德拉什", "主席嘎玛泽登宣布", "\xff在北京举行",
	} {
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		d := segDoc(t, title, text)
		_ = findPlace(d)
		runes := []rune(text)
		valid := strings.ToValidUTF8(text, "\uFFFD") == text
		for _, o := range findOfficials(d) {
			if o.Start < 0 || o.End > len(runes) || o.Start > o.End || valid && string(runes[o.Start:o.End]) != o.Name {
				t.Fatalf("official %q at %v in %q", o.Name, o.Span, text)
			}
		}
		for _, c := range findCampaigns(d) {
			if c.Start < 0 || c.End > len(runes) || c.Start > c.End || valid && string(runes[c.Start:c.End]) != c.Name {
				t.Fatalf("campaign %q at %v in %q", c.Name, c.Span, text)
			}
		}
	})
}

// A document cut a sentence at a time, as asked, answers every question as
// the cut of the whole text does: no word spans a line break or a sentence's
// end. (On long texts gse's whole cut may differ now and then, 传统产业 one
// word or two: its path values are float32 and summed over the whole text,
// so ties break otherwise after some thousands of characters; the clause
// cut is the exact one. Texts of over 2,000 bytes are left out here.)
func TestLazyCutIsTheWholeCut(t *testing.T) {
	seg := testGSE(t)
	texts := append(sampleLines(t)[:300:300], "济宁市召开会议。部署十大攻坚行动！\n\n红海南部；山东大学？", "", "。", "\n", "单独")
	for i := 0; i+3 <= 60; i += 3 {
		texts = append(texts, strings.Join(sampleLines(t)[i:i+3], "\n"))
	}
	for _, text := range texts {
		if len(text) > 2000 {
			continue
		}
		d := newDoc(text, "", "", builtinRules(t), seg)
		lazy, whole := d.wordEnds(), words{text: text, ends: wordEnds(seg, text)}
		for i := 0; i <= len(text); i++ {
			if lazy.startsWord(i) != whole.startsWord(i) {
				t.Fatalf("%.40q: startsWord(%d) lazy %v, whole %v", text, i, lazy.startsWord(i), whole.startsWord(i))
			}
			if i < len(text) {
				ls, le := lazy.token(i)
				ws, we := whole.token(i)
				if ls != ws || le != we {
					t.Fatalf("%.40q: token(%d) lazy [%d,%d), whole [%d,%d)", text, i, ls, le, ws, we)
				}
			}
		}
	}
}
