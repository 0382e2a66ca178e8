package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func t2s(t testing.TB) Converter {
	t.Helper()
	c, err := NewT2S()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestNormalize(t *testing.T) {
	conv := t2s(t)
	for _, c := range []struct {
		name, in, want, script string
		quality                []string
	}{
		{"traditional to simplified", "市委副書記、市長孟慶斌主持會議並講話", "市委副书记、市长孟庆斌主持会议并讲话", "traditional", nil},
		{"pinyin glosses go before conversion", "臨汾市項目建設(shè)年動員部署大會暨集中開復(fù)工活動舉行", "临汾市项目建设年动员部署大会暨集中开复工活动举行", "traditional", []string{"pinyin-glosses"}},
		{"full-width parenthesis gloss", "項目建設（shè）年", "项目建设年", "traditional", []string{"pinyin-glosses"}},
		{"real parentheses stay", "县(市、区)负责人和临汾经济开发区(ab)", "县(市、区)负责人和临汾经济开发区(ab)", "simplified", nil},
		{"full-width digits fold, Chinese punctuation stays", "苏州高新区投资１２０亿开展２０个重点项目，完成８５％。", "苏州高新区投资120亿开展20个重点项目，完成85%。", "simplified", nil},
		{"whitespace collapses, blank lines go", "  今后,临沂要在这10个方面发力 \n\n\n3月20日上午\u3000\u3000全市 ", "今后,临沂要在这10个方面发力\n3月20日上午 全市", "simplified", nil},
		{"mojibake is flagged, not guessed", "生改善等领域的项目??h级层面要立足资源禀赋", "生改善等领域的项目??h级层面要立足资源禀赋", "simplified", []string{"mojibake"}},
		{"mojibake in traditional text", "生改善等領域的項目??h級層面要立足資源稟賦", "生改善等领域的项目??h级层面要立足资源禀赋", "traditional", []string{"mojibake"}},
		{"a few traditional-looking names stay simplified", "乾县召开会议,部署项目建设", "乾县召开会议,部署项目建设", "simplified", nil},
		// A short text converts on one Traditional-only character: the
		// script label still asks for a share.
		{"short headline", "習近平會見", "习近平会见", "traditional", nil},
		{"two characters", "一個", "一个", "traditional", nil},
		{"one character", "發", "发", "traditional", nil},
		{"one-line quote with phrases", "他說：這裡的頭髮很乾燥，乾隆年間就有了", "他说：这里的头发很干燥，乾隆年间就有了", "traditional", nil},
		{"phrase tables", "經濟發展以後瞭解到鬥爭在雲南", "经济发展以后了解到斗争在云南", "traditional", nil},
		{"one Traditional word in a Simplified text converts, label stays", "会议在北京召开，与会代表认为，推动经济高质量发展需要坚持改革开放，扩大內需。", "会议在北京召开，与会代表认为，推动经济高质量发展需要坚持改革开放，扩大内需。", "simplified", nil},
		// 於, 乾 are Simplified characters too: alone they are no evidence.
		{"shared characters stay in Simplified text", "王於昌荣立一等功，王丙乾同志", "王於昌荣立一等功，王丙乾同志", "simplified", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, err := Normalize(conv, c.in)
			if err != nil {
				t.Fatal(err)
			}
			if n.Text != c.want {
				t.Errorf("text = %q, want %q", n.Text, c.want)
			}
			if n.Script != c.script {
				t.Errorf("script = %q, want %q", n.Script, c.script)
			}
			if strings.Join(n.Quality, ",") != strings.Join(c.quality, ",") {
				t.Errorf("quality = %v, want %v", n.Quality, c.quality)
			}
		})
	}
}

func TestNormalizeInvalidUTF8(t *testing.T) {
	n, err := Normalize(t2s(t), "项目\xff\xfe建设")
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(n.Text) || !strings.Contains(strings.Join(n.Quality, ","), "replacement-chars") {
		t.Errorf("got %q %v", n.Text, n.Quality)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"項目建設(shè)年", "（ab）", "１２％", "??h", "a\xffb", "设(", "设(shè"} {
		f.Add(s)
	}
	conv := t2s(f)
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Normalize(conv, s)
		if err != nil {
			t.Skip()
		}
		if !utf8.ValidString(n.Text) {
			t.Errorf("invalid UTF-8 out of %q", s)
		}
		if strings.Contains(n.Text, "\n\n") || strings.HasPrefix(n.Text, " ") {
			t.Errorf("whitespace not collapsed: %q", n.Text)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	text := devCorpusText(b)
	conv := t2s(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Normalize(conv, text); err != nil {
			b.Fatal(err)
		}
	}
}
