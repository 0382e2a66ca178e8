package extract

import (
	"slices"
	"strings"
)

// The detector works on runes. A formula label starts at a numeral token: a
// run of Chinese numerals (三, 十, 两), Arabic digits (10, 1355) or 双.

// isCNNumeral says whether r is a Chinese numeral: 一二两三四五六七八九十百千万
// (a switch: it runs on every character of a text).
func isCNNumeral(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万':
		return true
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isNumeralRune is true for any rune that can be part of a number.
func isNumeralRune(r rune) bool {
	return isDigit(r) || isCNNumeral(r) || r == '零' || r == '〇' || r == '双'
}

func isHan(r rune) bool { return isHanRune(r) }

func isOpenQuote(r rune) bool {
	switch r {
	case '“', '‘', '「', '『', '"':
		return true
	}
	return false
}

func isCloseQuote(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '"':
		return true
	}
	return false
}

// numeralToken reads the numeral token at rs[i]: its length and value
// (ok false when the run is not one number, as in 一二三四 or 六六).
func numeralToken(rs []rune, i int) (n, value int, ok bool) {
	if i >= len(rs) {
		return 0, 0, false
	}
	switch {
	case rs[i] == '双':
		return 1, 2, true
	case isDigit(rs[i]):
		j := i
		for j < len(rs) && isDigit(rs[j]) && j-i < 9 {
			j++
		}
		v, ok := runesIntValue(rs[i:j])
		return j - i, v, ok
	case isCNNumeral(rs[i]):
		j := i
		for j < len(rs) && isCNNumeral(rs[j]) && j-i < 6 {
			j++
		}
		v, ok := runesIntValue(rs[i:j])
		return j - i, v, ok
	}
	return 0, 0, false
}

// runesIntValue is IntValue(string(rs)), from a table for one rune: most
// numeral tokens of a text are one digit (三个一批, 5大).
func runesIntValue(rs []rune) (int, bool) {
	if len(rs) == 1 {
		v, ok := oneRuneValues[rs[0]]
		return v.value, ok && v.ok
	}
	return IntValue(string(rs))
}

type intValue struct {
	value int
	ok    bool
}

// oneRuneValues holds IntValue of each digit and Chinese numeral alone
// (read-only once built).
var oneRuneValues = func() map[rune]intValue {
	out := map[rune]intValue{}
	for _, r := range "0123456789一二两三四五六七八九十百千万" {
		v, ok := IntValue(string(r))
		out[r] = intValue{v, ok}
	}
	return out
}()

// label is a formula name read out of a run of text.
type label struct {
	start, end int // rune offsets within the run
	count      *int
	sum        int
	head       string
}

func intPtr(v int) *int { return &v }

// readLabel decides whether rs (the content of a pair of quotes) is a formula
// label, and where its name starts: "十大攻坚行动", "四多四少", "1+N+2", "新三孔";
// a verb before the numeral is dropped ("强双基" → 双基).
func (fr *formulaRules) readLabel(rs []rune) (label, bool) {
	if len(rs) < 2 || len(rs) > 16 {
		return label{}, false
	}
	for _, r := range rs {
		if isOpenQuote(r) || isCloseQuote(r) || strings.ContainsRune("，,。；;：:！？!?()（）《》\n", r) {
			return label{}, false
		}
	}
	start := 0
	switch {
	case isNumeralRune(rs[0]) && rs[0] != '零' && rs[0] != '〇':
	case rs[0] == '新' && len(rs) > 2 && isCNNumeral(rs[1]):
		// 新三孔, 新三样: 新 is part of the name
	default:
		v := fr.leadingVerb(rs)
		if v == 0 || v >= len(rs) || !isNumeralRune(rs[v]) {
			return fr.modifiedLabel(rs)
		}
		start = v
	}
	name := rs[start:]
	if fr.pitfall(string(name)) {
		return label{}, false
	}
	lb, ok := fr.parseLabel(name, true)
	if !ok {
		return label{}, false
	}
	lb.start += start
	lb.end += start
	return lb, true
}

