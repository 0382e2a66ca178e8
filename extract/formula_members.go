package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// findMembers looks for the members of the formula mentioned at m, in the
// ways texts spell them out, and returns them with whether their number
// agrees with want (the count, or the sum of a chain's numerals).
func findMembers(d *Doc, fr *formulaRules, t *runeText, m candidate, want int) ([]string, bool) {
	if want < 2 || want > 40 {
		return nil, false
	}
	if items, complete := listBefore(d, fr, t, m, want); len(items) > 0 {
		return fr.alignToName(trimEdges(d, dropSharedTail(items, m.name)), m.name), complete
	}
	if items := listAfter(d, fr, t, m, want); len(items) > 0 && !slices.ContainsFunc(items, isDatePhrase) {
		// (a date is no member: "五个专项治理"：2025年6月，…印发… is prose)
		return fr.alignToName(trimEdges(d, dropSharedTail(dropRestatedHead(fr.dropClosingCount(items), m.name), m.name)), m.name), true
	}
	if items := enumeratedAfter(fr, t, m, want); len(items) > 0 {
		return dropSubjects(d, items), true
	}
	if items := parallelAfter(d, fr, t, m, want); len(items) > 0 && !anyContains(items, m.name) {
		// (a sentence that names the formula again restates it: 要深刻领悟
		// "两个确立"的决定性意义 is no member of 两个确立)
		return items, true
	}
	if items := subjectsAfter(fr, t, m, want); len(items) > 0 {
		return items, true
	}
	return nil, false
}

// subjectsAfter reads members spelled as the subjects of the clauses that
// follow the label's clause, one directive each, separated by semicolons:
// "按照三大板块布局来谋划项目,沿汾县要…;沿黄县要…;沿太岳县要…" gives 沿汾县,
// 沿黄县, 沿太岳县. Exactly want such clauses must follow, with distinct subjects.
func subjectsAfter(fr *formulaRules, t *runeText, m candidate, want int) []string {
	rs := t.r
	at := m.end
	for at < len(rs) && !isClauseBreak(rs[at]) {
		at++
	}
	if at >= len(rs) || rs[at] == '\n' {
		return nil
	}
	at++
	var items []string
	for len(items) < want && at < len(rs) {
		end := at
		for end < len(rs) && !strings.ContainsRune("；;。\n", rs[end]) {
			end++
		}
		subject := clauseSubject(fr, t.str(at, end))
		if subject == "" || slices.Contains(items, subject) {
			return nil
		}
		items = append(items, subject)
		if end >= len(rs) || (rs[end] != '；' && rs[end] != ';' && len(items) < want) {
			break
		}
		at = end + 1
	}
	if len(items) != want {
		return nil
	}
	return items
}

// clauseSubject returns the short subject that opens a directive clause
// ("沿黄县要重点围绕…" → 沿黄县), or "" when the clause does not read so. It
// reads the clause in place: it asks about the few runes at its start of
// clauses that may run long.
func clauseSubject(fr *formulaRules, clause string) string {
	first, _ := utf8.DecodeRuneInString(clause)
	// at is the byte offset of rune n, prev that of rune n-1.
	_, size := utf8.DecodeRuneInString(clause)
	prev := size
	_, size = utf8.DecodeRuneInString(clause[prev:])
	at := prev + size
	for n := 2; n <= 8 && at < len(clause); n++ {
		if r, _ := utf8.DecodeRuneInString(clause[prev:]); !isHan(r) || isNumeralRune(first) {
			return ""
		}
		if marker := fr.taskMarker(clause[at:]); marker != "" {
			if fr.taskMarker(clause[:at]) != "" {
				return ""
			}
			return clause[:at]
		}
		_, size = utf8.DecodeRuneInString(clause[at:])
		prev, at = at, at+size
	}
	return ""
}

