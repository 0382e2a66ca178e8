package web

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var hrefRE = regexp.MustCompile(`href="([^"]+)"`)

// Every link the pages give resolves: a crawler starts at the pages a user
// starts from, follows every link within the site (a few hundred pages at
// most) and expects no error status.
func TestEveryLinkResolves(t *testing.T) {
	srv, _ := testServer(t)
	start := []string{"/", "/?q=" + url.QueryEscape("攻坚行动"), "/?q=" + url.QueryEscape("攻坚") + "&sort=date",
		"/compare?place=" + url.QueryEscape("临沂 济宁"), "/formulas", "/formulas?name=" + url.QueryEscape("三个一批"),
		"/diffusion?name=" + url.QueryEscape("三个一批"), "/diffusion?name=" + url.QueryEscape("十大攻坚行动") + "&level=city"}
	seen := map[string]bool{}
	queue := append([]string(nil), start...)
	for len(queue) > 0 && len(seen) < 400 {
		link := queue[0]
		queue = queue[1:]
		if seen[link] {
			continue
		}
		seen[link] = true
		resp, err := http.Get(srv.URL + link)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", link, resp.StatusCode)
			continue
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			continue
		}
		for _, m := range hrefRE.FindAllStringSubmatch(string(body), -1) {
			href := strings.ReplaceAll(m[1], "&amp;", "&")
			if !strings.HasPrefix(href, "/") || strings.HasPrefix(href, "//") {
				continue // another site, or an anchor in the page
			}
			if i := strings.IndexByte(href, '#'); i >= 0 {
				href = href[:i]
			}
			if !seen[href] {
				queue = append(queue, href)
			}
		}
	}
	if len(seen) < 30 {
		t.Errorf("the crawl reached only %d pages", len(seen))
	}
}
