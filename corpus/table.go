package corpus

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/tifa-project/tifa/extract"
)

// Public collections of reports and news often come as spreadsheets: one
// document a row, its text in a column found by name. A CSV or TSV file's
// first row names the columns; these names are read (any case, any of the
// spellings), and --text-column names the text's column when it is another.
var tableColumns = map[string][]string{
	"text":      {"text", "full_text", "fulltext", "content", "body", "article", "正文", "内容", "全文", "文本"},
	"html":      {"html", "raw_html"},
	"title":     {"title", "headline", "标题", "题目"},
	"published": {"date", "publish_date", "published", "pubdate", "publish_time", "time", "发布时间", "发布日期", "日期", "时间"},
	"url":       {"url", "link", "href", "链接", "网址"},
	"source":    {"source", "outlet", "site", "media", "来源", "媒体"},
}

// tableFields maps each field of a document to its column (-1: none).
type tableFields map[string]int

// findColumns reads a header row. textColumn, when given, names the text's
// column and must be there.
func findColumns(header []string, textColumn string) (tableFields, error) {
	norm := func(s string) string { return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))) }
	at := tableFields{}
	for field, names := range tableColumns {
		at[field] = -1
		for i, h := range header {
			if slices.Contains(names, norm(h)) {
				at[field] = i
				break
			}
		}
	}
	// The column named by the user wins; a table without it (a folder may
	// mix spreadsheets) is read by the usual names.
	if i := slices.IndexFunc(header, func(h string) bool { return textColumn != "" && norm(h) == norm(textColumn) }); i >= 0 {
		at["text"], at["html"] = i, -1
	}
	if at["text"] < 0 && at["html"] < 0 {
		named := ""
		if textColumn != "" {
			named = fmt.Sprintf(" nor %q", textColumn)
		}
		return at, fmt.Errorf("no text column%s: name it text, content, full_text, body or 正文, or say which with --text-column (the header has %s)",
			named, strings.Join(header, ", "))
	}
	return at, nil
}

// readTable streams a CSV (comma) or TSV (tab) file: one document a row; a
// bad row is an error naming its line, and the rows after it are read. A file
// that is not UTF-8 is read as GB18030 (what Excel writes in China).
func (rd *Reader) readTable(path string, r io.Reader, comma rune, textColumn string, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(1 << 16)
	var src io.Reader = br
	if !utf8.Valid(trimCutRune(head)) {
		src = simplifiedchinese.GB18030.NewDecoder().Reader(br)
	}
	cr := csv.NewReader(src)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return yield(Item{Name: path, Err: fmt.Errorf("%s: empty table", path)})
		}
		return yield(Item{Name: path, Err: fmt.Errorf("%s: header: %w", path, err)})
	}
	header = slices.Clone(header)
	at, err := findColumns(header, textColumn)
	if err != nil {
		return yield(Item{Name: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return true
		}
		line, _ := cr.FieldPos(0)
		name := fmt.Sprintf("%s:%d", path, line)
		item := Item{Name: name}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe):
			item.Err = fmt.Errorf("%s: %w", name, pe.Err)
		case err != nil:
			return yield(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)})
		default:
			in, err := rd.tableRow(row, at)
			item = recordItem(name, in, err)
		}
		if !yield(item) {
			return false
		}
	}
}

// trimCutRune drops a rune cut at the end of a buffer, so that a UTF-8 file
// is not taken for GB18030 because its first 64 KiB end mid-character.
func trimCutRune(b []byte) []byte {
	for i := 0; i < utf8.UTFMax && i < len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) {
			return b[:len(b)-i]
		}
	}
	return b
}

// tableRow makes the document of one row, as a JSONL line's would be.
func (rd *Reader) tableRow(row []string, at tableFields) (extract.Input, error) {
	get := func(field string) string {
		if i := at[field]; i >= 0 && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	rec := jsonlRecord{Text: get("text"), HTML: get("html"), Title: get("title"), Published: get("published"),
		URL: get("url"), Source: get("source")}
	size := 0
	for _, f := range row {
		size += len(f)
	}
	if size > MaxDocumentBytes {
		return extract.Input{}, fmt.Errorf("row of %d MiB, over the %d MiB a document may be", size>>20, MaxDocumentBytes>>20)
	}
	in, err := rd.recordInput(rec)
	if err != nil {
		return in, err
	}
	in.ID = extract.ContentID([]byte(strings.Join(row, "\x1f")))
	return in, nil
}
