package extract

import "unicode/utf8"

// maxCampaignWords is how far, in runes, an unquoted name reaches back over
// whole words before its suffix ("重点行业节能降碳改造攻坚" + 三年行动).
const maxCampaignWords = 20

// phraseStart returns where the unquoted name whose suffix starts at byte i
// begins: whole words of the segmenter's cut back to punctuation, a stop word
// (实施, 开展) or the reach, never inside a word ("世界级" stays whole), and
// without a verb, preposition, conjunction, particle or pronoun at its head
// ("制定" of 制定…三年行动).
func (c *campaignRules) phraseStart(d *Doc, i int) int {
	text, w := d.Text, d.wordEnds()
	start, runes := i, 0
	for start > 0 {
		if c.stop.endingAt(text, start) > 0 {
			break
		}
		ts, te := w.token(start - 1)
		if te > start {
			ts = start // the suffix shares its first word with the name
		}
		if ts >= start {
			break
		}
		word := text[ts:start]
		n := utf8.RuneCountInString(word)
		if runes+n > maxCampaignWords || !wordIsHan(word) {
			break
		}
		runes += n
		start = ts
	}
	t, ok := d.Seg.(wordTagger)
	if !ok {
		return start
	}
	for start < i {
		_, te := w.token(start)
		if te > i || te <= start {
			break
		}
		_, pos := t.FirstWord(text[start:te])
		if pos == "" || !(pos[0] == 'v' && pos != "vn" || pos[0] == 'p' || pos[0] == 'c' || pos[0] == 'u' || pos[0] == 'r') {
			break
		}
		start = te
	}
	return start
}

func wordIsHan(s string) bool {
	for _, r := range s {
		if !isHanRune(r) {
			return false
		}
	}
	return s != ""
}
