package extract

import qty "github.com/tifa-project/tifa/extract/quantity"

// Numeral is one number as the numeral grammar (package quantity) reads it.
type Numeral = qty.Numeral

// ParseNumeral reads s as one numeral; ok is false unless all of s is one.
func ParseNumeral(s string) (Numeral, bool) {
	n, err := qty.Parse(s)
	return n, err == nil
}

// IntValue reads a whole number written in Arabic digits ("10") or Chinese
// numerals ("十", "二十三", "一百零五", "两千"), as in the counts of formulas.
// It reports false for anything else: decimals, ranges ("二三"), digit strings,
// approximations and bare multipliers ("万").
func IntValue(s string) (int, bool) { return qty.Int(s) }

// readNumeral reads the longest numeral starting at byte i of s.
func readNumeral(s string, i int) (Numeral, bool) { return qty.Read(s, i) }

// isNumeralStart says whether a numeral may begin at rune r.
func isNumeralStart(r rune) bool { return qty.IsStart(r) }

// cnDigitValue is the value of a plain Chinese digit (零〇一 … 九, 两), or -1:
// the digits of dates and codes, which are never written in capitals.
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

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
