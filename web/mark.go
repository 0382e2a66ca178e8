package web

import (
	"fmt"
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

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
	"inc":           func(i int) int { return i + 1 },
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

// spreadChart draws a formula's documents per period as an inline SVG bar
// chart, one bar per period from the first to the last (empty ones too, so
// time runs evenly), each bar a link to the search for the formula in that
// period, newest first. Undated documents are counted under the chart, not
// drawn.
func spreadChart(name, by string, counts []corpus.SpreadCount) template.HTML {
	periods, n := spreadPeriods(by, counts)
	if len(periods) == 0 {
		return ""
	}
	top := 1
	for _, p := range periods {
		top = max(top, n[p])
	}
	const height, left, bottom, top0 = 200.0, 40.0, 40.0, 10.0
	bar := max(4.0, min(40.0, 700.0/float64(len(periods))))
	width := left + bar*float64(len(periods)) + 10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="bars" id="chart" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-label="%s">`,
		width, height, width, height, template.HTMLEscapeString(fmt.Sprintf("%s: documents per %s", name, by)))
	y := func(c int) float64 { return height - bottom - float64(c)/float64(top)*(height-bottom-top0) }
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="#888"/>`, left, height-bottom, width-10, height-bottom)
	for _, c := range []int{0, top} {
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end" font-size="11">%d</text>`, left-6, y(c)+4, c)
	}
	every := max(1, len(periods)/12) // at most a dozen labels
	for i, p := range periods {
		x := left + bar*float64(i)
		if c := n[p]; c > 0 {
			from, to := periodDays(by, p)
			q := url.Values{"q": {name}, "from": {from}, "to": {to}, "sort": {"date"}}
			fmt.Fprintf(&b, `<a href="/?%s"><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#8b1e1e"><title>%s: %d documents</title></rect></a>`,
				template.HTMLEscapeString(q.Encode()), x+1, y(c), bar-2, height-bottom-y(c), p, c)
		}
		if i%every == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" text-anchor="middle" font-size="11">%s</text>`, x+bar/2, height-bottom+16, p)
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// spreadPeriods lists every period from the first dated count to the last,
// with the counts by period.
func spreadPeriods(by string, counts []corpus.SpreadCount) ([]string, map[string]int) {
	n := map[string]int{}
	var first, last time.Time
	for _, c := range counts {
		t, ok := periodStart(by, c.Period)
		if !ok {
			continue
		}
		n[c.Period] += c.Docs
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	var periods []string
	for t := first; !first.IsZero() && !t.After(last) && len(periods) < 600; t = nextPeriod(by, t) {
		periods = append(periods, periodName(by, t))
	}
	return periods, n
}

func periodStart(by, p string) (time.Time, bool) {
	switch by {
	case "year":
		t, err := time.Parse("2006", p)
		return t, err == nil
	case "month":
		t, err := time.Parse("2006-01", p)
		return t, err == nil
	}
	var y, q int
	if _, err := fmt.Sscanf(p, "%d-Q%d", &y, &q); err != nil || q < 1 || q > 4 {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC), true
}

func nextPeriod(by string, t time.Time) time.Time {
	switch by {
	case "year":
		return t.AddDate(1, 0, 0)
	case "quarter":
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(0, 1, 0)
}

func periodName(by string, t time.Time) string {
	switch by {
	case "year":
		return t.Format("2006")
	case "quarter":
		return fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3)
	}
	return t.Format("2006-01")
}

// periodDays is the first and last day of a period, for a search's filter.
func periodDays(by, p string) (string, string) {
	t, _ := periodStart(by, p)
	return t.Format(time.DateOnly), nextPeriod(by, t).AddDate(0, 0, -1).Format(time.DateOnly)
}
