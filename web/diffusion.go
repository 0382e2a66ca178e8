package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

// adjacency is the built-in rules' adjacency table, read on the first
// diffusion request (the other pages do not need the rules).
type adjacency struct {
	once sync.Once
	m    map[string][]string
	err  error
}

func (a *adjacency) get() (map[string][]string, error) {
	a.once.Do(func() {
		r, err := corpus.LoadRules()
		if err != nil {
			a.err = fmt.Errorf("rules: %w", err)
			return
		}
		a.m = corpus.Adjacency(r.Table("adjacency"))
	})
	return a.m, a.err
}

// UseRules makes the diffusion pages read the adjacency of places from r
// (the built-in rules extended by the user's), instead of the built-in rules
// alone. Call it before serving.
func (s *Server) UseRules(r *extract.Rules) {
	s.adjacency.once.Do(func() { s.adjacency.m = corpus.Adjacency(r.Table("adjacency")) })
}

type diffusionView struct {
	Name, Key, Level string
	Names            []string
	Variants         []corpus.FormulaVariant
	Adopters         []corpus.Adopter
	Chart            template.HTML
	Members          []corpus.MemberSpread // member drift across the places that list members
	Listing          int                   // how many places list members
}

func (s *Server) diffusion(r *http.Request) (diffusionView, error) {
	q := r.URL.Query()
	v := diffusionView{Name: strings.TrimSpace(q.Get("name")), Level: q.Get("level")}
	if v.Level == "" {
		v.Level = "province"
	}
	if v.Level != "province" && v.Level != "city" {
		return v, bad("level is province or city")
	}
	if v.Name == "" {
		return v, nil
	}
	if len(v.Name) > 200 {
		return v, bad("a formula name is at most 200 bytes")
	}
	adj, err := s.adjacency.get()
	if err != nil {
		return v, err
	}
	ctx := r.Context()
	v.Key = extract.FormulaKey(extract.QueryForms(s.conv, v.Name)[0])
	if v.Adopters, err = s.store.Diffusion(ctx, v.Key, v.Level, adj); err != nil {
		return v, err
	}
	if v.Names, err = s.store.FormulaNames(ctx, v.Key); err != nil {
		return v, err
	}
	if v.Variants, err = s.store.Variants(ctx, v.Key); err != nil {
		return v, err
	}
	if v.Members, v.Listing, err = s.store.MemberDrift(ctx, v.Key); err != nil {
		return v, err
	}
	v.Chart = adoptionChart(v.Name, v.Level, v.Adopters)
	return v, nil
}

func (s *Server) diffusionPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.diffusion(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	title := "Diffusion"
	if v.Name != "" {
		title = v.Name + " · diffusion"
	}
	s.render(w, "diffusion.html", map[string]any{"Title": title, "V": v})
}

func (s *Server) apiDiffusion(w http.ResponseWriter, r *http.Request) {
	v, err := s.diffusion(r)
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	if v.Name == "" {
		s.fail(w, r, bad("name is required"), true)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"name": v.Name, "key": v.Key, "level": v.Level, "names": nonNil(v.Names),
		"variants": nonNil(v.Variants), "adopters": nonNil(v.Adopters), "members": nonNil(v.Members), "places_listing": v.Listing})
}

// placeSearch links a place's row to the search for the formula there.
func placeSearch(name, level, place string) string {
	q := url.Values{"q": {name}}
	q.Set(level, place)
	return "/?" + q.Encode()
}

// formulaSearch links a formula in a comparison to the search for it among
// the place's documents (a province, city or county, as the user named it).
func formulaSearch(name, place string) string {
	return "/?" + url.Values{"q": {name}, "city": {place}}.Encode()
}

// adoptionChart draws the cumulative number of adopters over time as an
// inline SVG step line: one step a place, each a link to the document of its
// first use, its name in the step's tooltip (the table below names them all,
// so the chart prints no labels that could overlap).
func adoptionChart(name, level string, adopters []corpus.Adopter) template.HTML {
	type step struct {
		t   time.Time
		ad  corpus.Adopter
		cum int
	}
	var steps []step
	for _, a := range adopters {
		t, err := time.Parse(time.DateOnly, a.FirstDate)
		if err != nil {
			continue // undated: not on the chart
		}
		steps = append(steps, step{t, a, len(steps) + 1})
	}
	if len(steps) == 0 {
		return ""
	}
	lo, hi := steps[0].t, steps[len(steps)-1].t
	lo = time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
	hi = time.Date(hi.Year(), hi.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	const width, height, left, right, top, bottom = 760.0, 260.0, 44.0, 16.0, 14.0, 34.0
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 { return left + t.Sub(lo).Hours()/span*(width-left-right) }
	n := float64(len(steps))
	y := func(c int) float64 { return height - bottom - float64(c)/n*(height-top-bottom) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="adoption" id="chart" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-label="%s">`,
		width, height, width, height, template.HTMLEscapeString(fmt.Sprintf("%s: cumulative %s adopters over time", name, level)))
	// Axes: ticks every year, or every month when the span is under two years.
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="#888"/>`, left, height-bottom, width-right, height-bottom)
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="#888"/>`, left, top, left, height-bottom)
	monthly := hi.Sub(lo) < 2*365*24*time.Hour
	for t := lo; !t.After(hi); {
		label := fmt.Sprint(t.Year())
		if monthly {
			label = t.Format("2006-01")
		}
		if monthly || t.Month() == time.January || t == lo {
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="#888"/><text x="%.1f" y="%.0f" text-anchor="middle" font-size="11">%s</text>`,
				x(t), height-bottom, x(t), height-bottom+5, x(t), height-bottom+18, label)
		}
		if monthly {
			t = t.AddDate(0, 1, 0)
		} else {
			t = time.Date(t.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	for _, c := range []int{0, len(steps) / 2, len(steps)} {
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end" font-size="11">%d</text>`, left-6, y(c)+4, c)
	}
	// The step line, then a dot per adopter.
	var path strings.Builder
	fmt.Fprintf(&path, "M%.1f %.1f", x(steps[0].t), y(0))
	for i, s := range steps {
		if i > 0 {
			fmt.Fprintf(&path, " H%.1f", x(s.t))
		}
		fmt.Fprintf(&path, " V%.1f", y(s.cum))
	}
	fmt.Fprintf(&path, " H%.1f", x(hi))
	fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="#8b1e1e" stroke-width="2"/>`, path.String())
	for _, s := range steps {
		tip := fmt.Sprintf("%d. %s %s (%d docs)", s.ad.Order, s.ad.Place, s.ad.FirstDate, s.ad.Docs)
		fmt.Fprintf(&b, `<a href="/doc/%s"><circle cx="%.1f" cy="%.1f" r="4" fill="#c0392b"><title>%s</title></circle></a>`,
			url.PathEscape(s.ad.FirstDoc), x(s.t), y(s.cum), template.HTMLEscapeString(tip))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
