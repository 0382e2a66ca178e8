package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// PlaceFormula is one formula as one place used it.
type PlaceFormula struct {
	Name   string   `json:"name"`
	Key    string   `json:"key"`
	Count  *int     `json:"count"`
	Items  []string `json:"items"`
	Date   string   `json:"date"`
	Source string   `json:"source"` // the document of the earliest use
	Docs   []string `json:"docs"`   // the sources of every document of the place that uses it
}

// PlaceFigure is one figure of one place.
type PlaceFigure struct {
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	Measure  string  `json:"measure"`
	Target   bool    `json:"target"`
	Date     string  `json:"date"`
	Sentence string  `json:"sentence"`
	Source   string  `json:"source"`
}

// PlacePlan is what the store holds of one place.
type PlacePlan struct {
	Place     string         `json:"place"`
	Documents int            `json:"documents"`
	Formulas  []PlaceFormula `json:"formulas"`
	Figures   []PlaceFigure  `json:"figures"`
}

// AlignedFormulas is one row of the comparison: the formulas of each place
// (nil where a place has none) that are one plan by the evidence: the same
// key, or enough members in common.
type AlignedFormulas struct {
	Formulas []*PlaceFormula `json:"formulas"` // one per place, in the order asked
	Match    string          `json:"match"`    // "key", "members", or "" for a formula of one place
	Common   []string        `json:"common"`   // members every present place lists
	Unique   [][]string      `json:"unique"`   // members only that place lists
}

// FigureRow puts the figures of one measure, unit, label and year side by side.
type FigureRow struct {
	Measure string          `json:"measure"`
	Unit    string          `json:"unit"`
	Target  bool            `json:"target"`
	Year    string          `json:"year"`    // of the documents' days; "" when undated
	Figures [][]PlaceFigure `json:"figures"` // per place
}

// Comparison is the side-by-side view of several places' plans.
type Comparison struct {
	Places   []PlacePlan       `json:"places"`
	Formulas []AlignedFormulas `json:"formulas"`
	// Similar pairs formulas of different places whose names alone are
	// alike (the same count and a head word in common: 十大重点民生实事 and
	// 十大重点行业) with nothing else in common: shown apart, never as one plan.
	Similar []AlignedFormulas `json:"similar"`
	Figures []FigureRow       `json:"figures"`
}

// CompareOptions narrow what a comparison reads.
type CompareOptions struct {
	// Source keeps the documents whose source (path or URL) holds it, so
	// that a user compares like with like (a folder of work reports, one
	// outlet's news); "" keeps all.
	Source string
}

// Compare loads each place's formulas and figures and aligns them.
func (s *Store) Compare(ctx context.Context, places []string, f Filter, o CompareOptions) (Comparison, error) {
	var c Comparison
	for _, p := range places {
		plan, err := s.placePlan(ctx, p, f, o)
		if err != nil {
			return c, err
		}
		c.Places = append(c.Places, plan)
	}
	c.Formulas, c.Similar = alignFormulas(c.Places)
	c.Figures = figureRows(c.Places)
	return c, nil
}

// placeWhere matches documents of a place given by full or short name, at
// any level (山东, 临沂市, 兰山区).
// ?2 is the name escaped for LIKE (likeEscape).
const placeWhere = `(d.province = ?1 OR d.city = ?1 OR d.county = ?1 OR
	d.province LIKE ?2 || '_' ESCAPE '\' OR d.city LIKE ?2 || '_' ESCAPE '\' OR d.county LIKE ?2 || '_' ESCAPE '\' OR
	d.province LIKE ?2 || '__' ESCAPE '\' OR d.province LIKE ?2 || '___自治区' ESCAPE '\')`

