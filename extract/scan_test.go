package extract

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// isoDateRE is the pattern isoDateYears reads by hand.
var isoDateRE = regexp.MustCompile(`((?:19|20)\d\d)-[01]\d-[0-3]\d`)

func isoDateYearsByRegexp(s string) []string {
	var out []string
	for _, m := range isoDateRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestISODateYears(t *testing.T) {
	for _, s := range []string{
		"", "2019-03-23", "发布时间：2019-03-23 10:00", "2019-03-2", "1919-13-01", "x2020-01-019-11-11",
		"2020-01-012021-02-02", "12019-03-23", "2019-03-23-2019-03-23", "----2019--03-23", "2019-19-39",
	} {
		if got, want := isoDateYears(s), isoDateYearsByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("isoDateYears(%q) = %q, regexp gives %q", s, got, want)
		}
	}
}

func FuzzISODateYears(f *testing.F) {
	f.Add("发布时间：2019-03-23 10:00")
	f.Add("2020-01-012021-02-02")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isoDateYears(s), isoDateYearsByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("isoDateYears(%q) = %q, regexp gives %q", s, got, want)
		}
	})
}

// TestIndexAnyWithin checks the bounded search against a search of the
// whole text, on the window limits enumeratedAfter relies on.
func TestIndexAnyWithin(t *testing.T) {
	indexAny := func(s string, subs []string) (int, int) {
		best, l := -1, 0
		for _, sub := range subs {
			if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
				best, l = i, len(sub)
			}
		}
		return best, l
	}
	subs := []string{"第一，", "第一、", "第一,"}
	texts := []string{
		"", "第一，抓认识", "工作。第一、要", strings.Repeat("字", 300) + "第一，", strings.Repeat("a", 641) + "第一,",
		strings.Repeat("a", 640) + "第一,", strings.Repeat("a", 639) + "第一，",
	}
	for _, s := range texts {
		for _, limit := range []int{0, 5, 639, 640, 641, 2999} {
			wi, wl := indexAny(s, subs)
			if wi > limit {
				wi, wl = -1, 0
			}
			if gi, gl := indexAnyWithin(s, subs, limit); gi != wi || gl != wl {
				t.Errorf("indexAnyWithin(%.20q…, %d) = %d, %d; want %d, %d", s, limit, gi, gl, wi, wl)
			}
		}
	}
}

// collapseSpaceByRune is collapseSpace as it was first written, rune by
// rune: the reference for the faster one.
func collapseSpaceByRune(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		line = strings.TrimFunc(line, isSpaceLike)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		space := false
		for _, r := range line {
			if isSpaceLike(r) {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripPinyinGlossesByRune is stripPinyinGlosses as it was first written.
func stripPinyinGlossesByRune(s string) (string, int) {
	if !strings.Contains(s, "(") && !strings.Contains(s, "（") {
		return s, 0
	}
	var b strings.Builder
	n := 0
	prevHan := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if prevHan && (r == '(' || r == '（') {
			if end := glossEnd(s[i+size:]); end > 0 {
				i += size + end
				n++
				continue
			}
		}
		b.WriteString(s[i : i+size])
		prevHan = unicode.Is(unicode.Han, r)
		i += size
	}
	return b.String(), n
}

var spaceSamples = []string{
	"", " ", "\n\n", "  今后,临沂要在这10个方面发力 \n\n\n3月20日上午\u3000\u3000全市 ", "a \u200b b\ufeff\r\nc",
	"项目\xff\xfe建设  \xe8\xa8 x", "\xff", " \xff \xff", "臨汾市項目建設(shè)年動員部署大會暨集中開復(fù)工活動舉行",
	"項目建設（shè）年", "县(市、区)负责人", "建设(shè)(shè)",
}

func TestCollapseSpaceAndGlossesMatchReference(t *testing.T) {
	for _, s := range spaceSamples {
		matchesReference(t, s)
	}
}

// matchesReference checks the fast space and gloss cleaners against the
// rune-by-rune ones.
func matchesReference(t *testing.T, s string) {
	t.Helper()
	if got, want := collapseSpace(s), collapseSpaceByRune(s); got != want {
		t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
	}
	got, gn := stripPinyinGlosses(s)
	want, wn := stripPinyinGlossesByRune(s)
	if got != want || gn != wn {
		t.Errorf("stripPinyinGlosses(%q) = %q, %d; want %q, %d", s, got, gn, want, wn)
	}
}

func FuzzCollapseSpaceAndGlosses(f *testing.F) {
	for _, s := range spaceSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		matchesReference(t, s)
	})
}

