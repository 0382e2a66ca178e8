package corpus

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/extract"
)

// ExportKinds are the tables `tifa export --what` accepts.
var ExportKinds = []string{"documents", "initiatives", "figures", "officials", "tasks", "campaigns"}

// exportQueries flatten each kind of extract into rows that name their document.
var exportQueries = map[string]string{
	"documents": `SELECT id, source, version, url, title, script, province, city, county, date, published, outlet, rules,
		(SELECT COUNT(*) FROM initiatives i WHERE i.doc = d.doc) AS initiatives,
		(SELECT COUNT(*) FROM figure_rows f WHERE f.doc = d.doc) AS figures, text
		FROM documents d ORDER BY d.doc`,
	"initiatives": `SELECT d.id AS doc_id, d.source, d.title, d.province, d.city, d.county, d.date, d.published, i.idx, i.name, i.key, i.count, i.complete,
		(SELECT json_group_array(item) FROM (SELECT item FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx ORDER BY t.idx)) AS items,
		(SELECT COUNT(*) FROM initiative_mentions m WHERE m.doc = i.doc AND m.initiative_idx = i.idx) AS mentions,
		i.start, i.end, i.sentence,
		CASE WHEN NOT EXISTS (SELECT 1 FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx)
			THEN (SELECT r.members ` + knownListFrom("i.key", "d.province", "d.city") + `) END AS known_members,
		CASE WHEN NOT EXISTS (SELECT 1 FROM initiative_items t WHERE t.doc = i.doc AND t.initiative_idx = i.idx)
			THEN (SELECT r.docs ` + knownListFrom("i.key", "d.province", "d.city") + `) END AS known_from
		FROM initiatives i JOIN documents d ON d.doc = i.doc ORDER BY d.doc, i.idx`,
	"figures": `SELECT d.id AS doc_id, d.source, d.title, d.province, d.city, d.county, d.date, d.published, f.idx,
		COALESCE(f.text, substr(d.text, f.start + 1, f.end - f.start)) AS text, f.value, f.max, f.unit, f.comparator,
		f.measure, f.target, f.deadline, f.start, f.end,
		COALESCE(f.sentence, substr(d.text, f.sentence_start + 1, f.sentence_end - f.sentence_start)) AS sentence
		FROM figure_rows f JOIN documents d ON d.doc = f.doc ORDER BY d.doc, f.idx`,
	"officials": `SELECT d.id AS doc_id, d.source, d.title, d.province, d.city, d.county, d.date, d.published, o.idx, o.name, o.titles, o.start, o.end
		FROM officials o JOIN documents d ON d.doc = o.doc ORDER BY d.doc, o.idx`,
	"tasks": `SELECT d.id AS doc_id, d.source, d.title, d.province, d.city, d.county, d.date, d.published, t.idx, t.text, t.initiative, t.start, t.end
		FROM tasks t JOIN documents d ON d.doc = t.doc ORDER BY d.doc, t.idx`,
	"campaigns": `SELECT d.id AS doc_id, d.source, d.title, d.province, d.city, d.county, d.date, d.published, c.idx, c.name, c.start, c.end
		FROM campaigns c JOIN documents d ON d.doc = c.doc ORDER BY d.doc, c.idx`,
}

// jsonColumns hold JSON text that export writes as JSON, not as a string.
var jsonColumns = map[string]bool{"items": true, "titles": true, "known_members": true, "known_from": true}

// ExportRecords writes every stored document as a full record, one JSON
// object a line: the same form as `tifa analyze`, so the two can be compared.
func (s *Store) ExportRecords(ctx context.Context, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return s.Records(ctx, func(r extract.Record) error { return enc.Encode(r) })
}

// ExportTable writes one kind of rows as "jsonl" or "csv".
func (s *Store) ExportTable(ctx context.Context, w io.Writer, what, format string) error {
	return s.exportTable(ctx, w, what, format, false)
}

// ExportCSVForExcel writes one kind of rows as CSV that Excel opens as UTF-8:
// with a byte-order mark first (without it, Excel reads the file in the
// system's code page and Chinese comes out garbled).
func (s *Store) ExportCSVForExcel(ctx context.Context, w io.Writer, what string) error {
	return s.exportTable(ctx, w, what, "csv", true)
}

func (s *Store) exportTable(ctx context.Context, w io.Writer, what, format string, bom bool) error {
	query, ok := exportQueries[what]
	if !ok {
		return fmt.Errorf("unknown kind %q (want %s)", what, strings.Join(ExportKinds, "|"))
	}
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("export %s: %w", what, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("export %s: %w", what, err)
	}
	var cw *csv.Writer
	if format == "csv" {
		if bom {
			if _, err := io.WriteString(w, "\ufeff"); err != nil {
				return fmt.Errorf("export %s: %w", what, err)
			}
		}
		cw = csv.NewWriter(w)
		if err := cw.Write(cols); err != nil {
			return fmt.Errorf("export %s: %w", what, err)
		}
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	rec := make([]string, len(cols))
	var line []byte
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("export %s: %w", what, err)
		}
		if cw != nil {
			for i, v := range vals {
				rec[i] = csvValue(v)
			}
			if err := cw.Write(rec); err != nil {
				return fmt.Errorf("export %s: %w", what, err)
			}
			continue
		}
		// JSON objects keep the column order: a map would not.
		line = append(line[:0], '{')
		for i, c := range cols {
			if i > 0 {
				line = append(line, ',')
			}
			line = strconv.AppendQuote(line, c)
			line = append(line, ':')
			line = appendJSONValue(line, vals[i], jsonColumns[c])
		}
		line = append(line, '}', '\n')
		if _, err := w.Write(line); err != nil {
			return fmt.Errorf("export %s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export %s: %w", what, err)
	}
	if cw != nil {
		cw.Flush()
		return cw.Error()
	}
	return nil
}

func csvValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []byte:
		return string(x)
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

func appendJSONValue(b []byte, v any, rawJSON bool) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return append(b, "null"...)
		}
		return strconv.AppendFloat(b, x, 'f', -1, 64)
	case []byte:
		v = string(x)
	}
	s := csvValue(v)
	if rawJSON && json.Valid([]byte(s)) {
		return append(b, s...)
	}
	out, _ := json.Marshal(s)
	return append(b, unescapeHTML(out)...)
}

// unescapeHTML undoes encoding/json's \u003c-style escapes of <, > and &,
// which make Chinese exports harder to read and are not needed outside HTML.
func unescapeHTML(b []byte) []byte {
	s := string(b)
	if !strings.Contains(s, `\u00`) {
		return b
	}
	r := strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&")
	return []byte(r.Replace(s))
}
