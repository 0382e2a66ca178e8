package quantity

import (
	"math"
	"strings"
)

// arabicDigit is the digit at byte i of s, ASCII or full-width (０-９), with
// its size in bytes; size is 0 when there is none.
func arabicDigit(s string, i int) (int, int) {
	if i >= len(s) {
		return 0, 0
	}
	if b := s[i]; b >= '0' && b <= '9' {
		return int(b - '0'), 1
	}
	// ０ is U+FF10, EF BC 90; ９ is EF BC 99.
	if i+3 <= len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
		return int(s[i+2] - 0x90), 3
	}
	return 0, 0
}

// decimalPoint is the size of a decimal point at byte i ("." or "．"), or 0.
func decimalPoint(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "."):
		return 1
	case strings.HasPrefix(s[i:], "．"):
		return len("．")
	}
	return 0
}

// thousandsSep is the size of a thousands separator at byte i ("," or the
// full-width "，"), or 0.
func thousandsSep(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], ","):
		return 1
	case strings.HasPrefix(s[i:], "，"):
		return len("，")
	}
	return 0
}

const maxMantissaDigits = 17

// digitsAt reads a run of digits at byte i; it returns the end and the count.
func digitsAt(s string, i int) (end, count int) {
	end = i
	for {
		_, size := arabicDigit(s, end)
		if size == 0 {
			return end, count
		}
		end += size
		count++
	}
}

// readArabic reads digits with thousands separators, decimals, multipliers
// (十百千万亿) and 多/余: "1,031", "12，345", "2139.5亿", "1000多万", "6百多".
func readArabic(s string, i int) (Numeral, bool) {
	var mant int64
	digits, exp := 0, 0
	addDigit := func(d int) {
		if digits < maxMantissaDigits {
			mant = mant*10 + int64(d)
			if mant != 0 {
				digits++
			}
		} else {
			exp++ // too many digits: keep magnitude, drop precision
		}
	}
	addRun := func(from, to int) {
		for k := from; k < to; {
			d, size := arabicDigit(s, k)
			addDigit(d)
			k += size
		}
	}
	j, lead := digitsAt(s, i)
	addRun(i, j)
	// Thousands separators: "1,031", "12，345" but not "1031个,总投资" (the first
	// group has at most three digits), nor "5,6" or "1,0312" (each later group
	// has exactly three, and one kind of separator throughout).
	if lead <= 3 {
		sepKind := 0
		for {
			sep := thousandsSep(s, j)
			if sep == 0 || (sepKind != 0 && sep != sepKind) {
				break
			}
			end, count := digitsAt(s, j+sep)
			if count != 3 {
				break
			}
			sepKind = sep
			addRun(j+sep, end)
			j = end
		}
	}
	if p := decimalPoint(s, j); p > 0 {
		if _, size := arabicDigit(s, j+p); size > 0 {
			j += p
			for {
				d, size := arabicDigit(s, j)
				if size == 0 {
					break
				}
				if digits < maxMantissaDigits {
					addDigit(d)
					exp--
				}
				j += size
			}
		}
	}
	n := Numeral{}
	j, n.AtLeast = skipApprox(s, j)
	// Multipliers after digits: 4190亿, 1.2万, 6百, 5百万, 1.6万亿; each larger
	// than the one before, so that 34万千瓦 is 34万 of 千瓦.
	last := 0
	for j < len(s) {
		r, size := runeAt(s, j)
		c, ok := classOf(r)
		if !ok || c.exp == 0 || c.fin || int(c.exp) <= last {
			break
		}
		last = int(c.exp)
		exp += int(c.exp)
		if c.exp >= 4 {
			n.Big = true
		}
		j += size
		var approx bool
		j, approx = skipApprox(s, j)
		n.AtLeast = n.AtLeast || approx
	}
	n.Value = decimalValue(mant, exp)
	// 1亿3千万, 3亿5000万: a lower section after 亿 or 万, written with its
	// own multiplier, continues the number.
	if last >= 4 && !n.AtLeast && exp >= last {
		if v, end, ok := arabicSection(s, j, last); ok {
			n.Value += v
			j = end
		}
	}
	n.End = j
	return n, true
}

// arabicSection reads digits and multipliers at byte j worth less than
// 10^below, with at least one multiplier (3千万 after 1亿); ok is false
// otherwise (2023年, 5个).
func arabicSection(s string, j, below int) (float64, int, bool) {
	start := j
	var mant int64
	count := 0
	for {
		d, size := arabicDigit(s, j)
		if size == 0 || count >= 5 {
			break
		}
		mant = mant*10 + int64(d)
		j += size
		count++
	}
	if count == 0 || count >= 5 || mant == 0 {
		return 0, start, false
	}
	exp, last := 0, 0
	for j < len(s) {
		r, size := runeAt(s, j)
		c, ok := classOf(r)
		if !ok || c.exp == 0 || c.fin || int(c.exp) <= last {
			break
		}
		last = int(c.exp)
		exp += int(c.exp)
		j += size
	}
	v := decimalValue(mant, exp)
	if exp == 0 || v >= math.Pow10(below) {
		return 0, start, false
	}
	return v, j, true
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
