package extract

import (
	"strings"
	"unicode/utf8"
)

// What the segmenter's dictionary says about a name: a name is a person's by
// its shape and position, never a common word of the dictionary (农业, 明确,
// 党中央), a country (伊拉克, …德国), a body ending in an organ (应国家 of
// "应国家主席…邀请"), a book's title, or a fragment of a longer word (程处 of
// 工程处主任).

// wordTagger is a segmenter that can say what a word is: GSE is one.
type wordTagger interface {
	FirstWord(text string) (word, pos string)
	Lookup(word string) (freq float64, pos string, ok bool)
}

// minCommonFreq is how frequent a dictionary word that is not a person's name
// must be to be taken for a word rather than a name: rarer entries are often
// names the dictionary mislabels.
const minCommonFreq = 50

// commonWord reports whether the dictionary holds name as a frequent word
// that is not a person's or a place's name.
func commonWord(seg Segmenter, name string) bool {
	t, ok := seg.(wordTagger)
	if !ok {
		return false
	}
	freq, pos, found := t.Lookup(name)
	// Place names (ns) are often people's names too (苏林, 江山).
	return found && freq >= minCommonFreq && !strings.HasPrefix(pos, "nr") && pos != "ns"
}

// functionalAt reports whether the word that starts at byte end of text is a
// verb, adverb, time word, preposition or conjunction of two or more
// characters: what ends a transliterated name ("谢里夫" + 今天宣布).
func functionalAt(seg Segmenter, text string, end int) bool {
	t, ok := seg.(wordTagger)
	if !ok || end >= len(text) {
		return false
	}
	stop := end
	for n := 0; n < 8 && stop < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[stop:])
		stop += size
	}
	w, pos := t.FirstWord(text[end:stop])
	if utf8.RuneCountInString(w) < 2 || pos == "" {
		return false
	}
	switch pos[0] {
	case 'v', 't', 'd', 'p', 'c':
		return true
	}
	return pos == "ad"
}

// acceptable reports whether mention m names a person.
func (p *peopleRules) acceptable(d *Doc, m mention) bool {
	name, text := m.name, d.Text
	if strings.HasPrefix(text[m.end:], "》") {
		return false // inside a book's title: 《阿布扎比部长宣言》
	}
	if p.foreign.has(name) || p.foreign.endingAt(name, len(name)) > len("国") {
		return false // 伊拉克, 任德国
	}
	if n := p.prefixes.endingAt(name, len(name)); n > len("国") && n < len(name) {
		return false // 应国家 + 主席
	}
	if strings.ContainsAny(name, "·•・‧") {
		return true
	}
	if d.Seg != nil && commonWord(d.Seg, name) {
		return false
	}
	// A name starts a word, unless a title or punctuation stands before it
	// (the segmenter often joins a surname to the word before).
	if !p.startsName(text, m.start) && !d.wordEnds().startsWord(m.start) {
		return false
	}
	return true
}
