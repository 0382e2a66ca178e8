package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what tifa takes out of an HTML page.
type Page struct {
	Title     string
	Text      string // the article's main text, one paragraph a line
	Published string
	Outlet    string
	Reporters []string
	URL       string
}

// pageTools are the read-only helpers ParsePage shares between calls: the
// built-in rules (byline labels, content hints) and the t2s converter that
// lets one set of Simplified labels read Traditional pages too.
type pageTools struct {
	rules *extract.Rules
	conv  extract.Converter
	hints []contentHint
}

type contentHint struct {
	word   string
	prefix bool
	weight float64
}

// newPageTools builds what page parsing needs from the rules in force.
func newPageTools(r *extract.Rules, conv extract.Converter) (*pageTools, error) {
	t := &pageTools{rules: r, conv: conv}
	for _, row := range r.Table("content_hints") {
		if len(row) < 2 {
			continue
		}
		w, err := strconv.ParseFloat(row[1], 64)
		if err != nil || w <= -1 {
			return nil, fmt.Errorf("rules: content_hints.txt: %q: weight must be a number above -1", strings.Join(row, "\t"))
		}
		h := contentHint{word: strings.ToLower(row[0]), weight: w}
		if strings.HasSuffix(h.word, "*") {
			h.word, h.prefix = strings.TrimSuffix(h.word, "*"), true
		}
		t.hints = append(t.hints, h)
	}
	return t, nil
}

// maxDepth is how deep tifa lets a page nest: the HTML parser refuses more
// than 512 open elements, and no real page needs more than a few dozen.
const maxDepth = 256

// ParsePage decodes an HTML page and takes out the article: its headline,
// main text (one paragraph a line), published day, outlet, reporters and URL.
// The main text is found by text and punctuation density over the DOM, with
// the id and class of known content containers as hints.
func (rd *Reader) ParsePage(raw []byte) (Page, error) {
	return rd.parsePage(raw, "")
}

// parsePage is ParsePage for a page whose headline is known (a JSON Lines
// record's title): it is not looked for, and the body's first line is
// dropped when it repeats it.
func (rd *Reader) parsePage(raw []byte, title string) (Page, error) {
	var p Page
	tools := rd.page
	text, err := rd.DecodeText(raw, sniffCharset(raw))
	if err != nil {
		return p, err
	}
	text = stripServerCode(text)
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// Too deeply nested: keep the outer levels and read on.
		root, err = html.Parse(strings.NewReader(flattenDeep(text, maxDepth)))
		if err != nil {
			return p, fmt.Errorf("parse HTML: %w", err)
		}
	}
	pa := &pageAnalysis{tools: tools, stats: map[*html.Node]*nodeStat{}}
	pa.readHead(root)
	pa.prune(root)
	pa.measure(root)
	body := pa.findBody(root)
	var b strings.Builder
	for _, n := range body {
		pa.writeText(&b, n, true)
	}
	p.Text = tidyLines(b.String())
	if p.Text == "" {
		// No block stands out: fall back to all the visible text.
		var all strings.Builder
		pa.writeText(&all, root, false)
		p.Text = tidyLines(all.String())
	}
	p.Title = title
	if title == "" {
		p.Title = pa.headline(root, body)
	}
	// The body often repeats the headline as its first line.
	if first, rest, ok := strings.Cut(p.Text, "\n"); ok && p.Title != "" && squash(first) == squash(p.Title) {
		p.Text = rest
	}
	pa.byline(root, body, &p)
	p.Text = pa.dropBylines(p.Text, &p)
	p.URL = pa.url
	return p, nil
}

