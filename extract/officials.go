package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// peopleRules are the compiled office titles, name clues and campaign
// patterns. They are built once from the rule files and only read.
type peopleRules struct {
	ranks      wordSet // offices that end a title: 书记, 副市长
	afterRanks wordSet // ranks that may follow a name: 习近平总书记
	prefixes   wordSet // organ and place parts before a rank: 委, 政协, 市
	collective wordSet // titles shared by a list of names: 市领导
	notOffice  wordSet // roles that are not offices: 记者, 编辑
	surnames   wordSet // single and compound surnames
	after      wordSet // words that may follow a name
	before     wordSet // words that end before a title
	notName    wordSet // common words that look like names
	copula     wordSet // words between a name and its office: 现任
	foreign    wordSet // countries and other names of foreign places: never a person's name
	noChar     map[rune]bool
	// starts holds the first runes of ranks, collective and copula: the
	// runes where the scan for officials looks further.
	starts runeSet

	campaigns *campaignRules
}

// wordSet is a set of words with fast longest-match at a byte offset.
type wordSet struct {
	// words marks the words, and the proper prefixes and suffixes of words,
	// so that a match stops as soon as no longer word can follow.
	words    map[string]wordPart
	first    runeSet // first runes of the words: most positions start none
	last     runeSet // last runes of the words
	maxRunes int
}

type wordPart uint8

const (
	wholeWord  wordPart = 1 << iota
	wordPrefix          // the start of a longer word
	wordSuffix          // the end of a longer word
)

func newWordSet(words []string) wordSet {
	w := wordSet{words: make(map[string]wordPart, len(words))}
	for _, s := range words {
		if s == "" {
			continue
		}
		w.words[s] |= wholeWord
		for i := range s {
			if i > 0 {
				w.words[s[:i]] |= wordPrefix
				w.words[s[i:]] |= wordSuffix
			}
		}
		f, _ := utf8.DecodeRuneInString(s)
		l, _ := utf8.DecodeLastRuneInString(s)
		w.first.add(f)
		w.last.add(l)
		if n := utf8.RuneCountInString(s); n > w.maxRunes {
			w.maxRunes = n
		}
	}
	return w
}

func (w wordSet) has(s string) bool { return w.words[s]&wholeWord != 0 }

// mayStart says whether a word of the set starts with r: scans that decode
// each rune anyway ask it before startingAt, which would decode r again.
func (w *wordSet) mayStart(r rune) bool { return w.first.has(r) }

// endingAt returns the byte length of the longest word that ends at text[:end], or 0.
func (w wordSet) endingAt(text string, end int) int {
	if l, _ := utf8.DecodeLastRuneInString(text[:end]); !w.last.has(l) {
		return 0
	}
	best := 0
	pos := end
	for n := 0; n < w.maxRunes && pos > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:pos])
		pos -= size
		part := w.words[text[pos:end]]
		if part&wholeWord != 0 {
			best = end - pos
		}
		if part&wordSuffix == 0 {
			break
		}
	}
	return best
}

// startingAt returns the byte length of the longest word that starts at text[start:], or 0.
func (w wordSet) startingAt(text string, start int) int {
	f, size := utf8.DecodeRuneInString(text[start:])
	if !w.first.has(f) || size == 0 {
		return 0
	}
	best := 0
	pos := start + size
	for n := 1; ; n++ {
		part := w.words[text[start:pos]]
		if part&wholeWord != 0 {
			best = pos - start
		}
		if part&wordPrefix == 0 || n >= w.maxRunes || pos >= len(text) {
			return best
		}
		_, size = utf8.DecodeRuneInString(text[pos:])
		pos += size
	}
}

