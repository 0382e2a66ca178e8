package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"

	"github.com/tifa-project/tifa/extract"
)

// Records calls fn for every stored document, in the order they were stored,
// rebuilt from the tables: what export prints is what the store holds.
func (s *Store) Records(ctx context.Context, fn func(extract.Record) error) error {
	return s.documents(ctx, "", func(doc int64, r extract.Record) error {
		if err := s.loadExtracts(ctx, doc, &r); err != nil {
			return err
		}
		return fn(r)
	})
}

// Inputs calls fn with what each stored document was made from, for
// reextract, skipping those made by the rules version current (all when
// current is "").
func (s *Store) Inputs(ctx context.Context, current string, fn func(extract.Input) error) error {
	return s.documents(ctx, current, func(_ int64, r extract.Record) error { return fn(r.Input) })
}

// documentColumns are what scanDocument reads, in its order.
const documentColumns = `doc, id, source, url, title, text, script, quality, province, city, county,
	date, published, outlet, reporters, rules, raw_delta, input`

// scanDocument reads one documents row (documentColumns) into a record
// without its extracts, and returns its number (doc).
func (s *Store) scanDocument(rows interface{ Scan(...any) error }) (extract.Record, int64, error) {
	var r extract.Record
	var doc int64
	var quality, reporters, input string
	var rawDelta []byte
	var date, published sql.NullString
	if err := rows.Scan(&doc, &r.ID, &r.Source, &r.URL, &r.Title, &r.Text, &r.Script, &quality,
		&r.Place.Province, &r.Place.City, &r.Place.County, &date, &published, &r.Outlet, &reporters,
		&r.Rules, &rawDelta, &input); err != nil {
		return r, 0, fmt.Errorf("read documents: %w", err)
	}
	raw, err := s.delta.decode(rawDelta, r.Text)
	if err != nil {
		return r, 0, fmt.Errorf("document %s: input: %w", r.ID, err)
	}
	r.Input.Text = raw
	r.Date, r.Published = extract.Day(date.String), extract.Day(published.String)
	var in storedInput
	if err := unmarshalAll(r.ID, []string{quality, reporters, input}, &r.Quality, &r.Reporters, &in); err != nil {
		return r, 0, err
	}
	r.Input = extract.Input{ID: r.ID, Source: r.Source, Text: r.Input.Text}
	in.restore(&r.Input, columnsOf(&r))
	return r, doc, nil
}

// ErrNotFound is returned for a document id the store does not hold.
var ErrNotFound = errors.New("no such document")

// Record returns one stored document with all its extracts.
func (s *Store) Record(ctx context.Context, id string) (extract.Record, error) {
	r, doc, err := s.scanDocument(s.db.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return r, err
	}
	err = s.loadExtracts(ctx, doc, &r)
	return r, err
}

