package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	qty "github.com/tifa-project/tifa/extract/quantity"
)

// markerHit is one occurrence of a target or fact marker in the text (bytes).
type markerHit struct {
	start, end int
	kind       string
	deadline   string // for 到2025年: the year (or end of year) it names
}

// figureMaxText is how far (in runes) a figure's text reaches left of its number.
const figureMaxText = 12

// extractFigures finds every quantity of the text, reads its value, unit and
// bounds, and labels it a target (committed or planned) or a fact (reported).
func extractFigures(d *Doc, rec *Record) {
	fr := d.Rules.figures
	if fr == nil {
		return
	}
	text := d.Text
	words := d.wordHits().figure
	ref := referenceYear(d)
	hits := findMarkers(text, words.markers, words.nots, ref)
	secs := d.sections(ref)
	blocked := newSpanIndex(words.pitfalls)
	var mentions []Span
	for _, in := range rec.Initiatives {
		for _, m := range in.Mentions {
			mentions = append(mentions, m.Span)
		}
	}
	mentionIndex := newSpanIndex(mentions)
	money := words.money
	var seenLines []string
	planMode := false
	var plans planScopes
	var numStarts []int // byte offset of each figure's number
	var counts []bool   // whether each figure counts with a classifier
	var unitEnds []int  // byte offset where each figure's unit ends
	for li, line := range d.Lines {
		lineText := text[line.Start:line.End]
		trimmed := strings.TrimSpace(lineText)
		if isHeadingLine(trimmed) {
			planMode = plans.enter(headingLevel(trimmed), endsWithHeadingWord(fr, trimmed))
		}
		ctx := labelContext{planMode: planMode, sec: secs[li], ref: ref}
		// A paragraph repeated word for word (a headline printed twice by the
		// page, once more with the site's name) reports nothing new.
		if !runesAtMost(trimmed, 5) {
			if repeatsLine(seenLines, trimmed) {
				continue
			}
			if runesAtMost(trimmed, 80) {
				seenLines = append(seenLines, trimmed)
			}
		}
		s := text[:line.End]
		// The line's runes as the document's decoding has them.
		t := d.runes
		for k := d.runeOffset(line.Start); k < len(t.r) && int(t.byteOf[k]) < line.End; {
			i, r := int(t.byteOf[k]), t.r[k]
			if !isNumeralStart(r) && !(r == '百' && strings.HasPrefix(s[i:], "百分之")) && !(r == '千' && strings.HasPrefix(s[i:], "千分之")) {
				k++
				continue
			}
			sent := d.SentenceAt(i)
			q, next, ok := fr.readQuantity(s, i, within(money, sent.Start, min(sent.End, len(text))))
			if next <= i {
				next = int(t.byteOf[k+1])
			}
			if ok && !blocked.overlaps(q.numStart, q.numEnd) && !overlapsMention(d, mentionIndex, q.numStart, q.numEnd) && !d.Rules.coverbs.isRank(text, q) &&
				!inQuotedName(text, q) && !isRateBase(text, q) && !isCode(text, q) {
				rec.Figures = append(rec.Figures, fr.makeFigure(d, hits, q, sent, ctx))
				numStarts = append(numStarts, q.numStart)
				counts = append(counts, q.kind == "count")
				unitEnds = append(unitEnds, q.end)
			}
			for k < len(t.r) && int(t.byteOf[k]) < next {
				k++
			}
		}
	}
	fr.alignRespectively(d, rec.Figures, numStarts)
	carryMeasures(d, rec.Figures, numStarts)
	growthOwners(rec.Figures)
	fr.valueClauseMeasures(d, rec.Figures, numStarts)
	possessedMeasures(d, rec.Figures, numStarts)
	fr.topicOwners(d, rec.Figures, numStarts, counts)
	fr.topicActors(d, rec.Figures, numStarts)
	fr.shareClauses(d, rec.Figures, numStarts)
	fr.alignValueLists(d, rec.Figures, numStarts)
	fr.predicatedCounts(d, rec.Figures, numStarts, unitEnds, counts)
	fr.boundedCounts(d, rec.Figures, unitEnds, counts)
}

// boundedCounts keeps in a count's measure the bounded quantity that sorts
// what it counts (70个30亿元以上项目 → 30亿元以上项目, 87万名80岁以上老年人 →
// 80岁以上老年人): the 70 are the projects of that size, not all projects.
func (fr *figureRules) boundedCounts(d *Doc, figs []Figure, unitEnds []int, counts []bool) {
	text := d.Text
	for i := range figs {
		f := &figs[i]
		if !counts[i] || f.Measure == "" {
			continue
		}
		end, ok := fr.boundAfter(text, unitEnds[i])
		if !ok {
			continue
		}
		if noun := counted(f.Measure, text[end:min(len(text), end+len(f.Measure))]); noun != "" && (noun == f.Measure || strings.HasPrefix(f.Measure, "全")) {
			f.Measure = strings.TrimSuffix(f.Measure, noun) + text[unitEnds[i]:end] + noun
		}
	}
}

// predicatedCounts gives a count whose noun is the subject of the rest of
// its clause (35家村镇银行完成改革任务, 6所高职院校入选国家“双高计划”) that
// predicate as a relative clause of its measure: the number counts the
// banks that completed the reform, not all the banks there are
// (完成改革任务的村镇银行). Not a list the count sums up (景海鹏、朱杨柱、桂海潮
// 3名航天员), nor a predicate that links the count to a quantity, compares
// it, holds a number or spreads over several values (分别).
func (fr *figureRules) predicatedCounts(d *Doc, figs []Figure, nums, unitEnds []int, counts []bool) {
	g, ok := d.Seg.(*GSE)
	cr := d.Rules.coverbs
	if !ok || cr == nil {
		return
	}
	text := d.Text
	for i := range figs {
		f := &figs[i]
		if !counts[i] || f.Measure == "" {
			continue
		}
		sent := d.SentenceAt(nums[i])
		// the clause before the number, read at most 40 characters back (a
		// text without stops is read in linear time)
		lo := windowStart(text, sent.Start, nums[i], 40)
		cs := lo + listClauseStart(text[lo:], nums[i]-lo)
		before := strings.TrimSpace(text[cs:nums[i]])
		if strings.ContainsAny(before, "、等") || fr.governedCount(g, cr, before) {
			continue
		}
		pe := predicateEnd(text, unitEnds[i], max(unitEnds[i], min(sent.End, len(text)))) // (a sentence cut in a long run may end inside the quantity)
		if strings.HasPrefix(text[pe:], "、") {
			continue // the object is a list the clause goes on with (展示了人工智能、机器人…)
		}
		rest := text[unitEnds[i]:pe]
		noun := counted(f.Measure, rest)
		// the noun is what the classifier counts, whole (not 人|民), after
		// an owner the text names before the number
		if noun == "" || noun != f.Measure && !strings.HasSuffix(before, strings.TrimSuffix(f.Measure, noun)) || strings.Contains(noun, "的") {
			continue // (a relative clause of its own restricts it already)
		}
		if nws := tagWords(g, noun); !isThingTag(nws[len(nws)-1].tag) || fr.isMeasureWord(nws[len(nws)-1].text) {
			continue // 境外采购商线下, 行业利润: no thing that can act
		}
		switch noun {
		case "国际", "国内", "世界", "全球", "海外":
			continue // 7项国际|领先技术, 400种国际|创新药械: a scope that modifies what follows
		}
		pred := rest[len(noun):]
		if !runesAtMost(pred, 16) || strings.ContainsFunc(pred, unicode.IsDigit) || strings.Contains(pred, "分别") || strings.Contains(pred, "的") ||
			strings.Count(pred, "“") != strings.Count(pred, "”") || endsTimeClause(pred) {
			continue // a quote or a time clause (开通后) that goes on past the clause
		}
		ws := tagWords(g, pred)
		k := 0
		for k < len(ws) && (ws[k].tag == "d" || cr.linksOrCauses(ws[k].text) && !slices.Contains(cr.reporting, ws[k].text)) {
			k++ // 已, 均, 累计, 首次: adverbs and link words before the verb
		}
		if k == len(ws) || ws[k].tag != "v" || fr.isMeasureWord(ws[k].text) || slices.Contains(cr.compares, ws[k].text) ||
			nounThenAdverb(ws[k:]) || slices.ContainsFunc(ws[k+1:], func(w taggedWord) bool { return w.tag == "m" }) || ws[len(ws)-1].tag == "f" {
			// a noun and an adverb after the verb: the verb was a noun's
			// (自动化|育秧生产线正开足马力作业); a number: another count (可容纳近万名…);
			// a locative: a time clause (进入塔架后)
			continue
		}
		ws = ws[k:]
		if n := len(ws); ws[n-1].text == "了" {
			ws = ws[:n-1]
		}
		f.Measure = strings.TrimSuffix(f.Measure, noun) + joinWords(ws) + "的" + noun
	}
}

// governedCount says whether the clause before a count, before, makes the
// count the object of a verb or preposition (推出8条…, 对五起典型案件…,
// 向加沙北部的两家医院…), read back from the number past its bounds: what
// follows the noun is then more of the object, or another verb's. A verb of
// existence (有, 已有) or one that makes the count act (造成, 吸引) does not;
// past a 的, the verbs are a relative clause's and only a preposition counts.
func (fr *figureRules) governedCount(g *GSE, cr *coverbRules, before string) bool {
	for _, b := range fr.before { // 近, 超过, 约
		if t, ok := strings.CutSuffix(before, b.word); ok {
			before = t
			break
		}
	}
	ws := tagWords(g, before)
	relative := false
	for k := len(ws) - 1; k >= 0; k-- {
		w := ws[k]
		switch {
		case w.text == "的":
			relative = true
		case strings.HasSuffix(w.text, "有"), w.text == "吸引", slices.Contains(cr.causatives, w.text):
			return false
		case w.tag == "p", w.text == "将", w.text == "把", w.text == "对", w.text == "向", w.text == "被", w.text == "为":
			return true // prepositions the segmenter tags adverbs as often
		case !relative && (w.tag == "v" || w.tag == "vn") && w.text != "了":
			return true
		}
	}
	return false
}

// isThingTag says whether a segmenter's tag is a noun's that can name a
// thing that acts: nouns, names, abbreviations; not a verbal noun (升空),
// an idiom (不同程度) or a time.
func isThingTag(tag string) bool {
	return tag != "" && tag[0] == 'n' || tag == "j" || tag == "eng"
}

// nounThenAdverb says whether a noun comes right before an adverb in ws:
// a new predicate, whose subject that noun ends.
func nounThenAdverb(ws []taggedWord) bool {
	for j := 1; j < len(ws); j++ {
		if ws[j].tag == "d" && isThingTag(ws[j-1].tag) {
			return true
		}
	}
	return false
}

// endsTimeClause says whether s closes a clause that dates another
// (开通后, 到来之际).
func endsTimeClause(s string) bool {
	return hasAnySuffix(s, []string{"后", "时", "前", "以来", "之际", "期间"})
}

// predicateEnd is where the clause that goes on at i ends: at a phrase
// break other than a quote (入选国家“双高计划”), or at hi.
func predicateEnd(s string, i, hi int) int {
	return breakAt(s, i, hi, isPhraseBreakNotQuote)
}

// counted is the end of the measure m that opens rest, the text right
// after a count's classifier (北京大兴国际机场员工 before 员工在岗 → 员工),
// or "" when rest does not open with any of m.
func counted(m, rest string) string {
	for k := range m {
		if k == 0 || utf8.RuneStart(m[k]) {
			if strings.HasPrefix(rest, m[k:]) {
				return m[k:]
			}
		}
	}
	return ""
}

// topicOwners gives a bare measure word that opens its clause (…，利润总额
// 同比增长13%) the owner the figure before it in the sentence names before its
// own measure word (全国软件业务收入96409亿元 → 全国软件业务利润总额): the
// clauses of a topic chain comment on the topic of the first. The owner is a
// noun phrase of at most ten characters: places, names and nouns, no verb;
// after a count, what it counts (25个能源项目，签约金额约400亿元 → 能源项目
// 签约金额). A measure word that a phrase after its 的 owns (总投资5.2亿元
// 的…项目) keeps it; a count keeps its noun.
func (fr *figureRules) topicOwners(d *Doc, figs []Figure, nums []int, counts []bool) {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return
	}
	text := d.Text
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], &figs[i-1]
		// (an indicator's full name, 社会消费品零售总额, is no topic's part)
		if prev.Sentence != f.Sentence || counts[i] || !fr.isMeasureWord(f.Measure) || !runesAtMost(f.Measure, 5) {
			continue
		}
		if f.Span.End >= len(d.runes.byteOf) || strings.HasPrefix(trimBound(text[d.runes.byteOf[f.Span.End]:]), "的") {
			continue // 总投资5.2亿元的…项目: the phrase after 的 owns it
		}
		sent := d.SentenceAt(nums[i])
		cs := clauseStart(text, sent.Start, nums[i])
		clause := strings.TrimSpace(text[cs:nums[i]])
		opens := strings.HasPrefix(clause, f.Measure)
		if cr := d.Rules.coverbs; cr != nil && !opens {
			for _, v := range cr.reporting { // …，实现利润总额5250亿元: the topic reports on
				if rest, ok := strings.CutPrefix(clause, v); ok {
					opens = strings.HasPrefix(rest, f.Measure)
					break
				}
			}
		}
		if cs <= sent.Start || nums[i-1] >= cs || !opens {
			continue
		}
		owner := prev.Measure
		share := isShareWord(d.Rules.coverbs, f.Measure)
		if share && (strings.Contains(owner, "占") || isShareWord(d.Rules.coverbs, owner)) {
			continue // a share of a share (…占总发电量的比重，占比…) is no measure of its own
		}
		switch {
		case share:
			// a share is of what the figure before measured (新能源汽车年产量
			// 增至82万辆、占比达到45%), counted or not
		case counts[i-1]:
			// a sum of what a count counts (25个能源项目，签约金额约400亿元);
			// not a size or trade (15个省份，全长…; 240个国家，进出口…)
			if !isPossessedMeasure(f.Measure) && !isSumOfCounted(f.Measure) {
				continue
			}
		default:
			w := fr.measureWordIn(prev.Measure, true)
			if owner, ok = strings.CutSuffix(prev.Measure, w); w == "" || !ok {
				continue
			}
		}
		limit := 10
		if share {
			limit = 14 // 民营企业船舶出口, the whole measure before
		}
		if owner == "" || !runesAtMost(owner, limit) || !share && fr.isMeasureWord(owner) {
			continue
		}
		// nouns; a share's owner is the whole measure before it, verbs and
		// all (民营企业船舶出口296.5亿元，占比超四成 → 民营企业船舶出口占比)
		if !share && slices.ContainsFunc(tagWords(g, owner), func(w taggedWord) bool {
			return (!isNounTag(w.tag) || w.tag == "vn") && w.text != "以上" && w.text != "以下" // (规模以上文化企业)
		}) {
			continue
		}
		old := f.Measure
		f.Measure = owner + old
		// the comparisons after it carried the measure before it had its owner
		// (…，实现利润总额5250亿元，比上年同期增长8.9%)
		for j := i + 1; j < len(figs) && figs[j].Sentence == f.Sentence && figs[j].Measure == old; j++ {
			figs[j].Measure = f.Measure
		}
	}
}

// isRateBase says whether a quantity is the one unit of money an exchange
// rate is quoted for (155日元兑1美元, 1美元兑换161.93日元): the rate is the
// other sum.
func isRateBase(text string, q quantity) bool {
	return q.kind == "money" && q.value == 1 && q.max == 0 &&
		(strings.HasSuffix(text[:q.numStart], "兑") || strings.HasPrefix(text[q.end:], "兑"))
}

// isCode says whether the number of q is written with a leading zero
// (低轨07组卫星, 千帆极轨01组): a serial that names a batch, not a quantity.
func isCode(text string, q quantity) bool {
	n := text[q.numStart:q.numEnd]
	return len(n) > 1 && n[0] == '0' && isDigitRune(rune(n[1]))
}

// inQuotedName says whether a quantity stands inside a short quoted name
// (出台“新九条”, 制定实施“26条”, “3个100万”): a numeral inside a name is no
// figure (GUIDELINES: except numerals inside formula names).
func inQuotedName(text string, q quantity) bool {
	open := strings.LastIndex(text[max(0, q.numStart-4*utf8.UTFMax):q.numStart], "“")
	if open < 0 {
		return false
	}
	open += max(0, q.numStart-4*utf8.UTFMax)
	rest := text[q.numStart:min(len(text), q.end+4*utf8.UTFMax)]
	close := strings.Index(rest, "”")
	if close < 0 || strings.Contains(text[open:q.numStart], "”") {
		return false
	}
	return utf8.RuneCountInString(text[open:q.numStart+close]) <= 9 // “ and up to eight characters
}

// carryMeasures gives a figure whose own clause names nothing the measure of
// the figure before it in the sentence, when only linking words stand
// between them: in 社会消费品零售总额完成120亿元，同比增长8.5%, the growth is
// the total's.
func carryMeasures(d *Doc, figs []Figure, nums []int) {
	cr := d.Rules.coverbs
	if cr == nil {
		return
	}
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], &figs[i-1]
		if f.Measure != "" || prev.Measure == "" || f.Sentence != prev.Sentence {
			continue
		}
		// 38家医院中25家: a part of what the count before counted, whose
		// noun ends the stretch between them
		if between := d.Text[nums[i-1]:nums[i]]; isPartitive(between, prev.Measure) {
			f.Measure = prev.Measure
			continue
		}
		// the figure's own text may reach back over the one before (全国比重
		// 由4.1%提升至|4.3%): what stands between their numbers decides, for
		// two values of one unit
		if f.Span.Start < prev.Span.End && f.Unit != prev.Unit {
			continue
		}
		from := int(d.runes.byteOf[min(prev.Span.End, len(d.runes.byteOf)-1)])
		if prev.Span.End >= len(d.runes.byteOf) || from > nums[i] {
			continue
		}
		if between := d.Text[from:nums[i]]; cr.onlyLinks(between) {
			f.Measure = prev.Measure + ratioOf(cr, between)
		}
	}
}

// growthOwners names what a bare rate of growth is of, from the figure
// before it in its sentence: …累计进出口货值2.7万亿元，年均增幅超10% → the
// rate at which 进出口货值 grew; …核心CPI同比上涨0.9%，涨幅比上月扩大0.1个
// 百分点 → a change of 核心CPI涨幅.
func growthOwners(figs []Figure) {
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], &figs[i-1]
		word := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(f.Measure, "年均"), "平均"), "同比")
		if f.Sentence != prev.Sentence || prev.Measure == "" || !isGrowthWord(word) || isGrowthWord(prev.Measure) || strings.Contains(f.Text, "分别") {
			continue // (分别: the rates are of several things, which 分别 aligns)
		}
		switch f.Unit {
		case "%":
			f.Measure = prev.Measure
		case "百分点":
			f.Measure = prev.Measure + word
		}
	}
}

// isGrowthWord says whether w names a rate of change alone (增幅, 涨幅).
func isGrowthWord(w string) bool {
	switch w {
	case "增幅", "增速", "涨幅", "降幅", "跌幅", "增长率", "增长幅度":
		return true
	}
	return false
}

// isPartitive says whether between, from the number of a count to the next,
// makes the second a part of the first: it ends with what the first counts
// and 中 (38家医院中|25家, 10个项目中有|3个), in a dozen characters.
func isPartitive(between, measure string) bool {
	s := strings.TrimRight(between, "，, ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "有"), "，")
	for _, c := range []string{"之中", "当中", "中"} {
		if t, ok := strings.CutSuffix(s, c); ok {
			return runesAtMost(s, 12) && strings.HasSuffix(t, lastWordOf(measure))
		}
	}
	return false
}

// lastWordOf is the last two characters of m, or m when shorter: enough
// to tell that a stretch ends with the noun m ends with.
func lastWordOf(m string) string {
	r := []rune(m)
	return string(r[max(0, len(r)-2):])
}

// perUnitCut drops the unit a price is quoted per from the end of the
// stretch before the number (黄金价格突破每盎司|2900美元, 每吨, 每桶).
func perUnitCut(s string) string {
	for {
		k := strings.LastIndex(s, "每")
		if k < 0 || k+len("每") == len(s) || !runesAtMost(s[k:], 3) || strings.ContainsFunc(s[k+len("每"):], func(r rune) bool { return !isHan(r) }) {
			return s // not 每亩单产, whose unit a measure follows
		}
		s = s[:k] // 每生每年
	}
}

// valueClauseMeasures gives a figure whose own clause only links
// (…，同比增长3%) the subject of the clause before it when that clause gives
// the subject a value that is no figure (快递发展指数达478.1，同比增长3%: an
// index has no unit).
func (fr *figureRules) valueClauseMeasures(d *Doc, figs []Figure, nums []int) {
	cr := d.Rules.coverbs
	if cr == nil {
		return
	}
	text := d.Text
	for i := range figs {
		if figs[i].Measure != "" {
			continue
		}
		sent := d.SentenceAt(nums[i])
		cs := clauseStart(text, sent.Start, nums[i])
		if cs <= sent.Start || !cr.onlyLinks(text[cs:nums[i]]) {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(text[:cs])
		pe := cs - size
		ps := clauseStart(text, sent.Start, pe)
		for _, link := range []string{"达到", "为", "达", "是"} {
			k := strings.Index(text[ps:pe], link)
			if k <= 0 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[ps+k+len(link):]); !isDigitRune(r) {
				continue
			}
			if m := fr.measurePhrase(d, cr.measureText(d, text[ps:ps+k]), ps+k, false, false, true, false); m != "" {
				figs[i].Measure = cleanMeasure(d, m)
			}
			break
		}
	}
}

// trimDatePrefix drops a date or span of time that opens s (2023年, 3月份,
// 5年来, 前10个月), and the period of a series given period by period
// (一季度…增长5.4%，二季度增长5.2%; …增长5.5%，今年一季度增长5.6%).
func trimDatePrefix(s string) string {
	s = trimPeriodPrefix(s)
	t := strings.TrimPrefix(s, "前")
	i := 0
	for i < len(t) && isASCIIDigit(t[i]) {
		i++
	}
	if i == 0 {
		// 两年前, 三个月后: a span of Chinese numerals back or on
		for i < len(t) {
			r, size := utf8.DecodeRuneInString(t[i:])
			if !isNumeralRune(r) {
				break
			}
			i += size
		}
		if i == 0 {
			return s
		}
		for _, u := range []string{"年前", "年后", "个月前", "个月后", "天前", "天后"} {
			if rest, ok := strings.CutPrefix(t[i:], u); ok {
				return strings.TrimLeft(rest, "，,、 ")
			}
		}
		return s
	}
	for _, u := range []string{"年以来", "年来", "个月来", "个月", "月份", "年", "月", "日"} {
		if rest, ok := strings.CutPrefix(t[i:], u); ok {
			return strings.TrimLeft(rest, "，,、 ")
		}
	}
	return s
}

// trimPeriodPrefix drops the words of a period that open s: a year named
// relatively (今年, 去年, 全年), a half (上半年), a quarter or months of
// Chinese numerals (二季度, 第三季度, 前三季度, 前两个月, 一至五月).
func trimPeriodPrefix(s string) string {
	for _, y := range []string{"今年", "去年", "上年", "当年", "全年", "明年"} {
		if t, ok := strings.CutPrefix(s, y); ok {
			s = t
			break
		}
	}
	for _, h := range []string{"上半年", "下半年", "上半月", "下半月"} {
		if t, ok := strings.CutPrefix(s, h); ok {
			return strings.TrimLeft(t, "，,、 ")
		}
	}
	t := strings.TrimPrefix(strings.TrimPrefix(s, "前"), "第")
	i := 0
	for i < len(t) {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !isNumeralRune(r) && r != '至' && r != '—' && r != '-' {
			break
		}
		i += size
	}
	if i == 0 {
		return s
	}
	for _, u := range []string{"季度", "个季度", "个月", "月份", "月"} {
		if rest, ok := strings.CutPrefix(t[i:], u); ok {
			return strings.TrimLeft(rest, "，,、 ")
		}
	}
	return s
}

// possessedMeasures names whose a bare measure is when its clause opens with
// it right after a figure in the same sentence: 建设“四单合一”产业项目3800个，
// 总投资1万亿元以上 → “四单合一”产业项目总投资.
func possessedMeasures(d *Doc, figs []Figure, nums []int) {
	text := d.Text
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], &figs[i-1]
		// (not after a measure of its own: 产量达到200亿立方米、投资超120亿元)
		if !isPossessedMeasure(f.Measure) || prev.Measure == "" || prev.Sentence != f.Sentence ||
			endsWithPossessed(prev.Measure) ||
			strings.Contains("量率数额值价长宽", lastRune(prev.Measure)) {
			continue
		}
		sent := d.SentenceAt(nums[i])
		cs := clauseStart(text, sent.Start, nums[i])
		if cs <= sent.Start || nums[i-1] >= cs || !strings.HasPrefix(strings.TrimSpace(text[cs:nums[i]]), f.Measure) {
			continue
		}
		f.Measure = prev.Measure + f.Measure
	}
}