// modifiedLabel reads the quoted labels whose numeral does not come first:
// alternating one-character words and Chinese numerals (退二进三), and a
// short modifier before a counted label (门前三包, 气十条, 民营经济32条,
// 无核三原则). The modifier is part of the name; the count is the label's.
// A modifier before places or parties (京津冀三地, 中美两国) makes a
// grouping, not a formula.
// Names of ships and missiles (海基二号), durations (黄金三十年) and streaks
// (四连增) end in a character the pitfalls forbid after a numeral.
func (fr *formulaRules) modifiedLabel(rs []rune) (label, bool) {
	if len(rs) > 8 || fr.pitfall(string(rs)) {
		return label{}, false
	}
	if lb, ok := fr.alternatingLabel(rs); ok {
		return lb, true
	}
	at := 1
	for at < len(rs) && at <= 4 && !isNumeralRune(rs[at]) {
		at++
	}
	if at > 4 || at >= len(rs) || rs[at] == '零' || rs[at] == '〇' || rs[at] == '双' {
		return label{}, false
	}
	for _, r := range rs[:at] {
		if !isHan(r) {
			return label{}, false // a year, a code
		}
	}
	// 第二现场 is an ordinal; 前 and 后 end a word of place there (门前三包).
	if b := rs[at-1]; fr.before[b] && (at == 1 || b != '前' && b != '后') {
		return label{}, false
	}
	n, v, ok := numeralToken(rs, at)
	if tail := len(rs) - at - n; !ok || v < 2 || v > 99 || tail < 1 || tail > 3 || fr.after[rs[at+n]] || fr.group[rs[at+n]] {
		return label{}, false
	}
	tailRunes := rs[at+n:]
	for _, r := range tailRunes {
		if !isHan(r) || isNumeralRune(r) {
			return label{}, false
		}
	}
	if c, ok := fr.plainCounted(rs, at); ok && c.end == len(rs) {
		return label{}, false // 民生十大工程: the counted set alone is the name, found as such
	}
	// What follows the numeral names the members' kind: a formula head
	// (三原则), or a counter alone or before one (32条, 十项举措). Anything
	// else is a nickname, a place or a title (黄三角, 刘三姐, 燕京八绝).
	tail := string(tailRunes)
	if fr.counters[tailRunes[0]] {
		tail = string(tailRunes[1:])
		if tail == "" && tailRunes[0] != '条' && tailRunes[0] != '项' {
			return label{}, false // 企业30强 is a ranking; 气十条 a set of articles
		}
	}
	if tail != "" && !slices.Contains(fr.allHeads, tail) && fr.headOf(tail) == "" {
		return label{}, false
	}
	return label{start: 0, end: len(rs), count: intPtr(v), head: fr.headOf(string(rs))}, true
}

// alternatingLabel reads 退二进三 and 建三补二: two or more pairs of a
// one-character word and a numeral, each pair a member. Idioms of the
// shape (接二连三, 举一反三) are pitfalls.
func (fr *formulaRules) alternatingLabel(rs []rune) (label, bool) {
	pairs := 0
	if rs[0] == '从' {
		return label{}, false // 从0到1: a range
	}
	for i := 0; i < len(rs); {
		if !isHan(rs[i]) || isNumeralRune(rs[i]) || fr.before[rs[i]] {
			return label{}, false
		}
		n, _, ok := numeralToken(rs, i+1)
		if n == 0 || !ok || rs[i+1] == '双' || isDigit(rs[i+1]) {
			return label{}, false // 保7争6 is a rank to hold and one to reach
		}
		pairs++
		i += 1 + n
	}
	if pairs < 2 {
		return label{}, false
	}
	return label{start: 0, end: len(rs)}, true // compound: no count (GUIDELINES)
}

// pitfall reports names that look like formulas but are not (十四五, 一带一路).
func (fr *formulaRules) pitfall(name string) bool {
	if fr.exact[name] || fr.idioms[name] {
		return true
	}
	for _, p := range fr.prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	for _, p := range fr.suffixes {
		if strings.HasSuffix(name, p) && len(name) > len(p) {
			return true
		}
	}
	return false
}

