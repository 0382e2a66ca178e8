package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// formulaRules are the compiled formula heads, counters, pitfalls and the
// words around member lists (rules/formula_*.txt).
type formulaRules struct {
	heads        []string // longest first
	headRunes    [][]rune // heads as runes, same order
	allHeads     []string // heads then bare heads
	bareHeads    []string // heads allowed right after the numeral (严把七关), longest first
	counters     map[rune]bool
	verbHeads    map[string]bool // heads only right after the counter (两个确立)
	arabicCount  map[rune]bool   // counters allowed after Arabic digits (10大)
	exact        map[string]bool
	prefixes     []string
	suffixes     []string // a name ending so is a thing's, not a set's (三峡领航号)
	before       map[rune]bool
	after        map[rune]bool
	group        map[rune]bool // places or parties counted after a modifier (三地, 两国)
	idioms       map[string]bool
	verbs        []string // longest first
	objectVerbs  []string // verbs whose subject, not members, a list before the label is (深刻领悟)
	introVerbs   []string // verbs that only introduce a list, never open a member (围绕)
	resultVerbs  []string // verbs whose object is a result label; the list before is its members (实现“双下降”)
	links        []string // longest first
	unity        []string
	taskMarkers  []string // longest first
	taskSpeakers []string // verbs ending a directive's lead-in (强调, 指出)

	// verbRunes and bareHeadWords are verbs and bareHeads as runes, for
	// comparing with a decoded text in place; a word that is not valid
	// UTF-8 (which no decoded text spells) is left out.
	verbRunes     [][]rune
	bareHeadWords []runeWord
}

func compileFormulaRules(r *Rules) (*formulaRules, error) {
	fr := &formulaRules{
		counters: map[rune]bool{}, arabicCount: map[rune]bool{}, verbHeads: map[string]bool{},
		exact: map[string]bool{}, before: map[rune]bool{}, after: map[rune]bool{}, group: map[rune]bool{}, idioms: map[string]bool{},
	}
	for _, row := range r.Table("formula_heads") {
		if len(row) > 1 && row[1] == "verb" {
			fr.verbHeads[row[0]] = true
		}
		if len(row) > 1 && row[1] == "bare" {
			// a bare head is a single character: only safe right after the numeral
			fr.bareHeads = append(fr.bareHeads, row[0])
			continue
		}
		fr.heads = append(fr.heads, row[0])
	}
	for _, row := range r.Table("formula_counters") {
		rs := []rune(row[0])
		if len(rs) != 1 {
			return nil, fmt.Errorf("rules: formula_counters: %q is not one character", row[0])
		}
		fr.counters[rs[0]] = true
		if len(row) > 1 && row[1] == "arabic" {
			fr.arabicCount[rs[0]] = true
		}
	}
	for _, row := range r.Table("formula_pitfalls") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: formula_pitfalls: %q has no kind (exact, prefix, suffix, before, after, group, idiom)", row[0])
		}
		switch row[1] {
		case "exact":
			fr.exact[row[0]] = true
		case "prefix":
			fr.prefixes = append(fr.prefixes, row[0])
		case "suffix":
			fr.suffixes = append(fr.suffixes, row[0])
		case "idiom":
			fr.idioms[row[0]] = true
		case "before", "after", "group":
			rs := []rune(row[0])
			if len(rs) != 1 {
				return nil, fmt.Errorf("rules: formula_pitfalls: %s entry %q is not one character", row[1], row[0])
			}
			switch row[1] {
			case "before":
				fr.before[rs[0]] = true
			case "after":
				fr.after[rs[0]] = true
			default:
				fr.group[rs[0]] = true
			}
		default:
			return nil, fmt.Errorf("rules: formula_pitfalls: %q: unknown kind %q", row[0], row[1])
		}
	}
	fr.verbs = byLengthDesc(r.List("formula_verbs"))
	for _, row := range r.Table("formula_verbs") {
		if len(row) < 2 {
			continue
		}
		switch row[1] {
		case "object":
			fr.objectVerbs = append(fr.objectVerbs, row[0])
		case "intro":
			fr.introVerbs = append(fr.introVerbs, row[0])
		case "result":
			fr.resultVerbs = append(fr.resultVerbs, row[0])
		default:
			return nil, fmt.Errorf("rules: formula_verbs: %q: unknown kind %q", row[0], row[1])
		}
	}
	fr.links = byLengthDesc(r.List("formula_links"))
	fr.unity = r.List("formula_unity")
	fr.heads = byLengthDesc(fr.heads)
	fr.bareHeads = byLengthDesc(fr.bareHeads)
	for _, h := range fr.heads {
		fr.headRunes = append(fr.headRunes, []rune(h))
	}
	fr.allHeads = append(append([]string(nil), fr.heads...), fr.bareHeads...)
	for _, w := range runeWords(fr.verbs) {
		fr.verbRunes = append(fr.verbRunes, w.r)
	}
	fr.bareHeadWords = runeWords(fr.bareHeads)
	fr.taskMarkers = byLengthDesc(r.List("task_markers"))
	fr.taskSpeakers = r.List("task_speakers")
	return fr, nil
}

