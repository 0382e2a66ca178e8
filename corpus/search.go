package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
)

// SearchKinds are the kinds of unit search can return.
var SearchKinds = []string{"doc", "initiative", "item", "task", "figure", "target", "campaign", "official"}

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

// searchWindow is how many of the newest matching index rows a search ranks
// by relevance when more match (a date-sorted search pages through all).
const searchWindow = 500

// exactCap is how many candidate rows a search checks one by one to count
// what matches: past it the counts are those of the candidates (see
// SearchResult.Exact).
const exactCap = 300

// countTime bounds the count of a search too broad to check row by row.
const countTime = 15 * time.Millisecond

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

// Sort orders of a search.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
)

// SearchResult is a page of hits and what the whole search found.
type SearchResult struct {
	Hits []Hit `json:"hits"`
	// Docs is how many documents the query matches, Units how many units
	// (formulas, members, figures …, each document counted as a unit too).
	Docs  int `json:"docs"`
	Units int `json:"units"`
	// Count says what Docs and Units are: "exact"; or, when more index rows
	// hold the query's words than a search checks one by one (exactCap),
	// "at_most": Docs counts the documents that hold all the query's words
	// (phrases and exclusions unchecked) and Units is 0; or "at_least" when
	// even that count took too long: Docs counts the documents of the rows
	// read.
	Count string `json:"count"`
	// Ranked is false when a relevance search ranked only the newest
	// searchWindow rows of more: sort by date to page through all.
	Ranked bool   `json:"ranked"`
	Sort   string `json:"sort"`
}

// Search finds the units matching q, best first, with the filters (see
// SearchAll).
func (s *Store) Search(ctx context.Context, q Query, f Filter) ([]Hit, error) {
	r, err := s.SearchAll(ctx, q, f, SortRelevance)
	return r.Hits, err
}

