package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/corpus"
)

func runCompare(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "compare", "[--db FILE] [--from DAY] [--to DAY] [--source TEXT] [--format table|markdown|csv|json|html] PLACE PLACE...",
		"Put places' plans side by side: their formulas, aligned across places when they are one plan\n"+
			"by the evidence (the same key, 十大攻坚行动 = 10大攻坚行动, or two members in common), with the\n"+
			"members in common and unique to each; formulas whose names alone are alike (the same count\n"+
			"and head word) listed apart as similar names; and their figures by measure and year\n"+
			"(总投资, 年度投资, 项目, 开复工率 …), targets apart from facts. Each cell names its documents.\n"+
			"A place is a province, city or county, full or short name (临沂 or 临沂市).")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	var f corpus.Filter
	fs.StringVar(&f.From, "from", "", "only documents dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only documents dated on or before this day (YYYY-MM-DD)")
	format := fs.String("format", "table", "table (wrapped to the terminal, or $COLUMNS), markdown, csv, json or html")
	var o corpus.CompareOptions
	fs.StringVar(&o.Source, "source", "", "only documents whose source (path or URL) holds this text: compare like with like (a folder of reports, an outlet)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f.Limit = 1
	if err := checkFilter(&f, ""); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		return fmt.Errorf("%w: name at least one PLACE", errUsage)
	}
	width := terminalWidth(e.getenv, 160)
	render, ok := map[string]func(io.Writer, corpus.Comparison) error{
		"table":    func(w io.Writer, c corpus.Comparison) error { return compareTable(w, c, width) },
		"markdown": compareMarkdown, "csv": compareCSV, "json": compareJSON, "html": compareHTML,
	}[*format]
	if !ok {
		return fmt.Errorf("%w: --format %q: want table, markdown, csv, json or html", errUsage, *format)
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := store.Compare(ctx, fs.Args(), f, o)
	if err != nil {
		return err
	}
	for _, p := range c.Places {
		if p.Documents == 0 {
			fmt.Fprintf(e.stderr, "tifa compare: no documents of %s in the store\n", p.Place)
		}
	}
	return render(e.stdout, c)
}

func formulaCell(f *corpus.PlaceFormula) string {
	if f == nil {
		return "—"
	}
	s := f.Name
	if f.Count != nil {
		s += "(" + strconv.Itoa(*f.Count) + ")"
	}
	if f.Date != "" {
		s += " " + f.Date
	}
	return s
}

// docRefs numbers the documents the cells of a table name, in the order
// first named, so that a cell says [1,3] and a legend below says which.
type docRefs struct {
	index map[string]int
	order []string
}

// note is a cell's reference to its documents: up to three numbers, then how
// many more.
func (d *docRefs) note(docs []string) string {
	if d.index == nil {
		d.index = map[string]int{}
	}
	var nums []string
	for i, doc := range docs {
		n, ok := d.index[doc]
		if !ok {
			d.order = append(d.order, doc)
			n = len(d.order)
			d.index[doc] = n
		}
		if i < 3 {
			nums = append(nums, strconv.Itoa(n))
		}
	}
	if len(docs) > 3 {
		return fmt.Sprintf("[%s +%d]", strings.Join(nums, ","), len(docs)-3)
	}
	return "[" + strings.Join(nums, ",") + "]"
}

func (d *docRefs) legend(w io.Writer) {
	if len(d.order) == 0 {
		return
	}
	fmt.Fprintln(w, "\ndocuments")
	for i, doc := range d.order {
		fmt.Fprintf(w, "[%d] %s\n", i+1, doc)
	}
}

func figureCell(fs []corpus.PlaceFigure) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.Text)
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, "; ")
}

func figureDocs(fs []corpus.PlaceFigure) []string {
	var docs []string
	for _, f := range fs {
		if !slices.Contains(docs, f.Source) {
			docs = append(docs, f.Source)
		}
	}
	return docs
}

