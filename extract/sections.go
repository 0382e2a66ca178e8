package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// part is what a part of a long document does: a work report reviews the
// past year (or plan period), then plans the next; an annex or glossary
// follows. Figures and tasks read the part first where their clause says
// nothing (see rules/README.md, "Sections").
type part uint8

const (
	partNone   part = iota // not known: the clause's own cues decide
	partReview             // reviews past work: figures are facts, no tasks
	partPlan               // plans: figures are targets unless their clause reports
	partAnnex              // annex, glossary, links: no tasks
)

// lineSection is what the document's structure says about one paragraph.
type lineSection struct {
	part      part
	goals     bool // the paragraph states the year's targets (主要预期目标是：…) from byte goalsFrom on
	goalsFrom int
	title     bool // a numbered top heading or an annex heading: names a part, directs nothing
}

// sectionRules are the words of rules/sections.txt by kind.
type sectionRules struct {
	review, plan, annex, past, future, goals []string
}

func compileSectionRules(r *Rules) (*sectionRules, error) {
	sr := &sectionRules{}
	for _, row := range r.Table("sections") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: sections: %q: want word and kind", row[0])
		}
		switch row[1] {
		case "review":
			sr.review = append(sr.review, row[0])
		case "plan":
			sr.plan = append(sr.plan, row[0])
		case "annex":
			sr.annex = append(sr.annex, row[0])
		case "past":
			sr.past = append(sr.past, row[0])
		case "future":
			sr.future = append(sr.future, row[0])
		case "goals":
			sr.goals = append(sr.goals, row[0])
		default:
			return nil, fmt.Errorf("rules: sections: %q: unknown kind %q", row[0], row[1])
		}
	}
	return sr, nil
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// firstSentence is s up to its first full stop (a heading run into its
// paragraph: "（一）壮大实体经济，推动高质量发展。持续…").
func firstSentence(s string) string {
	if i := strings.IndexAny(s, "。！？!?"); i >= 0 {
		return s[:i]
	}
	return s
}

// sections reads the parts of the document, one lineSection per Lines
// entry. A numbered top heading (一、…) opens a part, labelled by its words;
// one without such words takes the label of its first paragraph's opening
// (过去一年…, 2025年是… before the text's own year: review; 今年是…: plan).
// Sub-headings stay in their part. An annex heading makes the rest annex.
func (d *Doc) sections(ref int) []lineSection {
	sr := d.Rules.sections
	out := make([]lineSection, len(d.Lines))
	if sr == nil {
		return out
	}
	cur := partNone
	annex, fresh, goalsNext := false, false, false
	for i, ln := range d.Lines {
		line := strings.TrimSpace(d.Text[ln.Start:ln.End])
		if annex {
			out[i] = lineSection{part: partAnnex}
			continue
		}
		first := firstSentence(line)
		level := headingLevel(line)
		if (isHeadingLine(line) || level > 0) && runesAtMost(first, 30) && containsAny(first, sr.annex) {
			annex = true
			out[i] = lineSection{part: partAnnex, title: true}
			continue
		}
		// a top heading names a part; "一、提高低保标准。" is a point of a list
		if level == 1 && runesAtMost(first, 50) && !strings.ContainsAny(first, "；;") && !strings.HasSuffix(line, "。") {
			cur = headingPart(first, sr, ref)
			fresh = cur == partNone
			goalsNext = false
			out[i] = lineSection{part: cur, title: true}
			continue
		}
		if fresh && !isHeadingLine(line) {
			fresh = false
			switch opening(line, sr, ref) {
			case partReview:
				cur = partReview
			case partPlan:
				cur = partPlan
			}
		}
		ls := lineSection{part: cur}
		if cur == partPlan && !isHeadingLine(line) && opening(line, sr, ref) == partReview {
			// a paragraph of a plan that opens by looking back ("十四五"时期，
			// …这五年，…) reviews, though its part plans
			ls.part = partReview
		}
		if ls.part != partReview {
			if goalsNext {
				ls.goals, ls.goalsFrom = true, ln.Start
				goalsNext = false
			} else if at, atEnd := goalsCue(line, sr.goals); at >= 0 {
				ls.goals = !atEnd
				ls.goalsFrom = ln.Start + strings.Index(d.Text[ln.Start:ln.End], line) + at
				goalsNext = atEnd
			}
		}
		out[i] = ls
	}
	return out
}

// headingPart labels a numbered top heading by its words: review (回顾,
// 成就 …) or plan (工作安排, 目标任务 …). A heading with both
// ("2025年主要工作和"十四五"发展成就") reviews when every year it names is
// before the text's own.
func headingPart(h string, sr *sectionRules, ref int) part {
	plan, review := containsAny(h, sr.plan), containsAny(h, sr.review)
	switch {
	case plan && review:
		years := yearWords(h)
		past := len(years) > 0 && ref > 0
		for _, loc := range years {
			if y, err := strconv.Atoi(h[loc[2]:loc[3]]); err != nil || y >= ref {
				past = false
			}
		}
		if past {
			return partReview
		}
		return partPlan
	case plan:
		return partPlan
	case review:
		return partReview
	}
	return partNone
}