// isClauseBreak says whether r ends a clause (a switch, as the helpers
// below: they run on every character of a text).
func isClauseBreak(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

func isSentenceBreak(r rune) bool {
	switch r {
	case '。', '；', ';', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// listBefore reads a list that ends right before the label: "求职需求、用工需求、
// …政策落实“五张清单”", "…城市品质提升等10大攻坚战役" (then possibly incomplete),
// reaching back over earlier list clauses of the sentence when one is short
// ("加快建设A、B、C，打造D、E、F，形成“一谷一区一论坛三中心”").
func listBefore(d *Doc, fr *formulaRules, t *runeText, m candidate, want int) ([]string, bool) {
	rs := t.r
	end := m.start
	if end > 0 && isOpenQuote(rs[end-1]) {
		end--
	}
	start := end
	for start > 0 && !isClauseBreak(rs[start-1]) {
		start--
	}
	// "A、“双百行动”、B": the label is one item of a longer list, and the
	// items before it are its siblings, not its members
	if (end > 0 && rs[end-1] == '、') || nextIsListComma(rs, m.end) {
		return nil, false
	}
	// "按照“一人一档”“一人一策”": so is a label right before or after another
	// quoted one
	if end > 0 && end < m.start && isCloseQuote(rs[end-1]) ||
		m.end+1 < len(rs) && isCloseQuote(rs[m.end]) && isOpenQuote(rs[m.end+1]) {
		return nil, false
	}
	clause := rs[start:end]
	// "要统筹“产业、人才、资本、技术”四要素": the quoted list is the list
	if n := len(clause); n > 2 && isCloseQuote(clause[n-1]) {
		for k := n - 2; k >= 0; k-- {
			if isOpenQuote(clause[k]) {
				if slices.Contains(clause[k:], '、') {
					clause = clause[k:]
				}
				break
			}
		}
	}
	deng := false
	// "A、B等10大攻坚战役", "A、B等方面推出十项行动"
	for k := len(clause) - 1; k >= 0 && len(clause)-k <= 7; k-- {
		if clause[k] == '等' && k > 0 && (k+1 == len(clause) || clause[k+1] != '、') { // 主权平等、…: a member's own 等
			// "山东、陕西等地通过“一喷三防”": a list of places with a label of
			// its own acts; the label it uses counts no places
			if placesLabel(string(clause[k+1:])) && !countsPlaces(m.name) {
				return nil, false
			}
			clause, deng = clause[:k], true
			break
		}
	}
	if !deng && len(clause) > 0 && !strings.ContainsRune("、”和及与", clause[len(clause)-1]) && !isHan(clause[len(clause)-1]) {
		return nil, false
	}
	// a label that modifies a following noun ("“一岛两湾”核心港区") takes a list
	// of short names only, and only for three or more members
	modifier := false
	if e := m.end; e < len(rs) {
		if isCloseQuote(rs[e]) && e+1 < len(rs) {
			e++
		}
		// a predicate may follow the label instead ("…两大世纪工程将“牵手”",
		// "…两大国家战略作为统领性任务": a verb by the segmenter's tag, when
		// no verb before the label makes it an object: 续写“两大奇迹”提供…)
		modifier = isHan(rs[e]) && !strings.ContainsRune(predicateOpeners, rs[e]) &&
			!(opensPredicate(d, string(rs[e:min(len(rs), e+8)])) && !endsWithVerbTag(d, string(clause)))
	}
	// (two members only for a quoted label after a pair of places:
	// 发挥西安、榆林“双极带动”作用; not 党员、干部“两个维护”教育)
	if modifier && want < 3 && !(m.quoted && want == 2 && placePair(d, clause)) {
		return nil, false
	}
	// "“4”是持续推动大健康、…": a short label and 是 frame the list
	if k := slices.Index(clause, '是'); k > 0 && k <= 4 && len(clause)-k > 3 {
		clause = clause[k+1:]
	}
	items := splitList(d, fr, clause)
	lone := false
	// the last item's 和/与 may join two members (…教育基地与榜样人物“四位
	// 一体”) or be its own (计算与智能): the count decides, and without one
	// (…等六大领域) 与 is the item's own
	if len(items) != want {
		// (a lone example before 等 with more members to come is one member:
		// 实施特色文化和旅游产业培育等九大工程)
		if alt := splitListConj(d, fr, clause, false); len(alt) == want || deng && len(alt) > 1 && strings.Contains(alt[len(alt)-1], "与") ||
			deng && len(alt) == 1 && len(items) == 2 && want > 2 {
			items, lone = alt, true
		}
	}
	// "海口新海港、南港两个“二线口岸”": the count before the label is the
	// label's; "8个对外开放口岸和10个“二线口岸”": a count alone is no member
	if n := len(items); n > 0 {
		if c := countSuffix(fr, items[n-1]); c == items[n-1] {
			return nil, false
		} else if c != "" {
			items[n-1] = strings.TrimSuffix(items[n-1], c)
		}
	}
	// "事故起数、死亡人数实现“双下降”", "满意度连续13年实现“双提升”": the verb
	// whose object the label is, and how long the result has held, are the
	// clause's, not the last member's
	if n := len(items); n > 0 && !deng {
		items[n-1] = fr.cutResultVerb(items[n-1])
	}
	// "我国新能源汽车、锂离子动力电池…": the list's subject is no part of
	// its first member
	if len(items) > 1 {
		items[0] = dropListFrame(items[0], items[1:])
	}
	// "航运中心的长兴岛、大窑湾…": the list starts after 的 (not 加强党的建设、
	// 推进乡村振兴, 深刻认识把握全会的重大意义、深刻认识把握重大成就: members
	// that are verb phrases, or open alike, hold their own 的)
	if len(items) > 0 && !(len(items) > 1 && (opensWithVerb(d, items[1]) && opensWithVerb(d, items[0]) || commonPrefix([]rune(items[0]), []rune(items[1])) >= 2)) {
		if k := strings.LastIndex(items[0], "的"); k >= 0 && len([]rune(items[0][k:])) > 2 && balancedQuotes(items[0][k:]) {
			items[0] = items[0][k+len("的"):]
		}
	}
	// reach back over earlier clauses that are lists themselves, when the
	// label's own clause is only a verb ("…，形成“一谷一区一论坛三中心”")
	own := len(items)
	for s := start; own == 0 && end-start <= 4 && len(items) < want && !deng && s > 0 && !isSentenceBreak(rs[s-1]); {
		e := s - 1
		b := e
		for b > 0 && !isClauseBreak(rs[b-1]) {
			b--
		}
		prev := rs[b:e]
		if !strings.ContainsRune(string(prev), '、') {
			break
		}
		items = append(splitList(d, fr, prev), items...)
		s = b
	}
	if len(items) < 2 && !lone {
		return nil, false
	}
	// "党员、干部深刻领悟“两个确立”", "单产、总产实现“三增”": the list is the
	// subject of the verb whose object the label is, not its members
	if last := strings.TrimSpace(string(clause)); !deng && fr.endsWithVerb(last) {
		return nil, false
	}
	for _, it := range items {
		// "拥护“两个确立”、做到“两个维护”": a list of other formulas
		if strings.ContainsAny(it, "“”") && fr.hasCount(it) {
			return nil, false
		}
	}
	if modifier {
		for _, it := range items {
			if len([]rune(it)) > 8 {
				return nil, false
			}
		}
	}
	switch {
	case len(items) == want:
		return items, true
	case deng && len(items) < want:
		return items, false
	}
	return nil, false
}

// dropListFrame cuts from the first member of a list a whole territory
// that is the list's subject (我国|新能源汽车) when no other member opens
// with it.
func dropListFrame(first string, others []string) string {
	for _, w := range []string{"我国", "全国", "全省", "全市", "全区", "全县", "本市"} {
		if rest, ok := strings.CutPrefix(first, w); ok && utf8.RuneCountInString(rest) >= 2 &&
			!slices.ContainsFunc(others, func(o string) bool { return strings.HasPrefix(o, w) }) {
			return rest
		}
	}
	return first
}

// placesLabel says whether what follows a list's 等 opens with a noun of
// places or countries (等地, 等省份, 等国): the list names where, not what.
func placesLabel(s string) bool {
	for _, w := range []string{"地区", "地", "省份", "省区", "省", "城市", "市", "国家", "国", "县"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// countsPlaces says whether a formula's name ends with a noun of places
// (两区, 三市, 一城, 多国): its members may be places.
func countsPlaces(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.Trim(name, "“”"))
	return strings.ContainsRune("区市城省县地国州镇村岛湾港园圈带", r)
}

// placePair says whether a clause ends with two places joined by 、 right
// before a label, by the segmenter's tags: 发挥西安、榆林.
func placePair(d *Doc, clause []rune) bool {
	g, ok := d.Seg.(*GSE)
	k := strings.LastIndex(string(clause), "、")
	if !ok || k < 0 {
		return false
	}
	s := string(clause)
	after := tagWords(g, s[k+len("、"):])
	before := tagWords(g, s[:k])
	return len(after) == 1 && after[0].tag == "ns" && len(before) > 0 && before[len(before)-1].tag == "ns"
}

// countSuffix is the count of two or more with its counter (rules/
// formula_counters.txt) that ends s (两个, 10个, 三大), or "": 投产一批 ends
// in a member's own 一批.
func countSuffix(fr *formulaRules, s string) string {
	rs := []rune(s)
	k := len(rs)
	if k == 0 || !fr.counters[rs[k-1]] {
		return ""
	}
	k--
	n := k
	for n > 0 && isNumeralRune(rs[n-1]) {
		n--
	}
	if n == k {
		return ""
	}
	if _, v, ok := numeralToken(rs, n); !ok || v < 2 {
		return ""
	}
	return string(rs[n:])
}

// endsWithVerbTag says whether s ends with a word the segmenter tags a verb
// (not a verbal noun): 续写, 开展.
func endsWithVerbTag(d *Doc, s string) bool {
	g, ok := d.Seg.(*GSE)
	if !ok || s == "" {
		return false
	}
	ws := tagWords(g, s)
	return ws[len(ws)-1].tag == "v"
}

// lastVerbAt is the byte offset in s of its last word when the segmenter
// tags that word a verb of two characters or more, else -1.
func lastVerbAt(d *Doc, s string) int {
	g, ok := d.Seg.(*GSE)
	if !ok || s == "" {
		return -1
	}
	ws := tagWords(g, s)
	last := ws[len(ws)-1]
	if last.tag != "v" || utf8.RuneCountInString(last.text) < 2 {
		return -1
	}
	return len(s) - len(last.text)
}

// opensWithVerb says whether s opens with a word of two characters or more
// that the segmenter tags a verb (健全, 优化).
func opensWithVerb(d *Doc, s string) bool {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return false
	}
	w, tag := g.FirstWord(s)
	return tag == "v" && utf8.RuneCountInString(w) >= 2
}

// opensPredicate says whether s opens with a word the segmenter tags a verb,
// preposition or adverb: what follows a label is then said of it.
func opensPredicate(d *Doc, s string) bool {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return false
	}
	_, tag := g.FirstWord(s)
	return tag == "v" || tag == "p" || tag == "d" || tag == "ad"
}

// predicateOpeners are characters that, right after a label, begin what is
// said of it rather than a noun it modifies: 的, adverbs, prepositions,
// copulas (“两大工程”将…, 三大产业已…, 四个方面是…).
const predicateOpeners = "的将已正在是为都均也还又就被把对从向于得到和与及"

// listAfter reads a list that follows the label after a link word or a colon
// ("“四多四少”的特点，即A、B…", "“六纵”分别是：A、B…") or in brackets.
func listAfter(d *Doc, fr *formulaRules, t *runeText, m candidate, want int) []string {
	rs := t.r
	i := m.end
	if i < len(rs) && isCloseQuote(rs[i]) {
		i++
	}
	if i < len(rs) && (rs[i] == '（' || rs[i] == '(') {
		j := i + 1
		for j < len(rs) && rs[j] != '）' && rs[j] != ')' && rs[j] != '\n' && j-i < 200 {
			j++
		}
		if j < len(rs) && (rs[j] == '）' || rs[j] == ')') {
			if items := splitList(d, fr, rs[i+1:j]); len(items) == want {
				return items
			}
		}
		return nil
	}
	// skip a short noun phrase ("的特点") and a comma, then find the link
	limit := min(len(rs), i+12)
	at := -1
	for k := i; k < limit; k++ {
		if rs[k] == '：' || rs[k] == ':' {
			at = k + 1
			break
		}
		if isSentenceBreak(rs[k]) {
			break
		}
		s := string(rs[k:min(len(rs), k+4)])
		if k == i || rs[k-1] == '，' || rs[k-1] == ',' || isCloseQuote(rs[k-1]) {
			for _, l := range fr.links {
				if strings.HasPrefix(s, l) {
					at = k + len([]rune(l))
					break
				}
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return nil
	}
	for at < len(rs) && (rs[at] == '：' || rs[at] == ':' || rs[at] == '，' || rs[at] == ',') {
		at++
	}
	// a glossary entry (名词解释: "6.轨道交通“四网融合”：" and on the next line
	// "指干线铁路、城际铁路…") or a colon before a definition ("：即A、B"):
	// the definition's link opens the list
	definition := false
	if k := definitionAt(fr, rs, at); k > at {
		at, definition = k, true
	}
	// "六横"指六个横向输水大动脉，包括A、B…: a restatement that lists
	// nothing, then the list after a second link
	e := at
	for e < len(rs) && !isClauseBreak(rs[e]) && rs[e] != '、' {
		e++
	}
	if e < len(rs) && (rs[e] == '，' || rs[e] == ',') {
		if k := definitionAt(fr, rs, e+1); k > e+1 {
			at, definition = k, true
		}
	}
	if at < len(rs) && enumMarkerLen(string(rs[at:min(len(rs), at+6)])) > 0 {
		return nil // numbered points: enumeratedAfter reads them
	}
	e = at
	for e < len(rs) && !isSentenceBreak(rs[e]) && !(definition && (rs[e] == '，' || rs[e] == ',')) {
		e++ // a definition lists in its first clause; what follows explains (旨在…)
	}
	var items []string
	if inner := bracketed(rs[at:e]); len(inner) > 0 {
		// "即建成1圈(A)，打通2条瓶颈路段(B、C)": the members are in brackets
		for _, part := range inner {
			items = append(items, splitList(d, fr, part)...)
		}
		if len(items) == want {
			return items
		}
		// a bracket that lists nothing qualifies its member (市域（郊）铁路)
		if slices.ContainsFunc(inner, func(b []rune) bool { return slices.ContainsFunc(b, isListSeparator) }) {
			return nil
		}
		items = items[:0]
	}
	parts := splitRunes(rs[at:e], "，,")
	// parallel clauses, one member each: "即坚持A、B的安全观，坚持C，…", the
	// 、 inside a clause being the member's own
	if len(parts) >= want {
		var raw, out []string
		for _, part := range parts[:want] {
			raw = append(raw, strings.TrimSpace(string(part)))
			p := cleanItem(d, fr, string(part), false, false)
			if p == "" || !balancedQuotes(p) || utf8.RuneCountInString(p) > 30 {
				out = nil
				break
			}
			out = append(out, p)
		}
		// exactly want parallel clauses: one more would be a longer list
		if out != nil && parallelOpen(raw) && (len(parts) == want || !parallelOpen(append(raw[:want:want], strings.TrimSpace(string(parts[want]))))) {
			return dropSharedHead(d, out, m.name)
		}
	}
	// the list runs over comma parts until it has its count; a clause after
	// it ("…，从总体上囊括了…") is no member. The last item may hold a 和 of
	// its own (宜居宜业和美乡村建设).
	for _, conj := range []bool{true, false} {
		items = items[:0]
		for _, part := range parts {
			items = append(items, splitListConj(d, fr, part, conj)...)
			if len(items) >= want {
				break
			}
		}
		if len(items) == want {
			return dropSharedHead(d, items, m.name)
		}
	}
	return nil
}

// definitionAt returns where a definition's list begins when rs at i opens
// one: a link word of rules/formula_links.txt (指, 即, 包括…), on the same line
// or at the start of the next, after a label that ends its line with a colon.
// Else i. Only a link crosses the line: a paragraph after a colon is prose.
func definitionAt(fr *formulaRules, rs []rune, i int) int {
	k := i
	if k < len(rs) && rs[k] == '\n' && k > 0 && (rs[k-1] == '：' || rs[k-1] == ':') {
		for k < len(rs) && (rs[k] == '\n' || rs[k] == ' ' || rs[k] == '\u3000' || rs[k] == '\t') {
			k++
		}
	}
	s := string(rs[k:min(len(rs), k+4)])
	for _, l := range fr.links { // longest first
		if strings.HasPrefix(s, l) {
			return k + utf8.RuneCountInString(l)
		}
	}
	return i
}

// parallelOpen says whether items all open with the same two characters
// (坚持…, 严禁…): clauses written in parallel.
func parallelOpen(items []string) bool {
	if len(items) < 2 {
		return false
	}
	head := []rune(items[0])
	if len(head) < 3 {
		return false
	}
	for _, it := range items[1:] {
		if !strings.HasPrefix(it, string(head[:2])) {
			return false
		}
	}
	return true
}

// bracketed returns the contents of the brackets in rs, or nil when rs has none.
func bracketed(rs []rune) [][]rune {
	var out [][]rune
	open := -1
	for i, r := range rs {
		switch r {
		case '(', '（':
			open = i
		case ')', '）':
			if open >= 0 && i > open+1 {
				out = append(out, rs[open+1:i])
			}
			open = -1
		}
	}
	return out
}

// splitList cuts a list at 、 and between adjacent quoted items, and its last
// item once more at 和/及/与 ("A、B和C"), then trims verbs, quotes and 等.
func splitList(d *Doc, fr *formulaRules, rs []rune) []string {
	return splitListConj(d, fr, rs, true)
}

// splitListConj is splitList, cutting the last item at 和/及/与 only when
// conj is set ("宜居宜业和美乡村" is one item).
func splitListConj(d *Doc, fr *formulaRules, rs []rune, conj bool) []string {
	s := string(rs)
	s = strings.ReplaceAll(s, "”“", "”、“")
	parts := strings.Split(s, "、")
	last := parts[len(parts)-1]
	for _, c := range []string{"以及", "和", "及", "与"} {
		if !conj {
			break
		}
		// "A与B、C与D、E与F“三个并重”": each member is a pair of its own
		if len(parts) > 1 && !slices.ContainsFunc(parts[:len(parts)-1], func(p string) bool { return !strings.Contains(p, c) }) {
			continue
		}
		if k := strings.Index(last, c); k > 0 && k+len(c) < len(last) {
			// "…召开的重大意义、…取得的重大成就、…的指导方针和主要目标": every
			// other member is modified with 的, and so is the last before the
			// conjunction but not after it: its modifier governs both heads
			if len(parts) > 1 && strings.Contains(last[:k], "的") && !strings.Contains(last[k:], "的") &&
				!slices.ContainsFunc(parts[:len(parts)-1], func(p string) bool { return !strings.Contains(p, "的") }) {
				break
			}
			parts = append(parts[:len(parts)-1], last[:k], last[k+len(c):])
			break
		}
	}
	// When the other members open with a verb (加强执法监管、推动社会共治,
	// listed or so tagged: 健全生态环境治理体系), the first keeps its own
	// (强化源头治理) rather than losing it as the verb that introduces the list.
	verbs := 0
	for _, p := range parts[1:] {
		if p = strings.TrimSpace(p); fr.leadingVerb([]rune(p)) >= 2 || opensWithVerb(d, p) {
			verbs++
		}
	}
	fromOpen := fromOpening(d, parts)
	keepVerb := len(parts) > 1 && verbs*2 > len(parts)-1 || fromOpen != ""
	var out []string
	for i, p := range parts {
		// a later piece opening with a modal is a new clause, not a member
		if i > 0 && fr.taskMarker(p) != "" {
			return nil
		}
		// 等 closes a list: inside one it is a member's own (主权平等)
		keepDeng := i < len(parts)-1 && strings.HasSuffix(strings.TrimSpace(p), "等")
		first := i == 0
		if first && fromOpen != "" {
			// it opens as the others: nothing before the opening is its own
			p, first = fromOpen, false
		}
		p = cleanItem(d, fr, p, first, keepVerb)
		if keepDeng {
			p += "等"
		}
		if p == "" {
			continue
		}
		if !balancedQuotes(p) || (i == len(parts)-1 && strings.HasSuffix(p, "的")) {
			return nil
		}
		if len([]rune(p)) > 30 {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// fromOpening is the first part from where it opens as the others do
// (sharedOpening), when that is near its start (是指持续增强…、持续巩固… →
// 持续增强…), or "".
func fromOpening(d *Doc, parts []string) string {
	g, ok := d.Seg.(*GSE)
	if !ok || len(parts) < 2 {
		return ""
	}
	open := sharedOpening(g, parts[1:])
	if open == "" {
		return ""
	}
	first := []rune(parts[0])
	k := strings.Index(string(first[:min(len(first), 8)]), open)
	if k < 0 {
		return ""
	}
	return parts[0][k:]
}

// cleanItem trims what is not part of a member: spaces, outer quotes, a verb
// before the first member, a trailing 等 or 了.
func cleanItem(d *Doc, fr *formulaRules, p string, first, keepVerb bool) string {
	p = strings.TrimSpace(p)
	p = strings.TrimSuffix(p, "等")
	p = strings.TrimSuffix(p, "了")
	if first {
		// "“两新”：是指大规模设备更新和…": a definition's link word
		for _, l := range fr.links {
			if strings.HasPrefix(p, l) && len(p) > len(l) && cutWords(d.Seg, p).startsWord(len(l)) { // not 指|导夏收
				p = p[len(l):]
				break
			}
		}
		rs := []rune(p)
		if v := fr.leadingVerb(rs); v == len(rs) {
			return "" // the clause is only its verb
		}
		// "衢州已经布局了新材料、…": the list starts after 了
		if k := strings.LastIndex(p, "了"); k >= 0 && len([]rune(p[k:])) > 2 && balancedQuotes(p[k:]) {
			p = p[k+len("了"):]
			rs = []rune(p)
		}
		// a subject and verb before the list: "天津瞄准A" → A
		for k := 0; k <= 6 && k < len(rs); k++ {
			v := fr.leadingVerb(rs[k:])
			if k > 4 && !slices.Contains(fr.introVerbs, string(rs[k:k+v])) {
				continue // further in, only a verb that only introduces (西藏将继续聚焦稳定…), not 中南村逐渐发展|起肉牛
			}
			if v >= 2 && len(rs)-k-v >= 2 {
				if keepVerb && k > 0 {
					// 出台推动政策, 从鼓励开展…: the verb right before the
					// listed one is the member's too
					if at := lastVerbAt(d, string(rs[:k])); at >= 0 && !slices.Contains(fr.introVerbs, string(rs[:k])[at:]) {
						p = string(rs[:k])[at:] + string(rs[k:])
						break
					}
				}
				if keepVerb {
					// the member keeps the last of the verbs (围绕优化发展环境)
					for w := fr.leadingVerb(rs[k+v:]); w >= 2 && len(rs)-k-v-w >= 2; w = fr.leadingVerb(rs[k+v:]) {
						k += v
						v = w
					}
					if slices.Contains(fr.introVerbs, string(rs[k:k+v])) {
						k += v // 围绕以大开放促进大开发: a verb that only introduces
					}
					p = string(rs[k:])
					break
				}
				p = string(rs[k+v:])
				break
			} else if v == 1 && k == 0 && len(rs) > 2 && cutWords(d.Seg, p).startsWord(len(string(rs[:1]))) {
				p = string(rs[1:])
				break
			}
		}
	}
	p = trimOuterQuotes(p)
	return strings.TrimSpace(p)
}

func trimOuterQuotes(p string) string {
	rs := []rune(p)
	if len(rs) > 0 && isOpenQuote(rs[0]) && !strings.ContainsAny(string(rs[1:]), "”’」』") {
		rs = rs[1:]
	}
	if len(rs) > 0 && isCloseQuote(rs[len(rs)-1]) && !strings.ContainsAny(string(rs[:len(rs)-1]), "“‘「『") {
		rs = rs[:len(rs)-1]
	}
	if len(rs) > 1 && isOpenQuote(rs[0]) && isCloseQuote(rs[len(rs)-1]) && !strings.ContainsAny(string(rs[1:len(rs)-1]), "“”‘’「」『』") {
		rs = rs[1 : len(rs)-1]
	}
	return string(rs)
}

func splitRunes(rs []rune, seps string) [][]rune {
	var out [][]rune
	from := 0
	for i, r := range rs {
		if strings.ContainsRune(seps, r) {
			out = append(out, rs[from:i])
			from = i + 1
		}
	}
	return append(out, rs[from:])
}

// enumStyles are the ways a speech numbers the points that follow a formula:
// 一是…二是…, 一要…二要…, 第一，…, （一）…, （1）…, 一、…, 1.…
var enumStyles = []func(k int) []string{
	func(k int) []string { return []string{cnOrdinal(k) + "是"} },
	func(k int) []string { return []string{cnOrdinal(k) + "要"} },
	func(k int) []string {
		return []string{"第" + cnOrdinal(k) + "，", "第" + cnOrdinal(k) + "、", "第" + cnOrdinal(k) + ","}
	},
	func(k int) []string { return []string{"（" + cnOrdinal(k) + "）", "(" + cnOrdinal(k) + ")"} },
	func(k int) []string { return []string{"（" + itoa(k) + "）", "(" + itoa(k) + ")"} },
	func(k int) []string { return []string{"\n" + cnOrdinal(k) + "、"} },
	func(k int) []string {
		return []string{"\n" + itoa(k) + ".", "\n" + itoa(k) + "．", "\n" + itoa(k) + "、"}
	},
}

// maxMembers is the largest count whose members findMembers looks for.
const maxMembers = 40

// enumMarkers[s][k] are the markers of point k in style s, for k up to one
// past maxMembers: built once, as every formula of every text asks for them.
var enumMarkers = func() [][][]string {
	out := make([][][]string, len(enumStyles))
	for s, style := range enumStyles {
		out[s] = make([][]string, maxMembers+2)
		for k := 1; k <= maxMembers+1; k++ {
			out[s][k] = style(k)
		}
	}
	return out
}()

func cnOrdinal(k int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case k < 10:
		return d[k]
	case k == 10:
		return "十"
	case k < 20:
		return "十" + d[k-10]
	case k%10 == 0:
		return d[k/10] + "十"
	}
	return d[k/10] + "十" + d[k%10]
}

func itoa(k int) string {
	if k < 10 {
		return string(rune('0' + k))
	}
	return itoa(k/10) + string(rune('0'+k%10))
}

// Distances (in bytes, first one in runes) within which the points of an
// enumeration must follow each other.
const (
	enumFirstRunes = 160   // from the label to point 1
	enumNextBytes  = 12000 // from one point to the next
	enumAfterBytes = 3000  // a point want+1 this close means another list
)

// dropSubjects drops from the opening of enumerated points a subject that a
// modal follows (第八，中国将完善… → 完善…): a name, an abbreviation or a
// pronoun, then 将, 要, 愿 or 会; the point is what the subject will do.
func dropSubjects(d *Doc, items []string) []string {
	g, ok := d.Seg.(*GSE)
	if !ok {
		return items
	}
	out := slices.Clone(items)
	for i, it := range out {
		ws := tagWords(g, it)
		if len(ws) < 3 {
			continue
		}
		switch ws[0].tag {
		case "ns", "nt", "nr", "j", "r":
		default:
			continue
		}
		switch ws[1].text {
		case "将", "要", "愿", "会":
			if rest := joinWords(ws[2:]); utf8.RuneCountInString(rest) >= 4 {
				out[i] = rest
			}
		}
	}
	return out
}

// enumeratedAfter reads the points numbered 1…want that start soon after the
// label: each member is the clause after its marker.
func enumeratedAfter(fr *formulaRules, t *runeText, m candidate, want int) []string {
	if want > maxMembers {
		return nil
	}
	from := t.byteAt(m.end)
	for _, markers := range enumMarkers {
		first, mlen := indexAnyWithin(t.s[from:], markers[1], enumFirstRunes*utf8.UTFMax)
		if first < 0 || utf8.RuneCountInString(t.s[from:from+first]) > enumFirstRunes || fr.hasCount(t.s[from:from+first]) || countsPoints(t.s[from:from+first]) {
			continue
		}
		pos := from + first + mlen
		items := []string{clauseAt(t.s, pos)}
		ok := true
		for k := 2; k <= want; k++ {
			i, l := indexAnyWithin(t.s[pos:], markers[k], enumNextBytes)
			if i < 0 {
				ok = false
				break
			}
			pos += i + l
			items = append(items, clauseAt(t.s, pos))
		}
		if !ok {
			continue
		}
		if i, _ := indexAnyWithin(t.s[pos:], markers[want+1], enumAfterBytes-1); i >= 0 {
			continue
		}
		good := true
		for _, it := range items {
			if it == "" {
				good = false
			}
		}
		if good {
			return items
		}
	}
	return nil
}

// indexAnyWithin returns the byte offset and length of the earliest
// occurrence in s of any of subs (the first of subs on a tie) that starts at
// or before byte limit, or -1. It reads no further than such an occurrence
// can reach: the label's whole text would otherwise be searched for every
// formula it holds.
func indexAnyWithin(s string, subs []string, limit int) (int, int) {
	longest := 0
	for _, sub := range subs {
		longest = max(longest, len(sub))
	}
	if len(s) > limit+longest {
		s = s[:limit+longest]
	}
	best, l := -1, 0
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
			best, l = i, len(sub)
		}
	}
	if best > limit {
		return -1, 0
	}
	return best, l
}

// clauseAt returns the clause starting at byte offset b, up to 40 runes.
func clauseAt(s string, b int) string {
	var out []rune
	for _, r := range s[b:] {
		if isClauseBreak(r) || len(out) >= 40 {
			break
		}
		out = append(out, r)
	}
	return strings.TrimSpace(string(out))
}

// parallelAfter reads members spelled as parallel sentences or headings after
// the label, each naming the formula's head: ten headings "…攻坚行动" after
// 十大攻坚行动, ten paragraphs "要在…上改革突破" after 十项改革, seven "严把…关".
func parallelAfter(d *Doc, fr *formulaRules, t *runeText, m candidate, want int) []string {
	if m.head == "" {
		return nil
	}
	si := d.sentenceIndex(t.byteAt(m.start))
	type clause struct {
		text []rune
		at   int // index of the head in text
		sent int
	}
	groups := map[string][]clause{}
	var order []string
	for k := si + 1; k < len(d.Sentences) && k <= si+120; k++ {
		c := d.firstClauseOf(k)
		i := strings.LastIndex(c, m.head)
		if i < 0 || c == m.name {
			continue
		}
		tail := c[i:]
		rc := []rune(c)
		g := groups[tail]
		if len(g) > 0 && k-g[len(g)-1].sent > 15 {
			continue
		}
		if len(g) == 0 && k-si > 15 {
			continue
		}
		if _, ok := groups[tail]; !ok {
			order = append(order, tail)
		}
		groups[tail] = append(g, clause{text: rc, at: len([]rune(c[:i])), sent: k})
	}
	for _, tail := range order {
		g := groups[tail]
		if len(g) != want {
			continue
		}
		prefix := len(g[0].text)
		for _, c := range g[1:] {
			prefix = min(prefix, commonPrefix(g[0].text, c.text))
		}
		prefix = min(prefix, g[0].at)
		// the shared opening is the verbs and adverbs that frame the
		// members, not a noun they share (深化国际经济中心建设、深化国际金融
		// 中心建设 → 国际经济中心建设)
		if gs, ok := d.Seg.(*GSE); ok && prefix > 0 {
			keep := 0
			for _, w := range tagWords(gs, string(g[0].text[:prefix])) {
				if !isLinkTag(w.tag) && w.tag != "ad" {
					break
				}
				keep += utf8.RuneCountInString(w.text)
			}
			prefix = keep
		}
		var items []string
		for _, c := range g {
			end := len(c.text)
			// the frame 在…上: "要在放管服上改革突破" → 放管服
			if prefix > 0 && g[0].text[prefix-1] == '在' && c.at > prefix && c.text[c.at-1] == '上' {
				end = c.at - 1
			}
			if prefix >= end {
				items = nil
				break
			}
			items = append(items, trimOuterQuotes(string(c.text[prefix:end])))
		}
		if len(items) == want {
			return dropSharedWork(d, items)
		}
	}
	return nil
}

// dropSharedWork removes the work done (rules/measure_links.txt, kind work)
// that every member ends with: 国际经济中心建设、国际金融中心建设 → 国际经济中心, 国际金融中心.
func dropSharedWork(d *Doc, items []string) []string {
	if d.Rules.coverbs == nil {
		return items
	}
	for _, w := range d.Rules.coverbs.work {
		if !slices.ContainsFunc(items, func(it string) bool {
			return !strings.HasSuffix(it, w) || utf8.RuneCountInString(it) < utf8.RuneCountInString(w)+2
		}) {
			out := make([]string, len(items))
			for i, it := range items {
				out[i] = strings.TrimSuffix(it, w)
			}
			return out
		}
	}
	return items
}

func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// firstClause is a sentence up to its first comma or colon, without the end mark.
func firstClause(s string) string {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, isCommaOrColon)
	if i >= 0 && runesAtMost(s[:i], 2) {
		// a lead-in adverb ("目前，", "同时，") is not the clause
		_, sz := firstRune(s[i:])
		s = s[i+sz:]
		i = strings.IndexFunc(s, isCommaOrColon)
	}
	if i >= 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, "。；;！？!? ")
}

func isCommaOrColon(r rune) bool { return r == '，' || r == ',' || r == '：' || r == ':' }

// taskMarker returns the directive marker (要, 必须, 务必…) that starts s.
func (fr *formulaRules) taskMarker(s string) string {
	for _, m := range fr.taskMarkers {
		if strings.HasPrefix(s, m) {
			return m
		}
	}
	return ""
}

// balancedQuotes reports whether every opening quote of s is closed in s.
func balancedQuotes(s string) bool {
	depth := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("“‘「『", r):
			depth++
		case strings.ContainsRune("”’」』", r):
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// hasCount reports whether s announces a count of its own ("突出抓好三项重点
// 工作。第一，…"): points that follow belong to that count, not to an earlier one.
func (fr *formulaRules) hasCount(s string) bool {
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if n, v, ok := numeralToken(rs, i); n > 0 && ok && v >= 2 && i+n < len(rs) && fr.counters[rs[i+n]] {
			return true
		} else if n > 0 {
			i += n - 1
		}
	}
	return false
}

// countsPoints says whether s announces points of its own (提出3点期许,
// 以下几点): an enumeration after it is theirs.
func countsPoints(s string) bool {
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i+1] != '点' {
			continue
		}
		if n, _, _ := numeralToken(rs, i); n == 1 || rs[i] == '几' {
			return true
		}
	}
	return false
}

