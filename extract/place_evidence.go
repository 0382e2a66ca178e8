package extract

import (
	"strings"
	"unicode/utf8"
)

// Evidence for the place that generalizes across outlets: a name counts only
// where the segmenter lets a word begin and end, never as part of the name of
// an institution, a time zone or a ship; a news item led by the central
// leadership, a ministry, a nationwide round-up or another country is national
// unless its headline or dateline names a place; a place named only in
// passing is left out rather than guessed.

// maxInstituteGap is how many characters may stand between a place name and
// the word that ends an institution's name ("北京" 航空航天 "大学").
const maxInstituteGap = 4

// acceptIn returns the test of a place name at [s, e) of w.text: it starts a
// word, ends one (or the rest of its word is an organ: 山东省委), and is not
// the head of another name (北京时间, 山东大学).
func (pr *placeRules) acceptIn(w words) func(s, e int) bool {
	return func(s, e int) bool {
		text := w.text
		if w.cut() {
			// The segmenter may keep a place with its parent (山西太原) or
			// its organ (山东省委) in one word.
			if ts, _ := w.token(s); ts != s && !pr.isName(text[ts:s]) {
				return false
			}
			if !w.endsWord(e) {
				_, te := w.token(e)
				if n := pr.organ.startingAt(text, e); (n == 0 || e+n > te) && !pr.startsName(text[e:te]) {
					return false
				}
			}
		}
		if pr.notAfter.startingAt(text, e) > 0 {
			return false
		}
		return !pr.namesInstitution(w, e)
	}
}

// namesInstitution reports whether an institution word ends a word within
// maxInstituteGap Han characters after byte e.
func (pr *placeRules) namesInstitution(w words, e int) bool {
	return withinHan(w.text, e, maxInstituteGap, func(pos int) bool {
		n := pr.institute.startingAt(w.text, pos)
		return n > 0 && w.endsWord(pos+n)
	})
}

