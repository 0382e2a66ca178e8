package extract

import (
	"fmt"
	qty "github.com/tifa-project/tifa/extract/quantity"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// figureRules are the compiled units, comparators, markers, measures and
// pitfalls of the figures stage (rules/units.txt, comparators.txt,
// target_markers.txt, fact_markers.txt, measures.txt, figure_pitfalls.txt).
type figureRules struct {
	// scanner reads numbers, ranges, units and bounds (package quantity)
	scanner    *qty.Scanner
	before     []wordRule // comparators before the number, longest first
	after      []wordRule // comparators after the unit, longest first
	markers    []markerRule
	measures   []wordRule    // Kind "money" or ""
	measuresTo byRune[[]int] // indexes into measures by last rune, same order
	// emptyMeasure: a measure with no word, which LastIndex finds at the
	// end of any text; measureBefore then reads the list as it is
	emptyMeasure bool
	money        []string // the money words of measures
	currencies   []string // what a sum is in (人民币, 美元): the money units of units.txt
	pitSpan      []string
	// wordsAt finds, in one pass over a text, the words of markers, then
	// pitSpan, then money (which alone may overlap each other), at indexes
	// in that order.
	wordsAt    wordIndex
	pitBefore  []string
	pitAfter   []string
	maxMeasure int // longest measure, in bytes
	// comparisons are the fact markers that compare with the past (同比):
	// after a plan word in the sentence (预计…，同比增长) they report nothing
	comparisons []string
}

type wordRule struct {
	word, kind string
	// link: a measure word that is also in rules/measure_links.txt (增长);
	// it names the measure only when nothing else does
	link bool
}

// Marker kinds, from target_markers.txt and fact_markers.txt.
const (
	markModal    = "modal"
	markAction   = "action"
	markTally    = "tally"
	markDeadline = "deadline"
	markHeading  = "heading"
	markNot      = "not"
	markFact     = "fact"
	markClause   = "clause"
)

type markerRule struct {
	word, kind string
}

func compileFigureRules(r *Rules) (*figureRules, error) {
	fr := &figureRules{}
	var units []qty.Unit
	for _, row := range r.Table("units") {
		if len(row) < 3 {
			return nil, fmt.Errorf("rules: units: %q: want surface, unit and kind", row[0])
		}
		switch row[2] {
		case "money", "percent", "count", "measure", "skip":
		default:
			return nil, fmt.Errorf("rules: units: %q: unknown kind %q", row[0], row[2])
		}
		units = append(units, qty.Unit{Surface: row[0], Name: row[1], Kind: row[2]})
		if row[2] == "money" {
			fr.currencies = append(fr.currencies, row[0])
		}
	}
	unitTable, err := qty.NewUnits(units)
	if err != nil {
		return nil, fmt.Errorf("rules: units: %w", err)
	}
	for _, row := range r.Table("comparators") {
		if len(row) < 3 {
			return nil, fmt.Errorf("rules: comparators: %q: want word, position and comparator", row[0])
		}
		w := wordRule{word: row[0], kind: row[2]}
		switch row[1] {
		case "before":
			fr.before = append(fr.before, w)
		case "after":
			fr.after = append(fr.after, w)
		default:
			return nil, fmt.Errorf("rules: comparators: %q: position must be before or after", row[0])
		}
	}
	byLen := func(ws []wordRule) {
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].word) > len(ws[j].word) })
	}
	byLen(fr.before)
	byLen(fr.after)
	bounds := func(ws []wordRule) []qty.Bound {
		out := make([]qty.Bound, 0, len(ws))
		for _, w := range ws {
			out = append(out, qty.Bound{Word: w.word, Comparator: w.kind})
		}
		return out
	}
	fr.scanner = qty.NewScanner(unitTable, bounds(fr.before), bounds(fr.after))
	for _, file := range []string{"target_markers", "fact_markers"} {
		for _, row := range r.Table(file) {
			kind := markModal
			if file == "fact_markers" {
				kind = markFact
			}
			if len(row) > 1 && row[1] != "" {
				kind = row[1]
			}
			if kind == "comparison" {
				// a fact marker that yields to a plan word before it
				fr.comparisons = append(fr.comparisons, row[0])
				kind = markFact
			}
			switch kind {
			case markModal, markAction, markDeadline, markHeading, markNot, markFact, markClause, markTally:
			default:
				return nil, fmt.Errorf("rules: %s: %q: unknown kind %q", file, row[0], kind)
			}
			fr.markers = append(fr.markers, markerRule{word: row[0], kind: kind})
		}
	}
	links := map[string]bool{}
	for _, row := range r.Table("measure_links") {
		links[row[0]] = true
	}
	for _, row := range r.Table("measures") {
		w := wordRule{word: row[0], link: links[row[0]]}
		if len(row) > 1 {
			w.kind = row[1]
		}
		fr.measures = append(fr.measures, w)
		fr.maxMeasure = max(fr.maxMeasure, len(w.word))
	}
	byLen(fr.measures)
	for k, m := range fr.measures {
		if m.word == "" {
			fr.emptyMeasure = true
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(m.word)
		fr.measuresTo.set(last, append(fr.measuresTo.at(last), k))
	}
	for _, m := range fr.measures {
		if m.kind == "money" {
			fr.money = append(fr.money, m.word)
		}
	}
	for _, row := range r.Table("figure_pitfalls") {
		kind := "span"
		if len(row) > 1 {
			kind = row[1]
		}
		switch kind {
		case "span":
			fr.pitSpan = append(fr.pitSpan, row[0])
		case "before":
			fr.pitBefore = append(fr.pitBefore, row[0])
		case "after":
			fr.pitAfter = append(fr.pitAfter, row[0])
		default:
			return nil, fmt.Errorf("rules: figure_pitfalls: %q: unknown kind %q", row[0], kind)
		}
	}
	var words []string
	for _, m := range fr.markers {
		words = append(words, m.word)
	}
	words = append(append(words, fr.pitSpan...), fr.money...)
	fr.wordsAt = newWordIndex(words)
	fr.wordsAt.overlap = make([]bool, len(words))
	for k := len(words) - len(fr.money); k < len(words); k++ {
		fr.wordsAt.overlap[k] = true
	}
	return fr, nil
}

