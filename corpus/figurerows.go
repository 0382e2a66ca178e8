package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
)

// figuresView is the figures table as it was before schema 9, read from
// figure_rows and the documents' text (SQLite's substr counts characters,
// as the offsets do).
const figuresView = `CREATE VIEW figures AS
SELECT f.doc, f.idx,
       COALESCE(f.text, substr(d.text, f.start + 1, f.end - f.start)) AS text,
       f.value, f.max, f.unit, f.comparator, f.measure, f.target, f.deadline,
       COALESCE(f.sentence, substr(d.text, f.sentence_start + 1, f.sentence_end - f.sentence_start)) AS sentence,
       f.start, f.end
FROM figure_rows f JOIN documents d ON d.doc = f.doc;
CREATE INDEX figure_rows_measure ON figure_rows(measure);`

// runeCursor turns character offsets of one text into byte offsets, reading
// on from the last one asked (a document's figures come in order).
type runeCursor struct {
	text        string
	runes, byts int
}

func (c *runeCursor) byteAt(r int) int {
	for c.runes > r && c.byts > 0 {
		_, size := utf8.DecodeLastRuneInString(c.text[:c.byts])
		c.byts -= size
		c.runes--
	}
	for c.runes < r && c.byts < len(c.text) {
		_, size := utf8.DecodeRuneInString(c.text[c.byts:])
		c.byts += size
		c.runes++
	}
	return c.byts
}

// slice is the text from character start to end, as SQLite's substr reads it.
func (c *runeCursor) slice(start, end int) string {
	if end <= start {
		return ""
	}
	b := c.byteAt(max(start, 0))
	return c.text[b:c.byteAt(end)]
}

// figureRow is what figure_rows holds of a figure besides its numbers: its
// offsets, and its text and sentence only where they are not the slices of
// the document's text the offsets name.
type figureRow struct {
	start, end                 int
	sentenceStart, sentenceEnd int
	text, sentence             any // nil, or the string as written
}

// locate finds a figure's text and sentence in the document's text (c):
// the text at its offsets, the sentence as the occurrence that holds the
// figure's start.
func locate(c *runeCursor, start, end int, text, sentence string) figureRow {
	row := figureRow{start: start, end: end, sentenceStart: start, sentenceEnd: start, text: text, sentence: sentence}
	at := c.byteAt(start)
	if c.runes != start {
		return row // past the end of the text
	}
	if end >= start {
		if e := c.byteAt(end); c.runes == end && c.text[at:e] == text {
			row.text = nil
		}
	}
	if sentence == "" {
		return row
	}
	if k := strings.LastIndex(c.text[:min(len(c.text), at+len(sentence))], sentence); k >= 0 && k <= at {
		row.sentenceStart = start - utf8.RuneCountInString(c.text[k:at])
		row.sentenceEnd = row.sentenceStart + utf8.RuneCountInString(sentence)
		row.sentence = nil
	}
	return row
}

const insertFigureRow = `INSERT INTO figure_rows (doc, idx, value, max, unit, comparator, measure, target, deadline,
	start, end, sentence_start, sentence_end, text, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// insertFigures stores the figures of r, the document numbered doc.
func insertFigures(ctx context.Context, tx *txWriter, doc int64, r *extract.Record) error {
	c := &runeCursor{text: r.Text}
	for i, f := range r.Figures {
		row := locate(c, f.Start, f.End, f.Text, f.Sentence)
		if _, err := tx.ExecContext(ctx, insertFigureRow, doc, i, f.Value, f.Max, f.Unit, f.Comparator, f.Measure,
			f.Target, f.Deadline, row.start, row.end, row.sentenceStart, row.sentenceEnd, row.text, row.sentence); err != nil {
			return fmt.Errorf("insert figure %q: %w", f.Text, err)
		}
	}
	return nil
}

// toV9 moves the figures into figure_rows, a document at a time, and puts
// the view in the table's place.
func toV9(ctx context.Context, _ *Store, _ *sql.Conn, tx *sql.Tx) error {
	err := eachDocument(ctx, tx, "", func(doc int64, text, _ string) error {
		return moveFigures(ctx, tx, doc, text)
	})
	if err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	for _, q := range []string{"DROP INDEX IF EXISTS figures_measure", "DROP TABLE figures", figuresView} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("figures view: %w", err)
		}
	}
	return nil
}

// moveFigures copies one document's figures into figure_rows.
func moveFigures(ctx context.Context, tx *sql.Tx, doc int64, text string) error {
	type fig struct {
		idx, start, end    int
		value              float64
		max                sql.NullFloat64
		unit, cmp, measure string
		target             bool
		deadline, sentence string
		text               string
	}
	var figs []fig
	err := scanRows(ctx, tx, `SELECT idx, start, end, value, max, unit, comparator, measure, target, deadline, sentence, text
		FROM figures WHERE doc = ? ORDER BY idx`, []any{doc}, func(rows *sql.Rows) error {
		var f fig
		err := rows.Scan(&f.idx, &f.start, &f.end, &f.value, &f.max, &f.unit, &f.cmp, &f.measure, &f.target, &f.deadline, &f.sentence, &f.text)
		figs = append(figs, f)
		return err
	})
	if err != nil {
		return fmt.Errorf("figures of document %d: %w", doc, err)
	}
	c := &runeCursor{text: text}
	for _, f := range figs {
		row := locate(c, f.start, f.end, f.text, f.sentence)
		if _, err := tx.ExecContext(ctx, insertFigureRow, doc, f.idx, f.value, f.max, f.unit, f.cmp, f.measure,
			f.target, f.deadline, row.start, row.end, row.sentenceStart, row.sentenceEnd, row.text, row.sentence); err != nil {
			return fmt.Errorf("figure %d of document %d: %w", f.idx, doc, err)
		}
	}
	return nil
}
