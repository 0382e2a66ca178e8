package extract

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tifa-project/tifa/rules"
)

func TestFurnitureLearner(t *testing.T) {
	l := NewFurnitureLearner()
	for i := range 40 {
		text := fmt.Sprintf("某某网消息（晚间新闻）：\n第%d条新闻的正文，内容各不相同。", i)
		if i%20 == 0 {
			text += "\n王毅参加会见。" // a sentence in one article of twenty: content
		}
		if i < 30 {
			text += "\n会议还研究了其他事项。" // a sentence in most articles: learned only past half
		}
		if i < 3 {
			text += "\n扫码看更多" // too rare
		}
		l.Add(Record{URL: "https://news.example.com/a/" + fmt.Sprint(i), Text: text})
	}
	for i := range 5 { // a site of five articles: too few to learn from
		l.Add(Record{Source: "small/a" + fmt.Sprint(i) + ".html", Text: "各位代表：\n正文"})
	}
	var got []string
	for _, ll := range l.Lines() {
		got = append(got, ll.Site+" "+ll.Line)
	}
	want := []string{"news.example.com 某某网消息（晚间新闻）：", "news.example.com 会议还研究了其他事项。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("learned %q, want %q", got, want)
	}
	// The learned rules, passed as a user's furniture.txt, drop the lines
	// whole, and only whole.
	r, err := LoadRules(rules.FS, fstest.MapFS{"furniture.txt": {Data: []byte(l.Rules())}})
	if err != nil {
		t.Fatal(err)
	}
	text := "某某网消息（晚间新闻）：\n会议还研究了其他事项。\n某某网消息（晚间新闻）：今天开会。"
	if got := cleanFurniture(r.furniture, text).Text; got != "某某网消息（晚间新闻）：今天开会。" {
		t.Errorf("cleaned %q", got)
	}
	if r.Version == builtinRules(t).Version {
		t.Error("learned rules must change the rules version")
	}
}

func TestSiteOf(t *testing.T) {
	for _, c := range [][3]string{
		{"https://tv.cctv.com/2024/01/01/x.shtml", "a.jsonl:3", "tv.cctv.com"},
		{"", "corpus/real/cctv.jsonl.gz:12", "corpus/real/cctv.jsonl.gz"},
		{"", "pages/site/a.html", "pages/site"},
		{"", "https://www.gov.cn/x.html", "www.gov.cn"},
	} {
		if got := SiteOf(c[0], c[1]); got != c[2] {
			t.Errorf("SiteOf(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
