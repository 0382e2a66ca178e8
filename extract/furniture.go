package extract

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureRules are the compiled patterns of page furniture
// (rules/furniture.txt) and of bylines.
type furnitureRules struct {
	rules  []furnitureRule
	tokens map[string]bool // words that make a line furniture when it holds nothing else
	// exact holds lines that are furniture as they are, whole: the lines a
	// site repeats on every article, learned from a collection (tifa
	// furniture) into a user's furniture.txt.
	exact   map[string]bool
	grammar *furnitureGrammar
	title   *titleGrammar
	byline  *bylineRules
	front   *regexp.Regexp // a "key: value" line of a front-matter block
	// lits holds the strings of the rules' and the byline's literal
	// filters, found in one pass over each line.
	lits *literalSet
}

type furnitureAction int

const (
	dropLine furnitureAction = iota
	dropRest
	cutMatch
)

type furnitureRule struct {
	action furnitureAction
	prefix string         // kind prefix
	re     *regexp.Regexp // kind regex
	need   literalFilter  // what a line must hold for re to match it
}

func compileFurnitureRules(r *Rules) (*furnitureRules, error) {
	fr := &furnitureRules{tokens: map[string]bool{}, exact: map[string]bool{}, grammar: &furnitureGrammar{}, title: &titleGrammar{}}
	for i, row := range r.Table("furniture") {
		if len(row) < 3 {
			return nil, fmt.Errorf("rules: %s: want action, kind and pattern separated by tabs, got %q", r.Where("furniture", i), strings.Join(row, "\t"))
		}
		action, kind, pattern := row[0], row[1], row[2]
		var rule furnitureRule
		switch action {
		case "line":
			rule.action = dropLine
		case "rest":
			rule.action = dropRest
		case "cut":
			rule.action = cutMatch
		case "token":
			fr.tokens[strings.ToLower(pattern)] = true
			continue
		case "grammar":
			if !fr.grammar.add(kind, pattern) {
				return nil, fmt.Errorf("rules: furniture.txt: entry %d: unknown grammar kind %q (want verb, object, lead, particle, credit, mark, footer or field)", i+1, kind)
			}
			continue
		case "title":
			if !fr.title.add(kind, pattern) {
				return nil, fmt.Errorf("rules: furniture.txt: entry %d: unknown title kind %q (want site, organ or notsite)", i+1, kind)
			}
			continue
		default:
			return nil, fmt.Errorf("rules: %s: unknown action %q (want line, rest, token, cut, grammar or title)", r.Where("furniture", i), action)
		}
		if kind == "exact" {
			if action != "line" {
				return nil, fmt.Errorf("rules: %s: exact lines take the action line", r.Where("furniture", i))
			}
			fr.exact[strings.TrimSpace(pattern)] = true
			continue
		}
		switch kind {
		case "prefix":
			rule.prefix = pattern
		case "regex":
			re, err := regexp.Compile(pattern)
			if err != nil {
				return nil, fmt.Errorf("rules: %s: %w", r.Where("furniture", i), err)
			}
			rule.re, rule.need = re, newLiteralFilter(re)
		default:
			return nil, fmt.Errorf("rules: %s: unknown kind %q (want prefix, regex or exact)", r.Where("furniture", i), kind)
		}
		if rule.action == cutMatch && rule.re == nil {
			return nil, fmt.Errorf("rules: %s: cut needs a regex", r.Where("furniture", i))
		}
		fr.rules = append(fr.rules, rule)
	}
	fr.grammar.photoMarkers = r.List("reporter_markers")
	fr.grammar.finish()
	br, err := compileBylineRules(r)
	if err != nil {
		return nil, fmt.Errorf("rules: byline labels: %w", err)
	}
	fr.byline = br
	filters := []*literalFilter{&br.labelNeed, &br.inParensNeed, &br.atStartNeed}
	for i := range fr.rules {
		filters = append(filters, &fr.rules[i].need)
	}
	fr.lits = indexFilters(filters...)
	fr.front = regexp.MustCompile(`^([A-Za-z_]+):\s*"?(.*?)"?\s*$`)
	return fr, nil
}

