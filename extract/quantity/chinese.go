package quantity

import (
	"math"
	"strings"
	"unicode/utf8"
)

// token is one character of a Chinese numeral.
type token struct {
	charClass
	point bool // 点
	sep   bool // 、 between the digits of a range (八、九十)
	more  bool // 多/余
	few   bool // 几: a digit left unsaid
	start int  // byte offset
	end   int
}

// isDigit says whether the token stands for a digit (几 included).
func (t token) isDigit() bool { return t.digit >= 0 || t.few }

// isMult says whether the token is a multiplier (十 … 亿).
func (t token) isMult() bool { return t.exp > 0 }

// maxTokens bounds the characters of one Chinese numeral.
const maxTokens = 64

// lexChinese splits the Chinese numeral at byte i of s into tokens.
func lexChinese(s string, i int, buf []token) []token {
	toks := buf[:0]
	j := i
	for j < len(s) && len(toks) < maxTokens {
		r, size := runeAt(s, j)
		t := token{start: j, end: j + size}
		if c, ok := classOf(r); ok {
			t.charClass = c
		} else {
			t.digit = -1
			switch r {
			case '点':
				t.point = true
			case '、':
				t.sep = true
			case '多', '余':
				t.more = true
			case '几':
				t.few = true
			case '数':
				// 数十, 数百万: the written 几, only first, and not the 数 of
				// a word (人数十万 is a count of people: 十万).
				if j != i || wordBefore(s, i) {
					return toks
				}
				t.few = true
			default:
				return toks
			}
		}
		toks = append(toks, t)
		j += size
	}
	return toks
}

// wordBefore says whether the 数 at byte i ends a word (人数, 指数, 次数) rather
// than starting a vague numeral.
func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return strings.ContainsRune("人总指次户倍半多少无岁分系件个位台参基函变读计算点票字页码", r)
}

// readChinese reads a Chinese numeral, possibly with a range ("两三", "七八十",
// "三千七八百"), decimals ("两千一百三十九点五亿") or a colloquial tail ("两千七").
func readChinese(s string, i int) (Numeral, bool) {
	var buf [16]token // most numerals are short: no garbage for them
	toks := lexChinese(s, i, buf[:])
	toks = trimTokens(toks)
	if len(toks) == 0 {
		return Numeral{}, false
	}
	fin := false
	for _, t := range toks {
		fin = fin || t.fin
	}
	// Leading range: two digits, the second one more than the first (两三, 七八),
	// possibly with 、 between (八、九十); what follows scales both ends.
	if n, ok := leadingRange(toks); ok {
		if fin {
			return Numeral{}, false // 陆柒: capitals name amounts, not ranges
		}
		return n, true
	}
	// Digit strings (二〇二二, 零八): two or more digits and no multiplier.
	if len(toks) >= 2 && toks[0].digit >= 0 && toks[1].digit >= 0 {
		if fin {
			return Numeral{}, false // 陆陆续续: no digit string in capitals
		}
		k, v := 0, 0.0
		for k < len(toks) && toks[k].digit >= 0 {
			v = v*10 + float64(toks[k].digit)
			k++
		}
		return Numeral{Value: v, Digits: true, Chinese: true, End: toks[k-1].end}, true
	}
	if n, ok := tailRange(toks); ok {
		if fin && !finAmount(s, toks, n.End) {
			return Numeral{}, false
		}
		n.Financial = fin
		return n, true
	}
	val, used := evaluate(toks)
	if used == 0 {
		return Numeral{}, false
	}
	if fin && !finAmount(s, toks[:used], toks[used-1].end) {
		return Numeral{}, false
	}
	return Numeral{Value: val.v, AtLeast: val.more || val.few, Few: val.few, Colloquial: val.colloquial, Big: val.big,
		Bare: val.bare, Chinese: true, Financial: fin, End: toks[used-1].end}, true
}

// finAmount says whether a numeral in capitals is one: it has a capital
// multiplier (叁仟, 壹拾) or names 元 (陆万元); 陆 alone is land, 陆万 may be a
// place name.
func finAmount(s string, toks []token, end int) bool {
	mult := false
	for _, t := range toks {
		if t.fin && t.exp > 0 {
			return true
		}
		mult = mult || t.exp > 0
	}
	r, _ := runeAt(s, end)
	return (r == '元' || r == '圆') && mult
}