func figureLabel(r corpus.FigureRow) string {
	kind := "fact"
	if r.Target {
		kind = "target"
	}
	if r.Year != "" {
		return fmt.Sprintf("%s %s (%s, %s)", r.Measure, r.Year, r.Unit, kind)
	}
	return fmt.Sprintf("%s (%s, %s)", r.Measure, r.Unit, kind)
}

func compareTable(w io.Writer, c corpus.Comparison, width int) error {
	var refs docRefs
	head := []string{}
	for _, p := range c.Places {
		head = append(head, fmt.Sprintf("%s (%d docs)", p.Place, p.Documents))
	}
	formulaRows := func(title string, rows []corpus.AlignedFormulas) error {
		t := &table{header: append(append([]string{}, head...), title)}
		for _, r := range rows {
			var row []string
			for i, f := range r.Formulas {
				cell := formulaCell(f)
				if f != nil {
					cell += " " + refs.note(f.Docs)
					if len(r.Unique[i]) > 0 && len(r.Common) > 0 {
						cell += "\nonly here: " + strings.Join(r.Unique[i], "、")
					}
				}
				row = append(row, cell)
			}
			t.add(append(row, strings.Join(r.Common, "、"))...)
		}
		return t.writeWrapped(w, width)
	}
	fmt.Fprintln(w, "formulas")
	if err := formulaRows("members in common", c.Formulas); err != nil {
		return err
	}
	if len(c.Similar) > 0 {
		fmt.Fprintln(w, "\nsimilar names only (not the same plan by key or members)")
		if err := formulaRows("members in common", c.Similar); err != nil {
			return err
		}
	}
	fmt.Fprintln(w, "\nfigures")
	ft := &table{header: append([]string{"measure"}, head...)}
	for _, r := range c.Figures {
		row := []string{figureLabel(r)}
		for _, fs := range r.Figures {
			cell := figureCell(fs)
			if len(fs) > 0 {
				cell += " " + refs.note(figureDocs(fs))
			}
			row = append(row, cell)
		}
		ft.add(row...)
	}
	if err := ft.writeWrapped(w, width); err != nil {
		return err
	}
	refs.legend(w)
	return nil
}

// compareCSV writes one row per place and formula or figure row, for
// spreadsheets: section, row number, match, place, then the cell's contents
// and its documents.
func compareCSV(w io.Writer, c corpus.Comparison) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"section", "row", "match", "place", "name_or_measure", "count_or_unit", "date_or_year", "members_or_figures",
		"common", "documents"})
	for _, sec := range []struct {
		name string
		rows []corpus.AlignedFormulas
	}{{"formulas", c.Formulas}, {"similar", c.Similar}} {
		for n, r := range sec.rows {
			for i, f := range r.Formulas {
				if f == nil {
					continue
				}
				count := ""
				if f.Count != nil {
					count = strconv.Itoa(*f.Count)
				}
				cw.Write([]string{sec.name, strconv.Itoa(n + 1), r.Match, c.Places[i].Place, f.Name, count, f.Date,
					strings.Join(f.Items, "、"), strings.Join(r.Common, "、"), strings.Join(f.Docs, " ")})
			}
		}
	}
	for n, r := range c.Figures {
		for i, fs := range r.Figures {
			if len(fs) == 0 {
				continue
			}
			kind := "fact"
			if r.Target {
				kind = "target"
			}
			cw.Write([]string{"figures", strconv.Itoa(n + 1), kind, c.Places[i].Place, r.Measure, r.Unit, r.Year,
				figureCell(fs), "", strings.Join(figureDocs(fs), " ")})
		}
	}
	cw.Flush()
	return cw.Error()
}

func mdEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
}