// alignToName evens out the edges of a list by its label's one named
// character: when the members end with it alike, the first is cut to their
// length (alignEnds); when every member but the first opens with it (三夏:
// 夏收、夏播、夏管; 四早: 早预防、早干预…), the first member starts at that
// character (指导夏收 → 夏收), and the last loses a head noun of
// rules/formula_heads.txt that no other member ends with (早诊治工程 → 早诊治).
func (fr *formulaRules) alignToName(items []string, name string) []string {
	rs := []rune(name)
	if len(items) < 3 || len(rs) != 2 || !isNumeralRune(rs[0]) || !isHan(rs[1]) {
		return items
	}
	x := string(rs[1:])
	if out, ok := alignEnds(items, x); ok {
		return out
	}
	longest := 0
	for _, it := range items[1:] {
		if !strings.HasPrefix(it, x) {
			return items
		}
		longest = max(longest, utf8.RuneCountInString(it))
	}
	out := slices.Clone(items)
	if k := strings.LastIndex(out[0], x); k > 0 {
		if n := utf8.RuneCountInString(out[0][k:]); n >= 2 && n <= longest+1 {
			out[0] = out[0][k:]
		}
	}
	last := out[len(out)-1]
	for _, h := range fr.heads {
		rest, ok := strings.CutSuffix(last, h)
		if ok && utf8.RuneCountInString(rest) >= 2 && !slices.ContainsFunc(out[:len(out)-1], func(it string) bool { return strings.HasSuffix(it, h) }) {
			out[len(out)-1] = rest
			break
		}
	}
	return out
}

