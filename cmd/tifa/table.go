package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"
	"golang.org/x/text/width"
)

// table prints rows aligned for people: Chinese characters count two columns.
type table struct {
	header []string
	rows   [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// write prints the table; column wrap (if ≥ 0) is not padded, for long text.
func (t *table) write(w io.Writer, free int) error {
	widths := make([]int, len(t.header))
	for _, row := range append([][]string{t.header}, t.rows...) {
		for i, c := range row {
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, row := range append([][]string{t.header}, t.rows...) {
		var b strings.Builder
		for i, c := range row {
			c = strings.ReplaceAll(c, "\n", " ")
			b.WriteString(c)
			if i < len(row)-1 {
				pad := 2
				if i != free {
					pad += widths[i] - displayWidth(c)
				}
				b.WriteString(strings.Repeat(" ", pad))
			}
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	return nil
}

// minColumn is the narrowest a wrapped column gets, in display columns.
const minColumn = 12

// writeWrapped prints the table within total display columns: the widest
// columns are narrowed until the table fits (none below minColumn), and their
// cells wrap onto more lines. A cell's own line breaks are kept.
func (t *table) writeWrapped(w io.Writer, total int) error {
	n := len(t.header)
	widths := make([]int, n)
	for _, row := range append([][]string{t.header}, t.rows...) {
		for i, c := range row {
			for _, line := range strings.Split(c, "\n") {
				widths[i] = max(widths[i], displayWidth(line))
			}
		}
	}
	for sum(widths)+2*(n-1) > total {
		widest := 0
		for i := range widths {
			if widths[i] > widths[widest] {
				widest = i
			}
		}
		if widths[widest] <= minColumn {
			break
		}
		widths[widest]--
	}
	for _, row := range append([][]string{t.header}, t.rows...) {
		cells := make([][]string, n)
		lines := 1
		for i := range n {
			c := ""
			if i < len(row) {
				c = row[i]
			}
			cells[i] = wrapText(c, widths[i])
			lines = max(lines, len(cells[i]))
		}
		for l := range lines {
			var b strings.Builder
			for i := range n {
				c := ""
				if l < len(cells[i]) {
					c = cells[i][l]
				}
				b.WriteString(c)
				if i < n-1 {
					b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
				}
			}
			if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
				return err
			}
		}
	}
	return nil
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// wrapText cuts s into lines of at most w display columns, at its own line
// breaks, else after a separator (、；; ,，space) when one is near, else
// anywhere (Chinese has no spaces to wait for).
func wrapText(s string, w int) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		rs := []rune(para)
		for len(rs) > 0 {
			cut, cols, lastSep := 0, 0, -1
			for cut < len(rs) {
				cw := displayWidth(string(rs[cut]))
				if cols+cw > w {
					break
				}
				cols += cw
				if strings.ContainsRune("、；;,，。 ", rs[cut]) {
					lastSep = cut
				}
				cut++
			}
			if cut < len(rs) && lastSep >= 0 && lastSep >= cut/2 {
				cut = lastSep + 1
			}
			if cut == 0 {
				cut = 1
			}
			out = append(out, strings.TrimRight(string(rs[:cut]), " "))
			rs = rs[cut:]
		}
		if len(para) == 0 {
			out = append(out, "")
		}
	}
	return out
}

// terminalWidth is $COLUMNS, else the width of the terminal on stdout, else
// def (output to a file or a pipe).
func terminalWidth(getenv func(string) string, def int) int {
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 20 {
		return n
	}
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 20 {
		return w
	}
	return def
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// writeJSONLines writes items one JSON object a line, Chinese and <> as
// written.
func writeJSONLines[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// writeCSV writes a header and its rows.
func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.Write(header)
	cw.WriteAll(rows)
	return cw.Error()
}
