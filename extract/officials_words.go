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
	for i := range name {
		if p.foreign.startingAt(name, i) > 0 {
			return false // 伊拉克, 任德国, 韩国国
		}
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

// bareNameAt reads, right after a rank, a name of three or four characters
// with no known surname (嘎玛泽登, 洛桑江村): a run of Han characters that ends
// at punctuation or a word that follows names, holds no character that no
// name has, and none of whose words is a common word, a rank or an organ.
func (p *peopleRules) bareNameAt(d *Doc, start int) (string, int, bool) {
	if d.Seg == nil {
		return "", 0, false
	}
	text := d.Text
	for _, runes := range []int{4, 3} {
		end := fwdRunes(text, start, runes)
		if end < 0 || !p.bareEnd(text, end) {
			continue
		}
		name := text[start:end]
		ok := true
		for _, r := range name {
			if !isHanRune(r) || p.noChar[r] {
				ok = false
				break
			}
		}
		if !ok || p.notName.startingAt(name, 0) > 0 {
			continue
		}
		for pos := start; pos < end && ok; {
			// No word that follows names inside it ("莱维特" + 称), no country.
			if p.after.startingAt(text, pos) > 0 || p.foreign.startingAt(text, pos) > 0 {
				ok = false
			}
			_, size := utf8.DecodeRuneInString(text[pos:])
			pos += size
		}
		if !ok {
			continue
		}
		w := d.wordEnds()
		if !w.startsWord(start) || !w.endsWord(end) {
			continue
		}
		for pos := start; pos < end && ok; {
			_, te := w.token(pos)
			word := text[pos:min(te, end)]
			if utf8.RuneCountInString(word) >= 2 && (commonWord(d.Seg, word) || plainWord(d.Seg, word) || p.ranks.has(word) || p.prefixes.has(word)) {
				ok = false
			}
			if particle(d.Seg, word) {
				ok = false // 干得多
			}
			if te <= pos {
				break
			}
			pos = te
		}
		if ok {
			return name, end, true
		}
	}
	return "", 0, false
}

// bareEnd says whether a name with no surname may end at byte end: before
// punctuation that lists or ends, or a word of two characters that follows names.
func (p *peopleRules) bareEnd(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if strings.ContainsRune("、，。；：,;", r) {
		return true
	}
	return p.after.startingAt(text, end) > 0
}

// plainWord reports whether the dictionary tags word as something no name is:
// a verb, adjective, adverb, number, common noun or the like (递交, 高兴, 作用).
func plainWord(seg Segmenter, word string) bool {
	t, ok := seg.(wordTagger)
	if !ok {
		return false
	}
	_, pos := t.FirstWord(word)
	if pos == "" {
		return false
	}
	return strings.ContainsRune("vadtmqpculif", rune(pos[0])) || pos == "n" || pos == "nt"
}

// particle reports whether the dictionary tags word as a particle (的, 得, 了).
func particle(seg Segmenter, word string) bool {
	t, ok := seg.(wordTagger)
	if !ok {
		return false
	}
	_, pos := t.FirstWord(word)
	return pos != "" && pos[0] == 'u'
}