// topicActors gives a measure read as the object of the verb that opens its
// clause (…，打掉犯罪团伙近600个) the actor of the figure before it in the
// sentence, when that one names it before its own verb (全国公安经侦部门破获
// 保险诈骗案件 → 全国公安经侦部门打掉犯罪团伙): the clauses of a topic chain
// share their subject.
func (fr *figureRules) topicActors(d *Doc, figs []Figure, nums []int) {
	g, ok := d.Seg.(*GSE)
	cr := d.Rules.coverbs
	if !ok || cr == nil {
		return
	}
	text := d.Text
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], &figs[i-1]
		if prev.Sentence != f.Sentence || f.Measure == "" || prev.Measure == "" {
			continue
		}
		sent := d.SentenceAt(nums[i])
		cs := clauseStart(text, sent.Start, nums[i])
		if cs <= sent.Start || nums[i-1] >= cs {
			continue
		}
		if !runesAtMost(text[cs:nums[i]], 40) {
			continue
		}
		ws := tagWords(g, cr.stripLinks(strings.TrimSpace(text[cs:nums[i]])))
		k := 0
		for k < len(ws) && (ws[k].tag == "d" || ws[k].tag == "t" || fr.isMarker(ws[k].text, markFact)) {
			k++
		}
		reports := k < len(ws) && slices.Contains(cr.reporting, ws[k].text) // 实现旅游总花费: the verb reports, the actor owns
		if k >= len(ws)-1 || ws[k].tag != "v" || cr.linksOrCauses(ws[k].text) && !reports || joinWords(ws[k+1:]) != f.Measure {
			continue
		}
		pws := tagWords(g, prev.Measure)
		v := slices.IndexFunc(pws, func(w taggedWord) bool { return w.tag == "v" })
		if v <= 0 {
			continue
		}
		actor := namedSubject(pws[:v])
		if actor == "" || actor != joinWords(pws[:v]) || strings.HasPrefix(f.Measure, actor) {
			continue
		}
		if reports {
			f.Measure = actor + f.Measure
		} else {
			f.Measure = actor + ws[k].text + f.Measure
		}
	}
}

// shareClauses gives a percentage whose clause only says what it is a share
// of (…，占全社会总发电量的12.78%) the measure of the figure before it in the
// sentence as the share's subject: 风电发电量占全社会总发电量比重.
func (fr *figureRules) shareClauses(d *Doc, figs []Figure, nums []int) {
	cr := d.Rules.coverbs
	if cr == nil {
		return
	}
	text := d.Text
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], &figs[i-1]
		if prev.Sentence != f.Sentence || f.Unit != "%" || prev.Measure == "" || !runesAtMost(prev.Measure, 16) {
			continue
		}
		sent := d.SentenceAt(nums[i])
		cs := clauseStart(text, sent.Start, nums[i])
		if cs <= sent.Start || nums[i-1] >= cs || !runesAtMost(text[cs:nums[i]], 24) {
			continue
		}
		clause := strings.TrimSpace(text[cs:nums[i]])
		for _, b := range fr.before { // 近, 超过: a bound before the number
			if t, ok := strings.CutSuffix(clause, b.word); ok {
				clause = t
				break
			}
		}
		base, ok := strings.CutPrefix(cr.stripLinks(clause), "占")
		if !ok || strings.HasPrefix(base, "比") || strings.Contains(f.Measure, "占") {
			continue // 占比达到45%, …占GDP的比重: the clause names its measure
		}
		base = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(base, "比重"), "比例"), "的")
		if base == "" || !runesAtMost(base, 14) || strings.ContainsAny(base, "，,、的") || strings.HasPrefix(prev.Measure, base) {
			continue // a share of itself, or a base that is a clause of its own
		}
		f.Measure = prev.Measure + "占" + base + "比重"
	}
}

// isShareWord says whether m names a share (占比, 覆盖率, 比重: ratio words of
// rules/measure_links.txt, and measures that end in 比 or 率).
func isShareWord(cr *coverbRules, m string) bool {
	return strings.HasSuffix(m, "比") || strings.HasSuffix(m, "率") || cr != nil && slices.Contains(cr.ratios, m)
}

// isSumOfCounted says whether m is a sum that the things a count counts
// make up (签约金额, 销售额 of 25个项目, 2702万台家电).
func isSumOfCounted(m string) bool {
	switch m {
	case "金额", "签约金额", "销售额", "成交额", "交易额":
		return true
	}
	return false
}

// isPossessedMeasure says whether m is a measure that is always some
// thing's (总投资, 总面积, 余额): alone at the head of a clause after a
// figure, it is that figure's thing's.
func isPossessedMeasure(m string) bool {
	switch m {
	case "总投资", "投资", "总额", "总量", "总规模", "规模", "总面积", "面积", "总里程", "里程", "总产值", "产值", "余额":
		return true
	}
	return false
}

// endsWithPossessed says whether m ends with a possessed measure.
func endsWithPossessed(m string) bool {
	for k := range m {
		if k > 0 && isPossessedMeasure(m[k:]) {
			return true
		}
	}
	return isPossessedMeasure(m)
}

// namesPeople says whether a noun names people by the morpheme it ends
// with (代表, 民众, 嫌疑人, 官员, 选手, 士兵, 儿童, 骨干).
func namesPeople(w string) bool {
	return strings.ContainsAny(lastRune(w), "人员众民者士兵生手官表属童工农客干") // (骨干, 干部)
}

// isPeopleInGeneral says whether w names people in general (人员, 群众),
// who are told apart by what is done for them (转移群众, 安置农民).
func isPeopleInGeneral(w string) bool {
	switch w {
	case "人员", "群众", "民众", "农民", "居民":
		return true
	}
	return false
}

// ratioOf is the comparison that names a share of what the figure before
// measured (…经济总量达到4万亿元、占全省比重达61.3% → 经济总量占全省比重),
// as the ratio words of rules/measure_links.txt make it one; else "".
func ratioOf(cr *coverbRules, between string) string {
	s := strings.Trim(dropBracketed(between), "，,、 ")
	if !hasAnyPrefix(s, cr.compares) {
		return ""
	}
	for _, r := range cr.ratios {
		if k := strings.Index(s, r); k >= 0 && !strings.ContainsAny(s[:k], "，,、；;：:") {
			return s[:k+len(r)]
		}
	}
	return ""
}

// onlyLinks says whether s holds nothing but punctuation and the linking
// words of rules/measure_links.txt (，同比增长, 、比上年下降).
func (cr *coverbRules) onlyLinks(s string) bool {
	s = strings.Trim(dropBracketed(s), "，,、 ")
	if rest, ok := strings.CutPrefix(s, "/"); ok {
		// 394.7公斤/亩，同比增长: the rest of a compound unit
		k := strings.IndexAny(rest, "，,、")
		if k < 0 || utf8.RuneCountInString(rest[:k]) > 4 {
			return false
		}
		s = strings.Trim(rest[k:], "，,、 ")
	}
	// 975.9亿元人民币，环比增长: the currency of the sum before
	s = strings.TrimLeft(strings.TrimPrefix(s, "人民币"), "，,、 ")
	// …，2023年达到3396.9万人, …，5年来年均增长4.9%: the date of the value
	s = trimDatePrefix(s)
	// …，由此前的1.70%调整为…: the earlier value of a change, read from the
	// clause before
	for _, w := range []string{"由", "从"} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			for _, t := range []string{"此前", "目前", "现行", "原来", "之前"} {
				if r, ok := strings.CutPrefix(rest, t); ok {
					s = strings.TrimPrefix(r, "的")
					break
				}
			}
			break
		}
	}
	// …，与2026年相比增长约三分之一: the base of a comparison framed by 相比
	for _, w := range []string{"与", "和", "同", "跟"} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			if k := strings.Index(rest, "相比"); k > 0 && runesAtMost(rest[:k], 12) && !strings.ContainsAny(rest[:k], "，,、；;") {
				s = strings.TrimLeft(rest[k+len("相比"):], "，,、 ")
			}
			break
		}
	}
	// 突破1万亿元大关，同比增长: the threshold the figure before reached
	for _, w := range cr.marks {
		if t, ok := strings.CutPrefix(s, w); ok {
			s = strings.Trim(t, "，,、 ")
			break
		}
	}
	for s != "" {
		if hasAnyPrefix(s, cr.compares) {
			// 、高于全国, 占社会消费品零售总额的比重达到: the base of a
			// comparison, up to the number
			return utf8.RuneCountInString(s) <= 20 && !strings.ContainsAny(s, "，,、；;：:")
		}
		next := s
		for _, w := range cr.links {
			if w != "" && strings.HasPrefix(s, w) {
				next = s[len(w):]
				break
			}
		}
		if next == s {
			return false
		}
		s = strings.TrimLeft(next, "，,、 ") // 亿元人民币，环比增长
		s = strings.TrimPrefix(s, "人民币")   // ，约合人民币: the currency of the sum after
	}
	return true
}

// peopleByVerb is what a count of people that ends its clause measures when
// only a verb comes before it: what they do (出席2762人, 新增就业3000人; not a
// causative, 造成41人死亡, nor 投入2000人的团队, where more follows).
func peopleByVerb(d *Doc, q quantity, span string) string {
	g, ok := d.Seg.(*GSE)
	if !ok || q.kind != "count" || span == "" {
		return ""
	}
	if !countsPeople(q) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(d.Text[q.end:]); q.end < len(d.Text) && !isPhraseBreak(r) {
		return ""
	}
	ws := tagWords(g, span)
	for len(ws) > 1 && (ws[0].tag == "t" || ws[0].tag == "m" || slices.Contains(d.Rules.coverbs.reporting, ws[0].text)) {
		ws = ws[1:] // 全年(实现)新增就业: the time, and a verb that reports the total, are not what they do
	}
	m := joinWords(ws)
	if n := utf8.RuneCountInString(m); n < 2 || n > 4 || strings.ContainsFunc(m, isNumeralRune) {
		return ""
	}
	for _, w := range ws {
		if w.tag != "v" && w.tag != "vn" || slices.Contains(d.Rules.coverbs.causatives, w.text) {
			return ""
		}
	}
	return m
}

// coordinatedSpan is span, a measure's stretch that opens its clause at
// byte cs, with the items coordinated before it by 、 (国家一级图书馆、博物馆、
// 文化馆数量达293家 counts all three): items without figures of their own
// (digits), twenty characters in all at most.
func coordinatedSpan(d *Doc, cs int, span string) string {
	text := d.Text
	if span == "" || !strings.HasPrefix(text[cs:], span) || strings.Contains(span, "的") {
		return span // (扬州三地的…大桥全长: the list is inside a modifier)
	}
	if g, ok := d.Seg.(*GSE); ok {
		if _, tag := g.FirstWord(span); tag == "v" {
			return span // 建设道路、维修桥梁里程: verb phrases, not measures
		}
	}
	from := cs
	for {
		before, ok := strings.CutSuffix(text[:from], "、")
		if !ok {
			break
		}
		k := len(before)
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(before[:k])
			if isPhraseBreak(r) || r == ' ' {
				break
			}
			k -= size
		}
		item := before[k:]
		if item == "" || strings.ContainsFunc(item, isDigitRune) || utf8.RuneCountInString(text[k:cs])+utf8.RuneCountInString(span) > 20 {
			break
		}
		if g, ok := d.Seg.(*GSE); ok {
			// measures coordinated are noun phrases: in an item with a verb
			// (累计开通国内、国际及地区航线) the list begins after it, unless
			// no noun is left (设置速度滑冰、…, 途经武广高铁、时速)
			ws := tagWords(g, item)
			if v := slices.IndexFunc(ws, func(w taggedWord) bool { return w.tag == "v" || w.tag == "p" }); v >= 0 {
				last := v
				for j := v; j < len(ws); j++ {
					if ws[j].tag == "v" || ws[j].tag == "p" {
						last = j
					}
				}
				if rest := ws[last+1:]; len(rest) > 0 && !slices.ContainsFunc(rest, func(w taggedWord) bool { return !isNounTag(w.tag) && w.tag != "s" && w.tag != "b" }) {
					from = k + len(item) - len(joinWords(rest))
				}
				break
			}
		}
		from = k
	}
	return text[from:cs] + span
}

// dropBracketed is s without what stands in brackets (7.4万套（间）).
func dropBracketed(s string) string {
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}} {
		for {
			i := strings.Index(s, b[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], b[1])
			if j < 0 {
				break
			}
			s = s[:i] + s[i+j+len(b[1]):]
		}
	}
	return s
}

// nounPhraseAfter is the longest opening of s, up to twelve characters, that
// ends with a noun and holds no verb (but one that opens it and modifies the
// noun ending the clause), adverb, particle, preposition or conjunction
// (盐碱地/z 水稻/n, 人民币国债), or "".
func nounPhraseAfter(g *GSE, s string) string {
	return nounPhraseEnding(g, s, func(ws []taggedWord, k int) bool { return ws[k].tag == "n" || ws[k].tag == "nz" })
}

// nounPhraseEnding is nounPhraseAfter with the tags of the words that may
// end the phrase.
func nounPhraseEnding(g *GSE, s string, ends func(ws []taggedWord, k int) bool) string {
	best, n := "", 0
	var b strings.Builder
	words := tagWords(g, s)
	for k, w := range words {
		// a verb opens a predicate (七成以上仍用于…, 3600万人处于…), but
		// not one that modifies the noun ending the clause (营救300名被困/v 群众)
		modifies := k == 0 && w.tag == "v" && utf8.RuneCountInString(w.text) >= 2 && len(words) > 1 && words[1].tag == "n" && (len(words) == 2 || words[2].tag == "x") // not 是/v 民营企业
		if isTrailingJunk(w) || w.tag == "x" || w.tag == "m" || w.tag == "d" || w.tag == "ad" || w.tag == "v" && !modifies {
			break
		}
		if n += utf8.RuneCountInString(w.text); n > 12 {
			break
		}
		b.WriteString(w.text)
		if ends(words, k) {
			best = b.String()
		}
	}
	if utf8.RuneCountInString(best) < 2 {
		return ""
	}
	return best
}

// nounAfterNumber is the noun phrase that follows a number at byte at,
// after its 的 when a verb governs the number (征收25%的关税), within n
// characters; "" when there is none or it is a threshold (大关).
func nounAfterNumber(d *Doc, g *GSE, at int, governed bool, n int) string {
	text := d.Text
	if governed && strings.HasPrefix(text[at:], "的") {
		at += len("的")
	}
	m := nounPhraseAfter(g, text[at:phraseEnd(text, at, n)])
	if cr := d.Rules.coverbs; cr != nil && hasAnyPrefix(m, cr.marks) {
		return ""
	}
	return m
}

// endsWithProperName says whether m ends with a place, an organisation or a
// person (isAgentTag), perhaps before a verb.
func endsWithProperName(g *GSE, m string) bool {
	ws := tagWords(g, m)
	for len(ws) > 1 && ws[len(ws)-1].tag == "v" {
		ws = ws[:len(ws)-1]
	}
	return len(ws) > 0 && isAgentTag(ws[len(ws)-1].tag)
}

// nameAlone says whether m is one word the segmenter tags a name (大唐/nz
// 700万吨露天矿项目: a firm's name before the size of its project).
func nameAlone(g *GSE, m string) bool {
	ws := tagWords(g, m)
	return len(ws) == 1 && ws[0].tag == "nz"
}

// countsPeople says whether a count's classifier counts people (人, 名):
// a verb after it is what they do (500人参加会议), not a kind of them.
func countsPeople(q quantity) bool {
	switch q.unit {
	case "人", "人次", "名", "位", "户", "户次":
		return true
	}
	return false
}

// peopleCounted names what a count of people measures when m, what they
// did or what befell them, is a short verb phrase (3人死亡 → 死亡人数, 出行
// 3亿人次 → 出行人次, 断电1.2万户 → 断电户数): the measure is a noun, the
// number of them, as statistics name it.
func peopleCounted(d *Doc, q quantity, m string) string {
	g, ok := d.Seg.(*GSE)
	if !ok || m == "" || !countsPeople(q) {
		return m
	}
	if !runesAtMost(m, 4) || slices.ContainsFunc(tagWords(g, m), func(w taggedWord) bool { return w.tag != "v" }) {
		return m // 城镇新增就业: a statistic's name of its own
	}
	return m + numberOfPeople(q)
}

// countedBeforeAmount is m without a last word that measures an amount or a
// rate of what comes before it (18类|食品|合格率, 88种|产品|产量, 11类|商品|
// 零售额): the classifier counts the things, not their amount. A quality the
// rate is of goes with it (城市|空气质量|优良率). What is left must end with
// a noun of two characters or more.
func countedBeforeAmount(seg Segmenter, m string) string {
	g, ok := seg.(*GSE)
	if !ok || !strings.Contains("量额值率", lastRune(m)) { // (no amount ends it: not segmented again)
		return m
	}
	ws := tagWords(g, m)
	n := len(ws)
	if n < 2 || !isAmountWord(ws[n-1].text) {
		return m
	}
	n--
	// what the amount is of goes with it: a quality (空气质量|优良率), an
	// activity (消费|总额, 零售|总额, 查明|资源量) or another amount (年产值|总额)
	for n > 1 && (lastRune(ws[n].text) == "率" && (strings.HasSuffix(ws[n-1].text, "质量") || strings.HasSuffix(ws[n-1].text, "水质")) ||
		ws[n-1].tag == "v" || ws[n-1].tag == "vn" || isAmountWord(ws[n-1].text)) {
		n--
	}
	if rest := joinWords(ws[:n]); utf8.RuneCountInString(rest) >= 2 && isNounTag(ws[n-1].tag) && utf8.RuneCountInString(ws[n-1].text) >= 2 {
		return rest
	}
	return m
}

// isAmountWord says whether w names an amount or a rate of things (产量,
// 增加值, 零售额, 开工率, 客流量). Not the words whose 量 or 额 is no amount
// of the things counted (名额, 力量, 质量), nor a size of each of them (单机|
// 容量, 单体|重量) or one the noun before shares (生态|流量, 经济|总量).
func isAmountWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 || !strings.Contains("量额值率", lastRune(w)) || strings.HasSuffix(w, "质量") || strings.HasSuffix(w, "功率") {
		return false
	}
	switch w {
	case "名额", "力量", "变量", "质量", "能量", "流量", "总量", "数量", "容量", "重量", "价值", "数值", "效率", "功率", "频率", "概率":
		return false
	}
	return true
}

// upToPeople is m up to its first noun that names people, and the nouns of
// people that go on with it (驻日美军士兵 of 驻日美军士兵因涉嫌走私毒品), ""
// when it has none.
func upToPeople(seg Segmenter, m string) string {
	g, ok := seg.(*GSE)
	if !ok || m == "" {
		return ""
	}
	ws := tagWords(g, m)
	isPeople := func(k int) bool {
		return k < len(ws) && isNounTag(ws[k].tag) && ws[k].tag != "vn" && utf8.RuneCountInString(ws[k].text) >= 2 && namesPeople(ws[k].text)
	}
	for k := range ws {
		if !isPeople(k) {
			continue
		}
		// a compound of people goes on (中医馆骨干|人才, 精干|力量, 老年人|家庭)
		for k+1 < len(ws) && (isPeople(k+1) || slices.Contains([]string{"人才", "力量", "家庭", "队伍", "群体"}, ws[k+1].text) ||
			isNounTag(ws[k+1].tag) && strings.HasSuffix(ws[k+1].text, "队")) { // 国民|警卫队
			k++
		}
		return joinWords(ws[:k+1])
	}
	return ""
}

// isScope says whether words only name where things are counted: places
// (ns), or one word for a whole territory (全国, 全省).
func isScope(ws []taggedWord) bool {
	if len(ws) == 1 && isWhole(ws[0].text) {
		return true
	}
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w taggedWord) bool { return w.tag != "ns" })
}

// passiveOfPeople reads what befell people counted right before 被 (2700人
// 被强制撤离 → 被强制撤离人数): verbs and adverbs to the end of the clause, at
// most six characters; else "".
func passiveOfPeople(d *Doc, q quantity) string {
	g, ok := d.Seg.(*GSE)
	if !ok || !countsPeople(q) || !strings.HasPrefix(d.Text[q.end:], "被") {
		return ""
	}
	at := q.end + len("被")
	e := phraseEnd(d.Text, at, 7)
	if next, _ := firstRune(d.Text[e:]); e-at == 0 || !runesAtMost(d.Text[at:e], 6) || e < len(d.Text) && !isPhraseBreak(next) {
		return ""
	}
	ws := tagWords(g, d.Text[at:e])
	if len(ws) == 0 || ws[len(ws)-1].tag != "v" || slices.ContainsFunc(ws, func(w taggedWord) bool { return w.tag != "v" && w.tag != "d" && w.tag != "ad" && w.tag != "a" }) { // 被紧急/a 疏散
		return ""
	}
	return "被" + d.Text[at:e] + numberOfPeople(q)
}

// numberOfPeople is the noun for how many people or households a count of
// them is (人数, 户数, 人次).
func numberOfPeople(q quantity) string {
	switch q.unit {
	case "人次", "户次":
		return q.unit
	case "户":
		return "户数"
	}
	return "人数"
}

// isAgentTag says whether a word so tagged names a body, place or person
// that can act: a place, an organisation, a person. (An abbreviation acts
// only before a linking verb: 央行新增…, not 人均可支配收入.)
func isAgentTag(tag string) bool {
	switch tag {
	case "ns", "nt", "nr", "nrt":
		return true
	}
	return false
}

// phraseEnd is where the text from byte i ends after at most n characters,
// at the first phrase break.
func phraseEnd(text string, i, n int) int {
	for ; n > 0 && i < len(text); n-- {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isPhraseBreak(r) {
			break
		}
		i += size
	}
	return i
}

// windowStart is where the text before byte i begins when read back at most
// n characters, not before lo: what is read before a number is bounded, so a
// long clause is not read again for each of its numbers.
func windowStart(text string, lo, i, n int) int {
	for ; n > 0 && i > lo; n-- {
		_, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
	}
	return i
}

// countRightAfter reads a count that follows byte i at once, perhaps after a
// bounding word of rules/comparators.txt (约, 近, 超过) or 共.
func (fr *figureRules) countRightAfter(text string, i int) (quantity, bool) {
	for _, w := range fr.before { // longest first
		if strings.HasPrefix(text[i:], w.word) {
			i += len(w.word)
			break
		}
	}
	i += len(text[i:]) - len(strings.TrimPrefix(text[i:], "共")) // 28种共5000多株海棠
	r, _ := utf8.DecodeRuneInString(text[i:])
	if i >= len(text) || !isNumeralStart(r) {
		return quantity{}, false
	}
	q, _, ok := fr.readQuantity(text, i, false)
	if !ok || q.kind != "count" || q.numStart != i {
		return quantity{}, false
	}
	return q, true
}

