package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// extractTasks finds the directives of the speech: the points of 一要…二要…,
// 一是…二是…, 第一…, numbered headings, and sentences that open with a modal
// (要, 必须, 务必, 着力 …). A task that names a member of a formula found in
// the text is linked to that formula.
func extractTasks(d *Doc, rec *Record) {
	fr := d.Rules.formulas
	if fr == nil {
		return
	}
	seen := map[int]bool{}
	var tasks []Task
	add := func(from int, text string) {
		text = strings.TrimSpace(text)
		if text == "" || len([]rune(text)) < 3 || from > len(d.Text) {
			return
		}
		// the text was trimmed: find where it starts
		i := strings.Index(d.Text[from:], text)
		if i < 0 || seen[from+i] {
			return
		}
		start := from + i
		seen[start] = true
		sp := d.Span(start, start+len(text))
		tasks = append(tasks, Task{Text: text, Span: sp})
	}
	// The review of past work, annexes and glossaries direct nothing, nor
	// does a heading that names a part (三、2026年工作安排).
	secs := d.sections(referenceYear(d))
	for _, s := range d.Sentences {
		if li := d.lineIndex(s.Start); li >= 0 && (secs[li].part == partReview || secs[li].part == partAnnex || secs[li].title) {
			continue
		}
		sent := d.Slice(s)
		off := s.Start
		// leading spaces stay outside the task
		trimmed := strings.TrimLeft(sent, " \t\u3000")
		off += len(sent) - len(trimmed)
		sent = trimmed
		// a speaker's verb before the directive: "他强调，要…", "他指出，一要…"
		body, boff := sent, off
		if i := strings.IndexFunc(body, isComma); i >= 0 && i <= 30 {
			head := body[:i]
			for _, v := range fr.taskSpeakers {
				if strings.HasSuffix(head, v) {
					rest := body[i:]
					_, sz := firstRune(rest)
					body, boff = rest[sz:], off+i+sz
					break
				}
			}
		}
		// "…抓好两项任务：一是稳投资，…"
		if i := strings.IndexFunc(body, isColon); i >= 0 {
			_, sz := firstRune(body[i:])
			if enumMarkerLen(body[i+sz:]) > 0 {
				body, boff = body[i+sz:], boff+i+sz
			}
		}
		// points: 一要抓认识。 / 一是… / 第一，… / （一）… / 1.…
		if n := enumMarkerLen(body); n > 0 {
			if clause := firstClause(body[n:]); opensDirective(d, fr, clause) {
				add(boff+n, clause)
			}
			continue
		}
		if m := fr.taskMarker(body); m != "" && len(body) > len(m) {
			add(boff, strings.TrimRight(body, "。；;！!"))
		}
	}
	// link each task to a formula whose member it names
	members := make([][]string, len(rec.Initiatives))
	for k, in := range rec.Initiatives {
		members[k] = linkable(in.Items)
	}
	for i := range tasks {
		for k, in := range rec.Initiatives {
			if linksTo(tasks[i].Text, members[k]) {
				tasks[i].Initiative = in.Name
				break
			}
		}
	}
	rec.Tasks = tasks
}

