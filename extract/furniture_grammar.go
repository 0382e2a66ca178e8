package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureGrammar recognizes page furniture by its form rather than by a
// site's strings: a prompt to the reader (下载客户端, 扫一扫关注我们, 点击进入专题),
// an editor's credit (责任编辑：张三), a copyright or registration line
// (© 2024 某网 版权所有, 京ICP备12345678号), a site footer's field block
// (主办单位：… 地址：… 电话：…). Its words are rules/furniture.txt's "grammar"
// entries; a line that is none of these forms stays, whatever words it holds
// (a body sentence about downloads or copyright is not a prompt).
type furnitureGrammar struct {
	verbs     []string // prompt verbs: 下载, 关注, 扫一扫, 订阅, 分享, 打开
	objects   []string // what a prompt names: 客户端, APP, 公众号, 二维码, 全文
	leads     []string // words that make a verb a prompt: 请, 欢迎, 点击, 长按
	particles []string // what may end a prompt: 吧, 哦, 一下
	credits   []string // editor credit labels: 责任编辑, 校对, 审核
	marks     []string // copyright and registration marks: ©, 版权所有, ICP备
	reprints  []string // reprint notices: 不得转载, 转载请注明
	// photoMarkers precede the name in a picture's credit (记者 张三 摄):
	// rules/reporter_markers.txt.
	photoMarkers []string
	footers      []string // footer labels only a site has: 主办单位, 技术支持, 网站标识码
	fields       []string // footer labels a notice has too: 地址, 电话, 邮编
	// byFirst indexes, by first rune, the words one of which every form
	// holds, for the quick test of a line; starts holds those runes.
	byFirst map[rune][]string
	starts  runeSet
}

// Limits of the forms, in runes: a prompt is a short line, a credit line a
// few names, a footer a block of fields.
const (
	maxPromptRunes  = 40
	maxCreditRunes  = 60
	maxFooterRunes  = 200
	maxReprintRunes = 60
	maxNameRunes    = 12 // a name between a prompt verb and its object (下载 央视新闻 客户端)
)

func (g *furnitureGrammar) add(kind, word string) bool {
	switch kind {
	case "verb":
		g.verbs = append(g.verbs, word)
	case "object":
		g.objects = append(g.objects, word)
	case "lead":
		g.leads = append(g.leads, word)
	case "particle":
		g.particles = append(g.particles, word)
	case "credit":
		g.credits = append(g.credits, word)
	case "mark":
		g.marks = append(g.marks, word)
	case "reprint":
		g.reprints = append(g.reprints, word)
	case "footer":
		g.footers = append(g.footers, word)
	case "field":
		g.fields = append(g.fields, word)
	default:
		return false
	}
	return true
}

// finish sorts every list longest first (the longest word at a position
// wins) and collects the words of the quick test: every form holds a verb,
// a lead, a credit label, a mark or a footer label.
func (g *furnitureGrammar) finish() {
	for _, l := range []*[]string{&g.verbs, &g.objects, &g.leads, &g.particles, &g.credits, &g.marks, &g.reprints, &g.footers, &g.fields} {
		sort.SliceStable(*l, func(i, j int) bool { return len((*l)[i]) > len((*l)[j]) })
	}
	g.byFirst = map[rune][]string{}
	for _, l := range [][]string{g.verbs, g.leads, g.credits, g.marks, g.reprints, g.footers, g.photoMarkers} {
		for _, w := range l {
			r, _ := utf8.DecodeRuneInString(w)
			if r < utf8.RuneSelf {
				r = unicode.ToLower(r)
			}
			g.starts.add(r)
			g.byFirst[r] = append(g.byFirst[r], w)
		}
	}
}

