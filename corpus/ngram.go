package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search index holds Chinese text as overlapping character bigrams
// (攻坚行动 → 攻坚 坚行 行动 动) and other text as lower-case words, in an
// FTS5 unicode61 column. Bigrams need no dictionary, so `tifa search` starts
// without loading the segmenter, and unlike SQLite's trigram tokenizer they
// find one- and two-character words (脱贫, 断头). A query term becomes the
// phrase of its bigrams; each run of Chinese also ends in its last character
// alone, so a one-character query is the prefix query 攻*.

// indexTokens returns the index form of text.
func indexTokens(text string) string {
	var b strings.Builder
	b.Grow(len(text) * 2)
	for _, run := range splitRuns(text) {
		writeRunTokens(&b, run.text, run.han, true)
	}
	return b.String()
}

type tokenRun struct {
	text string
	han  bool
}

// splitRuns cuts text into runs of Han characters and runs of letters and
// digits; everything else separates runs.
func splitRuns(text string) []tokenRun {
	var runs []tokenRun
	start, kind := -1, 0 // kind 1: Han, 2: word
	flush := func(end int) {
		if start >= 0 {
			runs = append(runs, tokenRun{text[start:end], kind == 1})
		}
		start, kind = -1, 0
	}
	for i, r := range text {
		k := 0
		switch {
		case isHan(r):
			k = 1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			k = 2
		}
		if k != kind {
			flush(i)
			if k != 0 {
				start, kind = i, k
			}
		}
	}
	flush(len(text))
	return runs
}

// writeRunTokens writes a run's tokens; in the index (withTail) a Han run
// ends with its last character alone.
func writeRunTokens(b *strings.Builder, run string, han, withTail bool) {
	if !han {
		sep(b)
		b.WriteString(strings.ToLower(run))
		return
	}
	prev := rune(-1)
	n := 0
	for _, r := range run {
		if prev >= 0 {
			sep(b)
			b.WriteRune(prev)
			b.WriteRune(r)
		}
		prev = r
		n++
	}
	if withTail || n == 1 {
		sep(b)
		b.WriteRune(prev)
	}
}

func sep(b *strings.Builder) {
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
}

// phrase is one search term as index tokens: they must occur in a row, and
// with prefix the last one may be the start of a longer token.
type phrase struct {
	tokens []string
	prefix bool
}

// termPhrase turns one search term (already normalized) into the phrase of its
// tokens, as the index writes them (a Han run followed by more of the term
// ends in its lone last character there too), a prefix when the term ends in a
// lone Chinese character (unless prefix is false: a formula key is indexed on
// its own, so its last character is a token). Spaces between Chinese
// characters are dropped ("重点 工作" is 重点工作). ok is false when the term
// holds nothing searchable.
func termPhrase(term string, prefix bool) (p phrase, ok bool) {
	runs := splitRuns(joinHanSpaces(term))
	if len(runs) == 0 {
		return phrase{}, false
	}
	var b strings.Builder
	for i, run := range runs {
		writeRunTokens(&b, run.text, run.han, i < len(runs)-1)
	}
	last := runs[len(runs)-1]
	return phrase{
		tokens: strings.Fields(b.String()),
		prefix: prefix && last.han && utf8.RuneCountInString(last.text) == 1,
	}, true
}

// fts writes the phrase as an FTS5 expression: all its tokens (the index
// does not keep their positions; see Query).
func (p phrase) fts() string {
	parts := make([]string, len(p.tokens))
	for i, t := range p.tokens {
		parts[i] = `"` + t + `"`
	}
	if p.prefix {
		parts[len(parts)-1] += "*"
	}
	return strings.Join(parts, " ")
}