// boundAfter reads a quantity with a unit and an upper or lower bound after
// it (30亿元以上, 80岁以上, 5000万元及以下) that starts at byte i, and returns
// where it ends (with the bound).
func (fr *figureRules) boundAfter(text string, i int) (int, bool) {
	// 10个|超千亿元规模|产业集群: the bound may stand before the number
	bounded := false
	for _, w := range []string{"超过", "超", "逾"} {
		if rest, ok := strings.CutPrefix(text[i:], w); ok {
			i, bounded = len(text)-len(rest), true
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	if i >= len(text) || !isNumeralStart(r) {
		return 0, false
	}
	sq, err := fr.scanner.Scan(text, i)
	if err != nil || sq.Unit.Surface == "" || hasAnyPrefix(text[sq.NumEnd:], fr.pitAfter) {
		return 0, false // not 二级及以上: a grade is no quantity (rules/figure_pitfalls.txt)
	}
	if bounded && sq.Unit.Kind == qty.KindMoney {
		end := sq.UnitEnd
		if rest, ok := strings.CutPrefix(text[end:], "规模"); ok {
			end = len(text) - len(rest)
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); isHan(r) && !isPhraseBreak(r) {
			return end, true
		}
		return 0, false
	}
	// the scanner reads the bound with the quantity (rules/comparators.txt)
	if (sq.Comparator == ">=" || sq.Comparator == "<=") && sq.End > sq.UnitEnd {
		return sq.End, true
	}
	return 0, false
}

// firstTag is the segmenter's tag of the first word of s.
func firstTag(g *GSE, s string) string {
	_, tag := g.FirstWord(s)
	return tag
}

// quotedBefore is the quoted name that ends s (…“全民艺术学堂”), or "".
func quotedBefore(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if !isCloseQuote(r) {
		return ""
	}
	body := s[:len(s)-size]
	k := strings.LastIndexFunc(body, isOpenQuote)
	if k < 0 {
		return ""
	}
	if n := utf8.RuneCountInString(body[k:]); n < 3 || n > 13 || strings.ContainsFunc(body[k:], isPhraseBreakNotQuote) {
		return ""
	}
	return s[k:]
}

// isPhraseBreakNotQuote is isPhraseBreak without the quotes.
func isPhraseBreakNotQuote(r rune) bool {
	return isPhraseBreak(r) && !isOpenQuote(r) && !isCloseQuote(r)
}

// quotedNounAfter is a quoted label that opens s with the noun phrase it
// modifies (“两重”项目), or "".
func quotedNounAfter(seg Segmenter, s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !isOpenQuote(r) {
		return ""
	}
	end := -1
	for i, c := range s[size:] {
		if isCloseQuote(c) {
			end = size + i + utf8.RuneLen(c)
			break
		}
		if isPhraseBreak(c) || utf8.RuneCountInString(s[:size+i]) > 12 {
			return ""
		}
	}
	if end < 0 {
		return ""
	}
	k := end
	for n := 0; n < 8 && k < len(s); n++ {
		c, size := utf8.DecodeRuneInString(s[k:])
		if isPhraseBreak(c) || isOpenQuote(c) {
			break
		}
		k += size
	}
	m := nounsAfter(seg, nil, s[end:k], false)
	if g, ok := seg.(*GSE); m == "" || ok && firstTag(g, m) == "v" {
		// no noun the label modifies: a label that ends in a noun is what
		// is counted (52个“山水工程”已…), another names nothing
		// (and a predicate or a word of place follows it: 已, 中, 和, not
		// the noun of a longer name: “三夏”|抢收队)
		if g, ok := seg.(*GSE); ok && end < len(s) {
			_, next := g.FirstWord(s[end:phraseEnd(s, end, 4)])
			_, closeSize := utf8.DecodeLastRuneInString(s[:end])
			if ws := tagWords(g, s[size:end-closeSize]); next != "" && strings.ContainsRune("dfcp", rune(next[0])) &&
				len(ws) > 0 && isNounTag(ws[len(ws)-1].tag) && ws[len(ws)-1].tag != "vn" {
				return s[:end]
			}
		}
		return ""
	}
	return s[:end] + m
}

// repeatsLine says whether line is an earlier short line again, whole or
// without the suffix the earlier one had.
func repeatsLine(seen []string, line string) bool {
	for _, l := range seen {
		if strings.HasPrefix(l, line) {
			return true
		}
	}
	return false
}

// planScopes remembers which open headings head an action plan: under
// "三、2026年重点工作" every sub-heading ("（一）加快建设…") is part of the plan,
// until a heading of the same or a higher level closes it.
type planScopes struct{ open [5]bool }

// enter opens a heading of the given level (1 一、 … 4 （1）; 0 unnumbered,
// which closes nothing) and says whether its paragraphs are part of a plan.
func (p *planScopes) enter(level int, plan bool) bool {
	inherited := false
	for l := 1; l < max(level, 1) && l < len(p.open); l++ {
		inherited = inherited || p.open[l]
	}
	if level == 0 {
		return plan || inherited || p.open[1] || p.open[2] || p.open[3] || p.open[4]
	}
	for l := level; l < len(p.open); l++ {
		p.open[l] = false
	}
	p.open[level] = plan || inherited
	return p.open[level]
}

var headingLevels = []*regexp.Regexp{
	regexp.MustCompile(`^[一二三四五六七八九十]+、`),
	regexp.MustCompile(`^[（(][一二三四五六七八九十]+[）)]`),
	regexp.MustCompile(`^\d+[.．、]`),
	regexp.MustCompile(`^[（(]\d+[）)]`),
}

// headingLevel is the level of a numbered heading (一、 is 1, （一） 2, 1. 3,
// （1） 4), or 0 for one without a number.
func headingLevel(line string) int {
	for i, re := range headingLevels {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 0
}

// isHeadingLine says whether a paragraph is a short heading: no sentence
// punctuation inside, at most 30 characters.
func isHeadingLine(line string) bool {
	if line == "" || !runesAtMost(line, 30) {
		return false
	}
	return !strings.ContainsAny(line, "。，,；;！？!?")
}

func endsWithHeadingWord(fr *figureRules, line string) bool {
	if strings.Contains(line, "称") || strings.Contains(strings.TrimSpace(line), " ") {
		return false // a news headline that reports (以军称…行动, 俄称… 乌称…), no plan's heading
	}
	for _, m := range fr.markers {
		// (a headline's object after 的 names no plan: 打击与沙特有关的目标;
		// nor does a word that holds it but is none: 空袭…数十个目标)
		if m.kind == markHeading && strings.HasSuffix(line, m.word) && !strings.HasSuffix(line, "的"+m.word) &&
			!slices.ContainsFunc(fr.markers, func(n markerRule) bool {
				return n.kind == markNot && strings.HasSuffix(n.word, m.word) && strings.HasSuffix(line, n.word)
			}) {
			return true
		}
	}
	return false
}

// figureWords are the occurrences of the words the figures stage looks for,
// each list in text order.
type figureWords struct {
	markers, nots []markerHit // marker occurrences, "not" words apart; a marker's do not overlap each other
	// pitfalls are the byte spans of fixed expressions whose numerals are
	// not figures (十四五, 千家万户): the occurrences of each word that do not
	// overlap each other.
	pitfalls []Span
	// money holds every occurrence of a money word (overlapping ones too):
	// a sentence talks about sums of money when one lies within it.
	money []Span
}

// findWords finds the markers, pitfalls and money words of a text in one
// pass over it.
func (fr *figureRules) findWords(t *runeText) figureWords {
	var out figureWords
	fr.wordsAt.scanRunes(t, func(k, i int) { fr.addWord(&out, t, k, i) })
	return out
}

// addWord adds to out word k of wordsAt, found at rune i of t.
func (fr *figureRules) addWord(out *figureWords, t *runeText, k, i int) {
	nMarkers, nPits := len(fr.markers), len(fr.pitSpan)
	start := int(t.byteOf[i])
	span := Span{Start: start, End: start + len(fr.wordsAt.words[k])}
	switch {
	case k < nMarkers:
		m := fr.markers[k]
		h := markerHit{start: span.Start, end: span.End, kind: m.kind}
		if m.kind == markNot {
			out.nots = append(out.nots, h)
		} else {
			out.markers = append(out.markers, h)
		}
	case k < nMarkers+nPits:
		out.pitfalls = append(out.pitfalls, span)
	default:
		out.money = append(out.money, span)
	}
}

// within says whether one of spans (sorted by start) lies inside [start, end).
func within(spans []Span, start, end int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].Start >= start })
	for ; k < len(spans) && spans[k].Start < end; k++ {
		if spans[k].End <= end {
			return true
		}
	}
	return false
}

// deadlineYears finds 到2025年 and 到2022年底 (findMarkers drops 截至/直到 …,
// which report): what the pattern 到\s*((?:19|20)\d\d)\s*年(底|末)? matches,
// as regexp's FindAllStringSubmatchIndex would (loc[4:6] is -1, -1 without
// 底 or 末), but by hand from each 到: the regexp engine is slow to skip the
// text between.
func deadlineYears(text string) [][]int {
	var out [][]int
	const to, year = "到", "年"
	for pos := 0; ; {
		k := strings.Index(text[pos:], to)
		if k < 0 {
			return out
		}
		start := pos + k
		pos = start + len(to)
		i := skipRegexpSpace(text, pos)
		if i+4 > len(text) || !(text[i:i+2] == "19" || text[i:i+2] == "20") || !isASCIIDigit(text[i+2]) || !isASCIIDigit(text[i+3]) {
			continue
		}
		ys, ye := i, i+4
		i = skipRegexpSpace(text, ye)
		if !strings.HasPrefix(text[i:], year) {
			continue
		}
		end := i + len(year)
		loc := []int{start, end, ys, ye, -1, -1}
		if strings.HasPrefix(text[end:], "底") || strings.HasPrefix(text[end:], "末") {
			loc[1], loc[4], loc[5] = end+len("底"), end, end+len("底")
		}
		out = append(out, loc)
		pos = loc[1]
	}
}

// skipRegexpSpace skips what \s* matches in a Go regexp from byte i.
func skipRegexpSpace(s string, i int) int {
	for i < len(s) && strings.IndexByte("\t\n\f\r ", s[i]) >= 0 {
		i++
	}
	return i
}

// modalBefore says whether one of the sorted ends of modal markers lies
// right before byte at (力争|到2015年), a space or two between.
func modalBefore(modalEnds []int, at int) bool {
	k, _ := slices.BinarySearch(modalEnds, at+1)
	return k > 0 && at-modalEnds[k-1] <= 2*utf8.UTFMax
}

// findMarkers lists the marker occurrences of text (found by findWords),
// its deadlines and its past years, minus those inside a "not" word, sorted
// by end.
func findMarkers(text string, hits, nots []markerHit, now int) []markerHit {
	var modalEnds []int
	for _, h := range hits {
		if h.kind == markModal {
			modalEnds = append(modalEnds, h.end)
		}
	}
	slices.Sort(modalEnds)
	for _, loc := range deadlineYears(text) {
		if strings.HasSuffix(text[:loc[0]], "截") || strings.HasSuffix(text[:loc[0]], "直") {
			continue
		}
		year := text[loc[2]:loc[3]]
		if y, _ := strconv.Atoi(year); now > 0 && y < now && (strings.HasPrefix(text[loc[1]:], "的") || !modalBefore(modalEnds, loc[0])) {
			// 由2020年的56.8%下降到2024年的53.2%, 到2024年末，全国…: the
			// value of a year gone by, the date of a tally, not a deadline
			// (力争到2015年 still commits, whatever the text's date)
			hits = append(hits, markerHit{start: loc[0], end: loc[1], kind: markFact})
			continue
		}
		if loc[4] >= 0 {
			year += "-12-31"
		}
		hits = append(hits, markerHit{start: loc[0], end: loc[1], kind: markDeadline, deadline: year})
	}
	hits = append(hits, pastYears(text, now)...)
	notSpans := make([]Span, len(nots))
	for i, n := range nots {
		notSpans[i] = Span{Start: n.start, End: n.end}
	}
	longer := newSpanIndex(notSpans)
	kept := hits[:0]
	for _, h := range hits {
		masked := longer.overlapsLonger(h.start, h.end)
		if !masked {
			kept = append(kept, h)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].end != kept[j].end {
			return kept[i].end < kept[j].end
		}
		return kept[i].start > kept[j].start
	})
	// 比去年 over 去年: a marker that ends a longer one at the same place is
	// the longer one's part (the comparison, not a past year)
	out := kept[:0]
	for i, h := range kept {
		if i+1 < len(kept) && kept[i+1].end == h.end && kept[i+1].start < h.start && h.kind == markFact && kept[i+1].kind == markFact {
			continue
		}
		out = append(out, h)
	}
	return out
}

// yearWords finds years written out (2008年, 二〇〇八年, 零八年): what the
// pattern ((?:19|20)\d\d|[零〇一二三四五六七八九]{2,4})\s*年 matches, as
// regexp's FindAllStringSubmatchIndex would, but from each 年 backwards: the
// regexp engine would try every position of a long text.
func yearWords(text string) [][]int {
	var out [][]int
	for off := 0; ; {
		k := strings.Index(text[off:], "年")
		if k < 0 {
			return out
		}
		end := off + k
		at := end
		for at > off && strings.IndexByte(" \t\n\r\f", text[at-1]) >= 0 {
			at--
		}
		start := -1
		if at-4 >= off && (text[at-4:at-2] == "19" || text[at-4:at-2] == "20") && isASCIIDigit(text[at-2]) && isASCIIDigit(text[at-1]) {
			start = at - 4
		} else {
			n, p := 0, at
			for n < 4 && p > off {
				r, size := utf8.DecodeLastRuneInString(text[off:p])
				if !strings.ContainsRune("零〇一二三四五六七八九", r) {
					break
				}
				p -= size
				n++
			}
			if n >= 2 {
				start = p
			}
		}
		next := end + len("年")
		if start >= 0 {
			out = append(out, []int{start, next, start, at})
		}
		off = next
	}
}

// isoDateYears returns the years of the dates such as 2019-03-23 (a page's
// own date line) in text: what ((?:19|20)\d\d)-[01]\d-[0-3]\d matches, as
// regexp's FindAllStringSubmatch would, but tried only where a '-' is.
func isoDateYears(text string) []string {
	var out []string
	for at := 0; at+isoDateLen <= len(text); {
		k := strings.IndexByte(text[at+4:], '-')
		if k < 0 {
			break
		}
		start := at + k // the '-' is at start+4
		if start+isoDateLen <= len(text) && isISODate(text[start:start+isoDateLen]) {
			out = append(out, text[start:start+4])
			at = start + isoDateLen
		} else {
			at = start + 1
		}
	}
	return out
}

const isoDateLen = len("2019-03-23")

func isISODate(s string) bool {
	return (s[:2] == "19" || s[:2] == "20") && isASCIIDigit(s[2]) && isASCIIDigit(s[3]) && s[4] == '-' &&
		(s[5] == '0' || s[5] == '1') && isASCIIDigit(s[6]) && s[7] == '-' && s[8] >= '0' && s[8] <= '3' && isASCIIDigit(s[9])
}

// pastYears are fact markers: a year before the text's own (零八年…四万亿救市)
// dates what follows in its clause to the past.
func pastYears(text string, now int) []markerHit {
	if now == 0 {
		return nil
	}
	var out []markerHit
	for _, loc := range yearWords(text) {
		y := yearValue(text[loc[2]:loc[3]], now)
		if y > 0 && y < now {
			out = append(out, markerHit{start: loc[0], end: loc[1], kind: markFact})
		}
	}
	return out
}

// yearValue reads a year in digits or Chinese digits; two digits are
// completed with the century of now (零八 → 2008).
func yearValue(s string, now int) int {
	if y, err := strconv.Atoi(s); err == nil {
		return y
	}
	n, ok := ParseNumeral(s)
	if !ok || !n.Digits {
		return 0
	}
	y := int(n.Value)
	switch {
	case y >= 1900:
		return y
	case y < 100 && len([]rune(s)) == 2:
		y += now / 100 * 100
		if y > now {
			y -= 100
		}
		return y
	}
	return 0
}

// referenceYear is the year the text speaks from: the page's date, else the
// latest year the text names.
func referenceYear(d *Doc) int {
	if y := publishedYear(d); y != 0 {
		return y
	}
	best := 0
	years := func(text string) {
		if y, err := strconv.Atoi(text); err == nil && y <= 2100 {
			best = max(best, y)
		}
	}
	for _, loc := range yearWords(d.Text) {
		years(d.Text[loc[2]:loc[3]])
	}
	for _, y := range isoDateYears(d.Text) {
		years(y)
	}
	return best
}

func insideAny(spans []Span, start, end int) bool {
	for _, s := range spans {
		if start < s.End && s.Start < end {
			return true
		}
	}
	return false
}

// overlapsMention says whether bytes [start, end) fall inside a formula mention.
func overlapsMention(d *Doc, mentions spanIndex, start, end int) bool {
	if len(mentions.spans) == 0 {
		return false
	}
	r := d.Span(start, end)
	return mentions.overlaps(r.Start, r.End)
}

// spanIndex finds the spans that overlap a range without walking them all
// (a long text has thousands of spans and asks for each figure): they are
// sorted by start, and none reaches further back than the longest one.
type spanIndex struct {
	spans  []Span // by start
	maxLen int
}

func newSpanIndex(spans []Span) spanIndex {
	s := slices.Clone(spans)
	slices.SortStableFunc(s, func(a, b Span) int { return a.Start - b.Start })
	maxLen := 0
	for _, sp := range s {
		maxLen = max(maxLen, sp.End-sp.Start)
	}
	return spanIndex{s, maxLen}
}

// candidates calls f on every span that may overlap [start, end), until f
// says stop.
func (x spanIndex) candidates(start, end int, f func(Span) bool) {
	lo := sort.Search(len(x.spans), func(k int) bool { return x.spans[k].Start > start-x.maxLen })
	for k := lo; k < len(x.spans) && x.spans[k].Start < end; k++ {
		if f(x.spans[k]) {
			return
		}
	}
}

// overlaps says whether a span overlaps [start, end).
func (x spanIndex) overlaps(start, end int) bool {
	found := false
	x.candidates(start, end, func(s Span) bool {
		found = start < s.End && s.Start < end
		return found
	})
	return found
}

// overlapsLonger says whether a span longer than [start, end) overlaps it.
func (x spanIndex) overlapsLonger(start, end int) bool {
	found := false
	x.candidates(start, end, func(s Span) bool {
		found = s.Start < end && start < s.End && s.End-s.Start > end-start
		return found
	})
	return found
}

// clauseStart is the byte offset where the clause holding byte i begins,
// not before lo.
func clauseStart(s string, lo, i int) int {
	// (no clause runs longer than 200 characters: a text without stops
	// is read in linear time)
	lo = windowStart(s, lo, i, 200)
	for i > lo {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isPhraseBreak(r) || r == ' ' {
			return i
		}
		i -= size
	}
	return lo
}

// clauseEnd is the byte offset where the clause holding byte i ends, not after hi.
func clauseEnd(s string, i, hi int) int {
	return breakAt(s, i, hi, isPhraseBreak)
}

// breakAt is the byte offset of the first rune from i on that stops, or hi.
func breakAt(s string, i, hi int, stops func(rune) bool) int {
	for i < hi {
		r, size := utf8.DecodeRuneInString(s[i:])
		if stops(r) {
			return i
		}
		i += size
	}
	return hi
}

// isTimeWord says whether a word the segmenter tags a time names a time
// (今年, 年末, 二季度, 春节, 暑期), not an age or an adjective it also tags so
// (青年, 老年, 未来, 目前).
func isTimeWord(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || !strings.ContainsRune("年月季期节日天周末初底", rs[len(rs)-1]) {
		return false
	}
	return !(rs[len(rs)-1] == '年' && strings.ContainsRune("青少老中童成晚早壮幼", rs[len(rs)-2]))
}

// listEnd is the byte after the 等 that closes a list opening at at (供水、
// 供热、污水等|管网改造), or -1: only Han characters and list marks before
// it, at most forty characters, one mark at least.
func listEnd(text string, at int) int {
	marks := 0
	for i, n := at, 0; i < len(text) && n < 40; n++ {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '等' && marks > 0:
			return i + size
		case r == '、':
			marks++
		case !isHan(r):
			return -1
		}
		i += size
	}
	return -1
}

// listedClause is where the 的 of a relative clause that holds a list
// closed by 等 stands, in bytes after at (六位|来自教育、医疗、文化等领域|的全国
// 人大代表), or -1: only Han characters and list marks before 等, at most
// forty characters, and at most six after it.
func listedClause(text string, at int) int {
	e := listEnd(text, at)
	if e < 0 || strings.ContainsAny(text[at:e], "的了") { // (50多个共建国家签署了…: a predicate)
		return -1
	}
	for j, m := e, 0; j < len(text) && m <= 6; m++ {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '的' {
			if m == 0 {
				return -1
			}
			return j - at
		}
		if !isHan(r) {
			return -1
		}
		j += size
	}
	return -1
}

// relativeHead is the noun phrase after the 的 of a relative clause that
// follows the classifier of a count of things, opens with a verb, an adverb
// or a preposition and closes with a verb, within the phrase; "" when there
// is none.
func relativeHead(d *Doc, text string, q quantity) string {
	g, ok := d.Seg.(*GSE)
	if !ok || q.end >= len(text) {
		return ""
	}
	e := phraseEnd(text, q.end, 16)
	k := strings.Index(text[q.end:e], "的")
	listed := false
	if k <= 0 {
		if k, listed = listedClause(text, q.end), true; k <= 0 {
			return ""
		}
	}
	ws := tagWords(g, text[q.end:q.end+k])
	if len(ws) == 0 {
		return ""
	}
	first, last := ws[0].tag, ws[len(ws)-1].tag
	if first != "v" && first != "d" && first != "p" && first != "ad" { // 正在/d 建设的, 通过/p 认证的
		return ""
	}
	// and closes with a verb: a noun before 的 may be the counted compound
	// itself (两个征求意见稿|的意见建议, 13个集中安置点|的供水); or with a
	// place the verb opening it locates things in (86家来自国内的设计机构);
	// or it opens with an adverb or preposition, a predicate (4名直接参与恐怖
	// 袭击的嫌疑人, 90名被乌克兰关押的俄罗斯军人); or it counts people, whom
	// a verb and its object describe (475名没有合法身份的人)
	lastWord := ws[len(ws)-1].text
	predicate := first == "d" || first == "ad" ||
		first == "p" && strings.HasPrefix(last, "v") || // not 在连日|的抗议活动中
		countsPeople(q) && first == "v" && len(ws) >= 2 && !namesPeople(lastWord) // not 2411名受灾群众|的基本生活
	switch ws[0].text {
	case "是", "为", "系", "乃":
		return "" // 615人是在…支持的: a copula opens the predicate of the count
	}
	if fr := d.Rules.figures; fr != nil && fr.isMarker(ws[0].text, markModal, markFact) {
		return "" // 两人打算通过…的方式: a plan or fact word opens it
	}
	// (a verb, its modifiers and its object, three words or more, make a
	// clause too: 20家以上具有较强竞争优势的化工园区)
	if !strings.HasPrefix(last, "v") && !(first == "v" && len(ws) <= 3 && (last == "s" || last == "ns")) && !predicate && !(listed && first != "d" && first != "ad") &&
		!(first == "v" && len(ws) >= 3 && isNounTag(last) && !slices.ContainsFunc(ws, func(w taggedWord) bool { return w.text == "了" })) { // not 两个乘组移交了…的钥匙
		return ""
	}
	at := q.end + k + len("的")
	head := nounsAfter(d.Seg, d.Rules.coverbs, text[at:phraseEnd(text, at, 12)], listed) // (…等领域的|创新/v 联合体)
	if head == "" || countsPeople(q) && !namesPeople(head) {
		return "" // 两人在美国举行会晤的可能性: people are the subject, not the head
	}
	if hasAnyPrefix(text[at+len(head):], []string{"上", "中", "下"}) {
		return "" // 80多个共建国家签署…协定的基础上: a frame of the clause, not its head
	}
	// the relative clause restricts what is counted: 320 canteens that are
	// contracted out, not all canteens
	return text[q.end:at] + head
}

// describedBy reads a quantity that describes the noun phrase after its 的
// (投资1.4亿元的西出口道路工程, 占地8000亩的高标准农田, 总投资52亿元以上的项目):
// the measure is that phrase's, named by the measure word or the short verb
// before the number (西出口道路工程投资). Else m, the measure as read.
func (fr *figureRules) describedBy(d *Doc, q quantity, cs int, m string) string {
	g, ok := d.Seg.(*GSE)
	if !ok || q.kind == "count" {
		return m
	}
	if q.kind == "percent" {
		return fr.shareOf(d, g, q, cs, m)
	}
	text := d.Text
	rest, ok := strings.CutPrefix(trimBound(text[q.end:]), "的")
	if !ok {
		return fr.purposeOf(d, g, q, cs, m)
	}
	before := strings.TrimSpace(text[cs:q.start])
	base := m
	if base == "" {
		base = before // 占地8000亩的…
	}
	lead, ok := strings.CutSuffix(before, base)
	if !fr.isMeasureWord(base) || !ok || !onlyGoverns(g, lead) {
		return m // the word stands before the number, but for a verb that governs the phrase (not 项目总投资…, 近两公里的…)
	}
	at := len(text) - len(rest)
	np := nounPhraseAfter(g, text[at:phraseEnd(text, at, 14)])
	if np == "" {
		return m
	}
	if cr := d.Rules.coverbs; cr != nil && isFrame(cr, np, g) {
		return m
	}
	return np + base
}

// onlyGoverns says whether s, what stands before a measure word that opens
// a noun phrase, is empty or only governs it: verbs, determiners, adverbs,
// prepositions and time words (推进|总投资10亿元的…项目, 这家计划|投资…的企业,
// 在|海拔4300米的…), no noun that would own the measure.
func onlyGoverns(g *GSE, s string) bool {
	if !runesAtMost(s, 8) {
		return false // a governing verb and its adverbs are short; a long stretch is read no further
	}
	for _, w := range tagWords(g, s) {
		if w.tag == "" || !strings.ContainsRune("vrpdtq", rune(w.tag[0])) || w.tag == "vn" {
			return false
		}
	}
	return true
}

// modifiedNouns is the verb that opens s and the nouns it modifies, when a
// predicate follows them or they end s (受访/v 美国民众|认为), or "".
func modifiedNouns(g *GSE, s string) string {
	words := tagWords(g, s)
	v := 0
	if len(words) > 2 && (words[0].text == "可" || words[0].text == "能" || words[0].text == "可以") {
		v = 1 // 53%的可/v 治理/v 沙化土地: what may be done to them
	}
	if len(words) < v+2 || words[v].tag != "v" || utf8.RuneCountInString(words[v].text) < 2 {
		return ""
	}
	j := v + 1
	for j < len(words) && isNounTag(words[j].tag) && words[j].tag != "vn" {
		j++
	}
	if j == v+1 || j < len(words) && words[j].tag != "x" && words[j].tag != "v" {
		return ""
	}
	return joinWords(words[:j])
}

