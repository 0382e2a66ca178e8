package extract

import "sort"

// words are the segmenter's cut of one text, as the byte offsets where its
// words end. A name counts only where the cut lets it begin and end: 海南 in
// 红海南部 or 山东 in 山东大学 starts or ends inside a longer word.
type words struct {
	text string
	ends []int // nil when there is no segmenter: every offset is a boundary
}

// wordEnds returns the cut of the document's text, computed once.
func (d *Doc) wordEnds() words {
	if !d.endsDone {
		d.endsDone = true
		if d.Seg != nil {
			d.ends = wordEnds(d.Seg, d.Text)
		}
	}
	return words{text: d.Text, ends: d.ends}
}

// cutWords cuts a short text (a title) with seg, which may be nil.
func cutWords(seg Segmenter, text string) words {
	w := words{text: text}
	if seg != nil && text != "" {
		w.ends = wordEnds(seg, text)
	}
	return w
}

// token returns the byte span of the word holding byte offset i.
func (w words) token(i int) (start, end int) {
	if w.ends == nil {
		return i, i
	}
	k := sort.SearchInts(w.ends, i+1) // first end after i
	if k >= len(w.ends) {
		return len(w.text), len(w.text)
	}
	if k > 0 {
		start = w.ends[k-1]
	}
	return start, w.ends[k]
}

// startsWord reports whether a word of the cut begins at byte i.
func (w words) startsWord(i int) bool {
	if w.ends == nil || i == 0 {
		return true
	}
	k := sort.SearchInts(w.ends, i)
	return k < len(w.ends) && w.ends[k] == i
}

// endsWord reports whether a word of the cut ends at byte i.
func (w words) endsWord(i int) bool {
	return w.startsWord(i)
}