func compilePeopleRules(r *Rules) (*peopleRules, error) {
	p := &peopleRules{noChar: map[rune]bool{}}
	var ranks, after, prefixes []string
	for i, row := range r.Table("titles") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: %s (%q): want word<TAB>kind", r.Where("titles", i), row[0])
		}
		switch row[1] {
		case "rank":
			ranks = append(ranks, row[0])
			if len(row) > 2 && row[2] == "after" {
				after = append(after, row[0])
			}
		case "organ", "place":
			prefixes = append(prefixes, row[0])
		default:
			return nil, fmt.Errorf("rules: %s (%q): unknown kind %q", r.Where("titles", i), row[0], row[1])
		}
	}
	p.ranks, p.afterRanks, p.prefixes = newWordSet(ranks), newWordSet(after), newWordSet(prefixes)
	p.collective = newWordSet(r.List("collective_titles"))
	p.notOffice = newWordSet(r.List("not_officials"))
	p.surnames = newWordSet(r.List("surnames"))
	var afterWords, beforeWords, notName, copula []string
	for i, row := range r.Table("name_stops") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: %s (%q): want word<TAB>kind", r.Where("name_stops", i), row[0])
		}
		switch row[1] {
		case "after":
			afterWords = append(afterWords, row[0])
		case "before":
			beforeWords = append(beforeWords, row[0])
		case "notname":
			notName = append(notName, row[0])
		case "copula":
			copula = append(copula, row[0])
		case "nochar":
			for _, c := range row[0] {
				p.noChar[c] = true
			}
		default:
			return nil, fmt.Errorf("rules: %s (%q): unknown kind %q", r.Where("name_stops", i), row[0], row[1])
		}
	}
	p.after, p.before, p.notName = newWordSet(afterWords), newWordSet(beforeWords), newWordSet(notName)
	p.copula = newWordSet(copula)
	var foreign []string
	for _, row := range r.Table("place_cues") {
		if len(row) > 1 && row[1] == "lead" && utf8.RuneCountInString(row[0]) >= 2 {
			foreign = append(foreign, row[0])
		}
	}
	p.foreign = newWordSet(foreign)
	p.starts = union(&p.ranks.first, &p.collective.first, &p.copula.first)
	var err error
	if p.campaigns, err = compileCampaignRules(r); err != nil {
		return nil, err
	}
	return p, nil
}

// Limits of the shapes tifa reads.
const (
	maxFreeRunes  = 6  // a proper name inside a title: 黄石 in 黄石市委
	maxTitleRunes = 30 // longer "titles" are runs of prose
	maxListNames  = 60 // names under one collective title
)

// mention is one place where the text attaches titles to a name (byte offsets).
type mention struct {
	name       string
	start, end int
	titles     []string
}

// findOfficials finds people with the offices the text attaches to them:
// titles before the name (市委书记孙爱军, chained at 、), after it (习近平总书记,
// 省委林武书记), and collective titles before a list (市领导黄巍、袁振旭).
func findOfficials(d *Doc) []Official {
	p := d.Rules.people
	if p == nil {
		return nil
	}
	text := d.Text
	var ms []mention
	for k, r := range d.runes.r {
		if !isHanRune(r) || !p.starts.has(r) {
			continue
		}
		i := int(d.runes.byteOf[k])
		if n := p.ranks.startingAt(text, i); n > 0 && p.ranks.endingAt(text, i+n) == n {
			ms = p.titleThenName(d, ms, i, i+n)
			if p.afterRanks.has(text[i : i+n]) {
				ms = p.nameThenTitle(d, ms, i, i+n)
			}
		}
		if n := p.collective.startingAt(text, i); n > 0 && p.collective.endingAt(text, i+n) == n {
			ms = p.collectiveList(d, ms, i, i+n)
		}
		if n := p.copula.startingAt(text, i); n > 0 {
			ms = p.nameIsTitle(d, ms, i, i+n)
		}
	}
	return p.mergeMentions(d, ms)
}

