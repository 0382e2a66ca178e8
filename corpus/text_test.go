package corpus

import (
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	for _, c := range []struct {
		name, in              string
		title, published, url string
		textHas, textLacks    []string
	}{
		{
			name:  "front matter of a news archive",
			in:    "---\ntitle: \"習近平：脫貧攻堅戰全面勝利　屬「人間奇跡」\"\ndate: \"2021-02-25\"\ntags:\n  - \"脫貧\"\nurl: \"https://www.hkcnews.com/article/38548\"\n---\n\n{{< video src=\"https://x/embed/D4\" >}}\n\n中共總書記習近平宣布中國已經成功脫貧。\n",
			title: "習近平：脫貧攻堅戰全面勝利　屬「人間奇跡」", published: "2021-02-25", url: "https://www.hkcnews.com/article/38548",
			textHas:   []string{"中共總書記習近平宣布中國已經成功脫貧。"},
			textLacks: []string{"{{<", "tags:", "---"},
		},
		{
			name:      "markdown headline and inline HTML",
			in:        "### 【开好局 起好步】抓项目 稳生产 北京不断塑造发展新动能\n\n<p><strong>央视网消息</strong>（新闻联播）：新春伊始。<br></p><p>今天（1月31日），北京市2023年首批50个重大项目开工。<br></p>",
			title:     "【开好局 起好步】抓项目 稳生产 北京不断塑造发展新动能",
			textHas:   []string{"央视网消息（新闻联播）：新春伊始。\n", "\n今天（1月31日），北京市2023年首批50个重大项目开工。"},
			textLacks: []string{"<p>", "<strong>", "###"},
		},
		{
			name:    "plain text stays as it is",
			in:      "今后,临沂要在这10个方面发力\n\n3月20日上午\n价格<5%的项目",
			textHas: []string{"今后,临沂要在这10个方面发力\n", "价格<5%的项目"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parseText(c.in)
			if d.Title != c.title || d.Published != c.published || d.URL != c.url {
				t.Errorf("title %q published %q url %q", d.Title, d.Published, d.URL)
			}
			for _, s := range c.textHas {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range c.textLacks {
				if strings.Contains(d.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, d.Text)
				}
			}
		})
	}
}

func FuzzParseText(f *testing.F) {
	f.Add("---\ntitle: x\n---\n正文")
	f.Add("### 标题\n<p>段落<br></p>")
	f.Add("---\n")
	f.Fuzz(func(t *testing.T, s string) { parseText(s) })
}