// parseLabel reads a whole name: the counted set, chain, digit formula or
// short 两X/双X label it is. quoted relaxes what may follow the numeral.
func (fr *formulaRules) parseLabel(name []rune, quoted bool) (label, bool) {
	lb := label{start: 0, end: len(name)}
	at := 0
	if name[0] == '新' {
		at = 1
	}
	n, v, ok := numeralToken(name, at)
	if n == 0 {
		return label{}, false
	}
	next := at + n
	if next < len(name) && fr.after[name[next]] {
		return label{}, false
	}
	if isDigit(name[at]) {
		return fr.parseDigitLabel(name, at, n, v, ok)
	}
	// counted set: 三个一批, 两个确立, 五篇大文章
	if next < len(name) && fr.counters[name[next]] && name[at] != '双' {
		// a bare "十强" stands for a set only in quotes and with 强
		if !ok || (next+1 >= len(name) && (!quoted || v < 2 || name[next] != '强')) {
			return label{}, false
		}
		if v >= 2 {
			lb.count = intPtr(v)
		} else if !hasNumeralGroup(name[next+1:]) {
			return label{}, false
		}
		lb.head = fr.headOf(string(name))
		return lb, true
	}
	// 双 before a numeral names two of what follows: 双一流
	if name[at] == '双' && next < len(name) && isCNNumeral(name[next]) {
		lb.count = intPtr(2)
		lb.head = fr.headOf(string(name))
		return lb, true
	}
	// unity chains count their first numeral: 四位一体, 四单合一 (whose last
	// group names nothing of its own)
	for _, u := range fr.unity {
		if ok && v >= 2 && unityMatches(u, string(name[next:])) {
			lb.count = intPtr(v)
			lb.sum = v
			return lb, true
		}
	}
	// groups: 四多四少, 一谷一区一论坛三中心, 双随机、一公开, 四在农家·和美乡村
	groups, sum, allOne, allDouble := 0, 0, true, true
	for i := at; i < len(name); {
		if name[i] == '、' || name[i] == '·' {
			i++
			continue
		}
		gn, gv, gok := numeralToken(name, i)
		if gn == 0 {
			if groups == 0 {
				return label{}, false
			}
			i++
			continue
		}
		// 五统一、一开放: a numeral that ends a word of the group before it
		// (统一, 合一) before the list's mark is no group of its own
		if groups > 0 && gn == 1 && i > at && isHan(name[i-1]) && !isNumeralRune(name[i-1]) &&
			i+1 < len(name) && (name[i+1] == '、' || name[i+1] == '·') {
			i++
			continue
		}
		groups++
		if name[i] != '双' {
			allDouble = false
		}
		if gok {
			sum += gv
			if gv != 1 {
				allOne = false
			}
		} else {
			sum = -1 << 20
			allOne = false
		}
		i += gn
		if i < len(name) && fr.after[name[i]] && groups > 1 {
			return label{}, false // "一定要去一次": a frequency, not a member
		}
		// every group names something: "一对一" is a manner, not a formula
		if groups > 1 && (i >= len(name) || isNumeralRune(name[i]) || name[i] == '、') && gn > 0 {
			return label{}, false
		}
	}
	tail := len(name) - next
	switch {
	case groups == 1 && !ok:
		// 一二三四, 六六就业稳岗计划: a numeral run that is not one number
		if n < 2 {
			return label{}, false
		}
	case groups == 1:
		if v < 2 || (v >= 100 && at == 0) || tail < 1 || tail > 10 {
			return label{}, false
		}
		if v >= 100 {
			// 新四万亿: an amount, not a number of members
			break
		}
		lb.count = intPtr(v)
		lb.head = fr.headOf(string(name))
	default:
		if allOne && !quoted {
			return label{}, false
		}
		if sum > 0 {
			lb.sum = sum
		}
		if allDouble {
			// 双招双引: two things, each named twice
			lb.count = intPtr(2)
			lb.sum = 2
		}
	}
	return lb, true
}