// dropClosingCount cuts the last member of a list before a count that
// sums the list up ("五纵"包括…、长征文化、古道秘境五条精品自驾旅游公路 →
// 古道秘境), when no other member holds a count.
func (fr *formulaRules) dropClosingCount(items []string) []string {
	n := len(items)
	if n < 2 || slices.ContainsFunc(items[:n-1], fr.hasCount) {
		return items
	}
	rs := []rune(items[n-1])
	for i := 2; i+1 < len(rs); i++ {
		if k, v, ok := numeralToken(rs, i); k > 0 && ok && v >= 2 && i+k < len(rs) && fr.counters[rs[i+k]] {
			out := slices.Clone(items)
			out[n-1] = strings.TrimRight(string(rs[:i]), "“\"'《（( ")
			if utf8.RuneCountInString(out[n-1]) < 2 {
				return items
			}
			return out
		} else if k > 0 {
			i += k - 1
		}
	}
	return items
}

// alignEnds cuts the first member to the length of the others when they
// all end with the label's character and are as long as each other, and
// it ends so too: 四库 — 森林水库、钱库、粮库、碳库 → 水库 (森林 is what the
// whole list is said of).
func alignEnds(items []string, x string) ([]string, bool) {
	n := utf8.RuneCountInString(items[1])
	for _, it := range items[1:] {
		if !strings.HasSuffix(it, x) || utf8.RuneCountInString(it) != n {
			return items, false
		}
	}
	first := []rune(items[0])
	if len(first) <= n || !strings.HasSuffix(items[0], x) {
		return items, false
	}
	out := slices.Clone(items)
	out[0] = string(first[len(first)-n:])
	return out, true
}

