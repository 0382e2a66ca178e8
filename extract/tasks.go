package extract

import "strings"

// extractTasks finds the directives of the speech: the points of 一要…二要…,
// 一是…二是…, 第一…, numbered headings, and sentences that open with a modal
// (要, 必须, 务必, 着力 …). A task that names a member of a formula found in
// the text is linked to that formula.
func extractTasks(d *Doc, rec *Record) {
	fr := d.Rules.formulas
	if fr == nil {
		return
	}
	t := newRuneText(d.Text)
	seen := map[int]bool{}
	var tasks []Task
	add := func(startByte int, text string) {
		text = strings.TrimSpace(text)
		if text == "" || seen[startByte] || len([]rune(text)) < 3 {
			return
		}
		seen[startByte] = true
		sp := d.Span(startByte, startByte+len(text))
		tasks = append(tasks, Task{Text: text, Span: sp})
	}
	for _, s := range d.Sentences {
		sent := d.Slice(s)
		off := s.Start
		// leading spaces stay outside the task
		trimmed := strings.TrimLeft(sent, " \t\u3000")
		off += len(sent) - len(trimmed)
		sent = trimmed
		// points: 一要抓认识。 / 一是… / 第一，… / （一）… / 1.…
		if n := enumMarkerLen(sent); n > 0 {
			add(off+n, firstClause(sent[n:]))
			continue
		}
		// a speaker's verb before the directive: "他强调，要…"
		body, boff := sent, off
		if i := strings.IndexAny(body, "，,"); i >= 0 && i <= 30 {
			head := body[:i]
			if strings.HasSuffix(head, "强调") || strings.HasSuffix(head, "指出") || strings.HasSuffix(head, "要求") || strings.HasSuffix(head, "提出") {
				rest := body[i:]
				_, sz := firstRune(rest)
				body, boff = rest[sz:], off+i+sz
			}
		}
		if m := fr.taskMarker(body); m != "" && len(body) > len(m) {
			add(boff, strings.TrimRight(body, "。；;！!"))
		}
	}
	// link each task to a formula whose member it names
	for i := range tasks {
		for _, in := range rec.Initiatives {
			if linksTo(tasks[i].Text, in.Items) {
				tasks[i].Initiative = in.Name
				break
			}
		}
	}
	rec.Tasks = tasks
	_ = t
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// enumMarkerLen returns the byte length of a point marker that opens s
// (一要, 二是, 第三，, （四）, (5), 6.), or 0.
func enumMarkerLen(s string) int {
	rs := []rune(s)
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
	case !bracket && !ordinal && (rs[j] == '.' || rs[j] == '．') && isDigit(rs[i]):
		j++
	default:
		return 0
	}
	return len(string(rs[:j]))
}

// linksTo reports whether a task names one of a formula's members.
func linksTo(task string, items []string) bool {
	for _, it := range items {
		if len([]rune(it)) >= 2 && strings.Contains(task, it) {
			return true
		}
	}
	return false
}
