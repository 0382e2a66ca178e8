// Package corpus moves documents in and out of tifa: it reads files, folders,
// pages and JSON Lines into extract.Input values, and stores, searches and
// exports the records that extract makes of them.
package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/tifa-project/tifa/extract"
)

// MaxDocumentBytes is the largest document tifa reads; a larger one is
// reported as an error, never silently cut.
const MaxDocumentBytes = 32 << 20

// Item is one document read from the inputs, or the error that kept it from
// being read. Name says where it came from (a file, or file:line for JSONL).
type Item struct {
	Name  string
	Input extract.Input
	Err   error
}

// Kind is how a file's content is read.
type Kind int

const (
	KindUnknown Kind = iota
	KindText
	KindHTML
	KindJSONL
	KindCSV
	KindTSV
	KindMarkdown
)

// KindOf tells the kind of a file from its name; ".gz" is looked through.
func KindOf(name string) Kind {
	name = strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return KindText
	case ".md", ".markdown":
		return KindMarkdown
	case ".csv":
		return KindCSV
	case ".tsv", ".tab":
		return KindTSV
	case ".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php":
		return KindHTML
	case ".jsonl", ".ndjson":
		return KindJSONL
	}
	return KindUnknown
}

// Reader reads documents with the rules in force: page parsing reads its
// byline labels and content hints from them, so --rules reaches it too.
type Reader struct {
	page   *pageTools
	common map[rune]bool // common Han characters, to tell GB18030 from Big5
	// TextColumn names the column that holds the text in CSV and TSV files
	// whose text column has none of the usual names ("" reads those names).
	TextColumn string
	// BytesRead, when set, counts the bytes read from files of a known kind
	// (as stored: a .gz file's compressed bytes), for progress against
	// InputBytes.
	BytesRead *atomic.Int64
}

// InputBytes is the size of the files of a known kind that reading paths
// reads (a .gz file's size as stored), walked as Read walks them: what
// progress is measured against.
func InputBytes(paths []string) int64 {
	var total int64
	add := func(path string, info fs.FileInfo) {
		if info.Mode().IsRegular() && KindOf(path) != KindUnknown {
			total += info.Size()
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			add(root, info)
			continue
		}
		filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if strings.HasPrefix(e.Name(), ".") && path != root {
				if e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if e.IsDir() {
				return nil
			}
			if info, err := os.Stat(path); err == nil && !info.IsDir() {
				add(path, info)
			}
			return nil
		})
	}
	return total
}

// countingReader counts what is read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// NewReader builds a Reader from the rules and the t2s converter (which lets
// Simplified labels read Traditional pages).
func NewReader(r *extract.Rules, conv extract.Converter) (*Reader, error) {
	t, err := newPageTools(r, conv)
	if err != nil {
		return nil, err
	}
	return &Reader{page: t, common: commonChars(r)}, nil
}