// in reports whether the phrase occurs in a text's index tokens, as FTS5
// would find it.
func (p phrase) in(tokens []string) bool {
	n := len(p.tokens)
	for i := 0; i+n <= len(tokens); i++ {
		j := 0
		for ; j < n; j++ {
			want, got := p.tokens[j], tokens[i+j]
			if want != got && !(p.prefix && j == n-1 && strings.HasPrefix(got, want)) {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// joinHanSpaces removes white space that stands between two Han characters.
func joinHanSpaces(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if unicode.IsSpace(r) {
			j := i
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			if len(out) > 0 && j < len(rs) && unicode.Is(unicode.Han, out[len(out)-1]) && unicode.Is(unicode.Han, rs[j]) {
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// tokenSet writes the distinct index tokens of texts, each once, in the
// order they first occur: the index keeps no positions (see Query), so a
// token's repeats would only cost the writer (about 40% of all tokens).
// Its sets are scratch reused from text to text; one goroutine uses it.
type tokenSet struct {
	pairs runePairSet // Han bigrams, and a lone character as (r, 0)
	words map[string]struct{}
	b     strings.Builder
}

func newTokenSet() *tokenSet {
	return &tokenSet{words: map[string]struct{}{}}
}

// tokens returns the distinct tokens of text (the tokens of indexTokens),
// in one pass: a bigram or a lone character is a slice of text.
func (s *tokenSet) tokens(text string) string {
	s.pairs.reset()
	if len(s.words) > 0 {
		clear(s.words)
	}
	s.b.Reset()
	s.b.Grow(len(text))
	prev, prevAt := rune(-1), 0 // the last Han character of the run so far
	wordAt := -1                // the start of a run of letters and digits
	for i, r := range text {
		if isHan(r) {
			if wordAt >= 0 {
				s.addWord(text[wordAt:i])
				wordAt = -1
			}
			if prev >= 0 {
				s.addPair(prev, r, text[prevAt:i+utf8.RuneLen(r)])
			}
			prev, prevAt = r, i
			continue
		}
		if prev >= 0 { // the run's last character alone
			s.addPair(prev, 0, text[prevAt:i])
			prev = -1
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if wordAt < 0 {
				wordAt = i
			}
		case wordAt >= 0:
			s.addWord(text[wordAt:i])
			wordAt = -1
		}
	}
	if prev >= 0 {
		s.addPair(prev, 0, text[prevAt:])
	}
	if wordAt >= 0 {
		s.addWord(text[wordAt:])
	}
	return s.b.String()
}

func (s *tokenSet) addPair(a, b rune, token string) {
	if s.pairs.add(uint64(a)<<32 | uint64(b)) {
		sep(&s.b)
		s.b.WriteString(token)
	}
}

func (s *tokenSet) addWord(run string) {
	w := strings.ToLower(run)
	if _, ok := s.words[w]; !ok {
		s.words[w] = struct{}{}
		sep(&s.b)
		s.b.WriteString(w)
	}
}

// isHan is unicode.Is(unicode.Han, r), from a bitmap for the Basic
// Multilingual Plane: the index tests every character of every document.
func isHan(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return hanBMP[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.Is(unicode.Han, r)
}

// hanBMP has a bit set for each Han character below U+10000 (built once).
var hanBMP = func() (t [1 << 16 / 64]uint64) {
	for r := rune(0); r < 1<<16; r++ {
		if unicode.Is(unicode.Han, r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

// runePairSet is a set of uint64 that empties in O(1): a slot is taken only
// if it was written in the current generation. A Go map would have to be
// cleared slot by slot for each of a document's rows.
type runePairSet struct {
	keys []uint64
	gen  []uint32
	cur  uint32
	n    int
}

func (s *runePairSet) reset() {
	s.cur++
	s.n = 0
	if s.cur == 0 { // the generations wrapped: old stamps could pass for new
		clear(s.gen)
		s.cur = 1
	}
}

// add inserts k and reports whether it was new.
func (s *runePairSet) add(k uint64) bool {
	if 2*(s.n+1) > len(s.keys) {
		s.grow()
	}
	mask := uint64(len(s.keys) - 1)
	for i := (k * 0x9E3779B97F4A7C15 >> 32) & mask; ; i = (i + 1) & mask {
		if s.gen[i] != s.cur {
			s.keys[i], s.gen[i] = k, s.cur
			s.n++
			return true
		}
		if s.keys[i] == k {
			return false
		}
	}
}

func (s *runePairSet) grow() {
	keys, gen, cur := s.keys, s.gen, s.cur
	size := max(2*len(keys), 1024)
	s.keys, s.gen, s.cur, s.n = make([]uint64, size), make([]uint32, size), 1, 0
	for i, k := range keys {
		if gen[i] == cur {
			s.add(k)
		}
	}
}