// unityMatches says whether rest, the text after a chain's first numeral,
// is the unity suffix u: as written (位一体), or, for u "*合一", one or two
// characters then 合一 (四单合一, 三证合一).
func unityMatches(u, rest string) bool {
	tail, wild := strings.CutPrefix(u, "*")
	if !wild {
		return rest == u
	}
	head, ok := strings.CutSuffix(rest, tail)
	n := len([]rune(head))
	return ok && n >= 1 && n <= 2 && !strings.ContainsFunc(head, isNumeralRune)
}

// parseDigitLabel reads formulas written with digits: 1+N+2, 5+3, 1355,
// 513模式, 122攻坚计划, 3个100万, 10大攻坚战役.
func (fr *formulaRules) parseDigitLabel(name []rune, at, n, v int, ok bool) (label, bool) {
	lb := label{start: 0, end: len(name)}
	next := at + n
	if next < len(name) && (name[next] == '+' || name[next] == '＋') {
		i := next
		for i < len(name) && (name[i] == '+' || name[i] == '＋') {
			j := i + 1
			for j < len(name) && j-i <= 3 && (isDigit(name[j]) || strings.ContainsRune("NnXx", name[j])) {
				j++
			}
			if j == i+1 {
				return label{}, false
			}
			i = j
		}
		if len(name)-i > 4 {
			return label{}, false
		}
		return lb, true
	}
	if next < len(name) && fr.counters[name[next]] {
		if !ok || v < 2 || next+1 >= len(name) {
			return label{}, false
		}
		lb.count = intPtr(v)
		lb.head = fr.headOf(string(name))
		return lb, true
	}
	// a code of three or four non-zero digits (1355, 513, 122), perhaps with
	// X or N for "and more" (415X); hotlines and amounts (12345, 110, 2000)
	// are not formulas
	if n < 3 || n > 4 || at > 0 || strings.ContainsRune(string(name[:next]), '0') {
		return label{}, false
	}
	if n == 4 && ok && v >= 1900 && v <= 2099 {
		return label{}, false // a year
	}
	rest := name[next:]
	if len(rest) == 1 && (rest[0] == 'X' || rest[0] == 'N') {
		rest = nil
	}
	for _, r := range rest {
		if !isHan(r) {
			return label{}, false
		}
	}
	if len(name)-next > 5 {
		return label{}, false
	}
	// 122攻坚计划: 1 + 2 + 2 members
	for _, r := range name[:next] {
		lb.sum += int(r - '0')
	}
	return lb, true
}

func hasNumeralGroup(rs []rune) bool {
	for _, r := range rs {
		if isCNNumeral(r) {
			return true
		}
	}
	return false
}

// headOf returns the longest listed head noun that ends name.
func (fr *formulaRules) headOf(name string) string {
	for _, h := range fr.allHeads {
		if strings.HasSuffix(name, h) && len(h) < len(name) {
			return h
		}
	}
	return ""
}

// leadingVerb returns the length in runes of a listed verb that starts rs.
func (fr *formulaRules) leadingVerb(rs []rune) int {
	s := string(rs)
	for _, v := range fr.verbs {
		if strings.HasPrefix(s, v) {
			return len([]rune(v))
		}
	}
	return 0
}

// zeroCode reads a quoted code of four or five digits with a zero in it
// (“1310”具体部署, “51020”先进制造业, “61020”科技创新行动), followed by the
// words it names (after): not a year, a round amount (10000), an emergency
// or service number (110, 12345热线, 96178), nor one standing alone.
func (fr *formulaRules) zeroCode(code, after []rune) (label, bool) {
	if len(code) < 4 || len(code) > 5 || code[0] == '0' {
		return label{}, false
	}
	for _, r := range code {
		if !isDigit(r) {
			return label{}, false
		}
	}
	c := string(code)
	if v, _ := runesIntValue(code); len(code) == 4 && v >= 1900 && v <= 2099 {
		return label{}, false // a year
	}
	if strings.HasSuffix(c, "00") || strings.HasPrefix(c, "123") || c[0] == '9' {
		return label{}, false
	}
	if len(after) == 0 || !isHan(after[0]) || isNumeralRune(after[0]) {
		return label{}, false
	}
	rest := string(after)
	if k := strings.IndexFunc(rest, func(r rune) bool { return !isHan(r) }); k >= 0 {
		rest = rest[:k]
	}
	for _, w := range []string{"热线", "电话", "号码", "平台", "服务"} {
		if strings.Contains(rest, w) {
			return label{}, false
		}
	}
	return label{start: 0, end: len(code)}, true // (5+10+20: no sum of digits)
}

