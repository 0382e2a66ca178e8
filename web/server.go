// Package web serves tifa's store as a small local web page and a JSON API:
// search, documents with their extracts highlighted, comparison of places,
// and the spread of formulas. Templates and assets are embedded; nothing is
// loaded from the network.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/extract"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Server answers the pages and the API over one store.
type Server struct {
	store *corpus.Store
	conv  extract.Converter
	pages *template.Template
	log   *log.Logger
	mux   *http.ServeMux
	// adjacency of places, for diffusion: read when first asked
	adjacency adjacency
	hosts     []string // host names answered besides localhost and IP literals
}

// New builds a Server. conv converts Traditional queries; logger may be nil.
func New(store *corpus.Store, conv extract.Converter, logger *log.Logger) (*Server, error) {
	pages, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	if logger == nil {
		logger = log.New(discard{}, "", 0)
	}
	s := &Server{store: store, conv: conv, pages: pages, log: logger, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /static/", serveStatic)
	s.mux.HandleFunc("GET /{$}", s.searchPage)
	s.mux.HandleFunc("GET /doc/{id}", s.docPage)
	s.mux.HandleFunc("GET /doc/{id}/raw", s.rawText)
	s.mux.HandleFunc("GET /compare", s.comparePage)
	s.mux.HandleFunc("GET /formulas", s.formulasPage)
	s.mux.HandleFunc("GET /diffusion", s.diffusionPage)
	s.mux.HandleFunc("GET /api/diffusion", s.apiDiffusion)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("GET /api/doc/{id}", s.apiDoc)
	s.mux.HandleFunc("GET /api/compare", s.apiCompare)
	s.mux.HandleFunc("GET /api/formulas", s.apiFormulas)
	return s, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// AllowHost lets the server answer requests for name (the host of the address
// it was told to bind to, say), besides localhost names and IP addresses.
func (s *Server) AllowHost(name string) {
	s.hosts = append(s.hosts, strings.ToLower(strings.TrimSuffix(name, ".")))
}

// hostAllowed says whether a request's Host names this machine as the user
// reaches it: an IP address, localhost, or a name given to AllowHost. A page
// of another site whose name was rebound to 127.0.0.1 (DNS rebinding) sends
// its own name, and is refused: it cannot read the store through a browser.
func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" {
		return false
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return true
	}
	return host == "localhost" || strings.HasSuffix(host, ".localhost") || slices.Contains(s.hosts, host)
}

// ServeHTTP serves the pages with the headers every answer carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hostAllowed(r.Host) {
		http.Error(w, "tifa: this server answers requests for localhost or its IP address only", http.StatusForbidden)
		return
	}
	h := w.Header()
	// Documents are untrusted pages: no script but ours, nothing from outside.
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// HTTPServer wraps a Server in an http.Server with timeouts, so a slow or
// stuck client cannot hold the process.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           http.TimeoutHandler(h, 30*time.Second, "tifa: the request took too long"),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      40 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
}

// serveStatic serves the embedded stylesheet and scripts: files only (no
// folder listing), and a path that is not a valid file name is not found.
func serveStatic(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	static, _ := fs.Sub(staticFS, "static")
	if !fs.ValidPath(name) || name == "." {
		http.NotFound(w, r)
		return
	}
	st, err := fs.Stat(static, name)
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}
	http.ServeFileFS(w, r, static, name)
}

// badRequest is a client error whose message is shown to the user.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func bad(format string, args ...any) error { return badRequest{fmt.Sprintf(format, args...)} }

// fail answers an error: 400 with its message for the client's mistakes,
// 404 for unknown documents, 500 (logged, not shown) for the rest.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error, asJSON bool) {
	code, msg := http.StatusInternalServerError, "internal error"
	var br badRequest
	switch {
	case errors.As(err, &br):
		code, msg = http.StatusBadRequest, br.msg
	case errors.Is(err, corpus.ErrNotFound):
		code, msg = http.StatusNotFound, "no such document"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		code, msg = http.StatusServiceUnavailable, "the request was cancelled or took too long"
	default:
		s.log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	}
	if asJSON {
		writeJSON(w, code, map[string]string{"error": msg})
		return
	}
	w.WriteHeader(code)
	s.render(w, "error.html", map[string]any{"Title": http.StatusText(code), "Message": msg, "Code": code})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages.ExecuteTemplate(w, name, data); err != nil {
		s.log.Printf("render %s: %v", name, err)
	}
}

// searchParams reads and checks the search form.
type searchParams struct {
	Q, Province, City, From, To, Kind, Sort string
	Page                                    int
	Filter                                  corpus.Filter
	Query                                   corpus.Query
}

const pageSize = 20

