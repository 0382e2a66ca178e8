package corpus

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
)

// Query is a parsed search query: the FTS5 expression that finds the index
// rows that may match (never the user's text: no FTS5 syntax reaches SQLite
// from outside), the terms it looks for, for highlighting, and the query
// itself, which decides on each unit of those rows.
//
// The index keeps which rows hold a token, not where (detail=none: a fifth of
// the size, and half the writing time of positions), so Match cannot ask for
// a phrase: it asks for all the phrase's tokens, and leaves out what must not
// match, since a row holds many units and one unit's excluded word must not
// hide the others. Search then matches the query exactly on each unit.
type Query struct {
	Match string
	Terms []string
	root  *queryNode
	// excluded are the terms the whole query leaves out (-地方, NOT 地方 at
	// its top level): a document that holds one anywhere gives no hit, not
	// only the unit that holds it. root keeps them too, for units.
	excluded []*queryNode
}

// matches evaluates the query on one unit's index tokens.
func (q Query) matches(tokens []string) bool { return q.root != nil && q.root.matches(tokens) }

// excludes reports whether a document's index tokens hold a term the query
// leaves out.
func (q Query) excludes(docTokens []string) bool {
	for _, n := range q.excluded {
		if n.matches(docTokens) {
			return true
		}
	}
	return false
}

// A query is bounded: SQLite's FTS5 parser takes time superlinear in the
// expression (a 4,000-character term: 45 ms; 900 KB: minutes, and it cannot
// be interrupted), and no one searches with a page of text.
const (
	MaxQueryChars = 256 // characters (runes) of the query as typed
	MaxQueryTerms = 32  // words and quoted phrases, operators not counted
)

// QueryError is a malformed query; its message is for the user.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return "query: " + e.Msg }

// ParseQuery reads a search query: words and "quoted phrases" (all must
// match), OR between alternatives, NOT or a leading - before what must not
// match, and parentheses. variants maps each term to the forms it may take in
// the index (Simplified, Traditional as written); nil keeps terms as they are.
func ParseQuery(q string, variants func(string) []string) (Query, error) {
	if n := utf8.RuneCountInString(q); n > MaxQueryChars {
		return Query{}, &QueryError{fmt.Sprintf("the query has %d characters; at most %d are allowed", n, MaxQueryChars)}
	}
	toks, err := lexQuery(q)
	if err != nil {
		return Query{}, err
	}
	if len(toks) == 0 {
		return Query{}, &QueryError{"empty query"}
	}
	terms := 0
	for _, t := range toks {
		if t.phrase || !slices.Contains([]string{"AND", "OR", "NOT", "(", ")"}, t.text) {
			terms++
		}
	}
	if terms > MaxQueryTerms {
		return Query{}, &QueryError{fmt.Sprintf("the query has %d words or phrases; at most %d are allowed", terms, MaxQueryTerms)}
	}
	p := &queryParser{toks: toks, variants: variants}
	n, err := p.or()
	if err != nil {
		return Query{}, err
	}
	if p.pos < len(p.toks) {
		return Query{}, &QueryError{fmt.Sprintf("unexpected %q", p.toks[p.pos].text)}
	}
	if !n.positive() {
		return Query{}, &QueryError{"a query needs at least one term to find, not only terms to exclude"}
	}
	var excluded []*queryNode
	for _, c := range append([]*queryNode{n}, n.children...) {
		if c.op == "not" && (c == n || n.op == "and") {
			excluded = append(excluded, c.children[0])
		}
	}
	return Query{Match: n.loose().fts(), Terms: p.terms, root: n, excluded: excluded}, nil
}

type queryToken struct {
	text   string
	phrase bool // a quoted phrase: never an operator
}

