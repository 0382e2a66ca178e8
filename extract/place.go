package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Levels of the administrative hierarchy, as in places.tsv.
const (
	levelProvince = iota
	levelCity
	levelCounty
)

var levelNames = map[string]int{"province": levelProvince, "city": levelCity, "county": levelCounty}

// placeEntry is one administrative unit of the gazetteer.
type placeEntry struct {
	name   string
	level  int
	parent int // index into placeRules.entries; -1 for a province
}

// placeName is one way of writing a unit: its full name or a short one.
type placeName struct {
	text    string
	runes   int   // utf8.RuneCountInString(text)
	entries []int // units written so (several for 鼓楼区, 朝阳区)
	short   bool  // a short name ("临沂"), not the full one ("临沂市")
	generic bool  // counts only right after its parent's name ("攀枝花市东区")
}

// placeCue is a cue word with the level it points to or its weight.
type placeCue struct {
	text   string
	level  int
	weight float64
}

// placeRules are the compiled gazetteer (places.tsv) and cues (place_cues.txt).
type placeRules struct {
	entries []placeEntry
	names   []placeName
	byFirst byRune[[]int] // first rune → indices into names, longest first
	// byFirstTwo narrows byFirst by the second rune (same order, with the
	// one-rune names); singles holds the one-rune names alone. A common
	// first character (大, 新, 中) starts hundreds of names.
	byFirstTwo map[[2]rune][]int
	seconds    runeSet // the second runes of byFirstTwo's keys: a cheap test before the map
	singles    byRune[[]int]
	self       []placeCue
	selfAt     byRune[[]int] // first rune → indices into self, longest first
	national   []placeCue
	// the texts of national, same order: strings.Count of each, in one pass
	nationalAt wordIndex
	dateline   []string
	visitor    []string
	organ      wordSet        // words the segmenter may join to a place name (山东省委)
	notAfter   wordSet        // words that make a place name part of another name (北京时间)
	institute  wordSet        // words that end an institution's name (大学)
	lead       []string       // national and foreign markers of a headline or first sentence
	venue      wordSet        // verbs after "在 + place" that make it a venue (举行, 召开)
	arrival    wordSet        // verbs before a place that make it a journey's end (回到, 抵达)
	roundup    []string       // headline words of a round-up of several items (快讯)
	byText     map[string]int // name text → index into names
	dates      *dateRules     // the "when" half of the stage
}

