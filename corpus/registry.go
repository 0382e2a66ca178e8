package corpus

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The formula registry (tables registry_*, schema_v8.sql) holds, for each
// formula key, the places that used it with their first and last days, the
// names it is written as, and the member lists places spell out. Storing or
// replacing a document marks its keys dirty in the same transaction;
// RefreshRegistry rebuilds the rows of the dirty keys from the extract tables,
// so the registry is a function of what is stored, however it was stored.

// markDirty marks the formula keys of the document numbered doc dirty, as they
// are stored now (call it before deleting a document's extracts and after
// inserting them).
func markDirty(ctx context.Context, tx *txWriter, doc int64) error {
	if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO registry_dirty (key) SELECT key FROM initiatives WHERE doc = ?", doc); err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	return nil
}

// RefreshRegistry rebuilds the registry rows of every dirty key. ingest and
// reextract call it when they end; what a run stopped before it did is done
// by the next.
func (s *Store) RefreshRegistry(ctx context.Context) error {
	for {
		var keys []string
		err := scanRows(ctx, s.db, "SELECT key FROM registry_dirty ORDER BY key LIMIT 256", nil, func(rows *sql.Rows) error {
			var k string
			err := rows.Scan(&k)
			keys = append(keys, k)
			return err
		})
		if err != nil {
			return fmt.Errorf("registry: %w", err)
		}
		if len(keys) == 0 {
			return nil
		}
		if err := s.refreshKeys(ctx, keys); err != nil {
			return err
		}
	}
}

