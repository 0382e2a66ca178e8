package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/tifa-project/tifa/corpus"
)

func runCompare(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "compare", "[--db FILE] [--from DAY] [--to DAY] [--format table|markdown|json|html] PLACE PLACE...",
		"Put places' plans side by side: their formulas, aligned across places when they share a key,\n"+
			"members or a head (十大攻坚行动 ↔ 10大攻坚战役), with the members in common and unique to each;\n"+
			"and their figures by measure (总投资, 年度投资, 项目, 开复工率 …), targets apart from facts.\n"+
			"A place is a province, city or county, full or short name (临沂 or 临沂市).")
	db := fs.String("db", "", "SQLite database (default $TIFA_DB, else tifa.db)")
	var f corpus.Filter
	fs.StringVar(&f.From, "from", "", "only documents dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only documents dated on or before this day (YYYY-MM-DD)")
	format := fs.String("format", "table", "table, markdown, json or html")
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
	render, ok := map[string]func(io.Writer, corpus.Comparison) error{
		"table": compareTable, "markdown": compareMarkdown, "json": compareJSON, "html": compareHTML,
	}[*format]
	if !ok {
		return fmt.Errorf("%w: --format %q: want table, markdown, json or html", errUsage, *format)
	}
	store, err := corpus.OpenExisting(ctx, dbPath(e, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := store.Compare(ctx, fs.Args(), f)
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

func figureLabel(r corpus.FigureRow) string {
	kind := "fact"
	if r.Target {
		kind = "target"
	}
	return fmt.Sprintf("%s (%s, %s)", r.Measure, r.Unit, kind)
}

func compareTable(w io.Writer, c corpus.Comparison) error {
	head := []string{"formulas"}
	for _, p := range c.Places {
		head = append(head, fmt.Sprintf("%s (%d docs)", p.Place, p.Documents))
	}
	t := &table{header: append(head, "members in common")}
	for _, r := range c.Formulas {
		row := []string{""}
		for _, f := range r.Formulas {
			row = append(row, formulaCell(f))
		}
		t.add(append(row, strings.Join(r.Common, "、"))...)
	}
	if err := t.write(w, -1); err != nil {
		return err
	}
	fmt.Fprintln(w)
	ft := &table{header: append([]string{"figures"}, head[1:]...)}
	for _, r := range c.Figures {
		row := []string{figureLabel(r)}
		for _, fs := range r.Figures {
			row = append(row, figureCell(fs))
		}
		ft.add(row...)
	}
	return ft.write(w, -1)
}

func mdEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
}

func compareMarkdown(w io.Writer, c corpus.Comparison) error {
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
			if f != nil && len(r.Unique[i]) > 0 {
				cell += "<br>only here: " + strings.Join(r.Unique[i], "、")
			}
			b.WriteString(" " + mdEscape(cell) + " |")
		}
		b.WriteString(" " + mdEscape(strings.Join(r.Common, "、")) + " |\n")
	}
	b.WriteString("\n## Figures\n\n| measure |")
	for _, p := range c.Places {
		b.WriteString(" " + mdEscape(p.Place) + " |")
	}
	b.WriteString("\n|" + strings.Repeat(" --- |", len(c.Places)+1) + "\n")
	for _, r := range c.Figures {
		b.WriteString("| " + mdEscape(figureLabel(r)) + " |")
		for _, fs := range r.Figures {
			b.WriteString(" " + mdEscape(figureCell(fs)) + " |")
		}
		b.WriteString("\n")
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
	"formula": formulaCell, "figures": figureCell, "label": figureLabel, "join": strings.Join,
}).Parse(`<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>tifa compare</title>
<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}.only{color:#666;font-size:90%}</style></head>
<body><h1>{{range $i, $p := .Places}}{{if $i}} · {{end}}{{$p.Place}}{{end}}</h1>
<h2>Formulas</h2><table><tr>{{range .Places}}<th>{{.Place}} ({{.Documents}} docs)</th>{{end}}<th>members in common</th></tr>
{{range .Formulas}}{{$r := .}}<tr>{{range $i, $f := .Formulas}}<td>{{formula $f}}{{with index $r.Unique $i}}<div class="only">only here: {{join . "、"}}</div>{{end}}</td>{{end}}<td>{{join .Common "、"}}</td></tr>
{{end}}</table>
<h2>Figures</h2><table><tr><th>measure</th>{{range .Places}}<th>{{.Place}}</th>{{end}}</tr>
{{range .Figures}}<tr><td>{{label .}}</td>{{range .Figures}}<td>{{figures .}}</td>{{end}}</tr>
{{end}}</table></body></html>
`))

func compareHTML(w io.Writer, c corpus.Comparison) error { return compareHTMLTemplate.Execute(w, c) }
