package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRuneSet(t *testing.T) {
	var s runeSet
	for _, r := range []rune{'市', 'a', '𠀀', 0xFFFF} {
		s.add(r)
	}
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'市', true}, {'a', true}, {'𠀀', true}, {0xFFFF, true},
		{'县', false}, {'b', false}, {'𠀁', false}, {-1, false}, {0x10FFFF + 1, false}, {0x7FFFFFFF, false},
	} {
		if got := s.has(c.r); got != c.want {
			t.Errorf("has(%U) = %v, want %v", c.r, got, c.want)
		}
	}
	var b byRune[[]int]
	b.set('市', append(b.at('市'), 1))
	b.set('市', append(b.at('市'), 2))
	if got := b.at('市'); len(got) != 2 || got[1] != 2 {
		t.Errorf("at(市) = %v, want [1 2]", got)
	}
	if got := b.at('县'); got != nil {
		t.Errorf("at(县) = %v, want nil", got)
	}
}

// TestByRuneMatchesMap sets runes in an order that makes the ranks shift
// (keys below, between and above earlier ones, in the same and other words of
// the bitmap, values overwritten, runes beyond the BMP) and checks every
// lookup and the order of each against a map.
func TestByRuneMatchesMap(t *testing.T) {
	var b byRune[int]
	want := map[rune]int{}
	keys := []rune{'市', 'a', '𠀀', 0xFFFF, '县', 'b', '市', 0, '区', 'A', '𠀁', '省', 'c', 'a', 0x4E00, 0x9FFF, '县'}
	for k, r := range keys {
		b.set(r, k)
		want[r] = k
		for r, v := range want {
			if got := b.at(r); got != v {
				t.Fatalf("after %d sets: at(%U) = %d, want %d", k+1, r, got, v)
			}
		}
	}
	for _, r := range []rune{'镇', 'd', '𠀂', -1, 0x10FFFF + 1, 1} {
		if got := b.at(r); got != 0 {
			t.Errorf("at(%U) = %d, want none", r, got)
		}
	}
	var order []rune
	b.each(func(r rune, v int) {
		order = append(order, r)
		if v != want[r] {
			t.Errorf("each: %U → %d, want %d", r, v, want[r])
		}
	})
	if len(order) != len(want) || !slices.IsSorted(order) {
		t.Errorf("each visits %U, want the %d keys in rune order", order, len(want))
	}
}

func TestUnion(t *testing.T) {
	var a, b, empty runeSet
	for _, r := range []rune{'市', 'a', '𠀀'} {
		a.add(r)
	}
	for _, r := range []rune{'县', 'a', 0xFFFF, '𠀁'} {
		b.add(r)
	}
	u := union(&a, &empty, &b)
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if want := a.has(r) || b.has(r); u.has(r) != want {
			t.Fatalf("union has(%U) = %v, want %v", r, !want, want)
		}
	}
}

func TestIsSpaceLike(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if want := unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'; isSpaceLike(r) != want {
			t.Fatalf("isSpaceLike(%U) = %v, want %v", r, !want, want)
		}
	}
}

func TestIsHanRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHanRune(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHanRune(%U) = %v, unicode.Han says %v", r, isHanRune(r), !isHanRune(r))
		}
	}
}

// TestWordIndexMatchesStringsIndex checks the one-pass search against
// repeated strings.Index (and strings.Count), which it replaces.
func TestWordIndexMatchesStringsIndex(t *testing.T) {
	words := []string{"十四五", "千家万户", "万户", "亿元", "元", "aa", ""}
	x := newWordIndex(words)
	for _, text := range []string{
		"", "“十四五”规划让千家万户受益，投资5亿元。", "aaaa", "十四五十四五", "千家万户万户", "元元元",
	} {
		got := make([][]int, len(words))
		x.scan(text, false, func(k, start int) { got[k] = append(got[k], start) })
		for k, w := range words {
			var want []int
			for off := 0; w != "" && off < len(text); {
				i := strings.Index(text[off:], w)
				if i < 0 {
					break
				}
				want = append(want, off+i)
				off += i + len(w)
			}
			if !slices.Equal(got[k], want) {
				t.Errorf("%q in %q: found at %v, strings.Index at %v", w, text, got[k], want)
			}
			if w != "" && len(got[k]) != strings.Count(text, w) {
				t.Errorf("%q in %q: %d found, strings.Count says %d", w, text, len(got[k]), strings.Count(text, w))
			}
		}
		all := 0
		x.scan(text, true, func(k, start int) { all++ })
		want := 0
		for _, w := range words {
			for i := range text {
				if w != "" && strings.HasPrefix(text[i:], w) {
					want++
				}
			}
		}
		if all != want {
			t.Errorf("%q: %d overlapping occurrences, want %d", text, all, want)
		}
	}
}