// SearchAll finds the units matching q with the filters, one page of them
// (f.Offset, f.Limit) in the order asked, and counts what the whole search
// found.
//
// FTS5 finds the index rows that hold the query's tokens, filters applied.
// A row is a document or all its units of one kind. When there are at most
// exactCap, each is opened: the document, or its units, are read from the
// tables, and those the query matches (phrases whole, exclusions applied to
// the whole document: the index cannot tell) are counted; so the counts are
// exact. By relevance, rows are ranked by kind (see rowWeight) and opened a
// rank at a time until the page is full, over all the rows, or over the
// newest searchWindow when there are more (Ranked false). By date, rows are
// read newest day first and opened until the page is full, however deep.
// bm25 is not used: its document frequencies scan every posting of each
// token, which costs seconds for a common word in a million documents.
func (s *Store) SearchAll(ctx context.Context, q Query, f Filter, sortBy string) (SearchResult, error) {
	res := SearchResult{Sort: sortBy, Count: "exact", Ranked: true}
	if sortBy != SortRelevance && sortBy != SortDate {
		return res, fmt.Errorf("search: sort %q: want relevance or date", sortBy)
	}
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
	from := `FROM search_fts JOIN search_rows r ON r.id = search_fts.rowid JOIN documents d ON d.doc = r.doc
		WHERE ` + strings.Join(where, " AND ")
	columns := `SELECT r.id, r.doc, r.kind, d.id, d.source, d.title, d.province, d.city, d.county, COALESCE(` + dayExpr + `, '') `
	order := ` ORDER BY search_fts.rowid DESC`
	if sortBy == SortDate {
		order = ` ORDER BY COALESCE(` + dayExpr + `, '') DESC, r.doc DESC, r.id`
	}
	// One query reads the rows a relevance search ranks (searchWindow, one
	// more to know there are more); when they are few, they are all.
	found, err := s.searchRows(ctx, q, columns+from+order+` LIMIT ?`, append(args, max(exactCap, searchWindow)+1))
	if err != nil {
		return res, err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	offset := max(f.Offset, 0)
	if len(found) <= exactCap {
		// Every candidate row is known: open them all, count exactly.
		hits, err := s.openAll(ctx, q, found, sortBy)
		if err != nil {
			return res, err
		}
		docs := map[string]bool{}
		for _, h := range hits {
			docs[h.DocID] = true
		}
		res.Docs, res.Units = len(docs), len(hits)
		res.Hits = pageOf(hits, offset, limit, q)
		return res, nil
	}
	// Too many rows to check one by one: count the documents whose rows hold
	// the query's words, and page without opening more than the page needs.
	// The count walks every row that holds the words: it is given countTime,
	// and stopped (SQLite is interrupted) past it.
	res.Count = "at_most"
	cctx, cancel := context.WithTimeout(ctx, countTime)
	err = s.db.QueryRowContext(cctx, `SELECT COUNT(DISTINCT r.doc) `+from, args...).Scan(&res.Docs)
	cancel()
	if err != nil {
		if ctx.Err() != nil || !errors.Is(err, context.DeadlineExceeded) && !strings.Contains(err.Error(), "interrupt") {
			return res, fmt.Errorf("search: %w", err)
		}
		res.Count = "at_least"
		docs := map[int64]bool{}
		for _, r := range found {
			docs[r.doc] = true
		}
		res.Docs = len(docs)
	}
	var hits []Hit
	if sortBy == SortDate {
		// Read rows by date in chunks of searchWindow, past the first as
		// needed (the first query read one row more, to know there were more).
		found = found[:min(len(found), searchWindow)]
		for chunk := 0; len(hits) < offset+limit; chunk += searchWindow {
			if chunk > 0 {
				if found, err = s.searchRows(ctx, q, columns+from+order+` LIMIT ? OFFSET ?`, append(args, searchWindow, chunk)); err != nil {
					return res, err
				}
			}
			for i := 0; i < len(found) && len(hits) < offset+limit; i += resolveCap {
				group, err := s.openRows(ctx, q, found[i:min(i+resolveCap, len(found))])
				if err != nil {
					return res, err
				}
				slices.SortStableFunc(group, func(a, b Hit) int { return strings.Compare(b.Date, a.Date) })
				hits = append(hits, group...)
			}
			if len(found) < searchWindow {
				break
			}
			found = nil
		}
		res.Hits = pageOf(hits, offset, limit, q)
		return res, nil
	}
	res.Ranked = false
	found = found[:min(len(found), searchWindow)] // newest rows first
	sort.SliceStable(found, func(a, b int) bool { return found[a].weight > found[b].weight })
	// Open rows a rank at a time (at most resolveCap of a rank together), so
	// that a page is always the start of the next page's list.
	for i := 0; i < len(found) && len(hits) < offset+limit; {
		j := i + 1
		for j < len(found) && j-i < resolveCap && found[j].weight == found[i].weight {
			j++
		}
		group, err := s.openRows(ctx, q, found[i:j])
		if err != nil {
			return res, err
		}
		hits = append(hits, group...)
		i = j
	}
	res.Hits = pageOf(hits, offset, limit, q)
	return res, nil
}

// searchRows reads candidate index rows, each weighed for ranking.
func (s *Store) searchRows(ctx context.Context, q Query, query string, args []any) ([]searchRow, error) {
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
	return found, nil
}

// openAll opens every candidate row, in batches, and orders the hits: by
// relevance (rank of the row, then of the unit, newest first among equals),
// or by date (newest day first, then the rows' order).
func (s *Store) openAll(ctx context.Context, q Query, found []searchRow, sortBy string) ([]Hit, error) {
	if sortBy == SortRelevance {
		sort.SliceStable(found, func(a, b int) bool { return found[a].weight > found[b].weight })
	}
	var hits []Hit
	for i := 0; i < len(found); {
		j := i + 1
		for j < len(found) && j-i < resolveCap && (sortBy == SortDate || found[j].weight == found[i].weight) {
			j++
		}
		group, err := s.openRows(ctx, q, found[i:j])
		if err != nil {
			return nil, err
		}
		if sortBy == SortDate {
			slices.SortStableFunc(group, func(a, b Hit) int { return strings.Compare(b.Date, a.Date) })
		}
		hits = append(hits, group...)
		i = j
	}
	return hits, nil
}

// pageOf cuts a page out of hits and marks the query's terms in it.
func pageOf(hits []Hit, offset, limit int, q Query) []Hit {
	offset = min(offset, len(hits))
	out := hits[offset:min(offset+limit, len(hits))]
	for i := range out {
		out[i].Highlight = highlights(out[i].Text, q.Terms)
	}
	return out
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
	docRows := byKind["doc"]
	if len(q.excluded) > 0 {
		// Exclusions hold for the whole document: read every row's.
		docRows = nil
		for _, r := range rows {
			docRows = append(docRows, r.doc)
		}
	}
	docs, err := storedDocs(ctx, s.db, docRows)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	excluded := map[int64]bool{}
	if len(q.excluded) > 0 {
		for doc, d := range docs {
			excluded[doc] = q.excludes(strings.Fields(indexTokens(d.unit.source)))
		}
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
		if excluded[r.doc] {
			continue
		}
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

var kindWeight = map[string]float64{"initiative": 1, "campaign": 0.95, "item": 0.9, "target": 0.8, "figure": 0.7, "task": 0.6, "official": 0.5}

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

// NormalizePlace reads a place filter as queries are read: Simplified,
// width folded, trimmed (山東 is 山东).
func NormalizePlace(conv extract.Converter, place string) string {
	if strings.TrimSpace(place) == "" {
		return ""
	}
	return extract.QueryForms(conv, place)[0]
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

// highlights returns the rune spans of every occurrence of the terms in
// text, sorted, overlaps merged. Rune offsets are counted as the search goes,
// so a long document with many occurrences costs one pass per term.
func highlights(text string, terms []string) [][2]int {
	var out [][2]int
	for _, t := range terms {
		if t == "" {
			continue
		}
		runes, counted := 0, 0 // runes in text[:counted]
		tl := utf8.RuneCountInString(t)
		for off := 0; ; {
			i := strings.Index(text[off:], t)
			if i < 0 {
				break
			}
			runes += utf8.RuneCountInString(text[counted : off+i])
			counted = off + i
			out = append(out, [2]int{runes, runes + tl})
			off += i + len(t)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] || out[a][0] == out[b][0] && out[a][1] > out[b][1] })
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

// Highlights returns the rune spans of every occurrence of the query's terms
// in text (a document's, to show where a search found it).
func (q Query) Highlights(text string) [][2]int { return highlights(text, q.Terms) }

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