// runeWord is a word and its runes.
type runeWord struct {
	s string
	r []rune
}

// runeWords returns the words of list that are valid UTF-8, with their
// runes, in order: rs[a:b] equals w.r exactly when string(rs[a:b]) == w.s.
func runeWords(list []string) []runeWord {
	var out []runeWord
	for _, s := range list {
		if utf8.ValidString(s) {
			out = append(out, runeWord{s: s, r: []rune(s)})
		}
	}
	return out
}

func byLengthDesc(list []string) []string {
	out := append([]string(nil), list...)
	sort.SliceStable(out, func(i, j int) bool { return len([]rune(out[i])) > len([]rune(out[j])) })
	return out
}

// candidate is one mention of a formula found in the text (rune offsets).
type candidate struct {
	start, end int
	name       string
	count      *int
	sum        int  // members a chain promises (一岛两湾 → 3); 0 when unknown
	quoted     bool // the label stood in quotes
	head       string
}

// extractInitiatives finds numbered formulas and their members.
func extractInitiatives(d *Doc, rec *Record) {
	fr := d.Rules.formulas
	if fr == nil {
		return
	}
	t := d.runes
	cands := findFormulas(fr, t, wordBounds(d.Seg, t))
	// 三省一市, 三区三州: a chain of places counted is a grouping of them
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return fr.placeChain(c.name) })
	if pr := d.Rules.places; pr != nil {
		// 四川两地, 九江双蒸: a place whose name opens with a numeral, then
		// the next numeral (三原则 stays: 三原 is a county, 则 no numeral)
		cands = slices.DeleteFunc(cands, func(c candidate) bool {
			return !c.quoted && placeThenNumeral(pr, c.name) || placeOpensCount(pr, c)
		})
	}
	if g, ok := d.Seg.(*GSE); ok {
		// 五光十色, 三心二意: a word the dictionary holds as an idiom, when
		// not quoted, says how something is, not what a plan counts
		cands = slices.DeleteFunc(cands, func(c candidate) bool {
			if c.quoted {
				return false
			}
			_, pos, found := g.Lookup(c.name)
			return found && pos == "i" || c.sum > 0 && chainOfFunctionWord(g, c.name)
		})
	}
	rec.Initiatives = groupFormulas(d, fr, t, cands)
}

// chainOfFunctionWord says whether an unquoted chain (groups of a numeral
// and one character) reads as running words: a group the dictionary holds as
// an adverb, preposition, conjunction or pronoun (两国一直交往, 一旦双方), or as
// a numeral and classifier (一套两枚, 一家三口, 两国一道) when no group is a
// noun (四位一体: 一体 is one). Groups that are not words at all (一核, 四城)
// say nothing.
func chainOfFunctionWord(g *GSE, name string) bool {
	rs := []rune(name)
	counted, noun := false, false
	for i := 0; i+1 < len(rs); i++ {
		if !isNumeralRune(rs[i]) || isNumeralRune(rs[i+1]) {
			continue
		}
		_, pos, found := g.Lookup(string(rs[i : i+2]))
		if !found {
			continue
		}
		switch pos {
		case "d", "mq", "p", "c", "r":
			return true
		case "m":
			counted = true
		case "n":
			noun = true
		}
	}
	return counted && !noun
}

// placeChain says whether name is a chain of two or more groups each of
// which counts places or parties (三省一市, 两国三方): rules/formula_pitfalls
// kind group.
func (fr *formulaRules) placeChain(name string) bool {
	rs := []rune(name)
	groups := 0
	for i := 0; i < len(rs); {
		if rs[i] == '、' {
			i++
			continue
		}
		n, _, _ := numeralToken(rs, i)
		if n == 0 || i+n >= len(rs) || !fr.group[rs[i+n]] {
			return false
		}
		groups++
		i += n + 1
	}
	return groups >= 2
}

