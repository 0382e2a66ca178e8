package extract

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var fuzzSeg struct {
	once sync.Once
	g    *GSE
	err  error
}

// FuzzPlans runs the stages that read a document's parts, labels, measures,
// members and tasks over any text, with the segmenter: nothing panics, and
// every figure's and task's offsets slice its own text.
func FuzzPlans(f *testing.F) {
	for _, s := range []string{
		"一、2025年工作回顾\n过去一年，新增企业600家。\n二、2026年工作安排\n今年主要预期目标是：增长5%左右；就业8万人。\n名词解释\n1.“两新”：是指设备更新。",
		"战略性新兴产业、高新技术产业增加值分别增长10%、7.9%。",
		"机器人将巡检效率提升5倍，已安排资金74亿元，全国前十名。",
		"要统筹“产业、人才、资本、技术”四要素。以新能源汽车、锂电池、光伏等“新三样”为代表。",
		"分别", "“”四要素", "一、\n主要预期目标\n是：", "将", "从由分别从",
		"名词解释\n6.“三网融合”：\n指电信网、广播网（有线）和互联网的融合。\n“两纵”指两条通道，包括A通道、B通道2个工程。",
		"内地9市外贸总值（GDP）7.2万亿元，同比增长11%；突破1亿吨大关，新建充电桩3万个。\n（一）医疗卫生方面\n一是8.9万台",
		"（）", "指", "：\n指", "方面",
	} {
		f.Add(s)
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		fuzzSeg.once.Do(func() { fuzzSeg.g, fuzzSeg.err = NewGSE(r.Lexicon(), r.Tags()) })
		if fuzzSeg.err != nil {
			t.Fatal(fuzzSeg.err)
		}
		d := newDoc(text, "", "2026-02-01", r, fuzzSeg.g)
		var rec Record
		rec.Text = text
		extractInitiatives(d, &rec)
		extractFigures(d, &rec)
		extractTasks(d, &rec)
		rs := []rune(text)
		for _, fg := range rec.Figures {
			if fg.Start < 0 || fg.End > len(rs) || fg.Start > fg.End || string(rs[fg.Start:fg.End]) != fg.Text {
				t.Fatalf("figure %q at %v does not slice its text", fg.Text, fg.Span)
			}
		}
		for _, tk := range rec.Tasks {
			if tk.Start < 0 || tk.End > len(rs) || tk.Start > tk.End || !strings.Contains(string(rs[tk.Start:tk.End]), tk.Text) {
				t.Fatalf("task %q at %v does not slice its text", tk.Text, tk.Span)
			}
		}
	})
}