func (s *Server) readSearch(q url.Values) (searchParams, error) {
	p := searchParams{Q: strings.TrimSpace(q.Get("q")), Province: q.Get("province"), City: q.Get("city"),
		From: q.Get("from"), To: q.Get("to"), Kind: q.Get("kind"), Sort: q.Get("sort"), Page: 1}
	if p.Sort == "" {
		p.Sort = corpus.SortRelevance
	}
	if p.Sort != corpus.SortRelevance && p.Sort != corpus.SortDate {
		return p, bad("sort must be relevance or date")
	}
	if v := q.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100000 {
			return p, bad("page must be a number from 1 to 100000")
		}
		p.Page = n
	}
	f, err := s.filter(q)
	if err != nil {
		return p, err
	}
	if p.Kind != "" {
		if !slices.Contains(corpus.SearchKinds, p.Kind) {
			return p, bad("kind must be one of %s", strings.Join(corpus.SearchKinds, ", "))
		}
		f.Kinds = []string{p.Kind}
	}
	f.Limit, f.Offset = pageSize+1, (p.Page-1)*pageSize
	p.Filter = f
	if p.Q != "" {
		p.Query, err = corpus.ParseQuery(p.Q, func(t string) []string { return extract.QueryForms(s.conv, t) })
		if err != nil {
			return p, bad("%v", err)
		}
	}
	return p, nil
}

// filter reads the place and date parameters shared by every page.
func (s *Server) filter(q url.Values) (corpus.Filter, error) {
	f := corpus.Filter{Province: corpus.NormalizePlace(s.conv, q.Get("province")), City: corpus.NormalizePlace(s.conv, q.Get("city")),
		From: q.Get("from"), To: q.Get("to")}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && string(extract.ParseDay(d.v)) != d.v {
			return f, bad("%s must be a day as YYYY-MM-DD", d.name)
		}
	}
	for _, v := range []string{f.Province, f.City} {
		if len(v) > 100 {
			return f, bad("a place name is at most 100 bytes")
		}
	}
	return f, nil
}

func (s *Server) search(r *http.Request) (searchParams, corpus.SearchResult, error) {
	p, err := s.readSearch(r.URL.Query())
	if err != nil || p.Q == "" {
		return p, corpus.SearchResult{}, err
	}
	res, err := s.store.SearchAll(r.Context(), p.Query, p.Filter, p.Sort)
	return p, res, err
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	p, res, err := s.search(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	hits := res.Hits
	more := len(hits) > pageSize
	if more {
		hits = hits[:pageSize]
	}
	s.render(w, "search.html", map[string]any{"Title": p.Q, "P": p, "Hits": hits, "R": res, "More": more, "Start": (p.Page-1)*pageSize + 1,
		"End": (p.Page-1)*pageSize + len(hits), "Kinds": corpus.SearchKinds, "Prev": pageURL(r.URL, p.Page-1), "Next": pageURL(r.URL, p.Page+1),
		"ByDate": sortURL(r.URL, corpus.SortDate), "ByRelevance": sortURL(r.URL, corpus.SortRelevance)})
}

func sortURL(u *url.URL, by string) string {
	q := u.Query()
	q.Set("sort", by)
	q.Del("page")
	return "/?" + q.Encode()
}

func pageURL(u *url.URL, page int) string {
	q := u.Query()
	q.Set("page", strconv.Itoa(page))
	return "/?" + q.Encode()
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p, res, err := s.search(r)
	hits := res.Hits
	if err == nil && p.Q == "" {
		err = bad("q is required")
	}
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	more := len(hits) > pageSize
	if more {
		hits = hits[:pageSize]
	}
	if hits == nil {
		hits = []corpus.Hit{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": p.Q, "page": p.Page, "sort": p.Sort, "more": more, "hits": hits,
		"total_docs": res.Docs, "total_units": res.Units, "count": res.Count, "ranked": res.Ranked})
}

func docID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	if len(id) != 32 || strings.Trim(id, "0123456789abcdef") != "" {
		return "", bad("a document id is 32 hexadecimal characters")
	}
	return id, nil
}

func (s *Server) record(r *http.Request) (extract.Record, error) {
	id, err := docID(r)
	if err != nil {
		return extract.Record{}, err
	}
	return s.store.Record(r.Context(), id)
}