// pageText is the text of a document with its furniture removed, and what the
// furniture said about the document.
type pageText struct {
	Text      string
	Title     string
	Published Day
	Outlet    string
	Reporters []string
	URL       string
}

// cleanFurniture drops page furniture from normalized text, line by line, and
// keeps what bylines and front matter say: the published day, the outlet, the
// reporters, and (for plain text) the headline line at the top.
func cleanFurniture(fr *furnitureRules, text string) pageText {
	var pt pageText
	if fr == nil || text == "" {
		pt.Text = text
		return pt
	}
	marked := markupToLines(text)
	lines, joined := fr.joinSplit(strings.Split(marked, "\n"))
	rank := -1 // rank of pt.Published
	setDay := func(d Day, r int) {
		if d != "" && r > rank {
			pt.Published, rank = d, r
		}
	}
	addReporters := func(names []string) {
		for _, n := range names {
			if !slices.Contains(pt.Reporters, n) {
				pt.Reporters = append(pt.Reporters, n)
			}
		}
	}
	start := fr.frontMatter(lines, &pt, setDay)
	total := 0
	for _, l := range lines[start:] {
		total += len(l) + 1
	}
	var kept []string
	var urlDay Day
	seen := 0
	lits := lineLiterals{set: fr.lits}
	// whole says that every line so far is kept as it is: the kept lines
	// joined are then marked itself, and need no copy.
	whole := start == 0 && !joined
	body := lines[start:]
	for idx, line := range body {
		seen += len(line) + 1
		if urlDay == "" && strings.Contains(line, "://") {
			urlDay = fr.byline.dayInURL(line)
		}
		if len(kept) > 0 && SignsDate(kept[len(kept)-1], line) {
			kept = append(kept, line) // a signature's date, not the page's byline
			continue
		}
		if b, ok := fr.byline.parse(line, &lits); ok {
			setDay(b.Published, b.Rank)
			if pt.Outlet == "" {
				pt.Outlet = b.Outlet
			}
			addReporters(b.Reporters)
			whole = false
			continue
		}
		if (idx < edgeLines || idx >= len(body)-edgeLines) && fr.namesSiteOnly(line) {
			whole = false
			continue // "四川日报", "政府信息公开" above or below the article
		}
		out, action := fr.apply(line, &lits)
		if action == dropRest && seen*2 > total {
			whole = false
			break
		}
		if out == "" {
			whole = false
			continue
		}
		whole = whole && out == line
		addReporters(fr.byline.reportersIn(out, &lits))
		kept = append(kept, out)
	}
	setDay(urlDay, 0)
	if whole {
		pt.Text = marked
	} else {
		pt.Text = strings.Join(kept, "\n")
	}
	if pt.Title == "" {
		pt.Title = headlineLine(kept)
	}
	return pt
}

// joinSplit joins the pieces of a line that a page saved one element to a
// line: a breadcrumb ("首页", ">", "政府信息公开", ">", …) and a byline field
// whose label stands alone ("来源：", "陕西省人民政府"), so that the rules
// read them whole. It says whether it joined any.
func (fr *furnitureRules) joinSplit(lines []string) ([]string, bool) {
	joined := false
	var out []string
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		switch {
		case isCrumbSeparator(line) && len(out) > 0 && i+1 < len(lines) && lines[i+1] != "":
			out[len(out)-1] += " " + line + " " + strings.TrimSpace(lines[i+1])
			i++
			joined = true
			continue
		case fr.byline.isLoneLabel(line) && i+1 < len(lines) && runesAtMost(lines[i+1], 40):
			out = append(out, line+strings.TrimSpace(lines[i+1]))
			i++
			joined = true
			continue
		}
		out = append(out, lines[i])
	}
	return out, joined
}