// documents scans the documents table in pages (keyset on doc), so that no
// read transaction stays open while fn works and memory stays flat.
// Documents made by the rules version except are skipped (none when it is "").
func (s *Store) documents(ctx context.Context, except string, fn func(int64, extract.Record) error) error {
	const page = 256
	last := int64(0)
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE doc > ? AND (? = '' OR rules <> ?) ORDER BY doc LIMIT ?`,
			last, except, except, page)
		if err != nil {
			return fmt.Errorf("read documents: %w", err)
		}
		var batch []extract.Record
		var docs []int64
		for rows.Next() {
			r, doc, err := s.scanDocument(rows)
			if err != nil {
				rows.Close()
				return err
			}
			last = doc
			batch = append(batch, r)
			docs = append(docs, doc)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("read documents: %w", err)
		}
		for i, r := range batch {
			if err := fn(docs[i], r); err != nil {
				return err
			}
		}
		if len(batch) < page {
			return nil
		}
	}
}

func unmarshalAll(id string, texts []string, into ...any) error {
	for i, t := range texts {
		if err := json.Unmarshal([]byte(t), into[i]); err != nil {
			return fmt.Errorf("document %s: stored JSON: %w", id, err)
		}
	}
	return nil
}

func (s *Store) loadExtracts(ctx context.Context, doc int64, r *extract.Record) error {
	err := s.each(ctx, `SELECT idx, name, key, count, complete, sentence, start, end FROM initiatives WHERE doc = ? ORDER BY idx`, doc, r.ID,
		func(rows *sql.Rows) error {
			var in extract.Initiative
			var idx int
			var count sql.NullInt64
			if err := rows.Scan(&idx, &in.Name, &in.Key, &count, &in.Complete, &in.Sentence, &in.Start, &in.End); err != nil {
				return err
			}
			if count.Valid {
				n := int(count.Int64)
				in.Count = &n
			}
			in.Items, in.Mentions = []string{}, []extract.Mention{}
			r.Initiatives = append(r.Initiatives, in)
			return nil
		})
	if err != nil {
		return err
	}
	err = s.each(ctx, `SELECT initiative_idx, item FROM initiative_items WHERE doc = ? ORDER BY initiative_idx, idx`, doc, r.ID,
		func(rows *sql.Rows) error {
			var i int
			var item string
			if err := rows.Scan(&i, &item); err != nil {
				return err
			}
			if i >= 0 && i < len(r.Initiatives) {
				r.Initiatives[i].Items = append(r.Initiatives[i].Items, item)
			}
			return nil
		})
	if err != nil {
		return err
	}
	err = s.each(ctx, `SELECT initiative_idx, start, end FROM initiative_mentions WHERE doc = ? ORDER BY initiative_idx, rowid`, doc, r.ID,
		func(rows *sql.Rows) error {
			var i int
			var m extract.Mention
			if err := rows.Scan(&i, &m.Start, &m.End); err != nil {
				return err
			}
			if i >= 0 && i < len(r.Initiatives) {
				r.Initiatives[i].Mentions = append(r.Initiatives[i].Mentions, m)
			}
			return nil
		})
	if err != nil {
		return err
	}
	c := &runeCursor{text: r.Text}
	err = s.each(ctx, `SELECT text, value, max, unit, comparator, measure, target, deadline, sentence, start, end, sentence_start, sentence_end
		FROM figure_rows WHERE doc = ? ORDER BY idx`, doc, r.ID,
		func(rows *sql.Rows) error {
			var f extract.Figure
			var max sql.NullFloat64
			var text, sentence sql.NullString
			var ss, se int
			if err := rows.Scan(&text, &f.Value, &max, &f.Unit, &f.Comparator, &f.Measure, &f.Target, &f.Deadline, &sentence, &f.Start, &f.End, &ss, &se); err != nil {
				return err
			}
			if max.Valid {
				f.Max = &max.Float64
			}
			// the text and sentence from the document's text, as the figures view reads them
			f.Text, f.Sentence = text.String, sentence.String
			if !text.Valid {
				f.Text = c.slice(f.Start, f.End)
			}
			if !sentence.Valid {
				f.Sentence = c.slice(ss, se)
			}
			r.Figures = append(r.Figures, f)
			return nil
		})
	if err != nil {
		return err
	}
	err = s.each(ctx, `SELECT name, titles, start, end FROM officials WHERE doc = ? ORDER BY idx`, doc, r.ID,
		func(rows *sql.Rows) error {
			var o extract.Official
			var titles string
			if err := rows.Scan(&o.Name, &titles, &o.Start, &o.End); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(titles), &o.Titles); err != nil {
				return err
			}
			r.Officials = append(r.Officials, o)
			return nil
		})
	if err != nil {
		return err
	}
	err = s.each(ctx, `SELECT name, start, end FROM campaigns WHERE doc = ? ORDER BY idx`, doc, r.ID,
		func(rows *sql.Rows) error {
			var c extract.Campaign
			if err := rows.Scan(&c.Name, &c.Start, &c.End); err != nil {
				return err
			}
			r.Campaigns = append(r.Campaigns, c)
			return nil
		})
	if err != nil {
		return err
	}
	err = s.each(ctx, `SELECT text, initiative, start, end FROM tasks WHERE doc = ? ORDER BY idx`, doc, r.ID,
		func(rows *sql.Rows) error {
			var t extract.Task
			if err := rows.Scan(&t.Text, &t.Initiative, &t.Start, &t.End); err != nil {
				return err
			}
			r.Tasks = append(r.Tasks, t)
			return nil
		})
	if err != nil {
		return err
	}
	r.FillEmpty()
	return nil
}

// each runs a query of the extracts of document doc (id) and calls fn on
// each row.
func (s *Store) each(ctx context.Context, query string, doc int64, id string, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, doc)
	if err != nil {
		return fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("document %s: %w", id, err)
	}
	return nil
}

// DocumentCount is how many documents are stored.
func (s *Store) DocumentCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM documents").Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

// Current counts the stored documents that the rules version made.
func (s *Store) Current(ctx context.Context, version string) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM documents WHERE rules = ?", version).Scan(&n); err != nil {
		return 0, fmt.Errorf("count current documents: %w", err)
	}
	return n, nil
}

// StoredInputs yields what each stored document was made from, as items for
// AnalyzeAll (reextract).
func (s *Store) StoredInputs(ctx context.Context, current string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		stop := errors.New("stop")
		err := s.Inputs(ctx, current, func(in extract.Input) error {
			if !yield(Item{Name: in.Source, Input: in}) {
				return stop
			}
			return nil
		})
		if err != nil && err != stop {
			yield(Item{Name: s.path, Err: err})
		}
	}
}