func compilePlaceRules(r *Rules) (*placeRules, error) {
	pr := &placeRules{}
	var err error
	if pr.dates, err = compileDateRules(r); err != nil {
		return nil, err
	}
	rows := r.Table("places")
	byCode := make(map[string]int, len(rows))
	parents := make([]string, 0, len(rows))
	for i, row := range rows {
		if len(row) < 3 || row[0] == "" || row[1] == "" {
			return nil, fmt.Errorf("rules: %s: want code, name, level, parent, short names", r.Where("places", i))
		}
		level, ok := levelNames[row[2]]
		if !ok {
			return nil, fmt.Errorf("rules: places.tsv: %s: unknown level %q", row[0], row[2])
		}
		if _, dup := byCode[row[0]]; dup {
			return nil, fmt.Errorf("rules: places.tsv: code %s given twice", row[0])
		}
		byCode[row[0]] = len(pr.entries)
		pr.entries = append(pr.entries, placeEntry{name: row[1], level: level, parent: -1})
		parent := ""
		if len(row) > 3 {
			parent = row[3]
		}
		parents = append(parents, parent)
	}
	for i, code := range parents {
		if code == "" {
			if pr.entries[i].level != levelProvince {
				return nil, fmt.Errorf("rules: places.tsv: %s has no parent", pr.entries[i].name)
			}
			continue
		}
		p, ok := byCode[code]
		if !ok {
			return nil, fmt.Errorf("rules: places.tsv: %s: parent %s not in the gazetteer", pr.entries[i].name, code)
		}
		if pr.entries[p].level >= pr.entries[i].level {
			return nil, fmt.Errorf("rules: places.tsv: %s: parent %s is not of a higher level", pr.entries[i].name, code)
		}
		pr.entries[i].parent = p
	}

	common := map[string]bool{}
	generic := map[string]bool{}
	var organ, notAfter, institute, venue, arrival []string
	for _, row := range r.Table("place_cues") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: place_cues.txt: %q: want cue and kind", row[0])
		}
		switch row[1] {
		case "self":
			if len(row) < 3 {
				return nil, fmt.Errorf("rules: place_cues.txt: %q: a self cue needs a level", row[0])
			}
			level, ok := levelNames[row[2]]
			if !ok {
				return nil, fmt.Errorf("rules: place_cues.txt: %q: unknown level %q", row[0], row[2])
			}
			pr.self = append(pr.self, placeCue{text: row[0], level: level})
		case "national":
			w := 1.0
			if len(row) > 2 && row[2] != "" {
				v, err := strconv.ParseFloat(row[2], 64)
				if err != nil {
					return nil, fmt.Errorf("rules: place_cues.txt: %q: weight: %w", row[0], err)
				}
				w = v
			}
			pr.national = append(pr.national, placeCue{text: row[0], weight: w})
		case "dateline":
			pr.dateline = append(pr.dateline, row[0])
		case "visitor":
			pr.visitor = append(pr.visitor, row[0])
		case "common":
			common[row[0]] = true
		case "generic":
			generic[row[0]] = true
		case "organ":
			organ = append(organ, row[0])
		case "notafter":
			notAfter = append(notAfter, row[0])
		case "institution":
			institute = append(institute, row[0])
		case "lead":
			pr.lead = append(pr.lead, row[0])
		case "venue":
			venue = append(venue, row[0])
		case "arrival":
			arrival = append(arrival, row[0])
		case "roundup":
			pr.roundup = append(pr.roundup, row[0])
		default:
			return nil, fmt.Errorf("rules: place_cues.txt: %q: unknown kind %q", row[0], row[1])
		}
	}
	pr.organ, pr.notAfter, pr.institute = newWordSet(organ), newWordSet(notAfter), newWordSet(institute)
	pr.venue, pr.arrival = newWordSet(venue), newWordSet(arrival)
	national := make([]string, len(pr.national))
	for k, c := range pr.national {
		national[k] = c.text
	}
	pr.nationalAt = newWordIndex(national)
	// Longer self cues first, so "市人民政府" is one cue rather than "市长"-like parts.
	sort.SliceStable(pr.self, func(i, j int) bool { return len(pr.self[i].text) > len(pr.self[j].text) })
	for i, c := range pr.self {
		r, _ := utf8.DecodeRuneInString(c.text)
		pr.selfAt.set(r, append(pr.selfAt.at(r), i))
	}

	byText := map[string]int{}
	add := func(text string, e int, short bool) {
		if utf8.RuneCountInString(text) < 2 || (short && common[text]) {
			return
		}
		if k, ok := byText[text]; ok {
			n := &pr.names[k]
			for _, x := range n.entries {
				if x == e {
					return
				}
			}
			n.entries = append(n.entries, e)
			n.short = n.short && short // a full name somewhere wins
			return
		}
		byText[text] = len(pr.names)
		pr.names = append(pr.names, placeName{text: text, runes: utf8.RuneCountInString(text), entries: []int{e}, short: short, generic: generic[text]})
	}
	for i, row := range rows {
		add(row[1], i, false)
		if len(row) > 4 {
			for _, s := range strings.Split(row[4], ",") {
				if s = strings.TrimSpace(s); s != "" {
					add(s, i, true)
				}
			}
		}
	}
	pr.byText = byText
	for k, n := range pr.names {
		r, _ := utf8.DecodeRuneInString(n.text)
		pr.byFirst.set(r, append(pr.byFirst.at(r), k))
	}
	pr.byFirst.each(func(_ rune, list []int) {
		sort.Slice(list, func(i, j int) bool {
			a, b := pr.names[list[i]].text, pr.names[list[j]].text
			if len(a) != len(b) {
				return len(a) > len(b)
			}
			return a < b
		})
	})
	pr.byFirstTwo = map[[2]rune][]int{}
	pr.byFirst.each(func(first rune, list []int) {
		var singles []int
		for _, k := range list {
			if utf8.RuneCountInString(pr.names[k].text) == 1 {
				singles = append(singles, k)
			}
		}
		if singles != nil {
			pr.singles.set(first, singles)
		}
		for _, k := range list {
			if second, ok := secondRune(pr.names[k].text); ok && pr.byFirstTwo[[2]rune{first, second}] == nil {
				var narrow []int
				for _, j := range list {
					if s, ok := secondRune(pr.names[j].text); !ok || s == second {
						narrow = append(narrow, j)
					}
				}
				pr.byFirstTwo[[2]rune{first, second}] = narrow
				pr.seconds.add(second)
			}
		}
	})
	return pr, nil
}