// trimTokens cuts the tokens to those that may make one numeral: no
// trailing separator or point, no leading 多; 、 only inside 八、九十; 点 only
// between digits; and one script (plain 一十百 or the capitals 壹拾佰).
func trimTokens(toks []token) []token {
	// The script: the first digit or multiplier other than 零万亿 decides.
	script := 0 // 1 plain, 2 capitals
	for k, t := range toks {
		if t.few || t.tens > 0 || (t.digit > 0) || (t.exp > 0 && t.exp < 4) {
			s := 1
			if t.fin {
				s = 2
			}
			if script == 0 {
				script = s
			} else if s != script {
				toks = toks[:k]
				break
			}
		}
	}
	for len(toks) > 0 {
		last := toks[len(toks)-1]
		if last.sep || last.point {
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	if len(toks) == 0 || toks[0].more || toks[0].sep || toks[0].point {
		return nil
	}
	// A capital multiplier never starts a numeral: 拾 alone is "pick up".
	if toks[0].fin && toks[0].exp > 0 {
		return nil
	}
	// 几 is a digit only next to a multiplier: 几十, 十几 (几乎 is no numeral).
	if toks[0].few && (len(toks) < 2 || !toks[1].isMult()) {
		return nil
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
	return toks
}

// leadingRange reads 两三, 七八十, 八、九十, 三四百万: two digits, the second one
// more than the first, and what follows scales both.
func leadingRange(toks []token) (Numeral, bool) {
	if len(toks) < 2 {
		return Numeral{}, false
	}
	a, k := toks[0], 1
	if toks[1].sep {
		k = 2
	}
	if k >= len(toks) {
		return Numeral{}, false
	}
	b := toks[k]
	if !(a.digit > 0 && b.digit == a.digit+1 && (k+1 >= len(toks) || !toks[k+1].isDigit())) {
		return Numeral{}, false
	}
	rest := toks[k+1:]
	var lbuf, hbuf [16]token
	lo, usedLo := evaluate(append(append(lbuf[:0], a), rest...))
	hi, usedHi := evaluate(append(append(hbuf[:0], b), rest...))
	if usedLo == 0 || usedHi == 0 {
		return Numeral{}, false
	}
	end := b.end
	if usedHi > 1 {
		end = rest[usedHi-2].end
	}
	return Numeral{Value: lo.v, Max: hi.v, HasMax: true, Chinese: true, AtLeast: hi.more, Few: hi.few,
		Big: hi.big, End: end}, true
}

// tailRange reads 三千七八百, 一百二三十, 一千八九: after a multiplier of 百 or
// more, two digits, the second one more than the first, and what follows
// scales both. (Not after 十: 十四五 is a plan period.)
func tailRange(toks []token) (Numeral, bool) {
	for k := 1; k+1 < len(toks); k++ {
		p, a, b := toks[k-1], toks[k], toks[k+1]
		if !(p.exp >= 2 && a.digit > 0 && b.digit == a.digit+1 && (k+2 >= len(toks) || !toks[k+2].isDigit())) {
			continue
		}
		var lbuf, hbuf [24]token
		loToks := append(append(lbuf[:0], toks[:k+1]...), toks[k+2:]...)
		hiToks := append(append(hbuf[:0], toks[:k]...), toks[k+1:]...)
		lo, usedLo := evaluate(loToks)
		hi, usedHi := evaluate(hiToks)
		if usedLo <= k || usedHi <= k {
			return Numeral{}, false
		}
		return Numeral{Value: lo.v, Max: hi.v, HasMax: true, Chinese: true, AtLeast: hi.more, Few: hi.few,
			Colloquial: hi.colloquial, Big: hi.big, End: toks[usedHi].end}, true
	}
	return Numeral{}, false
}

// evalResult is the value of a run of Chinese numeral tokens.
type evalResult struct {
	v          float64
	more       bool // 多/余
	few        bool // 几
	big        bool // 万 or 亿
	bare       bool // no digit: 百, 万亿
	mult       bool // some multiplier was read
	colloquial bool // a colloquial tail: 两千七
}

// evaluate computes the value of Chinese numeral tokens by the usual
// sections: digits times 十百千 add up within a section, 万 and 亿 close a
// section. It stops (without failing) at the first token that cannot
// continue the numeral, such as a second digit right after a digit (二三 is
// no number). used is the count of tokens consumed, 0 when none make a number.
func evaluate(toks []token) (res evalResult, used int) {
	var yi, wan, section float64
	digit := -1
	seenMult, seenDigit := false, false
	implied := false // a leading 十 stands for 一十: 十一 is eleven
	lastExp := 99    // the exponent of the previous multiplier inside a section
	tailExp := 0     // the multiplier right before the pending digit (两千七: 3)
	// closeDigit adds the pending digit to the section: as units (一百零五),
	// or one order below the multiplier it follows (两千七 = 2700, 五万二 = 52000).
	closeDigit := func() {
		switch {
		case digit <= 0:
		case tailExp >= 2:
			section += float64(digit) * math.Pow10(tailExp-1)
			res.colloquial = true
		default:
			section += float64(digit)
		}
		digit = -1
	}
	for k, t := range toks {
		prevExp := 0
		if k > 0 {
			prevExp = int(toks[k-1].exp)
		}
		switch {
		case t.isDigit():
			d := int(t.digit)
			if t.few {
				// 几 as a lower bound: 几十 ≥ 20, 十几 ≥ 11.
				d = 1
				if k+1 < len(toks) && toks[k+1].isMult() {
					d = 2
				}
				res.few = true
			}
			if digit >= 0 {
				// 一零 / 二三: not a continuation; zero after zero is a filler (一千零五).
				if !(digit == 0 || d == 0) || t.few {
					goto stop
				}
				if d == 0 {
					used = k + 1
					continue
				}
				prevExp = 0 // 一千零五: the 零 says the digit is units
			}
			if seenMult && !seenDigit && !implied {
				goto stop // 万一, 百一: a word, not a number
			}
			digit = d
			tailExp = prevExp
			seenDigit = true
		case t.tens > 0:
			// 廿三 = 23: a digit and its 十 at once.
			if digit >= 0 || lastExp <= 1 {
				goto stop
			}
			section += float64(t.tens) * 10
			lastExp = 1
			seenMult, seenDigit, res.mult = true, true, true
		case t.exp > 0 && t.exp < 4:
			if int(t.exp) >= lastExp {
				goto stop // 百十 or 十十: not a numeral
			}
			d := digit
			if d < 0 {
				switch {
				case k == 0:
					d = 1 // 十三, 百万: one implied
					implied = t.exp == 1
				case t.exp == 1 && seenDigit && lastExp > 1 && lastExp < 99:
					d = 1 // 一百十二 = 112: 十 at the start of its place
				default:
					goto stop
				}
			}
			section += float64(d) * math.Pow10(int(t.exp))
			digit, tailExp = -1, 0
			lastExp = int(t.exp)
			seenMult, res.mult = true, true
		case t.exp == 4:
			closeDigit()
			if section == 0 && !seenDigit && !implied {
				section = 1
			}
			wan += section * 1e4
			section, lastExp = 0, 99
			seenMult, res.big, res.mult = true, true, true
		case t.exp == 8:
			closeDigit()
			total := wan + section
			if total == 0 && !seenDigit && !implied {
				total = 1
			}
			yi = (yi + total) * 1e8
			wan, section, lastExp = 0, 0, 99
			seenMult, res.big, res.mult = true, true, true
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
					exp += int(toks[m].exp)
					res.big, res.mult = true, true
				}
				m++
			}
			res.v = yi + roundDecimal(v*math.Pow10(exp))
			res.bare = false
			return res, m
		case t.more:
			res.more = true
		default:
			goto stop
		}
		used = k + 1
	}
stop:
	if used == 0 {
		return res, 0
	}
	if used < len(toks) && digit > 0 && tailExp >= 2 && toks[used].isDigit() {
		// 一千八 followed by a digit the numeral could not take: the tail is
		// not sure, so read it plainly as the grammar of 一百零五 would not.
		tailExp = 0
	}
	closeDigit()
	res.v = yi + wan + section
	res.bare = !seenDigit // 十, 十万: multipliers alone
	return res, used
}
