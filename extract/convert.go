package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/liuzl/gocc"
)

// NewT2S returns OpenCC's Traditional→Simplified converter: gocc's embedded
// dictionaries, applied by a table converter that gives gocc's output byte
// for byte (safe to share between goroutines).
func NewT2S() (Converter, error) {
	cc, err := gocc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("opencc t2s: %w", err)
	}
	return newTableConverter(cc)
}

// tableConverter applies OpenCC dictionaries the way gocc does, from plain
// Go maps. gocc asks its double-array tries for a fresh map of every prefix
// match at every rune, which made conversion (and the script test that runs
// it on every document) the largest source of garbage in the pipeline.
type tableConverter struct {
	chain []convGroup
	// tradOnly holds the runes that are Traditional only: a one-rune key
	// that OpenCC always replaces (發, 這, 後). A key that is also among its
	// own candidates (乾 → 干 or 乾, 於 → 于 or 於, 薹) is a character of
	// Simplified text too (乾县, 王於昌, 菜薹) and is not evidence.
	tradOnly runeSet
}

// convGroup is one step of the conversion chain: at each position the first
// dictionary with any match wins, with its longest match.
type convGroup struct {
	dicts []convDict
	// starts holds every rune that begins a key of any dictionary of the
	// group, and every loop byte below utf8.RuneSelf: text without one
	// passes through unchanged, with no copy.
	starts runeSet
}

// convDict maps the first rune of a key to its entries, longest key first.
type convDict struct {
	byFirst byRune[[]convEntry]
	// loop is a byte that leads from the root of gocc's trie back to the
	// root (cedar-go's root is its own parent; the byte is 0x01 in the
	// t2s tries), or -1. gocc's prefix match steps over any run of it
	// before a key, so "\x01慶" converts to "庆": we do the same.
	loop int
}

type convEntry struct{ from, to string }

func newTableConverter(cc *gocc.OpenCC) (*tableConverter, error) {
	t := &tableConverter{}
	for _, g := range cc.DictChains {
		group := convGroup{}
		for _, d := range g.Dicts {
			dict := convDict{loop: -1}
			for c := range 256 {
				if to, err := d.Trie.Jump([]byte{byte(c)}, 0); err == nil && to == 0 {
					dict.loop = c
					if c < utf8.RuneSelf {
						group.starts.add(rune(c))
					}
				}
			}
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				key, err := d.Trie.Key(id)
				if err != nil {
					return nil, fmt.Errorf("opencc dictionary key: %w", err)
				}
				v, err := d.Trie.Value(id)
				if err != nil {
					return nil, fmt.Errorf("opencc dictionary value: %w", err)
				}
				if len(key) == 0 || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
					continue // gocc fails on such an entry (no key, or no value to take)
				}
				first, size := utf8.DecodeRune(key)
				if size == len(key) && first != utf8.RuneError && d.Values[v][0] != string(key) && !slices.Contains(d.Values[v], string(key)) {
					t.tradOnly.add(first)
				}
				dict.byFirst.set(first, append(dict.byFirst.at(first), convEntry{from: string(key), to: d.Values[v][0]}))
				group.starts.add(first)
			}
			dict.byFirst.each(func(_ rune, entries []convEntry) {
				slices.SortFunc(entries, func(a, b convEntry) int { return len(b.from) - len(a.from) })
			})
			group.dicts = append(group.dicts, dict)
		}
		t.chain = append(t.chain, group)
	}
	return t, nil
}

// tradOnlyShare returns, for the first maxHan Han runes of s, how many
// there are and how many of them are Traditional only.
func (t *tableConverter) tradOnlyShare(s string, maxHan int) (tradOnly, han int) {
	for _, r := range s {
		if han >= maxHan {
			break
		}
		if !isHanRune(r) {
			continue
		}
		han++
		if t.tradOnly.has(r) {
			tradOnly++
		}
	}
	return tradOnly, han
}

