package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

var shared struct {
	once sync.Once
	a    *extract.Analyzer
	err  error
}

// analyzer builds the full analyzer (rules, t2s, gse) once per test binary.
func analyzer(tb testing.TB) *extract.Analyzer {
	tb.Helper()
	shared.once.Do(func() {
		r, err := extract.LoadRules(rules.FS)
		if err != nil {
			shared.err = err
			return
		}
		conv, err := extract.NewT2S()
		if err != nil {
			shared.err = err
			return
		}
		seg, err := extract.NewGSE(r.Lexicon(), r.Tags())
		if err != nil {
			shared.err = err
			return
		}
		shared.a = extract.NewAnalyzer(r, conv, seg)
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.a
}

// sampleTexts are the plain-text documents of the sample corpus.
func sampleTexts(tb testing.TB) map[string]string {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	if len(files) == 0 {
		tb.Skip("no sample corpus")
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[f] = string(data)
	}
	return out
}

func TestAnalyzeIsDeterministicAndWellFormed(t *testing.T) {
	a := analyzer(t)
	texts := sampleTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r1, err := a.Analyze(extract.Input{Source: n, Text: texts[n]})
		if err != nil {
			t.Fatal(err)
		}
		r2, _ := a.Analyze(extract.Input{Source: n, Text: texts[n]})
		if jsonOf(t, r1) != jsonOf(t, r2) {
			t.Errorf("%s: two analyses differ", n)
		}
		if !utf8.ValidString(r1.Text) || r1.ID == "" || r1.Rules == "" {
			t.Errorf("%s: bad record header %q %q", n, r1.ID, r1.Rules)
		}
	}
}

func BenchmarkPipeline(b *testing.B) {
	a := analyzer(b)
	texts := sampleTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for n, t := range texts {
			if _, err := a.Analyze(extract.Input{Source: n, Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPipelineParallel runs the pipeline on every core (go test -cpu
// 1,2): one Analyzer shared by the goroutines, as corpus uses it. The
// throughput should grow with the cores; garbage is what would stop it.
func BenchmarkPipelineParallel(b *testing.B) {
	a := analyzer(b)
	texts := sampleTexts(b)
	names := make([]string, 0, len(texts))
	size := 0
	for n, t := range texts {
		names = append(names, n)
		size += len(t)
	}
	sort.Strings(names)
	b.SetBytes(int64(size) / int64(len(names)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for i := 0; pb.Next(); i++ {
			n := names[i%len(names)]
			if _, err := a.Analyze(extract.Input{Source: n, Text: texts[n]}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	r, _ := extract.LoadRules(rules.FS)
	seg, err := extract.NewGSE(r.Lexicon(), r.Tags())
	if err != nil {
		b.Fatal(err)
	}
	texts := sampleTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			seg.Cut(t)
		}
	}
}

func jsonOf(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// An unquoted formula label must start and end on word boundaries: the
// segmenter keeps 八个方面军 (an army) and 三大工程局 (a firm) out, which
// character patterns alone take for 八个方面 and 三大工程.
func TestFormulaLabelsEndOnWords(t *testing.T) {
	with := analyzer(t)
	r, err := extract.LoadRules(rules.FS)
	if err != nil {
		t.Fatal(err)
	}
	conv, _ := extract.NewT2S()
	without := extract.NewAnalyzer(r, conv, nil)
	for _, c := range []struct {
		text, want, withoutSeg string
	}{
		{"他参加过八个方面军的会师。", "", "八个方面"},
		{"这是三大工程局承建的项目。", "", "三大工程"},
		{"会议部署了八个方面的工作。", "八个方面", "八个方面"},
		{"全市实施三大工程,推进发展。", "三大工程", "三大工程"},
	} {
		names := func(a *extract.Analyzer) string {
			rec, err := a.Analyze(extract.Input{Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, in := range rec.Initiatives {
				out = append(out, in.Name)
			}
			return strings.Join(out, ",")
		}
		if got := names(with); got != c.want {
			t.Errorf("%s: formulas %q, want %q", c.text, got, c.want)
		}
		if got := names(without); got != c.withoutSeg {
			t.Errorf("%s without the segmenter: formulas %q, want %q", c.text, got, c.withoutSeg)
		}
	}
}

// Sentences of documents the rules were not developed on (a provincial work
// report, CCTV transcripts, a Hong Kong news page), as an audit found them.
func TestUnseenDocumentSentences(t *testing.T) {
	a := analyzer(t)
	analyze := func(text string) extract.Record {
		rec, err := a.Analyze(extract.Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return rec
	}
	figure := func(rec extract.Record, value float64) *extract.Figure {
		for i := range rec.Figures {
			if rec.Figures[i].Value == value {
				return &rec.Figures[i]
			}
		}
		return nil
	}

	// Figures under the sub-headings of a plan section are targets; under the
	// review section, facts.
	report := "一、2025年工作回顾\n（一）经济运行\n全省地区生产总值增长5.5%。\n三、2026年重点工作\n（一）加快建设现代化产业体系\n实施补链强链重点项目1900个,培育120家左右领军企业。\n"
	rec := analyze(report)
	for _, c := range []struct {
		value  float64
		target bool
	}{{5.5, false}, {1900, true}, {120, true}} {
		if f := figure(rec, c.value); f == nil || f.Target != c.target {
			t.Errorf("figure %v: %+v, want target %v", c.value, f, c.target)
		}
	}

	// A figure's phrase starts on a word, not inside one or inside a number.
	rec = analyze("从生产来看,1—2月份规模以上工业增加值同比增长2.4%。全市实施总投资5000万元以上的技改项目3000个。")
	for _, f := range rec.Figures {
		first := []rune(f.Text)[0]
		if f.Value == 2.4 && !strings.HasPrefix(f.Text, "规模以上") {
			t.Errorf("phrase %q starts inside a word", f.Text)
		}
		if f.Value == 3000 && first == '0' {
			t.Errorf("phrase %q starts inside a number", f.Text)
		}
	}

	// Words that hold numerals count nothing; more classifiers count.
	rec = analyze("红十字会组织捐赠,高技术制造业增速保持了两位数增长。中欧班列累计开行超1.4万列,海上发射卫星137颗。")
	if f := figure(rec, 10); f != nil {
		t.Errorf("红十字会 read as a figure: %+v", f)
	}
	if f := figure(rec, 2); f != nil {
		t.Errorf("两位数 read as a figure: %+v", f)
	}
	if f := figure(rec, 14000); f == nil || f.Unit != "列" {
		t.Errorf("1.4万列: %+v", f)
	}
	if f := figure(rec, 137); f == nil || f.Unit != "颗" {
		t.Errorf("137颗: %+v", f)
	}

	// 两个大局 is a formula (head 大局), not a count of two things.
	rec = analyze("统筹中华民族伟大复兴战略全局和世界百年未有之大变局这两个大局,加快构建新发展格局。")
	if len(rec.Initiatives) != 1 || rec.Initiatives[0].Name != "两个大局" || len(rec.Figures) != 0 {
		t.Errorf("两个大局: formulas %v, figures %v", rec.Initiatives, rec.Figures)
	}

	// A winning streak is no formula.
	for _, in := range analyze("全省在全国地方政府工作考核中实现“十一连冠”,粮食生产“五连冠”。").Initiatives {
		t.Errorf("formula %q in a streak", in.Name)
	}

	// Diplomatic offices are offices; an event after a title is no name.
	rec = analyze("中国驻圣保罗总领馆副总领事孙仁安出席活动。本周四,学校举行了数场校长简介会。")
	var names []string
	for _, o := range rec.Officials {
		names = append(names, o.Name)
	}
	if strings.Join(names, ",") != "孙仁安" {
		t.Errorf("officials %v, want [孙仁安]", names)
	}
}

// BenchmarkNewGSE measures the start-up cost every segmenting command pays.
func BenchmarkNewGSE(b *testing.B) {
	r, err := extract.LoadRules(rules.FS)
	if err != nil {
		b.Fatal(err)
	}
	lexicon, tags := r.Lexicon(), r.Tags()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.NewGSE(lexicon, tags); err != nil {
			b.Fatal(err)
		}
	}
}
