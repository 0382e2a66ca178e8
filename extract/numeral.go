package extract

import "strings"

var cnDigit = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// IntValue reads a whole number written in Arabic digits ("10") or Chinese
// numerals ("十", "二十三", "一百零五", "两千"), as in the counts of formulas.
// It reports false for anything else.
func IntValue(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if strings.Trim(s, "0123456789") == "" {
		n := 0
		for _, c := range s {
			n = n*10 + int(c-'0')
			if n > 1e9 {
				return 0, false
			}
		}
		return n, true
	}
	total, section, digit, seen := 0, 0, -1, false
	for _, r := range s {
		if v, ok := cnDigit[r]; ok {
			if digit >= 0 && digit != 0 {
				// 二三 is not a number (it is "two or three", or two numerals)
				return 0, false
			}
			digit = v
			seen = true
			continue
		}
		unit := 0
		switch r {
		case '十':
			unit = 10
		case '百':
			unit = 100
		case '千':
			unit = 1000
		case '万':
			section += max(digit, 0)
			if section == 0 {
				section = 1
			}
			total += section * 10000
			section, digit = 0, -1
			continue
		default:
			return 0, false
		}
		if digit < 0 {
			digit = 1
		}
		section += digit * unit
		digit = -1
		seen = true
	}
	if !seen {
		return 0, false
	}
	return total + section + max(digit, 0), true
}