// placeMention is one place name found in the title, outlet or text.
type placeMention struct {
	name       int     // index into placeRules.names
	start, end int     // byte offsets in the text scanned
	weight     float64 // how much this mention says about the jurisdiction
	inText     bool    // found in d.Text (not the title or outlet)
	inTitle    bool    // found in d.Title
	qualifier  bool    // names the parent of the next mention ("浙江" in "浙江丽水")
}

// Weights of the evidence. A headline or the outlet names the jurisdiction far
// more often than a passing mention does; the opening of the body more often than its end.
const (
	weightTitle    = 3.0
	weightOutlet   = 4.0
	weightDateline = 4.0
	weightOpening  = 1.5
	openingRunes   = 300
)

// scanPlaces finds the place names of s, longest first at each position.
func (pr *placeRules) scanPlaces(s string) []placeMention {
	return pr.scanPlacesIn(newRuneText(s), nil)
}

// scanPlacesIn is scanPlaces over a decoded text: the body's decoding is
// shared with the other stages.
// accept, when not nil, says whether a name may stand at [start, end).
func (pr *placeRules) scanPlacesIn(t *runeText, accept func(start, end int) bool) []placeMention {
	var out []placeMention
	s := t.s
	for k := 0; k < len(t.r); {
		r := t.r[k]
		if !pr.byFirst.keys.has(r) {
			k++
			continue
		}
		matched := false
		var candidates []int
		ok := false
		second := rune(-1)
		if k+1 < len(t.r) {
			second = t.r[k+1]
		}
		if pr.seconds.has(second) {
			candidates, ok = pr.byFirstTwo[[2]rune{r, second}]
		}
		if !ok {
			candidates = pr.singles.at(r)
		}
		i := int(t.byteOf[k])
		for _, c := range candidates {
			n := pr.names[c]
			if strings.HasPrefix(s[i:], n.text) {
				if accept != nil && !accept(i, i+len(n.text)) {
					continue
				}
				out = append(out, placeMention{name: c, start: i, end: i + len(n.text), weight: 1})
				k += n.runes
				matched = true
				break
			}
		}
		if !matched {
			k++
		}
	}
	return out
}

// secondRune returns the second rune of s, if it has one.
func secondRune(s string) (rune, bool) {
	_, size := utf8.DecodeRuneInString(s)
	if size >= len(s) {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[size:])
	return r, true
}

// isAncestor reports whether a is b or one of b's ancestors.
func (pr *placeRules) isAncestor(a, b int) bool {
	for ; b >= 0; b = pr.entries[b].parent {
		if a == b {
			return true
		}
	}
	return false
}