// dropSharedTail removes from every member the tail they share with the
// label: "签约一批、开工一批、投产一批“三个一批”" → 签约, 开工, 投产.
func dropSharedTail(items []string, name string) []string {
	if len(items) < 2 {
		return items
	}
	tail := []rune(items[0])
	for _, it := range items[1:] {
		r := []rune(it)
		n := 0
		for n < len(r) && n < len(tail) && r[len(r)-1-n] == tail[len(tail)-1-n] {
			n++
		}
		tail = tail[len(tail)-n:]
	}
	if len(tail) < 2 || !strings.HasSuffix(name, string(tail)) {
		return items
	}
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = strings.TrimSuffix(it, string(tail))
		if out[i] == "" {
			return items
		}
	}
	return out
}

// dropRestatedHead cuts from the last member a 的 and the label's own head
// that close a definition: "四网融合": 指A、B、C和D的融合 → D.
func dropRestatedHead(items []string, name string) []string {
	if len(items) < 2 {
		return items
	}
	last := items[len(items)-1]
	k := strings.LastIndex(last, "的")
	if k <= 0 {
		return items
	}
	head := last[k+len("的"):]
	if utf8.RuneCountInString(head) < 2 || !strings.HasSuffix(name, head) ||
		slices.ContainsFunc(items[:len(items)-1], func(it string) bool { return strings.HasSuffix(it, head) }) {
		return items // 五个共同家园: 团结互信的共同家园、…、公平正义的共同家园 name theirs each
	}
	out := slices.Clone(items)
	out[len(out)-1] = last[:k]
	return out
}