func compareMarkdown(w io.Writer, c corpus.Comparison) error {
	var refs docRefs
	var b strings.Builder
	b.WriteString("## Formulas\n\n|")
	for _, p := range c.Places {
		fmt.Fprintf(&b, " %s (%d docs) |", mdEscape(p.Place), p.Documents)
	}
	b.WriteString(" members in common |\n|")
	b.WriteString(strings.Repeat(" --- |", len(c.Places)+1) + "\n")
	for _, r := range c.Formulas {
		b.WriteString("|")
		for i, f := range r.Formulas {
			cell := formulaCell(f)
			if f != nil {
				cell += " " + refs.note(f.Docs)
			}
			if f != nil && len(r.Unique[i]) > 0 {
				cell += "<br>only here: " + strings.Join(r.Unique[i], "、")
			}
			b.WriteString(" " + mdEscape(cell) + " |")
		}
		b.WriteString(" " + mdEscape(strings.Join(r.Common, "、")) + " |\n")
	}
	if len(c.Similar) > 0 {
		b.WriteString("\n## Similar names only\n\nThe same count and head word, but neither the same key nor enough members in common: not the same plan.\n\n|")
		for _, p := range c.Places {
			b.WriteString(" " + mdEscape(p.Place) + " |")
		}
		b.WriteString(" members in common |\n|" + strings.Repeat(" --- |", len(c.Places)+1) + "\n")
		for _, r := range c.Similar {
			b.WriteString("|")
			for _, f := range r.Formulas {
				b.WriteString(" " + mdEscape(formulaCell(f)) + " |")
			}
			b.WriteString(" " + mdEscape(strings.Join(r.Common, "、")) + " |\n")
		}
	}
	b.WriteString("\n## Figures\n\n| measure |")
	for _, p := range c.Places {
		b.WriteString(" " + mdEscape(p.Place) + " |")
	}
	b.WriteString("\n|" + strings.Repeat(" --- |", len(c.Places)+1) + "\n")
	for _, r := range c.Figures {
		b.WriteString("| " + mdEscape(figureLabel(r)) + " |")
		for _, fs := range r.Figures {
			cell := figureCell(fs)
			if len(fs) > 0 {
				cell += " " + refs.note(figureDocs(fs))
			}
			b.WriteString(" " + mdEscape(cell) + " |")
		}
		b.WriteString("\n")
	}
	if len(refs.order) > 0 {
		b.WriteString("\n## Documents\n\n")
		for i, doc := range refs.order {
			fmt.Fprintf(&b, "%d. %s\n", i+1, mdEscape(doc))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func compareJSON(w io.Writer, c corpus.Comparison) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(c)
}

var compareHTMLTemplate = template.Must(template.New("compare").Funcs(template.FuncMap{
	"formula": formulaCell, "figures": figureCell, "label": figureLabel, "join": strings.Join, "docs": figureDocs,
}).Parse(`<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>tifa compare</title>
<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}.only,.docs{color:#666;font-size:90%}</style></head>
<body><h1>{{range $i, $p := .Places}}{{if $i}} · {{end}}{{$p.Place}}{{end}}</h1>
<h2>Formulas</h2><table><tr>{{range .Places}}<th>{{.Place}} ({{.Documents}} docs)</th>{{end}}<th>members in common</th></tr>
{{range .Formulas}}{{$r := .}}<tr>{{range $i, $f := .Formulas}}<td>{{formula $f}}{{with $f}}<div class="docs">{{join .Docs " · "}}</div>{{end}}{{with index $r.Unique $i}}<div class="only">only here: {{join . "、"}}</div>{{end}}</td>{{end}}<td>{{join .Common "、"}}</td></tr>
{{end}}</table>
{{if .Similar}}<h2>Similar names only</h2><p>The same count and head word, but neither the same key nor enough members in common: not the same plan.</p>
<table><tr>{{range .Places}}<th>{{.Place}}</th>{{end}}<th>members in common</th></tr>
{{range .Similar}}<tr>{{range .Formulas}}<td>{{formula .}}</td>{{end}}<td>{{join .Common "、"}}</td></tr>
{{end}}</table>{{end}}
<h2>Figures</h2><table><tr><th>measure</th>{{range .Places}}<th>{{.Place}}</th>{{end}}</tr>
{{range .Figures}}<tr><td>{{label .}}</td>{{range .Figures}}<td>{{figures .}}{{with docs .}}<div class="docs">{{join . " · "}}</div>{{end}}</td>{{end}}</tr>
{{end}}</table></body></html>
`))

func compareHTML(w io.Writer, c corpus.Comparison) error { return compareHTMLTemplate.Execute(w, c) }