// quotedFormulas finds labels standing in quotes: “十项改革”, 「新四万亿」, ‘五未’.
func quotedFormulas(fr *formulaRules, t *runeText) []candidate {
	var out []candidate
	rs := t.r
	for i := 0; i < len(rs); i++ {
		if !isOpenQuote(rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && j-i <= 18 && !isCloseQuote(rs[j]) && !isOpenQuote(rs[j]) && rs[j] != '\n' {
			j++
		}
		if j >= len(rs) || !isCloseQuote(rs[j]) {
			continue
		}
		if rs[i] == '"' && rs[j] != '"' {
			continue
		}
		lb, ok := fr.readLabel(rs[i+1 : j])
		if !ok {
			lb, ok = fr.zeroCode(rs[i+1:j], rs[j+1:min(len(rs), j+1+8)])
		}
		if !ok {
			continue
		}
		s, e := i+1+lb.start, i+1+lb.end
		out = append(out, candidate{start: s, end: e, name: string(rs[s:e]), count: lb.count, sum: lb.sum, quoted: true, head: lb.head})
		i = j
	}
	return out
}

// plainFormulas finds labels without quotes: counted sets with a listed head
// (十大攻坚行动, 10大攻坚战役, 四个方面), chains of one-character groups (四多四少,
// 一港、两城、两区) and a verb + numeral + bare head (严把七关).
func plainFormulas(fr *formulaRules, t *runeText) []candidate {
	var out []candidate
	rs := t.r
	for i := 0; i < len(rs); i++ {
		if !isNumeralRune(rs[i]) || rs[i] == '零' || rs[i] == '〇' {
			continue
		}
		if i > 0 && (isNumeralRune(rs[i-1]) || fr.before[rs[i-1]]) {
			continue
		}
		if c, ok := fr.plainCounted(rs, i); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		if c, ok := fr.plainChain(rs, i); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		if c, ok := fr.plainBare(rs, i); ok {
			out = append(out, c)
			i = c.end - 1
		}
	}
	return out
}

func (fr *formulaRules) plainCounted(rs []rune, i int) (candidate, bool) {
	n, v, ok := numeralToken(rs, i)
	if !ok || rs[i] == '双' || v < 2 || v > 99 {
		return candidate{}, false
	}
	c := i + n
	if c >= len(rs) || !fr.counters[rs[c]] || (isDigit(rs[i]) && !fr.arabicCount[rs[c]]) {
		return candidate{}, false
	}
	// the first head after the counter, as long as it goes: 三大攻坚战(攻坚行动),
	// 10大攻坚战役, 六大产业基地
	best := -1
	for m := c + 1; m <= c+1+6 && m < len(rs) && best < 0; m++ {
		if m > c+1 {
			p := rs[m-1]
			if !isHan(p) || isNumeralRune(p) || p == '的' || p == '等' {
				break
			}
		}
		for h, hr := range fr.headRunes {
			if m+len(hr) <= len(rs) && runesEqual(rs[m:m+len(hr)], hr) && (m == c+1 || !fr.verbHeads[fr.heads[h]]) {
				best = m + len(hr)
				break
			}
		}
	}
	if best < 0 {
		return candidate{}, false
	}
	name := string(rs[i:best])
	if fr.pitfall(name) {
		return candidate{}, false
	}
	return candidate{start: i, end: best, name: name, count: intPtr(v), head: fr.headOf(name)}, true
}

// plainChain reads 四多四少, 两带三区, 一港、两城、两区: at least two groups of a
// one-digit numeral and one character, not all 一, not an idiom.
func (fr *formulaRules) plainChain(rs []rune, i int) (candidate, bool) {
	j, groups, sum, allOne := i, 0, 0, true
	for j+1 < len(rs) {
		k := j
		if groups > 0 && rs[k] == '、' {
			k++
		}
		if k+1 >= len(rs) {
			break
		}
		v, ok := simpleDigit(rs[k])
		if !ok || rs[k] == '二' {
			// 二 in running text names schools and ranks (二中、三中), not formulas
			break
		}
		tail := rs[k+1]
		if !isHan(tail) || isNumeralRune(tail) || fr.counters[tail] || fr.after[tail] {
			break
		}
		groups++
		sum += v
		if v != 1 {
			allOne = false
		}
		j = k + 2
	}
	if groups < 2 || allOne {
		return candidate{}, false
	}
	if j < len(rs) && isNumeralRune(rs[j]) {
		return candidate{}, false
	}
	name := string(rs[i:j])
	if fr.pitfall(name) {
		return candidate{}, false
	}
	return candidate{start: i, end: j, name: name, sum: sum}, true
}

func simpleDigit(r rune) (int, bool) {
	if r == '双' {
		return 2, true
	}
	if !isCNNumeral(r) || r == '百' || r == '千' || r == '万' {
		return 0, false
	}
	return IntValue(string(r))
}

// plainBare reads verb + numeral + bare head: 严把七关.
func (fr *formulaRules) plainBare(rs []rune, i int) (candidate, bool) {
	n, v, ok := numeralToken(rs, i)
	if !ok || v < 2 || v > 20 || isDigit(rs[i]) {
		return candidate{}, false
	}
	verbOK := false
	for _, vr := range fr.verbRunes {
		if len(vr) >= 2 && i >= len(vr) && slices.Equal(rs[i-len(vr):i], vr) {
			verbOK = true
			break
		}
	}
	if !verbOK {
		return fr.afterQuotedList(rs, i, n, v)
	}
	for _, h := range fr.bareHeadWords {
		e := i + n + len(h.r)
		if e <= len(rs) && slices.Equal(rs[i+n:e], h.r) {
			name := string(rs[i:e])
			return candidate{start: i, end: e, name: name, count: intPtr(v), head: h.s}, true
		}
	}
	return candidate{}, false
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// afterQuotedList reads a numeral and a short head right after a quoted list
// of exactly that many items: "产业、人才、资本、技术"四要素. The list written
// before the name is the evidence a bare numeral lacks; the head is a head
// word of the rules, else the two characters that follow.
func (fr *formulaRules) afterQuotedList(rs []rune, i, n, v int) (candidate, bool) {
	if i == 0 || !isCloseQuote(rs[i-1]) {
		return candidate{}, false
	}
	open := i - 2
	for open >= 0 && i-open <= 60 && !isOpenQuote(rs[open]) && rs[open] != '\n' {
		open--
	}
	if open < 0 || !isOpenQuote(rs[open]) {
		return candidate{}, false
	}
	items := 1
	for _, r := range rs[open+1 : i-1] {
		if r == '、' {
			items++
		}
	}
	if items != v {
		return candidate{}, false
	}
	at := i + n
	end := -1
	for _, hr := range fr.headRunes {
		if at+len(hr) <= len(rs) && runesEqual(rs[at:at+len(hr)], hr) {
			end = at + len(hr)
			break
		}
	}
	if end < 0 {
		end = at
		for end < len(rs) && end-at < 2 && isHan(rs[end]) && !isNumeralRune(rs[end]) && rs[end] != '的' {
			end++
		}
		if end-at < 2 {
			return candidate{}, false
		}
	}
	name := string(rs[i:end])
	if fr.pitfall(name) {
		return candidate{}, false
	}
	return candidate{start: i, end: end, name: name, count: intPtr(v), head: fr.headOf(name)}, true
}
