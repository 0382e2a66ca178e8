package corpus

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// Page is what tifa takes out of an HTML page.
type Page struct {
	Title     string
	Text      string // the article's main text, one paragraph a line
	Published string
	Outlet    string
	Reporters []string
	URL       string
}

// ParsePage decodes an HTML page and takes out its title and text (first
// version: the visible text of the body; the page work refines it).
func ParsePage(raw []byte) (Page, error) {
	var p Page
	text, err := DecodeText(raw, "")
	if err != nil {
		return p, err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return p, fmt.Errorf("parse HTML: %w", err)
	}
	doc.Find("script, style, noscript").Remove()
	p.Title = strings.TrimSpace(doc.Find("title").First().Text())
	var b bytes.Buffer
	for _, n := range doc.Find("body").Nodes {
		visibleText(&b, n)
	}
	p.Text = b.String()
	return p, nil
}

func visibleText(b *bytes.Buffer, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "head":
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visibleText(b, c)
	}
	if n.Type == html.ElementNode {
		switch n.Data {
		case "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article":
			b.WriteByte('\n')
		}
	}
}