// titleThenName reads a name right after the rank text[rs:re] and the
// title(s) before it, and then any bare names listed after it that share them
// ("副市长张三、李四").
func (p *peopleRules) titleThenName(d *Doc, ms []mention, rs, re int) []mention {
	text := d.Text
	if p.after.startingAt(text, re) > 0 || p.afterRanks.has(text[rs:re]) && p.namedBefore(d, rs) {
		return ms
	}
	start := re
	name, end, ok := p.nameAt(d, start)
	if !ok && re < len(text) && text[re] == ' ' {
		// A byline: "省长 周乃翔" under a work report's title, the name alone
		// after one space and ending its line.
		start = re + 1
		name, end, ok = p.nameAt(d, start)
		ok = ok && (end == len(text) || text[end] == '\n' || text[end] == ' ')
	}
	if !ok {
		start = re
		name, end, ok = p.bareNameAt(d, start)
	}
	if !ok {
		return ms
	}
	titles, ok := p.titlesBefore(text, re)
	if !ok {
		return ms
	}
	ms = append(ms, mention{name: name, start: start, end: end, titles: titles})
	return p.sharedList(d, ms, end, titles)
}

// namedBefore reports whether a name that the text names more than once
// stands right before the rank at rs: "习近平主席贺信" gives the rank to
// 习近平, and what follows it (贺信, 卓越) is no name.
func (p *peopleRules) namedBefore(d *Doc, rs int) bool {
	text := d.Text
	for _, runes := range []int{3, 2} {
		s := backRunes(text, rs, runes)
		if s < 0 || !p.validName(text[s:rs], false) || p.prefixes.endingAt(text, rs) > 0 || p.foreign.has(text[s:rs]) {
			continue
		}
		// The name starts a word: not 商联 of 工商联 or 党中央.
		if d.wordEnds().startsWord(s) && d.occursTwice(text[s:rs]) {
			return true
		}
	}
	return false
}

// sharedList takes the bare names that follow a named official after 、 and
// gives them the same titles.
func (p *peopleRules) sharedList(d *Doc, ms []mention, pos int, titles []string) []mention {
	text := d.Text
	for n := 0; n < maxListNames && strings.HasPrefix(text[pos:], "、"); n++ {
		start := pos + len("、")
		name, end, ok := p.listNameAt(d, start)
		if !ok {
			break
		}
		ms = append(ms, mention{name: name, start: start, end: end, titles: titles})
		pos = end
	}
	return ms
}

// nameThenTitle reads a name right before the rank text[rs:re] ("习近平总书记"),
// with the organ parts before the name as the rest of its title ("省委林武书记").
func (p *peopleRules) nameThenTitle(d *Doc, ms []mention, rs, re int) []mention {
	text := d.Text
	// A rank that starts with a place part (省长, 市长) may be the tail of a
	// place name ("吉林省长春市"): it needs a clear end on its own.
	ends := p.endsName(text, re)
	loose := p.prefixes.startingAt(text, rs) == 0
	for _, runes := range []int{4, 3, 2} {
		start := backRunes(text, rs, runes)
		if start < 0 {
			continue
		}
		name := text[start:rs]
		if !p.validName(name, false) {
			continue
		}
		// Either side of "name + rank" must be a clear boundary: "是习近平总书记留给".
		if !ends && (!loose || !p.startsName(text, start) && p.before.endingAt(text, start) == 0) {
			return ms
		}
		prefix := ""
		if ps := p.prefixStart(text, start, false); ps < start {
			prefix = text[ps:start]
		}
		title := prefix + text[rs:re]
		if p.holdsNotOffice(title) {
			return ms
		}
		return append(ms, mention{name: name, start: start, end: rs, titles: []string{title}})
	}
	return ms
}

// nameIsTitle reads "NAME 现任 TITLE": a name before the copula text[cs:ce]
// and a title that fills the clause after it, up to punctuation.
func (p *peopleRules) nameIsTitle(d *Doc, ms []mention, cs, ce int) []mention {
	text := d.Text
	name, start := "", -1
	for _, runes := range []int{4, 3, 2} {
		s := backRunes(text, cs, runes)
		if s < 0 || !p.validName(text[s:cs], false) {
			continue
		}
		if s == 0 || !isHanBefore(text, s) || p.before.endingAt(text, s) > 0 {
			name, start = text[s:cs], s
			break
		}
	}
	if start < 0 {
		return ms
	}
	for pos, k := ce, 0; pos < len(text) && k < maxTitleRunes; k++ {
		r, size := utf8.DecodeRuneInString(text[pos:])
		if !isHanRune(r) {
			break
		}
		if n := p.ranks.startingAt(text, pos); n > 0 && p.ranks.endingAt(text, pos+n) == n {
			end := pos + n
			if after, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && isHanRune(after) {
				pos += size
				continue
			}
			if p.prefixStart(text, pos, false) != ce || p.holdsNotOffice(text[ce:end]) {
				break
			}
			return append(ms, mention{name: name, start: start, end: cs, titles: []string{text[ce:end]}})
		}
		pos += size
	}
	return ms
}

