package extract

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

// byRune maps runes (the first rune of words) to values, with a runeSet in
// front of the map: most runes of a text start no word.
type byRune[T any] struct {
	keys runeSet
	m    map[rune]T
}

func (b *byRune[T]) at(r rune) T {
	if !b.keys.has(r) {
		var none T
		return none
	}
	return b.m[r]
}

func (b *byRune[T]) set(r rune, v T) {
	if b.m == nil {
		b.m = map[rune]T{}
	}
	b.keys.add(r)
	b.m[r] = v
}

// each calls f for every rune and its value.
func (b *byRune[T]) each(f func(rune, T)) {
	for r, v := range b.m {
		f(r, v)
	}
}