// findPlace resolves the jurisdiction whose plan the document reports: the
// place the headline, dateline, outlet and body name most, taken down to the
// level (province, city, county) that the text speaks of as itself.
func findPlace(d *Doc) Place {
	pr := d.Rules.places
	if pr == nil || len(pr.entries) == 0 {
		return Place{}
	}
	var ms []placeMention
	var title, lead []placeMention
	for _, m := range pr.scanPlacesIn(newRuneText(d.Title), pr.acceptIn(cutWords(d.Seg, d.Title))) {
		m.weight = weightTitle
		if hasAny(d.Title[m.end:], pr.visitor) || pr.isVenue(d.Title, m.start, m.end) {
			m.weight = 0
		}
		if n := len(ms); n > 0 && ms[n-1].inTitle && ms[n-1].end == m.start && ms[n-1].weight == 0 {
			m.weight = 0 // "在辽宁沈阳开幕": the whole venue
		}
		m.inTitle = true
		ms = append(ms, m)
	}
	for _, m := range pr.scanPlaces(d.Outlet) {
		m.weight = weightOutlet
		ms = append(ms, m)
	}
	body := pr.scanPlacesIn(d.runes, pr.acceptIn(d.wordEnds()))
	datelineEnd := pr.weighBody(d, body)
	leadEnd := d.leadEnd(datelineEnd)
	for i := range body {
		body[i].inText = true
	}
	ms = append(ms, body...)
	ms = pr.dropWeak(d, ms)
	pr.dropQualifiers(ms)
	for _, m := range ms {
		switch {
		case m.inTitle:
			title = append(title, m)
		case !m.inText || m.end <= leadEnd && m.weight > 0:
			lead = append(lead, m)
		}
	}

	own := pr.resolve(ms)
	votes := pr.selfVotes(d.runes, body)
	national := pr.nationalWeight(d)
	place := pr.choose(own, votes, national, firstSeen(pr, ms))
	return pr.leadPlace(d, place, title, lead, body, votes, leadEnd)
}

// weighBody sets the weights of body mentions: datelines and the opening count
// more, visitors named before "一行" count nothing.
func (pr *placeRules) weighBody(d *Doc, ms []placeMention) int {
	datelineEnd := pr.datelineEnd(d)
	for i := range ms {
		m := &ms[i]
		switch {
		case m.end <= datelineEnd:
			m.weight = weightDateline
		case d.runeOffset(m.start) < openingRunes:
			m.weight = weightOpening
		}
		sent := d.SentenceAt(m.start)
		if sent.End <= sent.Start || sent.End > len(d.Text) {
			continue
		}
		if hasAny(d.Text[m.end:sent.End], pr.visitor) || pr.isVenue(d.Text, m.start, m.end) {
			m.weight = 0
		}
		if i > 0 && ms[i-1].end == m.start && ms[i-1].weight == 0 {
			m.weight = 0 // "在四川成都举行": the whole venue
		}
	}
	return datelineEnd
}

// datelineEnd returns the byte offset where a dateline in the first lines of
// the text ends ("本报潍坊讯", "临汾新闻网讯 (记者 张浩)"), or 0 when there is none.
func (pr *placeRules) datelineEnd(d *Doc) int {
	for li, ln := range d.Lines {
		if li >= 12 {
			break
		}
		line := d.Text[ln.Start:ln.End]
		// A dateline is short: look at the first 30 runes of the line only.
		head := line
		n := 0
		for i := range line {
			if n == 30 {
				head = line[:i]
				break
			}
			n++
		}
		best := -1
		for _, cue := range pr.dateline {
			if k := strings.Index(head, cue); k > 0 && (best < 0 || k < best) {
				best = k + len(cue)
			}
		}
		if best < 0 {
			continue
		}
		end := ln.Start + best
		// A credit in brackets right after the dateline belongs to it: "本报讯(聊城日报记者…)".
		rest := d.Text[end:ln.End]
		trimmed := strings.TrimLeft(rest, " \u3000")
		if strings.HasPrefix(trimmed, "(") || strings.HasPrefix(trimmed, "（") {
			if k := strings.IndexAny(trimmed, ")）"); k > 0 {
				end += len(rest) - len(trimmed) + k
			}
		}
		return end
	}
	return 0
}

