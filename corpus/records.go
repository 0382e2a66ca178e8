package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
)

// ReadRecords streams records that `tifa analyze` printed (one JSON object a
// line), so that analysis can run elsewhere (Spark's pipe, Hadoop streaming)
// and only the store runs here. A line that is not a valid record is an
// error naming name:line; the lines after it are read.
func ReadRecords(name string, r io.Reader) iter.Seq2[extract.Record, error] {
	return func(yield func(extract.Record, error) bool) {
		br := bufio.NewReaderSize(r, 1<<16)
		for line := 1; ; line++ {
			data, err := readLine(br)
			if err == errLineTooLong {
				if !yield(extract.Record{}, fmt.Errorf("%s:%d: line longer than %d MiB, not read", name, line, MaxDocumentBytes>>20)) {
					return
				}
				continue
			}
			if len(data) > 0 {
				rec, verr := parseRecord(data)
				if verr != nil {
					verr = fmt.Errorf("%s:%d: %w", name, line, verr)
				}
				if !yield(rec, verr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(extract.Record{}, fmt.Errorf("%s:%d: %w", name, line, err))
				return
			}
		}
	}
}

func parseRecord(data []byte) (extract.Record, error) {
	var rec extract.Record
	if err := json.Unmarshal(data, &rec); err != nil {
		if ferr := fieldError(err); ferr != nil {
			err = ferr
		}
		return rec, fmt.Errorf("not a tifa record: %w", err)
	}
	if err := CheckRecord(&rec); err != nil {
		return rec, err
	}
	// What the record was made from is not in its JSON: its text stands in,
	// so that reextract can run new rules over it.
	rec.Input = extract.Input{ID: rec.ID, Source: rec.Source, URL: rec.URL, Title: rec.Title, Text: rec.Text,
		Published: string(rec.Published), Outlet: rec.Outlet, Reporters: rec.Reporters}
	rec.FillEmpty()
	return rec, nil
}

// CheckRecord says whether a record can be stored: it has an id, a source
// and a text, and every extract's offsets slice its own text.
func CheckRecord(r *extract.Record) error {
	switch {
	case r.ID == "":
		return errors.New(`record without "id"`)
	case r.Source == "":
		return errors.New(`record without "source"`)
	case r.Text == "":
		return errors.New(`record without "text"`)
	case r.Rules == "":
		return errors.New(`record without "rules" version`)
	}
	text := []rune(r.Text)
	check := func(kind, want string, s extract.Span) error {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return fmt.Errorf("%s %q: offsets [%d,%d) outside the text (%d characters)", kind, want, s.Start, s.End, len(text))
		}
		if got := string(text[s.Start:s.End]); want != "" && got != want {
			return fmt.Errorf("%s %q: offsets [%d,%d) slice %q", kind, want, s.Start, s.End, got)
		}
		return nil
	}
	for _, in := range r.Initiatives {
		if err := check("initiative", in.Name, in.Span); err != nil {
			return err
		}
		for _, m := range in.Mentions {
			if err := check("mention", in.Name, m.Span); err != nil {
				return err
			}
		}
	}
	for _, f := range r.Figures {
		if err := check("figure", f.Text, f.Span); err != nil {
			return err
		}
	}
	for _, o := range r.Officials {
		if err := check("official", o.Name, o.Span); err != nil {
			return err
		}
	}
	for _, c := range r.Campaigns {
		if err := check("campaign", c.Name, c.Span); err != nil {
			return err
		}
	}
	for _, t := range r.Tasks {
		if err := check("task", t.Text, t.Span); err != nil {
			return err
		}
	}
	if !utf8.ValidString(r.Text) {
		return errors.New("text is not UTF-8")
	}
	return nil
}