// Convert gives what gocc's OpenCC.Convert gives for the same dictionaries,
// including its treatment of invalid UTF-8 (a bad byte becomes U+FFFD and
// the scan moves on by U+FFFD's width).
func (t *tableConverter) Convert(in string) (string, error) {
	for i := range t.chain {
		in = t.chain[i].convert(in)
	}
	return in, nil
}

func (g *convGroup) convert(in string) string {
	var b strings.Builder
	if g.holdsLoopByte(in) {
		// A match after loop bytes ends the scan's step short of the
		// key's end: only the rune by rune scan repeats where it resumes.
		b.Grow(len(in))
		g.convertRunes(&b, in, 0)
		return b.String()
	}
	// Without loop bytes, each step of the scan ends where a key or a
	// rune ends: the runes between keys are copied a run at a time.
	kept := 0 // in[kept:j] is still to be copied: runes no key changed
	for j := 0; j < len(in); {
		r, size := utf8.DecodeRuneInString(in[j:])
		if r == utf8.RuneError && size == 1 {
			// gocc's way with a bad byte shifts the scan: rune by rune
			// from here.
			if b.Cap() == 0 {
				b.Grow(len(in))
			}
			b.WriteString(in[kept:j])
			g.convertRunes(&b, in, j)
			return b.String()
		}
		if g.mayMatchAt(in, j, r) {
			if to, n := g.match(in[j:]); n > 0 {
				if b.Cap() == 0 {
					b.Grow(len(in))
				}
				b.WriteString(in[kept:j])
				b.WriteString(to)
				j += n
				kept = j
				continue
			}
		}
		j += size
	}
	if b.Cap() == 0 {
		return in // no key matched: no copy
	}
	b.WriteString(in[kept:])
	return b.String()
}

// convertRunes writes the conversion of in[from:] to b as gocc makes it,
// rune by rune: a bad byte becomes U+FFFD and the scan moves on by
// U+FFFD's width (skipping what the next bytes hold).
func (g *convGroup) convertRunes(b *strings.Builder, in string, from int) {
	next := from
	for j, r := range in[from:] {
		j += from
		if next > j {
			continue
		}
		if !g.mayMatchAt(in, j, r) {
			b.WriteRune(r)
			next += utf8.RuneLen(r)
			continue
		}
		if to, n := g.match(in[j:]); n > 0 {
			b.WriteString(to)
			next += n
			continue
		}
		b.WriteRune(r)
		next += utf8.RuneLen(r)
	}
}

// mayMatchAt says whether a key may start at in[j:], whose rune is r: when
// it says no, match finds nothing there, and the test is far cheaper.
func (g *convGroup) mayMatchAt(in string, j int, r rune) bool {
	return g.starts.has(r) || r >= utf8.RuneSelf && g.loopsAt(in[j]) || r == utf8.RuneError
}

// match returns the replacement of the longest key of the first dictionary
// that has a key starting s (after that dictionary's loop bytes), and that
// key's length.
func (g *convGroup) match(s string) (string, int) {
	for _, d := range g.dicts {
		t := s
		for d.loop >= 0 && t != "" && int(t[0]) == d.loop {
			t = t[1:]
		}
		first, size := utf8.DecodeRuneInString(t)
		for _, e := range d.byFirst.at(first) {
			// A key of one rune is that rune: no bytes to compare.
			if len(e.from) == size && first != utf8.RuneError || strings.HasPrefix(t, e.from) {
				return e.to, len(e.from)
			}
		}
	}
	return "", 0
}

// holdsLoopByte says whether s holds the loop byte of one of the dictionaries.
func (g *convGroup) holdsLoopByte(s string) bool {
	for _, d := range g.dicts {
		if d.loop >= 0 && strings.IndexByte(s, byte(d.loop)) >= 0 {
			return true
		}
	}
	return false
}

// loopsAt says whether byte c is the loop byte of one of the dictionaries.
func (g *convGroup) loopsAt(c byte) bool {
	for _, d := range g.dicts {
		if int(c) == d.loop {
			return true
		}
	}
	return false
}
