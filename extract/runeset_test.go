package extract

import (
	"testing"
	"unicode"
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

func TestIsHanRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHanRune(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHanRune(%U) = %v, unicode.Han says %v", r, isHanRune(r), !isHanRune(r))
		}
	}
}