// endsNounPhrase says whether a word of the tag may end a noun phrase read
// after a number's 的: a common noun of any kind (植物群落/l, 卫生院/nt), not
// a verbal or adjectival noun, which opens a predicate as often, nor a place
// or person after a verbal noun, more often the predicate's object
// (…管理人员预计/vn 美国/ns).
func endsNounPhrase(ws []taggedWord, k int) bool {
	tag := ws[k].tag
	if tag == "ns" || strings.HasPrefix(tag, "nr") {
		return !slices.ContainsFunc(ws[:k], func(w taggedWord) bool { return w.tag == "vn" })
	}
	return isNounTag(tag) && tag != "vn" && tag != "an"
}

// isFrame says whether the noun phrase np, read after a number's 的, frames
// the number instead of naming what it measures (保持在6%的水平, 突破1万亿元
// 的大关): its last word is a frame, mark or ratio of
// rules/measure_links.txt.
func isFrame(cr *coverbRules, np string, g *GSE) bool {
	ws := tagWords(g, np)
	if len(ws) == 0 {
		return false
	}
	head := ws[len(ws)-1].text
	return slices.Contains(cr.frames, head) || slices.Contains(cr.marks, head) || slices.Contains(cr.ratios, head)
}

// purposeOf reads a bare sum of investment that opens its clause and the
// work it pays for right after it (投资1.3亿元实施自来水管网改造工程, 投入
// 16.54亿元用于老旧城区基础设施建设, 投资4360万元，对城区雨水管网进行…):
// the measure is that work's (自来水管网改造工程投资), the noun phrase after
// the verb of use, past a count of it (实施重点农牧业项目33个, 建成6座公厕).
// Else m, the measure as read.
func (fr *figureRules) purposeOf(d *Doc, g *GSE, q quantity, cs int, m string) string {
	switch m {
	case "投资", "总投资", "投入", "资金", "专项资金":
	default:
		return m
	}
	text := d.Text
	lead, ok := strings.CutSuffix(strings.TrimSpace(text[cs:q.start]), m)
	if !ok || !onlyGoverns(g, lead) {
		return m // 中央财政累计投入…: whose the sum is, not what it pays for
	}
	at := q.end
	for _, p := range []string{"，", ","} {
		if t, ok := strings.CutPrefix(text[at:], p); ok {
			at = len(text) - len(t)
			break
		}
	}
	verb := ""
	for _, v := range []string{"实施了", "实施", "用于", "建设", "建成", "新建", "改造", "推进", "对"} {
		if strings.HasPrefix(text[at:], v) {
			verb = v
			break
		}
	}
	if verb == "" {
		return m
	}
	at += len(verb)
	if c, ok := fr.countRightAfter(text, at); ok {
		at = c.end // 建成|6座|水冲式公厕
	}
	obj := nounsAfter(g, d.Rules.coverbs, text[at:phraseEnd(text, at, 16)], true)
	if obj == "" || strings.ContainsFunc(obj, isNumeralRune) || !strings.HasPrefix(text[at:], obj) {
		return m
	}
	// the first item of a list closed by 等 pays for what the list is
	// (实施了供水、供热、污水等管网改造 → 管网改造投资); not a place a count
	// of works follows (实施了中心城区26公里供水…), nor a kind (生态环境类)
	r, _ := utf8.DecodeRuneInString(text[at+len(obj):])
	if r == '、' {
		if deng := listEnd(text, at); deng > 0 {
			if head := nounsAfter(g, d.Rules.coverbs, text[deng:phraseEnd(text, deng, 12)], true); head != "" {
				return head + m
			}
		}
		return m
	}
	if r == '类' || isNumeralRune(r) || isDigitRune(r) {
		return m
	}
	return obj + m
}

// trimBound cuts a bound or approximation that follows a number (以上, 左右,
// 多) off the start of s.
func trimBound(s string) string {
	for _, b := range []string{"以上", "以下", "左右", "多", "余"} {
		if t, ok := strings.CutPrefix(s, b); ok {
			return t
		}
	}
	return s
}

// shareOf reads a percentage that sizes a share of the noun phrase after
// it or its 的 (全国65%的高等植物群落, 占据了36.7%的份额, 减少5%的燃油消耗,
// 九成企业): the measure is that phrase, after a place or whole that scopes
// it right before the number (加沙地带96%的人口 → 加沙地带人口). Not when the noun frames the
// rate (保持在55%的较高水平, 增长5%的目标, 增速5.5%的情况下: kinds frame,
// mark and ratio of rules/measure_links.txt, or a locative after the noun),
// nor when a measure word linked to the number names what the rate is of
// (营业收入增长10%的企业); a ratio word there names the share of the phrase
// (占比超40%的区域首店 → 区域首店占比). Else m, the measure as read.
func (fr *figureRules) shareOf(d *Doc, g *GSE, q quantity, cs int, m string) string {
	cr := d.Rules.coverbs
	if cr == nil || q.unit != "%" {
		return m
	}
	text := d.Text
	// 六成以上政策举措, 九成企业: the share may stand right before the
	// noun, when a verb governs it or it opens the clause (see below)
	rest, viaDe := strings.CutPrefix(trimBound(text[q.end:]), "的")
	if r, _ := utf8.DecodeRuneInString(rest); !isHan(r) || !viaDe && isNumeralRune(r) {
		return m
	}
	at := len(text) - len(rest)
	// the noun phrase up to a noun of any kind (植物群落/l, 卫生院/nt), not
	// into a predicate (60%的人|认为…)
	np := nounPhraseEnding(g, text[at:phraseEnd(text, at, 14)], endsNounPhrase)
	if np == "" && viaDe {
		// 55%的受访美国民众认为…: after 的, a verb that modifies the nouns
		// before the predicate
		np = modifiedNouns(g, text[at:phraseEnd(text, at, 14)])
	}
	if np == "" || isFrame(cr, np, g) {
		return m
	}
	if _, tag := g.FirstWord(text[at+len(np) : phraseEnd(text, at+len(np), 2)]); tag == "f" {
		return m // 的情况下, 的基础上
	}
	// what stands before the number, without the words that bound or link it
	ws := tagWords(g, text[windowStart(text, cs, q.start, 24):q.start])
	for len(ws) > 0 {
		w := ws[len(ws)-1]
		// (a verb of cutting governs its object: 能节省|90%推进剂)
		link := slices.Contains(cr.links, w.text) && !slices.Contains(cr.reduces, w.text)
		if w.tag != "d" && w.tag != "m" && !link && !fr.isComparatorWord(w.text) {
			break
		}
		ws = ws[:len(ws)-1]
	}
	left := joinWords(ws)
	if w := fr.measureWordIn(left, true); w != "" && strings.HasSuffix(left, w) {
		if slices.Contains(cr.ratios, w) {
			return np + w
		}
		return m
	}
	// the place or whole (全国, 全球) the share is of: the nouns that end
	// what stands before the number, one of them a place
	k := len(ws)
	for k > 0 && isNounTag(ws[k-1].tag) && ws[k-1].tag != "vn" && len(ws)-k < 3 {
		k--
	}
	scope := ws[k:]
	if len(scope) > 0 && !slices.ContainsFunc(scope, func(w taggedWord) bool { return w.tag == "ns" }) && !isWhole(scope[0].text) {
		scope, k = nil, len(ws)
	}
	if !viaDe {
		// without 的 the noun opens a phrase that a verb governs (节省90%推进剂,
		// 贡献了全省六分之一外贸进出口额) or that opens the clause and a
		// predicate follows (近六成美国民众不赞成…); not 自来水100%入户,
		// 其中86%为…, 80%投向民生、…
		if _, tag := g.FirstWord(np); !isNounTag(tag) || tag == "vn" {
			return m
		}
		_, next := g.FirstWord(text[at+len(np) : phraseEnd(text, at+len(np), 4)])
		governed := k > 0 && ws[k-1].tag == "v"
		opens := k == 0 && (next == "v" || next == "d")
		if !governed && !opens {
			return m
		}
	}
	return joinWords(scope) + np
}

// overLabel moves a clause start cs that follows a short quoted label with
// text after it (盘活国有“三资”总额3000亿元, “先投后股”试点22项) to the start
// of the clause the label stands in: a quote is no clause break there.
func overLabel(text string, lo, cs int) int {
	if !strings.HasSuffix(text[lo:cs], "”") {
		return cs
	}
	end := cs - len("”")
	from := max(lo, end-9*utf8.UTFMax) // a short label: “ and up to eight characters
	i := strings.LastIndex(text[from:end], "“")
	if i < 0 {
		return cs
	}
	i += from
	label := text[i+len("“") : end]
	if label == "" || utf8.RuneCountInString(label) > 8 || strings.ContainsFunc(label, isPhraseBreak) {
		return cs
	}
	return clauseStart(text, lo, i)
}

// overGloss moves a clause start cs that follows a short bracketed gloss
// (国内生产总值（GDP）环比下降0.4%, 广义货币（M2）) to the start of the clause
// the gloss stands in: a bracket is no clause break there.
func overGloss(text string, lo, cs int, glossesAll bool) int {
	for k := 0; k < 4; k++ {
		closing := ""
		for _, c := range []string{"）", ")"} {
			if strings.HasSuffix(text[lo:cs], c) {
				closing = c
			}
		}
		if closing == "" {
			return cs
		}
		opening := map[string]string{"）": "（", ")": "("}[closing]
		from := max(lo, cs-len(closing)-11*utf8.UTFMax) // a short gloss: up to ten characters
		i := strings.LastIndex(text[from:cs-len(closing)], opening)
		if i < 0 {
			return cs
		}
		i += from
		gloss := text[i+len(opening) : cs-len(closing)]
		if gloss == "" || utf8.RuneCountInString(gloss) > 10 || strings.ContainsFunc(gloss, isPhraseBreak) || i == lo {
			return cs
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); isPhraseBreak(r) {
			return cs // a bracket opening its clause glosses nothing before it
		}
		if strings.ContainsFunc(gloss, isHan) && !glossesAll {
			return cs // 上合组织（连云港）国际物流园: a bracket inside a name is the name's
		}
		cs = clauseStart(text, lo, i)
	}
	return cs
}

// makeFigure builds the Figure of a quantity: its phrase, measure and label.
func (fr *figureRules) makeFigure(d *Doc, hits []markerHit, q quantity, sent Span, ctx labelContext) Figure {
	text := d.Text
	cs := clauseStart(text, sent.Start, q.start)
	// a gloss of letters (（GDP）, （M2）) or one that closes the phrase
	// before its number (全国固定资产投资（不含农户）378978亿元)
	cs = overGloss(text, sent.Start, cs, d.Rules.coverbs != nil && d.Rules.coverbs.onlyLinks(text[cs:q.start]))
	cs = overLabel(text, sent.Start, cs)
	ce := clauseEnd(text, q.end, sent.End)
	start := q.start
	for k := 0; k < figureMaxText && start > cs; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	start = snapStart(d, cs, start, q.start)
	end := q.end
	if q.kind == "count" && fr.measureBefore(text, cs, q) == "" {
		// "6场综合擂台赛": what is counted follows the classifier.
		for k := 0; k < 10 && end < ce; k++ {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == '的' || isDigitRune(r) {
				break // (nor into the next number: 4个重点领域|9个细分行业)
			}
			end += size
		}
	}
	f := Figure{
		Text:       text[start:end],
		Value:      q.value,
		Unit:       q.unit,
		Comparator: q.comparator,
		Measure:    peopleCounted(d, q, fr.ownerBeforeCount(d, q, cs, cleanMeasure(d, fr.describedBy(d, q, cs, fr.measureOf(d, hits, cs, q, end))))),
		Sentence:   strings.TrimSpace(text[sent.Start:sent.End]),
		Span:       d.Span(start, end),
	}
	if q.hasMax {
		m := q.max
		f.Max = &m
	}
	f.Target, f.Deadline = labelInContext(d, hits, q, sent, cs, ce, ctx)
	return f
}