// Read walks paths (files and folders, recursively, in lexical order) and
// yields every document found. Errors are yielded as items and the walk goes
// on: one bad file never stops a batch. Symbolic links to folders are not
// followed (no loops); links to files are.
func (rd *Reader) Read(paths []string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, root := range paths {
			info, err := os.Stat(root)
			if err != nil {
				if !yield(Item{Name: root, Err: fmt.Errorf("%s: %w", root, errors.Unwrap(err))}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !info.Mode().IsRegular() {
					if !yield(Item{Name: root, Err: notRegular(root, info.Mode())}) {
						return
					}
					continue
				}
				if !rd.readFile(root, true, yield) {
					return
				}
				continue
			}
			stop := false
			walkErr := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
				if err != nil {
					if !yield(Item{Name: path, Err: fmt.Errorf("%s: %w", path, unwrapPath(err))}) {
						stop = true
						return fs.SkipAll
					}
					return nil
				}
				if e.IsDir() {
					if path != root && strings.HasPrefix(e.Name(), ".") {
						return fs.SkipDir
					}
					return nil
				}
				if strings.HasPrefix(e.Name(), ".") {
					return nil
				}
				mode := e.Type()
				if mode&fs.ModeSymlink != 0 {
					st, err := os.Stat(path)
					if err == nil && st.IsDir() {
						return nil // a linked folder: not followed, so no loops
					}
					if err == nil {
						mode = st.Mode()
					} else {
						mode = 0 // a broken link: the open reports it
					}
				}
				// Pipes, sockets and devices are not documents: opening or
				// reading one can block for good.
				if !mode.IsRegular() {
					if !yield(Item{Name: path, Err: notRegular(path, mode)}) {
						stop = true
						return fs.SkipAll
					}
					return nil
				}
				if !rd.readFile(path, false, yield) {
					stop = true
					return fs.SkipAll
				}
				return nil
			})
			if stop {
				return
			}
			if walkErr != nil && !yield(Item{Name: root, Err: fmt.Errorf("%s: %w", root, walkErr)}) {
				return
			}
		}
	}
}

// notRegular is the error for an input that is not a regular file.
func notRegular(path string, mode fs.FileMode) error {
	what := "not a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		what += " (a named pipe)"
	case mode&fs.ModeSocket != 0:
		what += " (a socket)"
	case mode&fs.ModeDevice != 0:
		what += " (a device)"
	}
	return fmt.Errorf("%s: %s", path, what)
}

// OpenRegular opens path for reading only if it is a regular file. It opens
// without blocking (a named pipe's open waits for a writer, for good) and
// checks the file it got, not the name: a pipe put in the file's place after
// a walk saw it is refused too.
func OpenRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, notRegular(path, st.Mode())
	}
	return f, nil
}

