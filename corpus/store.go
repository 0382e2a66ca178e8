package corpus

import (
	"context"
	"database/sql"
	"database/sql/driver"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tifa-project/tifa/extract"
	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"
)

//go:embed schema.sql
var schemaV1 string

//go:embed schema_v3.sql
var schemaV3 string

//go:embed schema_v4.sql
var schemaV4 string

//go:embed schema_v5.sql
var schemaV5 string

//go:embed schema_v6.sql
var schemaV6 string

//go:embed schema_v7.sql
var schemaV7 string

//go:embed schema_v8.sql
var schemaV8 string

//go:embed schema_v9.sql
var schemaV9 string

// schemaV10 keeps in documents.input only what differs from the columns (see
// storedInput); toV10 rewrites the rows, the script changes no table.
//
//go:embed schema_v10.sql
var schemaV10 string

// A migration takes the store from one user_version to the next.
type migration struct {
	script  string
	reindex bool // the search index must be rebuilt after it (in Go: see reindex)
	// convert, when set, finishes the step in Go right after its script;
	// its writes go through conn, on which tx is open.
	convert func(ctx context.Context, s *Store, conn *sql.Conn, tx *sql.Tx) error
}

// migrations[i] takes the store from user_version i to i+1.
var migrations = []migration{
	{script: schemaV1},
	{script: schemaV2},
	{script: schemaV3, reindex: true},
	{script: schemaV4, reindex: true},
	{script: schemaV5},
	{script: schemaV6},
	{script: schemaV7},
	{script: schemaV8, convert: toV8},
	{script: schemaV9, convert: toV9},
	{script: schemaV10, convert: toV10},
}