func isCrumbSeparator(s string) bool {
	switch s {
	case ">", "»", "＞", "→", ">>", "›":
		return true
	}
	return false
}

// isLoneLabel says whether line is the label of a byline field that takes a
// value (a date, an outlet, a reporter) and its colon, alone ("来源：").
func (br *bylineRules) isLoneLabel(line string) bool {
	label, ok := strings.CutSuffix(line, "：")
	if !ok {
		label, ok = strings.CutSuffix(line, ":")
	}
	if !ok {
		return false
	}
	label = strings.TrimSpace(label)
	_, date := br.dateRank[label]
	return date || br.outlet[label] || br.reporter[label]
}

// edgeLines is how far from the top and the bottom of a text a line that only
// names a site or a channel is furniture: inside the article it is a heading.
const edgeLines = 5

// namesSiteOnly says whether line is only a short site, outlet or channel
// name ("四川日报", "政府信息公开"), by the title grammar.
func (fr *furnitureRules) namesSiteOnly(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && runesAtMost(line, 8) && !strings.ContainsFunc(line, unicode.IsPunct) && fr.title.namesSite(line, false)
}

// apply runs the furniture rules over one line: it returns the line as kept
// ("" when dropped) and, for a line that ends the article, dropRest.
func (fr *furnitureRules) apply(line string, lits *lineLiterals) (string, furnitureAction) {
	if fr.onlyTokens(line) || fr.exact[strings.TrimSpace(line)] {
		return "", dropLine
	}
	bare := strings.TrimLeft(line, " 【[(（「<《·•")
	short := runesAtMost(line, 120)
	for _, rule := range fr.rules {
		switch {
		case rule.prefix != "":
			if strings.HasPrefix(bare, rule.prefix) && (short || rule.action == dropRest) {
				return "", rule.action
			}
		case rule.action == cutMatch:
			if rule.need.mayMatch(line, lits) && rule.re.MatchString(line) {
				line = strings.TrimSpace(rule.re.ReplaceAllString(line, ""))
				if line == "" || fr.onlyTokens(line) || !hasWordRune(line) {
					return "", dropLine
				}
			}
		default:
			if short && rule.need.mayMatch(line, lits) && rule.re.MatchString(line) {
				return "", rule.action
			}
		}
	}
	if fr.grammar.quickMay(line) {
		if action, ok := fr.grammar.classify(line); ok {
			return "", action
		}
		if cut, ok := fr.grammar.cutCredit(line); ok {
			if cut == "" || !hasWordRune(cut) {
				return "", dropLine
			}
			line = cut
		}
	}
	return line, dropLine
}