// collectiveList reads the names listed after a collective title text[cs:ce].
func (p *peopleRules) collectiveList(d *Doc, ms []mention, cs, ce int) []mention {
	text := d.Text
	title := text[p.prefixStart(text, cs, true):ce]
	pos := ce
	for n := 0; n < maxListNames; n++ {
		name, end, ok := p.listNameAt(d, pos)
		if !ok {
			break
		}
		ms = append(ms, mention{name: name, start: pos, end: end, titles: []string{title}})
		if !strings.HasPrefix(text[end:], "、") {
			break
		}
		pos = end + len("、")
	}
	return ms
}

// listNameAt reads one name of a 、-separated list: a whole item when the list
// goes on after it, else a name that ends where names end.
func (p *peopleRules) listNameAt(d *Doc, start int) (string, int, bool) {
	text := d.Text
	for _, runes := range []int{4, 3, 2} {
		end := fwdRunes(text, start, runes)
		if end < 0 || !strings.HasPrefix(text[end:], "、") {
			continue
		}
		if name := text[start:end]; p.validName(name, false) {
			return name, end, true
		}
	}
	return p.nameAt(d, start)
}

// nameAt reads the name that starts at byte start: a surname and one or two
// characters (two and two after a compound surname), or a minority name with
// "·", ending where names end (punctuation, 出席, 主持 …). When no length ends
// well, a length the document confirms elsewhere is taken.
func (p *peopleRules) nameAt(d *Doc, start int) (string, int, bool) {
	text := d.Text
	if name, end, ok := p.dottedNameAt(d.Seg, text, start); ok {
		return name, end, true
	}
	var valid, good []int
	for _, runes := range []int{4, 3, 2} {
		end := fwdRunes(text, start, runes)
		if end < 0 || !p.validName(text[start:end], false) {
			continue
		}
		valid = append(valid, end)
		if p.endsName(text, end) {
			good = append(good, end)
		}
	}
	for i, end := range good {
		// A shorter name followed by a word that runs past this end wins:
		// "陈静陪同" is 陈静 + 陪同, not 陈静陪 + 同.
		crossed := false
		for _, shorter := range good[i+1:] {
			if n := p.after.startingAt(text, shorter); shorter+n > end {
				crossed = true
			}
		}
		if !crossed {
			return text[start:end], end, true
		}
	}
	// No length ends well here: take one that stands alone as a name elsewhere
	// in the document (after punctuation or a title, before a stop).
	for _, end := range valid {
		name := text[start:end]
		if at := p.standaloneAt(d, name); at[0] >= 0 && at[0] != start || at[1] >= 0 {
			return name, end, true
		}
	}
	return "", 0, false
}

// standaloneAt gives the first two places where name stands alone in the
// document (-1 when there are fewer), read once per document and name: a
// long text asks for the same names again and again, and a search of the
// whole text for each made the stage quadratic.
func (p *peopleRules) standaloneAt(d *Doc, name string) [2]int {
	if at, ok := d.standalone[name]; ok {
		return at
	}
	text := d.Text
	at, n := [2]int{-1, -1}, 0
	d.eachOccurrence(name, len(text), func(i int) bool {
		if p.endsName(text, i+len(name)) && p.startsName(text, i) {
			at[n] = i
			n++
		}
		return n < 2
	})
	if d.standalone == nil {
		d.standalone = map[string][2]int{}
	}
	d.standalone[name] = at
	return at
}