func (s *Store) placePlan(ctx context.Context, place string, f Filter, o CompareOptions) (PlacePlan, error) {
	plan := PlacePlan{Place: place, Formulas: []PlaceFormula{}, Figures: []PlaceFigure{}}
	where, args := f.sql([]string{placeWhere}, []any{place, likeEscape(place)})
	if o.Source != "" {
		where, args = append(where, "instr(d.source, ?) > 0"), append(args, o.Source)
	}
	cond := strings.Join(where, " AND ")
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents d WHERE `+cond, args...).Scan(&plan.Documents); err != nil {
		return plan, fmt.Errorf("compare %s: %w", place, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT i.name, i.key, i.count, COALESCE(`+dayExpr+`, ''), d.source,
		(SELECT json_group_array(item) FROM (SELECT item FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx ORDER BY t.idx))
		FROM initiatives i JOIN documents d ON d.doc = i.doc WHERE `+cond+` ORDER BY 4, d.doc, i.idx`, args...)
	if err != nil {
		return plan, fmt.Errorf("compare %s: %w", place, err)
	}
	seen := map[string]int{}
	for rows.Next() {
		var pf PlaceFormula
		var count sql.NullInt64
		var items string
		if err := rows.Scan(&pf.Name, &pf.Key, &count, &pf.Date, &pf.Source, &items); err != nil {
			rows.Close()
			return plan, fmt.Errorf("compare %s: %w", place, err)
		}
		if count.Valid {
			n := int(count.Int64)
			pf.Count = &n
		}
		json.Unmarshal([]byte(items), &pf.Items)
		if pf.Items == nil {
			pf.Items = []string{}
		}
		// One formula per key: the earliest use, with the fullest member list.
		if i, ok := seen[pf.Key]; ok {
			if len(pf.Items) > len(plan.Formulas[i].Items) {
				plan.Formulas[i].Items = pf.Items
			}
			if !slices.Contains(plan.Formulas[i].Docs, pf.Source) {
				plan.Formulas[i].Docs = append(plan.Formulas[i].Docs, pf.Source)
			}
			continue
		}
		pf.Docs = []string{pf.Source}
		seen[pf.Key] = len(plan.Formulas)
		plan.Formulas = append(plan.Formulas, pf)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return plan, fmt.Errorf("compare %s: %w", place, err)
	}
	frows, err := s.db.QueryContext(ctx, `SELECT f.text, f.value, f.unit, f.measure, f.target, COALESCE(`+dayExpr+`, ''), f.sentence, d.source
		FROM figures f JOIN documents d ON d.doc = f.doc WHERE `+cond+` AND f.measure != '' ORDER BY 6, d.doc, f.idx`, args...)
	if err != nil {
		return plan, fmt.Errorf("compare %s: %w", place, err)
	}
	defer frows.Close()
	for frows.Next() {
		var pf PlaceFigure
		if err := frows.Scan(&pf.Text, &pf.Value, &pf.Unit, &pf.Measure, &pf.Target, &pf.Date, &pf.Sentence, &pf.Source); err != nil {
			return plan, fmt.Errorf("compare %s: %w", place, err)
		}
		plan.Figures = append(plan.Figures, pf)
	}
	return plan, frows.Err()
}

// formulaHead is a key without its numeral and counter: 10大攻坚战役 → 攻坚战役.
func formulaHead(key string) string {
	rs := []rune(key)
	i := 0
	for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '+') {
		i++
	}
	if i < len(rs) && strings.ContainsRune("大个项张条场类件批", rs[i]) {
		i++
	}
	return string(rs[i:])
}

// memberCore is a member without its formula's head, which lists repeat on
// every member (乡村振兴攻坚行动 under 十大攻坚行动 is 乡村振兴): what is left
// is what tells members apart across places.
func memberCore(item, head string) string {
	for _, h := range []string{head, lastRunes(head, 2)} {
		if h != "" && strings.HasSuffix(item, h) && len([]rune(item))-len([]rune(h)) >= 2 {
			return strings.TrimSuffix(item, h)
		}
	}
	return item
}

func lastRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return ""
	}
	return string(rs[len(rs)-n:])
}

// sameMember says whether two places' members name the same thing: one core
// holds the other (乡村振兴 / 乡村振兴及精准脱贫), or they share a run of at
// least four characters that is most of the shorter one. Shared characters
// or a generic suffix are not enough: 求职需求 and 用工需求, 商谷示范区 and
// 文化两创示范区 are different entries.
func sameMember(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	common := longestCommonRun(ra, rb)
	return common >= 4 && float64(common) >= 0.6*float64(min(len(ra), len(rb)))
}

func longestCommonRun(a, b []rune) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// sharedMembers returns the members of a (as a writes them, without the
// head) that match one of b's.
func sharedMembers(a, b *PlaceFormula) []string {
	var out []string
	ha, hb := formulaHead(a.Key), formulaHead(b.Key)
	for _, x := range a.Items {
		cx := memberCore(x, ha)
		for _, y := range b.Items {
			if sameMember(cx, memberCore(y, hb)) {
				out = append(out, cx)
				break
			}
		}
	}
	return out
}

// sameByMembers says whether two formulas of different keys are one plan by
// their members: at least two members in common, or half of the shorter
// list. One member of several is a coincidence of themes (乡村振兴 is in
// many cities' lists), not the same plan.
func sameByMembers(a, b *PlaceFormula) bool {
	shared := len(sharedMembers(a, b))
	return shared >= 2 || shared >= 1 && 2*shared >= min(len(a.Items), len(b.Items))
}

// similarName says whether two formulas' names alone are alike: the same
// count and heads that start with the same word (十大攻坚行动 / 十大攻坚战役).
func similarName(a, b *PlaceFormula) bool {
	if a.Count == nil || b.Count == nil || *a.Count != *b.Count {
		return false
	}
	ha, hb := []rune(formulaHead(a.Key)), []rune(formulaHead(b.Key))
	return len(ha) >= 2 && len(hb) >= 2 && string(ha[:2]) == string(hb[:2])
}

// alignFormulas lays the places' formulas out in rows: each formula of the
// first place that has it, with the formula of every other place that is the
// same plan by key, else by members (the one sharing the most). Formulas whose
// names alone are alike go to similar, in pairs.
func alignFormulas(plans []PlacePlan) (rows, similar []AlignedFormulas) {
	used := make([]map[int]bool, len(plans))
	for i := range used {
		used[i] = map[int]bool{}
	}
	for p := range plans {
		for i := range plans[p].Formulas {
			if used[p][i] {
				continue
			}
			used[p][i] = true
			row := AlignedFormulas{Formulas: make([]*PlaceFormula, len(plans))}
			base := &plans[p].Formulas[i]
			row.Formulas[p] = base
			for q := p + 1; q < len(plans); q++ {
				best, bestShared, byKey := -1, 0, false
				for j := range plans[q].Formulas {
					other := &plans[q].Formulas[j]
					if used[q][j] {
						continue
					}
					if other.Key == base.Key {
						best, byKey = j, true
						break
					}
					if n := len(sharedMembers(base, other)); n > bestShared && sameByMembers(base, other) {
						best, bestShared = j, n
					}
				}
				if best < 0 {
					continue
				}
				used[q][best] = true
				row.Formulas[q] = &plans[q].Formulas[best]
				if byKey && row.Match != "members" {
					row.Match = "key"
				} else {
					row.Match = "members"
				}
			}
			row.Common, row.Unique = memberSets(row.Formulas)
			rows = append(rows, row)
		}
	}
	// Rows that align several places first, then by the first place's order.
	sort.SliceStable(rows, func(a, b int) bool { return present(rows[a]) > present(rows[b]) })
	similar = []AlignedFormulas{}
	for a := range rows {
		for b := range rows {
			fa, fb := only(rows[a]), only(rows[b])
			if fa < 0 || fb <= fa {
				continue
			}
			x, y := rows[a].Formulas[fa], rows[b].Formulas[fb]
			if similarName(x, y) {
				pair := AlignedFormulas{Formulas: make([]*PlaceFormula, len(plans)), Match: "name"}
				pair.Formulas[fa], pair.Formulas[fb] = x, y
				pair.Common, pair.Unique = memberSets(pair.Formulas)
				similar = append(similar, pair)
			}
		}
	}
	return rows, similar
}

