package corpus

import (
	"context"
	"fmt"
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

// dayExpr is the day a document is about: its full event date, else its
// page date (a yearless event date cannot be compared).
const dayExpr = `CASE WHEN d.date LIKE '____-__-__' THEN d.date ELSE d.published END`

// Search finds the units matching q, best first (bm25), with the filters.
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
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	args = append(args, limit, max(f.Offset, 0))
	query := `SELECT u.kind, u.doc_id, u.text, d.source, d.title, d.province, d.city, d.county, COALESCE(` + dayExpr + `, ''), bm25(search_fts)
		FROM search_fts JOIN search_units u ON u.id = search_fts.rowid JOIN documents d ON d.id = u.doc_id
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY bm25(search_fts), u.id LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.Kind, &h.DocID, &h.Text, &h.Source, &h.Title, &h.Province, &h.City, &h.County, &h.Date, &h.Score); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: %w", err)
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	for i := range hits {
		if hits[i].Kind == "doc" {
			var text string
			if err := s.db.QueryRowContext(ctx, "SELECT title || char(10) || text FROM documents WHERE id = ?", hits[i].DocID).Scan(&text); err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			hits[i].Text = sentenceOf(text, q.Terms)
		}
		hits[i].Highlight = highlights(hits[i].Text, q.Terms)
	}
	return hits, nil
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