// snapStart moves the start of a figure's phrase off the middle of a number
// ("000万元以上…" → "5000万元以上…") and of a word ("模以上工业…" → "规模以上工业…"),
// by the segmenter's cut of the clause before the number; a word boundary
// within three characters back is taken, else the next one.
func snapStart(d *Doc, cs, start, num int) int {
	text := d.Text
	for start > cs {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !isDigitRune(r) && r != '.' {
			break
		}
		start -= size
	}
	if d.Seg == nil || start <= cs || start >= num {
		return start
	}
	// the words around start, read from at most 16 characters before it
	cs = windowStart(text, cs, start, 16)
	before, after := -1, -1
	at := cs
	for _, end := range wordEnds(d.Seg, text[cs:num]) {
		if at <= start {
			before = at
		}
		at = cs + end
		if at >= start && after < 0 {
			after = at
		}
	}
	switch {
	case before == start:
		return start
	case before >= 0 && utf8.RuneCountInString(text[before:start]) <= 3:
		return before
	case after >= 0 && after <= num:
		return after
	}
	return start
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// measureOf names what a figure counts: the noun phrase before the number in
// its clause (measurePhrase), else the nearest measure word there, else the
// nouns that follow a classifier.
func (fr *figureRules) measureOf(d *Doc, hits []markerHit, cs int, q quantity, end int) string {
	text := d.Text
	// "新建10家以上省级质量基础设施": what is counted follows the classifier
	if q.kind == "count" {
		// 2300多万台（套）农机装备: a second classifier in brackets, and a
		// noun after it (not 农机具120万台（套）|保障春耕)
		if rest, ok := strings.CutPrefix(text[q.end:], "（"); ok {
			if k := strings.Index(rest, "）"); k > 0 && utf8.RuneCountInString(rest[:k]) <= 2 {
				at := q.end + len("（") + k + len("）")
				if g, ok := d.Seg.(*GSE); ok && isNounTag(firstTag(g, text[at:phraseEnd(text, at, 8)])) {
					q.end = at
				}
			}
		}
		e := phraseEnd(text, q.end, 12)
		// 3600项约2.4万场次文旅消费活动: a second count of the same things
		// comes between; what they count follows it
		if nq, ok := fr.countRightAfter(text, q.end); ok {
			q.end, e = nq.end, phraseEnd(text, nq.end, 12)
		} else if end, ok := fr.boundAfter(text, q.end); ok {
			// 70个30亿元以上项目, 87万名80岁以上老年人: a bounded quantity
			// after the classifier sorts what is counted
			q.end, e = end, phraseEnd(text, end, 12)
		}
		before := strings.TrimRight(text[cs:q.numStart], " ")
		listed := strings.HasSuffix(before, "等")
		// 来自中国、法国的9支飞行表演队: what stands before ends in 的, a
		// modifier of what the classifier counts, which follows it
		modified := strings.HasSuffix(before, "的")
		// 4个集结区和1个无人机控制点: the next count of the coordination ends
		// what this one counts
		if k := nextCountedItem(text[q.end:e]); k > 0 {
			e = q.end + k
		}
		r, _ := utf8.DecodeRuneInString(text[e:])
		cut := e < len(text) && !isPhraseBreak(r) && !isCoordinator(text[e:e+len(string(r))])
		if d.Seg != nil && cut {
			// the window ends inside the clause, perhaps inside a word
			// (…医疗机构实|现): its last word is not read
			if ends := wordEnds(d.Seg, text[q.end:e]); len(ends) > 1 {
				e = q.end + ends[len(ends)-2]
			}
		}
		// 600万人民群众: the classifier opens a word of the noun after it
		// (人|民群众), which the segmenter cuts whole
		if g, ok := d.Seg.(*GSE); ok && q.end < len(text) {
			_, size := utf8.DecodeLastRuneInString(text[:q.end])
			after := text[q.end-size : phraseEnd(text, q.end, 12)]
			rest, restTag := g.FirstWord(after[size:]) // not 2800颗|卫星, 68个|子系统, 300人|参会, 二人|均未
			if w, tag := g.FirstWord(after); len(w) > size && isNounTag(tag) && utf8.RuneCountInString(rest) == 1 && !isDegreeTag(restTag) && !isLinkTag(restTag) &&
				(restTag == "ng" || !strings.HasPrefix(restTag, "n")) { // 人|民/ng 群众, not 家|商/n 协会
				if m := nounsAfter(d.Seg, d.Rules.coverbs, after, false); strings.HasPrefix(m, w) {
					return m
				}
			}
		}
		// 2700人被强制撤离: people that something befell, the number of them
		if m := passiveOfPeople(d, q); m != "" {
			return m
		}
		// 320家承包或委托经营的中小学食堂: a relative clause that opens with
		// a verb after the classifier of things; what is counted follows its
		// 的 (not 3个地区的负责人, whose count is the noun's before 的)
		if m := relativeHead(d, text, q); m != "" {
			return m
		}
		// a verb right after the classifier of things makes a kind of them
		// (十条赏花路线, 20家参展企业), when the phrase ends in reach; after
		// people, what they do. (A verb phrase that modifies a head further
		// on is read short: 22条健全金融机构|治理机制措施.)
		if m := nounsAfter(d.Seg, d.Rules.coverbs, text[q.end:e], listed || modified || !countsPeople(q) && !cut); d.Seg != nil && m != "" {
			if countsPeople(q) && q.unit != "人次" && !namesPeople(m) {
				if p := upToPeople(d.Seg, m); p != "" {
					return p // 9名驻外士兵|因涉嫌走私毒品: the phrase ran on past its people
				}
			}
			return countedBeforeAmount(d.Seg, m)
		}
		// 7.2万名就业困难人员实现就业: people that a verb and the words after
		// it describe, up to a noun that names people
		if countsPeople(q) && q.unit != "人" && q.unit != "人次" && d.Seg != nil { // (人 is itself the noun: 3000多人|开展人员搜救)
			if m := nounsAfter(d.Seg, d.Rules.coverbs, text[q.end:e], true); m != "" && namesPeople(m) {
				return m
			} else if m := upToPeople(d.Seg, m); m != "" {
				return m
			}
		}
		// 西递村、大寨村等8个村: after a list closed by 等, what the items
		// are, a noun of one character the segmenter leaves untagged, that
		// the last item ends with
		if g, ok := d.Seg.(*GSE); ok && listed {
			if w, tag := g.FirstWord(text[q.end:e]); utf8.RuneCountInString(w) == 1 && (tag == "zg" || tag == "ng" || tag == "n") &&
				(strings.HasSuffix(strings.TrimSuffix(before, "等"), w) || strings.Contains("村镇乡县市区省州", w)) { // 杨家台等7个村: a unit of places names its items
				return w
			}
		}
		// 206个“两重”项目: a quoted label and the noun it modifies
		if m := quotedNounAfter(d.Seg, text[q.end:]); m != "" {
			return m
		}
	}
	span := coordinatedSpan(d, cs, measureSpan(d, hits, cs, q.start))
	withActor := func(m string) string { return fr.actorOfSpan(d, cs, q.start, span, m) }
	if r, _ := utf8.DecodeRuneInString(text[q.end:]); q.kind == "count" && isHan(r) && strings.HasSuffix(text[cs:q.start], "在内的") {
		span = "" // 包括两名警察在内的|3人死亡: what the count includes is not what it counts
	}
	nounAfter := false
	if r, _ := utf8.DecodeRuneInString(text[q.end:]); q.end < len(text) && isHan(r) && !isPhraseBreak(r) {
		nounAfter = true
	}
	if m := fr.measurePhrase(d, span, q.start, q.kind == "count", !countsThings(q), q.kind == "percent", nounAfter); m != "" {
		// 河南发放1.1亿元通用消费券, 黑龙江种植3000万亩盐碱地水稻: a place or
		// body that acts names no measure; what follows the number does
		// (a cheap test first: most figures end their clause); so does a
		// verb that governs the number (对欧盟商品征收30%关税)
		r, _ := utf8.DecodeRuneInString(text[q.end:])
		if g, ok := d.Seg.(*GSE); ok && isHan(r) && !isNumeralRune(r) {
			ws := tagWords(g, m)
			last := ws[len(ws)-1]
			verbEnd := len(ws) > 1 && (last.tag == "v" || isComplement(ws[len(ws)-2], last))
			if q.kind == "count" && isScope(ws) {
				// 全国6.55万家殡葬服务机构提供…: a scope before a count
				// names no measure; what the classifier counts does, read
				// with the verbs that modify it
				if after := nounsAfter(g, d.Rules.coverbs, text[q.end:phraseEnd(text, q.end, 12)], true); after != "" {
					return after
				}
			}
			if !verbEnd && !endsWithProperName(g, m) && !nameAlone(g, m) {
				return withActor(m)
			}
			if after := nounAfterNumber(d, g, q.end, verbEnd, 14); after != "" {
				return after
			}
			// 四部门联合发布22条健全…措施: a count after its subject and
			// predicate counts what follows it, which is past reading
			if q.kind == "count" && verbEnd && !fr.isMeasureWord(last.text) && !hasAnyPrefix(text[q.end:], d.Rules.coverbs.links) { // not 一天四场增加到…
				if next := firstTag(g, text[q.end:phraseEnd(text, q.end, 4)]); next != "c" && next != "x" && next != "" { // not …完成823.2万辆和822万辆
					return ""
				}
			}
			return m
		}
		return withActor(m)
	}
	// 可以减少约30%的用海面积, 征收25%的关税: a verb governs the number and
	// the noun after its 的 is what the number sizes
	if g, ok := d.Seg.(*GSE); ok && strings.HasPrefix(text[q.end:], "的") {
		ws := tagWords(g, text[cs:q.start])
		for len(ws) > 0 && (ws[len(ws)-1].tag == "d" || ws[len(ws)-1].tag == "m") {
			ws = ws[:len(ws)-1] // 约, 近
		}
		if len(ws) > 0 && ws[len(ws)-1].tag == "v" {
			if m := nounAfterNumber(d, g, q.end, true, 12); m != "" {
				return m
			}
		}
	}
	// “全民艺术学堂”300个: a quoted name right before a count is what it counts
	if q.kind == "count" {
		if m := quotedBefore(text[listClauseStart(text, q.start):q.start]); m != "" {
			return m
		}
	}
	if m := fr.measureWordIn(d.Rules.coverbs.beforeComparison(d, text[cs:q.start]), !countsThings(q)); m != "" {
		// the phrase that ends with the measure word, when the segmenter
		// tags none of its words a noun
		if strings.HasSuffix(span, m) && d.Seg != nil && utf8.RuneCountInString(span) <= 12 {
			return span
		}
		// 森林覆盖率由…的21.6%提高到|25.2%: the phrase the measure word ends,
		// further back in the clause, with its modifiers
		pre := d.Rules.coverbs.beforeComparison(d, text[cs:q.start])
		if k := strings.LastIndex(pre, m); k > 0 && strings.ContainsAny(pre[k+len(m):], "从由") {
			if p := fr.measurePhrase(d, pre[windowStart(pre, 0, k, 12):k+len(m)], cs+k+len(m), false, false, false, false); strings.HasSuffix(p, m) {
				return p
			}
		}
		return m
	}
	if q.kind == "measure" && d.Seg != nil {
		// 完成84万亩玉米的统防统治, 建成10公里道路: what a size measures
		// may follow its unit, a noun by the segmenter's tag
		e := phraseEnd(text, q.end, 12)
		if m := nounsAfter(d.Seg, d.Rules.coverbs, text[q.end:e], false); m != "" && !strings.ContainsFunc(m, unicode.IsDigit) {
			return m
		}
	}
	if m := peopleByVerb(d, q, span); m != "" {
		return m
	}
	if q.kind == "count" && end <= q.end {
		if m := subjectBeforeMarker(d, hits, cs, q.start); m != "" {
			return m
		}
	}
	if q.kind == "count" && end > q.end {
		// The rest of the figure's own text: what the classifier counts,
		// nouns when the segmenter tags them so, else a short rest as it is
		// (打通39条断头路: 断头/v 路; 2人死亡) — a longer one runs into the
		// clause (向58.8万户次企业发放稳岗资金).
		if m := nounsAfter(d.Seg, d.Rules.coverbs, text[q.end:end], false); m != "" {
			return m
		}
		// 14场分论坛和“…”主题活动: a conjunction that joins the next item is not the measure's
		// 增长3倍多: the rest of an approximate count is no thing counted
		rest := strings.TrimLeft(text[q.end:end], "多余")
		for _, c := range []string{"以及", "和", "及"} {
			if strings.HasSuffix(rest, c) && utf8.RuneCountInString(rest) >= utf8.RuneCountInString(c)+2 {
				rest = strings.TrimSuffix(rest, c)
				break
			}
		}
		if utf8.RuneCountInString(rest) <= 4 && !strings.ContainsFunc(rest, unicode.IsDigit) {
			return rest
		}
		return ""
	}
	return ""
}

// measurePhrase is the noun phrase a number measures, read from s, the
// stretch of its clause before it (measureSpan): without the verbs that
// govern it at its start (开工改造城镇老旧小区 → 城镇老旧小区), at most twelve
// characters, by the segmenter's words; "" when no noun is left. A measure
// word of rules/measures.txt counts as a noun whatever its tag (money: the
// words for sums of money too). count says the number counts with a
// classifier, num is where it starts, nounAfter that a word follows it.
func (fr *figureRules) measurePhrase(d *Doc, s string, num int, count, money, rate, nounAfter bool) string {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return ""
	}
	// 国内生产总值（GDP）, 广义货币（M2）: what brackets gloss is no part of the phrase
	s = dropBracketed(s)
	if s == "" || strings.ContainsAny(s, "《》（）()") {
		return ""
	}
	if m := shareOfWhole(d.Rules.coverbs, s); m != "" {
		return m
	}
	words := compoundHead(d.Rules.coverbs, tagWords(g, s))
	if strings.ContainsAny(s, "“”") {
		// 盘活国有“三资”总额, “先投后股”试点: a short quoted label names
		// what the noun after it is of
		if words = quotedWords(words); words == nil {
			return ""
		}
	}
	// A measure word of rules/measures.txt names what is measured whatever
	// the segmenter's tag (一般/a 公共/b 预算/v 收入/v, 营/n 收/v).
	var inMeasure [][2]int
	if money {
		inMeasure = fr.measureWordBytes(s)
	} else {
		inMeasure = fr.measureWordBytes(s, "")
	}
	measureWord := make([]bool, len(words))
	nounAt := -1
	at := 0
	for i, w := range words {
		measureWord[i] = slices.ContainsFunc(inMeasure, func(r [2]int) bool { return r[0] < at+len(w.text) && at < r[1] })
		if isNounTag(w.tag) || measureWord[i] {
			nounAt = i
		}
		at += len(w.text)
	}
	if nounAt < 0 {
		return ""
	}
	lastAt := len(words) - 1
	for lastAt > nounAt+1 && slices.ContainsFunc(fr.before, func(b wordRule) bool { return b.word == words[lastAt].text }) {
		lastAt-- // 造成至少18人死亡: a bound before the count
	}
	if last := words[lastAt]; count && last.tag == "v" && nounAt < lastAt && strings.HasSuffix(d.Text[:num], joinWords(words[lastAt:])) &&
		(utf8.RuneCountInString(last.text) == 1 || slices.Contains(d.Rules.coverbs.causatives, last.text)) {
		// 事故造成3人死亡, 发生交通事故致12人死亡, 地区有694人遇难: a
		// causative (rules/measure_links.txt) or any one-character verb right
		// before the count governs it; what follows the classifier names
		// what is counted. (城镇新增就业1200万人, 举办演出100场: a longer
		// verb names the measure. A noun the segmenter tags a verb is lost
		// so: 城市小型/b 站/v 200个.) When nothing follows the classifier of
		// 有, the phrase names it after all: 大模型有|132款.
		if nounAfter || last.text != "有" {
			return ""
		}
		words = words[:lastAt]
		// 深圳有|1333家, 机上有|8人, 渔船大约有, 三亚和儋州各有: a place, an
		// adverb or a determiner names no thing counted
		for len(words) > 0 && strings.Contains(" d f r ", " "+words[len(words)-1].tag+" ") { // 大约, 中, 各
			words = words[:len(words)-1]
		}
		if len(words) == 0 || isAgentTag(words[len(words)-1].tag) || words[len(words)-1].tag == "s" || len(words) == 1 && !isNounTag(words[0].tag) ||
			strings.ContainsFunc(joinWords(words), unicode.IsDigit) { // 营业收入增长10%的企业有50家: read past the number later

			return ""
		}
		if nounAt >= len(words) {
			nounAt = len(words) - 1
		}
	}
	// a rate linked to its subject (…数量增长19.5%), not governed by the verb before it
	before := d.Text[:num]
	for _, b := range fr.before { // longest first: 约, 超过 … are no link
		if t, ok := strings.CutSuffix(before, b.word); ok {
			before = t
			break
		}
	}
	linked := rate && !strings.HasSuffix(before, s)
	skipLeads := func(first int) int {
		for first < nounAt && !measureWord[first] && (isLeadTag(words[first].tag) || slices.Contains(d.Rules.coverbs.links, words[first].text) || governsAsVerb(d.Rules.coverbs, fr.isMeasureWord, words, first, money || rate)) {
			if w := words[first]; w.tag == "f" && isRegionWord(w.text) && isNounTag(words[first+1].tag) && words[first+1].tag != "vn" {
				break // 西部/f 地区, 下游/f 河道: a region named by its direction
			}
			if opensRelative(d.Rules.coverbs, words, first, nounAt) {
				break // 扣除食品和能源价格的|核心CPI: the verb opens a relative clause, whose 的 comes later
			}
			if w := words[first]; utf8.RuneCountInString(w.text) == 2 && strings.HasSuffix(w.text, "均") && (isNounTag(words[first+1].tag) || words[first+1].tag == "v") {
				break // 日均旅客量, 年均降水量, 日均接待观众: the period averaged over names the measure (…运输量日均|226万人次 links)
			}
			if !rate && slices.Contains(d.Rules.coverbs.reduces, words[first].text) && isNounTag(words[first+1].tag) {
				break // 每年减少二氧化碳排放量48万吨: what is cut, not what is emitted
			}
			if count && first+1 == nounAt && words[first].tag == "v" && utf8.RuneCountInString(words[first].text) >= 2 &&
				isPeopleInGeneral(words[nounAt].text) && !d.Rules.coverbs.linksOrCauses(words[first].text) {
				break // 转移人员1200多人: people in general are told apart by what is done for them
			}
			if linked && words[first].tag == "v" && !d.Rules.coverbs.linksOrCauses(words[first].text) && isNounTag(words[first+1].tag) {
				break // 新设外资企业数量增长19.5%: a rate's subject keeps the verb that modifies its noun (新建5G基站3万个 counts what is built, 减排温室气体35% what is cut, 帮助这里的…利用率 governs a clause)
			}
			if first == nounAt-1 && !isNounTag(words[nounAt].tag) && words[first].tag == "v" && !slices.Contains(d.Rules.coverbs.links, words[first].text) {
				break // 赔付/v 支出/v: a verb before a measure word the segmenter tags a verb modifies it
			}
			if words[first].tag == "v" && !count && isNounTag(words[first+1].tag) && (strings.Contains("率度量额值", lastRune(words[first+1].text)) || words[first+1].text == "面积" || words[first+1].text == "里程") &&
				!d.Rules.coverbs.linksOrCauses(words[first].text) { // not 带动销售额
				break // 收获进度近七成, 转换效率接近70%, 展览面积16万平方米: a verb before the head of a rate or size names it
			}
			if next := words[first+1]; words[first].tag == "v" && isNounTag(next.tag) && !slices.Contains(d.Rules.coverbs.links, words[first].text) &&
				(utf8.RuneCountInString(next.text) == 1 && strings.Contains("量额率数", next.text) || utf8.RuneCountInString(next.text) == 2 && lastRune(next.text) == "数") {
				break // 采购/v 量/n, 立案/v 起数/n, 参保/v 人数/n: a verb names the measure of a count, sum or rate of what it does (not 带动/v 销售额/n)
			}
			first++
			if words[first-1].tag == "uj" {
				break // 空袭导致的|死亡人数: what follows 的 is the head
			}
		}
		return first
	}
	first := skipLeads(0)
	// 央行新增支农支小再贷款额度, 财政部发行国债: a body or place that
	// acts and its verb stand before what is measured
	if first+2 <= nounAt && words[first+1].tag == "v" && !measureWord[first+1] && !measureWord[first+2] && // not 广交会展览总面积
		(isAgentTag(words[first].tag) || words[first].tag == "j" && slices.Contains(d.Rules.coverbs.links, words[first+1].text) ||
			!rate && isWholeScope(words[first].text) && (slices.Contains(d.Rules.coverbs.work, words[first+1].text) || !slices.Contains(d.Rules.coverbs.links, words[first+1].text)) &&
				(isNounTag(words[first+2].tag) && utf8.RuneCountInString(words[first+2].text) >= 2 || words[first+2].tag == "v")) { // 全省新建|老年助餐点, 全国开工|改造…; not 全国演出/v 类票房, 全国新增/link 发电装机容量
		first = skipLeads(first + 2)
	}
	subject := "" // a named subject before a time word that the measure skips
	// a date inside the phrase: the measure begins after it (塞维利亚28日气温
	// → 气温), and after a linking verb that follows the date (连续6年保持
	// 年产气量 → 年产气量; not 2024年立案起数, PM2.5年平均浓度); another
	// number sizes something else, and cleanMeasure drops the phrase
	for k := first; k+1 < nounAt; k++ {
		if w := words[k]; w.text != "" && strings.Trim(w.text, "0123456789.") == "" && (isTimeUnit(words[k+1].text) || words[k+1].tag == "q" ||
			utf8.RuneCountInString(words[k+1].text) == 1 && strings.Contains("省市县区国州镇村乡", words[k+1].text)) { // 内地9市|外贸总值
			// 其中50次|下潜深度: a count of other things before it too
			if named := namedSubject(words[first:k]); named != "" && (isTimeUnit(words[k+1].text) || words[k+1].tag != "q") {
				subject = named // 塞维利亚28日|气温
			}
			first = k + 2
			for first < nounAt && words[first].tag == "v" && slices.Contains(d.Rules.coverbs.links, words[first].text) {
				first++
			}
		} else if k > first && (words[k].tag == "t" && (isTimeWord(words[k].text) || words[k+1].tag == "f" && strings.Contains("期间 前后 以来 前夕", words[k+1].text)) ||
			words[k].tag == "mq" && strings.HasSuffix(words[k].text, "季度")) {
			// 加拿大二季度|国内生产总值, 博物馆春节期间|接待观众: a time word
			// inside the phrase, and the locative that closes it (not
			// 暑期/t 档/q 票房: a bound morpheme makes a name of it)
			j := k + 1
			for j < nounAt && words[j].tag == "f" {
				j++
			}
			if j <= nounAt && utf8.RuneCountInString(words[j].text) >= 2 {
				// a named subject before the time keeps its measure (宁波舟山港
				// 今年1—6月|完成货物吞吐量 → 宁波舟山港货物吞吐量)
				if named := namedSubject(words[first:k]); named != "" {
					subject = named
				}
				first = j
			}
		}
	}
	n := 0
	start := len(words)
	for start > first && n+utf8.RuneCountInString(words[start-1].text) <= 12 {
		start--
		n += utf8.RuneCountInString(words[start].text)
	}
	// nor does it open inside a compound of nouns (全国规模|以上文化企业年营业
	// 收入): up to sixteen characters, the nouns before it come along
	for start > first && n+utf8.RuneCountInString(words[start-1].text) <= 16 &&
		(isNounTag(words[start-1].tag) || words[start-1].tag == "b" || words[start-1].tag == "f" || words[start-1].tag == "ns" ||
			start < len(words) && words[start].tag == "k" && !isNumeralText(words[start-1].text)) && !isDateWord(words, start-1) { // 普惠/a 型/k: a suffix takes its stem (not 055型)
		start--
		n += utf8.RuneCountInString(words[start].text)
	}
	// a window that opens inside a coordination takes it whole (国家一级
	// 图书馆、博物馆、文化馆数量), up to twenty characters
	if start > first && start < len(words) {
		from, m := start, n
		nounish := func(w taggedWord) bool { return isNounTag(w.tag) || w.tag == "b" }
		for from > first && m+utf8.RuneCountInString(words[from-1].text) <= 20 && (nounish(words[from-1]) || isCoordinator(words[from-1].text)) {
			from--
			m += utf8.RuneCountInString(words[from].text)
		}
		coordinated := slices.ContainsFunc(words[from:], func(w taggedWord) bool { return isCoordinator(w.text) })
		// only whole items: not 海运/量、… cut by the limit inside a word
		if coordinated && (from == first || !nounish(words[from-1])) {
			start, n = from, m
		}
	}
	// a relative clause kept whole from its verb, up to twenty characters
	// (扣除食品和能源价格的核心CPI: without 扣除 it means the opposite)
	if start > first && opensRelative(d.Rules.coverbs, words, first, nounAt+1) && utf8.RuneCountInString(joinWords(words[first:])) <= 20 {
		start = first
	}
	// nor on the bound of a compound (规模|以上农产品加工业企业): the word it
	// bounds comes along, past the length
	if start > first && start < len(words) && (words[start].text == "以上" || words[start].text == "以下") && isNounTag(words[start-1].tag) {
		start--
	}
	// the window may open on a function word or the tail of a date (新发放的
	// 普惠型…, 软件和信息技术…, 2025年暑期…)
	for start < nounAt && (isFunctionTag(words[start].tag) && !countsNoun(words, start) || isDateWord(words, start) && !timeMakesName(words, start)) {
		start++
	}
	// nor close on a link, preposition or particle (增长可能进一步)
	end := len(words)
	for end > nounAt+1 && (isTrailingJunk(words[end-1]) || slices.Contains(d.Rules.coverbs.links, words[end-1].text) && !fr.isMeasureWord(words[end-1].text) ||
		words[end-1].tag == "f" && words[end-1].text == "中" || // 4名机组人员中|3人获救: among them
		words[end-1].text == "有" && end >= 2 && words[end-2].text == "中") { // 所有小项中有|三分之一
		end--
	}
	m := joinWords(words[start:end])
	// 全国铁路完成固定资产投资8506亿元: the verb that reports the total
	// stands inside the phrase; what is measured is the subject's object
	// (全国铁路固定资产投资, 数字产业实现收入 → 数字产业收入).
	for _, v := range d.Rules.coverbs.reporting {
		if k := strings.Index(m, v); k >= 0 && utf8.RuneCountInString(m[k+len(v):]) >= 2 { // not 任务完成率
			m = m[:k] + m[k+len(v):]
			break
		}
	}
	if utf8.RuneCountInString(m) < 2 {
		return ""
	}
	if subject != "" && start == first && !strings.HasPrefix(m, subject) {
		m = subject + m
	} else if actor, verb := fr.actorBefore(d, words[:start]); actor != "" && start == first {
		m = actor + verb + m
	}
	return perUnitPrefix(s, m)
}

// governsAsVerb says whether words[k], opening the phrase before a count or
// size, is a verb that governs what follows though the segmenter tags it
// otherwise: work done on counted things (rules/measure_links.txt, kind
// work: 建设/vn 农村供水工程200处, 改扩建/j 学校) before a content word.
// Sums and rates keep it: 建设投资 is what was spent on building.
func governsAsVerb(cr *coverbRules, isMeasure func(string) bool, words []taggedWord, k int, sumOrRate bool) bool {
	if sumOrRate || k+1 >= len(words) {
		return false
	}
	w, next := words[k], words[k+1]
	// not before a measure word, with which it makes a compound (建设规模,
	// 建设任务, 建设里程: rules/measures.txt)
	return w.tag != "v" && slices.Contains(cr.work, w.text) && !isFunctionTag(next.tag) && next.tag != "x" && !isMeasure(next.text) &&
		(k+2 >= len(words) || words[k+2].tag != "uj") // not 纳入建设名单的|…基地: a relative clause
}

// opensRelative says whether words[k], a verb, opens a relative clause that
// restricts what is measured: its object or modifiers, then 的 before end
// (扣除食品和能源价格的|核心CPI, 具有一定影响力的|工业互联网平台). Not a verb
// right before 的, which only says what was done (发放的劳务报酬), nor one
// before a preposition (助力在深圳的…), nor 即 (namely) or a link.
func opensRelative(cr *coverbRules, words []taggedWord, k, end int) bool {
	w := words[k]
	if w.tag != "v" || w.text == "即" || cr.linksOrCauses(w.text) || slices.Contains(cr.reporting, w.text) || k+1 >= end {
		return false
	}
	switch words[k+1].tag {
	case "uj", "p", "c", "r", "x":
		return false
	}
	return slices.ContainsFunc(words[k+2:end], func(u taggedWord) bool { return u.tag == "uj" })
}

// nextCountedItem is where s, the words after a count's classifier, joins
// the next count with 和, 及 or 与 (集结区|和1个无人机控制点), or 0.
func nextCountedItem(s string) int {
	for _, c := range []string{"和", "及", "与"} {
		if k := strings.Index(s, c); k > 0 {
			if r, _ := utf8.DecodeRuneInString(s[k+len(c):]); isNumeralStart(r) {
				return k
			}
		}
	}
	return 0
}

// shareOfWhole reads a phrase that names a share by its part and whole
// (我国占世界经济的比重, 服务业增加值占GDP比重) as X占Y比重, the measure whole;
// else "".
func shareOfWhole(cr *coverbRules, s string) string {
	k := strings.Index(s, "占")
	if cr == nil || k <= 0 || !runesAtMost(s[:k], 10) {
		return ""
	}
	rest := s[k+len("占"):]
	for _, r := range cr.ratios {
		if base, ok := strings.CutSuffix(rest, r); ok {
			base = strings.TrimSuffix(base, "的")
			if base == "" || !runesAtMost(base, 12) || strings.ContainsAny(base, "，,、的") {
				return ""
			}
			part := s[:k]
			for _, w := range []string{"其中", "的", "把", "将", "即"} {
				part = strings.TrimPrefix(part, w) // 其中|非化石能源…, 把|国防开支…
			}
			if part == "" {
				return ""
			}
			return part + "占" + base + r
		}
	}
	return ""
}

// perUnitPrefix gives m back the rate or period it is measured per that
// opens s, the phrase it was read from, and that the reading skipped as a
// numeral or time (每万人口|高价值发明专利拥有量, 年|发电能力).
func perUnitPrefix(s, m string) string {
	k := strings.Index(s, m)
	if k <= 0 || strings.HasPrefix(m, "每") {
		return m
	}
	pre := s[:k]
	if pre == "年" {
		return pre + m // 年发电能力: a year's, not a date
	}
	for _, n := range []string{"十万", "百万", "千万", "十", "百", "千", "万", "亿"} {
		if strings.HasSuffix(pre, "每"+n) {
			return "每" + n + m
		}
	}
	// 万元生产总值用水量, 万元GDP能耗: an intensity per ten thousand yuan of
	// output, which the reading skipped as a number and its unit
	for _, n := range []string{"万元", "亿元"} {
		if strings.HasSuffix(pre, n) && !endsWithNumeral(strings.TrimSuffix(pre, n)) {
			return pre + m // (全市万元GDP能耗: with its owner)
		}
	}
	return m
}

// endsWithNumeral says whether s ends with a digit or a Chinese numeral
// (3万元 is a sum, not a unit of output).
func endsWithNumeral(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isNumeralRune(r)
}

// ownerBeforeCount gives m, what a count or size names right after its unit,
// the named owner that alone stands before the number in its clause, past
// adverbs, times and bounds (北京大兴国际机场3万多名员工 → 北京大兴国际机场员工,
// 重庆市400多万亩冬油菜, 四川10个国家大科学装置). Not a one-character noun
// (全国1315个县). Else m.
func (fr *figureRules) ownerBeforeCount(d *Doc, q quantity, cs int, m string) string {
	g, ok := d.Seg.(*GSE)
	if !ok || m == "" || (q.kind != "count" && q.kind != "measure") || !runesAtMost(m, 12) || utf8.RuneCountInString(m) < 2 ||
		!strings.HasPrefix(d.Text[q.end:], m) {
		return m
	}
	if strings.HasSuffix(d.Text[:cs], "、") || !runesAtMost(d.Text[cs:q.start], 24) {
		return m // 景海鹏、朱杨柱、桂海潮3名航天员: the last item of a list is no owner
	}
	ws := tagWords(g, d.Text[cs:q.start])
	for len(ws) > 0 {
		w := ws[len(ws)-1]
		if w.tag != "d" && w.tag != "t" && !fr.isComparatorWord(w.text) && !fr.isMarker(w.text, markFact) {
			break
		}
		ws = ws[:len(ws)-1]
	}
	k := 0
	for k < len(ws) && (ws[k].tag == "t" || ws[k].tag == "d") {
		k++ // 开年以来, 目前
	}
	owner := namedSubject(ws[k:])
	if (owner == "" || owner != joinWords(ws[k:])) && !fr.isMeasureWord(m) {
		owner = topicBeforeCount(ws[k:])
	} else if owner != joinWords(ws[k:]) {
		owner = ""
	}
	if owner == "" || strings.HasPrefix(m, owner) {
		return m
	}
	return owner + m
}

// topicBeforeCount is the run of two nouns or more between a verb and a
// count that a noun follows (出台|科技金融|20条政策措施 → 科技金融): what the
// counted things are about, at most eight characters; "" otherwise.
func topicBeforeCount(ws []taggedWord) string {
	j := len(ws)
	for j > 0 && (ws[j-1].tag == "n" || ws[j-1].tag == "nz" || ws[j-1].tag == "j") {
		j--
	}
	// two nouns at least: one the segmenter tags a noun may be a verb
	// (选派, 布局) or a scope (全球)
	if len(ws)-j < 2 || j == 0 || ws[j-1].tag != "v" || utf8.RuneCountInString(ws[j-1].text) < 2 ||
		slices.ContainsFunc(ws[j:], func(w taggedWord) bool { return isWholeScope(w.text) }) {
		return ""
	}
	run := joinWords(ws[j:])
	if utf8.RuneCountInString(run) < 2 || !runesAtMost(run, 8) {
		return ""
	}
	return run
}

// actorOfSpan gives m, what a verb that opens span governs, the named actor
// that stands before span in its clause past the plan or fact words that cut
// span off (全国铁路预计|发送旅客 → 全国铁路发送旅客, 北极村景区已|接待游客).
// Else m.
func (fr *figureRules) actorOfSpan(d *Doc, cs, num int, span, m string) string {
	g, ok := d.Seg.(*GSE)
	before := d.Text[cs:num]
	if d.Rules.coverbs != nil {
		before = d.Rules.coverbs.stripLinks(before) // 接待客流量|为, as the span is read
	}
	pre, found := strings.CutSuffix(before, span)
	if !ok || !found || pre == "" || span == "" || m == "" || !strings.HasSuffix(span, m) || !runesAtMost(pre, 24) {
		return m
	}
	ws := tagWords(g, span[:len(span)-len(m)])
	if len(ws) != 1 {
		return m
	}
	actor, verb := fr.actorBefore(d, append(tagWords(g, pre), ws[0]))
	if actor == "" || strings.HasPrefix(m, actor) {
		return m
	}
	return actor + verb + m
}

// actorBefore reads what stands before a measure's window when it is a named
// actor, perhaps adverbs or a time, and the verb whose object the window is
// (北京接待|游客, 国家开发银行发放|交通物流基础设施贷款): the actor, and the
// verb unless it only reports or links (厦门港完成|集装箱吞吐量, 中国人民银行
// 新增|支农支小再贷款额度). Else "", "".
func (fr *figureRules) actorBefore(d *Doc, words []taggedWord) (string, string) {
	cr := d.Rules.coverbs
	if cr == nil || len(words) < 2 {
		return "", ""
	}
	v := words[len(words)-1]
	if v.tag != "v" || slices.Contains(cr.causatives, v.text) || slices.Contains(cr.reduces, v.text) ||
		slices.Contains(cr.work, v.text) { // 全省新建|老年助餐点500个 counts the new ones, not the province's
		return "", ""
	}
	k := len(words) - 1
	for k > 0 && (words[k-1].tag == "d" || words[k-1].tag == "t" || fr.isMarker(words[k-1].text, markModal, markFact)) {
		k--
	}
	actor := namedSubject(words[:k])
	if actor == "" || joinWords(words[:k]) != actor {
		return "", ""
	}
	if slices.Contains(cr.links, v.text) {
		return actor, ""
	}
	return actor, v.text
}

// namedSubject is the subject that words name before a date inside a
// measure's phrase (宁波舟山港|今年1—6月, 加拿大|二季度): one to four nouns, a
// place, body or person among them, the time words and the date's digits
// aside; else "".
func namedSubject(words []taggedWord) string {
	var named []taggedWord
	for _, w := range words {
		if w.tag != "t" && w.tag != "m" && !(w.tag == "x" && strings.Trim(w.text, "0123456789.—-～~至到") == "") {
			named = append(named, w)
		}
	}
	if len(named) == 0 || len(named) > 4 || slices.ContainsFunc(named, func(w taggedWord) bool { return (!isNounTag(w.tag) || w.tag == "vn") && w.tag != "b" }) ||
		!slices.ContainsFunc(named, func(w taggedWord) bool { return isAgentTag(w.tag) }) && !isWholeScope(named[0].text) {
		return ""
	}
	return joinWords(named)
}

// isWholeScope says whether w names a whole territory as a subject (全国,
// 全省, 我国, 国家铁路's 国家).
func isWholeScope(w string) bool {
	return w == "我国" || w == "国家" || isWhole(w)
}