func lexQuery(q string) ([]queryToken, error) {
	var toks []queryToken
	rs := []rune(q)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || r == '\u3000':
			i++
		case r == '(' || r == ')' || r == '（' || r == '）':
			toks = append(toks, queryToken{text: map[rune]string{'(': "(", ')': ")", '（': "(", '）': ")"}[r]})
			i++
		case r == '"' || r == '“' || r == '”' || r == '「':
			close := map[rune]rune{'"': '"', '“': '”', '”': '”', '「': '」'}[r]
			j := i + 1
			for j < len(rs) && rs[j] != close && !(close == '”' && rs[j] == '"') {
				j++
			}
			if j >= len(rs) {
				return nil, &QueryError{"a quote is not closed"}
			}
			toks = append(toks, queryToken{text: string(rs[i+1 : j]), phrase: true})
			i = j + 1
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !strings.ContainsRune("()（）\"“”「\u3000", rs[j]) {
				j++
			}
			toks = append(toks, queryToken{text: string(rs[i:j])})
			i = j
		}
	}
	return toks, nil
}

type queryNode struct {
	op       string   // "term", "and", "or", "not"
	phrases  []phrase // for terms: any of them
	children []*queryNode
}

// loose returns the node without its negations (an AND drops its NOT
// children; an AND of NOTs alone cannot be parsed).
func (n *queryNode) loose() *queryNode {
	if n.op == "term" {
		return n
	}
	out := &queryNode{op: n.op}
	for _, c := range n.children {
		if n.op == "and" && c.op == "not" {
			continue
		}
		out.children = append(out.children, c.loose())
	}
	if len(out.children) == 1 && n.op != "not" {
		return out.children[0]
	}
	return out
}

// matches evaluates the node on a text's index tokens.
func (n *queryNode) matches(tokens []string) bool {
	switch n.op {
	case "term":
		for _, p := range n.phrases {
			if p.in(tokens) {
				return true
			}
		}
		return false
	case "not":
		return !n.children[0].matches(tokens)
	case "or":
		for _, c := range n.children {
			if c.matches(tokens) {
				return true
			}
		}
		return false
	}
	for _, c := range n.children {
		if !c.matches(tokens) {
			return false
		}
	}
	return true
}

func (n *queryNode) positive() bool {
	switch n.op {
	case "term":
		return true
	case "not":
		return false
	case "or":
		for _, c := range n.children {
			if !c.positive() {
				return false
			}
		}
		return true
	}
	for _, c := range n.children {
		if c.positive() {
			return true
		}
	}
	return false
}

// fts renders a node without negations (see loose).
func (n *queryNode) fts() string {
	switch n.op {
	case "term":
		parts := make([]string, len(n.phrases))
		for i, p := range n.phrases {
			parts[i] = p.fts()
		}
		if len(parts) == 1 {
			return parts[0]
		}
		return "(" + strings.Join(parts, ") OR (") + ")"
	case "or":
		parts := make([]string, len(n.children))
		for i, c := range n.children {
			parts[i] = "(" + c.fts() + ")"
		}
		return strings.Join(parts, " OR ")
	}
	parts := make([]string, len(n.children))
	for i, c := range n.children {
		parts[i] = "(" + c.fts() + ")"
	}
	return strings.Join(parts, " AND ")
}

type queryParser struct {
	toks     []queryToken
	pos      int
	variants func(string) []string
	terms    []string
}

func (p *queryParser) peek() (queryToken, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return queryToken{}, false
}

func (p *queryParser) isOp(t queryToken, op string) bool { return !t.phrase && t.text == op }

func (p *queryParser) or() (*queryNode, error) {
	first, err := p.and()
	if err != nil {
		return nil, err
	}
	n := &queryNode{op: "or", children: []*queryNode{first}}
	for {
		t, ok := p.peek()
		if !ok || !p.isOp(t, "OR") {
			break
		}
		p.pos++
		next, err := p.and()
		if err != nil {
			return nil, err
		}
		n.children = append(n.children, next)
	}
	if len(n.children) == 1 {
		return first, nil
	}
	for _, c := range n.children {
		if !c.positive() {
			return nil, &QueryError{"each side of OR needs a term to find"}
		}
	}
	return n, nil
}