var charsetAttr = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-]+)`)

// sniffCharset returns the charset a page declares in its first bytes.
func sniffCharset(raw []byte) string {
	m := charsetAttr.FindSubmatch(raw[:min(len(raw), 4096)])
	if m == nil {
		return ""
	}
	return string(m[1])
}

var serverTag = regexp.MustCompile(`</?(?:c|jsp|fmt|fn|sql|x|spring|tiles|shiro|s):[a-zA-Z][^<>]*>`)

// stripServerCode removes JSP/ASP code and tags (<%@ page … %>, <c:import …/>)
// that a page saved from its template still carries: the HTML parser would
// take them for text. An unclosed <% runs to the end of the page.
func stripServerCode(s string) string {
	if strings.Contains(s, "<%") {
		var b strings.Builder
		b.Grow(len(s))
		for {
			i := strings.Index(s, "<%")
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			j := strings.Index(s[i+2:], "%>")
			if j < 0 {
				break
			}
			s = s[i+2+j+2:]
		}
		s = b.String()
	}
	if strings.Contains(s, ":") {
		s = serverTag.ReplaceAllString(s, "")
	}
	return s
}

// flattenDeep drops the start and end tags of elements nested deeper than
// limit, keeping their text, so that a pathologically nested page parses.
func flattenDeep(s string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var out strings.Builder
	out.Grow(len(s))
	var stack []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElement(string(name)) {
				break
			}
			if len(stack) >= limit {
				continue
			}
			stack = append(stack, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i] != string(name) {
				i--
			}
			if i < 0 {
				continue // an end tag of an element dropped (or never opened)
			}
			stack = stack[:i]
		}
		out.Write(raw)
	}
	return out.String()
}

func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr":
		return true
	}
	return false
}

// pageAnalysis holds what ParsePage learns about one page.
type pageAnalysis struct {
	tools    *pageTools
	stats    map[*html.Node]*nodeStat
	order    int // document order counter
	titleTag string
	metaT    []string // titles from meta tags and JSON-LD
	metaDate []string // published dates from meta tags, JSON-LD, <time>
	url      string
}

// nodeStat is the text an element holds.
type nodeStat struct {
	order    int     // document order of the element
	text     int     // non-space runes of text
	link     int     // runes of text inside links
	punct    int     // sentence punctuation (，。；、！？)
	para     float64 // score of the paragraphs directly in this element
	score    float64 // content score: prose in this element, its children and grandchildren
	hint     float64 // id/class weight
	negative bool    // id/class say furniture
}

// readHead takes the title, meta tags, JSON-LD and canonical link.
func (pa *pageAnalysis) readHead(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if pa.titleTag == "" {
				pa.titleTag = collapse(textOf(n))
			}
		case atom.Meta:
			name := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "itemprop") + attr(n, "http-equiv"))
			name = strings.ReplaceAll(name, " ", "")
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				break
			}
			switch name {
			case "og:title", "twitter:title", "articletitle", "headline", "title":
				pa.metaT = append(pa.metaT, content)
			case "article:published_time", "pubdate", "publishdate", "og:time", "og:release_date", "datepublished",
				"dc.date", "dc.date.issued", "dcterms.issued", "publish_time", "publishtime", "firstpublishedtime",
				"article:create_at", "weibo:article:create_at", "sailthru.date", "date", "releasedate":
				pa.metaDate = append(pa.metaDate, content)
			case "og:url":
				if pa.url == "" {
					pa.url = content
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
				pa.url = attr(n, "href")
			}
		case atom.Time:
			if d := attr(n, "datetime"); d != "" && (hasAttr(n, "pubdate") || strings.Contains(strings.ToLower(attr(n, "itemprop")), "published")) {
				pa.metaDate = append(pa.metaDate, d)
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				pa.readJSONLD(textOf(n))
			}
		}
		return true
	})
}

// readJSONLD takes headline, datePublished and url from JSON-LD.
func (pa *pageAnalysis) readJSONLD(s string) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if h, ok := x["headline"].(string); ok && h != "" {
				pa.metaT = append(pa.metaT, h)
			}
			if d, ok := x["datePublished"].(string); ok && d != "" {
				pa.metaDate = append(pa.metaDate, d)
			}
			if u, ok := x["url"].(string); ok && pa.url == "" && strings.HasPrefix(u, "http") {
				pa.url = u
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// prune removes what is never article text: scripts, styles, forms'
// controls, navigation and hidden elements.
func (pa *pageAnalysis) prune(root *html.Node) {
	var drop []*html.Node
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			drop = append(drop, n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Template, atom.Svg, atom.Canvas,
			atom.Select, atom.Option, atom.Button, atom.Input, atom.Textarea, atom.Object, atom.Embed,
			atom.Head, atom.Nav, atom.Aside, atom.Footer, atom.Map, atom.Audio, atom.Video:
			drop = append(drop, n)
			return false
		}
		if attr(n, "hidden") != "" || hiddenStyle(attr(n, "style")) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func hiddenStyle(style string) bool {
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// blockElement says whether an element starts a new line of text.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th,
		atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Section, atom.Article, atom.Header, atom.Main, atom.Blockquote, atom.Pre, atom.Center, atom.Form,
		atom.Fieldset, atom.Figure, atom.Figcaption, atom.Hr, atom.Address, atom.Body, atom.Html:
		return true
	}
	return false
}

const sentencePunct = "，。；、！？,;"

// measure fills the statistics of every element below n. A paragraph is a
// run of inline text between blocks; it scores 1, plus its punctuation, plus
// up to 4 for its length, for the element that holds it and for that
// element's parent, and half as much for the grandparent: the body is where
// many paragraphs of punctuated prose meet.
func (pa *pageAnalysis) measure(root *html.Node) {
	pa.measureNode(root)
	walk(root, func(n *html.Node) bool {
		st := pa.stats[n]
		if st == nil || st.para == 0 {
			return true
		}
		st.score += st.para
		if p := n.Parent; p != nil {
			if ps := pa.stats[p]; ps != nil {
				ps.score += st.para
			}
			if g := p.Parent; g != nil {
				if gs := pa.stats[g]; gs != nil {
					gs.score += st.para / 2
				}
			}
		}
		return true
	})
}

// textRun is inline text not yet closed by a block boundary.
type textRun struct{ text, link, punct int }

func (pa *pageAnalysis) measureNode(n *html.Node) (*nodeStat, textRun) {
	st := &nodeStat{order: pa.order}
	pa.order++
	block := n.Type == html.DocumentNode
	if n.Type == html.ElementNode {
		st.hint, st.negative = pa.hintOf(n)
		pa.stats[n] = st
		block = blockElement(n.DataAtom)
	}
	var run textRun
	flush := func() {
		if run.text >= 10 && run.link*2 < run.text {
			st.para += 1 + float64(run.punct) + min(float64(run.text)/50, 4)
		}
		run = textRun{}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t, p := countText(c.Data)
			st.text += t
			st.punct += p
			run.text += t
			run.punct += p
		case html.ElementNode:
			cs, pending := pa.measureNode(c)
			st.text += cs.text
			st.link += cs.link
			st.punct += cs.punct
			if blockElement(c.DataAtom) {
				flush()
			} else {
				run.text += pending.text
				run.link += pending.link
				run.punct += pending.punct
			}
		}
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		st.link = st.text
		run.link = run.text
	}
	if block {
		flush()
	}
	return st, run
}

func countText(s string) (text, punct int) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' {
			continue
		}
		text++
		if strings.ContainsRune(sentencePunct, r) {
			punct++
		}
	}
	return
}

// hintOf weighs an element's id and class against rules/content_hints.txt.
func (pa *pageAnalysis) hintOf(n *html.Node) (float64, bool) {
	words := strings.FieldsFunc(strings.ToLower(attr(n, "id")+" "+attr(n, "class")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	})
	if len(words) == 0 {
		return 0, false
	}
	pos, neg := 0.0, 0.0
	for _, w := range words {
		for _, h := range pa.tools.hints {
			if w == h.word || (h.prefix && strings.HasPrefix(w, h.word)) {
				if h.weight > 0 {
					pos = max(pos, h.weight)
				} else {
					neg = min(neg, h.weight)
				}
			}
		}
	}
	if neg < 0 && pos == 0 {
		return neg, true
	}
	return pos, false
}

// findBody picks the element that holds the article: the best content
// score, lowered by link density, raised by content hints; then the
// paragraphs beside it that belong to the same article.
func (pa *pageAnalysis) findBody(root *html.Node) []*html.Node {
	var best *html.Node
	bestScore := 0.0
	walk(root, func(n *html.Node) bool {
		st := pa.stats[n]
		if st == nil || st.score <= 0 || st.text == 0 {
			return true
		}
		linkShare := float64(st.link) / float64(st.text)
		s := st.score * (1 - linkShare) * (1 + st.hint)
		if s > bestScore {
			best, bestScore = n, s
		}
		return true
	})
	if best == nil {
		return nil
	}
	// Climb while the parent holds clearly more prose (the body split over
	// sibling blocks) and little else.
	for best.Parent != nil {
		ps, bs := pa.stats[best.Parent], pa.stats[best]
		if ps == nil || ps.negative {
			break
		}
		linkShare := float64(ps.link) / float64(max(ps.text, 1))
		if float64(ps.punct) >= float64(bs.punct)*1.4+3 && linkShare < 0.25 && float64(ps.text) < float64(bs.text)*2.5 {
			best = best.Parent
			continue
		}
		break
	}
	return []*html.Node{best}
}

// writeText writes the visible text of n, a line per block, leaving out
// furniture blocks (by hint, or lists of links) when skipNoise is set.
func (pa *pageAnalysis) writeText(b *strings.Builder, n *html.Node, skipNoise bool) {
	type frame struct {
		n     *html.Node
		close bool
	}
	stack := []frame{{n: n}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		c := f.n
		if f.close {
			b.WriteByte('\n')
			continue
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(strings.ReplaceAll(c.Data, "\n", " "))
			continue
		case html.ElementNode, html.DocumentNode:
		default:
			continue
		}
		if c.Type == html.ElementNode {
			if skipNoise && c != n && pa.isFurniture(c) {
				continue
			}
			if c.DataAtom == atom.Br || c.DataAtom == atom.Hr {
				b.WriteByte('\n')
				continue
			}
			if c.DataAtom == atom.Img {
				continue
			}
			if blockElement(c.DataAtom) {
				b.WriteByte('\n')
				stack = append(stack, frame{n: c, close: true})
			} else if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				b.WriteByte(' ')
			}
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, frame{n: k})
		}
	}
}

// isFurniture says whether a block inside the body is page furniture: marked
// so by its id or class, or a list of links with no prose.
func (pa *pageAnalysis) isFurniture(n *html.Node) bool {
	st := pa.stats[n]
	if st == nil {
		return false
	}
	if st.negative && st.punct*3 < st.text/10+3 {
		return true
	}
	if !blockElement(n.DataAtom) || st.text == 0 {
		return false
	}
	return st.link*10 >= st.text*7 && st.text >= 4 && st.punct < 3
}

// tidyLines collapses spaces in each line and drops empty lines.
func tidyLines(s string) string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		line = collapse(line)
		if line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' || r == '\u200b' || r == '\ufeff'
	}), " ")
}

// headline picks the article's headline: an in-page heading that agrees
// with <title> (or og:title) if there is one, else the <title> without its
// site-name suffix, else the most prominent heading before the body.
func (pa *pageAnalysis) headline(root *html.Node, body []*html.Node) string {
	bodyOrder := 1 << 30
	if len(body) > 0 {
		if st := pa.stats[body[0]]; st != nil {
			bodyOrder = st.order
		}
	}
	refs := append([]string{pa.titleTag}, pa.metaT...)
	type cand struct {
		text  string
		score float64
	}
	var best cand
	consider := func(text string, score float64) {
		text = strings.Trim(collapse(text), " :：")
		n := utf8.RuneCountInString(text)
		if n < 4 || n > 120 {
			return
		}
		if m := matchTitle(text, refs); m > 0 {
			score += 10 * m
		}
		if score > best.score {
			best = cand{text, score}
		}
	}
	var labelNext bool
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		st := pa.stats[n]
		if st == nil || st.text == 0 || st.text > 150 || st.negative {
			return true
		}
		text := collapse(textOf(n))
		// "标　　题：" in a table of a government document's particulars.
		if labelNext && (n.DataAtom == atom.Td || n.DataAtom == atom.Dd || n.DataAtom == atom.Div || n.DataAtom == atom.Span) {
			labelNext = false
			consider(text, 8)
			return false
		}
		bare := strings.ReplaceAll(strings.ReplaceAll(text, " ", ""), "\u3000", "")
		if bare == "标题:" || bare == "标题：" || bare == "標題：" || bare == "標題:" {
			labelNext = true
			return false
		}
		if st.link*2 > st.text {
			return true
		}
		score := 0.0
		switch n.DataAtom {
		case atom.H1:
			score = 4
		case atom.H2:
			score = 3
		case atom.H3:
			score = 1.5
		}
		words := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
		if strings.Contains(words, "title") || strings.Contains(words, "headline") || strings.Contains(words, "topic") {
			score += 2
		}
		if score == 0 && !pa.leafBlock(n) {
			return true
		}
		if st.order < bodyOrder {
			// Nearer the body is likelier the headline; far above is the banner.
			score += 2 / (1 + float64(bodyOrder-st.order)/40)
		} else if st.order > bodyOrder+60 {
			score -= 2
		}
		if _, isByline := pa.tools.rules.ParseByline(extract.NormalizeLine(pa.tools.conv, text)); isByline {
			return true // "发稿时间：2021/6/9 【字体：大 中 小】" sits where headlines do
		}
		if score > 0 {
			consider(text, score)
		}
		return true
	})
	if best.text != "" && (best.score >= 5 || pa.titleTag == "") {
		return best.text
	}
	if t := pa.tools.trimSiteName(pa.titleTag); t != "" {
		return t
	}
	for _, t := range pa.metaT {
		if t = pa.tools.trimSiteName(t); t != "" {
			return t
		}
	}
	return best.text
}

// leafBlock says whether n is a block whose text is all inline (a line of
// its own): a candidate headline even without a heading tag.
func (pa *pageAnalysis) leafBlock(n *html.Node) bool {
	if !blockElement(n.DataAtom) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockElement(c.DataAtom) && c.DataAtom != atom.Br {
			return false
		}
	}
	return true
}

// matchTitle says how well a heading agrees with the page's <title> or
// og:title, in [0, 1]: 1 when one is the other or its first part.
func matchTitle(text string, refs []string) float64 {
	t := squash(text)
	bestM := 0.0
	for _, ref := range refs {
		r := squash(ref)
		if r == "" || t == "" {
			continue
		}
		switch {
		case r == t:
			return 1
		case strings.HasPrefix(r, t) && utf8.RuneCountInString(t)*3 >= utf8.RuneCountInString(r):
			bestM = max(bestM, 0.9)
		case strings.Contains(r, t) && utf8.RuneCountInString(t)*2 >= utf8.RuneCountInString(r):
			bestM = max(bestM, 0.7)
		case strings.HasPrefix(t, r) && utf8.RuneCountInString(r)*2 >= utf8.RuneCountInString(t):
			bestM = max(bestM, 0.5)
		}
	}
	return bestM
}

// squash folds a title for comparison: no spaces, full-width digits and
// letters as ASCII.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r) || r == '\u3000':
			return -1
		case r >= '！' && r <= '～':
			return r - 0xFEE0
		}
		return r
	}, s)
}

// trimSiteName strips the site, channel and outlet names a <title> appends
// ("标题_新闻中心_某网", "标题 - 【某网】", "标题 | 中国宜春") by the title
// grammar of the rules (extract.Rules.TrimTitle), which reads Simplified: a
// Traditional title is read through its conversion and cut where that was.
// A subtitle ("主标题——副标题") stays.
func (pt *pageTools) trimSiteName(t string) string {
	t = collapse(t)
	norm := extract.NormalizeLine(pt.conv, t)
	trimmed := pt.rules.TrimTitle(norm)
	if trimmed == norm {
		return t
	}
	raw := []rune(t)
	if len([]rune(norm)) == len(raw) {
		return strings.TrimSpace(string(raw[:len([]rune(trimmed))]))
	}
	return trimmed
}

// byline finds the published day, outlet and reporters: a byline line near
// the headline ("发布时间:…来源:…"), meta tags, JSON-LD and <time>, and the
// URL's path, in that order of trust.
func (pa *pageAnalysis) byline(root *html.Node, body []*html.Node, p *Page) {
	r := pa.tools.rules
	var lines []string
	var all strings.Builder
	pa.writeText(&all, root, false)
	bodyText := p.Text
	firstBody := ""
	if i := strings.IndexByte(bodyText, '\n'); i >= 0 {
		firstBody = bodyText[:i]
	} else {
		firstBody = bodyText
	}
	bodyAt := -1
	for line := range strings.SplitSeq(all.String(), "\n") {
		line = collapse(line)
		if line == "" {
			continue
		}
		if bodyAt < 0 && firstBody != "" && line == firstBody {
			bodyAt = len(lines)
		}
		lines = append(lines, line)
	}
	if bodyAt < 0 {
		bodyAt = len(lines)
	}
	// A label alone on its line ("发文日期：") takes the next line as its value.
	best := extract.Byline{Rank: -1}
	bestDist := 1 << 30
	for i, line := range lines {
		if utf8.RuneCountInString(line) > 120 || !mayBeByline(line) && !(i+1 < len(lines) && mayBeByline(lines[i+1])) {
			continue
		}
		text := extract.NormalizeLine(pa.tools.conv, line)
		if strings.HasSuffix(text, ":") || strings.HasSuffix(text, "：") {
			if i+1 < len(lines) {
				text += extract.NormalizeLine(pa.tools.conv, lines[i+1])
			}
		}
		b, ok := r.ParseByline(text)
		if !ok {
			continue
		}
		dist := bodyAt - i
		if dist < 0 {
			dist = -dist * 3 // bylines come before the body more often than after
		}
		if b.Published != "" && (b.Rank > best.Rank || (b.Rank == best.Rank && dist < bestDist)) {
			best.Published, best.Rank, bestDist = b.Published, b.Rank, dist
		}
		if b.Outlet != "" && (p.Outlet == "" || dist < bestDist) && dist < 40 {
			p.Outlet = b.Outlet
		}
		for _, name := range b.Reporters {
			if !slices.Contains(p.Reporters, name) {
				p.Reporters = append(p.Reporters, name)
			}
		}
	}
	if best.Rank < 3 {
		for _, d := range pa.metaDate {
			if day := extract.ParseMetaDay(d); day != "" {
				best.Published, best.Rank = day, 3
				break
			}
		}
	}
	if best.Published == "" && pa.url != "" {
		best.Published = r.DayInURL(pa.url)
	}
	p.Published = string(best.Published)
}

// dropBylines removes byline lines that sit inside the body (what they say
// is already read) and takes reporters from the body's first lines.
func (pa *pageAnalysis) dropBylines(text string, p *Page) string {
	r := pa.tools.rules
	var kept []string
	for line := range strings.SplitSeq(text, "\n") {
		if len(kept) >= 3 && !mayBeByline(line) {
			kept = append(kept, line)
			continue
		}
		norm := extract.NormalizeLine(pa.tools.conv, line)
		// a paragraph is no byline, however it opens (央视网消息（记者…）：…)
		if mayBeByline(line) {
			if _, ok := r.ParseByline(norm); ok && !(len(kept) > 0 && extract.SignsDate(kept[len(kept)-1], norm)) {
				continue
			}
		}
		if len(kept) < 3 {
			for _, name := range r.ReportersIn(norm) {
				if !slices.Contains(p.Reporters, name) {
					p.Reporters = append(p.Reporters, name)
				}
			}
		}
		kept = append(kept, line)
	}
	return strings.Join(kept, "\n")
}

// mayBeByline is a cheap test before the costly one: every byline holds a
// digit (its date) or a colon (after its label).
func mayBeByline(line string) bool {
	if len(line) > 120*utf8.UTFMax || len(line) > 120 && utf8.RuneCountInString(line) > 120 {
		return false // a paragraph: not scanned for digits
	}
	return strings.ContainsAny(line, "0123456789:：")
}

// walk visits n and its descendants in document order, following the
// tree's own links (no recursion, no stack: depth and width cost nothing);
// visit returns false to skip an element's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	c := n
	for {
		if visit(c) && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return
		}
		c = c.NextSibling
	}
}

func textOf(n *html.Node) string {
	var b bytes.Buffer
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
