package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// campaignRules are the compiled words of rules/campaigns.txt.
type campaignRules struct {
	theme  wordSet // ends a year or month theme, needs words before it: 建设年
	suffix wordSet // theme and drive endings: 建设年, 三年行动
	whole  wordSet // a name by itself: 百日攻坚
	lead   wordSet // starts a quoted drive: 三年
	head   wordSet // ends a quoted drive: 计划
	stop   wordSet // where an unquoted name starts
	follow wordSet // may follow an unquoted theme: 活动
	strip  []string
	starts runeSet // the first runes of suffix and whole
}

func compileCampaignRules(r *Rules) (*campaignRules, error) {
	kinds := map[string][]string{}
	for i, row := range r.Table("campaigns") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: %s (%q): want word<TAB>kind", r.Where("campaigns", i), row[0])
		}
		switch row[1] {
		case "theme", "drive", "whole", "lead", "head", "stop", "follow", "strip":
			kinds[row[1]] = append(kinds[row[1]], row[0])
		default:
			return nil, fmt.Errorf("rules: %s (%q): unknown kind %q", r.Where("campaigns", i), row[0], row[1])
		}
	}
	c := &campaignRules{
		theme:  newWordSet(kinds["theme"]),
		suffix: newWordSet(append(append([]string(nil), kinds["theme"]...), kinds["drive"]...)),
		whole:  newWordSet(kinds["whole"]),
		lead:   newWordSet(kinds["lead"]),
		head:   newWordSet(kinds["head"]),
		stop:   newWordSet(kinds["stop"]),
		follow: newWordSet(kinds["follow"]),
		strip:  kinds["strip"],
	}
	c.starts = union(&c.suffix.first, &c.whole.first)
	return c, nil
}

// Limits of campaign names, in runes.
const (
	maxCampaignRunes  = 20 // a quoted label longer than this is a slogan
	maxCampaignReach  = 10 // how far an unquoted name reaches back before its suffix
	maxCampaignQuoted = 4  // shortest quoted label that is taken as a name … the suffix alone is not
)

// campaignMention is one occurrence of a campaign name (byte offsets).
type campaignMention struct {
	name  string
	start int
}

// findCampaigns finds year themes and fixed-length drives: quoted labels that
// end with a campaign suffix or are a duration + drive ("三年跨越计划"), and
// unquoted names that end with a suffix, reaching back to a verb or scope word.
func findCampaigns(d *Doc) []Campaign {
	if d.Rules.people == nil || d.Rules.people.campaigns == nil {
		return nil
	}
	c := d.Rules.people.campaigns
	text := d.Text
	var ms []campaignMention
	quoted := quotedSpans(d.runes)
	for _, q := range quoted {
		if name := text[q.Start:q.End]; c.isQuotedName(name) {
			ms = append(ms, campaignMention{name: name, start: q.Start})
		}
	}
	qi := 0
	for k, r := range d.runes.r {
		i := int(d.runes.byteOf[k])
		for qi < len(quoted) && quoted[qi].End <= i {
			qi++
		}
		inQuote := qi < len(quoted) && quoted[qi].Start <= i
		if !inQuote && c.mayStartAt(r) {
			if m, ok := c.unquotedAt(d, i); ok {
				ms = append(ms, m)
			}
		}
	}
	return c.merge(d, ms)
}

// isQuotedName says whether a quoted label is a campaign name.
func (c *campaignRules) isQuotedName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > maxCampaignRunes || n < 2 {
		return false
	}
	for _, r := range s {
		if !isHanRune(r) {
			return false
		}
	}
	if l := c.suffix.endingAt(s, len(s)); l > 0 && l < len(s) {
		return true
	}
	if c.whole.endingAt(s, len(s)) > 0 {
		return true
	}
	// A duration and a drive with words between them: "三年跨越计划", not a
	// bare "三年行动" that refers to a drive named before.
	l, h := c.lead.startingAt(s, 0), c.head.endingAt(s, len(s))
	return l > 0 && h > 0 && l+h < len(s) && n >= maxCampaignQuoted
}

// mayStartAt says whether an unquoted name's suffix may start with r (when
// not, unquotedAt finds nothing).
func (c *campaignRules) mayStartAt(r rune) bool {
	return c.starts.has(r)
}

