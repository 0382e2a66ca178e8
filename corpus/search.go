package corpus

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// SearchKinds are the kinds of unit search can return.
var SearchKinds = []string{"doc", "initiative", "item", "task", "figure", "target"}

// Filter narrows a search or a comparison.
type Filter struct {
	Province, City string
	From, To       string   // ISO days, inclusive; on the event date, else the page date
	Kinds          []string // empty: all
	Limit          int
	Offset         int
}

// Hit is one search result.
type Hit struct {
	Kind      string   `json:"kind"`
	DocID     string   `json:"doc_id"`
	Source    string   `json:"source"`
	Title     string   `json:"title"`
	Province  string   `json:"province"`
	City      string   `json:"city"`
	County    string   `json:"county"`
	Date      string   `json:"date"`      // the event date, else the page date
	Text      string   `json:"text"`      // the matching sentence (or extract)
	Highlight [][2]int `json:"highlight"` // rune offsets of the matches in Text
	Score     float64  `json:"score"`
}

// searchWindow is how many of the newest matches a search ranks.
const searchWindow = 500

// dayExpr is the day a document is about: its full event date, else its
// page date (a yearless event date cannot be compared).
const dayExpr = `CASE WHEN d.date LIKE '____-__-__' THEN d.date ELSE d.published END`

// Search finds the units matching q, best first, with the filters.
//
// FTS5 walks the matches newest first, filters applied, and stops after
// searchWindow of them; those are ranked here (see rank). bm25 is not used:
// its document frequencies scan every posting of each phrase, which costs
// seconds for a common word in a million documents.
func (s *Store) Search(ctx context.Context, q Query, f Filter) ([]Hit, error) {
	where := []string{"search_fts MATCH ?"}
	args := []any{q.Match}
	where, args = f.sql(where, args)
	if len(f.Kinds) > 0 {
		var kinds []string
		for _, k := range f.Kinds {
			kinds = append(kinds, "?")
			args = append(args, k)
			if k == "figure" { // figures include the targets
				kinds = append(kinds, "?")
				args = append(args, "target")
			}
		}
		where = append(where, "u.kind IN ("+strings.Join(kinds, ",")+")")
	}
	args = append(args, searchWindow)
	query := `SELECT u.id, u.kind, u.doc_id, u.text, d.source, d.title, d.province, d.city, d.county, COALESCE(` + dayExpr + `, '')
		FROM search_fts JOIN search_units u ON u.id = search_fts.rowid JOIN documents d ON d.id = u.doc_id
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY search_fts.rowid DESC LIMIT ?`
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var hits []Hit
	var ids []int64
	for rows.Next() {
		var h Hit
		var id int64
		if err := rows.Scan(&id, &h.Kind, &h.DocID, &h.Text, &h.Source, &h.Title, &h.Province, &h.City, &h.County, &h.Date); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Score = rank(h, q.Terms)
		hits = append(hits, h)
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	order := make([]int, len(hits))
	for i := range order {
		order[i] = i
	}
	// Best score first; among equals the newest (the window is newest first).
	sort.SliceStable(order, func(a, b int) bool { return hits[order[a]].Score > hits[order[b]].Score })
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	from := min(max(f.Offset, 0), len(order))
	to := min(from+limit, len(order))
	out := make([]Hit, 0, to-from)
	for _, i := range order[from:to] {
		h := hits[i]
		if h.Kind == "doc" {
			var text string
			if err := s.db.QueryRowContext(ctx, "SELECT title || char(10) || text FROM documents WHERE id = ?", h.DocID).Scan(&text); err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			h.Text = sentenceOf(text, q.Terms)
		}
		h.Highlight = highlights(h.Text, q.Terms)
		out = append(out, h)
	}
	return out, nil
}

// rank scores a hit without reading its document: an extract that is
// mostly the query (a formula named 十大攻坚行动 for 十大攻坚行动) first, then
// extracts that mention it, then documents that name it in the title, then
// other documents.
func rank(h Hit, terms []string) float64 {
	switch h.Kind {
	case "doc":
		for _, t := range terms {
			if t != "" && strings.Contains(h.Title, t) {
				return 1.5
			}
		}
		return 1
	}
	covered := 0
	for _, t := range terms {
		if t != "" && strings.Contains(h.Text, t) {
			covered += utf8.RuneCountInString(t) * strings.Count(h.Text, t)
		}
	}
	n := utf8.RuneCountInString(h.Text)
	if n == 0 {
		return 2
	}
	share := min(float64(covered)/float64(n), 1)
	weight := map[string]float64{"initiative": 1, "item": 0.9, "target": 0.8, "figure": 0.7, "task": 0.6}[h.Kind]
	return 2 + weight*(1+share)
}

// sql adds the place and date conditions of f.
func (f Filter) sql(where []string, args []any) ([]string, []any) {
	if f.Province != "" {
		where = append(where, "(d.province = ? OR d.province LIKE ? || '%')")
		args = append(args, f.Province, f.Province)
	}
	if f.City != "" {
		where = append(where, "(d.city = ? OR d.city LIKE ? || '%' OR d.county = ? OR d.county LIKE ? || '%')")
		args = append(args, f.City, f.City, f.City, f.City)
	}
	if f.From != "" {
		where = append(where, dayExpr+" >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		where = append(where, dayExpr+" <= ?")
		args = append(args, f.To)
	}
	return where, args
}

// sentenceOf returns the first sentence of text that holds one of the terms
// (the title line counts), or the start of the text.
func sentenceOf(text string, terms []string) string {
	best := -1
	for _, t := range terms {
		if i := strings.Index(text, t); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return clip(text, 0, 120)
	}
	start := best
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if strings.ContainsRune("。！？；!?;\n", r) {
			break
		}
		start -= size
	}
	end := best
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		end += size
		if strings.ContainsRune("。！？；!?;\n", r) {
			break
		}
	}
	return strings.TrimSpace(clip(text[start:end], 0, 400))
}

func clip(s string, from, runes int) string {
	n := 0
	for i := range s[from:] {
		if n == runes {
			return s[from : from+i]
		}
		n++
	}
	return s[from:]
}

// highlights returns the rune spans of every occurrence of the terms in text.
func highlights(text string, terms []string) [][2]int {
	var out [][2]int
	for _, t := range terms {
		if t == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(text[off:], t)
			if i < 0 {
				break
			}
			s := utf8.RuneCountInString(text[:off+i])
			out = append(out, [2]int{s, s + utf8.RuneCountInString(t)})
			off += i + len(t)
		}
	}
	// sorted, overlaps merged
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][0] < out[j-1][0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	merged := out[:0]
	for _, h := range out {
		if n := len(merged); n > 0 && h[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], h[1])
			continue
		}
		merged = append(merged, h)
	}
	return merged
}

// Mark returns text with the highlighted spans wrapped in open and close.
func Mark(text string, spans [][2]int, open, close string) string {
	rs := []rune(text)
	var b strings.Builder
	prev := 0
	for _, s := range spans {
		if s[0] < prev || s[1] > len(rs) {
			continue
		}
		b.WriteString(string(rs[prev:s[0]]))
		b.WriteString(open)
		b.WriteString(string(rs[s[0]:s[1]]))
		b.WriteString(close)
		prev = s[1]
	}
	b.WriteString(string(rs[prev:]))
	return b.String()
}

// PlaceName writes a place for people: its levels from province down, once
// each (a municipality is both province and city), "" when unknown.
func PlaceName(province, city, county string) string {
	var parts []string
	for _, p := range []string{province, city, county} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}
