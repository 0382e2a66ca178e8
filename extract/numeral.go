package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Numeral is one number as the numeral grammar reads it from text: Arabic
// digits ("4190", "2139.5", "1,031"), Chinese numerals ("一百二十", "两千一百三十九点五",
// "十万零一千"), and their mixtures with the multipliers 十百千万亿 ("1.2万",
// "4190亿", "6百多"). Value is already scaled ("4190亿" → 419000000000).
type Numeral struct {
	Value float64
	// Max is the upper end when the numeral itself names a range ("两三" → 2..3,
	// "七八十" → 70..80, "百分之八、九十" → 80..90); HasMax says whether it does.
	Max    float64
	HasMax bool
	// AtLeast is set by 多/余 ("1000多万", "100余"): the value is a lower bound.
	AtLeast bool
	// Big says a 万 or 亿 multiplier was read (sizes of money when no unit follows).
	Big bool
	// Bare says the numeral is multipliers alone with one implied ("百", "亿", "百亿").
	Bare bool
	// Chinese says the numeral is (at least partly) written in Chinese numerals.
	Chinese bool
	// Digits says the numeral is a string of digits read positionally
	// ("二〇二二", "零八"): a year or a code, never a count.
	Digits bool
	// Unit is "%" or "‰" when the form itself carries it (百分之六, 三成, 三分之一).
	Unit string
	// End is the byte offset just past the numeral in the scanned string.
	End int
}

// ParseNumeral reads s as one numeral; ok is false unless all of s is one.
func ParseNumeral(s string) (Numeral, bool) {
	n, ok := readNumeral(s, 0)
	if !ok || n.End != len(s) {
		return Numeral{}, false
	}
	return n, true
}

// IntValue reads a whole number written in Arabic digits ("10") or Chinese
// numerals ("十", "二十三", "一百零五", "两千"), as in the counts of formulas.
// It reports false for anything else: decimals, ranges ("二三"), digit strings,
// approximations and bare multipliers ("万").
func IntValue(s string) (int, bool) {
	n, ok := ParseNumeral(s)
	if !ok || n.HasMax || n.AtLeast || n.Digits || n.Unit != "" || n.Value > 1e9 {
		return 0, false
	}
	if n.Bare && s != "十" && s != "百" && s != "千" {
		return 0, false
	}
	if n.Value != math.Trunc(n.Value) || strings.ContainsAny(s, ".点") {
		return 0, false
	}
	return int(n.Value), true
}

