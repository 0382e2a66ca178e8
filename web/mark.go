package web

import (
	"fmt"
	"html/template"
	"sort"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

// segment is a run of a document's text, plain or one extract.
type segment struct {
	Start int // rune offset in the record's text
	Text  string
	Class string // "", formula, target, fact, official, campaign
	Note  string // shown on hover: what tifa read there
	Ref   string // anchor of the extract in the side panel
	// Parts cut Text where a search's matches begin and end (nil when the
	// page shows no search): marked inside the extract's own mark.
	Parts []segPart
}

// segPart is a piece of a segment, a search's match or not.
type segPart struct {
	Text  string
	Hit   bool
	HitID string // anchor of the match, on its first piece
}

type span struct {
	start, end int
	class      string
	note, ref  string
	priority   int
}

// markDocument cuts a record's text into paragraphs of segments, each extract
// highlighted at its offsets. Where extracts overlap, formulas win over
// figures, figures over officials, officials over campaigns. A search's
// matches (hits) are marked within them, anchored hit-1, hit-2 ….
func markDocument(r extract.Record, hits [][2]int) [][]segment {
	paras := markExtracts(r)
	if len(hits) == 0 {
		return paras
	}
	h := 0
	for _, para := range paras {
		for i := range para {
			seg := &para[i]
			rs := []rune(seg.Text)
			at, end := seg.Start, seg.Start+len(rs)
			for at < end {
				for h < len(hits) && hits[h][1] <= at {
					h++
				}
				cut, hit := end, false
				switch {
				case h < len(hits) && hits[h][0] <= at:
					cut, hit = min(end, hits[h][1]), true
				case h < len(hits) && hits[h][0] < end:
					cut = hits[h][0]
				}
				part := segPart{Text: string(rs[at-seg.Start : cut-seg.Start]), Hit: hit}
				if hit && hits[h][0] == at {
					part.HitID = fmt.Sprintf("hit-%d", h+1)
				}
				seg.Parts = append(seg.Parts, part)
				at = cut
			}
		}
	}
	return paras
}

// markExtracts cuts a record's text into paragraphs of segments, each
// extract highlighted at its offsets.
func markExtracts(r extract.Record) [][]segment {
	var spans []span
	for i, in := range r.Initiatives {
		note := in.Name
		if in.Count != nil {
			note += fmt.Sprintf(" (%d)", *in.Count)
		}
		if len(in.Items) > 0 {
			note += ": " + strings.Join(in.Items, "、")
		}
		ref := fmt.Sprintf("f%d", i)
		if len(in.Mentions) == 0 {
			spans = append(spans, span{in.Start, in.End, "formula", note, ref, 0})
		}
		for _, m := range in.Mentions {
			spans = append(spans, span{m.Start, m.End, "formula", note, ref, 0})
		}
	}
	for i, f := range r.Figures {
		class := "fact"
		if f.Target {
			class = "target"
		}
		spans = append(spans, span{f.Start, f.End, class, figureNote(f), fmt.Sprintf("n%d", i), 1})
	}
	for i, o := range r.Officials {
		spans = append(spans, span{o.Start, o.End, "official", strings.Join(o.Titles, "、"), fmt.Sprintf("o%d", i), 2})
	}
	for i, c := range r.Campaigns {
		spans = append(spans, span{c.Start, c.End, "campaign", "campaign", fmt.Sprintf("c%d", i), 3})
	}
	sort.SliceStable(spans, func(a, b int) bool {
		if spans[a].start != spans[b].start {
			return spans[a].start < spans[b].start
		}
		return spans[a].priority < spans[b].priority
	})
	text := []rune(r.Text)
	var kept []span
	for _, s := range spans {
		if s.start < 0 || s.end > len(text) || s.start >= s.end {
			continue
		}
		if n := len(kept); n > 0 && s.start < kept[n-1].end {
			if s.priority >= kept[n-1].priority {
				continue
			}
			kept = kept[:n-1] // a stronger extract takes the place
			if n := len(kept); n > 0 && s.start < kept[n-1].end {
				continue
			}
		}
		kept = append(kept, s)
	}
	var paras [][]segment
	var cur []segment
	emit := func(from, to int, s *span) {
		for from < to {
			nl := from
			for nl < to && text[nl] != '\n' {
				nl++
			}
			if nl > from {
				seg := segment{Start: from, Text: string(text[from:nl])}
				if s != nil {
					seg.Class, seg.Note, seg.Ref = s.class, s.note, s.ref
				}
				cur = append(cur, seg)
			}
			if nl < to { // a paragraph ends
				paras = append(paras, cur)
				cur = nil
				nl++
			}
			from = nl
		}
	}
	at := 0
	for i := range kept {
		emit(at, kept[i].start, nil)
		emit(kept[i].start, kept[i].end, &kept[i])
		at = kept[i].end
	}
	emit(at, len(text), nil)
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

func figureNote(f extract.Figure) string {
	var b strings.Builder
	if f.Target {
		b.WriteString("target: ")
	} else {
		b.WriteString("fact: ")
	}
	if f.Measure != "" {
		b.WriteString(f.Measure + " ")
	}
	b.WriteString(f.Comparator + formatValue(f.Value))
	if f.Max != nil {
		b.WriteString("–" + formatValue(*f.Max))
	}
	b.WriteString(" " + f.Unit)
	if f.Deadline != "" {
		b.WriteString(" by " + f.Deadline)
	}
	return b.String()
}

// formatValue writes large numbers with 万/亿, as Chinese readers expect.
func formatValue(v float64) string {
	switch {
	case v >= 1e8 || v <= -1e8:
		return strconv.FormatFloat(v/1e8, 'f', -1, 64) + "亿"
	case v >= 1e4 || v <= -1e4:
		return strconv.FormatFloat(v/1e4, 'f', -1, 64) + "万"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// marked returns a hit's text with its matches in <mark>, escaped.
func marked(h corpus.Hit) template.HTML {
	rs := []rune(h.Text)
	var b strings.Builder
	at := 0
	for _, m := range h.Highlight {
		if m[0] < at || m[1] > len(rs) || m[0] > m[1] {
			continue
		}
		b.WriteString(template.HTMLEscapeString(string(rs[at:m[0]])))
		b.WriteString("<mark>" + template.HTMLEscapeString(string(rs[m[0]:m[1]])) + "</mark>")
		at = m[1]
	}
	b.WriteString(template.HTMLEscapeString(string(rs[at:])))
	return template.HTML(b.String())
}

// placeName is corpus.PlaceName with a dash for an unknown place.
func placeName(province, city, county string) string {
	if p := corpus.PlaceName(province, city, county); p != "" {
		return p
	}
	return "—"
}

var funcs = template.FuncMap{
	"marked":        marked,
	"search":        placeSearch,
	"formulaSearch": formulaSearch,
	"place":         placeName,
	"join":          strings.Join,
	"value":         formatValue,
	"count": func(c *int) string {
		if c == nil {
			return ""
		}
		return strconv.Itoa(*c)
	},
	"index1": func(list [][]string, i int) []string {
		if i < len(list) {
			return list[i]
		}
		return nil
	},
}

// timeline draws the uses of a formula over time as an SVG: one dot per
// use, at its date, labelled with its place. Undated uses are listed only.
func timeline(uses []corpus.FormulaSighting) template.HTML {
	type point struct {
		t     float64
		label string
	}
	var pts []point
	for _, u := range uses {
		d := extract.ParseDay(u.Date)
		if d == "" {
			continue
		}
		y, _ := strconv.Atoi(string(d[:4]))
		m, _ := strconv.Atoi(string(d[5:7]))
		day, _ := strconv.Atoi(string(d[8:10]))
		pts = append(pts, point{float64(y) + float64(m-1)/12 + float64(day-1)/365, placeName(u.Province, u.City, u.County)})
	}
	if len(pts) == 0 {
		return ""
	}
	lo, hi := pts[0].t, pts[0].t
	for _, p := range pts {
		lo, hi = min(lo, p.t), max(hi, p.t)
	}
	lo, hi = float64(int(lo)), float64(int(hi)+1)
	const width, left, right = 760.0, 40.0, 40.0
	x := func(t float64) float64 { return left + (t-lo)/(hi-lo)*(width-left-right) }
	height := 70 + 18*len(pts)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="uses over time">`, int(width), height, int(width), height)
	fmt.Fprintf(&b, `<line x1="%.0f" y1="40" x2="%.0f" y2="40" stroke="#888"/>`, left, width-right)
	for y := int(lo); y <= int(hi); y++ {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="35" x2="%.1f" y2="45" stroke="#888"/><text x="%.1f" y="28" text-anchor="middle" font-size="12">%d</text>`, x(float64(y)), x(float64(y)), x(float64(y)), y)
	}
	for i, p := range pts {
		px, py := x(p.t), 62+18*i
		fmt.Fprintf(&b, `<line x1="%.1f" y1="40" x2="%.1f" y2="%d" stroke="#ccc"/><circle cx="%.1f" cy="40" r="5" fill="#c0392b"/><text x="%.1f" y="%d" font-size="12">%s</text>`,
			px, px, py-4, px, px+4, py, template.HTMLEscapeString(p.label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