// isWhole says whether w is 全 and one character, the whole of a territory
// or a work (全国, 全美, 全岛, 全线). Callers ask for a noun besides, so 全年/t
// and 全面/ad are not read so (a list of territories lost 全美航班, 全线标段).
func isWhole(w string) bool {
	return strings.HasPrefix(w, "全") && utf8.RuneCountInString(w) == 2
}

// quotedWords joins each quoted label of words into one word, a name (nz),
// when a noun follows it; a label that a noun does not follow, or a long
// one, stands apart, and the phrase begins after it; nil when a quote is
// unbalanced or a label ends the phrase (a label is no measure of its own).
func quotedWords(words []taggedWord) []taggedWord {
	var out []taggedWord
	for k := 0; k < len(words); k++ {
		w := words[k]
		if w.text != "“" {
			if w.text == "”" {
				return nil
			}
			out = append(out, w)
			continue
		}
		j := k + 1
		for j < len(words) && words[j].text != "”" && words[j].text != "“" {
			j++
		}
		if j >= len(words) || words[j].text != "”" {
			return nil
		}
		// a label that ends the phrase names what is measured by itself
		// (建设提升“四好农村路”600公里)
		if label := joinWords(words[k : j+1]); j+1 == len(words) && utf8.RuneCountInString(label) <= 10 {
			if timeLabel(label) || slices.ContainsFunc(words[:k], func(w taggedWord) bool { return w.text == "比" || w.text == "较" || w.tag == "p" }) {
				return nil // 比去年“五一”, 提前完成“十四五”: a time or a base of comparison
			}
			return []taggedWord{{text: label, tag: "nz"}}
		} else if utf8.RuneCountInString(label) <= 10 && j+1 < len(words) && isNounTag(words[j+1].tag) {
			out = append(out, taggedWord{text: label, tag: "nz"})
		} else {
			out = out[:0] // “十四五”期间|西部…, “四种形态”|批评教育…: the phrase begins after it
		}
		k = j
	}
	return out
}

// timeLabel says whether a quoted label names a plan period or a day (“十四五”,
// “五一”, “3·15”): digits and numerals only, perhaps with 五 and a separator.
func timeLabel(label string) bool {
	inner := strings.Trim(label, "“”")
	return inner != "" && !strings.ContainsFunc(inner, func(r rune) bool { return !isNumeralRune(r) && !isDigitRune(r) && r != '·' && r != '.' })
}

// compoundHead joins a one-character noun morpheme that ends the phrase to
// the word before it, a noun compound the dictionary lacks: 绿/a 道/q,
// 充电/v 桩/zg, 保障/v 房/n, 海外/s 仓/zg. Not after a number or a date
// (3个), nor a link or a verb that reports or causes (达/v, 完成/v 量),
// nor a locative or preposition.
func compoundHead(cr *coverbRules, words []taggedWord) []taggedWord {
	n := len(words)
	if n < 2 {
		return words
	}
	head, mod := words[n-1], words[n-2]
	if utf8.RuneCountInString(head.text) != 1 || !slices.Contains([]string{"n", "ng", "q", "zg"}, head.tag) ||
		!slices.Contains([]string{"n", "v", "vn", "a", "b", "s", "nz"}, mod.tag) || isNumeralText(mod.text) ||
		strings.ContainsAny(head.text, "年月日里内外中间向为于以") || isComplement(mod, head) || // not a locative (项目|里) or preposition (会议|向, 整合|为)
		strings.HasPrefix(mod.text, "为") || // 思路|为主|线: 为 opens a predicate
		utf8.RuneCountInString(mod.text) == 1 && mod.tag != "a" && mod.tag != "b" { // 铺/v 画: a verb and its object
		return words
	}
	if cr != nil && cr.linksOrCauses(mod.text) {
		return words
	}
	out := slices.Clone(words[:n-1])
	out[n-2] = taggedWord{text: mod.text + head.text, tag: "n"}
	return out
}

// isComplement says whether w, after the verb v, completes it with a
// direction or result (转移/v 出, 分配/v 到), whatever the segmenter tags it.
func isComplement(v, w taggedWord) bool {
	return v.tag == "v" && utf8.RuneCountInString(w.text) == 1 && strings.Contains("出入上下进回过起开到来去成", w.text)
}

// subjectBeforeMarker is what a count ending its clause counts when only a
// verb stands between the clause's last marker and the number: the noun
// phrase before the marker (中欧班列累计开行6184列 → 中欧班列). Not a name
// that acts (财政部今年已发行…), nor a phrase with a verb or preposition
// (近两年围绕算力枢纽已建成…), nor what causes the count (大火已导致…).
func subjectBeforeMarker(d *Doc, hits []markerHit, cs, num int) string {
	g, ok := d.Seg.(*GSE)
	cr := d.Rules.coverbs
	if !ok || cr == nil {
		return ""
	}
	k := sort.Search(len(hits), func(k int) bool { return hits[k].end > cs })
	var last *markerHit
	for ; k < len(hits) && hits[k].end <= num; k++ {
		if h := &hits[k]; h.start >= cs && h.kind != markHeading && h.kind != markTally {
			last = h
		}
	}
	if last == nil || last.start <= cs {
		return ""
	}
	after := d.Text[last.end:num]
	if hasNounWord(g, after) || slices.ContainsFunc(cr.causatives, func(c string) bool { return strings.Contains(after, c) }) {
		return ""
	}
	before := cr.measureText(d, d.Text[cs:last.start])
	if before == "" || strings.ContainsFunc(before, isDigitRune) || endsWithProperName(g, before) {
		return ""
	}
	ws := tagWords(g, before)
	if ws[len(ws)-1].tag != "n" || slices.ContainsFunc(ws, func(w taggedWord) bool { return !isNounTag(w.tag) && w.tag != "b" && w.tag != "ns" }) {
		return ""
	}
	return before
}

// lastRune is the last character of s, as a string.
func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// hasNounWord says whether the segmenter tags a word of s a noun.
func hasNounWord(g *GSE, s string) bool {
	return slices.ContainsFunc(tagWords(g, s), func(w taggedWord) bool { return isNounTag(w.tag) })
}

// countsNoun says whether words[k] is a numeral that counts the noun after
// it (三地的…大桥) rather than the tail of a number the window cut (254|万人).
func countsNoun(words []taggedWord, k int) bool {
	w := words[k]
	if !isNumeralText(w.text) || strings.ContainsFunc(w.text, isDigitRune) || k+1 >= len(words) || isNumeralText(words[k+1].text) {
		return false
	}
	return k == 0 || !isNumeralText(words[k-1].text)
}

// isTrailingJunk says whether a word after a measure's last noun only leads
// to its number: a preposition, conjunction or particle (adverbs are in
// rules/measure_links.txt: the segmenter tags nouns d, 进度/d).
func isTrailingJunk(w taggedWord) bool {
	switch w.tag {
	case "p", "c", "uj", "ul", "u":
		return true
	}
	return false
}

// isCoordinator says whether a word joins the items of a coordination.
func isCoordinator(w string) bool {
	switch w {
	case "、", "和", "及", "与", "以及":
		return true
	}
	return false
}

// isFunctionTag says whether a word so tagged only joins or closes others:
// a particle, conjunction, preposition, numeral or classifier.
func isFunctionTag(tag string) bool {
	switch tag {
	case "uj", "ul", "u", "c", "p", "m", "q", "mq":
		return true
	}
	return false
}

// isLeadTag says whether a word that opens the phrase before a number
// governs it rather than names it: a verb, adverb, preposition,
// conjunction, pronoun, numeral, classifier, particle, locative or time.
func isLeadTag(tag string) bool {
	switch tag {
	case "v", "d", "p", "c", "r", "m", "q", "mq", "uj", "ul", "f", "t":
		return true
	}
	return false
}

// measureSpan is the text a number's measure is read from: its clause
// before it, after the last target or fact marker, before a 从/由 that
// opens a change ("收入从7248亿元提高到…"), without the linking words of
// rules/measure_links.txt at its end.
func measureSpan(d *Doc, hits []markerHit, cs, num int) string {
	cr := d.Rules.coverbs
	if cr == nil || num <= cs {
		return ""
	}
	text := d.Text
	// at most 64 characters back: a measure is short, and a text without
	// stops must be read in linear time
	cs = windowStart(text, cs, num, 64)
	// the stretches between the clause's markers, last first: when the
	// last is empty ("加工转化率从2020年的51%"), the one before it
	bounds := []int{cs}
	k := sort.Search(len(hits), func(k int) bool { return hits[k].end > cs })
	for ; k < len(hits) && hits[k].end <= num; k++ {
		h := hits[k]
		if h.start < cs || h.kind == markHeading || h.kind == markTally {
			continue
		}
		if n := len(bounds); n >= 3 && h.start == bounds[n-2] && h.end > bounds[n-1] {
			bounds[n-1] = h.end // 已经 over 已: the longer marker at one place
			continue
		}
		if h.start >= bounds[len(bounds)-1] {
			bounds = append(bounds, h.start, h.end)
		}
	}
	bounds = append(bounds, num)
	for i := len(bounds) - 2; i >= 0; i -= 2 {
		s := cr.measureText(d, text[bounds[i]:bounds[i+1]])
		if s == "" && i >= 2 && i == len(bounds)-2 {
			// 投资完成率125.5%: a marker that is a measure word itself ends
			// the measure that the stretch before it names
			if marker := text[bounds[i-1]:bounds[i]]; d.Rules.figures != nil && d.Rules.figures.isMeasureWord(marker) {
				return measureSpan(d, hits, cs, bounds[i-1]) + marker
			}
		}
		if s == "" {
			continue
		}
		// 充电基础设施累计数量达到…: a bare noun after a marker is the
		// measure of what the stretch before the marker names (not a verb:
		// 财政部今年已发行… names the agent)
		// 外商直接投资实际到位额…: a marker that is a noun itself (实际/n)
		// stays in the name
		if i >= 2 && utf8.RuneCountInString(s) <= 3 {
			if g, ok := d.Seg.(*GSE); ok {
				if ws := tagWords(g, s); len(ws) <= 2 && isNounTag(ws[len(ws)-1].tag) && (len(ws) == 1 || ws[0].tag == "v") {
					if before := cr.measureText(d, text[bounds[i-2]:bounds[i-1]]); before != "" && !strings.ContainsFunc(before, isDigitRune) {
						if bw := tagWords(g, before); isNounTag(bw[len(bw)-1].tag) && !endsWithProperName(g, before) && // not 深圳市累计进出口
							!slices.ContainsFunc(bw, func(w taggedWord) bool { return w.tag == "p" }) { // nor 对…国家合计进出口
							marker := text[bounds[i-1]:bounds[i]]
							if mw := tagWords(g, marker); len(mw) != 1 || mw[0].tag != "n" {
								marker = "" // 累计/v, 合计/vn
							}
							return before + marker + s
						}
					}
				}
			}
		}
		return s
	}
	return ""
}

// measureText is what of a stretch before a number can name its measure:
// without the linking words at its end, the base of a comparison, and a
// time or count that dates the measure (天然气产量2030年达到 → 天然气产量,
// 发送量连续三天超 → 发送量), until none is left.
func (cr *coverbRules) measureText(d *Doc, s string) string {
	g, _ := d.Seg.(*GSE)
	for {
		t := trimTimeTail(d, cr.stripLinksIn(g, cr.beforeComparison(d, perUnitCut(s))))
		if t == s {
			return s
		}
		s = t
	}
}

// trimTimeTail drops from the end of s a time word, a number, or a numeral
// with its unit of time (2030年, 三天, 一季度), when a noun then ends it: after
// a verb the phrase goes on past the number (招标发行2025年…125亿元).
func trimTimeTail(d *Doc, s string) string {
	g, ok := d.Seg.(*GSE)
	if !ok || s == "" {
		return s
	}
	tail := s[max(0, len(s)-18):]
	if !strings.ContainsFunc(tail, isNumeralRune) && !strings.ContainsRune(tail, '年') {
		return s
	}
	words := tagWords(g, s)
	n := len(words)
	for n > 0 {
		w := words[n-1]
		switch {
		case isNumeralText(w.text) || w.tag == "t" || isTimeSpan(w.text):
			n--
			continue
		case n >= 2 && isTimeUnit(w.text) && isNumeralText(words[n-2].text):
			n -= 2
			continue
		}
		break
	}
	// 发送量连续三天: a link before the time goes with it
	for n > 0 && n < len(words) && slices.Contains(d.Rules.coverbs.links, words[n-1].text) {
		n--
	}
	if n == len(words) || n == 0 || !isNounTag(words[n-1].tag) {
		return s
	}
	return joinWords(words[:n])
}

// timeMakesName says whether the time word words[k] makes a name with the
// one-character morpheme after it (暑期/t 档 票房, 春节/t 档): the season of a
// box office, not a date.
func timeMakesName(words []taggedWord, k int) bool {
	if words[k].tag != "t" || k+1 >= len(words) || utf8.RuneCountInString(words[k+1].text) != 1 {
		return false
	}
	switch words[k+1].tag {
	case "n", "ng", "q", "zg", "k": // not 上半年|新/a 投放, 当天|在/p
		return true
	}
	return false
}

// isDegreeTag says whether a word so tagged grades rather than names: an
// adjective or adverb (较/高, 比/较).
func isDegreeTag(tag string) bool {
	switch tag {
	case "a", "ad", "d":
		return true
	}
	return false
}

// isDateWord says whether words[k] dates a measure rather than names it: a
// time word (今年), a sign between numerals (1—11月), or a numeral before a
// unit of time or another numeral (7月, 第二季度; not 三省一市).
func isDateWord(words []taggedWord, k int) bool {
	w := words[k]
	switch {
	case w.tag == "t", w.tag == "x" && !strings.ContainsFunc(w.text, unicode.IsLetter) && !isNumeralText(w.text):
		return true
	case !isNumeralText(w.text):
		return false
	}
	// the run of numerals and signs must end in a unit of time (254万人 is
	// another figure)
	for k++; k < len(words); k++ {
		next := words[k]
		if isTimeUnit(next.text) {
			return true
		}
		if !isNumeralText(next.text) && (next.tag != "x" || strings.ContainsFunc(next.text, unicode.IsLetter)) {
			return false
		}
	}
	return false
}

// isTimeUnit says whether a word counts time (三天, 2030年, 一季度): a
// numeral before any other classifier names a thing (神舟二十一号, 二期
// names a phase).
func isTimeUnit(w string) bool {
	switch w {
	case "年", "月", "月份", "日", "天", "周", "季度", "个月", "年度", "财年", "学年":
		return true
	}
	return false
}

// isTimeSpan says whether a word is a numeral with a unit of time (三天, 五年).
func isTimeSpan(w string) bool {
	for k := range w {
		if k > 0 && isTimeUnit(w[k:]) && isNumeralText(w[:k]) {
			return true
		}
	}
	return false
}

// isNumeralText says whether s is written in numerals alone (2030, 三, 第二, 多).
func isNumeralText(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.〇零一二三四五六七八九十百千万亿两半多余几第") == ""
}

// beforeComparison cuts s before the last comparison word that the segmenter
// cuts as a word of its own (增速高于全国 → 增速, 标准不低于当地标准的 → 标准):
// what follows it is the base the figure is compared with, not its measure.
func (cr *coverbRules) beforeComparison(d *Doc, s string) string {
	g, ok := d.Seg.(*GSE)
	if cr == nil || !ok || len(cr.compares) == 0 || !containsAny(s, cr.compares) {
		return s
	}
	var inMeasure [][2]int
	if fr := d.Rules.figures; fr != nil {
		inMeasure = fr.measureWordBytes(s)
	}
	cut, at := -1, 0
	words := tagWords(g, s)
	for i, w := range words {
		// A comparison has a base after it, not the degree of 较高 or 比较
		// (a marker may stand for the base: 较|上年|增加); 占/比 is the
		// measure word 占比.
		if slices.Contains(cr.compares, w.text) && (i+1 == len(words) || !isDegreeTag(words[i+1].tag)) &&
			!slices.ContainsFunc(inMeasure, func(r [2]int) bool { return r[0] <= at && at < r[1] }) {
			cut = at
		}
		at += len(w.text)
	}
	// a ratio word makes 增加值占地区生产总值比重 the measure's name, when
	// the subject stands before 占; 占国内生产总值的比重为… has none of its own
	if cut < 0 && len(words) > 0 {
		// 产量比|去年: the dictionary's word swallows the comparison whose
		// base a marker took (not the measure word 占比)
		last := words[len(words)-1].text
		for _, c := range cr.compares {
			if utf8.RuneCountInString(c) == 1 && utf8.RuneCountInString(last) > 2 && strings.HasSuffix(last, c) && !strings.HasSuffix(last, "之"+c) && // not 相较, 营收之比
				!slices.ContainsFunc(inMeasure, func(r [2]int) bool { return r[1] == len(s) }) {
				return strings.TrimSuffix(s, c)
			}
		}
	}
	if cut < 0 || cut > 0 && hasAnySuffix(cr.stripLinks(s), cr.ratios) {
		return s
	}
	return strings.TrimSuffix(s[:cut], "不")
}

// stripLinks cuts a measure's stretch of text before a 从/由 that opens a
// change and strips the linking words at its end.
func (cr *coverbRules) stripLinks(s string) string { return cr.stripLinksIn(nil, s) }

// stripLinksIn is stripLinks that, with a segmenter, leaves an adverb of
// scope (均, 都, 共) or a one-character modal or mark (可, 破) that ends a
// longer noun (人均, 户均, 首都, 公共): it is no link there. Other one-character links stay links inside words (全长|约
// is cut at 约 although the dictionary holds 长约).
func (cr *coverbRules) stripLinksIn(g *GSE, s string) string {
	if cr == nil {
		return s
	}
	// "收入从7248亿元提高到8865亿元": the measure stands before 从
	for _, w := range []string{"从", "由"} {
		if k := strings.LastIndex(s, w); k > 0 && (g == nil || !insideWord(g, s, k)) { // not 自由贸易试验区
			s = s[:k]
		}
	}
	for changed := true; changed; {
		changed = false
		s = strings.TrimRight(s, " \t")
		for _, w := range cr.links {
			if w != "" && strings.HasSuffix(s, w) {
				if g != nil && strings.Contains("均都共可破", w) && endsInsideWord(g, s, w) {
					break
				}
				s, changed = strings.TrimSuffix(s, w), true
				break
			}
		}
	}
	return s
}

// insideWord says whether the character at byte k of s ends a longer word
// of the segmenter (自由贸易: 自|由), read in a short window around it; a
// word it opens (从此|前, 从事) leaves it the preposition.
func insideWord(g *GSE, s string, k int) bool {
	lo := windowStart(s, 0, k, 4)
	hi := phraseEnd(s, k, 5)
	at := lo
	for _, w := range g.Cut(s[lo:hi]) {
		if at <= k && k < at+len(w) {
			return at < k
		}
		at += len(w)
	}
	return false
}

// endsInsideWord says whether s ends with w as the end of a longer noun or
// attributive word of the segmenter (人均, 首都, 公共).
func endsInsideWord(g *GSE, s, w string) bool {
	tail := s[windowStart(s, 0, len(s), 8):]
	ws := tagWords(g, tail)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	switch last.tag {
	case "n", "j", "b", "ns", "nz": // not 可达/v, 大约/d, 附近/f, 高达/nr
		return len(last.text) > len(w) && strings.HasSuffix(last.text, w)
	}
	return false
}

// nounsAfter is the noun phrase that opens s, what a classifier counts
// ("城市制定了…" → 城市), or s itself without a segmenter. Besides nouns and
// adjectives it takes in a verb or 以上/以下 that modifies a noun after it
// (抽水蓄能电站, 规模以上工业企业), and after 的 it keeps the head
// (现代化的污水处理厂 → 污水处理厂); it stops at the predicate (区均被评为).
// A single character is a phrase only when tagged a plain noun (8个区).
func nounsAfter(seg Segmenter, cr *coverbRules, s string, modifiers bool) string {
	g, ok := seg.(*GSE)
	if !ok {
		return s
	}
	words := tagWords(g, s)
	// 领跑/v 县/zg: a noun morpheme that ends the phrase makes a compound
	if p := slices.IndexFunc(words, func(w taggedWord) bool { return w.tag == "x" }); p > 0 {
		words = append(compoundHead(cr, words[:p]), words[p:]...)
	} else if p < 0 {
		words = compoundHead(cr, words)
	}
	nounish := func(k int) bool {
		return k < len(words) && (isNounTag(words[k].tag) || words[k].tag == "a" || words[k].tag == "b" ||
			// 高能/n 级, 先进/a 级: a level that describes the noun after it
			k > 0 && words[k].text == "级" && (isNounTag(words[k-1].tag) || words[k-1].tag == "a") ||
			// 中外/f 人员, 国内外/f 企业, 海外/s 农业: a two-character locative or place word before a noun
			k+1 < len(words) && utf8.RuneCountInString(words[k].text) == 2 &&
				(words[k].tag == "f" && isNounTag(words[k+1].tag) || words[k].tag == "s" && k == 0 && (words[k+1].tag == "n" || words[k+1].tag == "nz")))
	}
	from, to := 0, 0 // the phrase is words[from:to]
	for k := 0; k < len(words); k++ {
		w := words[k]
		if k == from && cr != nil && slices.Contains(cr.marks, w.text) {
			break // 1亿吨|大关: a threshold the figure reaches names nothing it measures
		}
		switch {
		case k == from && (w.tag == "m" || isNumeralText(w.text)) && k+1 < len(words) && strings.HasSuffix(words[k+1].text, "级") && nounish(k+2):
			// 5个|千亿/m 级 产业集群, 4个|20 万吨级 泊位: a level by size
			// describes the noun after it
			to = k + 2
			k++
			continue
		case k == from && w.tag == "r" && utf8.RuneCountInString(w.text) == 2 && nounish(k+1) &&
			(strings.HasPrefix(w.text, "各") || strings.HasSuffix(w.text, "些") || strings.HasPrefix(w.text, "其")): // not 这样
			// 40万株|各色/r 鲜花, 10万套|各类/r 保障房: a determiner is no part of what is counted
			from = k + 1
			continue
		case nounish(k) && (k == from || cr == nil || !slices.Contains(cr.links, w.text)):
			// 12个省区市|增速超过20%: a link opens the next figure's clause
			to = k + 1
			continue
		case (w.text == "和" || w.text == "及") && to == k && k > from && isNounTag(words[k-1].tag) && (cr == nil || !slices.Contains(cr.work, words[k-1].text)) &&
			k+1 < len(words) && isNounTag(words[k+1].tag) && !isAgentTag(words[k+1].tag) && // not 10多个国家和欧盟/j, 灌区建设和现代化
			(k+2 == len(words) || words[k+2].tag == "uj" || words[k+2].tag == "x"):
			// 20多个国家和地区|的…: two nouns joined, the phrase ends after them
			to = k + 2
			k++
			continue
		case w.tag == "uj" && to > from && nounish(k+1) && isDescriptive(words[k-1].tag):
			// 3座现代化的污水处理厂: the head after 的; but in 3个地区的负责人
			// the count is the noun's before 的
			from = k + 1
			continue
		case w.text == "以上" || w.text == "以下":
			if nounish(k+1) || k+2 < len(words) && words[k+1].tag == "v" && nounish(k+2) {
				continue // 规模以上工业企业, 二级及以上公立/v 医疗机构
			}
		case w.text == "及" && k+1 < len(words) && (words[k+1].text == "以上" || words[k+1].text == "以下"):
			continue // 二级及以上公立医疗机构
		case w.tag == "v" && nounish(k+1) && (k == 0 && (modifiers && (cr == nil || !slices.Contains(cr.links, w.text)) || cr != nil && slices.Contains(cr.work, w.text)) ||
			k > 0 && (utf8.RuneCountInString(words[k-1].text) < 2 || words[k-1].text == "以上" || words[k-1].text == "以下" || words[k-1].tag == "b" ||
				strings.HasSuffix(words[k-1].text, "级"))):
			// a verb after a noun of its own is the predicate (残疾儿童提供…);
			// one that opens the phrase is its object's (500人参加会议), but
			// in an enumeration closed by 等 it modifies (等5个抽水蓄能电站),
			// and so does work done (6处新建大型灌区, 6条续建高铁), and a verb
			// after an attributive-only word or a level (5个市级/b 托育/v
			// 综合服务中心, 30项市级/n 疏堵/v 工程)
			continue
		}
		break
	}
	// 融资平台有序|退出: an adjective or adverb before the predicate is its;
	// 70个重点项目集中|开工, 32处蓄滞洪区|建设: the work done on what is
	// counted (rules/measure_links.txt, kind work)
	for to-from > 1 && (words[to-1].tag == "a" || words[to-1].tag == "ad" || words[to-1].tag == "d" ||
		cr != nil && slices.Contains(cr.work, words[to-1].text)) {
		to--
	}
	if to <= from {
		return ""
	}
	if m := joinWords(words[from:to]); utf8.RuneCountInString(m) >= 2 || to-from == 1 && words[from].tag == "n" {
		return m
	}
	return ""
}

