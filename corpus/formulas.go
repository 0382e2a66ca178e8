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

// FormulaSpread lists every use of the formula with this key, earliest first
// (undated uses last).
func (s *Store) FormulaSpread(ctx context.Context, key string, f Filter) ([]FormulaSighting, error) {
	where, args := f.sql([]string{"i.key = ?"}, []any{key})
	rows, err := s.db.QueryContext(ctx, `SELECT i.name, d.province, d.city, d.county, COALESCE(`+dayExpr+`, ''), i.count, d.source, i.sentence,
		(SELECT json_group_array(item) FROM (SELECT item FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx ORDER BY t.idx))
		FROM initiatives i JOIN documents d ON d.doc = i.doc WHERE `+strings.Join(where, " AND ")+`
		ORDER BY (`+dayExpr+`) IS NULL, `+dayExpr+`, d.doc, i.idx`, args...)
	if err != nil {
		return nil, fmt.Errorf("formula %s: %w", key, err)
	}
	defer rows.Close()
	var out []FormulaSighting
	for rows.Next() {
		var u FormulaSighting
		var count sql.NullInt64
		var items string
		if err := rows.Scan(&u.Name, &u.Province, &u.City, &u.County, &u.Date, &count, &u.Source, &u.Sentence, &items); err != nil {
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