// placeOpensCount says whether the numeral that opens a one-group label is
// the first character of a place name of the gazetteer that two characters
// or more follow (“四川云教”, “五常大米”, 三河彝品): the label names something
// of that place and counts nothing.
func placeOpensCount(pr *placeRules, c candidate) bool {
	if c.count == nil || c.sum > 0 {
		return false
	}
	rs := []rune(c.name)
	for n := 2; n <= 4 && n+2 <= len(rs); n++ { // (三原|则, 双牌|照: a head of one character after it is the label's)
		if pr.isName(string(rs[:n])) {
			return true
		}
	}
	return false
}

// placeThenNumeral says whether name opens with a place name of the
// gazetteer that a numeral follows.
func placeThenNumeral(pr *placeRules, name string) bool {
	for i, r := range name {
		if i > 0 && isNumeralRune(r) {
			return pr.isName(name[:i])
		}
	}
	return false
}

// wordBounds returns a test that an unquoted candidate starts and ends on
// word boundaries of its clause, as the segmenter cuts it: a numeral inside a
// word (统一, 一体化) or a head that fuses with what follows is no label.
// Only the clauses that hold a candidate are segmented. Without a segmenter
// every candidate passes.
func wordBounds(seg Segmenter, t *runeText) func(c candidate) bool {
	if seg == nil {
		return func(candidate) bool { return true }
	}
	return func(c candidate) bool {
		from, to := c.start, c.end
		for from > 0 && !isClauseBreak(t.r[from-1]) {
			from--
		}
		for to < len(t.r) && !isClauseBreak(t.r[to]) {
			to++
		}
		startOK, endOK := c.start == from, c.end == to
		at := from
		clause := string(t.r[from:to])
		prev := 0
		for _, end := range wordEnds(seg, clause) {
			at += utf8.RuneCountInString(clause[prev:end])
			prev = end
			startOK = startOK || at == c.start
			endOK = endOK || at == c.end
		}
		return startOK && endOK
	}
}