// only is the place of a row that holds one formula, -1 for aligned rows.
func only(r AlignedFormulas) int {
	at := -1
	for i, f := range r.Formulas {
		if f != nil {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

func present(r AlignedFormulas) int {
	n := 0
	for _, f := range r.Formulas {
		if f != nil {
			n++
		}
	}
	return n
}

// memberSets splits the members of aligned formulas into those every present
// place lists (as the first place writes them, without the head) and those
// only one place lists.
func memberSets(fs []*PlaceFormula) (common []string, unique [][]string) {
	unique = make([][]string, len(fs))
	var present []*PlaceFormula
	for _, f := range fs {
		if f != nil {
			present = append(present, f)
		}
	}
	common = []string{}
	if len(present) >= 2 {
		first := present[0]
		head := formulaHead(first.Key)
		for _, item := range first.Items {
			one := &PlaceFormula{Key: first.Key, Items: []string{item}}
			all := true
			for _, f := range present[1:] {
				if len(sharedMembers(one, f)) == 0 {
					all = false
					break
				}
			}
			if all {
				common = append(common, memberCore(item, head))
			}
		}
	}
	for i, f := range fs {
		unique[i] = []string{}
		if f == nil {
			continue
		}
		for _, item := range f.Items {
			shared := false
			for _, g := range present {
				if g != f && len(sharedMembers(&PlaceFormula{Key: f.Key, Items: []string{item}}, g)) > 0 {
					shared = true
					break
				}
			}
			if !shared {
				unique[i] = append(unique[i], item)
			}
		}
	}
	return common, unique
}

// figureRows groups the places' figures by measure, unit, target and year:
// a total of 2020 is not one of 2024.
func figureRows(plans []PlacePlan) []FigureRow {
	type key struct {
		measure, unit, year string
		target              bool
	}
	index := map[key]int{}
	var rows []FigureRow
	for p, plan := range plans {
		for _, f := range plan.Figures {
			k := key{f.Measure, f.Unit, yearOf(f.Date), f.Target}
			i, ok := index[k]
			if !ok {
				i = len(rows)
				index[k] = i
				rows = append(rows, FigureRow{Measure: f.Measure, Unit: f.Unit, Target: f.Target, Year: k.year, Figures: make([][]PlaceFigure, len(plans))})
			}
			rows[i].Figures[p] = append(rows[i].Figures[p], f)
		}
	}
	for i := range rows {
		for p := range rows[i].Figures {
			if rows[i].Figures[p] == nil {
				rows[i].Figures[p] = []PlaceFigure{}
			}
		}
	}
	// Measures that several places report first, then by name.
	sort.SliceStable(rows, func(a, b int) bool {
		pa, pb := figurePlaces(rows[a]), figurePlaces(rows[b])
		if pa != pb {
			return pa > pb
		}
		if rows[a].Measure != rows[b].Measure {
			return rows[a].Measure < rows[b].Measure
		}
		if rows[a].Year != rows[b].Year {
			return rows[a].Year > rows[b].Year
		}
		return !rows[a].Target && rows[b].Target
	})
	return rows
}

// yearOf is the year of an ISO day, "" for none.
func yearOf(day string) string {
	if len(day) >= 4 && day[0] != '-' {
		return day[:4]
	}
	return ""
}

func figurePlaces(r FigureRow) int {
	n := 0
	for _, f := range r.Figures {
		if len(f) > 0 {
			n++
		}
	}
	return n
}
