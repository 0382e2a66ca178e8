package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search index holds Chinese text as overlapping character bigrams
// (攻坚行动 → 攻坚 坚行 行动 动) and other text as lower-case words, made
// here and split on spaces by FTS5's ascii tokenizer. Bigrams need no
// dictionary, so `tifa search` starts without loading the segmenter, and
// unlike SQLite's trigram tokenizer they find one- and two-character words
// (脱贫, 断头). A query term becomes the phrase of its bigrams; each run of
// Chinese also ends in its last character alone, so a one-character query is
// the prefix query 攻*.

// eachToken calls fn with the index tokens of text in order: each run of Han
// characters gives its bigrams, then its last character alone; each run of
// letters and digits gives itself in lower case; anything else separates
// runs. key names a Han token by its runes (the second 0 for a lone
// character) and is 0 for a word. A token is a slice of text, except a word
// that lower-casing changed.
func eachToken(text string, fn func(token string, key uint64)) {
	prev, prevAt := rune(-1), 0 // the last Han character of the run so far
	wordAt := -1                // the start of a run of letters and digits
	for i, r := range text {
		if isHan(r) {
			if wordAt >= 0 {
				fn(strings.ToLower(text[wordAt:i]), 0)
				wordAt = -1
			}
			if prev >= 0 {
				fn(text[prevAt:i+utf8.RuneLen(r)], hanKey(prev, r))
			}
			prev, prevAt = r, i
			continue
		}
		if prev >= 0 {
			fn(text[prevAt:i], hanKey(prev, 0))
			prev = -1
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if wordAt < 0 {
				wordAt = i
			}
		case wordAt >= 0:
			fn(strings.ToLower(text[wordAt:i]), 0)
			wordAt = -1
		}
	}
	if prev >= 0 {
		fn(text[prevAt:], hanKey(prev, 0))
	}
	if wordAt >= 0 {
		fn(strings.ToLower(text[wordAt:]), 0)
	}
}

func hanKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(b) }

// indexTokens returns the index form of text: its tokens, in order.
func indexTokens(text string) string {
	var b strings.Builder
	b.Grow(len(text) * 2)
	eachToken(text, func(token string, _ uint64) {
		sep(&b)
		b.WriteString(token)
	})
	return b.String()
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
	// numeral: a numeral must stand right before the phrase (N大攻坚行动).
	numeral bool
}

// termPhrase turns one search term (already normalized) into the phrase of its
// tokens, as the index writes them (a Han run followed by more of the term
// ends in its lone last character there too), a prefix when the term ends in a
// lone Chinese character (unless prefix is false: a formula key is indexed on
// its own, so its last character is a token). Spaces between Chinese
// characters are dropped ("重点 工作" is 重点工作). ok is false when the term
// holds nothing searchable.
func termPhrase(term string, prefix bool) (p phrase, ok bool) {
	var keys []uint64
	eachToken(joinHanSpaces(term), func(token string, key uint64) {
		p.tokens = append(p.tokens, token)
		keys = append(keys, key)
	})
	n := len(p.tokens)
	if n == 0 {
		return phrase{}, false
	}
	lone := keys[n-1] != 0 && uint32(keys[n-1]) == 0 // a Han character alone
	if lone && n > 1 && uint32(keys[n-2]) != 0 {
		// The term ends in a run of two or more Han characters: in the
		// index, text may follow its last one, which then is in a bigram.
		p.tokens = p.tokens[:n-1]
		lone = false
	}
	p.prefix = prefix && lone
	return p, true
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
		if j == n && (!p.numeral || i > 0 && numeralBefore(tokens[i-1], p.tokens[0])) {
			return true
		}
	}
	return false
}

// numeralBefore says whether the token before a phrase ends in a numeral
// that stands right before the phrase's first character: the bigram 十大
// before 大攻 (十大攻坚行动), or a word of digits (10 before 大攻).
func numeralBefore(prev, first string) bool {
	r, size := utf8.DecodeRuneInString(prev)
	if size == len(prev) || !isHan(r) {
		return prev != "" && strings.Trim(prev, "0123456789") == ""
	}
	next, _ := utf8.DecodeRuneInString(prev[size:])
	f, _ := utf8.DecodeRuneInString(first)
	return next == f && strings.ContainsRune(cnNumerals, r)
}

// cnNumerals are the characters a formula's count is written with.
const cnNumerals = "一二三四五六七八九十百千万两双廿卅〇零几多"

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

// tokens returns the distinct tokens of text (the tokens of indexTokens).
func (s *tokenSet) tokens(text string) string {
	s.pairs.reset()
	if len(s.words) > 0 {
		clear(s.words)
	}
	s.b.Reset()
	s.b.Grow(len(text))
	eachToken(text, func(token string, key uint64) {
		if key != 0 {
			if !s.pairs.add(key) {
				return
			}
		} else if _, ok := s.words[token]; ok {
			return
		} else {
			s.words[token] = struct{}{}
		}
		sep(&s.b)
		s.b.WriteString(token)
	})
	return s.b.String()
}

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