// dottedNameAt reads a minority or foreign name written with a middle dot
// ("买买提·艾力", "夏巴兹·谢里夫"). It ends at the first place where names end
// (a word that follows names, a rank, punctuation) or where the segmenter
// finds a verb, time word or adverb ("…谢里夫" + 今天宣布); a verb before the
// first dot ends the name there ("习近平" + 致电…).
func (p *peopleRules) dottedNameAt(seg Segmenter, text string, start int) (string, int, bool) {
	pos, runes, dot := start, 0, -1
	var ends []int
	lastDot := 0 // index in ends of the first end after the last dot
	for pos < len(text) && runes < 16 {
		r, size := utf8.DecodeRuneInString(text[pos:])
		switch {
		case isNameDot(r):
			if runes == 0 || dot >= 0 && pos == dot {
				return "", 0, false
			}
			dot = pos + size
		case isHanRune(r) && !p.noChar[r]:
			if dot < 0 {
				// A verb or a rank before the first dot: the name (if any)
				// starts later or ends earlier ("执行秘书西蒙·斯蒂尔").
				if n := p.after.startingAt(text, pos); n > size && runes >= 2 || p.ranks.startingAt(text, pos) > size {
					return "", 0, false
				}
			}
			if dot >= 0 && pos+size > dot {
				ends = append(ends, pos+size)
				if pos == dot {
					lastDot = len(ends) - 1
				}
			}
		default:
			runes = 16
			continue
		}
		pos += size
		runes++
	}
	for k, end := range ends {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if end < len(text) && isNameDot(r) {
			continue // the name goes on: "哈桑·艾哈迈德·希希"
		}
		if k == lastDot && end < len(text) && isHanRune(r) && !p.tailEnds(seg, text, end) {
			continue // one character after the dot is rarely all of a name
		}
		if p.endsName(text, end) || seg != nil && functionalAt(seg, text, end) {
			return text[start:end], end, true
		}
	}
	return "", 0, false
}

// tailEnds says whether a name may end at byte end one character after its
// last dot ("菲勒蒙·扬" + 为): before a conjunction or preposition, a word of
// two characters that follows names, or a verb.
func (p *peopleRules) tailEnds(seg Segmenter, text string, end int) bool {
	if n := p.after.startingAt(text, end); n > 0 {
		r, size := utf8.DecodeRuneInString(text[end:])
		return n > size || strings.ContainsRune("和与及同为在等", r)
	}
	return seg != nil && functionalAt(seg, text, end)
}

// validName says whether s can be a person's name: a known surname, then
// given-name characters, not a common word, not a role.
func (p *peopleRules) validName(s string, _ bool) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 {
		return false
	}
	sur := 0
	for _, k := range []int{2, 1} {
		if end := fwdRunes(s, 0, k); end > 0 && p.surnames.has(s[:end]) {
			sur = end
			break
		}
	}
	if sur == 0 {
		return false
	}
	given := utf8.RuneCountInString(s[sur:])
	if given < 1 || given > 2 {
		return false
	}
	for i, r := range s {
		if !isHanRune(r) || i >= sur && p.noChar[r] {
			return false
		}
	}
	if p.notName.startingAt(s, 0) > 0 || p.notOffice.startingAt(s, 0) > 0 {
		return false
	}
	return !p.ranks.has(s) && !p.prefixes.has(s)
}

// endsName says whether a name may end at byte end: the text ends, a
// non-Han character, a rank, or a word that follows names.
func (p *peopleRules) endsName(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !isHanRune(r) {
		return true
	}
	return p.after.startingAt(text, end) > 0 || p.ranks.startingAt(text, end) > 0
}

// startsName says whether a name may start at byte start: the text starts,
// a non-Han character, or a title or collective title ends there.
func (p *peopleRules) startsName(text string, start int) bool {
	if start == 0 || !isHanBefore(text, start) {
		return true
	}
	return p.ranks.endingAt(text, start) > 0 || p.collective.endingAt(text, start) > 0
}

