package extract

import (
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// runeSet is a set of runes for the scans that ask, at every character of a
// text, whether a word may start (or end) there: a bitmap answers for the
// Basic Multilingual Plane, where almost all Chinese text lies, several
// times faster than a map.
type runeSet struct {
	bmp  []uint64 // bit r%64 of bmp[r/64], for r < 0x10000
	rest map[rune]bool
}

func (s *runeSet) add(r rune) {
	if uint32(r) < 0x10000 {
		i := int(r) >> 6
		if i >= len(s.bmp) {
			s.bmp = append(s.bmp, make([]uint64, i+1-len(s.bmp))...)
		}
		s.bmp[i] |= 1 << (uint(r) & 63)
		return
	}
	if s.rest == nil {
		s.rest = map[rune]bool{}
	}
	s.rest[r] = true
}

func (s *runeSet) has(r rune) bool {
	if uint32(r) < 0x10000 {
		i := int(r) >> 6
		return i < len(s.bmp) && s.bmp[i]&(1<<(uint(r)&63)) != 0
	}
	return s.rest[r]
}

// union returns the set of the runes of all the sets: one test where a
// scan would ask each of them.
func union(sets ...*runeSet) runeSet {
	var u runeSet
	for _, s := range sets {
		if len(s.bmp) > len(u.bmp) {
			u.bmp = append(u.bmp, make([]uint64, len(s.bmp)-len(u.bmp))...)
		}
		for i, w := range s.bmp {
			u.bmp[i] |= w
		}
		for r := range s.rest {
			u.add(r)
		}
	}
	return u
}

// byRune maps runes (the first rune of words) to values, with a runeSet in
// front: most runes of a text start no word. The values of keys in the Basic
// Multilingual Plane are found by rank in the set's bitmap (the keys below
// them), which is several times cheaper than a map lookup at the runes that
// do start a word.
type byRune[T any] struct {
	keys runeSet
	// rank[i] counts the keys below rune 64*i: key r's value is
	// vals[rank[r/64] + the keys below r in word r/64 of keys.bmp].
	rank []int32
	vals []T        // values of the BMP keys, in rune order
	rest map[rune]T // values of the keys beyond the BMP
}

func (b *byRune[T]) at(r rune) T {
	if uint32(r) < 0x10000 {
		i := int(r) >> 6
		if i < len(b.keys.bmp) {
			word, bit := b.keys.bmp[i], uint64(1)<<(uint(r)&63)
			if word&bit != 0 {
				return b.vals[int(b.rank[i])+bits.OnesCount64(word&(bit-1))]
			}
		}
		var none T
		return none
	}
	return b.rest[r]
}

func (b *byRune[T]) set(r rune, v T) {
	if uint32(r) >= 0x10000 {
		if b.rest == nil {
			b.rest = map[rune]T{}
		}
		b.keys.add(r)
		b.rest[r] = v
		return
	}
	i, bit := int(r)>>6, uint64(1)<<(uint(r)&63)
	if i < len(b.keys.bmp) && b.keys.bmp[i]&bit != 0 {
		b.vals[int(b.rank[i])+bits.OnesCount64(b.keys.bmp[i]&(bit-1))] = v
		return
	}
	b.keys.add(r)
	// Words the bitmap grew by lie above every key so far.
	if grown := len(b.keys.bmp) - len(b.rank); grown > 0 {
		b.rank = slices.Grow(b.rank, grown)
		for range grown {
			b.rank = append(b.rank, int32(len(b.vals)))
		}
	}
	b.vals = slices.Insert(b.vals, int(b.rank[i])+bits.OnesCount64(b.keys.bmp[i]&(bit-1)), v)
	for j := i + 1; j < len(b.rank); j++ {
		b.rank[j]++
	}
}

// each calls f for every rune and its value, in rune order.
func (b *byRune[T]) each(f func(rune, T)) {
	k := 0
	for i, word := range b.keys.bmp {
		for ; word != 0; word &= word - 1 {
			f(rune(i<<6+bits.TrailingZeros64(word)), b.vals[k])
			k++
		}
	}
	for _, r := range slices.Sorted(maps.Keys(b.rest)) {
		f(r, b.rest[r])
	}
}

// wordIndex finds many words in a text in one pass, trying at each character
// only the words that start with it (instead of one strings.Index over the
// whole text per word).
type wordIndex struct {
	words []string
	at    byRune[[]int] // first rune → indexes into words
	// overlap marks, for scanRunes, the words whose occurrences may overlap
	// each other (nil: none may).
	overlap []bool
}

func newWordIndex(words []string) wordIndex {
	x := wordIndex{words: words}
	for k, w := range words {
		if w != "" { // strings.Index would find "" everywhere; no rule means that
			r, _ := utf8.DecodeRuneInString(w)
			x.at.set(r, append(x.at.at(r), k))
		}
	}
	return x
}

// joinWordIndexes returns one index of the words of a, then those of b
// (word k of b is word len(a.words)+k), each with the overlap it has in its
// own index: a scan with it finds what scans with a and with b find.
func joinWordIndexes(a, b *wordIndex) wordIndex {
	words := append(slices.Clip(a.words), b.words...)
	x := newWordIndex(words)
	if a.overlap != nil || b.overlap != nil {
		x.overlap = make([]bool, len(words))
		copy(x.overlap, a.overlap)
		copy(x.overlap[len(a.words):], b.overlap)
	}
	return x
}

// scan calls found(k, start) for the occurrences of words[k] in text, in
// order of start. Unless overlapping, an occurrence that overlaps the
// previous one of the same word is skipped, as repeated strings.Index (and
// strings.Count) skip it.
func (x *wordIndex) scan(text string, overlapping bool, found func(k, start int)) {
	var lastEnd []int
	if !overlapping {
		lastEnd = make([]int, len(x.words))
	}
	for i, r := range text {
		for _, k := range x.at.at(r) {
			w := x.words[k]
			if !overlapping && i < lastEnd[k] || !strings.HasPrefix(text[i:], w) {
				continue
			}
			if !overlapping {
				lastEnd[k] = i + len(w)
			}
			found(k, i)
		}
	}
}

// scanRunes is scan over a decoded text, with the overlap of each word as
// x.overlap says; found gets rune indexes into t. Several scans of one
// document share its decoding instead of each decoding every rune again.
func (x *wordIndex) scanRunes(t *runeText, found func(k, i int)) {
	lastEnd := make([]int, len(x.words)) // bytes
	for i, r := range t.r {
		ks := x.at.at(r)
		if len(ks) == 0 {
			continue
		}
		b := int(t.byteOf[i])
		for _, k := range ks {
			w := x.words[k]
			if !strings.HasPrefix(t.s[b:], w) {
				continue
			}
			if x.overlap == nil || !x.overlap[k] {
				if b < lastEnd[k] {
					continue
				}
				lastEnd[k] = b + len(w)
			}
			found(k, i)
		}
	}
}

// runesAtMost says whether s holds at most n runes, as utf8.RuneCountInString
// counts them, reading no further than rune n+1: the extractors ask of
// every line, however long, whether it is short.
func runesAtMost(s string, n int) bool {
	switch {
	case len(s) <= n:
		return true
	case len(s) > utf8.UTFMax*n: // no rune is longer
		return false
	}
	for range s {
		if n == 0 {
			return false
		}
		n--
	}
	return true
}
