package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
)

// FormulaUse counts how widely one formula is used.
type FormulaUse struct {
	Key       string `json:"key"`
	Name      string `json:"name"` // the most common written form
	Places    int    `json:"places"`
	Documents int    `json:"documents"`
	First     string `json:"first"` // earliest known date
}

// placeExpr names a document's place at its finest known level.
const placeExpr = `COALESCE(NULLIF(d.county, ''), NULLIF(d.city, ''), NULLIF(d.province, ''), '')`

// TopFormulas lists the formulas used by the most places, then documents.
func (s *Store) TopFormulas(ctx context.Context, f Filter) ([]FormulaUse, error) {
	where, args := f.sql([]string{"1"}, nil)
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, `SELECT i.key,
		(SELECT i2.name FROM initiatives i2 WHERE i2.key = i.key GROUP BY i2.name ORDER BY COUNT(*) DESC, i2.name LIMIT 1),
		COUNT(DISTINCT `+placeExpr+`), COUNT(DISTINCT i.doc), COALESCE(MIN(`+dayExpr+`), '')
		FROM initiatives i JOIN documents d ON d.doc = i.doc WHERE `+strings.Join(where, " AND ")+`
		GROUP BY i.key ORDER BY 3 DESC, 4 DESC, i.key LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("formulas: %w", err)
	}
	defer rows.Close()
	var out []FormulaUse
	for rows.Next() {
		var u FormulaUse
		if err := rows.Scan(&u.Key, &u.Name, &u.Places, &u.Documents, &u.First); err != nil {
			return nil, fmt.Errorf("formulas: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// FormulaSighting is one use of a formula: where, when, with which members.
type FormulaSighting struct {
	Kind     string   `json:"kind"` // "formula", or "campaign" for a campaign of that name
	DocID    string   `json:"doc_id"`
	Name     string   `json:"name"`
	Province string   `json:"province"`
	City     string   `json:"city"`
	County   string   `json:"county"`
	Date     string   `json:"date"`
	Count    *int     `json:"count"`
	Items    []string `json:"items"`
	Source   string   `json:"source"`
	Sentence string   `json:"sentence"`
}

// FormulaSpread lists every use of the formula with this key, and of the
// campaign named name (百日攻坚 is stored as a campaign, not a formula),
// earliest first (undated uses last).
func (s *Store) FormulaSpread(ctx context.Context, key, name string, f Filter) ([]FormulaSighting, error) {
	fwhere, args := f.sql([]string{"i.key = ?"}, []any{key})
	cwhere, cargs := f.sql([]string{"c.name = ?"}, []any{name})
	rows, err := s.db.QueryContext(ctx, `SELECT * FROM (
		SELECT 'formula' AS kind, d.id, i.name, d.province, d.city, d.county, COALESCE(`+dayExpr+`, '') AS day, i.count, d.source, i.sentence,
		(SELECT json_group_array(item) FROM (SELECT item FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx ORDER BY t.idx)),
		d.doc, i.idx
		FROM initiatives i JOIN documents d ON d.doc = i.doc WHERE `+strings.Join(fwhere, " AND ")+`
		UNION ALL
		SELECT 'campaign', d.id, c.name, d.province, d.city, d.county, COALESCE(`+dayExpr+`, ''), NULL, d.source, '', '[]', d.doc, c.idx
		FROM campaigns c JOIN documents d ON d.doc = c.doc WHERE `+strings.Join(cwhere, " AND ")+`)
		ORDER BY day = '', day, 12, 1 DESC, 13`, append(args, cargs...)...)
	if err != nil {
		return nil, fmt.Errorf("formula %s: %w", key, err)
	}
	defer rows.Close()
	var out []FormulaSighting
	for rows.Next() {
		var u FormulaSighting
		var count sql.NullInt64
		var items string
		var doc, idx int64
		if err := rows.Scan(&u.Kind, &u.DocID, &u.Name, &u.Province, &u.City, &u.County, &u.Date, &count, &u.Source, &u.Sentence, &items, &doc, &idx); err != nil {
			return nil, fmt.Errorf("formula %s: %w", key, err)
		}
		if count.Valid {
			n := int(count.Int64)
			u.Count = &n
		}
		json.Unmarshal([]byte(items), &u.Items)
		if u.Items == nil {
			u.Items = []string{}
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// SpreadCount is how many documents used a formula in one period (and place).
type SpreadCount struct {
	Period string `json:"period"` // 2024, 2024-Q3 or 2024-07; "undated"
	Place  string `json:"place,omitempty"`
	Docs   int    `json:"n_docs"`
}

// periodExprs turn a document's day into its period.
var periodExprs = map[string]string{
	"year":    `substr(day, 1, 4)`,
	"quarter": `substr(day, 1, 4) || '-Q' || ((CAST(substr(day, 6, 2) AS INTEGER) + 2) / 3)`,
	"month":   `substr(day, 1, 7)`,
}

// placeExprs name a document's place at a level (” when it has none there).
var placeExprs = map[string]string{"": `''`, "province": `province`, "city": `city`}

// SpreadCounts counts the documents that used the formula with this key (or
// the campaign named name) by period ("year", "quarter" or "month") and, when
// byPlace is "province" or "city", by place. Each document is counted once,
// in its own period and place, so the counts sum to the documents that use it.
func (s *Store) SpreadCounts(ctx context.Context, key, name, by, byPlace string, f Filter) ([]SpreadCount, error) {
	period, ok := periodExprs[by]
	if !ok {
		return nil, fmt.Errorf("count by %q: want year, quarter or month", by)
	}
	place, ok := placeExprs[byPlace]
	if !ok {
		return nil, fmt.Errorf("count by place %q: want province or city", byPlace)
	}
	fwhere, args := f.sql([]string{"i.key = ?"}, []any{key})
	cwhere, cargs := f.sql([]string{"c.name = ?"}, []any{name})
	rows, err := s.db.QueryContext(ctx, `SELECT CASE WHEN day = '' THEN 'undated' ELSE `+period+` END AS period, `+place+` AS place, COUNT(*)
		FROM (SELECT DISTINCT d.doc, COALESCE(`+dayExpr+`, '') AS day, d.province, d.city FROM documents d
			WHERE d.doc IN (SELECT i.doc FROM initiatives i JOIN documents d ON d.doc = i.doc WHERE `+strings.Join(fwhere, " AND ")+`)
			   OR d.doc IN (SELECT c.doc FROM campaigns c JOIN documents d ON d.doc = c.doc WHERE `+strings.Join(cwhere, " AND ")+`))
		GROUP BY 1, 2 ORDER BY period = 'undated', 1, 3 DESC, 2`, append(args, cargs...)...)
	if err != nil {
		return nil, fmt.Errorf("formula %s: %w", key, err)
	}
	defer rows.Close()
	var out []SpreadCount
	for rows.Next() {
		var c SpreadCount
		if err := rows.Scan(&c.Period, &c.Place, &c.Docs); err != nil {
			return nil, fmt.Errorf("formula %s: %w", key, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