// unquotedAt reads a campaign name whose suffix starts at byte i.
func (c *campaignRules) unquotedAt(d *Doc, i int) (campaignMention, bool) {
	text := d.Text
	n := c.suffix.startingAt(text, i)
	whole := false
	if w := c.whole.startingAt(text, i); w > n {
		n, whole = w, true
	}
	if n == 0 {
		return campaignMention{}, false
	}
	end := i + n
	if !whole && c.theme.startingAt(text, i) == n && !c.followsTheme(text, end) {
		return campaignMention{}, false
	}
	start := i
	if d.Seg != nil {
		start = c.phraseStart(d, i)
	} else {
		for k := 0; k < maxCampaignReach && start > 0; k++ {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !isHanRune(r) || c.stop.endingAt(text, start) > 0 {
				break
			}
			start -= size
		}
	}
	if start == i && !whole {
		return campaignMention{}, false
	}
	return campaignMention{name: text[start:end], start: start}, true
}

// merge makes one Campaign per name. A name that is another one with words
// before it ("临汾市项目建设年") counts as that one when that one is said at
// least as often; a name whose characters all appear, in order, in a longer
// name with the same ending ("长春首届直播月" in "长春阿里新经济直播月") is dropped.
func (c *campaignRules) merge(d *Doc, ms []campaignMention) []Campaign {
	if len(ms) == 0 {
		return nil
	}
	count := map[string]int{}
	first := map[string]int{}
	var names []string
	for _, m := range ms {
		if _, ok := count[m.name]; !ok {
			names = append(names, m.name)
			first[m.name] = m.start
		}
		count[m.name]++
		if m.start < first[m.name] {
			first[m.name] = m.start
		}
	}
	// Longer names first, so that a chain of prefixes folds to the shortest form.
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	alias := map[string]string{}
	for _, a := range names {
		for _, b := range names {
			if len(b) < len(a) && strings.HasSuffix(a, b) && count[b] >= count[a] {
				alias[a] = b
				count[b] += count[a]
				if at := first[a] + len(a) - len(b); at < first[b] {
					first[b] = at
				}
				break
			}
		}
	}
	var kept []string
	for _, a := range names {
		if _, ok := alias[a]; ok {
			continue
		}
		dropped := false
		for _, b := range names {
			if _, ok := alias[b]; ok || b == a || len(b) <= len(a) {
				continue
			}
			if c.sameEnding(a, b) && isSubsequence(c.stripped(a), b) {
				dropped = true
				break
			}
		}
		if !dropped {
			kept = append(kept, a)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if first[kept[i]] != first[kept[j]] {
			return first[kept[i]] < first[kept[j]]
		}
		return kept[i] < kept[j]
	})
	out := make([]Campaign, 0, len(kept))
	for _, name := range kept {
		at := first[name]
		out = append(out, Campaign{Name: name, Span: d.Span(at, at+len(name))})
	}
	return out
}

// followsTheme says whether an unquoted theme may end at byte end: "项目建设年"
// + 活动 or punctuation, not "基础设施建设年" + 投资.
func (c *campaignRules) followsTheme(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	return !isHanRune(r) || c.follow.startingAt(text, end) > 0
}

func (c *campaignRules) sameEnding(a, b string) bool {
	n := c.suffix.endingAt(a, len(a))
	if w := c.whole.endingAt(a, len(a)); w > n {
		n = w
	}
	return n > 0 && strings.HasSuffix(b, a[len(a)-n:])
}

func (c *campaignRules) stripped(s string) string {
	for _, w := range c.strip {
		s = strings.ReplaceAll(s, w, "")
	}
	return s
}

// isSubsequence says whether the runes of a appear in b in order.
func isSubsequence(a, b string) bool {
	rb := []rune(b)
	j := 0
	for _, r := range a {
		for j < len(rb) && rb[j] != r {
			j++
		}
		if j == len(rb) {
			return false
		}
		j++
	}
	return true
}

// quotedSpans returns the byte spans of the contents of “…”, 「…」 and "…"
// quotes that close on the same line, in text order.
func quotedSpans(t *runeText) []Span {
	var out []Span
	open, openAt := rune(0), 0
	for k, r := range t.r {
		i, next := int(t.byteOf[k]), int(t.byteOf[k+1])
		switch {
		case r == '\n':
			open = 0
		case open != 0 && r == closingQuote(open):
			out = append(out, Span{Start: openAt, End: i})
			open = 0
		case open == 0 && closingQuote(r) != 0:
			open, openAt = r, next
		}
	}
	return out
}

func closingQuote(open rune) rune {
	switch open {
	case '“':
		return '”'
	case '「':
		return '」'
	case '"':
		return '"'
	case '『':
		return '』'
	}
	return 0
}
