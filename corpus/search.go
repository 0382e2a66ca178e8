package corpus

import (
	"context"
	"database/sql"
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

// searchWindow is how many of the newest matching index rows a search ranks.
const searchWindow = 500

// resolveCap is how many rows of one rank a search opens to rank their units
// against each other; rows past it follow newest first.
const resolveCap = 64

// dayExpr is the day a document is about: its full event date, else its
// page date (a yearless event date cannot be compared).
const dayExpr = `CASE WHEN d.date LIKE '____-__-__' THEN d.date ELSE d.published END`

// searchRow is one index row found: a document, or all its units of a kind.
type searchRow struct {
	id     int64
	doc    int64
	hit    Hit // the document's fields; Kind is the row's
	weight float64
}

// Search finds the units matching q, best first, with the filters.
//
// FTS5 walks the index rows that hold the query's tokens newest first,
// filters applied, and stops after searchWindow of them. A row is a document
// or all its units of one kind; rows are ranked by kind (see rowWeight), and
// the rows a page needs are opened: the document, or its units, are read
// from the tables, and those the query matches (phrases whole, exclusions
// applied: the index cannot tell) become hits, ranked by how much of them the
// query covers (see rank). bm25 is not used: its document frequencies scan
// every posting of each token, which costs seconds for a common word in a
// million documents.
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
		where = append(where, "r.kind IN ("+strings.Join(kinds, ",")+")")
	}
	args = append(args, searchWindow)
	query := `SELECT r.id, r.doc, r.kind, d.id, d.source, d.title, d.province, d.city, d.county, COALESCE(` + dayExpr + `, '')
		FROM search_fts JOIN search_rows r ON r.id = search_fts.rowid JOIN documents d ON d.doc = r.doc
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY search_fts.rowid DESC LIMIT ?`
	var found []searchRow
	err := scanRows(ctx, s.db, query, args, func(rows *sql.Rows) error {
		var r searchRow
		h := &r.hit
		if err := rows.Scan(&r.id, &r.doc, &h.Kind, &h.DocID, &h.Source, &h.Title, &h.Province, &h.City, &h.County, &h.Date); err != nil {
			return err
		}
		r.weight = rowWeight(*h, q.Terms)
		found = append(found, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// Best rows first; among equals the newest (the window is newest first).
	sort.SliceStable(found, func(a, b int) bool { return found[a].weight > found[b].weight })

	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	from := max(f.Offset, 0)
	var hits []Hit
	// Open rows a rank at a time (at most resolveCap of a rank together), so
	// that a page is always the start of the next page's list.
	for i := 0; i < len(found) && len(hits) < from+limit; {
		j := i + 1
		for j < len(found) && j-i < resolveCap && found[j].weight == found[i].weight {
			j++
		}
		group, err := s.openRows(ctx, q, found[i:j])
		if err != nil {
			return nil, err
		}
		hits = append(hits, group...)
		i = j
	}
	from = min(from, len(hits))
	out := hits[from:min(from+limit, len(hits))]
	for i := range out {
		out[i].Highlight = highlights(out[i].Text, q.Terms)
	}
	return out, nil
}

// openRows turns rows of one rank into hits: a document row is one hit when
// the query matches the document, a row of units gives a hit for each unit
// the query matches. Hits are ranked by rank, rows' order among equals.
func (s *Store) openRows(ctx context.Context, q Query, rows []searchRow) ([]Hit, error) {
	var hits []Hit
	byKind := map[string][]int64{}
	for _, r := range rows {
		byKind[r.hit.Kind] = append(byKind[r.hit.Kind], r.doc)
	}
	docs, err := storedDocs(ctx, s.db, byKind["doc"])
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	units := map[string]map[int64][]searchUnit{}
	for kind, docs := range byKind {
		if kind == "doc" {
			continue
		}
		u, err := storedUnits(ctx, s.db, kind, docs)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		units[kind] = u
	}
	for _, r := range rows {
		if r.hit.Kind == "doc" {
			d := docs[r.doc]
			if !q.matches(strings.Fields(indexTokens(d.unit.source))) {
				continue
			}
			h := r.hit
			h.Text = sentenceOf(d.title+"\n"+d.text, q.Terms)
			h.Score = r.weight
			hits = append(hits, h)
			continue
		}
		for _, u := range units[r.hit.Kind][r.doc] {
			if !q.matches(strings.Fields(indexTokens(u.source))) {
				continue
			}
			h := r.hit
			h.Text = u.text
			h.Score = rank(h, q.Terms)
			hits = append(hits, h)
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].Score > hits[b].Score })
	return hits, nil
}

// rowWeight ranks an index row before it is opened: formulas, then members,
// targets, figures and tasks, then documents that name the query in the
// title, then other documents.
func rowWeight(h Hit, terms []string) float64 {
	if h.Kind == "doc" {
		for _, t := range terms {
			if t != "" && strings.Contains(h.Title, t) {
				return 1.5
			}
		}
		return 1
	}
	return 2 + kindWeight[h.Kind]
}

var kindWeight = map[string]float64{"initiative": 1, "item": 0.9, "target": 0.8, "figure": 0.7, "task": 0.6}

// rank scores a unit: its kind, and how much of it the query covers (a
// formula named 十大攻坚行动 before one that mentions it).
func rank(h Hit, terms []string) float64 {
	covered := 0
	for _, t := range terms {
		if t != "" && strings.Contains(h.Text, t) {
			covered += utf8.RuneCountInString(t) * strings.Count(h.Text, t)
		}
	}
	n := utf8.RuneCountInString(h.Text)
	share := 1.0
	if n > 0 {
		share = min(float64(covered)/float64(n), 1)
	}
	w := kindWeight[h.Kind]
	return 2 + w*(1+share) // hits are ranked within their row's rank only
}

// sql adds the place and date conditions of f.
func (f Filter) sql(where []string, args []any) ([]string, []any) {
	if f.Province != "" {
		where = append(where, `(d.province = ? OR d.province LIKE ? || '%' ESCAPE '\')`)
		args = append(args, f.Province, likeEscape(f.Province))
	}
	if f.City != "" {
		where = append(where, `(d.city = ? OR d.city LIKE ? || '%' ESCAPE '\' OR d.county = ? OR d.county LIKE ? || '%' ESCAPE '\')`)
		args = append(args, f.City, likeEscape(f.City), f.City, likeEscape(f.City))
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

// likeEscape makes s match itself in a LIKE pattern with ESCAPE '\': a place
// name's % or _ is a character, not a wildcard (province=% matched all).
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(s)
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