// classify says whether line is furniture by the grammar, and how it goes:
// dropRest for a copyright or registration line (the site footer begins),
// dropLine otherwise.
func (g *furnitureGrammar) classify(line string) (furnitureAction, bool) {
	if g == nil || len(line) > 4*maxFooterRunes {
		return dropLine, false
	}
	bare := trimDecoration(line)
	if bare == "" {
		return dropLine, false
	}
	n := utf8.RuneCountInString(bare)
	if n > maxFooterRunes {
		return dropLine, false
	}
	if g.isCopyright(bare, g.marks) {
		return dropRest, true
	}
	if n <= maxReprintRunes && g.isCopyright(bare, g.reprints) {
		return dropLine, true
	}
	if g.isFooterBlock(bare) {
		return dropLine, true
	}
	if n <= maxCreditRunes && (g.isCreditLine(bare) || g.isPhotoCredit(bare)) {
		return dropLine, true
	}
	if n <= maxPromptRunes && g.isPrompt(bare) {
		return dropLine, true
	}
	// A link reads as its text ("[查看原文](https://…) --- (更新时间戳: 1704113435297)").
	if strings.Contains(bare, "](") || strings.Contains(bare, "://") {
		if text := trimDecoration(unlink(bare)); text != "" && utf8.RuneCountInString(text) <= maxPromptRunes && g.isPrompt(text) {
			return dropLine, true
		}
	}
	return dropLine, false
}

var (
	markdownLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)\s]*\)`)
	bareURL      = regexp.MustCompile(`https?://\S+`)
)

// unlink turns Markdown links into their text and drops bare URLs.
func unlink(s string) string {
	s = markdownLink.ReplaceAllString(s, " $1 ")
	return bareURL.ReplaceAllString(s, " ")
}

// cutCredit removes an editor's credit in brackets at the end of a body
// line ("……。（责任编辑：张三）") and returns what is left.
func (g *furnitureGrammar) cutCredit(line string) (string, bool) {
	if g == nil {
		return line, false
	}
	last, size := utf8.DecodeLastRuneInString(line)
	var open rune
	switch last {
	case '）':
		open = '（'
	case ')':
		open = '('
	case '】':
		open = '【'
	case ']':
		open = '['
	default:
		return line, false
	}
	i := strings.LastIndex(line, string(open))
	if i <= 0 {
		return line, false
	}
	inner := line[i+len(string(open)) : len(line)-size]
	if utf8.RuneCountInString(inner) > maxCreditRunes || !g.isCreditLine(inner) && !g.isPhotoCredit(inner) {
		return line, false
	}
	return strings.TrimSpace(line[:i]), true
}

// isCopyright: a line holding a copyright or registration mark that is not
// prose (at most one sentence end, and the mark is not inside a longer word:
// 版权所有者).
func (g *furnitureGrammar) isCopyright(s string, marks []string) bool {
	if strings.Count(s, "。") > 1 {
		return false
	}
	lower := strings.ToLower(s)
	for _, m := range marks {
		lm := strings.ToLower(m)
		for from := 0; ; {
			k := strings.Index(lower[from:], lm)
			if k < 0 {
				break
			}
			end := from + k + len(lm)
			next, _ := utf8.DecodeRuneInString(lower[end:])
			if next != '者' && next != '人' && next != '权' {
				return true
			}
			from = end
		}
	}
	return false
}

// isFooterBlock: the line is made of "label：value" fields only, one of whose
// labels only a site footer has (主办单位, 技术支持); an address and a
// telephone alone may be a notice's.
func (g *furnitureGrammar) isFooterBlock(s string) bool {
	fields, site := 0, false
	rest := s
	for {
		rest = strings.TrimLeftFunc(rest, isFieldSeparator)
		if rest == "" {
			break
		}
		label, isSite := g.fieldLabel(rest)
		if label == "" {
			return false
		}
		rest = rest[len(label):]
		rest = strings.TrimLeft(rest, " ")
		colon := strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
		if !colon && !isSite {
			return false
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "："), ":")
		// The value runs to the next label.
		end := len(rest)
		for i := range rest {
			if i == 0 {
				continue
			}
			if l, _ := g.fieldLabel(rest[i:]); l != "" && (i == 0 || isFieldSeparatorBefore(rest[:i])) {
				end = i
				break
			}
		}
		value := rest[:end]
		if strings.ContainsAny(value, "。！？；") {
			return false
		}
		fields++
		site = site || isSite
		rest = rest[end:]
	}
	return fields > 0 && site
}

func (g *furnitureGrammar) fieldLabel(s string) (string, bool) {
	if w := longestPrefix(s, g.footers); w != "" {
		return w, true
	}
	if w := longestPrefix(s, g.marks); w != "" {
		return w, true
	}
	return longestPrefix(s, g.fields), false
}

func isFieldSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("|｜/·•、，,;；", r)
}

// isFieldSeparatorBefore says whether s ends with a separator: a label
// starts a new field only after one (电话 inside 联系电话 does not).
func isFieldSeparatorBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isFieldSeparator(r)
}

// isCreditLine: the line is made of credit fields only: a credit label, a
// colon, and a few names ("编辑：张三 校对：李四"). A space instead of the colon
// counts in a line of several fields or after a long label ("责任编辑 王五"):
// "视频 习近平讲话" is a heading.
func (g *furnitureGrammar) isCreditLine(s string) bool {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "（）()【】[]"))
	fields, spaced := 0, 0
	rest := s
	for {
		rest = strings.TrimLeftFunc(rest, isFieldSeparator)
		if rest == "" {
			break
		}
		label := longestPrefix(rest, g.credits)
		if label == "" {
			return false
		}
		rest = rest[len(label):]
		if strings.HasPrefix(rest, "/") && longestPrefix(rest[1:], g.credits) != "" {
			continue // 文/图：…, labels in a row
		}
		switch {
		case strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "/"):
		case strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\u3000"):
			if utf8.RuneCountInString(label) < 4 {
				spaced++
			}
		default:
			return false // 编辑部, 审核通过: the label is part of a word
		}
		rest = strings.TrimLeft(rest, "：: \u3000/")
		// Names up to the next label.
		end := len(rest)
		for i := range rest {
			if i > 0 && longestPrefix(rest[i:], g.credits) != "" && isFieldSeparatorBefore(rest[:i]) {
				end = i
				break
			}
		}
		if !namesOnly(rest[:end]) {
			return false
		}
		fields++
		rest = rest[end:]
	}
	return fields > 1 || fields == 1 && spaced == 0
}

// isPhotoCredit: a picture's caption line ending with its credit, a reporter
// marker, a name and 摄 ("政府工作报告。 某某日报记者 李森 摄", "记者 张三 摄").
func (g *furnitureGrammar) isPhotoCredit(s string) bool {
	rest, ok := strings.CutSuffix(strings.TrimSpace(s), "摄")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	// The names: letters back to the marker.
	i := len(rest)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(rest[:i])
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) && r != '、' && r != '·' {
			break
		}
		if longestSuffix(rest[:i], g.photoMarkers) != "" {
			return shortNames(rest[i:])
		}
		i -= size
	}
	return false
}

// shortNames says whether s is one to three personal names of two to four
// letters (a photographer's credit), or a transliterated name with ·.
func shortNames(s string) bool {
	names := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '、' })
	if len(names) == 0 || len(names) > 3 {
		return false
	}
	for _, n := range names {
		k := utf8.RuneCountInString(n)
		if k < 2 || k > 4 && !strings.Contains(n, "·") || k > 10 {
			return false
		}
	}
	return true
}

// longestSuffix returns the word of words that s ends with, or "".
func longestSuffix(s string, words []string) string {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// namesOnly says whether s is one or a few names: letters, with spaces,
// 、 or commas between, no name over 8 runes, no digits or sentence marks.
func namesOnly(s string) bool {
	names := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("、，,/|｜", r) }) {
		n := 0
		for _, r := range f {
			if !unicode.IsLetter(r) && r != '·' && r != '•' {
				return false
			}
			n++
		}
		if n > 8 {
			return false
		}
		names++
	}
	return names <= 6
}

// isPrompt: every clause of the line is a prompt (leads, a verb, perhaps a
// name and an object: 欢迎关注 某某日报 微信公众号) or a short filler (更多精彩),
// and some prompt has a lead or an object: a bare verb and a noun
// (关注民生, 分享经济) is a heading, not a prompt.
func (g *furnitureGrammar) isPrompt(s string) bool {
	evidence := false
	prompts := 0
	for _, clause := range strings.FieldsFunc(s, isPromptBreak) {
		clause = trimDecoration(clause)
		if clause == "" {
			continue
		}
		ok, ev := g.promptClause(clause)
		if ok {
			prompts++
			evidence = evidence || ev
			continue
		}
		// A short filler (更多精彩), or a number alone (a time stamp's value).
		if strings.ContainsFunc(clause, isHanRune) && (utf8.RuneCountInString(clause) > 6 || strings.ContainsFunc(clause, unicode.IsDigit)) {
			return false
		}
		if !strings.ContainsFunc(clause, isHanRune) && strings.ContainsFunc(clause, unicode.IsLetter) {
			return false
		}
	}
	return prompts > 0 && evidence
}