// titlesBefore reads the title that ends at byte end (just before a name) and
// the titles chained before it with 、 ("市委副书记、市长"), in text order.
func (p *peopleRules) titlesBefore(text string, end int) ([]string, bool) {
	var titles []string
	for len(titles) < 8 {
		n := p.ranks.endingAt(text, end)
		if n == 0 {
			break
		}
		start := p.prefixStart(text, end-n, false)
		title := text[start:end]
		if p.holdsNotOffice(title) || utf8.RuneCountInString(title) > maxTitleRunes {
			if len(titles) == 0 {
				return nil, false
			}
			break
		}
		titles = append(titles, title)
		if !strings.HasSuffix(text[:start], "、") {
			break
		}
		end = start - len("、")
	}
	for i, j := 0, len(titles)-1; i < j; i, j = i+1, j-1 {
		titles[i], titles[j] = titles[j], titles[i]
	}
	return titles, len(titles) > 0
}

// prefixStart walks back from byte pos over organ and place parts, each of
// which may carry a short proper name before it (黄石 + 市 + 委), and returns
// where the title starts. freeFirst allows a proper name right at pos, as
// before a collective title ("黄石" + 市县领导).
func (p *peopleRules) prefixStart(text string, pos int, freeFirst bool) int {
	start, free := pos, -1
	if freeFirst {
		free = 0
	}
	for steps := 0; pos > 0 && steps < maxTitleRunes; steps++ {
		r, size := utf8.DecodeLastRuneInString(text[:pos])
		if !isHanRune(r) || p.before.endingAt(text, pos) > 0 {
			break
		}
		if n := p.prefixes.endingAt(text, pos); n > 0 {
			pos -= n
			start, free = pos, 0
			continue
		}
		// A proper name (黄石 in 黄石市委) is taken only when it reaches a
		// boundary or another part within a few characters.
		if free < 0 || free >= maxFreeRunes {
			break
		}
		pos -= size
		free++
		if pos == 0 || !isHanBefore(text, pos) || p.before.endingAt(text, pos) > 0 {
			start = pos
		}
	}
	return start
}

func isHanBefore(text string, pos int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:pos])
	return isHanRune(r)
}

func (p *peopleRules) holdsNotOffice(title string) bool {
	for i := 0; i < len(title); {
		if p.notOffice.startingAt(title, i) > 0 {
			return true
		}
		_, size := utf8.DecodeRuneInString(title[i:])
		i += size
	}
	return false
}

// mergeMentions makes one Official per name: titles in order of first
// appearance, the Span of the earliest mention, which may be a bare mention in
// a headline list ("闫晨曦出席并讲话 李云峰主持").
func (p *peopleRules) mergeMentions(d *Doc, ms []mention) []Official {
	if len(ms) == 0 {
		return nil
	}
	kept := ms[:0]
	for _, m := range ms {
		if p.acceptable(d, m) {
			kept = append(kept, m)
		}
	}
	ms = kept
	if len(ms) == 0 {
		return nil
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	index := map[string]int{}
	type person struct {
		name   string
		start  int
		titles []string
	}
	var people []person
	for _, m := range ms {
		k, ok := index[m.name]
		if !ok {
			k = len(people)
			index[m.name] = k
			people = append(people, person{name: m.name, start: m.start})
		}
		for _, t := range m.titles {
			if !listHas(people[k].titles, t) {
				people[k].titles = append(people[k].titles, t)
			}
		}
	}
	names := make([]string, len(people))
	for i := range people {
		names[i] = people[i].name
	}
	for i := range people {
		if at := p.earlierBareMention(d, people[i].name, people[i].start, names); at >= 0 {
			people[i].start = at
		}
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].start < people[j].start })
	out := make([]Official, 0, len(people))
	for _, pe := range people {
		out = append(out, Official{Name: pe.name, Titles: pe.titles, Span: d.Span(pe.start, pe.start+len(pe.name))})
	}
	return out
}

// earlierBareMention finds a mention of name before byte limit that stands as
// a name on its own: bounded by non-Han text, other officials' names, or words
// that follow names. It returns -1 when there is none.
func (p *peopleRules) earlierBareMention(d *Doc, name string, limit int, names []string) int {
	text, found := d.Text, -1
	d.eachOccurrence(name, limit, func(at int) bool {
		if p.bareLeft(text, at, name, names) && p.bareRight(text, at+len(name), name, names) {
			found = at
		}
		return found < 0
	})
	return found
}

