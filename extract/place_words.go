package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// words are the segmenter's cut of one text, as the byte offsets where its
// words end. A name counts only where the cut lets it begin and end: 海南 in
// 红海南部 or 山东 in 山东大学 starts or ends inside a longer word.
//
// A document is cut a sentence at a time, when a question about the sentence
// is first asked: names are looked up at a few places of a document, and
// cutting all of it cost a third of the analysis of a news item. No word
// spans a line break or a punctuation mark (isBreak), so the cut of a clause
// is its part of the whole cut.
type words struct {
	text string
	ends []int    // a short text's cut; nil when there is no segmenter
	doc  *lazyCut // a document's cut, line by line (nil: ends is the cut)
}

// lazyCut cuts a document's sentences as they are asked about.
type lazyCut struct {
	seg    Segmenter
	breaks []int         // byte offsets of the text's breaks (a line break, 。！？；), each a word of its own
	lines  map[int][]int // the cut of each sentence cut so far, by its start
}

// isBreak says whether r ends a line, a sentence or a clause, or opens or
// closes a quote or a bracket: no word spans it, so the text is cut at it.
func isBreak(r rune) bool {
	return strings.ContainsRune("\n。！？；，、：“”‘’（）《》【】", r)
}

// wordEnds returns the cut of the document's text, made as it is asked.
func (d *Doc) wordEnds() words {
	if !d.endsDone {
		d.endsDone = true
		if d.Seg != nil {
			d.cut = newLazyCut(d.Seg, d.Text)
		}
	}
	return words{text: d.Text, doc: d.cut}
}

// newLazyCut prepares the cut of text by seg, made a sentence at a time as
// it is asked about.
func newLazyCut(seg Segmenter, text string) *lazyCut {
	c := &lazyCut{seg: seg, lines: map[int][]int{}}
	for i, r := range text {
		if isBreak(r) {
			c.breaks = append(c.breaks, i)
		}
	}
	return c
}

// cutWords cuts a short text (a title) with seg, which may be nil. Like a
// document's, the cut is made only where it is asked about: most titles
// name no place, and cutting each cost 3% of the analysis of news.
func cutWords(seg Segmenter, text string) words {
	w := words{text: text}
	if seg != nil && text != "" {
		w.doc = newLazyCut(seg, text)
	}
	return w
}

// cut reports whether there is a segmenter's cut (without one, every offset
// is a boundary).
func (w words) cut() bool { return w.ends != nil || w.doc != nil }

// endsAround returns the word ends of the part of the text around byte i (a
// line of a document, else all of it), with where that part starts and ends.
func (w words) endsAround(i int) (ends []int, from, to int) {
	if w.doc == nil {
		return w.ends, 0, len(w.text)
	}
	c := w.doc
	k := sort.SearchInts(c.breaks, i+1) - 1 // the last break at or before i
	if k >= 0 {
		if _, size := utf8.DecodeRuneInString(w.text[c.breaks[k]:]); i < c.breaks[k]+size {
			return []int{c.breaks[k] + size}, c.breaks[k], c.breaks[k] + size // the break itself is a word
		}
	}
	k++ // the first break after i
	from, to = 0, len(w.text)
	if k > 0 {
		_, size := utf8.DecodeRuneInString(w.text[c.breaks[k-1]:])
		from = c.breaks[k-1] + size
	}
	if k < len(c.breaks) {
		to = c.breaks[k]
	}
	ends, ok := c.lines[from]
	if !ok {
		for _, e := range wordEnds(c.seg, w.text[from:to]) {
			ends = append(ends, from+e)
		}
		c.lines[from] = ends
	}
	return ends, from, to
}

// token returns the byte span of the word holding byte offset i.
func (w words) token(i int) (start, end int) {
	if !w.cut() {
		return i, i
	}
	ends, from, to := w.endsAround(i)
	k := sort.SearchInts(ends, i+1) // first end after i
	if k >= len(ends) {
		return to, to
	}
	start = from
	if k > 0 {
		start = ends[k-1]
	}
	return start, ends[k]
}

// startsWord reports whether a word of the cut begins at byte i.
func (w words) startsWord(i int) bool {
	if !w.cut() || i == 0 {
		return true
	}
	if w.doc != nil {
		before, _ := utf8.DecodeLastRuneInString(w.text[:i])
		after, _ := utf8.DecodeRuneInString(w.text[i:])
		if isBreak(before) || i >= len(w.text) || isBreak(after) {
			return true // a sentence's start, or a break
		}
	}
	ends, _, _ := w.endsAround(i - 1) // the word before i ends at i, in i-1's line
	k := sort.SearchInts(ends, i)
	return k < len(ends) && ends[k] == i
}

// endsWord reports whether a word of the cut ends at byte i.
func (w words) endsWord(i int) bool {
	return w.startsWord(i)
}