func isPromptBreak(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("，,。！!？?：:；;、|｜/", r)
}

// promptClause reads one clause as prompts in a row: leads* verb
// [name] [object] (打开APP阅读全文 is two). ev says a lead or an object was seen.
func (g *furnitureGrammar) promptClause(c string) (ok, ev bool) {
	rest := c
	for rest != "" {
		lead := false
		for {
			w := longestPrefix(rest, g.leads)
			if w == "" {
				break
			}
			rest, lead = rest[len(w):], true
		}
		v := longestPrefix(rest, g.verbs)
		if v == "" {
			// A lead and an object with no verb between: 点击 专题.
			if lead && g.endsWithObject(rest) {
				return true, true
			}
			return false, false
		}
		rest = rest[len(v):]
		ev = ev || lead
		// The object ends the prompt, or the next prompt's verb follows it.
		next := g.nextVerb(rest)
		head := rest
		if next >= 0 {
			head = rest[:next]
		}
		head = g.trimParticles(head)
		switch {
		case head == "":
		case g.endsWithObject(head) && utf8.RuneCountInString(head) <= maxNameRunes+4:
			ev = true
		case utf8.RuneCountInString(head) <= 2 && next < 0:
			// 扫一扫, 分享到, 点击查看: a verb with a particle or a short complement
		default:
			return false, false
		}
		if next < 0 {
			return true, ev
		}
		rest = rest[next:]
	}
	return true, ev
}

// nextVerb is the offset of the first verb or lead in s after an object, or
// -1: 打开APP|阅读全文.
func (g *furnitureGrammar) nextVerb(s string) int {
	for i := range s {
		if i == 0 {
			continue
		}
		if !g.endsWithObject(g.trimParticles(s[:i])) {
			continue
		}
		if longestPrefix(s[i:], g.verbs) != "" || longestPrefix(s[i:], g.leads) != "" {
			return i
		}
	}
	return -1
}

func (g *furnitureGrammar) endsWithObject(s string) bool {
	lower := strings.ToLower(s)
	for _, o := range g.objects {
		if strings.HasSuffix(lower, strings.ToLower(o)) {
			return true
		}
	}
	return false
}

func (g *furnitureGrammar) trimParticles(s string) string {
	for {
		s = strings.TrimRightFunc(s, func(r rune) bool { return isDecoration(r) })
		cut := false
		for _, p := range g.particles {
			if strings.HasSuffix(s, p) && len(s) > len(p) {
				s, cut = s[:len(s)-len(p)], true
				break
			}
		}
		if !cut {
			return s
		}
	}
}

// longestPrefix returns the first word of words (sorted longest first)
// that s starts with, ignoring ASCII case, or "".
func longestPrefix(s string, words []string) string {
	for _, w := range words {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return s[:len(w)]
		}
	}
	return ""
}

// trimDecoration removes what frames a line of furniture: brackets, arrows,
// bullets, symbols and spaces at both ends.
func trimDecoration(s string) string {
	return strings.TrimFunc(s, isDecoration)
}

func isDecoration(r rune) bool {
	if unicode.IsSpace(r) || strings.ContainsRune("【】[]（）()「」《》<>〈〉«»·•●○◆◇■□▲△▼▽▶►→←↑↓⇒☞👉|｜-—_~～*#＞＜>", r) {
		return true
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
}

// quickMay says whether line holds any grammar word at all: most lines
// hold none and skip the grammar. One pass over the line: at a rune that
// begins a word, the words that begin with it (ASCII case folded: COPYRIGHT).
func (g *furnitureGrammar) quickMay(line string) bool {
	if g == nil {
		return false
	}
	for i, r := range line {
		if r < utf8.RuneSelf {
			r = unicode.ToLower(r)
		}
		if !g.starts.has(r) {
			continue
		}
		for _, w := range g.byFirst[r] {
			if len(line)-i >= len(w) && strings.EqualFold(line[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}