// opening says whether a paragraph opens by looking back (过去一年, 一年来,
// 2025年是… in a text of 2026) or ahead (今年是, 2026年是…), in its first
// two sentences; partNone when it does neither.
func opening(line string, sr *sectionRules, ref int) part {
	head := line
	for n, at := 0, 0; n < 2; n++ {
		k := strings.IndexAny(line[at:], "。！？")
		if k < 0 {
			at = len(line)
			break
		}
		at += k + len("。")
		head = line[:at]
	}
	past, future := firstAt(head, sr.past), firstAt(head, sr.future)
	if y, at := periodIs(head); at >= 0 && ref > 0 && y < ref && (past < 0 || at < past) {
		past = at
	}
	if y, at := yearIs(head); at >= 0 && ref > 0 {
		if y < ref && (past < 0 || at < past) {
			past = at
		}
		if y >= ref && (future < 0 || at < future) {
			future = at
		}
	}
	switch {
	case past >= 0 && (future < 0 || past < future):
		return partReview
	case future >= 0:
		return partPlan
	}
	return partNone
}

// firstAt is the offset of the earliest of words in s, or -1.
func firstAt(s string, words []string) int {
	best := -1
	for _, w := range words {
		if k := strings.Index(s, w); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// yearIs finds "2025年是" (a year introduced as the subject: 2025年是"十四五"收官之年)
// at the start of a sentence of s: the year and its offset, or -1.
func yearIs(s string) (int, int) {
	for at := 0; at < len(s); {
		k := strings.Index(s[at:], "年是")
		if k < 0 {
			return 0, -1
		}
		e := at + k
		b := e - 4
		if b >= 0 && (b == 0 || strings.HasSuffix(s[:b], "。") || strings.HasSuffix(s[:b], "！")) {
			if y, err := strconv.Atoi(s[b:e]); err == nil && y >= 1900 {
				return y, b
			}
		}
		at = e + len("年是")
	}
	return 0, -1
}

// periodIs finds a five-year plan's period opening a sentence of s
// ("十四五"时期，…, 十三五以来…): the period's last year (十四五: 2025) and
// its offset, or -1.
func periodIs(s string) (int, int) {
	for at := 0; at < len(s); {
		k := strings.Index(s[at:], "五")
		if k < 0 {
			return 0, -1
		}
		e := at + k
		at = e + len("五")
		b := e - len("十一")
		if b < 0 || !strings.HasPrefix(s[b:], "十") {
			continue
		}
		digit, _ := utf8.DecodeRuneInString(s[b+len("十") : e])
		n := strings.IndexRune("一二三四五六七八九", digit)
		if n < 0 {
			continue
		}
		open := b
		if strings.HasSuffix(s[:b], "“") || strings.HasSuffix(s[:b], "\"") {
			_, size := utf8.DecodeLastRuneInString(s[:b])
			open = b - size
		}
		if open != 0 && !strings.HasSuffix(s[:open], "。") && !strings.HasSuffix(s[:open], "！") {
			continue
		}
		rest := strings.TrimLeft(s[at:], "”\"")
		if !strings.HasPrefix(rest, "时期") && !strings.HasPrefix(rest, "期间") && !strings.HasPrefix(rest, "以来") {
			continue
		}
		return 1955 + 5*(11+n/len("一")), open
	}
	return 0, -1
}

// goalsCue finds a goals word followed by 是, 为 or a colon (主要预期目标是：)
// in a paragraph: the byte offset of the word or -1, and whether the word
// ends the paragraph (a heading "主要预期目标" whose list is the next one).
func goalsCue(line string, words []string) (int, bool) {
	for _, w := range words {
		for at := 0; at < len(line); {
			k := strings.Index(line[at:], w)
			if k < 0 {
				break
			}
			e := at + k + len(w)
			rest := line[e:]
			if rest == "" {
				return at + k, true
			}
			r, _ := utf8.DecodeRuneInString(rest)
			if r == '是' || r == '为' || r == '：' || r == ':' {
				return at + k, false
			}
			at = e
		}
	}
	return -1, false
}

// lineIndex is the index of the paragraph (Lines entry) holding byte off, or
// -1 when it falls between paragraphs.
func (d *Doc) lineIndex(off int) int {
	lo := sort.Search(len(d.Lines), func(m int) bool { return d.Lines[m].End > off })
	if lo < len(d.Lines) && d.Lines[lo].Start <= off {
		return lo
	}
	return -1
}
