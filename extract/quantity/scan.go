package quantity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bound is a word that bounds a quantity: 超过 (before, ">="), 以上 (after,
// ">="), 约 (before, "~"), 左右 (after, "~").
type Bound struct {
	Word       string
	Comparator string // ">=", "<=" or "~"
}

// Scanner reads quantities: a numeral or a range, its unit, and the words
// that bound it. It holds only tables; one Scanner may serve many goroutines.
type Scanner struct {
	units         *Units
	before, after []Bound // longest first
}

// NewScanner makes a scanner over a unit table and the bound words written
// before and after a quantity.
func NewScanner(units *Units, before, after []Bound) *Scanner {
	sc := &Scanner{units: units, before: append([]Bound(nil), before...), after: append([]Bound(nil), after...)}
	byLen := func(ws []Bound) {
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].Word) > len(ws[j].Word) })
	}
	byLen(sc.before)
	byLen(sc.after)
	return sc
}

// Units is the scanner's unit table.
func (sc *Scanner) Units() *Units { return sc.units }

// Flags say what a quantity's form was.
type Flags uint16

const (
	// Approximate: 约, 近, 左右, 上下, or 多/余/几 in the numeral.
	Approximate Flags = 1 << iota
	// Ranged: a range, in the numeral (两三) or with a connector (3——5万).
	Ranged
	// Vague: 几 stands for a digit (几十, 十几): the value is a lower bound only.
	Vague
	// Colloquial: an elided tail (两千七) or a scale counted with 个 (三个亿).
	Colloquial
	// Capitals: written in the capitals of accounts (叁仟贰佰万元整).
	Capitals
	// Cents: 角 or 分 were read after 元 (三百元五角六分).
	Cents
	// Negative: a minus sign or 零下 stands before the number (-52.3℃, 零下30℃).
	Negative
)

// Quantity is one quantity as read from text. Offsets are bytes into the
// scanned string.
type Quantity struct {
	Start, End       int // the quantity with its unit and bounding words after it
	NumStart, NumEnd int // the numeral, or both ends of a range
	UnitEnd          int // just past the unit (and 角分, 整); NumEnd when there is none
	Value            float64
	Max              float64 // the upper end of a range, when HasMax
	HasMax           bool
	Low              Numeral // the numeral as read (the lower end of a range)
	High             Numeral // the upper end of a range read with a connector
	Unit             Unit    // zero when no unit follows
	Comparator       string  // ">=", "<=", "~", or ""
	Flags            Flags
}

// rangeConnectors join the two ends of a range: 1-2个, 3——5万, 600至660元,
// 三到五年; the longest first.
var rangeConnectors = [...]string{"——", "--", "－－", "~~", "-", "—", "–", "－", "~", "～", "〜", "至", "到"}

// Scan reads the quantity whose numeral starts at byte i of s. The error is
// ErrNoNumeral when none starts there; a quantity without a unit is no error
// (its Unit is zero), nor is one whose unit is of kind skip: what to make of
// them is the caller's business.
func (sc *Scanner) Scan(s string, i int) (Quantity, error) {
	n, ok := Read(s, i)
	if !ok || n.End <= i {
		return Quantity{}, ErrNoNumeral
	}
	neg := !n.HasMax && !n.Digits && n.Value > 0 && signBefore(s, i)
	if neg {
		n.Value = -n.Value
	}
	q := Quantity{Start: i, NumStart: i, Value: n.Value, Max: n.Max, HasMax: n.HasMax, Low: n}
	j := n.End
	if !n.Digits {
		j = sc.readRange(s, &q, j)
	}
	q.NumEnd, q.UnitEnd = j, j
	switch {
	case n.Unit != "":
		q.Unit = Unit{Name: n.Unit, Kind: KindPercent}
	default:
		if u, found := sc.units.At(s, j); found {
			q.Unit = u
		} else if u, found := currencyAt(s, j); found && (n.Big || !n.Chinese) {
			q.Unit = u
		}
		j += len(q.Unit.Surface)
		if q.Unit.Kind == KindMoney && q.Unit.Name == RMB {
			j = readCents(s, j, &q)
		}
		q.UnitEnd = j
	}
	if neg {
		switch q.Unit.Kind {
		case KindPercent, KindMoney, "measure":
			q.Flags |= Negative
		default:
			// 歼-20: a name, not minus twenty; nothing is counted below zero.
			q.Value, q.Low.Value = -q.Value, -q.Low.Value
			if q.HasMax && q.Max < q.Value {
				q.Max, q.HasMax, q.High = 0, false, Numeral{}
				q.NumEnd, q.UnitEnd = n.End, n.End
			}
		}
	}
	sc.readBounds(s, &q)
	q.Flags |= flagsOf(q.Low) | flagsOf(q.High)
	if q.HasMax {
		q.Flags |= Ranged
	}
	if q.Comparator == "~" {
		q.Flags |= Approximate
	}
	return q, nil
}

