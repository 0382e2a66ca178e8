package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// serve runs one request through the server's handler (no listener, so no
// header size limit) and gives up after d.
func serve(t *testing.T, req *http.Request, d time.Duration) *httptest.ResponseRecorder {
	t.Helper()
	srv, _ := testServer(t)
	rec := httptest.NewRecorder()
	done := make(chan struct{})
	go func() {
		srv.Config.Handler.ServeHTTP(rec, req)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s %.60s: no answer in %v", req.Method, req.URL.String(), d)
	}
	return rec
}

// An oversized query is refused at once with a 400 that says why, instead of
// a 503 after 30 s while SQLite's query parser goes on for minutes.
func TestOversizedQueryGets400(t *testing.T) {
	for _, q := range []string{strings.Repeat("攻坚行动", 75000), strings.Repeat("攻坚 ", 40)} {
		for _, path := range []string{"/api/search?q=", "/?q="} {
			req := httptest.NewRequest("GET", path+url.QueryEscape(q), nil)
			req.Host = "127.0.0.1:8080"
			rec := serve(t, req, 10*time.Second)
			if rec.Code != 400 || !strings.Contains(rec.Body.String(), "at most") {
				t.Errorf("%s%.20s…: %d %.300s", path, q, rec.Code, rec.Body.String())
			}
		}
	}
}

// Only requests for this machine's names are answered: a page on another
// site whose name was rebound to 127.0.0.1 (DNS rebinding) cannot read the
// store through the visitor's browser.
func TestForeignHostRefused(t *testing.T) {
	for _, c := range []struct {
		host string
		code int
	}{
		{"127.0.0.1:8080", 200}, {"localhost:8080", 200}, {"LOCALHOST", 200}, {"[::1]:8080", 200}, {"10.1.2.3:80", 200},
		{"tifa.localhost:8080", 200},
		{"evil.example:8080", 403}, {"localhost.evil.example", 403}, {"127.0.0.1.nip.io:8080", 403}, {"", 403},
	} {
		req := httptest.NewRequest("GET", "/api/search?q="+url.QueryEscape("攻坚"), nil)
		req.Host = c.host
		if rec := serve(t, req, 30*time.Second); rec.Code != c.code {
			t.Errorf("Host %q: %d, want %d", c.host, rec.Code, c.code)
		}
	}
}

// Static files: a malformed path is a 404 (it was a 500), and the folder is
// not listed.
func TestStaticPaths(t *testing.T) {
	for _, c := range []struct {
		path string
		code int
	}{
		{"/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", 404}, {"/static/%c0%ae%c0%ae/style.css", 404},
		{"/static/", 404}, {"/static", 404}, {"/static/..%2f..%2fgo.mod", 404}, {"/static/nothing.css", 404},
	} {
		code, body := get(t, c.path)
		if code != c.code && !(code >= 400 && code < 500 && c.code == 404) {
			t.Errorf("%s: %d, want %d", c.path, code, c.code)
		}
		if strings.Contains(body, "<a href=") {
			t.Errorf("%s: lists a folder: %.200s", c.path, body)
		}
	}
}