// findFormulas returns every mention, quoted labels first, without overlaps,
// in text order.
func findFormulas(fr *formulaRules, t *runeText, onWords func(candidate) bool) []candidate {
	var out []candidate
	out = append(out, quotedFormulas(fr, t)...)
	taken := make([]bool, len(t.r)+1)
	mark := func(c candidate) {
		for i := c.start; i < c.end; i++ {
			taken[i] = true
		}
	}
	for _, c := range out {
		mark(c)
	}
	free := func(c candidate) bool {
		for i := c.start; i < c.end; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	// a plain candidate that opens a repeat of a quoted label is that
	// label's mention (…执法检查五个专项治理 after “五个专项治理”: not 五个专项)
	quotedNames := map[string][]rune{} // by name, looked up by the runes at a candidate
	longest := 0
	for _, c := range out {
		n := []rune(c.name)
		quotedNames[c.name] = n
		longest = max(longest, len(n))
	}
	opensQuoted := func(c candidate) bool {
		for l := c.end - c.start + 1; l <= longest && c.start+l <= len(t.r); l++ {
			if _, ok := quotedNames[string(t.r[c.start:c.start+l])]; ok {
				return true
			}
		}
		return false
	}
	for _, c := range plainFormulas(fr, t) {
		if free(c) && onWords(c) && !opensQuoted(c) {
			mark(c)
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// groupFormulas makes one record per normalized key, with every mention, then
// adds unquoted repeats of each name and finds the members.
func groupFormulas(d *Doc, fr *formulaRules, t *runeText, cands []candidate) []Initiative {
	type group struct {
		first    candidate
		mentions []candidate
	}
	var order []string
	groups := map[string]*group{}
	for _, c := range cands {
		k := FormulaKey(c.name)
		g, ok := groups[k]
		if !ok {
			g = &group{first: c}
			groups[k] = g
			order = append(order, k)
		}
		g.mentions = append(g.mentions, c)
	}
	taken := make([]bool, len(t.r)+1)
	for _, c := range cands {
		for i := c.start; i < c.end; i++ {
			taken[i] = true
		}
	}
	// Repeats of a name found once as a formula, written without the cue.
	names := make([]string, len(order))
	for i, k := range order {
		if name := groups[k].first.name; utf8.RuneCountInString(name) >= 2 {
			names[i] = name
		}
	}
	repeats := t.findEach(names)
	for i, k := range order {
		g := groups[k]
		name := []rune(g.first.name)
		if len(name) < 2 {
			continue
		}
		for _, at := range repeats[i] {
			end := at + len(name)
			if taken[at] || taken[end-1] || (at > 0 && isNumeralRune(t.r[at-1])) ||
				(end < len(t.r) && isNumeralRune(t.r[end]) && isNumeralRune(name[len(name)-1])) {
				continue
			}
			for i := at; i < end; i++ {
				taken[i] = true
			}
			g.mentions = append(g.mentions, candidate{start: at, end: end, name: g.first.name})
		}
		sort.SliceStable(g.mentions, func(i, j int) bool { return g.mentions[i].start < g.mentions[j].start })
	}
	out := make([]Initiative, 0, len(order))
	for _, k := range order {
		g := groups[k]
		c := g.first
		in := Initiative{Name: c.name, Key: k, Count: c.count}
		for _, m := range g.mentions {
			in.Mentions = append(in.Mentions, Mention{Span: Span{Start: m.start, End: m.end}})
		}
		first := g.mentions[0]
		in.Span = Span{Start: first.start, End: first.end}
		s := d.SentenceAt(t.byteAt(first.start))
		in.Sentence = strings.TrimSpace(d.Slice(s))
		want := c.sum
		if c.count != nil {
			want = *c.count
		}
		for _, m := range g.mentions {
			m.count, m.sum, m.head, m.quoted = c.count, c.sum, c.head, c.quoted
			items, complete := findMembers(d, fr, t, m, want)
			if len(items) > 0 {
				in.Items, in.Complete = items, complete
				break
			}
		}
		out = append(out, in)
	}
	return out
}

// FormulaKey normalizes a formula name for search and comparison: no quotes
// or spaces, Chinese numerals as digits (十大攻坚行动 and 10大攻坚行动 meet).
func FormulaKey(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) || strings.ContainsRune(quoteRunes, r) {
			i++
			continue
		}
		if isCNNumeral(r) {
			j := i
			for j < len(rs) && isCNNumeral(rs[j]) {
				j++
			}
			run := string(rs[i:j])
			if v, ok := IntValue(run); ok {
				fmt.Fprintf(&b, "%d", v)
			} else {
				for _, c := range rs[i:j] {
					if v, ok := IntValue(string(c)); ok {
						fmt.Fprintf(&b, "%d", v)
					} else {
						b.WriteRune(c)
					}
				}
			}
			i = j
			continue
		}
		b.WriteRune(r)
		i++
	}
	return b.String()
}

const quoteRunes = "\"'“”‘’「」『』《》〈〉"

// runeText is the document as runes, with the byte offset of each rune.
type runeText struct {
	s      string
	r      []rune
	byteOf []int32 // byteOf[i] = byte offset of rune i; byteOf[len(r)] = len(s)
}

func newRuneText(s string) *runeText {
	n := utf8.RuneCountInString(s)
	t := &runeText{s: s, r: make([]rune, 0, n), byteOf: make([]int32, 0, n+1)}
	for i, r := range s {
		t.r = append(t.r, r)
		t.byteOf = append(t.byteOf, int32(i))
	}
	t.byteOf = append(t.byteOf, int32(len(s)))
	return t
}

func (t *runeText) byteAt(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(t.byteOf) {
		return len(t.s)
	}
	return int(t.byteOf[i])
}

// runeAtOrAfter returns the index of the first rune from k on that starts at
// byte b or later: where a scan by byte that jumps to b resumes.
func (t *runeText) runeAtOrAfter(k, b int) int {
	for k < len(t.r) && int(t.byteOf[k]) < b {
		k++
	}
	return k
}

func (t *runeText) str(i, j int) string { return t.s[t.byteAt(i):t.byteAt(j)] }

// findEach returns, for each of names, the rune offsets of its occurrences
// that do not overlap each other (none for ""), from one pass over the text:
// a document may hold dozens of formula names.
func (t *runeText) findEach(names []string) [][]int {
	out := make([][]int, len(names))
	x := newWordIndex(names)
	x.scanRunes(t, func(k, i int) {
		out[k] = append(out[k], i)
	})
	return out
}