// quantity is one figure as read from text: byte offsets into the scanned
// string, before any labelling.
type quantity struct {
	start, end       int // the number, its unit and bounding words
	numStart, numEnd int // the numeral (or range) alone
	value            float64
	max              float64
	hasMax           bool
	unit             string
	kind             string // unit kind; "" when the unit is implied
	comparator       string
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// oneChineseDigit says whether s is one Chinese digit (三, 两).
func oneChineseDigit(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && strings.ContainsRune("一二三四五六七八九两", r)
}

// readQuantity reads the quantity whose numeral starts at byte i of s, with
// its range, unit and comparators. next is where scanning should resume; ok
// is false when there is no figure there (a date, an ordinal, a bare word).
// moneyNear says whether a sum of money is being talked about nearby: it
// lets a unitless 万 or a bare amount be read as 元.
func (fr *figureRules) readQuantity(s string, i int, moneyNear bool) (q quantity, next int, ok bool) {
	sq, err := fr.scanner.Scan(s, i)
	if err != nil {
		_, size := utf8.DecodeRuneInString(s[i:])
		return q, i + size, false
	}
	n := sq.Low
	next = sq.NumEnd
	prev := s[:i]
	if hasAnySuffix(prev, fr.pitBefore) {
		return q, next, false
	}
	if pr, _ := utf8.DecodeLastRuneInString(prev); pr < utf8.RuneSelf && (unicode.IsLetter(pr) || pr == '.' || pr == '/' || pr == '_' || pr == '%' || unicode.IsDigit(pr)) && isASCIIDigit(s[i]) {
		return q, next, false // a code or name: G60, PM2.5, 2015/07
	}
	if n.Digits || n.Few || sq.High.Few {
		return q, next, false // 二〇二二 is a year; 几十个, 十几万: no figure
	}
	q = quantity{start: i, numStart: i, numEnd: sq.NumEnd, value: sq.Value, max: sq.Max, hasMax: sq.HasMax}
	big := n.Big || sq.High.Big
	j := sq.NumEnd
	unit, kind := "", ""
	if n.Unit != "" {
		unit, kind = n.Unit, "percent"
		if strings.HasSuffix(s[:n.End], "成") && hasAnyPrefix(s[n.End-len("成"):], fr.pitAfter) {
			return q, next, false // 三成为 … is not 30%
		}
	} else if u := sq.Unit; u.Kind != "" {
		if u.Kind == "skip" {
			return q, j + len(u.Surface), false
		}
		if u.Name == "分" && (strings.HasSuffix(prev, "时") || strings.HasSuffix(prev, "点")) {
			return q, j + len(u.Surface), false // 9时30分 is a time
		}
		unit, kind = u.Name, u.Kind
		j = sq.UnitEnd
		if r, _ := utf8.DecodeRuneInString(s[j:]); u.Surface == "家" && strings.ContainsRune("庭属", r) {
			return q, j, false // 百万家庭, 千万家属: 家 opens a noun, the count has no unit
		}
		if u.Surface == "元" && oneChineseDigit(s[i:sq.NumEnd]) {
			// 二元结构, 一元复始, 三元乳业: a single Chinese digit and 元
			// inside a word; a sum so small is written 3元 or 三元钱
			if r, _ := utf8.DecodeRuneInString(s[j:]); isHanRune(r) && !strings.ContainsRune("钱整左的和、", r) {
				return q, j, false
			}
		}
	}
	if hasAnyPrefix(s[j:], fr.pitAfter) || hasAnyPrefix(s[q.numEnd:], fr.pitAfter) {
		return q, max(j, next), false
	}
	if unit == "" {
		// 300亿、400亿、500亿美元: the list's last member writes the unit for all.
		// Not a classifier (5万亿、6万亿台阶: 台 starts a word there).
		if u, scale, ok := fr.scanner.SharedList(s, j); ok && u.Kind != "skip" && u.Kind != "count" {
			unit, kind = u.Name, u.Kind
			// 100万、120万和130万亿元: the 亿 after the last member's 万 is shared too
			if own := qty.Scale(s[:sq.NumEnd]); own != "" && len(scale) > len(own) && strings.HasPrefix(scale, own) {
				f := qty.ScaleFactor(scale[len(own):])
				q.value *= f
				q.max *= f
			}
		}
	}
	if unit == "" {
		// No unit: a count of what a following noun names (7.7亿农村贫困人口), or
		// a sum of money when the text says so: 亿 alone, or 万 or an
		// approximate amount (约2800左右) while money is being talked about.
		switch {
		case big && fr.unitOfNoun(s[j:]) != "":
			unit, kind = fr.unitOfNoun(s[j:]), "count"
		case !fr.endsAmount(s[j:]):
			// 3866亿块, 1.2亿居民, 4003.46亿度: a count of what follows, in a
			// unit the table does not know; never a sum of money.
			return q, max(j, next), false
		case fr.countedBefore(prev):
			return q, max(j, next), false // 5G用户达8.89亿, 观影人次为1.87亿: people, not 元
		case big && strings.HasSuffix(s[:q.numEnd], "亿"):
			unit, kind = qty.RMB, "money"
		case moneyNear && big:
			unit, kind = qty.RMB, "money"
		case moneyNear && !n.Bare && q.value >= 100 && !looksLikeYear(n) && fr.boundedAmount(prev, s[j:]):
			unit, kind = qty.RMB, "money"
		default:
			return q, max(j, next), false
		}
	}
	if q.value == 0 && !q.hasMax {
		return q, max(j, next), false // 0人跟贴: counters of a page, not figures
	}
	if n.Bare {
		// 亿元生产总值 (per 100 million yuan) and 百元营业收入 start a clause: a
		// bare multiplier is a figure only after a verb or bound (超百亿元, 甄选了百款).
		pr, _ := utf8.DecodeLastRuneInString(prev)
		if prev == "" || isPhraseBreak(pr) || pr == ' ' {
			return q, max(j, next), false
		}
	}
	if n.Bare && !q.hasMax && (n.Value == 1e4 || n.Value == 1e3) && sq.Comparator == "" {
		return q, max(j, next), false // 万人, 千家: words, not numbers (but 近万人, 上千名)
	}
	if !n.Bare && n.Chinese && q.value == 1 && !q.hasMax && kind == "count" && !n.AtLeast {
		return q, max(j, next), false // 一个, 一项: an article, not a count
	}
	q.unit, q.kind = unit, kind
	// Bounds: after the unit (以上, 左右), then before the number (超过, 近).
	q.comparator = sq.Comparator
	q.end = max(j, sq.End)
	return q, max(q.end, next), true
}

// unitOfNoun is the unit implied by the noun that follows a unitless number
// in its clause (人口 → 人), from the measures with a "unit=" kind.
func (fr *figureRules) unitOfNoun(rest string) string {
	end := clauseEnd(rest, 0, min(len(rest), 30))
	for _, m := range fr.measures {
		if u, ok := strings.CutPrefix(m.kind, "unit="); ok && strings.Contains(rest[:end], m.word) {
			return u
		}
	}
	return ""
}

// boundedAmount says whether a unitless amount carries a bound before or
// after it (约2800左右, 三千多): how speakers quote sums without 元.
func (fr *figureRules) boundedAmount(prev, rest string) bool {
	for _, w := range fr.after {
		if strings.HasPrefix(rest, w.word) {
			return true
		}
	}
	for _, w := range fr.before {
		if strings.HasSuffix(prev, w.word) {
			return true
		}
	}
	return false
}

// endsAmount says whether a unitless number ends where it stands, as a sum
// quoted without 元 does (减税降费二万亿。 近50万销售额 约2800左右): what follows
// is no Han word, or a bound (以上, 左右), a link (的, 和, 、), or a money word.
func (fr *figureRules) endsAmount(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.Is(unicode.Han, r) {
		return true
	}
	for _, w := range fr.after {
		if strings.HasPrefix(rest, w.word) {
			return true
		}
	}
	return hasAnyPrefix(rest, amountLinks) || hasAnyPrefix(rest, fr.money)
}

// countedBefore says whether the clause before a unitless number names
// what it counts — people, households, a number or volume of something (人次,
// 用户, 人口, 连接数, 调用量) — and no money: the number is then no sum of 元.
func (fr *figureRules) countedBefore(prev string) bool {
	k := len(prev)
	for n := 0; k > 0 && n < 16; n++ {
		r, size := utf8.DecodeLastRuneInString(prev[:k])
		if isPhraseBreak(r) {
			break
		}
		k -= size
	}
	clause := prev[k:]
	if !strings.ContainsAny(clause, countNouns) {
		return false
	}
	for _, m := range fr.money {
		if strings.Contains(clause, m) {
			return false
		}
	}
	return true
}

// countNouns are the characters of the nouns that count rather than sum:
// 人 (人次, 人口, 人数), 户 (用户, 户数), 数 (连接数). Not 量: 经济总量 is money.
const countNouns = "人户数"

// amountLinks may follow a sum quoted without 元 in its sentence.
var amountLinks = []string{"的", "和", "与", "及", "或", "、", "至", "到", "是", "为", "用于", "投资", "资金", "基金", "专项", "目标"}

// looksLikeYear says whether a plain number could be a year (2021 in 2021湖北…).
func looksLikeYear(n Numeral) bool {
	return !n.Chinese && !n.Big && n.Value >= 1900 && n.Value <= 2100 && n.Value == float64(int(n.Value))
}

// isPhraseBreak says whether r ends a clause inside a sentence.
func isPhraseBreak(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', '（', '）', '(', ')', '“', '”', '"', '「', '」', '《', '》', '<', '>', '|', '[', ']':
		return true
	}
	return false
}