// openError is an open's error naming path once.
func openError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err // notRegular's, which names path
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile yields the documents of one file. In a folder walk, files of an
// unknown kind that are not text are passed over silently; named on the
// command line, they are errors.
func (rd *Reader) readFile(path string, named bool, yield func(Item) bool) bool {
	kind := KindOf(path)
	if kind == KindUnknown && !named && !looksLikeDocument(path) {
		return true
	}
	f, err := OpenRegular(path)
	if err != nil {
		return yield(Item{Name: path, Err: openError(path, err)})
	}
	defer f.Close()
	var r io.Reader = f
	if rd.BytesRead != nil && kind != KindUnknown {
		r = countingReader{f, rd.BytesRead}
	}
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return yield(Item{Name: path, Err: fmt.Errorf("%s: not a gzip file: %w", path, err)})
		}
		defer zr.Close()
		r = zr
	}
	switch kind {
	case KindJSONL:
		return rd.readJSONL(path, r, yield)
	case KindCSV:
		return rd.readTable(path, r, ',', rd.TextColumn, yield)
	case KindTSV:
		return rd.readTable(path, r, '\t', rd.TextColumn, yield)
	}
	raw, err := readCapped(r)
	if err != nil {
		return yield(Item{Name: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	in, err := rd.ParseDocument(raw, kind)
	if err != nil {
		return yield(Item{Name: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	in.Source = path
	return yield(Item{Name: path, Input: in})
}

// looksLikeDocument says whether a file of an unknown extension is worth
// reading in a folder walk: its first bytes are text, not a binary format.
func looksLikeDocument(path string) bool {
	f, err := OpenRegular(path)
	if err != nil {
		return true // let the read report the problem
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return n > 0 && binaryKind(head[:n]) == ""
}

func readCapped(r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxDocumentBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(raw) > MaxDocumentBytes {
		return nil, fmt.Errorf("document larger than %d MiB, not read", MaxDocumentBytes>>20)
	}
	return raw, nil
}

// ParseDocument decodes the bytes of one document of the given kind (text or
// HTML; unknown kinds are sniffed) into an Input. Its ID is the hash of raw.
func (rd *Reader) ParseDocument(raw []byte, kind Kind) (extract.Input, error) {
	var in extract.Input
	if len(bytes.TrimSpace(raw)) == 0 {
		return in, errors.New("empty file")
	}
	if b := binaryKind(raw); b != "" {
		return in, fmt.Errorf("binary file (%s), not a text or HTML document", b)
	}
	if kind == KindUnknown {
		kind = KindText
		if looksLikeHTML(raw) {
			kind = KindHTML
		}
	}
	in.ID = extract.ContentID(raw)
	if kind == KindHTML {
		page, err := rd.ParsePage(raw)
		if err != nil {
			return in, err
		}
		in.Title, in.Text, in.Published, in.Outlet, in.Reporters, in.URL = page.Title, page.Text, page.Published, page.Outlet, page.Reporters, page.URL
	} else {
		text, err := rd.DecodeText(raw, "")
		if err != nil {
			return in, err
		}
		in.Text = text
		if kind == KindMarkdown {
			in.Title = markdownTitle(text)
		}
	}
	if strings.TrimSpace(in.Text) == "" {
		return in, errors.New("no text found in the document")
	}
	return in, nil
}

// markdownTitle is a Markdown document's title: its first heading of level
// one (# Title, or Title over a line of =), else its first heading of any
// level, without the marks; "" when it has none.
func markdownTitle(text string) string {
	lines := strings.Split(text, "\n")
	first := ""
	fence := false
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		if level := len(t) - len(strings.TrimLeft(t, "#")); level >= 1 && level <= 6 && (len(t) == level || t[level] == ' ' || t[level] == '\t') {
			h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[level:]), "#"))
			if level == 1 && h != "" {
				return h
			}
			if first == "" {
				first = h
			}
			continue
		}
		if i+1 < len(lines) && t != "" {
			if u := strings.TrimSpace(lines[i+1]); len(u) >= 3 && strings.Trim(u, "=") == "" {
				return t
			}
		}
	}
	return first
}

func looksLikeHTML(raw []byte) bool {
	head := bytes.ToLower(raw[:min(len(raw), 4096)])
	for _, tag := range []string{"<html", "<!doctype html", "<body", "<div", "<p>", "<head", "<%@"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// binaryKind names the binary format of data (by magic number, or by NUL
// bytes), or returns "" for text.
func binaryKind(data []byte) string {
	magic := []struct{ prefix, name string }{
		{"\x89PNG", "PNG image"}, {"\xff\xd8\xff", "JPEG image"}, {"GIF8", "GIF image"},
		{"PK\x03\x04", "zip archive"}, {"%PDF", "PDF"}, {"\x1f\x8b", "gzip data"},
		{"\xd0\xcf\x11\xe0", "MS Office file"}, {"Rar!", "RAR archive"}, {"7z\xbc\xaf", "7z archive"},
		{"\x7fELF", "executable"}, {"RIFF", "RIFF media"}, {"BM", ""},
	}
	for _, m := range magic {
		if m.name != "" && bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		// UTF-16 text has NULs too; tifa reads it only with a BOM.
		if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
			return ""
		}
		return "NUL bytes"
	}
	return ""
}

// jsonlRecord is one line of a JSONL input.
type jsonlRecord struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	HTML      string   `json:"html"`
	Published string   `json:"published"`
	Source    string   `json:"source"`
	Reporters []string `json:"reporters"`
}

// recordItem is the item of one record of a file of records (a JSON Lines
// line, a table row), named by where it was read: its error says so, and
// so does its source when the record names none.
func recordItem(name string, in extract.Input, err error) Item {
	item := Item{Name: name, Input: in}
	if err != nil {
		item.Err = fmt.Errorf("%s: %w", name, err)
	}
	if item.Input.Source == "" {
		item.Input.Source = name
	}
	return item
}

// readJSONL streams a JSONL file: one article a line; a broken line is an
// error naming its line number, and the lines after it are read.
func (rd *Reader) readJSONL(path string, r io.Reader, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		data, err := readLine(br)
		if err != nil && err != io.EOF && err != errLineTooLong {
			// The read failed in this line (a gzip file cut short, say): the
			// line is reported once, as what it is, not also as bad JSON.
			name := fmt.Sprintf("%s:%d", path, line)
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("the file is cut short (%w)", err)
			}
			return yield(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)})
		}
		if len(bytes.TrimSpace(data)) > 0 || err == errLineTooLong {
			name := fmt.Sprintf("%s:%d", path, line)
			item := Item{Name: name}
			if err == errLineTooLong {
				item.Err = fmt.Errorf("%s: line longer than %d MiB, not read", name, MaxDocumentBytes>>20)
			} else {
				in, err := rd.parseJSONLLine(data)
				item = recordItem(name, in, err)
			}
			if !yield(item) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline, refusing (and skipping) a line
// over the document cap so that memory stays bounded.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxDocumentBytes {
			buf = nil
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || err == io.EOF {
				return nil, errLineTooLong
			}
			return nil, err
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func (rd *Reader) parseJSONLLine(data []byte) (extract.Input, error) {
	var rec jsonlRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		if ferr := fieldError(err); ferr != nil {
			return extract.Input{}, ferr
		}
		return extract.Input{}, fmt.Errorf("not a JSON object: %w", err)
	}
	in, err := rd.recordInput(rec)
	if err != nil {
		return in, err
	}
	in.ID = extract.ContentID(data)
	return in, nil
}

