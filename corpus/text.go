package corpus

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Plain-text inputs are often Markdown exports of news archives: YAML front
// matter holding the title, date and address, "### headline" lines, and
// paragraphs still wrapped in <p>…<br></p>. parseText reads those into an
// Input's fields and plain paragraphs.
type textDoc struct {
	Title, Published, URL, Outlet string
	Text                          string
}

func parseText(s string) textDoc {
	var d textDoc
	s = strings.TrimPrefix(s, "\ufeff")
	if meta, body, ok := splitFrontMatter(s); ok {
		d.Title, d.Published, d.URL, d.Outlet = meta["title"], firstOf(meta, "date", "published", "pubdate"), meta["url"], firstOf(meta, "source", "outlet")
		s = body
	}
	if hasMarkup(s) {
		s = stripTags(s)
	}
	var b strings.Builder
	for line := range strings.Lines(s) {
		t := strings.TrimSpace(line)
		if isEmbed(t) {
			continue
		}
		if h := strings.TrimLeft(t, "#"); len(h) < len(t) && (h == "" || h[0] == ' ') {
			t = strings.TrimSpace(h)
			if d.Title == "" && t != "" {
				d.Title = t
			}
		}
		b.WriteString(t)
		b.WriteByte('\n')
	}
	d.Text = b.String()
	return d
}

// isEmbed says whether a line is a site generator's embed ({{< video … >}})
// or a Markdown image: page furniture with no text of its own.
func isEmbed(line string) bool {
	return (strings.HasPrefix(line, "{{<") || strings.HasPrefix(line, "{{%")) && strings.HasSuffix(line, "}}") ||
		strings.HasPrefix(line, "![") && strings.HasSuffix(line, ")")
}

// splitFrontMatter reads "---\nkey: value\n…\n---\n" at the start of s.
func splitFrontMatter(s string) (map[string]string, string, bool) {
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return nil, s, false
	}
	rest := s[strings.IndexByte(s, '\n')+1:]
	end := strings.Index(rest, "\n---")
	if end < 0 || end > 64<<10 {
		return nil, s, false
	}
	meta := map[string]string{}
	for _, line := range strings.Split(rest[:end], "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "-") {
			continue
		}
		v = strings.TrimSpace(v)
		if u, err := strconv.Unquote(v); err == nil {
			v = u
		} else {
			v = strings.Trim(v, `"'`)
		}
		meta[strings.ToLower(strings.TrimSpace(k))] = v
	}
	body := rest[end+4:]
	if i := strings.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = ""
	}
	return meta, body, true
}

func firstOf(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

var markupTag = regexp.MustCompile(`(?i)</?(p|br|div|span|strong|b|i|em|a|img|section|table|tr|td|li|ul|ol|h[1-6])\b[^>]*>`)

// hasMarkup says whether plain text carries HTML tags worth removing.
func hasMarkup(s string) bool {
	return len(markupTag.FindAllStringIndex(s[:min(len(s), 64<<10)], 3)) >= 2
}

// stripTags keeps the text of s and turns block tags into line breaks.
func stripTags(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "table":
				b.WriteByte('\n')
			}
		}
	}
}