// occursTwice says whether name occurs at least twice in d.Text, through
// eachOccurrence (strings.Count of the whole text for each candidate name made
// a long text quadratic).
func (d *Doc) occursTwice(name string) bool {
	n := 0
	d.eachOccurrence(name, len(d.Text), func(int) bool {
		n++
		return n < 2
	})
	return n >= 2
}

// eachOccurrence calls f with each place where name occurs in d.Text and ends
// by limit, first to last, each found after the end of the one before (as
// repeated strings.Index calls find them), until f returns false. A long
// text is searched through an index of where each pair of characters starts,
// built once: a search of the whole text for each name made finding the
// officials of a long text quadratic.
func (d *Doc) eachOccurrence(name string, limit int, f func(at int) bool) {
	text := d.Text
	_, n1 := utf8.DecodeRuneInString(name)
	_, n2 := utf8.DecodeRuneInString(name[n1:])
	if len(text) < pairIndexMin || n1 < 2 || n2 == 0 {
		for off := 0; off < limit; {
			k := strings.Index(text[off:limit], name)
			if k < 0 || !f(off+k) {
				return
			}
			off += k + len(name)
		}
		return
	}
	if d.pairs == nil {
		d.pairs = pairIndex(text)
	}
	off := 0
	for _, at := range d.pairs[name[:n1+n2]] {
		i := int(at)
		if i+len(name) > limit {
			return
		}
		if i < off || !strings.HasPrefix(text[i:], name) {
			continue
		}
		if !f(i) {
			return
		}
		off = i + len(name)
	}
}

// pairIndexMin is the text length from which eachOccurrence builds its index.
const pairIndexMin = 256 << 10

// pairIndex maps each pair of characters of text that starts with a
// multi-byte character (names are Han) to where it occurs, in order.
func pairIndex(text string) map[string][]int32 {
	idx := map[string][]int32{}
	prev, prevSize := -1, 0
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		if prev >= 0 && prevSize > 1 {
			pair := text[prev : i+size]
			idx[pair] = append(idx[pair], int32(prev))
		}
		prev, prevSize = i, size
		i += size
	}
	return idx
}

func (p *peopleRules) bareLeft(text string, at int, self string, names []string) bool {
	if at == 0 || !isHanBefore(text, at) {
		return true
	}
	for _, n := range names {
		if n != self && strings.HasSuffix(text[:at], n) {
			return true
		}
	}
	return false
}

func (p *peopleRules) bareRight(text string, end int, self string, names []string) bool {
	for _, n := range names {
		if n != self && strings.HasPrefix(text[end:], n) {
			return true
		}
		// A longer name holding this one ("王云" in "王云岗") is not a mention of it.
		if n != self && strings.HasPrefix(n, self) && strings.HasPrefix(text[end-len(self):], n) {
			return false
		}
	}
	if end >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	return !isHanRune(r) || p.after.startingAt(text, end) > 0
}

func listHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isHanRune says whether r is a Chinese character (unicode.Han). Most runes
// of a text are answered without the table search: nothing below the CJK
// radicals (U+2E80) is Han, all of the CJK Unified Ideographs block is.
func isHanRune(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

func isNameDot(r rune) bool { return r == '·' || r == '•' || r == '・' || r == '‧' }

// fwdRunes returns the byte offset n runes after pos, or -1 past the end.
func fwdRunes(text string, pos, n int) int {
	for ; n > 0; n-- {
		if pos >= len(text) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(text[pos:])
		pos += size
	}
	return pos
}

// backRunes returns the byte offset n runes before pos, or -1 before the start.
func backRunes(text string, pos, n int) int {
	for ; n > 0; n-- {
		if pos <= 0 {
			return -1
		}
		_, size := utf8.DecodeLastRuneInString(text[:pos])
		pos -= size
	}
	return pos
}