func (p *queryParser) and() (*queryNode, error) {
	n := &queryNode{op: "and"}
	for {
		t, ok := p.peek()
		if !ok || p.isOp(t, "OR") || p.isOp(t, ")") {
			break
		}
		if p.isOp(t, "AND") {
			p.pos++
			continue
		}
		c, err := p.unary()
		if err != nil {
			return nil, err
		}
		if c != nil {
			n.children = append(n.children, c)
		}
	}
	if len(n.children) == 0 {
		if t, ok := p.peek(); ok {
			return nil, &QueryError{fmt.Sprintf("nothing to search before %q", t.text)}
		}
		return nil, &QueryError{"the query ends with an operator"}
	}
	if len(n.children) == 1 {
		return n.children[0], nil
	}
	return n, nil
}

func (p *queryParser) unary() (*queryNode, error) {
	t, _ := p.peek()
	if p.isOp(t, "NOT") {
		p.pos++
		if _, ok := p.peek(); !ok {
			return nil, &QueryError{"NOT needs a term after it"}
		}
		c, err := p.unary()
		if err != nil {
			return nil, err
		}
		if c == nil {
			return nil, &QueryError{"NOT needs a term after it"}
		}
		return &queryNode{op: "not", children: []*queryNode{c}}, nil
	}
	if !t.phrase && strings.HasPrefix(t.text, "-") && utf8.RuneCountInString(t.text) > 1 {
		p.toks[p.pos].text = t.text[1:]
		c, err := p.primary()
		if err != nil || c == nil {
			return c, err
		}
		return &queryNode{op: "not", children: []*queryNode{c}}, nil
	}
	return p.primary()
}

func (p *queryParser) primary() (*queryNode, error) {
	t, _ := p.peek()
	if p.isOp(t, "(") {
		p.pos++
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if t, ok := p.peek(); !ok || !p.isOp(t, ")") {
			return nil, &QueryError{"a parenthesis is not closed"}
		}
		p.pos++
		return n, nil
	}
	if p.isOp(t, ")") {
		return nil, &QueryError{"a closing parenthesis has no opening one"}
	}
	p.pos++
	return p.term(t.text)
}

// term makes the match of one word or phrase: any of its variants, and for a
// formula its normalized key (十大攻坚行动 finds 10大攻坚行动). A term that
// starts with N or * before a Chinese character is a formula of any count
// (N大攻坚行动, *个一批: 十大攻坚行动, 10大攻坚行动, 三个一批 …). A term of
// punctuation alone is dropped (nil).
func (p *queryParser) term(text string) (*queryNode, error) {
	if rest, ok := numeralWildcard(text); ok {
		return p.wildTerm(rest), nil
	}
	forms := []string{text}
	if p.variants != nil {
		forms = p.variants(text)
	}
	var phrases []phrase
	for _, f := range forms {
		for i, form := range []string{f, extract.FormulaKey(f)} {
			if i > 0 && form == f {
				break
			}
			ph, ok := termPhrase(form, i == 0)
			if !ok || slices.ContainsFunc(phrases, func(q phrase) bool { return q.fts() == ph.fts() }) {
				continue
			}
			phrases = append(phrases, ph)
			p.terms = append(p.terms, form)
		}
	}
	if len(phrases) == 0 {
		return nil, nil
	}
	return &queryNode{op: "term", phrases: phrases}, nil
}

// numeralWildcard says whether a term is N or * before a Chinese character,
// and returns what follows the wildcard.
func numeralWildcard(text string) (string, bool) {
	for _, w := range []string{"N", "*", "＊", "Ｎ"} {
		if rest, ok := strings.CutPrefix(text, w); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest, rest != "" && isHan(r)
		}
	}
	return "", false
}

// wildTerm matches rest after a numeral of any form.
func (p *queryParser) wildTerm(rest string) *queryNode {
	forms := []string{rest}
	if p.variants != nil {
		forms = p.variants(rest)
	}
	var phrases []phrase
	for _, f := range forms {
		ph, ok := termPhrase(f, false)
		if !ok || slices.ContainsFunc(phrases, func(q phrase) bool { return q.fts() == ph.fts() }) {
			continue
		}
		ph.numeral = true
		phrases = append(phrases, ph)
		p.terms = append(p.terms, f)
	}
	if len(phrases) == 0 {
		return nil
	}
	return &queryNode{op: "term", phrases: phrases}
}