// recordInput makes the document of one record of a collection (a JSONL
// line, a spreadsheet row); its ID is the caller's.
func (rd *Reader) recordInput(rec jsonlRecord) (extract.Input, error) {
	var in extract.Input
	switch {
	case rec.HTML != "":
		page, err := rd.parsePage([]byte(rec.HTML), strings.TrimSpace(rec.Title))
		if err != nil {
			return in, err
		}
		in = extract.Input{Title: page.Title, Text: page.Text, Published: page.Published, Outlet: page.Outlet, Reporters: page.Reporters, URL: page.URL}
	case rec.Text != "":
		in.Text = rec.Text
	default:
		return in, errors.New(`no "text" or "html" field`)
	}
	if rec.Title != "" {
		in.Title = rec.Title
	}
	if rec.Published != "" {
		in.Published = rec.Published
	}
	if rec.Source != "" {
		in.Outlet = rec.Source
	}
	if rec.URL != "" {
		in.URL = rec.URL
		in.Source = rec.URL
	}
	if len(rec.Reporters) > 0 {
		in.Reporters = rec.Reporters
	}
	return in, nil
}

// jsonKind names a JSON value's kind as encoding/json reports it.
func jsonKind(v string) string {
	switch {
	case v == "array":
		return "a list"
	case v == "object":
		return "an object"
	case v == "string":
		return "a string"
	case v == "bool":
		return "true or false"
	case strings.HasPrefix(v, "number"):
		return "a number"
	}
	return v
}

// goKind names, for people, what a Go type decoded from JSON wants.
func goKind(t reflect.Type) string {
	if t == nil {
		return "another kind"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.String {
			return "a list of strings"
		}
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

// fieldError says which JSON field had a value of the wrong kind, as the
// input names it ("field \"text\": a number, want a string"), instead of
// encoding/json's Go struct field; nil when err is not such an error.
func fieldError(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field == "" {
		return nil
	}
	return fmt.Errorf("field %q: %s, want %s", te.Field, jsonKind(te.Value), goKind(te.Type))
}

// ReadJSONL yields the documents of a JSON Lines stream (stdin, say) named name.
func (rd *Reader) ReadJSONL(name string, r io.Reader) iter.Seq[Item] {
	return func(yield func(Item) bool) { rd.readJSONL(name, r, yield) }
}