// withinHan reports whether found holds at byte pos of text or after up to
// gap more Han characters (none but Han between).
func withinHan(text string, pos, gap int, found func(pos int) bool) bool {
	for range gap + 1 {
		if pos >= len(text) {
			return false
		}
		if found(pos) {
			return true
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		if !isHanRune(r) {
			return false
		}
		pos += size
	}
	return false
}

// leadSentences is how many sentences of prose open the body: the lead,
// whose subject is the story's.
const leadSentences = 1

// leadEnd returns where the lead ends: the first sentences with some prose
// in them after the dateline.
func (d *Doc) leadEnd(datelineEnd int) int {
	end, n := 0, 0
	for _, s := range d.Sentences {
		if s.End <= datelineEnd {
			continue
		}
		start := max(s.Start, datelineEnd)
		if d.Title != "" && strings.Contains(d.Text[start:s.End], d.Title) {
			continue // the headline repeated
		}
		if utf8.RuneCountInString(d.Text[start:s.End]) >= 12 {
			end = s.End
			if n++; n == leadSentences {
				break
			}
		}
	}
	return end
}

// leadCues counts the national and foreign markers in s.
func (pr *placeRules) leadCues(s string) int {
	n := 0
	for _, c := range pr.lead {
		n += strings.Count(s, c)
	}
	for _, c := range pr.national {
		if c.text != "" {
			n += strings.Count(s, c.text)
		}
	}
	return n
}

// headings counts the short lines without a sentence end that stand between
// paragraphs: the headlines of a round-up of several items.
func headings(d *Doc) int {
	n := 0
	for i, ln := range d.Lines {
		if i == 0 || i == len(d.Lines)-1 {
			continue
		}
		line := strings.TrimSpace(d.Text[ln.Start:ln.End])
		if line == "" || utf8.RuneCountInString(line) > 40 || strings.ContainsAny(line, "。！？!?；;：:") {
			continue
		}
		n++
	}
	return n
}

// provincesOf returns the provinces of the units the mentions name (with
// weight), in order of first mention. A name shared by units of several
// provinces (鼓楼区) says nothing here: its parent, named too, does.
func (pr *placeRules) provincesOf(ms []placeMention) []int {
	var out []int
	for _, m := range ms {
		if m.weight == 0 || len(pr.names[m.name].entries) > 1 {
			continue
		}
		for _, e := range pr.names[m.name].entries {
			p := e
			for pr.entries[p].parent >= 0 {
				p = pr.entries[p].parent
			}
			if !listHasInt(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

func listHasInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// minSelfVotes is how many self-references ("全市", "县委") let a document
// whose headline and opening name no place keep the place of its body.
const minSelfVotes = 3

// leadPlace applies the evidence of the headline, dateline and first sentence
// to the place the weights chose. title are the headline's mentions, lead the
// outlet's, dateline's and first sentence's, body all of the text's.
func (pr *placeRules) leadPlace(d *Doc, place Place, title, lead, body []placeMention, votes [3]float64, leadEnd int) Place {
	if place.Province == "" {
		return place
	}
	// A text that speaks of itself as a jurisdiction ("全市", "你省", "县委")
	// is that jurisdiction's own, whatever else it names; a few such words
	// under a national headline are the places of a round-up.
	titleProvinces := pr.provincesOf(title)
	var opening []placeMention // the lead without the outlet: where the story's own places are
	for _, m := range lead {
		if m.inText {
			opening = append(opening, m)
		}
	}
	if hasAny(d.Title, pr.roundup) || len(titleProvinces) >= 2 || len(pr.provincesOf(opening)) >= 2 {
		return Place{} // a round-up of items, or a story of several provinces
	}
	self := votes[levelProvince] + votes[levelCity] + votes[levelCounty]
	titleCues := pr.leadCues(d.Title)
	if self >= 2*minSelfVotes || self >= minSelfVotes && titleCues == 0 {
		if len(titleProvinces) == 1 {
			return pr.trim(place, append(title, lead...))
		}
		return place
	}
	if len(titleProvinces) >= 2 || titleCues > 0 || len(pr.provincesOf(opening)) >= 2 {
		return Place{} // "我国…", "江苏…湖北…": national or several places
	}
	if len(titleProvinces) == 0 {
		dated := false
		for _, m := range lead {
			if !m.inText || m.weight >= weightDateline {
				dated = true
			}
		}
		if !dated && (pr.leadCues(d.Text[:leadEnd]) > 0 || headings(d) >= 2) {
			return Place{} // led by the centre, a ministry, another country; a round-up
		}
		leadProvinces := pr.provincesOf(lead)
		if len(leadProvinces) != 1 || pr.entries[leadProvinces[0]].name != place.Province {
			return Place{} // no place, or several, leads the text
		}
		if !dated && pr.mentionsOf(body, leadProvinces[0]) < 2 {
			return Place{} // named once in passing
		}
	}
	return pr.trim(place, append(title, lead...))
}

// mentionsOf counts the weighted mentions of units in province p.
func (pr *placeRules) mentionsOf(ms []placeMention, p int) int {
	n := 0
	for _, m := range ms {
		if m.weight == 0 {
			continue
		}
		for _, e := range pr.names[m.name].entries {
			if pr.isAncestor(p, e) {
				n++
				break
			}
		}
	}
	return n
}

// trim cuts place down to the deepest level that the headline and the
// opening name: a story about a province that visits one of its cities
// stays the province's.
func (pr *placeRules) trim(place Place, ms []placeMention) Place {
	deepest := -1
	for _, m := range ms {
		if m.weight == 0 {
			continue
		}
		for _, e := range pr.names[m.name].entries {
			for a := e; a >= 0; a = pr.entries[a].parent {
				name, level := pr.entries[a].name, pr.entries[a].level
				if name == place.Province || name == place.City || name == place.County {
					deepest = max(deepest, level)
					break
				}
			}
		}
	}
	switch {
	case deepest < levelCity && place.City != place.Province:
		place.City, place.County = "", ""
	case deepest < levelCounty:
		place.County = ""
	}
	return place
}

// isName reports whether s is a place name of the gazetteer.
func (pr *placeRules) isName(s string) bool {
	_, ok := pr.byText[s]
	return ok
}

// startsName reports whether a place name of the gazetteer begins s.
func (pr *placeRules) startsName(s string) bool {
	for i := range s {
		if i > 0 && pr.isName(s[:i]) {
			return true
		}
	}
	return pr.isName(s)
}

// maxVenueGap is how far after "在 + place" the verb of a venue may stand
// ("在北京人民大会堂举行").
const maxVenueGap = 12

// isVenue reports whether the place at [s, e) of text is where something is
// held ("…座谈会在京举行", "在江西南昌举办") or where a journey ends ("回到北京"):
// a venue, not the subject.
func (pr *placeRules) isVenue(text string, s, e int) bool {
	if pr.arrival.endingAt(text, s) > 0 {
		return true // "回到北京", "抵达": where a journey ends
	}
	if !strings.HasSuffix(text[:s], "在") && !strings.HasSuffix(text[:s], "于") {
		return false
	}
	return withinHan(text, e, maxVenueGap, func(pos int) bool { return pr.venue.startingAt(text, pos) > 0 })
}