func TestSplitLinesMatchesSplitSpans(t *testing.T) {
	for _, s := range []string{"", "\n", "a", "一\n\n二 \n  \n三", "\xe4\n\xb8\n", "末行\n", " \n尾"} {
		checkSplitLines(t, s)
	}
}

func FuzzSplitLines(f *testing.F) {
	f.Add("一\n\n二 \n  \n三")
	f.Add("\xe4\n\xb8\n")
	f.Fuzz(checkSplitLines)
}

func checkSplitLines(t *testing.T, s string) {
	t.Helper()
	got := splitLines(s)
	want := splitSpans(s, func(r rune) bool { return r == '\n' }, false)
	if !slices.Equal(got, want) {
		t.Errorf("splitLines(%q) = %v, splitSpans gives %v", s, got, want)
	}
}

func TestSplitSentencesMatchesSplitSpans(t *testing.T) {
	for _, s := range []string{"", "。", "一。二！”三？」\n四；", "“好。”他说。", "a\n\nb。）", "末句", "\xe3\x80。\xff”"} {
		checkSplitSentences(t, s)
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("一。二！”三？」\n四；")
	f.Add("\xe3\x80。\xff”")
	f.Fuzz(checkSplitSentences)
}

func checkSplitSentences(t *testing.T, s string) {
	t.Helper()
	got := splitSentences(newRuneText(s))
	want := splitSpans(s, isSentenceEnd, true)
	if !slices.Equal(got, want) {
		t.Errorf("splitSentences(%q) = %v, splitSpans gives %v", s, got, want)
	}
}

// splitSpans is the reference splitLines and splitSentences must match: it
// cuts text after each rune for which end is true; keepEnd keeps
// the terminator inside the span (a newline never is). Closing quotes right
// after a terminator stay with the sentence they close.
func splitSpans(text string, end func(rune) bool, keepEnd bool) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !end(r) {
			continue
		}
		stop := i
		if r == '\n' || !keepEnd {
			stop = i - size
		} else {
			for stop < len(text) {
				q, qs := utf8.DecodeRuneInString(text[stop:])
				if !isClosingQuote(q) {
					break
				}
				stop += qs
			}
			i = stop
		}
		if strings.TrimSpace(text[start:stop]) != "" {
			out = append(out, Span{Start: start, End: stop})
		}
		start = i
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, Span{Start: start, End: len(text)})
	}
	return out
}

// TestRuneOffsetMatchesOffsetTable checks Doc.runeOffset against the table
// of every byte it replaced (rune starts counted), over valid texts.
func TestRuneOffsetMatchesOffsetTable(t *testing.T) {
	texts := []string{"", "a", "十大攻坚行动", "2026年，“三个一批”。\n𠀀x"}
	for _, f := range sampleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.ToValidUTF8(string(data), "\ufffd"))
	}
	for _, text := range texts {
		d := newDoc(text, "", "", nil, nil)
		n := -1
		for b := 0; b <= len(text); b++ {
			if b == len(text) || utf8.RuneStart(text[b]) {
				n++
			}
			if got := d.runeOffset(b); got != n {
				t.Fatalf("%.20q: runeOffset(%d) = %d, want %d", text, b, got, n)
			}
		}
	}
}

// deadlineYearRE is the pattern deadlineYears reads by hand.
var deadlineYearRE = regexp.MustCompile(`到\s*((?:19|20)\d\d)\s*年(底|末)?`)

func TestDeadlineYearsMatchesRegexp(t *testing.T) {
	for _, s := range []string{"", "到2025年", "到 2022 年底完成", "到2022年末、到2030年底", "截至2020年", "直到1999年底", "到20251年", "到2025", "到到2025年底底", "到\t2025\r年\n末", "到二〇二五年", "到2025年\xff"} {
		if got, want := deadlineYears(s), deadlineYearRE.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("deadlineYears(%q) = %v, regexp gives %v", s, got, want)
		}
	}
}

func FuzzDeadlineYears(f *testing.F) {
	f.Add("到 2022 年底完成")
	f.Add("到2022年末、到2030年底")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := deadlineYears(s), deadlineYearRE.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("deadlineYears(%q) = %v, regexp gives %v", s, got, want)
		}
	})
}