// onlyTokens says whether a line is made of furniture tokens only:
// "【打印本页】【关闭窗口】", "字体: 大 中 小".
func (fr *furnitureRules) onlyTokens(line string) bool {
	if !runesAtMost(line, 60) {
		return false
	}
	// The fields of strings.FieldsFunc, read in place: most lines fail at
	// their first field.
	fields := 0
	isToken := func(f string) bool {
		fields++
		f = strings.ToLower(strings.Trim(f, ",，、.。:："))
		return f == "" || fr.tokens[f] || fr.tokens[f+":"]
	}
	start := -1
	for i, r := range line {
		switch {
		case !isTokenSeparator(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if !isToken(line[start:i]) {
				return false
			}
			start = -1
		}
	}
	if start >= 0 && !isToken(line[start:]) {
		return false
	}
	if fields == 0 {
		return !hasWordRune(line) && strings.TrimSpace(line) != ""
	}
	return true
}

func isTokenSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("【】[]|｜/()（）<>《》·•»>-—", r)
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// frontMatter reads a "---" … "---" block of key: value lines at the top of
// a text (how scraped articles are often saved as Markdown) and returns the
// index of the first line after it (0 when there is none).
func (fr *furnitureRules) frontMatter(lines []string, pt *pageText, setDay func(Day, int)) int {
	if len(lines) < 3 || strings.TrimSpace(lines[0]) != "---" {
		return 0
	}
	for i := 1; i < len(lines) && i < 60; i++ {
		line := strings.TrimSpace(lines[i])
		if line == "---" {
			return i + 1
		}
		key, value, ok := fr.frontField(line)
		if !ok {
			continue
		}
		key, value = strings.ToLower(key), strings.TrimSpace(value)
		switch key {
		case "title":
			pt.Title = value
		case "date", "published", "pubdate", "publish_date", "published_at":
			setDay(fullDay(value), 5)
		case "source", "outlet", "publisher":
			pt.Outlet = value
		case "url", "link", "canonical":
			pt.URL = value
		}
	}
	return 0
}

// frontField reads a "key: value" line as fr.front does (key and value are
// its submatches), by hand: the regexp's lazy value is slow on the long URLs
// of front matter. A line holding a newline (a Markdown line never does)
// goes to the regexp.
func (fr *furnitureRules) frontField(line string) (key, value string, ok bool) {
	if strings.IndexByte(line, '\n') >= 0 {
		m := fr.front.FindStringSubmatch(line)
		if m == nil {
			return "", "", false
		}
		return m[1], m[2], true
	}
	n := 0
	for n < len(line) && (line[n] >= 'A' && line[n] <= 'Z' || line[n] >= 'a' && line[n] <= 'z' || line[n] == '_') {
		n++
	}
	if n == 0 || n == len(line) || line[n] != ':' {
		return "", "", false
	}
	// \s*"? then the shortest value that leaves "?\s* to the end: the
	// value ends before the trailing white space, and before a quote that
	// precedes it.
	value = strings.TrimPrefix(strings.TrimLeft(line[n+1:], frontSpace), `"`)
	value = strings.TrimSuffix(strings.TrimRight(value, frontSpace), `"`)
	return line[:n], value, true
}

// frontSpace is what \s matches in a Go regexp.
const frontSpace = "\t\n\f\r "

var (
	blockTag  = regexp.MustCompile(`(?i)</?(?:p|div|br|li|ul|ol|tr|td|table|h[1-6]|figure|figcaption|blockquote|section|article|center)\b[^<>]*>`)
	inlineTag = regexp.MustCompile(`(?i)</?(?:strong|b|em|i|u|span|font|a|img|sup|sub|small|big|video|source|iframe)\b[^<>]*>`)
)

// markupToLines turns HTML markup left in a plain text (articles saved as
// Markdown with inline HTML) into lines: block tags end a line, inline tags
// go, entities are decoded. Text without tags is returned as it is.
func markupToLines(text string) string {
	if !strings.Contains(text, "<") || !blockTag.MatchString(text) && !inlineTag.MatchString(text) {
		return text
	}
	text = blockTag.ReplaceAllString(text, "\n")
	text = inlineTag.ReplaceAllString(text, "")
	var b strings.Builder
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(html.UnescapeString(line))
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// headlineLine returns the first line of a text when it reads as a headline:
// short, not a sentence, and followed by more text.
func headlineLine(lines []string) string {
	if len(lines) < 2 {
		return ""
	}
	line := unspaceHan(strings.TrimSpace(strings.TrimLeft(lines[0], "#")))
	n := utf8.RuneCountInString(line)
	if n < 4 || n > 100 {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune("。；;:：，,、", last) || strings.Count(line, "。") > 0 {
		return ""
	}
	han := 0
	for _, r := range line {
		if isHanRune(r) {
			han++
		}
	}
	if han*2 < n {
		return ""
	}
	return line
}

// unspaceHan removes the spaces of a letter-spaced heading ("政 府 工 作 报 告").
func unspaceHan(s string) string {
	fields := strings.Fields(s)
	if len(fields) < 3 {
		return s
	}
	for _, f := range fields {
		if utf8.RuneCountInString(f) != 1 {
			return s
		}
	}
	return strings.Join(fields, "")
}
