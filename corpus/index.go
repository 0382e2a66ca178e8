package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/tifa-project/tifa/extract"
)

// The search index has one row per document and kind of unit: the document
// itself (title, text, formula keys), and all its formulas, members, tasks,
// figures or targets together. Search finds rows, then picks the units of a
// row that match (see Search). A row per unit cost the store most of its
// writing time: FTS5 pays per row far more than per token.

// searchUnit is one thing search can find.
type searchUnit struct {
	kind   string
	text   string // shown in a hit (empty for a document: its text is in documents)
	source string // what is indexed, before indexTokens
}

// unitKinds are the kinds of unit, in the order a document's rows are written.
var unitKinds = []string{"doc", "initiative", "item", "task", "figure", "target", "campaign", "official"}

// searchUnits lists the units of a record: the document (title, text and its
// formulas' normalized keys, so 10大攻坚行动 finds a text that writes
// 十大攻坚行动), each formula with its members, each member, task and figure.
// A text is one unit per kind: the three figures of one sentence are one hit.
func searchUnits(r *extract.Record) []searchUnit {
	u := newUnitList()
	var keys []string
	for _, in := range r.Initiatives {
		if in.Key != in.Name {
			keys = append(keys, in.Key)
		}
	}
	u.add(docUnit(r.Title, r.Text, keys))
	for _, in := range r.Initiatives {
		u.add(initiativeUnit(in.Name, in.Key, in.Items))
		for _, item := range in.Items {
			u.add(searchUnit{"item", item, item})
		}
	}
	for _, t := range r.Tasks {
		u.add(searchUnit{"task", t.Text, t.Text})
	}
	for _, f := range r.Figures {
		u.add(figureUnit(f.Target, f.Text, f.Sentence))
	}
	for _, c := range r.Campaigns {
		u.add(searchUnit{"campaign", c.Name, c.Name})
	}
	for _, o := range r.Officials {
		u.add(officialUnit(o.Name, o.Titles))
	}
	return u.units
}

// officialUnit is a person with the titles the text gives: 孟庆斌（市委副书记、市长）.
func officialUnit(name string, titles []string) searchUnit {
	text := name
	if len(titles) > 0 {
		text += "（" + strings.Join(titles, "、") + "）"
	}
	return searchUnit{"official", text, text}
}

func docUnit(title, text string, keys []string) searchUnit {
	return searchUnit{kind: "doc", source: title + "\n" + text + "\n" + strings.Join(keys, "\n")}
}

func initiativeUnit(name, key string, items []string) searchUnit {
	text := name
	if len(items) > 0 {
		text += ":" + strings.Join(items, "、")
	}
	return searchUnit{"initiative", text, text + "\n" + key}
}

func figureUnit(target bool, text, sentence string) searchUnit {
	kind := "figure"
	if target {
		kind = "target"
	}
	if sentence != "" {
		text = sentence
	}
	return searchUnit{kind, text, text}
}

// unitList collects units, each (kind, text) once.
type unitList struct {
	units []searchUnit
	seen  map[[2]string]bool
}

func newUnitList() *unitList { return &unitList{seen: map[[2]string]bool{}} }

func (l *unitList) add(u searchUnit) {
	k := [2]string{u.kind, u.text}
	if u.kind != "doc" && l.seen[k] {
		return
	}
	l.seen[k] = true
	l.units = append(l.units, u)
}

// indexRow is one row of the search index: a kind and its tokens.
type indexRow struct{ kind, tokens string }

// indexRows groups a record's units into its index rows.
func indexRows(ts *tokenSet, units []searchUnit) []indexRow {
	var rows []indexRow
	for _, kind := range unitKinds {
		var src strings.Builder
		for _, u := range units {
			if u.kind == kind {
				src.WriteString(u.source)
				src.WriteByte('\n') // no bigram spans two units
			}
		}
		if src.Len() > 0 {
			rows = append(rows, indexRow{kind, ts.tokens(src.String())})
		}
	}
	return rows
}

// prepared is what the writer stores of a record besides its fields.
type prepared struct {
	index []indexRow
	raw   []byte // the input as a delta against the text (rawdelta.go)
}

// prepareAhead makes the index rows and raw deltas of recs, in order, on a
// goroutine of its own: the writer, which only inserts them, is the one part
// of an ingest that cannot run in parallel. stop ends it early.
func prepareAhead(recs []extract.Record, delta *deltaCodec) (rows <-chan prepared, stop func()) {
	out := make(chan prepared, 64)
	quit := make(chan struct{})
	go func() {
		defer close(out)
		ts := newTokenSet()
		for i := range recs {
			p := prepared{index: indexRows(ts, searchUnits(&recs[i])), raw: delta.encode(recs[i].Input.Text, recs[i].Text)}
			select {
			case out <- p:
			case <-quit:
				return
			}
		}
	}()
	return out, sync.OnceFunc(func() { close(quit) })
}