// checkReadInput checks readInput against the separate tests it replaces.
func checkReadInput(t *testing.T, s string) {
	t.Helper()
	got := readInput(s)
	if got.valid != utf8.ValidString(s) {
		t.Fatalf("readInput(%q).valid = %v", s, got.valid)
	}
	if !got.valid {
		return
	}
	want := inputTraits{valid: true, replacement: strings.ContainsRune(s, '\uFFFD'), folds: foldWidth(s) != s}
	if got != want {
		t.Errorf("readInput(%q) = %+v, want %+v", s, got, want)
	}
}

func TestReadInput(t *testing.T) {
	for _, s := range append(spaceSamples, "２０２５年", "\uFFFD", "a\uFFFD\xff", "Ａ\xff", "\u00a0", "％", "，。（）") {
		checkReadInput(t, s)
	}
}

func FuzzReadInput(f *testing.F) {
	for _, s := range spaceSamples {
		f.Add(s)
	}
	f.Add("\uFFFD２")
	f.Fuzz(checkReadInput)
}

// clauseSubjectByRune is clauseSubject as it was first written, over a
// copy of the clause's runes.
func clauseSubjectByRune(fr *formulaRules, clause string) string {
	rs := []rune(clause)
	for n := 2; n <= 8 && n < len(rs); n++ {
		if !isHan(rs[n-1]) || isNumeralRune(rs[0]) {
			return ""
		}
		if marker := fr.taskMarker(string(rs[n:])); marker != "" {
			if fr.taskMarker(string(rs[:n])) != "" {
				return ""
			}
			return string(rs[:n])
		}
	}
	return ""
}

func checkClauseSubject(t *testing.T, fr *formulaRules, clause string) {
	t.Helper()
	if !utf8.ValidString(clause) {
		return // clauses are cut from normalized text
	}
	if got, want := clauseSubject(fr, clause), clauseSubjectByRune(fr, clause); got != want {
		t.Errorf("clauseSubject(%q) = %q, want %q", clause, got, want)
	}
}

var clauseSamples = []string{"", "沿", "沿黄", "沿黄县要重点围绕", "沿太岳县要", "三县要", "县要", "沿黄县要要", "a沿黄县要", "沿黄县重点抓好项目建设要"}

func TestClauseSubject(t *testing.T) {
	fr := builtinRules(t).formulas
	for _, c := range clauseSamples {
		checkClauseSubject(t, fr, c)
	}
}

func FuzzClauseSubject(f *testing.F) {
	fr := builtinRules(f).formulas
	for _, c := range clauseSamples {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, clause string) { checkClauseSubject(t, fr, clause) })
}

func TestRunesIntValue(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if !isDigit(r) && !isCNNumeral(r) {
			continue
		}
		gv, gok := runesIntValue([]rune{r})
		wv, wok := IntValue(string(r))
		if gv != wv || gok != wok {
			t.Errorf("runesIntValue(%q) = %d, %v; IntValue gives %d, %v", r, gv, gok, wv, wok)
		}
	}
	for _, s := range []string{"十五", "二十", "12", "一二三", "百万"} {
		gv, gok := runesIntValue([]rune(s))
		wv, wok := IntValue(s)
		if gv != wv || gok != wok {
			t.Errorf("runesIntValue(%q) = %d, %v; IntValue gives %d, %v", s, gv, gok, wv, wok)
		}
	}
}

// TestWordHitsMatchSeparateScans checks the joined scan of the figure words
// and the national cues against a scan with each index alone.
func TestWordHitsMatchSeparateScans(t *testing.T) {
	r := builtinRules(t)
	texts := []string{"", "国务院常务会议指出，到2025年全市GDP达到5000亿元，确保完成十四五目标。", "全国人大 中共中央 党中央"}
	for _, f := range sampleFiles(t) {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
		}
	}
	for _, s := range texts {
		d := newDoc(s, "", "", r, nil)
		got := d.wordHits()
		want := r.figures.findWords(d.runes)
		national := make([]int, len(r.places.national))
		r.places.nationalAt.scanRunes(d.runes, func(k, _ int) { national[k]++ })
		if !reflect.DeepEqual(got.figure, want) || !slices.Equal(got.national, national) {
			t.Errorf("%.40q: joined scan finds %+v, %v; separate scans %+v, %v", s, got.figure, got.national, want, national)
		}
	}
}