// trimEdges trims the words a list's edges carry that are not part of a
// member, by the segmenter's tags: before the first member, the subject,
// verb or preposition that introduces the list (以A、B, 覆盖A、B, 江西从A、B,
// 这也是我国…首次实现A、B), when the first member reads longer than its
// parallel members; after the last, a pronoun that leads into the label
// (…用作保障性住房这两个方面).
func trimEdges(d *Doc, items []string) []string {
	g, ok := d.Seg.(*GSE)
	if !ok || len(items) < 2 {
		return items
	}
	var links, verbs, intro []string
	if d.Rules.coverbs != nil {
		links = d.Rules.coverbs.links
	}
	if d.Rules.formulas != nil {
		verbs, intro = d.Rules.formulas.verbs, d.Rules.formulas.introVerbs
	}
	out := slices.Clone(items)
	// 土地退化“零增长”及荒漠化土地: a quoted label joined to the first
	// member by a conjunction is another coordination's
	for _, c := range []string{"”以及", "”及", "”和", "”与"} {
		if k := strings.LastIndex(out[0], c); k >= 0 && utf8.RuneCountInString(out[0][k+len(c):]) >= 2 {
			out[0] = out[0][k+len(c):]
			break
		}
	}
	// 改造升级“老字号”、…、培育壮大“新字号”的结构调整: the last member runs
	// on to what the whole list modifies, when no other member has a 的
	// and what comes before the 的 ends as every other member does (not
	// 面向全国的算力保障, 提高党的领导水平)
	if n := len(out); n >= 3 && !slices.ContainsFunc(out[:n-1], func(it string) bool { return strings.Contains(it, "的") }) {
		if k := strings.LastIndex(out[n-1], "的"); k > 0 {
			end := lastRune(out[n-1][:k])
			if !slices.ContainsFunc(out[:n-1], func(it string) bool { return lastRune(it) != end }) && utf8.RuneCountInString(out[n-1][:k]) >= 2 {
				out[n-1] = out[n-1][:k]
			}
		}
	}
	// 未来健康、未来智能…、未来材料成为上海: members alike in opening and
	// length; the last runs on with a verb into the clause after it
	if n := len(out); n >= 3 {
		l := utf8.RuneCountInString(out[0])
		open := []rune(out[0])
		alike := true
		for _, it := range out[1 : n-1] {
			alike = alike && utf8.RuneCountInString(it) == l
			open = open[:commonPrefix(open, []rune(it))]
		}
		if last := []rune(out[n-1]); alike && len(open) >= 2 && len(last) > l && strings.HasPrefix(out[n-1], string(open)) {
			if _, tag := g.FirstWord(string(last[l:])); tag == "v" {
				out[n-1] = string(last[:l])
			}
		}
	}
	// …死亡人数连续9年“双下降”: how long the label has held is not the last member's
	if n := len(out) - 1; n > 0 {
		if k := strings.LastIndex(out[n], "连续"); k > 0 && isDurationText(out[n][k+len("连续"):]) {
			out[n] = out[n][:k]
		}
	}
	// 其中年均受灾人次、…, 全省技术、人才…: a word that sorts or scopes what
	// follows is the sentence's, not the first member's
	for _, w := range []string{"其中", "全省", "全市", "全区", "全县", "全国"} {
		if rest, ok := strings.CutPrefix(out[0], w); ok && utf8.RuneCountInString(rest) >= 2 &&
			!slices.ContainsFunc(out[1:], func(it string) bool { return strings.HasPrefix(it, w) }) {
			out[0] = rest
			break
		}
	}
	// 海南旅游业、现代服务业…: a place opening the first member alone is
	// what the whole list is said of
	if ws := tagWords(g, out[0]); len(ws) > 1 && ws[0].tag == "ns" && isNounTag(ws[len(ws)-1].tag) && utf8.RuneCountInString(ws[1].text) >= 2 && // not 中南|村
		utf8.RuneCountInString(out[0][len(ws[0].text):]) >= 2 &&
		!slices.ContainsFunc(out[1:], func(it string) bool { _, tag := g.FirstWord(it); return tag == "ns" }) &&
		!slices.ContainsFunc(out[1:], func(it string) bool { // 都江堰灌区、…、向家坝灌区: a name of its own
			return len(it) > len(out[0])-len(ws[0].text) && strings.HasSuffix(it, out[0][len(ws[0].text):])
		}) {
		out[0] = out[0][len(ws[0].text):]
	}
	items = slices.Clone(out)
	// the members between the edges, when there are any: the first may
	// still carry what introduces the list
	inner := items[:len(items)-1]
	if len(items) > 2 {
		inner = items[1 : len(items)-1]
	}
	others := 0
	for _, it := range inner {
		others = max(others, utf8.RuneCountInString(it))
	}
	if utf8.RuneCountInString(out[len(out)-1]) > others {
		out[len(out)-1] = trimTail(g, cutPredicate(g, out[len(out)-1], links))
	}
	longest := 0
	for _, it := range out[1:] {
		longest = max(longest, utf8.RuneCountInString(it))
	}
	if m, ok := alignOpening(g, items[0], out[1:], longest); ok {
		out[0] = m
		return out
	}
	// 鼓励开展高附加值产品加工贸易、促进…、引导支持…: when the others open
	// with verbs (so tagged or listed, not verbal nouns), the first's own
	// verb stays, unless it only introduces or the member is much longer
	verbal := 0
	for _, o := range out[1:] {
		if w, tag := g.FirstWord(o); tag == "v" || slices.Contains(verbs, w) {
			verbal++
		}
	}
	if w, tag := g.FirstWord(out[0]); verbal*2 > len(out)-1 && tag == "v" && utf8.RuneCountInString(w) >= 2 &&
		!slices.Contains(intro, w) && utf8.RuneCountInString(out[0]) <= longest+4 {
		return out
	}
	// 互相尊重主权和领土完整、互不侵犯…: a first member that opens with a
	// word another member opens with too is parallel as it stands
	if w, _ := g.FirstWord(out[0]); utf8.RuneCountInString(w) >= 2 && !slices.Contains(verbs, w) && !slices.Contains(intro, w) &&
		utf8.RuneCountInString(out[0]) <= longest+6 && // not 载人航天工程将深化推进空间站应用与发展、载人月球探测
		slices.ContainsFunc(out[1:], func(o string) bool { r, _ := utf8.DecodeRuneInString(o); return strings.HasPrefix(w, string(r)) }) {
		return out
	}
	if m := openingCut(g, verbs, items[0], out[1:]); m != "" {
		out[0] = m
		return out
	}
	out[0] = parallelEdge(g, verbs, items[0], trimHead(g, out[0], longest), out[1:])
	return out
}

// openingCut cuts the first member, as written, after the first verb of
// rules/formula_verbs.txt that introduces the list where what is left
// opens with the character another member opens with and names something: 中方愿同各方秉持|互相尊重主权和领土完整、互不侵犯…; "" if
// there is no such cut.
func openingCut(g *GSE, verbs []string, first string, others []string) string {
	words := tagWords(g, first)
	for k := 1; k < len(words); k++ {
		if !slices.Contains(verbs, words[k-1].text) {
			continue // a verb of rules/formula_verbs.txt: the tags cut too much (坚持党的|全面领导)
		}
		r, _ := utf8.DecodeRuneInString(words[k].text)
		m := joinWords(words[k:])
		if utf8.RuneCountInString(m) >= 2 && slices.ContainsFunc(words[k:], func(w taggedWord) bool { return isNounTag(w.tag) }) &&
			slices.ContainsFunc(others, func(o string) bool { return strings.HasPrefix(o, string(r)) }) {
			return trimOuterQuotes(m)
		}
	}
	return ""
}

// opensVerbal says whether a member opens with a verb: so tagged, or a verb
// of rules/formula_verbs.txt (健全/a).
func opensVerbal(g *GSE, verbs []string, s string) bool {
	ws := tagWords(g, s)
	return len(ws) > 0 && (isVerbal(ws[0].tag) || slices.Contains(verbs, ws[0].text))
}

// alignOpening cuts the first member where it opens as all the others do,
// when words that introduce the list come before (要更加注重理论武装、更加注重
// 分类指导 → 更加注重理论武装; 是指持续增强…、持续巩固… → 持续增强…): the
// opening is what the others share, two characters at least, or the first
// word of a single other; what is left is no longer than the others by more
// than two.
func alignOpening(g *GSE, first string, others []string, longest int) (string, bool) {
	open := sharedOpening(g, others)
	if open == "" {
		return "", false
	}
	k := strings.Index(first, open)
	switch {
	case k == 0:
		return first, true // it opens as the others: parallel however long
	case k < 0 || len(others) < 2:
		return "", false // one other's first word is too little to cut by (审查起诉…、起诉…)
	}
	if n := utf8.RuneCountInString(first[k:]); n < utf8.RuneCountInString(open)+2 || n > longest+2 {
		return "", false
	}
	return first[k:], true
}

