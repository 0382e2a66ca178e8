package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleGrammar strips what a page's <title> adds after the headline: the
// site, channel or outlet ("_财经频道_某某网", "-某某日报", "| 某某网",
// "—某某新闻网"), by form: a separator, then a short segment that names one.
// A segment that names none is a subtitle and stays ("主标题——副标题").
type titleGrammar struct {
	sites    []string // endings of a site, channel or outlet name: 网, 日报, 频道, 电视台
	prefixes []string // beginnings of a short portal name: 中国 (中国宜春)
	organs   []string // endings of an organ's name (局, 委员会): a site only after _ or |
	notSites []string // words that end like a site and are not one: 电网, 互联网
}

// titleSeparator matches what joins a headline to a site name; -, – and —
// between ASCII letters or digits (F-35, 2024-2025) are not separators, and
// · only with spaces around it (穆罕默德·巴希尔 is a name).
var titleSeparator = regexp.MustCompile(`\s*(?:_+|\||｜|——|—|–|-{1,2}|::)\s*|\s+·\s+`)

const (
	maxSiteRunes     = 20 // a site or channel name
	minHeadlineRunes = 4  // what must be left of a title
	maxPortalRunes   = 6  // a portal named by a prefix and a place (中国宜春)
)

// TrimTitle returns title without the site, channel and outlet names a page
// appends to it (title is normalized: Simplified, one line).
func (r *Rules) TrimTitle(title string) string {
	if r == nil || r.furniture == nil {
		return title
	}
	return r.furniture.title.trim(title)
}

func (g *titleGrammar) trim(t string) string {
	t = strings.TrimSpace(t)
	for {
		t = g.trimBracketed(t)
		locs := titleSeparator.FindAllStringIndex(t, -1)
		if len(locs) == 0 {
			return t
		}
		loc := locs[len(locs)-1]
		sep := strings.TrimSpace(t[loc[0]:loc[1]])
		head, seg := strings.TrimSpace(t[:loc[0]]), strings.TrimSpace(t[loc[1]:])
		if strings.ContainsAny(sep, "-–—") && betweenASCII(t, loc) {
			return t
		}
		if utf8.RuneCountInString(head) < minHeadlineRunes || !g.namesSite(seg, sep == "|" || sep == "｜" || strings.HasPrefix(sep, "_")) {
			return t
		}
		t = head
	}
}

// trimBracketed removes a site name in brackets at the end: "标题【某某网】".
func (g *titleGrammar) trimBracketed(t string) string {
	for _, pair := range [][2]string{{"【", "】"}, {"[", "]"}, {"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(t, pair[1]) {
			continue
		}
		i := strings.LastIndex(t, pair[0])
		if i <= 0 {
			continue
		}
		head := strings.TrimSpace(t[:i])
		if utf8.RuneCountInString(head) >= minHeadlineRunes && g.namesSite(t[i+len(pair[0]):len(t)-len(pair[1])], false) {
			return head
		}
	}
	return t
}

// betweenASCII says whether the separator at loc stands between ASCII
// letters or digits, with no space: a hyphen inside a name or a range.
func betweenASCII(t string, loc []int) bool {
	if strings.TrimSpace(t[loc[0]:loc[1]]) != t[loc[0]:loc[1]] {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(t[:loc[0]])
	after, _ := utf8.DecodeRuneInString(t[loc[1]:])
	isAlnum := func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	return isAlnum(before) || isAlnum(after)
}

// namesSite says whether seg is a short name ending like a site, channel or
// outlet (organs count after _ or |), or a domain name.
func (g *titleGrammar) namesSite(seg string, organs bool) bool {
	seg = strings.Trim(strings.TrimSpace(seg), "【】[]")
	n := utf8.RuneCountInString(seg)
	if n == 0 || n > maxSiteRunes || strings.ContainsAny(seg, "。，,！？：:“”\"") {
		return false
	}
	lower := strings.ToLower(seg)
	if strings.HasPrefix(lower, "www.") || strings.HasSuffix(lower, ".com") || strings.HasSuffix(lower, ".cn") || strings.HasSuffix(lower, ".net") || strings.HasSuffix(lower, ".org") {
		return true
	}
	for _, w := range g.prefixes {
		if strings.HasPrefix(seg, w) && n <= maxPortalRunes {
			return true
		}
	}
	for _, w := range g.notSites {
		if strings.HasSuffix(seg, w) {
			return false
		}
	}
	for _, w := range g.sites {
		if strings.HasSuffix(lower, strings.ToLower(w)) {
			return true
		}
	}
	if organs {
		for _, w := range g.organs {
			if strings.HasSuffix(seg, w) {
				return true
			}
		}
	}
	return false
}

func (g *titleGrammar) add(kind, word string) bool {
	switch kind {
	case "site":
		g.sites = append(g.sites, word)
	case "prefix":
		g.prefixes = append(g.prefixes, word)
	case "organ":
		g.organs = append(g.organs, word)
	case "notsite":
		g.notSites = append(g.notSites, word)
	default:
		return false
	}
	return true
}