// opensDirective says whether a numbered point reads as a directive. A
// point that opens with a noun, pronoun, number or time names an area
// (1.医疗卫生方面) or states a result (（六）人民生活品质不断提高, 5亿人次选择…):
// it directs nothing, unless a directive marker follows its subject
// (文艺要热爱人民). Verbs, adverbs, idioms and adjectives open directives
// (加快建设, 坚定不移深化改革, 扎实推动, 畅通物资供应).
func opensDirective(d *Doc, fr *formulaRules, clause string) bool {
	g, ok := d.Seg.(*GSE)
	if !ok || clause == "" || fr.taskMarker(clause) != "" {
		return true
	}
	words := tagWords(g, clause[:phraseEnd(clause, 0, 12)])
	if len(words) == 0 {
		return true
	}
	// 6.教育/vn 助学方面: a label of an area, whatever opens it
	if last := words[len(words)-1].text; (last == "方面" || last == "领域") && !slices.ContainsFunc(words, func(w taggedWord) bool { return !isNounTag(w.tag) }) {
		return false // (not 突出重点/i 领域)
	}
	w, tag := words[0].text, words[0].tag
	if !nameLike(tag) {
		return true
	}
	// 纵深/n 推进, 协同/n 发力, 用心/n 用/p 情/n 用力/n 办好: short nouns right
	// before a verb say how it is done; 中方/f 愿/zg 扩大, 中方/f 支持: a
	// short subject commits to it (a subject reads longer or takes an
	// adverb: 居民收入稳步提高)
	for k, x := range words[:min(len(words), 5)] {
		if x.tag == "v" && k > 0 {
			return true
		}
		if !strings.HasPrefix(x.tag, "n") && x.tag != "p" && x.tag != "f" && x.tag != "zg" || utf8.RuneCountInString(x.text) > 2 {
			break
		}
	}
	head := clause[:phraseEnd(clause, 0, 10)]
	for i := len(w); i < len(head); {
		if fr.taskMarker(head[i:]) != "" || strings.HasPrefix(head[i:], "将") { // 中国将始终坚定不移扩大对外开放
			return true
		}
		_, size := utf8.DecodeRuneInString(head[i:])
		i += size
	}
	return false
}

// nameLike says whether a word so tagged names rather than acts: a noun, a
// pronoun, a number, a time or a place.
func nameLike(tag string) bool {
	if tag == "" || tag == "vn" || tag == "an" {
		return false
	}
	return tag[0] == 'n' || tag[0] == 'r' || tag[0] == 'm' || tag[0] == 't' || tag == "s" || tag == "f" || tag == "j" || tag == "x" || tag == "eng" || tag == "q"
}

func isComma(r rune) bool { return r == '，' || r == ',' }

func isColon(r rune) bool { return r == '：' || r == ':' }

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// enumMarkerLen returns the byte length of a point marker that opens s
// (一要, 二是, 第三，, （四）, (5), 6.), or 0.
func enumMarkerLen(s string) int {
	// A marker is at most six runes: a bracket or 第, three numerals, and
	// what closes it. Every sentence is asked, so only those are read.
	var head [6]rune
	rs := head[:0]
	for _, r := range s {
		if len(rs) == len(head) {
			break
		}
		rs = append(rs, r)
	}
	i := 0
	bracket := false
	if i < len(rs) && (rs[i] == '（' || rs[i] == '(') {
		bracket = true
		i++
	}
	ordinal := false
	if !bracket && i < len(rs) && rs[i] == '第' {
		ordinal = true
		i++
	}
	j := i
	for j < len(rs) && (isCNNumeral(rs[j]) || isDigit(rs[j])) && j-i < 3 {
		j++
	}
	if j == i || j >= len(rs) {
		return 0
	}
	switch {
	case bracket && (rs[j] == '）' || rs[j] == ')'):
		j++
	case ordinal && strings.ContainsRune("，,、", rs[j]):
		j++
	case !bracket && !ordinal && (rs[j] == '要' || rs[j] == '是') && isCNNumeral(rs[i]):
		j++
	case !bracket && !ordinal && rs[j] == '、' && isCNNumeral(rs[i]):
		j++
	case !bracket && !ordinal && (rs[j] == '.' || rs[j] == '．') && isDigit(rs[i]) && (j+1 >= len(rs) || !isDigit(rs[j+1])): // not 8.9万
		j++
	default:
		return 0
	}
	n := 0
	for _, r := range rs[:j] {
		n += utf8.RuneLen(r)
	}
	return n
}

// linkable returns the members a task may name: those of two runes or more
// (one rune is found in passing everywhere).
func linkable(items []string) []string {
	var out []string
	for _, it := range items {
		if utf8.RuneCountInString(it) >= 2 {
			out = append(out, it)
		}
	}
	return out
}

// linksTo reports whether a task is one of a formula's members (as linkable
// gives them): it names the member at its start ("抓认识",
// "要在放管服上改革突破"), not in passing.
func linksTo(task string, items []string) bool {
	for _, it := range items {
		if i := strings.Index(task, it); i >= 0 && len([]rune(task[:i])) <= 3 {
			return true
		}
	}
	return false
}
