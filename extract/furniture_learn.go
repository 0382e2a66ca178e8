package extract

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// FurnitureLearner finds the lines a site repeats verbatim across its
// articles (an outlet's lead line, a slogan, a footer no pattern names) in
// analysed records, and writes them as "exact" furniture rules. The rules go
// into a furniture.txt the user passes with --rules: analysis itself stays a
// function of the input and the rules (the rules' version hash covers the
// learned lines), and ingest and reextract give the same record.
//
// Recurrence alone is not furniture: a news site repeats "王毅参加会见。" in
// one article in a hundred. A learned line recurs in a share of the site's
// articles (5% by default), is short, and is not a sentence unless half the
// site's articles hold it.
type FurnitureLearner struct {
	MinDocs  int     // a site needs this many articles, and a line this many holding it
	MinShare float64 // the share of a site's articles that must hold a line

	docs  map[string]int
	lines map[string]map[string]int // site → line → articles holding it
}

// NewFurnitureLearner returns a learner with the default thresholds.
func NewFurnitureLearner() *FurnitureLearner {
	return &FurnitureLearner{MinDocs: 10, MinShare: 0.05, docs: map[string]int{}, lines: map[string]map[string]int{}}
}

// maxLearnedRunes bounds a learned line: furniture is short, and counting
// only short lines bounds the learner's memory.
const maxLearnedRunes = 100

// Add counts the distinct short lines of one record under its site.
func (l *FurnitureLearner) Add(rec Record) {
	site := SiteOf(rec.URL, rec.Source)
	l.docs[site]++
	seen := map[string]bool{}
	for _, line := range strings.Split(rec.Text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || seen[line] || !runesAtMost(line, maxLearnedRunes) || !hasWordRune(line) {
			continue
		}
		seen[line] = true
		m := l.lines[site]
		if m == nil {
			m = map[string]int{}
			l.lines[site] = m
		}
		m[line]++
	}
}

// LearnedLine is a line a site repeats.
type LearnedLine struct {
	Site     string
	Line     string
	Docs     int // the site's articles holding it
	SiteDocs int // the site's articles
}

// Lines returns the learned lines, by site, most frequent first.
func (l *FurnitureLearner) Lines() []LearnedLine {
	var out []LearnedLine
	for site, m := range l.lines {
		total := l.docs[site]
		if total < l.MinDocs {
			continue
		}
		for line, n := range m {
			share := float64(n) / float64(total)
			if n < l.MinDocs || share < l.MinShare {
				continue
			}
			if endsSentence(line) && share < 0.5 {
				continue
			}
			out = append(out, LearnedLine{Site: site, Line: line, Docs: n, SiteDocs: total})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Site != b.Site {
			return a.Site < b.Site
		}
		if a.Docs != b.Docs {
			return a.Docs > b.Docs
		}
		return a.Line < b.Line
	})
	return out
}

// Rules returns the learned lines as a furniture.txt: a comment naming the
// site and how often, then "line<TAB>exact<TAB>the line".
func (l *FurnitureLearner) Rules() string {
	var b strings.Builder
	b.WriteString("# Lines repeated verbatim across a site's articles, learned by tifa furniture.\n")
	fmt.Fprintf(&b, "# Thresholds: sites and lines of at least %d articles, lines in at least %.0f%% of a site's articles.\n", l.MinDocs, l.MinShare*100)
	b.WriteString("# Read them before use: delete a line that is content.\n")
	for _, ll := range l.Lines() {
		fmt.Fprintf(&b, "# %s: %d of %d articles\nline\texact\t%s\n", ll.Site, ll.Docs, ll.SiteDocs, ll.Line)
	}
	return b.String()
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "”’」』)）\"'"))
	return strings.ContainsRune("。！？!?；;…", r)
}

var sourceLine = regexp.MustCompile(`:\d+$`)

// SiteOf names the site of a document: the host of its URL, else the file
// it came from (a JSON Lines file) or the folder of its file.
func SiteOf(rawURL, source string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.ToLower(u.Host)
	}
	if u, err := url.Parse(source); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		return strings.ToLower(u.Host)
	}
	if sourceLine.MatchString(source) {
		return sourceLine.ReplaceAllString(source, "")
	}
	return path.Dir(strings.ReplaceAll(source, "\\", "/"))
}