// isDescriptive says whether a word so tagged describes rather than names:
// an adjective, a distinguishing word, a verb or verbal noun.
func isDescriptive(tag string) bool {
	switch tag {
	case "a", "b", "z", "v", "vn", "ad", "an":
		return true
	}
	return false
}

// measureBefore is the nearest measure word before the number in its clause.
func (fr *figureRules) measureBefore(text string, cs int, q quantity) string {
	return fr.measureWordIn(text[cs:q.start], !countsThings(q))
}

// countsThings says whether a quantity counts or sizes things (2000台, 5公里),
// which no sum of money measures; a sum, a rate or a multiple (增长2倍) can be
// a sum's.
func countsThings(q quantity) bool {
	return q.kind == "measure" || q.kind == "count" && q.unit != "倍"
}

// measureWordIn is the measure word of rules/measures.txt that ends last in
// left, the longest on a tie; a word that only links a measure to its number
// (增长) names nothing, nor, unless money, a word for a sum of money (投入
// 2000台收割机 counts machines).
func (fr *figureRules) measureWordIn(left string, money bool) string {
	if fr.emptyMeasure {
		best, bestEnd := "", -1
		for _, m := range fr.measures {
			if k := strings.LastIndex(left, m.word); k >= 0 && k+len(m.word) > bestEnd {
				best, bestEnd = m.word, k+len(m.word)
			}
		}
		return best
	}
	// The measure that ends last, the first listed on a tie: read from the
	// end of the clause, the first place where measures end decides.
	for end := len(left); end > 0; {
		r, size := utf8.DecodeLastRuneInString(left[:end])
		for _, k := range fr.measuresTo.at(r) {
			if m := fr.measures[k]; !m.link && (money || m.kind != "money") && strings.HasSuffix(left[:end], m.word) {
				return m.word
			}
		}
		end -= size
	}
	return ""
}

// isMeasureWord says whether w is a word of rules/measures.txt (增长 too).
func (fr *figureRules) isMeasureWord(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return slices.ContainsFunc(fr.measuresTo.at(last), func(k int) bool { return fr.measures[k].word == w })
}

// measureWordBytes is where the measure words of rules/measures.txt stand in
// s, as byte ranges; given kinds, only the words of those kinds (a sum of
// money is no measure of people: 投入2.3万余人).
func (fr *figureRules) measureWordBytes(s string, kinds ...string) [][2]int {
	var out [][2]int
	// by the words that end at each character (measuresTo), one pass over s
	for end := 0; end < len(s); {
		r, size := utf8.DecodeRuneInString(s[end:])
		end += size
		for _, k := range fr.measuresTo.at(r) {
			m := fr.measures[k]
			if m.link || len(kinds) > 0 && !slices.Contains(kinds, m.kind) || !strings.HasSuffix(s[:end], m.word) {
				continue
			}
			out = append(out, [2]int{end - len(m.word), end})
		}
	}
	return out
}

// labelContext is what the document around a figure says: the paragraph's
// part (review, plan, goals) and whether an action-plan heading is open.
type labelContext struct {
	planMode bool
	sec      lineSection
	ref      int // the year the text speaks from
}

// labelInContext labels a figure by its paragraph's part where the part is
// decisive, else by its clause's cues (labelTarget): every figure of a goals
// paragraph (主要预期目标是：…；…) is a target; a figure in the review of past
// work is a fact unless its own clause sets a deadline after the text's
// year; in a plan part, a figure whose clause has no cue is a target.
func labelInContext(d *Doc, hits []markerHit, q quantity, sent Span, cs, ce int, ctx labelContext) (bool, string) {
	switch {
	case ctx.sec.goals && q.start >= ctx.sec.goalsFrom:
		return true, deadlineOf(d, hits, sent, q)
	case ctx.sec.part == partReview:
		if dl := clauseDeadline(hits, cs, ce); dl != "" && ctx.ref > 0 && yearOf(dl) > ctx.ref {
			return true, dl
		}
		return false, ""
	}
	return labelTarget(d, hits, q, sent, cs, ce, ctx.planMode || ctx.sec.part == partPlan)
}

// clauseDeadline is the deadline of the first 到YYYY年 marker inside bytes
// [cs, ce), or "".
func clauseDeadline(hits []markerHit, cs, ce int) string {
	k := sort.Search(len(hits), func(k int) bool { return hits[k].end > cs })
	for ; k < len(hits) && hits[k].end <= ce; k++ {
		if h := hits[k]; h.kind == markDeadline && h.start >= cs && h.deadline != "" {
			return h.deadline
		}
	}
	return ""
}

// yearOf reads the year of a deadline ("2027", "2027-12-31").
func yearOf(deadline string) int {
	if len(deadline) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(deadline[:4])
	return y
}

// ownSubjectBefore says whether the comparison at byte at stands in a
// clause of its own after the plan word that ends at modalEnd, with a subject
// of more than two characters before it. After 将, which may only dispose of
// its object (将甘肃武威接入全国高铁网，暑运期间，武威地区铁路旅客到发量同比增长
// 近六成), such a growth is what was; after 预计 it stays the forecast's.
func ownSubjectBefore(text string, lo, modalEnd, at int) bool {
	cs := clauseStart(text, lo, at)
	return cs > modalEnd && utf8.RuneCountInString(strings.TrimSpace(text[cs:at])) > 2
}

// labelTarget decides whether the text commits to a figure: the nearest
// marker before it in its sentence decides; a fact marker that covers its
// clause (截至…) silences plan words after it; when none comes before, a
// marker later in the same clause ("13条接头路将全部打通"); else the paragraph's
// mode (under an action-plan heading or not).
func labelTarget(d *Doc, hits []markerHit, q quantity, sent Span, cs, ce int, planMode bool) (bool, string) {
	lo := sort.Search(len(hits), func(k int) bool { return hits[k].end > sent.Start })
	if talliedCount(d, hits[lo:], q, sent) || isBaseline(d.Text, q, sent) {
		return false, ""
	}
	var best *markerHit
	clauseFactUntil := -1
	lastFact := -1 // end of the last fact marker seen
	for k := lo; k < len(hits) && hits[k].end <= q.numStart; k++ {
		h := &hits[k]
		if h.start < sent.Start || h.kind == markHeading || h.kind == markTally {
			continue
		}
		if h.start < clauseFactUntil && h.kind != markFact && h.kind != markClause {
			continue
		}
		if h.kind == markAction && (q.kind == "percent" || !governsCount(d.Text, h.end, q.numStart, lastFact, sent.Start)) {
			// 加快1.3个百分点 compares rates: an action plan counts things
			continue
		}
		if h.kind == markModal && d.Rules.coverbs.isPreposition(d, h, sent.End) {
			continue
		}
		if h.kind == markModal && d.Text[h.start:h.end] == "提出" && strings.HasPrefix(d.Text[h.end:], "的") {
			continue // 代表团提出的26件: what was proposed, in a relative clause
		}
		if h.kind != markFact && h.kind != markClause && inNameBefore(d.Text, sent.Start, h, q.numStart) {
			continue // “各族青少年交流计划”: a quoted name that holds a plan word plans nothing outside it
		}
		if h.kind == markModal && lastFact >= 0 && lastFact <= h.start && utf8.RuneCountInString(d.Text[lastFact:h.start]) <= 1 {
			continue // 已安排, 累计安排: the plan word is reported as done
		}
		if h.kind == markFact && best != nil && (best.kind == markModal || best.kind == markDeadline) &&
			d.Rules.figures != nil && slices.Contains(d.Rules.figures.comparisons, d.Text[h.start:h.end]) &&
			!(d.Text[best.start:best.end] == "将" && ownSubjectBefore(d.Text, sent.Start, best.end, h.start)) {
			continue // 预计为135.3万人次，同比增长11.7%: the forecast's growth
		}
		switch h.kind {
		case markClause:
			clauseFactUntil = clauseEnd(d.Text, h.end, sent.End)
			lastFact = h.end
		case markFact:
			lastFact = h.end
		}
		if best == nil || h.end > best.end || (h.end == best.end && h.start < best.start) {
			best = h
		}
	}
	if q.numStart < clauseFactUntil {
		return false, ""
	}
	if best == nil {
		// A modal right after the thing counted: 13条接头路将全部打通.
		for k := sort.Search(len(hits), func(k int) bool { return hits[k].end > q.end }); k < len(hits) && hits[k].start < ce; k++ {
			h := hits[k]
			if h.kind == markModal && h.start >= q.end && utf8.RuneCountInString(d.Text[q.end:h.start]) <= 4 && !d.Rules.coverbs.isPreposition(d, &h, sent.End) {
				return true, deadlineOf(d, hits, sent, q)
			}
		}
		if planMode {
			return true, deadlineOf(d, hits, sent, q)
		}
		return false, ""
	}
	if best.kind == markAction && factAfter(d.Text, hits, q.end, ce) {
		return false, "" // 新开展100余项…项目已经陆续展开: the action is reported done
	}
	switch best.kind {
	case markModal, markAction, markDeadline:
		return true, deadlineOf(d, hits, sent, q)
	}
	return false, ""
}

// factAfter says whether a fact marker of completion or tally (已, 已经, 了,
// 共计, 累计) stands in [from, to): after a count, in its clause. (Not any
// fact marker: 共 also stands inside words, 关键共性技术.)
func factAfter(text string, hits []markerHit, from, to int) bool {
	for k := sort.Search(len(hits), func(k int) bool { return hits[k].start >= from }); k < len(hits) && hits[k].start < to; k++ {
		if h := hits[k]; h.kind == markFact {
			switch text[h.start:h.end] {
			case "已", "已经", "了", "共计", "累计":
				return true
			}
		}
	}
	return false
}

// inNameBefore says whether the marker h stands inside a quoted name
// (“各族青少年交流计划”) that closes before num, the figure's number: read
// at most 30 characters each side, a name's length. (A plan's title in
// 《》 is no such name: what it proposes is planned.)
func inNameBefore(text string, lo int, h *markerHit, num int) bool {
	open := false
	for i, n := h.start, 0; i > lo && n < 30; n++ {
		r, size := utf8.DecodeLastRuneInString(text[lo:i])
		if isCloseQuote(r) && r != '"' || isPhraseBreakNotQuote(r) {
			return false
		}
		if isOpenQuote(r) && r != '"' {
			open = true
			break
		}
		i -= size
	}
	if !open {
		return false
	}
	for i, n := h.end, 0; i < num && n < 30; n++ {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isCloseQuote(r) {
			return true
		}
		if isPhraseBreakNotQuote(r) {
			return false
		}
		i += size
	}
	return false
}

// planNoun says whether a plan word is a noun that a 的 phrase modifies
// (锚定…的战略目标, …的发展规划): it names the goal, and commits the tally
// after it to nothing.
func planNoun(text string, lo int, h markerHit) bool {
	switch text[h.start:h.end] {
	case "目标", "计划", "规划":
	default:
		return false
	}
	before := text[windowStart(text, lo, h.start, 3):h.start]
	k := strings.LastIndex(before, "的")
	return k >= 0 && !strings.ContainsFunc(before[k+len("的"):], func(r rune) bool { return !isHanRune(r) })
}

// talliedCount says whether a verb of what a text proposes or contains
// (提出, 明确, 部署, 印发: the tally kind of rules/fact_markers.txt) governs
// the count q in its clause, with no plan word before it in the sentence
// that a fact marker has not closed: the count tallies the parts of a plan
// (提出…等18条具体举措, 方案明确…要…等6方面18项内容), a fact, whatever plan
// words its items hold; but 将举办…，推出百场活动 plans them.
func talliedCount(d *Doc, hits []markerHit, q quantity, sent Span) bool {
	if q.kind != "count" {
		return false
	}
	planned, tally := false, -1
	for k := 0; k < len(hits) && hits[k].end <= q.numStart; k++ {
		h := hits[k]
		if h.start < sent.Start {
			continue
		}
		switch h.kind {
		case markModal, markAction, markDeadline:
			if !inNameBefore(d.Text, sent.Start, &hits[k], q.numStart) && !isTallyAt(hits, k) && !planNoun(d.Text, sent.Start, h) {
				planned = true
			}
		case markFact, markClause:
			planned = false
		case markTally:
			if tally < 0 && !planned && sameClause(d.Text, h.end, q.numStart) {
				tally = k
			}
		}
	}
	if tally < 0 {
		return false
	}
	if strings.Contains(d.Text[hits[tally].end:q.numStart], "未来") {
		return false // 提出未来三年培育…60家: the proposal dates what it plans
	}
	// a plan word between the verb and the count is the content's, when the
	// count sums up a list (…要增强…、提升…等6方面18项内容); otherwise it
	// commits to the count (协议内容包括：…哈马斯将释放20名…)
	for k := tally + 1; k < len(hits) && hits[k].end <= q.numStart; k++ {
		if h := hits[k]; (h.kind == markModal || h.kind == markAction || h.kind == markDeadline) && !listedBefore(d.Text, q) {
			return false
		}
	}
	return true
}

// isBaseline says whether q is the value a change starts from (由现在的91%
// 提升至95%, 从上个月的6.5%上升至7.3%, 由2013年底的79%提升至91.1%): what
// was or is, a fact, whatever the sentence plans for the value it goes to.
// 从 or 由 opens the phrase before the number in its clause, at most twelve
// characters back, and 至 or 到 follows it within eight.
func isBaseline(text string, q quantity, sent Span) bool {
	cs := clauseStart(text, sent.Start, q.numStart)
	before := text[cs:q.numStart]
	k := max(strings.LastIndex(before, "从"), strings.LastIndex(before, "由"))
	if k < 0 || !runesAtMost(before[k:], 12) || strings.ContainsAny(before[k:], "、和与及") {
		return false
	}
	after := text[q.end:clauseEnd(text, q.end, max(q.end, min(sent.End, len(text))))]
	n := 0
	for _, r := range after {
		if r == '至' || r == '到' {
			return n > 0 // a change word first: 提升至, 下降到
		}
		if n++; n > 8 || isNumeralRune(r) {
			return false
		}
	}
	return false
}

// isTallyAt says whether a tally verb stands where hits[k] does: 提出 is
// both a plan word (提出，到2027年…) and a tally verb (提出24条举措), read as
// the latter where it governs a count. Hits are sorted by end: the one at
// the same place is a neighbour.
func isTallyAt(hits []markerHit, k int) bool {
	h := hits[k]
	same := func(o markerHit) bool { return o.kind == markTally && o.start == h.start }
	for j := k - 1; j >= 0 && hits[j].end == h.end; j-- {
		if same(hits[j]) {
			return true
		}
	}
	for j := k + 1; j < len(hits) && hits[j].end == h.end; j++ {
		if same(hits[j]) {
			return true
		}
	}
	return false
}

// sameClause says whether a tally verb ending at v reaches the number at
// num: no clause break between them, and at most 40 characters, the length
// of a list of quoted names or of a relative clause (提出更大力度吸引和利用外资
// 的24条举措, 发布“…之旅”“…之旅”三条精品线路).
func sameClause(text string, v, num int) bool {
	gap := text[v:num]
	return runesAtMost(gap, 40) && !strings.ContainsAny(gap, "，,；;。！？!?：:")
}

// listedBefore says whether the count q sums up a list closed by 等 right
// before its number, or before a count of the same list (…、提升审评审批服务
// 水平等6方面, 等6方面18项).
func listedBefore(text string, q quantity) bool {
	before := strings.TrimRight(text[:q.numStart], " ")
	if strings.HasSuffix(before, "等") {
		return true
	}
	k := strings.LastIndex(before, "等")
	if k < 0 || !runesAtMost(before[k:], 6) {
		return false
	}
	between := before[k+len("等"):]
	return strings.ContainsFunc(between, isNumeralRune) && !strings.ContainsFunc(between, isPhraseBreak)
}

// governsCount says whether an action verb ending at byte v governs the
// number at byte num: it comes right before it (打通39条, 加快200个), or
// before a list that ends in it (推进中关村、昌平、怀柔三个国家实验室); and no
// fact marker of its clause comes before it (已打通5段 reports).
func governsCount(text string, v, num, lastFact, sentStart int) bool {
	cs := clauseStart(text, sentStart, v)
	if lastFact >= cs && lastFact <= v {
		return false
	}
	gap := text[v:num]
	if utf8.RuneCountInString(gap) <= 2 {
		return !strings.ContainsAny(gap, "，,；;。的")
	}
	return strings.Contains(gap, "、") && !strings.ContainsAny(gap, "，,；;。的")
}

// deadlineOf is the deadline that applies to a target figure: the nearest
// deadline marker of its sentence (到2025年 → "2025"; 年底前 → the end of the
// year the text or the page's date names).
func deadlineOf(d *Doc, hits []markerHit, sent Span, q quantity) string {
	var best *markerHit
	// hits are sorted by end: only those ending within the sentence can lie
	// in it (walking them all for every figure made long texts quadratic).
	lo := sort.Search(len(hits), func(k int) bool { return hits[k].end >= sent.Start })
	for k := lo; k < len(hits) && hits[k].end <= sent.End; k++ {
		h := &hits[k]
		if h.kind != markDeadline || h.start < sent.Start {
			continue
		}
		if best == nil || (h.end <= q.numStart && h.end > best.end) || (best.end > q.numStart && h.end <= q.numStart) {
			best = h
		}
	}
	if best == nil {
		return ""
	}
	if best.deadline != "" {
		return best.deadline
	}
	before := d.Text[:best.start]
	word := d.Text[best.start:best.end]
	if !strings.HasPrefix(word, "年") {
		return ""
	}
	// The year: written just before (2022年底), or 今年/明年, or the page's year.
	k := len(before)
	for k > 0 && isASCIIDigit(before[k-1]) && len(before)-k < 4 {
		k--
	}
	if len(before)-k == 4 {
		return before[k:] + "-12-31"
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if isNumeralStart(r) {
		return "" // 十年内: a span of time, not a date
	}
	year := publishedYear(d)
	if year == 0 {
		return ""
	}
	if r == '明' {
		year++
	}
	return strconv.Itoa(year) + "-12-31"
}

// publishedYear is the year of the page's date, or 0.
func publishedYear(d *Doc) int {
	p := string(d.Published)
	if len(p) < 4 {
		return 0
	}
	y, err := strconv.Atoi(p[:4])
	if err != nil {
		return 0
	}
	return y
}

// coverbRules are the words of rules/target_coverbs.txt: modal markers that
// are also prepositions (将), and the words that tell the two apart; and
// those of rules/measure_links.txt, which stand between a measure and its
// number (longest first).
type coverbRules struct {
	coverbs, modal, disposal []string
	links                    []string
	reporting                []string    // links that report a total, dropped inside a measure too (完成)
	causatives               []string    // verbs whose object is the count after them (造成)
	work                     []string    // the work done on counted things (建设), longest first
	compares                 []string    // words that open the base of a comparison (高于)
	ratios                   []string    // words that make a comparison the measure's name (比重)
	marks                    []string    // a threshold a figure reaches (突破1亿吨大关), longest first
	frames                   []string    // a noun that frames a rate after its 的 (保持在6%的水平)
	reduces                  []string    // verbs of cutting that stay at the head of a count's measure (减少排放量)
	pairs                    [][3]string // a contraction of two names and the two (产销量: 产量, 销量), longest first
	// rules/figure_ranks.txt: 前三名 is a rank, not a figure
	rankBefore, rankNot, rankUnit []string
}

// linksOrCauses says whether w links a measure to its number or causes the
// count after it (rules/measure_links.txt; the reporting verbs link too):
// such a verb names nothing counted.
func (cr *coverbRules) linksOrCauses(w string) bool {
	return slices.Contains(cr.links, w) || slices.Contains(cr.causatives, w)
}

func compileCoverbRules(r *Rules) (*coverbRules, error) {
	cr := &coverbRules{}
	for _, row := range r.Table("target_coverbs") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: target_coverbs: %q: want word and kind", row[0])
		}
		switch row[1] {
		case "coverb":
			cr.coverbs = append(cr.coverbs, row[0])
		case "modal":
			cr.modal = append(cr.modal, row[0])
		case "disposal":
			cr.disposal = append(cr.disposal, row[0])
		default:
			return nil, fmt.Errorf("rules: target_coverbs: %q: unknown kind %q", row[0], row[1])
		}
	}
	for _, row := range r.Table("figure_ranks") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: figure_ranks: %q: want word and kind", row[0])
		}
		switch row[1] {
		case "before":
			cr.rankBefore = append(cr.rankBefore, row[0])
		case "not":
			cr.rankNot = append(cr.rankNot, row[0])
		case "unit":
			cr.rankUnit = append(cr.rankUnit, row[0])
		default:
			return nil, fmt.Errorf("rules: figure_ranks: %q: unknown kind %q", row[0], row[1])
		}
	}
	for _, row := range r.Table("measure_links") {
		kind := ""
		if len(row) > 1 {
			kind = row[1]
		}
		switch kind {
		case "":
			cr.links = append(cr.links, row[0])
		case "report":
			cr.links = append(cr.links, row[0])
			cr.reporting = append(cr.reporting, row[0])
		case "causative":
			cr.causatives = append(cr.causatives, row[0])
		case "work":
			cr.work = append(cr.work, row[0])
		case "compare":
			cr.compares = append(cr.compares, row[0])
		case "ratio":
			cr.ratios = append(cr.ratios, row[0])
		case "mark":
			cr.marks = append(cr.marks, row[0])
		case "reduce":
			cr.reduces = append(cr.reduces, row[0])
		case "frame":
			cr.frames = append(cr.frames, row[0])
		case "pair":
			if len(row) < 4 {
				return nil, fmt.Errorf("rules: measure_links: %q: a pair wants the two names it contracts", row[0])
			}
			cr.pairs = append(cr.pairs, [3]string{row[0], row[2], row[3]})

		default:
			return nil, fmt.Errorf("rules: measure_links: %q: unknown kind %q", row[0], kind)
		}
	}
	slices.SortStableFunc(cr.links, func(a, b string) int { return len(b) - len(a) })
	slices.SortStableFunc(cr.work, func(a, b string) int { return len(b) - len(a) })
	slices.SortStableFunc(cr.marks, func(a, b string) int { return len(b) - len(a) })
	slices.SortStableFunc(cr.pairs, func(a, b [3]string) int { return len(b[0]) - len(a[0]) })
	return cr, nil
}

// isPreposition says whether the marker h is a coverb used as the
// preposition (将单棚巡检效率提升5倍): no modal word right after it (nor a
// verb, adverb, time word or preposition, by the segmenter's tags), and a
// disposal verb later in its clause, at least two characters on.
func (cr *coverbRules) isPreposition(d *Doc, h *markerHit, sentEnd int) bool {
	text := d.Text
	if cr == nil || !slices.Contains(cr.coverbs, text[h.start:h.end]) {
		return false
	}
	// the clause the coverb stands in, with its quotes and lists (将“合理
	// 密植”作为…, 将3000多条路网、…纳入监测)
	rest := text[h.end:breakAt(text, h.end, sentEnd, isClauseBreak)]
	if hasAnyPrefix(rest, cr.modal) {
		return false
	}
	if countedObject(rest) {
		return true // 将77条地势较高的道路，作为…: a count of things is moved, no future told
	}
	if first, tag := firstWordTag(d.Seg, rest); tag != "" && strings.ContainsRune("vdptc", rune(tag[0])) && tag != "vn" &&
		!(tag == "v" && !cr.linksOrCauses(first) && first != "使" && first != "让" && relativeObject(cr, rest)) { // (将使…提高: the modal)
		return false
	}
	for _, v := range cr.disposal {
		if k := strings.Index(rest, v); k > 0 && utf8.RuneCountInString(rest[:k]) >= 2 {
			return true
		}
	}
	// 将产品带向|出口到|送往…: a noun, then a verb whose complement says
	// where the object goes (a future 将 is followed by its verb)
	if g, ok := d.Seg.(*GSE); ok {
		if ws := tagWords(g, rest[:phraseEnd(rest, 0, 14)]); len(ws) > 2 && strings.HasPrefix(ws[0].tag, "n") && ws[0].tag != "vn" {
			for k := 1; k < len(ws); k++ {
				w := ws[k]
				directed := w.tag == "v" && utf8.RuneCountInString(w.text) >= 2 && strings.ContainsAny(lastRune(w.text), "到往向入") // 带向, 送入, 运往
				after := ws[k-1].tag == "v" && (w.text == "到" || w.text == "给" || w.text == "往" || w.text == "向")                // 出口|到, 交|给
				if directed || after {
					return true
				}
			}
		}
	}
	// 将夜空点缀得五光十色: a verb and the 得 of its result after the object
	if g, ok := d.Seg.(*GSE); ok && strings.Contains(rest, "得") {
		ws := tagWords(g, rest)
		for k := 2; k < len(ws); k++ {
			if ws[k].text == "得" && strings.HasPrefix(ws[k].tag, "u") && ws[k-1].tag == "v" {
				return true
			}
		}
	}
	return false
}