func (s *Server) docPage(w http.ResponseWriter, r *http.Request) {
	rec, err := s.record(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	// Opened from a search (?q=…): its matches are marked and counted, and
	// listed as links to each.
	var hits [][2]int
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q != "" {
		query, err := corpus.ParseQuery(q, func(t string) []string { return extract.QueryForms(s.conv, t) })
		if err != nil {
			s.fail(w, r, bad("%v", err), false)
			return
		}
		hits = query.Highlights(rec.Text)
	}
	var anchors []int
	for i := range min(len(hits), 100) {
		anchors = append(anchors, i+1)
	}
	// A formula the document names without its members: the members other
	// documents of its place (or above) spell out, shown apart as inferred.
	known := map[int]corpus.KnownMembers{}
	for i, in := range rec.Initiatives {
		if len(in.Items) > 0 || i >= 50 {
			continue
		}
		k, ok, err := s.store.KnownMembers(r.Context(), in.Key, rec.Place.Province, rec.Place.City)
		if err != nil {
			s.fail(w, r, err, false)
			return
		}
		if ok {
			known[i] = k
		}
	}
	s.render(w, "doc.html", map[string]any{"Title": rec.Title, "R": rec, "Paragraphs": markDocument(rec, hits),
		"Q": q, "Hits": len(hits), "Anchors": anchors, "Known": known})
}

func (s *Server) rawText(w http.ResponseWriter, r *http.Request) {
	rec, err := s.record(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprint(w, rec.Input.Text)
}

func (s *Server) apiDoc(w http.ResponseWriter, r *http.Request) {
	rec, err := s.record(r)
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func (s *Server) compare(r *http.Request) ([]string, corpus.Comparison, error) {
	q := r.URL.Query()
	var places []string
	for _, p := range q["place"] {
		for _, part := range strings.FieldsFunc(p, func(r rune) bool { return r == ',' || r == '，' || r == ' ' }) {
			places = append(places, part)
		}
	}
	if len(places) > 8 {
		return places, corpus.Comparison{}, bad("compare at most 8 places")
	}
	f, err := s.filter(q)
	if err != nil || len(places) == 0 {
		return places, corpus.Comparison{}, err
	}
	c, err := s.store.Compare(r.Context(), places, f, corpus.CompareOptions{Source: r.URL.Query().Get("source")})
	return places, c, err
}

func (s *Server) comparePage(w http.ResponseWriter, r *http.Request) {
	places, c, err := s.compare(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	s.render(w, "compare.html", map[string]any{"Title": strings.Join(places, " · "), "Places": strings.Join(places, " "),
		"From": r.URL.Query().Get("from"), "To": r.URL.Query().Get("to"), "Source": r.URL.Query().Get("source"), "C": c, "Asked": len(places) > 0})
}

func (s *Server) apiCompare(w http.ResponseWriter, r *http.Request) {
	places, c, err := s.compare(r)
	if err == nil && len(places) == 0 {
		err = bad("name places with place=…")
	}
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

type formulasView struct {
	Name, Key, By string
	Top           []corpus.FormulaUse
	Uses          []corpus.FormulaSighting
	Counts        []corpus.SpreadCount
	Provinces     []corpus.Adopter // the first use in each province
	Chart         template.HTML
}

func (s *Server) formulas(r *http.Request) (formulasView, error) {
	q := r.URL.Query()
	f, err := s.filter(q)
	if err != nil {
		return formulasView{}, err
	}
	v := formulasView{Name: strings.TrimSpace(q.Get("name")), By: q.Get("by")}
	if v.By == "" {
		v.By = "year"
	}
	if v.By != "year" && v.By != "quarter" && v.By != "month" {
		return v, bad("by must be year, quarter or month")
	}
	if v.Name == "" {
		f.Limit = 50
		v.Top, err = s.store.TopFormulas(r.Context(), f)
		return v, err
	}
	if len(v.Name) > 200 {
		return v, bad("a formula name is at most 200 bytes")
	}
	name := extract.QueryForms(s.conv, v.Name)[0]
	v.Key = extract.FormulaKey(name)
	if v.Uses, err = s.store.FormulaSpread(r.Context(), v.Key, name, f); err != nil {
		return v, err
	}
	if v.Counts, err = s.store.SpreadCounts(r.Context(), v.Key, name, v.By, "", f); err != nil {
		return v, err
	}
	if v.Provinces, err = s.store.Diffusion(r.Context(), v.Key, "province", nil); err != nil {
		return v, err
	}
	v.Chart = spreadChart(v.Name, v.By, v.Counts)
	return v, nil
}

func (s *Server) formulasPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.formulas(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	title := "Formulas"
	if v.Name != "" {
		title = v.Name
	}
	s.render(w, "formulas.html", map[string]any{"Title": title, "V": v})
}

func (s *Server) apiFormulas(w http.ResponseWriter, r *http.Request) {
	v, err := s.formulas(r)
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	if v.Name == "" {
		writeJSON(w, http.StatusOK, map[string]any{"formulas": nonNil(v.Top)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"name": v.Name, "key": v.Key, "uses": nonNil(v.Uses), "by": v.By,
		"counts": nonNil(v.Counts), "provinces": nonNil(v.Provinces)})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