// toV10 rewrites each document's input, which schema 9 kept whole (an
// absent field was empty), as what differs from its columns.
func toV10(ctx context.Context, _ *Store, _ *sql.Conn, tx *sql.Tx) error {
	type v9Input struct {
		Title     string   `json:"title"`
		Published string   `json:"published"`
		Outlet    string   `json:"outlet"`
		Reporters []string `json:"reporters"`
		URL       string   `json:"url"`
	}
	const row = `json_array(input, title, COALESCE(published, ''), outlet, url, reporters)`
	err := eachDocument(ctx, tx, row, func(doc int64, _, value string) error {
		var cols [6]string
		var old v9Input
		var c inputColumns
		if err := json.Unmarshal([]byte(value), &cols); err != nil {
			return fmt.Errorf("document %d: %w", doc, err)
		}
		if err := unmarshalAll(fmt.Sprint(doc), []string{cols[0], cols[5]}, &old, &c.reporters); err != nil {
			return err
		}
		c.title, c.published, c.outlet, c.url = cols[1], cols[2], cols[3], cols[4]
		in := extract.Input{Title: old.Title, Published: old.Published, Outlet: old.Outlet, URL: old.URL, Reporters: old.Reporters}
		if _, err := tx.ExecContext(ctx, "UPDATE documents SET input = ? WHERE doc = ?", jsonText(newStoredInput(in, c)), doc); err != nil {
			return fmt.Errorf("document %d: %w", doc, err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("inputs: %w", err)
	}
	return nil
}

// SchemaVersion is the user_version of a store this tifa writes.
var SchemaVersion = len(migrations)

// schemaV2 lets the search index gather a whole batch in memory before it
// writes a segment (the default, 1 MiB, writes and then merges a segment
// every few dozen documents).
const schemaV2 = `INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);`

// reindex rebuilds the search index of every stored document from the tables.
// Its writes go through conn, on which tx is open.
func reindex(ctx context.Context, conn *sql.Conn, tx *sql.Tx) error {
	return indexStored(ctx, conn, tx, unitKinds)
}

// indexStored writes index rows of kinds (unitKinds, or some of them) for
// every stored document, from the tables, through conn, on which tx is open.
func indexStored(ctx context.Context, conn *sql.Conn, tx *sql.Tx, kinds []string) error {
	var docs []int64
	err := scanRows(ctx, tx, "SELECT doc FROM documents ORDER BY doc", nil, func(rows *sql.Rows) error {
		var doc int64
		err := rows.Scan(&doc)
		docs = append(docs, doc)
		return err
	})
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	ts := newTokenSet()
	for from := 0; from < len(docs); from += 256 {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		batch := docs[from:min(from+256, len(docs))]
		byKind := map[string]map[int64][]searchUnit{}
		var stored map[int64]storedDoc
		for _, kind := range kinds {
			if kind == "doc" {
				if stored, err = storedDocs(ctx, tx, batch); err != nil {
					return fmt.Errorf("reindex: %w", err)
				}
				continue
			}
			if byKind[kind], err = storedUnits(ctx, tx, kind, batch); err != nil {
				return fmt.Errorf("reindex: %w", err)
			}
		}
		err = writeIn(conn, func(w *txWriter) error {
			for _, doc := range batch {
				var units []searchUnit
				for _, kind := range kinds {
					if kind == "doc" {
						units = append(units, stored[doc].unit)
					} else {
						units = append(units, byKind[kind][doc]...)
					}
				}
				if err := insertSearchRows(ctx, w, doc, indexRows(ts, units)); err != nil {
					return fmt.Errorf("reindex document %d: %w", doc, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Store is tifa's SQLite database. It is safe for concurrent use; writes go
// through one connection in short immediate transactions, so readers (search,
// export, serve) never see a half-stored document.
type Store struct {
	db    *sql.DB
	path  string
	has   *sql.Stmt // Has, asked once per document read by an ingest
	delta *deltaCodec
}

// Open opens (creating it if needed) the store at path and brings its schema
// up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	// A new store gets 16 KiB pages: a quarter of the pages to write, to log
	// and to checkpoint, one system call each. The driver sorts _pragma
	// values, so WAL, which fixes the page size, comes after them this way.
	for _, p := range []string{"busy_timeout(10000)", "page_size(16384)", "synchronous(NORMAL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_journal_mode", "WAL")
	// Immediate transactions take the write lock at BEGIN: read-then-write
	// transactions from several processes otherwise fail with SQLITE_BUSY.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", fileURI(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if s.delta, err = newDeltaCodec(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.delta.close()
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.has, err = db.PrepareContext(ctx, "SELECT 1 FROM documents WHERE id = ?"); err != nil {
		s.delta.close()
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// fileURI makes path an SQLite file: URI that names exactly that file: the
// characters a URI gives a meaning (? starts the parameters, # a fragment, %
// an escape) are escaped, and a path starting with / gets an empty authority
// (file://host/… would read //tmp/x.db's "tmp" as a host).
func fileURI(path string) string {
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	if strings.HasPrefix(p, "/") {
		return "file://" + p
	}
	if filepath.VolumeName(path) != "" {
		return "file:///" + p // C:/x.db
	}
	return "file:" + p
}

// OpenExisting opens a store that must already exist (for read commands, so
// that a mistyped --db is an error rather than an empty new file).
func OpenExisting(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return Open(ctx, path)
}

// Close closes the database.
func (s *Store) Close() error {
	s.has.Close()
	s.delta.close()
	return s.db.Close()
}

// DB gives read access for queries the store does not wrap.
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this tifa (%d): upgrade tifa", v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	// All the steps in one transaction: a store is never left between
	// versions, and its index is rebuilt once.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate from %d: %w", v, err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate from %d: %w", v, err)
	}
	defer tx.Rollback()
	// Another process may have migrated the store while this one waited.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	rebuild := false
	for ; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v].script); err != nil {
			return fmt.Errorf("migrate to %d: %w", v+1, err)
		}
		if c := migrations[v].convert; c != nil {
			if err := c(ctx, s, conn, tx); err != nil {
				return fmt.Errorf("migrate to %d: %w", v+1, err)
			}
		}
		rebuild = rebuild || migrations[v].reindex
	}
	if rebuild {
		if err := reindex(ctx, conn, tx); err != nil {
			return fmt.Errorf("migrate to %d: %w", v, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return fmt.Errorf("migrate to %d: %w", v, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate to %d: %w", v, err)
	}
	return nil
}

// Has reports whether a document with this content id is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.has.QueryRowContext(ctx, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up document %s: %w", id, err)
	}
	return true, nil
}

// Outcome says what Put did with one record.
type Outcome int

const (
	Stored    Outcome = iota // a new document (or a new version of a source)
	Unchanged                // the same content was stored already
)

// Put stores records, each with all its extracts, in one transaction: after a
// crash a document is either stored whole or not at all. It returns one
// outcome per record.
func (s *Store) Put(ctx context.Context, recs []extract.Record) ([]Outcome, error) {
	out := make([]Outcome, len(recs))
	ahead, stop := prepareAhead(recs, s.delta)
	defer stop()
	err := s.inTx(ctx, func(tx *txWriter) error {
		for i := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			p := <-ahead
			doc, err := insertDocument(ctx, tx, &recs[i], p.raw)
			if err != nil {
				return fmt.Errorf("%s: %w", recs[i].Source, err)
			}
			if doc == 0 {
				out[i] = Unchanged
				continue
			}
			if err := insertExtracts(ctx, tx, doc, &recs[i]); err != nil {
				return fmt.Errorf("%s: %w", recs[i].Source, err)
			}
			if len(recs[i].Initiatives) > 0 { // a statement less for most news items
				if err := markDirty(ctx, tx, doc); err != nil {
					return fmt.Errorf("%s: %w", recs[i].Source, err)
				}
			}
			if err := insertSearchRows(ctx, tx, doc, p.index); err != nil {
				return fmt.Errorf("%s: %w", recs[i].Source, err)
			}
		}
		return nil
	})
	return out, err
}

// Replace stores new extracts for documents already stored (reextract): the
// document row is updated and its old extracts replaced, in one transaction.
func (s *Store) Replace(ctx context.Context, recs []extract.Record) error {
	ahead, stop := prepareAhead(recs, s.delta)
	defer stop()
	return s.inTx(ctx, func(tx *txWriter) error {
		for i := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			r := &recs[i]
			p := <-ahead
			doc, err := tx.queryInt(ctx, "SELECT doc FROM documents WHERE id = ?", r.ID)
			if err != nil {
				return fmt.Errorf("%s: document %s: %w", r.Source, r.ID, err)
			}
			if err := deleteSearchRows(ctx, tx, doc); err != nil {
				return fmt.Errorf("%s: %w", r.Source, err)
			}
			if err := markDirty(ctx, tx, doc); err != nil { // the keys it held
				return fmt.Errorf("%s: %w", r.Source, err)
			}
			for _, t := range []string{"initiative_mentions", "initiative_items", "initiatives", "figure_rows", "officials", "campaigns", "tasks"} {
				if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE doc = ?", doc); err != nil {
					return fmt.Errorf("%s: clear %s: %w", r.Source, t, err)
				}
			}
			quality, reporters := jsonText(r.Quality), jsonText(r.Reporters)
			_, err = tx.ExecContext(ctx, `UPDATE documents SET title=?, text=?, script=?, quality=?, province=?, city=?, county=?,
				date=?, published=?, outlet=?, reporters=?, rules=?, raw_delta=? WHERE doc=?`,
				r.Title, r.Text, r.Script, quality, r.Place.Province, r.Place.City, r.Place.County,
				nullDay(r.Date), nullDay(r.Published), r.Outlet, reporters, r.Rules, p.raw, doc)
			if err != nil {
				return fmt.Errorf("%s: update: %w", r.Source, err)
			}
			if err := insertExtracts(ctx, tx, doc, r); err != nil {
				return fmt.Errorf("%s: %w", r.Source, err)
			}
			if err := markDirty(ctx, tx, doc); err != nil { // the keys it holds now
				return fmt.Errorf("%s: %w", r.Source, err)
			}
			if err := insertSearchRows(ctx, tx, doc, p.index); err != nil {
				return fmt.Errorf("%s: %w", r.Source, err)
			}
		}
		return nil
	})
}

// txWriter runs a transaction's statements on the driver's own connection,
// each prepared once per transaction: a batch inserts thousands of rows
// through a dozen statements, and database/sql's work on every call (locks,
// arguments converted by reflection, results wrapped) was a twentieth of the
// writer's time, the one part of an ingest that cannot run in parallel.
// Statements do not watch ctx: the driver would start a goroutine for every
// row to do so. Writers check ctx between documents instead.
type txWriter struct {
	conn  driver.ConnPrepareContext
	stmts map[string]driver.Stmt
	args  []driver.NamedValue
}

// writeIn runs fn with a txWriter on conn's driver connection, inside the
// transaction the caller opened on conn (database/sql's methods on conn and
// its transaction wait until fn returns).
func writeIn(conn *sql.Conn, fn func(*txWriter) error) error {
	return conn.Raw(func(dc any) error {
		pc, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return fmt.Errorf("sqlite driver %T cannot prepare statements with a context", dc)
		}
		w := &txWriter{conn: pc, stmts: map[string]driver.Stmt{}}
		defer w.close()
		return fn(w)
	})
}

func (w *txWriter) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *txWriter) stmt(ctx context.Context, query string, args []any) (driver.Stmt, []driver.NamedValue, error) {
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.conn.PrepareContext(ctx, query); err != nil {
			return nil, nil, err
		}
		w.stmts[query] = st
	}
	w.args = w.args[:0]
	for i, a := range args {
		v, err := driverValue(a)
		if err != nil {
			return nil, nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
		w.args = append(w.args, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	return st, w.args, nil
}

// driverValue is database/sql's conversion of an argument, with the types
// the writers pass taken first.
func driverValue(v any) (driver.Value, error) {
	switch v := v.(type) {
	case nil, int64, float64, bool, string, []byte:
		return v, nil
	case int:
		return int64(v), nil
	}
	return driver.DefaultParameterConverter.ConvertValue(v)
}

// ExecContext runs a prepared statement.
func (w *txWriter) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, nv, err := w.stmt(ctx, query, args)
	if err != nil {
		return nil, err
	}
	ex, ok := st.(driver.StmtExecContext)
	if !ok {
		return nil, fmt.Errorf("sqlite driver statement %T cannot execute with a context", st)
	}
	return ex.ExecContext(context.WithoutCancel(ctx), nv)
}

// queryInt runs a prepared query for one integer (sql.ErrNoRows when there
// is no row).
func (w *txWriter) queryInt(ctx context.Context, query string, args ...any) (int64, error) {
	st, nv, err := w.stmt(ctx, query, args)
	if err != nil {
		return 0, err
	}
	q, ok := st.(driver.StmtQueryContext)
	if !ok {
		return 0, fmt.Errorf("sqlite driver statement %T cannot query with a context", st)
	}
	rows, err := q.QueryContext(context.WithoutCancel(ctx), nv)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	dest := make([]driver.Value, len(rows.Columns()))
	if err := rows.Next(dest); err != nil {
		if errors.Is(err, io.EOF) {
			return 0, sql.ErrNoRows
		}
		return 0, err
	}
	if len(dest) != 1 {
		return 0, fmt.Errorf("query gives %d columns, want 1", len(dest))
	}
	n, ok := dest[0].(int64)
	if !ok {
		return 0, fmt.Errorf("query gives %T, want an integer", dest[0])
	}
	return n, nil
}

func (s *Store) inTx(ctx context.Context, fn func(*txWriter) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := writeIn(conn, fn); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// storedInput is what reextract needs of the input besides its text, each
// field only where it differs from the document's column of the same name
// (schema 10): a JSON Lines record's title, day, outlet and URL are nearly
// always the document's own, and keeping them twice was a twentieth of a
// store of news items. An absent field reads as its column; one present, even
// empty, as written.
type storedInput struct {
	Title     *string   `json:"title,omitempty"`
	Published *string   `json:"published,omitempty"`
	Outlet    *string   `json:"outlet,omitempty"`
	Reporters *[]string `json:"reporters,omitempty"`
	URL       *string   `json:"url,omitempty"`
}

// inputColumns are the document's columns that a storedInput's fields
// default to (published is "" for NULL).
type inputColumns struct {
	title, published, outlet, url string
	reporters                     []string
}

// newStoredInput keeps what of the input in differs from the columns c.
func newStoredInput(in extract.Input, c inputColumns) storedInput {
	differs := func(v, col string) *string {
		if v == col {
			return nil
		}
		return &v
	}
	s := storedInput{Title: differs(in.Title, c.title), Published: differs(in.Published, c.published),
		Outlet: differs(in.Outlet, c.outlet), URL: differs(in.URL, c.url)}
	if !slices.Equal(in.Reporters, c.reporters) {
		reporters := in.Reporters
		if reporters == nil {
			reporters = []string{} // null would read as absent
		}
		s.Reporters = &reporters
	}
	return s
}

// restore fills in's fields but its text from s, or from the columns c where
// s has none.
func (s storedInput) restore(in *extract.Input, c inputColumns) {
	or := func(p *string, col string) string {
		if p == nil {
			return col
		}
		return *p
	}
	in.Title, in.Published, in.Outlet, in.URL = or(s.Title, c.title), or(s.Published, c.published), or(s.Outlet, c.outlet), or(s.URL, c.url)
	in.Reporters = nil // an empty list was never kept: it reads as none
	switch {
	case s.Reporters != nil && len(*s.Reporters) > 0:
		in.Reporters = *s.Reporters
	case s.Reporters == nil && len(c.reporters) > 0:
		in.Reporters = slices.Clone(c.reporters)
	}
}

// columnsOf are the input columns a record is stored with.
func columnsOf(r *extract.Record) inputColumns {
	return inputColumns{title: r.Title, published: string(r.Published), outlet: r.Outlet, url: r.URL, reporters: r.Reporters}
}

// insertDocument stores the document of r, with its input as rawDelta (see
// rawdelta.go), and returns its number (doc), or 0 when the same content is
// stored already.
func insertDocument(ctx context.Context, tx *txWriter, r *extract.Record, rawDelta []byte) (int64, error) {
	version, err := tx.queryInt(ctx, "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE source = ?", r.Source)
	if err != nil {
		return 0, fmt.Errorf("next version: %w", err)
	}
	in := newStoredInput(r.Input, columnsOf(r))
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO documents
		(id, source, version, url, title, script, quality, province, city, county, date, published, outlet, reporters, rules, input, text, raw_delta)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.ID, r.Source, version, r.URL, r.Title, r.Script, jsonText(r.Quality),
		r.Place.Province, r.Place.City, r.Place.County, nullDay(r.Date), nullDay(r.Published),
		r.Outlet, jsonText(r.Reporters), r.Rules, jsonText(in), r.Text, rawDelta)
	if err != nil {
		return 0, fmt.Errorf("insert document: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("insert document: %w", err)
	}
	if n == 0 {
		return 0, nil
	}
	doc, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert document: %w", err)
	}
	return doc, nil
}

// insertExtracts stores the extracts of r, the document numbered doc.
func insertExtracts(ctx context.Context, tx *txWriter, doc int64, r *extract.Record) error {
	for i, in := range r.Initiatives {
		if _, err := tx.ExecContext(ctx, `INSERT INTO initiatives (doc, idx, name, key, count, complete, sentence, start, end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, doc, i, in.Name, in.Key, in.Count, in.Complete, in.Sentence, in.Start, in.End); err != nil {
			return fmt.Errorf("insert initiative %q: %w", in.Name, err)
		}
		for j, item := range in.Items {
			if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_items (doc, initiative_idx, idx, item) VALUES (?, ?, ?, ?)`,
				doc, i, j, item); err != nil {
				return fmt.Errorf("insert member of %q: %w", in.Name, err)
			}
		}
		for _, m := range in.Mentions {
			if _, err := tx.ExecContext(ctx, `INSERT INTO initiative_mentions (doc, initiative_idx, start, end) VALUES (?, ?, ?, ?)`,
				doc, i, m.Start, m.End); err != nil {
				return fmt.Errorf("insert mention of %q: %w", in.Name, err)
			}
		}
	}
	if err := insertFigures(ctx, tx, doc, r); err != nil {
		return err
	}
	for i, o := range r.Officials {
		if _, err := tx.ExecContext(ctx, `INSERT INTO officials (doc, idx, name, titles, start, end) VALUES (?, ?, ?, ?, ?, ?)`,
			doc, i, o.Name, jsonText(o.Titles), o.Start, o.End); err != nil {
			return fmt.Errorf("insert official %q: %w", o.Name, err)
		}
	}
	for i, c := range r.Campaigns {
		if _, err := tx.ExecContext(ctx, `INSERT INTO campaigns (doc, idx, name, start, end) VALUES (?, ?, ?, ?, ?)`,
			doc, i, c.Name, c.Start, c.End); err != nil {
			return fmt.Errorf("insert campaign %q: %w", c.Name, err)
		}
	}
	for i, t := range r.Tasks {
		if _, err := tx.ExecContext(ctx, `INSERT INTO tasks (doc, idx, text, initiative, start, end) VALUES (?, ?, ?, ?, ?, ?)`,
			doc, i, t.Text, t.Initiative, t.Start, t.End); err != nil {
			return fmt.Errorf("insert task: %w", err)
		}
	}
	return nil
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return "[]"
	}
	return string(b)
}

func nullDay(d extract.Day) any {
	if d == "" {
		return nil
	}
	return string(d)
}

// Counts returns how many rows each table holds, for summaries and tests.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	for _, t := range []string{"documents", "initiatives", "initiative_items", "figures", "officials", "campaigns", "tasks"} {
		var n int
		table := t
		if t == "figures" {
			table = "figure_rows" // the view would read every text
		}
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t, err)
		}
		out[t] = n
	}
	return out, nil
}