// insertSearchRows writes a document's index rows.
func insertSearchRows(ctx context.Context, tx *txWriter, doc int64, rows []indexRow) error {
	for _, row := range rows {
		res, err := tx.ExecContext(ctx, `INSERT INTO search_rows (doc, kind) VALUES (?, ?)`, doc, row.kind)
		if err != nil {
			return fmt.Errorf("index %s: %w", row.kind, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("index %s: %w", row.kind, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)`, id, row.tokens); err != nil {
			return fmt.Errorf("index %s: %w", row.kind, err)
		}
	}
	return nil
}

func deleteSearchRows(ctx context.Context, tx *txWriter, doc int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_rows WHERE doc = ?)`, doc); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_rows WHERE doc = ?`, doc); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	return nil
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// storedUnits rebuilds from the extract tables the units of one kind (not
// doc) of each document in docs, as searchUnits made them when the
// document was stored.
func storedUnits(ctx context.Context, db querier, kind string, docs []int64) (map[int64][]searchUnit, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	in, args := docList(docs)
	lists := map[int64]*unitList{}
	add := func(doc int64, u searchUnit) {
		l := lists[doc]
		if l == nil {
			l = newUnitList()
			lists[doc] = l
		}
		l.add(u)
	}
	var query string
	switch kind {
	case "initiative":
		items, err := storedItems(ctx, db, in, args)
		if err != nil {
			return nil, err
		}
		err = scanRows(ctx, db, `SELECT doc, idx, name, key FROM initiatives WHERE doc IN (`+in+`) ORDER BY doc, idx`, args,
			func(rows *sql.Rows) error {
				var doc int64
				var name, key string
				var idx int
				if err := rows.Scan(&doc, &idx, &name, &key); err != nil {
					return err
				}
				add(doc, initiativeUnit(name, key, items[docIdx{doc, idx}]))
				return nil
			})
		if err != nil {
			return nil, fmt.Errorf("read formula units: %w", err)
		}
	case "item", "task":
		query = `SELECT doc, item FROM initiative_items WHERE doc IN (` + in + `) ORDER BY doc, initiative_idx, idx`
		if kind == "task" {
			query = `SELECT doc, text FROM tasks WHERE doc IN (` + in + `) ORDER BY doc, idx`
		}
		err := scanRows(ctx, db, query, args, func(rows *sql.Rows) error {
			var doc int64
			var text string
			if err := rows.Scan(&doc, &text); err != nil {
				return err
			}
			add(doc, searchUnit{kind, text, text})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read %s units: %w", kind, err)
		}
	case "figure", "target":
		query = `SELECT doc, text, sentence FROM figures WHERE target = ? AND doc IN (` + in + `) ORDER BY doc, idx`
		err := scanRows(ctx, db, query, append([]any{kind == "target"}, args...), func(rows *sql.Rows) error {
			var doc int64
			var text, sentence string
			if err := rows.Scan(&doc, &text, &sentence); err != nil {
				return err
			}
			add(doc, figureUnit(kind == "target", text, sentence))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read %s units: %w", kind, err)
		}
	case "campaign":
		err := scanRows(ctx, db, `SELECT doc, name FROM campaigns WHERE doc IN (`+in+`) ORDER BY doc, idx`, args, func(rows *sql.Rows) error {
			var doc int64
			var name string
			if err := rows.Scan(&doc, &name); err != nil {
				return err
			}
			add(doc, searchUnit{kind, name, name})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read %s units: %w", kind, err)
		}
	case "official":
		err := scanRows(ctx, db, `SELECT doc, name, titles FROM officials WHERE doc IN (`+in+`) ORDER BY doc, idx`, args, func(rows *sql.Rows) error {
			var doc int64
			var name, titles string
			if err := rows.Scan(&doc, &name, &titles); err != nil {
				return err
			}
			var ts []string
			if err := json.Unmarshal([]byte(titles), &ts); err != nil {
				return fmt.Errorf("titles of %s: %w", name, err)
			}
			add(doc, officialUnit(name, ts))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read %s units: %w", kind, err)
		}
	default:
		return nil, fmt.Errorf("no stored units of kind %q", kind)
	}
	out := make(map[int64][]searchUnit, len(lists))
	for doc, l := range lists {
		out[doc] = l.units
	}
	return out, nil
}

// docList returns the placeholders and arguments of an IN list of docs.
func docList(docs []int64) (string, []any) {
	args := make([]any, len(docs))
	for i, doc := range docs {
		args[i] = doc
	}
	return "?" + strings.Repeat(",?", len(docs)-1), args
}

// storedDoc is a document as search matches and shows it.
type storedDoc struct {
	title, text string
	unit        searchUnit // the document unit, as searchUnits made it
}

// storedDocs reads the documents in docs with their formulas' keys.
func storedDocs(ctx context.Context, db querier, docs []int64) (map[int64]storedDoc, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	in, args := docList(docs)
	out := make(map[int64]storedDoc, len(docs))
	err := scanRows(ctx, db, `SELECT doc, title, text, (SELECT COALESCE(group_concat(key, char(10) ORDER BY idx), '')
		FROM initiatives i WHERE i.doc = d.doc AND key != name) FROM documents d WHERE doc IN (`+in+`)`, args,
		func(rows *sql.Rows) error {
			var id int64
			var keys string
			var d storedDoc
			if err := rows.Scan(&id, &d.title, &d.text, &keys); err != nil {
				return err
			}
			var keyList []string
			if keys != "" {
				keyList = strings.Split(keys, "\n")
			}
			d.unit = docUnit(d.title, d.text, keyList)
			out[id] = d
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return out, nil
}

type docIdx struct {
	doc int64
	idx int
}

// storedItems reads the members of the formulas of some documents.
func storedItems(ctx context.Context, db querier, in string, args []any) (map[docIdx][]string, error) {
	items := map[docIdx][]string{}
	err := scanRows(ctx, db, `SELECT doc, initiative_idx, item FROM initiative_items WHERE doc IN (`+in+`) ORDER BY doc, initiative_idx, idx`, args,
		func(rows *sql.Rows) error {
			var k docIdx
			var item string
			if err := rows.Scan(&k.doc, &k.idx, &item); err != nil {
				return err
			}
			items[k] = append(items[k], item)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("read formula members: %w", err)
	}
	return items, nil
}

// scanRows runs a query and calls fn on each row.
func scanRows(ctx context.Context, db querier, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