// relativeObject says whether s, what follows 将, opens with a relative
// clause and its head noun that a disposal verb later in the clause moves
// (将享受补贴的厨卫产品|从21类扩大到51类): a verb after 将 need not be the
// modal's.
func relativeObject(cr *coverbRules, s string) bool {
	k := strings.Index(s, "的")
	if k <= 0 || !runesAtMost(s[:k], 10) {
		return false
	}
	rest := s[k+len("的"):]
	for _, v := range cr.disposal {
		if j := strings.Index(rest, v); j > 0 && runesAtMost(rest[:j], 16) {
			return true
		}
	}
	return false
}

// countedObject says whether s, what follows 将, opens with a count of
// things (77条道路, 3000多条路网): a number and a classifier, not a date
// or a time (将3月1日起, 将2小时).
func countedObject(s string) bool {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigitRune(r) && !isCNNumeral(r) && r != '.' && r != '多' && r != '余' {
			break
		}
		i += size
	}
	if i == 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return strings.ContainsRune("个条家座项所台辆件名位户处批套只种类", r)
}

// firstWordTag is the first word of text as the segmenter cuts it and its
// part-of-speech tag ("" when the segmenter gives none).
func firstWordTag(seg Segmenter, text string) (string, string) {
	if text == "" {
		return "", ""
	}
	g, ok := seg.(*GSE)
	if !ok {
		return "", ""
	}
	k := min(len(text), 24)
	for k > 0 && k < len(text) && !utf8.RuneStart(text[k]) {
		k--
	}
	for _, sg := range g.seg.Segment([]byte(text[:k])) {
		return sg.Token().Text(), sg.Token().Pos()
	}
	return "", ""
}

// alignRespectively gives each value of "A、B和C分别增长x、y、z" the measure it
// stands for: the k-th item of the list before 分别 to the k-th number after
// it in the clause, when the counts agree. Items share the measure noun the
// last one ends with ("战略性新兴产业、高新技术产业增加值" → …产业增加值 both;
// "城镇和农村居民人均可支配收入" → 城镇居民人均可支配收入).
func (fr *figureRules) alignRespectively(d *Doc, figs []Figure, nums []int) {
	text := d.Text
	const word = "分别"
	for at := 0; ; {
		k := strings.Index(text[at:], word)
		if k < 0 {
			return
		}
		p := at + k
		at = p + len(word)
		cs := listClauseStart(text, p)
		ce := at
		for ce < len(text) {
			r, size := utf8.DecodeRuneInString(text[ce:])
			if r == '，' || r == ',' || r == '；' || r == ';' || r == '。' || r == '\n' {
				break
			}
			ce += size
		}
		var idx []int
		for i, n := range nums {
			if n > p && n < ce {
				idx = append(idx, i)
			}
		}
		subject := text[cs:p]
		if cr := d.Rules.coverbs; cr != nil {
			for changed := true; changed; {
				changed = false
				for _, w := range cr.links {
					if w != "" && strings.HasSuffix(subject, w) {
						subject, changed = strings.TrimSuffix(subject, w), true
						break
					}
				}
			}
		}
		// "电动机及发电机" may be one item or two: the count of values decides
		names := fr.respectiveNames(d, subject, true)
		if len(names) != len(idx) {
			names = fr.respectiveNames(d, subject, false)
		}
		if len(idx) >= 2 && strings.TrimSpace(subject) == "" && (len(names) < 2 || len(idx) != len(names)) {
			// 接待游客3.23亿人次、游客花费3700亿元，分别增长8%、8.4%: a clause
			// of 分别 alone refers to the figures just before it in the sentence
			names = names[:0]
			sent := d.SentenceAt(p)
			for i := idx[0] - 1; i >= 0 && len(names) < len(idx) && nums[i] >= sent.Start; i-- {
				names = append([]string{figs[i].Measure}, names...)
			}
			if slices.Contains(names, "") {
				names = nil
			}
		}
		if len(idx) >= 2 && len(names) < 2 && strings.TrimSpace(subject) == "" && cs > 0 {
			// 第一产业和第三产业用电量增长较快，分别同比增长9.9%和8.4%: the
			// clause before names the items and is their subject
			if np := d.Rules.coverbs.stripLinks(clauseSubjectBefore(d, text, cs)); np != "" { // (…汽车出口增速|较快: the rate's subject)
				if items := fr.respectiveNames(d, np, true); len(items) == len(idx) {
					names = items
				}
			}
		}
		if len(idx) >= 2 && len(names) < 2 && cs > 0 {
			// 铁路、民航保持高位运行，预计假日客流分别达1.07亿人次、1175万人次:
			// the items open the clause before, the measure is this one's
			if items := listOpening(d, text, cs); len(items) == len(idx) {
				m := figs[idx[0]].Measure // as read for the first value
				if m != "" && utf8.RuneCountInString(m) <= 8 && slices.ContainsFunc(idx[1:], func(i int) bool { return figs[i].Measure == m || figs[i].Measure == "" }) {
					names = names[:0]
					for _, it := range items {
						names = append(names, it+m)
					}
				}
			}
		}
		if len(idx) == 2 && len(names) < 2 {
			// 新能源汽车产销量分别完成743.8万辆和744.6万辆: a contraction of
			// two names (rules/measure_links.txt, kind pair) is the two items
			m := figs[idx[0]].Measure
			if len(names) == 1 {
				m = names[0]
			}
			// the contraction stands right before 分别 (产销量分别…), not
			// in a measure carried from elsewhere
			if a, b, ok := d.Rules.coverbs.expandPair(m); ok && strings.Contains(subject, m) {
				names = []string{a, b}
			}
		}
		if len(names) < 2 || len(idx) != len(names) {
			continue
		}
		for j, i := range idx {
			figs[i].Measure = names[j]
		}
	}
}

// expandPair reads m as holding a contraction of two names (产销量: 产量 and
// 销量, rules/measure_links.txt kind pair), longest first, and gives m with
// each of them in its place.
func (cr *coverbRules) expandPair(m string) (string, string, bool) {
	if cr == nil {
		return "", "", false
	}
	for _, p := range cr.pairs {
		if k := strings.Index(m, p[0]); k >= 0 {
			return m[:k] + p[1] + m[k+len(p[0]):], m[:k] + p[2] + m[k+len(p[0]):], true
		}
	}
	return "", "", false
}

// clauseSubjectBefore is the noun phrase that opens the clause ending right
// before byte cs (its break), up to its first verb or adverb, when that
// clause holds no number (第一产业和第三产业用电量|增长较快); else "".
func clauseSubjectBefore(d *Doc, text string, cs int) string {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return ""
	}
	r, size := utf8.DecodeLastRuneInString(text[:cs])
	if r != '，' && r != ',' {
		return ""
	}
	pe := cs - size
	ps := windowStart(text, d.SentenceAt(pe).Start, pe, 24)
	// the whole clause, its list too (风力发电机组、船舶、汽车出口|增速较快)
	if k := strings.LastIndexAny(text[ps:pe], "，,；;：:。"); k >= 0 {
		_, w := utf8.DecodeRuneInString(text[ps+k:])
		ps += k + w
	}
	if strings.ContainsFunc(text[ps:pe], func(r rune) bool { return isDigitRune(r) }) {
		return ""
	}
	ws := tagWords(g, text[ps:pe])
	k := slices.IndexFunc(ws, func(w taggedWord) bool { return w.tag == "v" || w.tag == "d" || w.tag == "ad" })
	if k <= 0 {
		return ""
	}
	return joinWords(ws[:k])
}

// listOpening reads the short names joined by 、 that open the clause
// ending right before byte cs (its break), in the same sentence: 铁路、民航|保持…
// gives 铁路, 民航. Nil when the clause does not open so.
func listOpening(d *Doc, text string, cs int) []string {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return nil
	}
	_, size := utf8.DecodeLastRuneInString(text[:cs])
	pe := cs - size
	if r, _ := utf8.DecodeLastRuneInString(text[:cs]); r != '，' && r != ',' {
		return nil
	}
	sent := d.SentenceAt(pe)
	ps := pe
	for ps > sent.Start {
		r, size := utf8.DecodeLastRuneInString(text[:ps])
		if r == '，' || r == ',' || r == '；' || r == '：' || r == '。' || r == '\n' {
			break
		}
		ps -= size
	}
	parts := strings.Split(text[ps:pe], "、")
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for i, p := range parts {
		ws := tagWords(g, p)
		if len(ws) == 0 {
			return nil
		}
		var w taggedWord
		switch {
		case i == 0: // its last word: 假期铁路 → 铁路
			w = ws[len(ws)-1]
		default: // its first word: 民航保持… → 民航
			w = ws[0]
		}
		if !isNounTag(w.tag) && w.tag != "ns" || utf8.RuneCountInString(w.text) > 4 {
			return nil
		}
		if i > 0 && i < len(parts)-1 && len(ws) != 1 {
			return nil // an inner item is one word
		}
		if i == len(parts)-1 && len(ws) > 1 && w.tag != "ns" && !strings.HasPrefix(ws[1].tag, "v") && ws[1].tag != "d" && ws[1].tag != "ad" {
			return nil // the last is one word before the predicate (民航|保持…), not 个人文化和娱乐服务
		}
		out = append(out, w.text)
	}
	return out
}

// alignValueLists reads "A和B增加值年均增长8%、7.2%" as 分别 without the word:
// a run of values joined by 、 or 和 alone, after a subject that lists as
// many items, gives each value its item; after any other subject, the
// values share the first one's measure.
func (fr *figureRules) alignValueLists(d *Doc, figs []Figure, nums []int) {
	text := d.Text
	for i := 0; i < len(figs); {
		j := i + 1
		for j < len(figs) && figs[j].Sentence == figs[i].Sentence {
			end := int(d.runes.byteOf[min(figs[j-1].Span.End, len(d.runes.byteOf)-1)])
			if figs[j-1].Span.End >= len(d.runes.byteOf) || end > nums[j] {
				break
			}
			if between := text[end:nums[j]]; between != "、" && between != "和" && between != "及" {
				break
			}
			j++
		}
		cs := listClauseStart(text, nums[i])
		// values of one measure and unit, none named on its own (not
		// 105人死亡、359人受伤); 分别 is read by alignRespectively
		alike := j-i >= 2 && !strings.Contains(text[cs:nums[j-1]], "分别")
		for k := i + 1; alike && k < j; k++ {
			alike = figs[k].Unit == figs[i].Unit && (figs[k].Measure == "" || figs[k].Measure == figs[i].Measure)
		}
		if !alike {
			i = j
			continue
		}
		subject := text[cs:nums[i]]
		cr := d.Rules.coverbs
		if cr != nil {
			subject = cr.stripLinks(subject)
		}
		// (增速高于全国工业和制造业2.6和2个百分点: the list is the bases)
		if strings.ContainsAny(subject, "、和及与") && (cr == nil || cr.beforeComparison(d, subject) == subject) {
			names := fr.respectiveNames(d, subject, true)
			if len(names) != j-i {
				names = fr.respectiveNames(d, subject, false)
			}
			// (1月、7月和11月接连突破…: dates are no measures)
			if len(names) == j-i && !slices.ContainsFunc(names, func(n string) bool { return cleanMeasure(d, n) == "" }) {
				for k := i; k < j; k++ {
					figs[k].Measure = names[k-i]
				}
				i = j
				continue
			}
		}
		// one measure for all the values (高于全国工业和制造业2.6和2个百分点)
		for k := i + 1; k < j; k++ {
			if figs[k].Measure == "" {
				figs[k].Measure = figs[i].Measure
			}
		}
		i = j
	}
}

// listClauseStart is where the clause that holds byte p begins, a list of
// 、 items being one clause.
func listClauseStart(text string, p int) int {
	lo := windowStart(text, 0, p, 200) // (at most 200 characters back: linear in a text without stops)
	for p > lo {
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if r == '，' || r == ',' || r == '；' || r == ';' || r == '。' || r == '：' || r == ':' || r == '\n' {
			break
		}
		p -= size
	}
	return p
}

// respectiveNames splits the subject before 分别 into its items, each
// completed with the measure noun they share.
func (fr *figureRules) respectiveNames(d *Doc, subject string, conj bool) []string {
	subject = strings.TrimSpace(subject)
	var parts []string
	for _, p := range strings.Split(subject, "、") {
		parts = append(parts, p)
	}
	last := parts[len(parts)-1]
	for _, c := range []string{"以及", "和", "及", "与"} {
		if k := strings.Index(last, c); conj && k > 0 && k+len(c) < len(last) {
			parts = append(parts[:len(parts)-1], last[:k], last[k+len(c):])
			break
		}
	}
	if len(parts) < 2 {
		return nil
	}
	if g, ok := d.Seg.(*GSE); ok {
		parts[0] = trimHead(g, parts[0], 0)
	}
	last = parts[len(parts)-1]
	tail := ""
	for _, m := range fr.measures {
		if m.word != "" && strings.HasSuffix(last, m.word) && len(m.word) > len(tail) {
			tail = m.word
		}
	}
	short := true
	for _, p := range parts[:len(parts)-1] {
		short = short && utf8.RuneCountInString(p) <= 2
	}
	if short && utf8.RuneCountInString(last) > 2 {
		// 城镇和农村居民人均可支配收入: the first items replace the last's head
		head := utf8.RuneCountInString(parts[0])
		rs := []rune(last)
		if len(rs) > head {
			tail = string(rs[head:])
		}
	}
	ownHead := len(parts) == 2 // 事故起数和死亡人数: the first item has a head of its own
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || utf8.RuneCountInString(p) > 16 {
			return nil
		}
		// not 规上工业增加值、固定资产投资, nor an item with a head of the
		// last's kind or of an amount (进出口总额和出口额, 事故起数和死亡
		// 人数, 游客数量和旅游收入)
		if i < len(parts)-1 && tail != "" && !strings.HasSuffix(p, tail) && !fr.endsWithMeasure(p) && lastRune(p) != lastRune(tail) && !strings.Contains("量数额率值", lastRune(p)) {
			p += tail
			ownHead = false
		}
		parts[i] = p
	}
	if g, ok := d.Seg.(*GSE); ok {
		sharedModifiers(g, parts, ownHead)
	}
	return parts
}

// sharedModifiers gives the later items of a 分别 subject what they share
// with the first when they name only a head: when there are two items and
// the first has a head of its own, its modifiers, for a head of the same
// kind or of two characters (全省生产安全事故起数和死亡人数 → 全省生产安全
// 事故死亡人数, 入境游客数量和花费 → 入境游客花费); else the whole
// territory it opens with (全市进出口总额和出口额 → 全市出口额, for 出口 is
// part of the first's head).
func sharedModifiers(g *GSE, parts []string, ownHead bool) {
	ws := tagWords(g, parts[0])
	if len(ws) < 2 {
		return
	}
	scope := ""
	if isWholeScope(ws[0].text) && strings.Contains("国省市区县球州", lastRune(ws[0].text)) { // 全国, 全市; not 全年
		scope = ws[0].text
	}
	head := ws[len(ws)-1].text
	// modifiers and head both nouns (not 其中/r 内/f)
	ownHead = ownHead && isNounTag(ws[len(ws)-1].tag) && isNounTag(ws[len(ws)-2].tag)
	for i := 1; i < len(parts); i++ {
		p := parts[i]
		rs := []rune(p)
		if len(rs) < 2 || len(rs) > 4 || strings.HasPrefix(p, scope) && scope != "" {
			continue
		}
		if stem := string(rs[:len(rs)-1]); ownHead && (lastRune(p) == lastRune(head) || len(rs) == 2) && utf8.RuneCountInString(head) <= 2 && !strings.Contains(parts[0], stem) &&
			!(strings.HasSuffix(p, head) && p != head) { // not 个人文化和娱乐服务、金融服务: a modifier of its own
			parts[i] = strings.TrimSuffix(parts[0], head) + p
		} else if scope != "" {
			parts[i] = scope + p
		}
	}
}

// endsWithMeasure says whether p ends with a measure word of
// rules/measures.txt (规上工业增加值): it is a measure's whole name.
func (fr *figureRules) endsWithMeasure(p string) bool {
	return slices.ContainsFunc(fr.measures, func(m wordRule) bool { return m.word != "" && strings.HasSuffix(p, m.word) })
}

// trimChangeVerb cuts from the end of a measure the verb that brings it to
// the number and the words that link them (许可事项缩减到 → 许可事项, 营业里程
// 延长到了, 厚度仅有, 气温降至零下): they say what happened to the measure,
// not what it is. A measure that would be left without a noun stays whole.
func trimChangeVerb(g *GSE, m string) string {
	ws := tagWords(g, m)
	n := len(ws)
	if n < 2 {
		return m
	}
	for n > 1 && (ws[n-1].text == "了" || ws[n-1].text == "零下") {
		n--
	}
	last := ws[n-1].text
	if n < 2 || !(last == "到" || last == "至" || last == "有" || hasAnySuffix(last, []string{"到", "至", "有"}) && (ws[n-1].tag == "v" || ws[n-1].tag == "i") && utf8.RuneCountInString(last) <= 3) { // 缩减到/i
		return m
	}
	n--
	for n > 1 && (ws[n-1].tag == "v" || ws[n-1].tag == "d") {
		n-- // 缩减, 仅
	}
	if !isNounTag(ws[n-1].tag) {
		return m
	}
	return joinWords(ws[:n])
}

// sizeLevelAt says whether m at byte i, after a number, goes on with a unit
// of at most three characters and 级 (20|万吨级, 10|万千瓦级).
func sizeLevelAt(m string, i int) bool {
	for n := 0; n < 4 && i < len(m); n++ {
		r, size := utf8.DecodeRuneInString(m[i:])
		if r == '级' {
			return n > 0
		}
		if !isHanRune(r) {
			return false
		}
		i += size
	}
	return false
}

// cleanMeasure drops a measure that names nothing: a linking word alone
// (增长), or a phrase holding another number with its unit (完成1301.5万辆和).
func cleanMeasure(d *Doc, m string) string {
	quoted := false
	for i := 0; i < len(m); i++ {
		if strings.HasPrefix(m[i:], "“") || strings.HasPrefix(m[i:], "”") {
			quoted = strings.HasPrefix(m[i:], "“") // “13+2”省区市: a label's numerals count nothing
		}
		// a number with its unit (98元, 1301.5万); 5G and PM2.5 name things,
		// and so does a level by size (20万吨级泊位)
		if !quoted && isASCIIDigit(m[i]) && i+1 < len(m) && !isASCIIDigit(m[i+1]) && !isASCIILetter(m[i+1]) && !inLetterToken(m, i) && !sizeLevelAt(m, i+1) {
			return ""
		}
	}
	// 水源工程——蟠龙水库总体建设任务: what the dash names is the measure
	if k := strings.LastIndex(m, "——"); k >= 0 && utf8.RuneCountInString(m[k+len("——"):]) >= 2 {
		if fr := d.Rules.figures; fr != nil && fr.isMeasureWord(m[k+len("——"):]) {
			m = m[:k] + m[k+len("——"):] // 控制性工程——全长: the length of what it names
		} else {
			m = m[k+len("——"):]
		}
	}
	if g, ok := d.Seg.(*GSE); ok {
		m = trimChangeVerb(g, dropRelativeTimes(g, trimTrailingCount(d, m)))
	}
	if cr := d.Rules.coverbs; cr != nil && slices.Contains(cr.links, m) || isRelativeTime(m) || m == "现行" {
		return "" // (现行 alone: the time of the value, 由现行|超过100亿元)
	}
	if fr := d.Rules.figures; fr != nil && slices.Contains(fr.currencies, m) {
		return "" // a currency names what a sum is in, not what it measures
	}
	if isWhole(m) && strings.Contains("国省市区县球州镇乡村", lastRune(m)) {
		return "" // 全国, 全省 alone: where, not what (全长 is a measure)
	}
	return m
}

// trimTrailingCount cuts from the end of a measure a count in Chinese
// numerals that belongs to the number after it (经济总量跨过两个|万亿元大关,
// 渗透率连续两个月|突破50%) and the links before it: what is left names the
// measure, or nothing does.
func trimTrailingCount(d *Doc, m string) string {
	rs := []rune(m)
	n := len(rs)
	end := n
	if n >= 2 && string(rs[n-2:]) == "个月" {
		end = n - 2
	} else if n >= 1 && strings.ContainsRune("个项批条家座名位", rs[n-1]) {
		end = n - 1
	} else {
		return m
	}
	k := end
	for k > 0 && (isCNNumeral(rs[k-1]) || rs[k-1] == '几') {
		k--
	}
	if k == end || k == 0 || rs[k-1] == '第' || rs[k-1] == '前' {
		return m // 第二批, 前八名: an ordinal or a rank names things
	}
	rest := string(rs[:k])
	if cr := d.Rules.coverbs; cr != nil {
		rest = strings.TrimSuffix(cr.stripLinks(rest), "连续")
		rest = cr.stripLinks(rest)
	}
	for _, c := range []string{"和", "及", "与"} {
		rest = strings.TrimSuffix(rest, c) // 捕风伞和|两个1200平方米…
	}
	if utf8.RuneCountInString(rest) < 2 {
		return ""
	}
	if g, ok := d.Seg.(*GSE); ok {
		if ws := tagWords(g, rest); ws[len(ws)-1].tag == "v" {
			return "" // 政府运送|一批约4.7吨: the verb's object is the count's, past reading
		}
	}
	return rest
}

// dropRelativeTimes drops from a measure the words of a time relative to
// the report that stand inside or after it (航线今天|突破, 辽宁今年|固定资产
// 投资, 景气指数全年|均值): when the figure holds says nothing of what it
// measures. Words of the segmenter only (今年度 stays), and not the first:
// a measure that opens with one was read so on purpose (今年以来…).
func dropRelativeTimes(g *GSE, m string) string {
	if !slices.ContainsFunc(relativeTimes, func(t string) bool { return strings.Contains(m, t) }) {
		return m // (segment only a measure that holds one)
	}
	ws := tagWords(g, m)
	if len(ws) < 2 {
		return m
	}
	kept := ws[:1:1]
	for k, w := range ws[1:] {
		// (whole words: 全年/m, 今天/t); the period of an average stays
		// (补贴全年人均, 指数全年均值)
		if !isRelativeTime(w.text) || k+2 < len(ws) && strings.Contains(ws[k+2].text, "均") {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(ws) {
		return m
	}
	if out := joinWords(kept); utf8.RuneCountInString(out) >= 2 {
		return out
	}
	return m
}

// relativeTimes are the words that name a time by the day of the report.
var relativeTimes = []string{"今天", "今日", "昨天", "昨日", "今年", "去年", "全年", "当年", "上半年", "下半年", "目前", "当前", "此前", "年内", "近年来"}

// isRelativeTime says whether w names a time by the day of the report.
func isRelativeTime(w string) bool { return slices.Contains(relativeTimes, w) }

func isASCIILetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// inLetterToken says whether the digit at byte i belongs to a token that
// opens with letters (PM2.5, COVID-19): a name, not a number.
func inLetterToken(m string, i int) bool {
	for i > 0 && (isASCIIDigit(m[i-1]) || m[i-1] == '.' || m[i-1] == '-') {
		i--
	}
	return i > 0 && isASCIILetter(m[i-1])
}

// isRank says whether the quantity is a rank (前三名, 排名前10位): a rank
// word right before the numeral and a rank unit right after it.
func (cr *coverbRules) isRank(text string, q quantity) bool {
	if cr == nil {
		return false
	}
	prev := text[:q.numStart]
	if !hasAnySuffix(prev, cr.rankBefore) || hasAnySuffix(prev, cr.rankNot) {
		return false
	}
	return hasAnyPrefix(text[q.numEnd:], cr.rankUnit)
}

// isComparatorWord says whether w bounds or approximates the number after it
// (超过, 约: rules/comparators.txt, position before).
func (fr *figureRules) isComparatorWord(w string) bool {
	return slices.ContainsFunc(fr.before, func(c wordRule) bool { return c.word == w })
}

// isMarker says whether w is a marker of rules/target_markers.txt or
// fact_markers.txt of one of kinds (预计, 累计).
func (fr *figureRules) isMarker(w string, kinds ...string) bool {
	return slices.ContainsFunc(fr.markers, func(m markerRule) bool { return m.word == w && slices.Contains(kinds, m.kind) })
}

// isRegionWord says whether a locative of two characters names a region by
// its direction or course (西部, 东北, 中外, 下游, 沿线), not a time or a bound
// (以来, 期间, 前后, 以上).
func isRegionWord(w string) bool {
	if utf8.RuneCountInString(w) != 2 {
		return false
	}
	switch w {
	case "上游", "中游", "下游", "沿线", "沿海", "沿江", "沿岸", "沿边":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("东西南北中", r)
}