// refreshKeys rebuilds the rows of keys in one immediate transaction: the
// uses are read under the write lock, so a document stored meanwhile marks its
// keys dirty after this, never between the read and the clearing.
func (s *Store) refreshKeys(ctx context.Context, keys []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	defer tx.Rollback()
	for _, key := range keys {
		if err := refreshKey(ctx, tx, key); err != nil {
			return fmt.Errorf("registry %s: %w", key, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	return nil
}

type placeKey struct{ province, city, county string }

type placeAgg struct {
	docs            int
	first, last     string
	firstDoc        int64
	lastCountedDocs int64
}

type listKey struct{ province, city, members string }

type listAgg struct {
	complete bool
	docs     []string
}

func refreshKey(ctx context.Context, tx *sql.Tx, key string) error {
	places := map[placeKey]*placeAgg{}
	names := map[string]map[int64]bool{}
	lists := map[listKey]*listAgg{}
	err := scanRows(ctx, tx, `SELECT i.doc, d.id, d.province, d.city, d.county, COALESCE(`+dayExpr+`, ''), i.name, i.complete,
		(SELECT json_group_array(item) FROM (SELECT item FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx ORDER BY t.idx))
		FROM initiatives i JOIN documents d ON d.doc = i.doc WHERE i.key = ? ORDER BY i.doc, i.idx`, []any{key},
		func(rows *sql.Rows) error {
			var doc int64
			var id, day, name, items string
			var pk placeKey
			var complete bool
			if err := rows.Scan(&doc, &id, &pk.province, &pk.city, &pk.county, &day, &name, &complete, &items); err != nil {
				return err
			}
			p := places[pk]
			if p == nil {
				p = &placeAgg{}
				places[pk] = p
			}
			if p.lastCountedDocs != doc { // a document may name the formula twice
				p.docs++
				p.lastCountedDocs = doc
			}
			if day != "" && (p.first == "" || day < p.first) {
				p.first, p.firstDoc = day, doc
			}
			if day > p.last {
				p.last = day
			}
			if names[name] == nil {
				names[name] = map[int64]bool{}
			}
			names[name][doc] = true
			if items != "[]" {
				lk := listKey{pk.province, pk.city, items}
				l := lists[lk]
				if l == nil {
					l = &listAgg{}
					lists[lk] = l
				}
				l.complete = l.complete || complete
				if !slices.Contains(l.docs, id) {
					l.docs = append(l.docs, id)
				}
			}
			return nil
		})
	if err != nil {
		return err
	}
	for _, t := range []string{"registry_places", "registry_names", "registry_lists", "registry_dirty"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE key = ?", key); err != nil {
			return err
		}
	}
	for pk, p := range places {
		if _, err := tx.ExecContext(ctx, `INSERT INTO registry_places (key, province, city, county, n_docs, first_day, last_day, first_doc)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, key, pk.province, pk.city, pk.county, p.docs,
			nullString(p.first), nullString(p.last), nullInt(p.firstDoc)); err != nil {
			return err
		}
	}
	for name, docs := range names {
		if _, err := tx.ExecContext(ctx, "INSERT INTO registry_names (key, name, n_docs) VALUES (?, ?, ?)", key, name, len(docs)); err != nil {
			return err
		}
	}
	for lk, l := range lists {
		if _, err := tx.ExecContext(ctx, `INSERT INTO registry_lists (key, province, city, members, complete, n_docs, docs)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, key, lk.province, lk.city, lk.members, l.complete, len(l.docs), jsonText(l.docs)); err != nil {
			return err
		}
	}
	return nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullInt(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

// KnownMembers is a member list that documents spell out for a formula which
// another document only names: inferred, never one of that document's items.
type KnownMembers struct {
	Members []string `json:"members"`
	Place   string   `json:"place"` // whose documents spell it ("" for national ones)
	Docs    []string `json:"docs"`  // their ids: the provenance
}

// knownListFrom is the FROM … LIMIT 1 of a query for the member list that
// documents of the place (province, city: SQL expressions) know for key (an
// SQL expression): the complete list spelled by the most documents of the same
// city, else of its province's own documents, else of national documents.
// Another city's list is never used: places define the same key differently.
func knownListFrom(key, province, city string) string {
	return `FROM registry_lists r WHERE r.key = ` + key + ` AND r.complete = 1 AND (
		(r.province = ` + province + ` AND r.city = ` + city + ` AND r.city <> '') OR
		(r.province = ` + province + ` AND r.city = '' AND r.province <> '') OR
		(r.province = '' AND r.city = ''))
		ORDER BY CASE WHEN r.city <> '' THEN 0 WHEN r.province <> '' THEN 1 ELSE 2 END, r.n_docs DESC, r.members LIMIT 1`
}

// KnownMembers finds the member list of the formula key for a document of
// this place that lists none (see knownListFrom). ok is false when there is
// none.
func (s *Store) KnownMembers(ctx context.Context, key, province, city string) (KnownMembers, bool, error) {
	var members, docs, lp, lc string
	err := s.db.QueryRowContext(ctx, `SELECT r.members, r.docs, r.province, r.city `+knownListFrom("?", "?", "?"),
		key, province, city, province).Scan(&members, &docs, &lp, &lc)
	if err == sql.ErrNoRows {
		return KnownMembers{}, false, nil
	}
	if err != nil {
		return KnownMembers{}, false, fmt.Errorf("known members of %s: %w", key, err)
	}
	var k KnownMembers
	if err := unmarshalAll(key, []string{members, docs}, &k.Members, &k.Docs); err != nil {
		return k, false, err
	}
	k.Place = PlaceName(lp, lc, "")
	return k, true, nil
}

// Adopter is one place's adoption of a formula, shaped for event-history
// analysis: one row per place.
type Adopter struct {
	Place           string   `json:"place"`
	Level           string   `json:"level"`  // province or city
	Parent          string   `json:"parent"` // the province of a city; 全国 for a province
	FirstDate       string   `json:"first_date"`
	FirstDoc        string   `json:"first_doc"` // the id of the document of first_date
	Docs            int      `json:"n_docs"`
	ParentFirstDate string   `json:"parent_first_date"` // the parent's own first use ("" when it has none dated)
	LagDays         *int     `json:"lag_days"`          // first_date − parent_first_date, when both are known
	Order           int      `json:"order"`             // 1 for the first adopter; places that used it on the same day share a rank; 0 when undated
	NeighborsBefore []string `json:"neighbors_before"`  // adjacent places that adopted earlier
}

// National is the parent of provinces in a diffusion table.
const National = "全国"

// Diffusion lists the places at level ("province" or "city") that used the
// formula key, earliest first, each with its parent's first use and the
// neighbours (adjacent, a map from a place's full name to its neighbours'
// full names) that used it before. It reads the registry, not the uses.
func (s *Store) Diffusion(ctx context.Context, key, level string, adjacent map[string][]string) ([]Adopter, error) {
	if level != "province" && level != "city" {
		return nil, fmt.Errorf("diffusion: level %q: want province or city", level)
	}
	type agg struct {
		parent          string
		first, firstDoc string
		docs            int
	}
	places := map[string]*agg{}
	parentFirst := map[string]string{} // parent's own documents' first day
	err := scanRows(ctx, s.db, `SELECT r.province, r.city, r.n_docs, COALESCE(r.first_day, ''), COALESCE(d.id, '')
		FROM registry_places r LEFT JOIN documents d ON d.doc = r.first_doc WHERE r.key = ?`, []any{key},
		func(rows *sql.Rows) error {
			var province, city, first, firstDoc string
			var n int
			if err := rows.Scan(&province, &city, &n, &first, &firstDoc); err != nil {
				return err
			}
			place, parent, own := province, National, province == ""
			if level == "city" {
				place, parent, own = city, province, city == ""
			}
			if own { // the parent's own documents
				if first != "" && (parentFirst[parent] == "" || first < parentFirst[parent]) {
					parentFirst[parent] = first
				}
				return nil
			}
			a := places[place]
			if a == nil {
				a = &agg{parent: parent}
				places[place] = a
			}
			a.docs += n
			if first != "" && (a.first == "" || first < a.first || first == a.first && firstDoc < a.firstDoc) {
				a.first, a.firstDoc = first, firstDoc
			}
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("diffusion of %s: %w", key, err)
	}
	out := make([]Adopter, 0, len(places))
	for place, a := range places {
		ad := Adopter{Place: place, Level: level, Parent: a.parent, FirstDate: a.first, FirstDoc: a.firstDoc, Docs: a.docs,
			ParentFirstDate: parentFirst[a.parent]}
		if lag, ok := daysBetween(ad.ParentFirstDate, ad.FirstDate); ok {
			ad.LagDays = &lag
		}
		for _, n := range adjacent[place] {
			if b := places[n]; b != nil && b.first != "" && a.first != "" && b.first < a.first {
				ad.NeighborsBefore = append(ad.NeighborsBefore, n)
			}
		}
		slices.Sort(ad.NeighborsBefore)
		if ad.NeighborsBefore == nil {
			ad.NeighborsBefore = []string{}
		}
		out = append(out, ad)
	}
	// Dated adopters in order of adoption, then the undated; names break ties.
	slices.SortFunc(out, func(a, b Adopter) int {
		if (a.FirstDate == "") != (b.FirstDate == "") {
			if a.FirstDate == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(a.FirstDate, b.FirstDate), strings.Compare(a.Place, b.Place))
	})
	for i := range out {
		switch {
		case out[i].FirstDate == "":
		case i > 0 && out[i].FirstDate == out[i-1].FirstDate:
			out[i].Order = out[i-1].Order
		default:
			out[i].Order = i + 1
		}
	}
	return out, nil
}

// daysBetween is to − from in days, for two ISO days.
func daysBetween(from, to string) (int, bool) {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return int(b.Sub(a).Hours() / 24), true
}

// FormulaVariant is another key that shares a complete member list with a
// formula: the same plan under another name.
type FormulaVariant struct {
	Key  string `json:"key"`
	Docs int    `json:"n_docs"`
}

// Variants lists the keys that share a complete member list with key.
func (s *Store) Variants(ctx context.Context, key string) ([]FormulaVariant, error) {
	var out []FormulaVariant
	err := scanRows(ctx, s.db, `SELECT o.key, SUM(o.n_docs) FROM registry_lists l JOIN registry_lists o ON o.members = l.members
		WHERE l.key = ? AND l.complete = 1 AND o.complete = 1 AND o.key <> l.key GROUP BY o.key ORDER BY 2 DESC, o.key`, []any{key},
		func(rows *sql.Rows) error {
			var v FormulaVariant
			err := rows.Scan(&v.Key, &v.Docs)
			out = append(out, v)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("variants of %s: %w", key, err)
	}
	return out, nil
}

// FormulaNames lists the ways key is written, most used first.
func (s *Store) FormulaNames(ctx context.Context, key string) ([]string, error) {
	var out []string
	err := scanRows(ctx, s.db, `SELECT name FROM registry_names WHERE key = ? ORDER BY n_docs DESC, name`, []any{key},
		func(rows *sql.Rows) error {
			var n string
			err := rows.Scan(&n)
			out = append(out, n)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("names of %s: %w", key, err)
	}
	return out, nil
}

// Adjacency reads adjacency pairs (rules' adjacency table: two full names per
// entry) into a symmetric map.
func Adjacency(pairs [][]string) map[string][]string {
	m := map[string][]string{}
	for _, p := range pairs {
		if len(p) < 2 || p[0] == "" || p[1] == "" || p[0] == p[1] {
			continue
		}
		if !slices.Contains(m[p[0]], p[1]) {
			m[p[0]] = append(m[p[0]], p[1])
		}
		if !slices.Contains(m[p[1]], p[0]) {
			m[p[1]] = append(m[p[1]], p[0])
		}
	}
	return m
}

// MemberSpread is one member of a formula across the places that list its
// members: who lists it, so a reader sees which members all adopters share
// and which are one place's own.
type MemberSpread struct {
	Member string   `json:"member"`
	Places []string `json:"places"` // the places whose lists hold it (PlaceName), in order of name
	Share  float64  `json:"share"`  // of the places that list members at all
}

// MemberDrift lists the members of the formula key across every place that
// spells out a list, most widely shared first. Members are matched as the
// comparison matches them (a member without the formula's head, one holding
// the other): 乡村振兴攻坚行动 and 乡村振兴 are one member. listing is how many
// places spell out a list.
func (s *Store) MemberDrift(ctx context.Context, key string) (members []MemberSpread, listing int, err error) {
	type placeList struct {
		place string
		items []string
	}
	var lists []placeList
	err = scanRows(ctx, s.db, `SELECT province, city, members FROM registry_lists WHERE key = ? ORDER BY province, city, n_docs DESC, members`,
		[]any{key}, func(rows *sql.Rows) error {
			var province, city, items string
			if err := rows.Scan(&province, &city, &items); err != nil {
				return err
			}
			var l placeList
			l.place = PlaceName(province, city, "")
			if l.place == "" {
				l.place = National
			}
			if err := json.Unmarshal([]byte(items), &l.items); err != nil {
				return err
			}
			lists = append(lists, l)
			return nil
		})
	if err != nil {
		return nil, 0, fmt.Errorf("members of %s: %w", key, err)
	}
	head := formulaHead(key)
	byPlace := map[string]bool{}
	var out []MemberSpread
	for _, l := range lists {
		byPlace[l.place] = true
		for _, item := range l.items {
			core := memberCore(item, head)
			i := slices.IndexFunc(out, func(m MemberSpread) bool { return sameMember(m.Member, core) })
			if i < 0 {
				out = append(out, MemberSpread{Member: core})
				i = len(out) - 1
			}
			if !slices.Contains(out[i].Places, l.place) {
				out[i].Places = append(out[i].Places, l.place)
			}
		}
	}
	for i := range out {
		slices.Sort(out[i].Places)
		out[i].Share = float64(len(out[i].Places)) / float64(len(byPlace))
	}
	// The most widely listed first; among equals, as the lists give them.
	slices.SortStableFunc(out, func(a, b MemberSpread) int { return cmp.Compare(len(b.Places), len(a.Places)) })
	return out, len(byPlace), nil
}