// sharedOpening is how all the members of others open: their common start
// of two characters or more, or the first word of a single one when it is
// an adverb or verb of two characters or more (持续, 更加注重), "" else.
func sharedOpening(g *GSE, others []string) string {
	if len(others) == 0 {
		return ""
	}
	if len(others) == 1 {
		ws := tagWords(g, strings.TrimSpace(others[0]))
		if len(ws) == 0 || utf8.RuneCountInString(ws[0].text) < 2 {
			return ""
		}
		switch ws[0].tag {
		case "d", "ad", "v", "vd":
			return ws[0].text
		}
		return ""
	}
	open := []rune(strings.TrimSpace(others[0]))
	for _, o := range others[1:] {
		open = open[:commonPrefix(open, []rune(strings.TrimSpace(o)))]
	}
	if len(open) < 2 {
		return ""
	}
	return string(open)
}

// isVerbal says whether a word tagged so opens a member as a verb does
// (强化, 发展/vn).
func isVerbal(tag string) bool { return tag == "v" || tag == "vn" }

// parallelEdge settles where the first member of a list begins by its
// parallel members: they are alike in length and in how they open, with a
// verb (强化刑事打击、加强主动预防) or not (量子科技、生物制造). The member as
// written (raw) is cut at a word boundary, so that what is left is as long
// as the others and opens as they do; trimmed is what the tag rules made of
// it, kept when it already reads like the others.
func parallelEdge(g *GSE, verbs []string, raw, trimmed string, others []string) string {
	// 标准从列车安全移动、检测与处置…: 从 or 在 after a subject, which no
	// other member holds, introduces the list (以大开放促进… opens with its
	// own preposition; the segmenter's p is too unsure for more: 自/p 贸,
	// 对/p 标)
	if tw := tagWords(g, trimmed); len(tw) > 2 {
		for k := 2; k < len(tw); k++ {
			p := tw[k-1]
			if p.tag != "p" || p.text != "从" && p.text != "在" || slices.ContainsFunc(others, func(o string) bool { return strings.Contains(o, p.text) }) {
				continue
			}
			if m := joinWords(tw[k:]); utf8.RuneCountInString(m) >= 2 && slices.ContainsFunc(tw[k:], func(w taggedWord) bool { return isNounTag(w.tag) }) {
				return trimOuterQuotes(m)
			}
		}
	}
	if len(others) < 2 {
		return trimmed // one other member says little about the shape
	}
	lengths := make([]int, len(others))
	verbal := 0
	for i, o := range others {
		lengths[i] = utf8.RuneCountInString(o)
		if opensVerbal(g, verbs, o) {
			verbal++
		}
	}
	slices.Sort(lengths)
	longest := lengths[len(lengths)-1]
	verbFirst := verbal*2 > len(others)
	words := tagWords(g, raw)
	opensLike := func(ws []taggedWord) bool { return isVerbal(ws[0].tag) == verbFirst }
	// names is a cut member, when it names one: a noun in it, opening as
	// the others do, not with a preposition or particle, two characters.
	names := func(part []taggedWord) (string, bool) {
		if !slices.ContainsFunc(part, func(w taggedWord) bool { return isNounTag(w.tag) }) || !opensLike(part) {
			return "", false
		}
		if t := part[0].tag; t == "p" || t == "c" || t == "uj" || t == "ul" {
			return "", false
		}
		m := joinWords(part)
		return m, utf8.RuneCountInString(m) >= 2
	}
	if m, ok := bareWordEdge(g, trimmed, lengths); ok {
		return m
	}
	// A member that holds a list of its own (公平、公正的原则) is compound;
	// one that opens as all the others do (持续推动…、持续强化…) is parallel.
	if strings.Contains(trimmed, "、") || parallelOpen(append([]string{trimmed}, others...)) {
		return trimmed
	}
	// Only a member clearly longer than all the others (by more than two
	// characters, and near twice as long) is cut anywhere: the tags are too
	// unsure for more (闪耀/v中国红 is a member as it stands). One about as
	// long is cut only after a listed verb that introduces the list
	// (合作框架内建立减贫、教育交流 → 减贫).
	if n := utf8.RuneCountInString(trimmed); n <= longest+2 || n < 2*longest-1 {
		tw := tagWords(g, trimmed)
		for k := len(tw) - 1; k > 0; k-- {
			if m, ok := names(tw[k:]); ok && slices.Contains(verbs, tw[k-1].text) {
				return trimOuterQuotes(m)
			}
		}
		// 夯实货物、服务、数字贸易: a verb of two characters or more opens
		// the first member alone, before a noun, while no other opens with
		// a verb
		if trimmed == strings.TrimSpace(raw) && len(tw) > 1 && tw[0].tag == "v" && utf8.RuneCountInString(tw[0].text) >= 2 && // not 打造|示范支部
			!slices.ContainsFunc(others, func(o string) bool { w, tag := g.FirstWord(o); return tag == "v" || slices.Contains(verbs, w) }) {
			if m, ok := names(tw[1:]); ok && isNounTag(tw[1].tag) {
				return trimOuterQuotes(m)
			}
		}
		return trimmed
	}
	// Cut after the last word that introduces the list rather than names a
	// member (预计全年粮食面积 → 粮食面积, 今年要前瞻布局人工智能 → 人工智能):
	// a verb of rules/formula_verbs.txt, or a word tagged so; else at the
	// first word after it that opens as the others do (明确汛期农业防洪涝降渍害
	// → 防洪涝降渍害, where the others open with a verb). A numeral
	// introduces after other introducing words (预计全年), not inside a
	// name (新一代信息技术).
	introduces := func(k int) bool {
		w := words[k]
		return isIntroTag(w.tag) && (w.tag != "m" || k == 0 || isIntroTag(words[k-1].tag)) || slices.Contains(verbs, w.text)
	}
	last := -1 // the word after the last introducing one
	for k := 1; k < len(words); k++ {
		if introduces(k - 1) {
			if _, ok := names(words[k:]); ok {
				last = k
			}
		}
	}
	if last < 0 {
		for k := 1; k < len(words); k++ {
			if introduces(k - 1) {
				last = k
			}
		}
		for k := max(last, 1); last > 0 && k < len(words); k++ {
			if m, ok := names(words[k:]); ok {
				return trimOuterQuotes(m)
			}
		}
		return trimmed
	}
	m, _ := names(words[last:])
	return trimOuterQuotes(m)
}

// bareWordEdge reads the first member of a list of bare words, every other
// member two to four characters long (lengths, sorted): it is the words at
// the end of first as long as they, when all the words before them only
// introduce the list or say who it is of (要持续深入抓好|稳定、发展、生态,
// 杭州|批发、零售、餐饮, 共设置|论坛会议、技术交易…). A first member that
// opens with a word naming something (高端装备制造、新材料) is left alone.
func bareWordEdge(g *GSE, first string, lengths []int) (string, bool) {
	if len(lengths) < 2 || lengths[0] < 2 || lengths[len(lengths)-1] > 4 {
		return "", false
	}
	longest := lengths[len(lengths)-1]
	words := tagWords(g, first)
	for k := 1; k < len(words); k++ {
		w := words[k-1]
		if !isIntroTag(w.tag) && w.tag != "vd" && (k > 1 || w.tag != "ns") {
			return "", false
		}
		rest := joinWords(words[k:])
		n := utf8.RuneCountInString(rest)
		if n > longest {
			continue
		}
		if n < lengths[0] || isIntroTag(words[k].tag) && words[k].tag != "vn" && words[k].tag != "v" {
			return "", false
		}
		return rest, true
	}
	return "", false
}

// isIntroTag says whether a word so tagged introduces a list rather than
// names a member: a verb, time word, numeral, pronoun, adverb, preposition
// or particle (not a conjunction: 尊重主权和领土完整 is one member).
func isIntroTag(tag string) bool {
	switch tag {
	case "v", "vn", "t", "m", "r", "d", "ad", "p", "uj", "ul":
		return true
	}
	return false
}

type taggedWord struct{ text, tag string }

func tagWords(g *GSE, s string) []taggedWord {
	segs := g.seg.Segment([]byte(s))
	out := make([]taggedWord, 0, len(segs))
	for _, sg := range segs {
		// the text as written: gse's tokens are lower-cased (5G → 5g)
		out = append(out, taggedWord{s[sg.Start():sg.End()], sg.Token().Pos()})
	}
	return out
}

// joinWords is the text of consecutive words.
func joinWords(ws []taggedWord) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w.text)
	}
	return b.String()
}

// isLinkTag says whether a tag marks a word that can introduce a list but
// not name a member: verb, preposition, adverb, conjunction, pronoun,
// particle (vn, a verbal noun, names members).
func isLinkTag(tag string) bool {
	switch tag {
	case "v", "p", "d", "c", "r", "uj", "ul", "u", "y":
		return true
	}
	return false
}