// TestScanRunesMatchesScan checks the scan over a decoded text against the
// scan over its string, with no word overlapping, with all, and with some.
func TestScanRunesMatchesScan(t *testing.T) {
	words := []string{"十四五", "千家万户", "万户", "亿元", "元", "aa", "", "\ufffd"}
	type hit struct{ k, start int }
	for _, text := range []string{
		"", "“十四五”规划让千家万户受益，投资5亿元。", "aaaa", "十四五十四五", "千家万户万户", "元元元", "元\xff元\xe5\x85aa", "\ufffd\xff",
	} {
		rt := newRuneText(text)
		for _, overlap := range [][]bool{nil, {true, true, true, true, true, true, true, true}, {false, false, true, false, true, false, true, false}} {
			x := newWordIndex(words)
			x.overlap = overlap
			var got []hit
			x.scanRunes(rt, func(k, i int) { got = append(got, hit{k, int(rt.byteOf[i])}) })
			// scan with one choice for all words, the hits of the words
			// with that choice kept
			var want []hit
			all := newWordIndex(words)
			all.scan(text, false, func(k, start int) {
				if overlap == nil || !overlap[k] {
					want = append(want, hit{k, start})
				}
			})
			all.scan(text, true, func(k, start int) {
				if overlap != nil && overlap[k] {
					want = append(want, hit{k, start})
				}
			})
			cmp := func(a, b hit) int {
				if a.start != b.start {
					return a.start - b.start
				}
				return a.k - b.k
			}
			slices.SortStableFunc(want, cmp)
			if !slices.Equal(got, want) {
				t.Errorf("%q, overlap %v: scanRunes %v, scan %v", text, overlap, got, want)
			}
		}
	}
}

func TestWordSet(t *testing.T) {
	w := newWordSet([]string{"书记", "副书记", "市委书记", "市长", "副市长"})
	for _, c := range []struct {
		text      string
		at, start int
		want      int
	}{
		{"市委书记孙爱军", 0, 0, len("市委书记")},
		{"市长孟庆斌", 0, 0, len("市长")},
		{"市委常委", 0, 0, 0},
		{"副市长", 0, 0, len("副市长")},
		{"副", 0, 0, 0},
		{"", 0, 0, 0},
	} {
		if got := w.startingAt(c.text, c.start); got != c.want {
			t.Errorf("startingAt(%q, %d) = %d, want %d", c.text, c.start, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		end  int
		want int
	}{
		{"孙爱军市委书记", len("孙爱军市委书记"), len("市委书记")},
		{"省委副书记", len("省委副书记"), len("副书记")},
		{"秘书", len("秘书"), 0},
	} {
		if got := w.endingAt(c.text, c.end); got != c.want {
			t.Errorf("endingAt(%q, %d) = %d, want %d", c.text, c.end, got, c.want)
		}
	}
	if !w.has("书记") || w.has("书") || w.has("市委") {
		t.Error("has: prefixes and suffixes of words are not words")
	}
}

func TestRunesAtMost(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "十大攻坚", "十大攻坚行动", "a十b大\xffc", "\xff\xfe\xfd", "𠀀𠀁x", "2026年重点工作"} {
		count := utf8.RuneCountInString(s)
		for n := 0; n <= count+2; n++ {
			if got, want := runesAtMost(s, n), count <= n; got != want {
				t.Errorf("runesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