// signBefore says whether a minus stands right before byte i: 零下, or a
// minus or hyphen that joins no two numbers nor a code (1-10月, G7-15).
func signBefore(s string, i int) bool {
	prev := s[:i]
	if strings.HasSuffix(prev, "零下") {
		return true
	}
	for _, m := range [...]string{"-", "－", "−"} {
		if p, ok := strings.CutSuffix(prev, m); ok {
			r, _ := utf8.DecodeLastRuneInString(p)
			return p == "" || !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-')) && !IsStart(r) && r != '％'
		}
	}
	return false
}

// flagsOf are the flags a numeral's own form gives.
func flagsOf(n Numeral) Flags {
	var f Flags
	if n.AtLeast {
		f |= Approximate
	}
	if n.Few {
		f |= Vague
	}
	if n.Colloquial {
		f |= Colloquial
	}
	if n.Financial {
		f |= Capitals
	}
	return f
}

// readRange reads the upper end of a range after the numeral that ends at
// j: 6%-6.5%, 6-8亿元, 3——5万, 2万元--4万元 (the unit written at both ends),
// 600至660元. It returns where the range ends (j when there is none).
func (sc *Scanner) readRange(s string, q *Quantity, j int) int {
	n := q.Low
	k := j
	var loUnit Unit
	if n.Unit == "" {
		if u, found := sc.units.At(s, k); found && u.Kind != KindSkip && u.Surface != "" {
			loUnit = u
			k += len(u.Surface)
		}
	}
	for _, c := range rangeConnectors {
		if !strings.HasPrefix(s[k:], c) {
			continue
		}
		m, ok := Read(s, k+len(c))
		if !ok || m.Digits || m.HasMax {
			return j
		}
		lo := n.Value
		if !n.Big && m.Big && lo > 0 && m.Value/lo >= 1000 {
			lo *= scaleOf(m.Value) // 6-8亿: the upper end lends its scale
		}
		if !(m.Value > lo) || n.Unit != m.Unit {
			return j
		}
		if loUnit.Surface != "" {
			// 2万元--4万元: the same unit at both ends, or no range.
			if u, found := sc.units.At(s, m.End); !found || u.Surface != loUnit.Surface {
				return j
			}
		}
		q.Value, q.Max, q.HasMax, q.High = lo, m.Value, true, m
		return m.End
	}
	return j
}

// SharedUnit finds the unit that a list of numbers shares when only its last
// member writes it (300亿、400亿、500亿美元; 1、2、3个): from byte j, just past a
// member without a unit, through 、 and further members to the first unit.
func (sc *Scanner) SharedUnit(s string, j int) (Unit, bool) {
	u, _, ok := sc.SharedList(s, j)
	return u, ok
}

// listJoins join a list's members: 、 between them, and before the last one
// also 和, 及, 与 or 或 (100万、120万和130万亿元).
var listJoins = []string{"、", "和", "及", "与", "或"}

// SharedList is SharedUnit, also giving the powers of ten (万, 亿) that end
// the numeral of the member that writes the unit: in 100万、120万和130万亿元
// the list shares 亿元, the 亿 of 万亿 too, and scale is "万亿".
func (sc *Scanner) SharedList(s string, j int) (u Unit, scale string, ok bool) {
	for range 12 {
		join := ""
		for _, w := range listJoins {
			if strings.HasPrefix(s[j:], w) {
				join = w
				break
			}
		}
		if join == "" {
			return Unit{}, "", false
		}
		m, ok := Read(s, j+len(join))
		if !ok || m.Digits || m.Unit != "" {
			return Unit{}, "", false
		}
		j = m.End
		if u, found := sc.units.At(s, j); found && u.Surface != "" {
			return u, Scale(s[:j]), true
		}
		if join != "、" {
			return Unit{}, "", false // 和 joins the last member
		}
	}
	return Unit{}, "", false
}

// Scale is the run of 万 and 亿 that ends s (130万亿 → 万亿).
func Scale(s string) string {
	k := len(s)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if r != '万' && r != '亿' {
			break
		}
		k -= size
	}
	return s[k:]
}