func isNounTag(tag string) bool {
	return tag != "" && (tag[0] == 'n' || tag == "vn" || tag == "j" || tag == "l" || tag == "eng" || tag == "an")
}

// trimHead cuts the first member after the words that introduce the list:
// while it is longer than its parallel members by more than two, at the
// next verb or preposition; then it drops leading link words, when the
// member reads longer than the others. What stays is at least two
// characters and holds a noun.
func trimHead(g *GSE, s string, longest int) string {
	words := tagWords(g, s)
	rest := func(k int) string {
		return joinWords(words[k:])
	}
	hasNoun := func(k int) bool {
		for _, w := range words[k:] {
			if isNounTag(w.tag) {
				return true
			}
		}
		return false
	}
	from := 0
	// 2024年锂电池、光伏: a date before the list is not the first member's
	for from+1 < len(words) && (words[from].tag == "t" || isNumeralText(words[from].text) && isTimeUnit(words[from+1].text)) {
		if words[from].tag == "t" {
			from++
		} else {
			from += 2
		}
	}
	if from >= len(words) || !hasNoun(from) {
		from = 0
	}
	for utf8.RuneCountInString(rest(from)) > longest+2 {
		next := -1
		for k := from; k < len(words)-1; k++ {
			verb := words[k].tag == "v" && utf8.RuneCountInString(words[k].text) >= 2
			if (verb || words[k].tag == "p") && utf8.RuneCountInString(rest(k+1)) >= 2 && hasNoun(k+1) {
				next = k + 1
				break
			}
		}
		if next < 0 {
			break
		}
		from = next
	}
	// a member never opens with a preposition, a conjunction (以及以A、B) or
	// the close of a title before it (《决定》从完善…)
	for from < len(words)-1 && (utf8.RuneCountInString(rest(from)) > longest || words[from].tag == "p" || words[from].tag == "c" || isPunctWord(words[from])) &&
		(isLinkTag(words[from].tag) || isPunctWord(words[from])) && (words[from].tag != "v" || utf8.RuneCountInString(words[from].text) >= 2) &&
		utf8.RuneCountInString(rest(from+1)) >= 2 && hasNoun(from+1) {
		from++
	}
	return trimOuterQuotes(rest(from))
}

// isPunctWord says whether a word is punctuation that closes what stands
// before it (》, ”, ）), never the open quote of a member (“悟空”号).
func isPunctWord(w taggedWord) bool {
	return w.tag == "x" && w.text != "" && strings.Trim(w.text, "》”’）)」』") == ""
}

// cutPredicate cuts the last member where the predicate that leads into the
// label begins (总产有望实现“三增”, 蓄积量连续多年保持“双增长”): after a noun,
// a run of verbs, adverbs and numerals to the end that holds an adverb or
// a linking word (rules/measure_links.txt). Verbs alone stay: they may be
// the member's own (产业转型升级).
func cutPredicate(g *GSE, s string, links []string) string {
	words := tagWords(g, s)
	at := -1 // where the run to the end begins
	for k := len(words) - 1; k > 0; k-- {
		w := words[k]
		if w.tag != "v" && w.tag != "d" && w.tag != "vd" && w.tag != "ad" && w.tag != "m" {
			break
		}
		at = k
	}
	if at <= 0 || !isNounTag(words[at-1].tag) {
		return s
	}
	if !slices.ContainsFunc(words[at:], func(w taggedWord) bool {
		return w.tag == "d" || w.tag == "vd" || w.tag == "ad" || slices.Contains(links, w.text)
	}) {
		return s
	}
	if m := joinWords(words[:at]); utf8.RuneCountInString(m) >= 2 {
		return m
	}
	return s
}

// trimTail drops the pronoun or adverb that ends the last member where it
// runs into the label ("…用作保障性住房这两个方面", "蓄积量持续“双增长”").
// A verb there may be the member's own (具身智能全链跨越), so it stays.
func trimTail(g *GSE, s string) string {
	words := tagWords(g, s)
	n := len(words)
	for n > 1 && (words[n-1].tag == "r" || words[n-1].tag == "d") && utf8.RuneCountInString(s)-utf8.RuneCountInString(words[n-1].text) >= 2 {
		s = strings.TrimSuffix(s, words[n-1].text)
		n--
	}
	return trimOuterQuotes(s)
}

// nextIsListComma says whether a list comma follows the label ending at
// rune e (after its closing quote).
func nextIsListComma(rs []rune, e int) bool {
	if e < len(rs) && isCloseQuote(rs[e]) {
		e++
	}
	return e < len(rs) && rs[e] == '、'
}

// anyContains says whether one of items holds s.
func anyContains(items []string, s string) bool {
	for _, it := range items {
		if strings.Contains(it, s) {
			return true
		}
	}
	return false
}

// dropSharedHead evens out a list whose members but the first open with the
// same verb (the first lost it as the verb before the list: 聚焦A、聚焦B):
// when the label names the verb (七个聚焦), every member goes without it, as
// the shortest phrase that names it; else the first gets it back.
func dropSharedHead(d *Doc, items []string, name string) []string {
	if len(items) < 3 {
		return items
	}
	head := []rune(items[1])
	if len(head) < 4 {
		return items
	}
	p := string(head[:2])
	for _, it := range items[2:] {
		if !strings.HasPrefix(it, p) {
			return items
		}
	}
	out := slices.Clone(items)
	if strings.Contains(name, p) {
		for i, it := range out {
			if t := strings.TrimPrefix(it, p); utf8.RuneCountInString(t) >= 2 {
				out[i] = t
			}
		}
		return out
	}
	// only a verb was lost so (not 其中年均受灾人次、因灾死亡…: 因/p 灾)
	if w, tag := firstWordTag(d.Seg, items[1]); !strings.HasPrefix(out[0], p) && w == p && tag == "v" {
		out[0] = p + out[0]
	}
	return out
}

// cutResultVerb cuts from the end of a member a verb of
// rules/formula_verbs.txt kind result and the adverbs of duration or manner
// before it or before the label (连续13年, 持续, 均), when two characters or
// more are left.
func (fr *formulaRules) cutResultVerb(s string) string {
	rest := s
	for _, v := range fr.resultVerbs {
		if r, ok := strings.CutSuffix(rest, v); ok {
			rest = r
			break
		}
	}
	// how long or how the result holds (连续13年, 持续, 均): an adverb before
	// the verb, or before the label itself (蓄积量持续“双增长”)
	for changed := true; changed; {
		changed = false
		if k := strings.LastIndex(rest, "连续"); k >= 0 && isDurationText(rest[k+len("连续"):]) {
			rest, changed = rest[:k], true
		}
		for _, a := range []string{"持续", "继续", "同步", "均", "都"} {
			if r, ok := strings.CutSuffix(rest, a); ok {
				rest, changed = r, true
			}
		}
	}
	if utf8.RuneCountInString(rest) >= 2 {
		return rest
	}
	return s
}

// endsWithVerb says whether s ends with a verb of rules/formula_verbs.txt
// kind object, or with one and a few words that modify the label after it
// (入选国家第二期): a list before it is its subject ("党员、干部深刻领悟“两个确立”").
func (fr *formulaRules) endsWithVerb(s string) bool {
	for _, v := range fr.objectVerbs {
		if utf8.RuneCountInString(v) < 2 {
			continue
		}
		// the verb, then at most a few words that modify the label
		// (入选国家第二期“双高计划”)
		if k := strings.LastIndex(s, v); k > 0 && utf8.RuneCountInString(s[k+len(v):]) <= 6 && !strings.ContainsAny(s[k+len(v):], "、，,") {
			return true
		}
	}
	return false
}

// isListSeparator says whether r separates the items of a list.
func isListSeparator(r rune) bool {
	return r == '、' || r == '，' || r == ',' || r == '；' || r == ';'
}

// isDatePhrase says whether s is nothing but a date (2025年6月, 6月底,
// 二〇二五年).
func isDatePhrase(s string) bool {
	unit := false
	for _, r := range s {
		switch {
		case strings.ContainsRune("年月", r):
			unit = true
		case isDigitRune(r) || isCNNumeral(r) || strings.ContainsRune("〇日号底初末中上下旬", r):
		default:
			return false
		}
	}
	return unit
}

// isDurationText says whether s is a count of years, months or days and
// nothing more (9年, 十二年, 3个月).
func isDurationText(s string) bool {
	for _, u := range []string{"个月", "年", "天", "日"} {
		if n, ok := strings.CutSuffix(s, u); ok && n != "" {
			return strings.IndexFunc(n, func(r rune) bool { return !isDigitRune(r) && !isCNNumeral(r) && r != '多' }) < 0
		}
	}
	return false
}
