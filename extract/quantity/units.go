package quantity

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unit kinds the scanner itself knows; a table may use others.
const (
	KindMoney   = "money"   // 元, 美元, 比索: the unit is the currency
	KindPercent = "percent" // %, ‰, 百分点
	KindSkip    = "skip"    // 年, 月, 号, 级: a number before them is no quantity
)

// RMB is the unit name of the renminbi, the only currency that has 角 and 分.
const RMB = "元"

// Unit is one unit or classifier that may follow a number.
type Unit struct {
	Surface string // as written right after the number (港币)
	Name    string // as recorded (港元); a currency keeps its own name
	Kind    string // money, percent, count, measure, skip …
}

// Units is a table of units, matched longest surface first.
type Units struct {
	list    []Unit
	byFirst map[rune][]int // indexes into list by first rune, longest first
	empty   int            // the first unit with no surface (it matches anywhere), or -1
}

// NewUnits compiles a table of units; the error wraps ErrBadUnit.
func NewUnits(list []Unit) (*Units, error) {
	u := &Units{list: append([]Unit(nil), list...), byFirst: map[rune][]int{}, empty: -1}
	for _, x := range u.list {
		if x.Name == "" || x.Kind == "" {
			return nil, fmt.Errorf("unit %q: %w", x.Surface, ErrBadUnit)
		}
	}
	sort.SliceStable(u.list, func(i, j int) bool { return len(u.list[i].Surface) > len(u.list[j].Surface) })
	for k, x := range u.list {
		if x.Surface == "" {
			if u.empty < 0 {
				u.empty = k
			}
			continue
		}
		first, _ := utf8.DecodeRuneInString(x.Surface)
		u.byFirst[first] = append(u.byFirst[first], k)
	}
	return u, nil
}

// At returns the longest unit written at byte i of s.
func (u *Units) At(s string, i int) (Unit, bool) {
	if u == nil || i > len(s) {
		return Unit{}, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	for _, k := range u.byFirst[r] {
		if x := u.list[k]; strings.HasPrefix(s[i:], x.Surface) {
			return x, true
		}
	}
	if u.empty >= 0 {
		return u.list[u.empty], true
	}
	return Unit{}, false
}

// currencyAt reads a currency the table does not know, as written: a word of
// two to five Han characters ending in 元 or 币 right after an amount
// (3.41亿加元, 390.5亿澳门元), and ending there (not 两国元首, 货币政策). Such
// an amount is never taken for 元.
func currencyAt(s string, i int) (Unit, bool) {
	j, runes := i, 0
	for j < len(s) && runes < 5 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) || IsStart(r) || strings.ContainsRune(noCurrency, r) {
			return Unit{}, false
		}
		j += size
		runes++
		if (r == '元' || r == '币') && runes >= 2 {
			next, _ := utf8.DecodeRuneInString(s[j:])
			if unicode.Is(unicode.Han, next) && !strings.ContainsRune(afterCurrency, next) {
				return Unit{}, false
			}
			return Unit{Surface: s[i:j], Name: s[i:j], Kind: KindMoney}, true
		}
	}
	return Unit{}, false
}

// noCurrency are characters that end the word before a currency could (the
// number is then of something else: 5亿的元, 3个单元).
const noCurrency = "的之和与及或每等人次年月日个多余以左近约为是大系步题单国首"

// afterCurrency may follow a currency inside a sentence: 的, 以上, 左右, 等.
const afterCurrency = "的以左上下等和与及或，"