// cnDigitValue is the value of a Chinese digit, or -1.
func cnDigitValue(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// multiplierExp is the power of ten of a multiplier character, or 0.
func multiplierExp(r rune) int {
	switch r {
	case '十':
		return 1
	case '百':
		return 2
	case '千':
		return 3
	case '万':
		return 4
	case '亿':
		return 8
	}
	return 0
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// isNumeralStart says whether a numeral may begin at rune r.
func isNumeralStart(r rune) bool {
	return (r >= '0' && r <= '9') || cnDigitValue(r) >= 0 || multiplierExp(r) > 0
}

// readNumeral reads the longest numeral starting at byte i of s.
func readNumeral(s string, i int) (Numeral, bool) {
	if i < 0 || i >= len(s) {
		return Numeral{}, false
	}
	// Fractions and percentages spelled out: 百分之六, 千分之三.
	for _, p := range [...]struct {
		prefix, unit string
	}{{"百分之", "%"}, {"千分之", "‰"}} {
		if strings.HasPrefix(s[i:], p.prefix) {
			n, ok := readPlain(s, i+len(p.prefix))
			if !ok || n.Unit != "" {
				return Numeral{}, false
			}
			n.Unit, n.Chinese, n.Bare = p.unit, true, false
			return n, true
		}
	}
	n, ok := readPlain(s, i)
	if !ok || n.Digits {
		return n, ok
	}
	rest := s[n.End:]
	switch {
	case strings.HasPrefix(rest, "分之"):
		// 三分之一: a share, as a percentage.
		m, ok := readPlain(s, n.End+len("分之"))
		if !ok || n.Value == 0 || n.HasMax || m.HasMax || m.Digits {
			return n, true
		}
		v := math.Round(m.Value/n.Value*10000) / 100
		return Numeral{Value: v, Chinese: n.Chinese || m.Chinese, Unit: "%", End: m.End}, true
	case strings.HasPrefix(rest, "成") && !n.Big && !n.Bare && n.Value >= 1 && n.Value < 10 && n.Value == math.Trunc(n.Value):
		// 三成, 八成: tenths. (Whether 成 starts a word such as 成为 is the
		// figure stage's business: it knows the pitfall list.)
		n.Value *= 10
		n.Max *= 10
		n.Unit = "%"
		n.End += len("成")
	}
	return n, true
}

// readPlain reads an Arabic, Chinese or mixed numeral without the fraction forms.
func readPlain(s string, i int) (Numeral, bool) {
	if i >= len(s) {
		return Numeral{}, false
	}
	if isASCIIDigit(s[i]) {
		return readArabic(s, i)
	}
	return readChinese(s, i)
}

// decimalValue is mant × 10^exp, computed so that decimal inputs stay exact
// where float64 allows (0.14万 → 1400, not 1400.0000000000002).
func decimalValue(mant int64, exp int) float64 {
	if exp >= 0 {
		return float64(mant) * math.Pow10(exp)
	}
	return float64(mant) / math.Pow10(-exp)
}

const maxMantissaDigits = 17

// readArabic reads digits with an optional thousands separator, decimals,
// multipliers (十百千万亿) and 多/余: "1,031", "2139.5亿", "1000多万", "6百多".
func readArabic(s string, i int) (Numeral, bool) {
	var mant int64
	digits, exp := 0, 0
	j := i
	addDigit := func(b byte) {
		if digits < maxMantissaDigits {
			mant = mant*10 + int64(b-'0')
			if mant != 0 {
				digits++
			}
		} else {
			exp++ // too many digits: keep magnitude, drop precision
		}
	}
	for j < len(s) && isASCIIDigit(s[j]) {
		addDigit(s[j])
		j++
	}
	// Thousands separators: "1,031" but not "1031个,总投资" (a comma then
	// exactly three digits and no fourth).
	for j-i <= 3 || strings.Contains(s[i:j], ",") {
		if j+4 <= len(s) && s[j] == ',' && isASCIIDigit(s[j+1]) && isASCIIDigit(s[j+2]) && isASCIIDigit(s[j+3]) &&
			(j+4 == len(s) || !isASCIIDigit(s[j+4])) && !strings.Contains(s[i:j], ".") {
			for k := j + 1; k < j+4; k++ {
				addDigit(s[k])
			}
			j += 4
			continue
		}
		break
	}
	if j+1 < len(s) && s[j] == '.' && isASCIIDigit(s[j+1]) {
		j++
		for j < len(s) && isASCIIDigit(s[j]) {
			if digits < maxMantissaDigits {
				addDigit(s[j])
				exp--
			}
			j++
		}
	}
	n := Numeral{}
	j, n.AtLeast = skipApprox(s, j)
	// Multipliers after digits: 4190亿, 1.2万, 6百, 5百万, 1.6万亿; each larger
	// than the one before, so that 34万千瓦 is 34万 of 千瓦.
	last := 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		e := multiplierExp(r)
		if e <= last {
			break
		}
		last = e
		exp += e
		if e >= 4 {
			n.Big = true
		}
		j += size
		var approx bool
		j, approx = skipApprox(s, j)
		n.AtLeast = n.AtLeast || approx
	}
	n.Value = decimalValue(mant, exp)
	n.End = j
	return n, true
}

// skipApprox skips one 多 or 余 ("1000多万", "100余名") and says whether it did.
func skipApprox(s string, j int) (int, bool) {
	for _, w := range [...]string{"多", "余"} {
		if strings.HasPrefix(s[j:], w) {
			return j + len(w), true
		}
	}
	return j, false
}

// cnToken is one character of a Chinese numeral.
type cnToken struct {
	digit int // 0-9, or -1
	exp   int // multiplier power of ten, or 0
	point bool
	sep   bool // 、 between the digits of a range (八、九十)
	more  bool // 多/余
	start int  // byte offset
	end   int
}

// readChinese reads a Chinese numeral, possibly with a leading range
// ("两三", "七八十") or decimals ("两千一百三十九点五亿").
func readChinese(s string, i int) (Numeral, bool) {
	var buf [16]cnToken // most numerals are short: no garbage for them
	toks := buf[:0]
	j := i
	for j < len(s) && len(toks) < 64 {
		r, size := utf8.DecodeRuneInString(s[j:])
		t := cnToken{digit: cnDigitValue(r), exp: multiplierExp(r), start: j, end: j + size}
		switch {
		case t.digit >= 0 || t.exp > 0:
		case r == '点':
			t.point = true
		case r == '、':
			t.sep = true
		case r == '多' || r == '余':
			t.more = true
		default:
			goto done
		}
		toks = append(toks, t)
		j += size
	}
done:
	// Trailing separators, points and a leading 多 are not part of the numeral.
	for len(toks) > 0 {
		last := toks[len(toks)-1]
		if last.sep || last.point {
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	if len(toks) == 0 || toks[0].more || toks[0].sep || toks[0].point {
		return Numeral{}, false
	}
	// A separator is only allowed as 八、九十 (a leading range); cut elsewhere.
	for k := 1; k < len(toks); k++ {
		if toks[k].sep && !(k == 1 && toks[0].digit > 0 && k+2 < len(toks) && toks[k+1].digit == toks[0].digit+1 && toks[k+2].exp > 0) {
			toks = toks[:k]
			break
		}
	}
	// A point is a decimal point only between digits of a number that has an
	// integer part: 二十九点五. Otherwise (三点钟 is no numeral here) cut there.
	for k := 0; k < len(toks); k++ {
		if toks[k].point && (k == 0 || k+1 >= len(toks) || toks[k+1].digit < 0) {
			toks = toks[:k]
			break
		}
	}
	if len(toks) == 0 {
		return Numeral{}, false
	}
	// Leading range: two digits, the second one more than the first (两三, 七八),
	// possibly with 、 between (八、九十); what follows scales both ends.
	if len(toks) >= 2 {
		a, k := toks[0], 1
		if toks[1].sep {
			k = 2
		}
		if k < len(toks) {
			b := toks[k]
			if a.digit > 0 && b.digit == a.digit+1 && (k+1 >= len(toks) || toks[k+1].digit < 0) {
				rest := toks[k+1:]
				lo, okLo := cnValue(append([]cnToken{a}, rest...))
				hi, okHi := cnValue(append([]cnToken{b}, rest...))
				if okLo.ok && okHi.ok {
					end := toks[len(toks)-1].end
					if len(rest) > 0 {
						end = okHi.end(rest, toks[k].end)
					} else {
						end = b.end
					}
					return Numeral{Value: lo.v, Max: hi.v, HasMax: true, Chinese: true, AtLeast: hi.more,
						Big: hi.big, End: end}, true
				}
			}
		}
	}
	// Digit strings (二〇二二, 零八): two or more digits and no multiplier.
	if len(toks) >= 2 && toks[0].digit >= 0 && toks[1].digit >= 0 {
		k, v := 0, 0.0
		for k < len(toks) && toks[k].digit >= 0 {
			v = v*10 + float64(toks[k].digit)
			k++
		}
		return Numeral{Value: v, Digits: true, Chinese: true, End: toks[k-1].end}, true
	}
	val, st := cnValue(toks)
	if !st.ok {
		return Numeral{}, false
	}
	return Numeral{Value: val.v, AtLeast: val.more, Big: val.big, Bare: val.bare, Chinese: true,
		End: toks[st.used-1].end}, true
}

type cnResult struct {
	v    float64
	more bool
	big  bool
	bare bool
}

type cnState struct {
	ok   bool
	used int // tokens consumed
}

// end is the byte end of the tokens of rest that cnValue consumed.
func (st cnState) end(rest []cnToken, fallback int) int {
	n := st.used - 1 // the first token was the range digit
	if n <= 0 || n > len(rest) {
		return fallback
	}
	return rest[n-1].end
}

// cnValue evaluates Chinese numeral tokens by the usual sections: digits times
// 十百千 add up within a section, 万 and 亿 close a section. It stops (without
// failing) at the first token that cannot continue the numeral, such as a
// second digit right after a digit (二三 is no number).
func cnValue(toks []cnToken) (cnResult, cnState) {
	var res cnResult
	var yi, wan, section float64
	digit := -1
	seenMult, seenDigit := false, false
	lastExp := 99 // the exponent of the previous multiplier inside a section
	used := 0
	for k, t := range toks {
		switch {
		case t.digit >= 0:
			if digit >= 0 {
				// 一零 / 二三: not a continuation; zero after zero is a filler (一千零五).
				if !(digit == 0 || t.digit == 0) {
					goto stop
				}
				if t.digit == 0 {
					used = k + 1
					continue
				}
			}
			digit = t.digit
			seenDigit = true
		case t.exp > 0 && t.exp < 4:
			if t.exp >= lastExp {
				goto stop // 百十 or 十十: not a numeral
			}
			d := digit
			if d < 0 {
				d = 1
				if seenDigit || seenMult {
					goto stop
				}
			}
			section += float64(d) * math.Pow10(t.exp)
			digit = -1
			lastExp = t.exp
			seenMult = true
		case t.exp == 4:
			if digit > 0 {
				section += float64(digit)
			}
			if section == 0 && digit < 0 {
				section = 1
			}
			wan += section * 1e4
			section, digit, lastExp = 0, -1, 99
			seenMult, res.big = true, true
		case t.exp == 8:
			if digit > 0 {
				section += float64(digit)
			}
			total := wan + section
			if total == 0 && digit < 0 {
				total = 1
			}
			yi = (yi + total) * 1e8
			wan, section, digit, lastExp = 0, 0, -1, 99
			seenMult, res.big = true, true
		case t.point:
			// Decimals: digits after 点, then any 万/亿 scale the whole number.
			frac, scale := 0.0, 0.1
			m := k + 1
			for m < len(toks) && toks[m].digit >= 0 {
				frac += float64(toks[m].digit) * scale
				scale /= 10
				m++
			}
			base := wan + section + float64(max(digit, 0))
			v := base + frac
			exp := 0
			for m < len(toks) && (toks[m].exp == 4 || toks[m].exp == 8 || toks[m].more) {
				if toks[m].more {
					res.more = true
				} else {
					exp += toks[m].exp
					res.big = true
				}
				m++
			}
			res.v = yi + roundDecimal(v*math.Pow10(exp))
			return res, cnState{ok: true, used: m}
		case t.more:
			res.more = true
		default:
			goto stop
		}
		used = k + 1
	}
stop:
	if used == 0 {
		return res, cnState{}
	}
	// A digit left over after a multiplier is its lower order: 三万五 = 35000
	// would be colloquial; here (as in 一百零五) the digit simply adds.
	res.v = yi + wan + section + float64(max(digit, 0))
	res.bare = !seenDigit
	return res, cnState{ok: true, used: used}
}

// roundDecimal removes binary noise from a value with a few decimals.
func roundDecimal(v float64) float64 {
	return math.Round(v*1e6) / 1e6
}