// dropWeak removes mentions that say nothing alone: a generic name not right
// after its parent, and a county's short name when neither its full name nor
// any of its ancestors is named anywhere (资源, 德昌 read as words).
func (pr *placeRules) dropWeak(d *Doc, ms []placeMention) []placeMention {
	named := map[int]bool{} // units named by a full name, or by any name for cities and provinces
	for _, m := range ms {
		n := pr.names[m.name]
		for _, e := range n.entries {
			if !n.short || pr.entries[e].level < levelCounty {
				named[e] = true
			}
		}
	}
	out := ms[:0]
	for i, m := range ms {
		n := pr.names[m.name]
		if n.generic {
			if i == 0 || ms[i-1].end != m.start || ms[i-1].inText != m.inText || !pr.parentOf(ms[i-1].name, n.entries) {
				continue
			}
		}
		if n.short {
			ok := false
			for _, e := range n.entries {
				if pr.entries[e].level < levelCounty || named[e] {
					ok = true
					break
				}
				for p := pr.entries[e].parent; p >= 0; p = pr.entries[p].parent {
					if named[p] {
						ok = true
						break
					}
				}
			}
			if !ok {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// dropQualifiers marks a place named only to qualify the next one, whose
// weight goes to the next one alone: "浙江丽水" and "陕西宁强县" speak of 丽水 and 宁强县, not of their provinces.
func (pr *placeRules) dropQualifiers(ms []placeMention) {
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].end == ms[i+1].start && ms[i].inText == ms[i+1].inText && pr.qualifies(ms[i].name, ms[i+1].name) {
			ms[i].qualifier = true
		}
	}
}

// qualifies reports whether name a names an ancestor of a unit that name b names.
func (pr *placeRules) qualifies(a, b int) bool {
	for _, x := range pr.names[a].entries {
		for _, y := range pr.names[b].entries {
			if x != y && pr.isAncestor(x, y) {
				return true
			}
		}
	}
	return false
}

// parentOf reports whether name k names a parent of one of entries.
func (pr *placeRules) parentOf(k int, entries []int) bool {
	for _, p := range pr.names[k].entries {
		for _, e := range entries {
			if pr.entries[e].parent == p {
				return true
			}
		}
	}
	return false
}

// resolve spreads the weight of every mention over the units it may name and
// returns the weight of each unit. A name shared by several units (鼓楼区) goes
// to the one whose parent or children the document also names.
func (pr *placeRules) resolve(ms []placeMention) map[int]float64 {
	own := map[int]float64{}
	plain := map[int]float64{} // the weights of unambiguous names, qualifiers included
	for _, m := range ms {
		if es := pr.names[m.name].entries; len(es) == 1 {
			plain[es[0]] += m.weight
			if !m.qualifier {
				own[es[0]] += m.weight
			}
		}
	}
	for i, m := range ms {
		es := pr.names[m.name].entries
		if len(es) == 1 || m.weight == 0 || m.qualifier {
			continue
		}
		best, tied := -1.0, []int(nil)
		for _, e := range es {
			s := pr.support(e, plain)
			if i > 0 && ms[i-1].end == m.start && ms[i-1].inText == m.inText && pr.parentOf(ms[i-1].name, []int{e}) {
				s += 1e6 // "福州市鼓楼区": the parent right before it decides
			}
			switch {
			case s > best:
				best, tied = s, []int{e}
			case s == best:
				tied = append(tied, e)
			}
		}
		for _, e := range tied {
			own[e] += m.weight / float64(len(tied))
		}
	}
	return own
}

// support is how much the document says about e's family: its ancestors' and
// children's weights.
func (pr *placeRules) support(e int, w map[int]float64) float64 {
	s := 0.0
	for p := pr.entries[e].parent; p >= 0; p = pr.entries[p].parent {
		s += w[p]
	}
	for _, x := range sortedUnits(w) {
		if x != e && pr.isAncestor(e, x) {
			s += w[x]
		}
	}
	return s
}

// selfVotes counts the self-references of each level ("全市", "县委") that no
// place name stands right before.
func (pr *placeRules) selfVotes(t *runeText, ms []placeMention) [3]float64 {
	var votes [3]float64
	text := t.s
	j := 0
	for k := 0; k < len(t.r); {
		i := int(t.byteOf[k])
		for j < len(ms) && ms[j].end <= i {
			j++
		}
		if j < len(ms) && ms[j].start <= i {
			k = t.runeAtOrAfter(k, ms[j].end) // inside a place name
			continue
		}
		hit := false
		for _, n := range pr.selfAt.at(t.r[k]) {
			if c := pr.self[n]; strings.HasPrefix(text[i:], c.text) {
				if !(j > 0 && ms[j-1].end == i) {
					votes[c.level]++
				}
				k = t.runeAtOrAfter(k, i+len(c.text))
				hit = true
				break
			}
		}
		if !hit {
			k++
		}
	}
	return votes
}

// nationalWeight sums the national markers of the title and text.
func (pr *placeRules) nationalWeight(d *Doc) float64 {
	inText, inTitle := slices.Clone(d.wordHits().national), make([]int, len(pr.national))
	pr.nationalAt.scan(d.Title, false, func(k, _ int) { inTitle[k]++ })
	for k, c := range pr.national {
		if c.text == "" { // a word the index leaves out
			inText[k], inTitle[k] = strings.Count(d.Text, ""), strings.Count(d.Title, "")
		}
	}
	w := 0.0
	for k, c := range pr.national {
		w += c.weight * (float64(inText[k]) + weightTitle*float64(inTitle[k]))
	}
	return w
}

// firstSeen gives the rank of each unit's first mention, for stable tie-breaks.
func firstSeen(pr *placeRules, ms []placeMention) map[int]int {
	first := map[int]int{}
	for i, m := range ms {
		for _, e := range pr.names[m.name].entries {
			if _, ok := first[e]; !ok {
				first[e] = i
			}
		}
	}
	return first
}

// choose walks down from the best province to the level the document is about.
func (pr *placeRules) choose(own map[int]float64, votes [3]float64, national float64, first map[int]int) Place {
	sub := map[int]float64{}
	for _, e := range sortedUnits(own) {
		for x := e; x >= 0; x = pr.entries[x].parent {
			sub[x] += own[e]
		}
	}
	better := func(a, b int) bool { // is a better than b?
		if b < 0 {
			return true
		}
		if sub[a] != sub[b] {
			return sub[a] > sub[b]
		}
		fa, oka := first[a]
		fb, okb := first[b]
		if oka != okb {
			return oka
		}
		if fa != fb {
			return fa < fb
		}
		return a < b
	}
	best := func(parent int) int {
		b := -1
		for e, w := range sub {
			if w > 0 && pr.entries[e].parent == parent && better(e, b) {
				b = e
			}
		}
		return b
	}
	p := best(-1)
	if p < 0 {
		return Place{}
	}
	provinces, total := 0, 0.0
	for _, e := range sortedUnits(sub) {
		if pr.entries[e].parent == -1 && sub[e] > 0 {
			provinces++
			total += sub[e]
		}
	}
	local := sub[p] + votes[levelProvince] + votes[levelCity] + votes[levelCounty]
	if national > 1.5*local || (provinces >= 3 && sub[p] < 0.35*total) {
		return Place{}
	}
	place := Place{Province: pr.entries[p].name}
	deeper := votes[levelCity] + votes[levelCounty]
	c := best(p)
	municipality := strings.HasSuffix(pr.entries[p].name, "市")
	if municipality {
		place.City = place.Province
		c = p
	} else {
		// A text that speaks of itself as a province ("全省", "你省") stays there
		// unless one city clearly outweighs the province's own mentions.
		need := 0.5
		if votes[levelProvince] > 2*deeper+2 {
			need = 2
		}
		if c < 0 || sub[c] < need*own[p] {
			return place
		}
		place.City = pr.entries[c].name
		if pr.entries[c].level == levelCounty {
			return place // a county-level city under the province itself (仙桃市)
		}
	}
	k := best(c)
	if k < 0 {
		return place
	}
	if sub[k] >= 2*own[c] || (sub[k] >= 0.5*own[c] && votes[levelCounty] > votes[levelCity]) {
		place.County = pr.entries[k].name
	}
	return place
}

// sortedUnits returns the keys of w in order, so that sums of floats come out
// the same on every run.
func sortedUnits(w map[int]float64) []int {
	out := make([]int, 0, len(w))
	for e := range w {
		out = append(out, e)
	}
	sort.Ints(out)
	return out
}