// ScaleFactor is the value of a run of 万 and 亿 (万亿 → 1e12).
func ScaleFactor(scale string) float64 {
	f := 1.0
	for _, r := range scale {
		switch r {
		case '万':
			f *= 1e4
		case '亿':
			f *= 1e8
		}
	}
	return f
}

// readCents reads 角 and 分 after 元 (五角六分, 零五分, 5角) and a closing
// 整, adding them to the value; it returns where they end.
func readCents(s string, j int, q *Quantity) int {
	if q.HasMax {
		return j
	}
	jiao, fen := 0, 0
	k := j
	zero := strings.HasPrefix(s[k:], "零")
	if zero {
		k += len("零")
	}
	if d, size := centDigit(s, k); size > 0 && (strings.HasPrefix(s[k+size:], "角") || strings.HasPrefix(s[k+size:], "毛")) {
		jiao = d
		k += size + len("角")
		zero = true
		if strings.HasPrefix(s[k:], "零") {
			k += len("零")
		}
	}
	// 分 only after 角 or 零: 三元五分 alone could be a score.
	if d, size := centDigit(s, k); zero && size > 0 && strings.HasPrefix(s[k+size:], "分") {
		if r, _ := runeAt(s, k+size+len("分")); r != '钟' && r != '之' {
			fen = d
			k += size + len("分")
		}
	}
	if jiao > 0 || fen > 0 {
		q.Value = addCents(q.Value, jiao, fen)
		q.Flags |= Cents
		j = k
	}
	if strings.HasPrefix(s[j:], "整") {
		j += len("整")
	}
	return j
}

// centDigit is one digit, Arabic or Chinese (capitals too), at byte k.
func centDigit(s string, k int) (int, int) {
	if d, size := arabicDigit(s, k); size > 0 {
		if _, more := arabicDigit(s, k+size); more > 0 {
			return 0, 0
		}
		return d, size
	}
	r, size := runeAt(s, k)
	if c, ok := classOf(r); ok && c.digit > 0 {
		return int(c.digit), size
	}
	return 0, 0
}

// readBounds finds the bound words: after the unit (以上, 左右), else before
// the number (超过, 近, 约为; 达 or 为 may stand between: 超过达), else the
// 多/余 of the numeral, which make the value a lower bound.
func (sc *Scanner) readBounds(s string, q *Quantity) {
	q.End = q.UnitEnd
	for _, w := range sc.after {
		if w.Word != "" && strings.HasPrefix(s[q.End:], w.Word) {
			q.Comparator = w.Comparator
			q.End += len(w.Word)
			return
		}
	}
	if q.Low.AtLeast || q.High.AtLeast {
		q.Comparator = ">="
		return
	}
	prev := s[:q.Start]
	if q.Low.Bare && upwardsOf(prev) {
		q.Comparator = ">=" // 上千名, 上百万株: at least
		return
	}
	pre := strings.TrimSuffix(strings.TrimSuffix(prev, "达"), "为")
	for _, w := range sc.before {
		if w.Word != "" && (strings.HasSuffix(prev, w.Word) || strings.HasSuffix(pre, w.Word)) {
			q.Comparator = w.Comparator
			return
		}
	}
}

// upwardsOf says whether prev ends with the 上 of 上百, 上千, 上万 (as many as):
// after a break or a word that leads a number (有上千名, 吸引了上万人), not the 上
// of a word (马上, 以上, 线上, 迈上).
func upwardsOf(prev string) bool {
	p, ok := strings.CutSuffix(prev, "上")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return p == "" || isBreak(r) || strings.ContainsRune("有了的着和等及与是达到至将在近约", r)
}

// StartOf is the byte where the bound word before a quantity begins (近 in
// 近10亿元), or q.Start when there is none.
func (sc *Scanner) StartOf(s string, q Quantity) int {
	prev := s[:q.Start]
	for _, w := range sc.before {
		if w.Word != "" && strings.HasSuffix(prev, w.Word) {
			return q.Start - len(w.Word)
		}
	}
	return q.Start
}

// ScanAll reads every quantity of s, left to right, each starting where the
// one before ended: for programs that want the quantities of a text.
func (sc *Scanner) ScanAll(s string) []Quantity {
	var out []Quantity
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsStart(r) {
			i += size
			continue
		}
		q, err := sc.Scan(s, i)
		if err != nil {
			i += size
			continue
		}
		out = append(out, q)
		i = max(q.End, i+size)
	}
	return out
}
