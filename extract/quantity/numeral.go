// Package quantity reads numbers and quantities as Chinese text writes them:
// Arabic and Chinese numerals and their mixtures ("4190亿", "两千一百三十九点五",
// "1.2万"), colloquial and financial forms ("两千七", "叁仟贰佰万"), fractions and
// percents ("三分之一", "百分之十五"), approximations ("1000多万", "十几"), ranges
// with a shared unit ("3——5万元", "2万元--4万元") and units, currencies as
// written ("三百万比索") and money in 元角分 ("十二万零三百元五角六分").
//
// Reading is in two steps: Read and Scan find what the text says (the span,
// the form, flags); the value of each form in base units is computed apart
// (see value.go), and a currency is never converted into another one.
//
// The package has no global mutable state, does no I/O, and never panics on
// input; offsets are byte offsets into the scanned string.
package quantity

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Numeral is one number as the numeral grammar reads it from text. Value is
// already scaled ("4190亿" → 419000000000).
type Numeral struct {
	Value float64
	// Max is the upper end when the numeral itself names a range ("两三" → 2..3,
	// "七八十" → 70..80, "三千七八百" → 3700..3800); HasMax says whether it does.
	Max    float64
	HasMax bool
	// AtLeast is set by 多/余/几 ("1000多万", "100余", "十几"): Value is a lower bound.
	AtLeast bool
	// Few says a digit was left unsaid (几十, 十几, 几百万): a vague amount whose
	// Value is only a lower bound.
	Few bool
	// Colloquial says a colloquial form was read: an elided tail (两千七 is
	// 2700, 五万二 52000) or a scale counted with 个 (三个亿).
	Colloquial bool
	// Big says a 万 or 亿 multiplier was read (sizes of money when no unit follows).
	Big bool
	// Bare says the numeral is multipliers alone with one implied ("百", "亿", "百亿").
	Bare bool
	// Chinese says the numeral is (at least partly) written in Chinese numerals.
	Chinese bool
	// Financial says it is written in the capitals of accounts (壹贰叁…拾佰仟).
	Financial bool
	// Digits says the numeral is a string of digits read positionally
	// ("二〇二二", "零八"): a year or a code, never a count.
	Digits bool
	// Unit is "%" or "‰" when the form itself carries it (百分之六, 三成, 三分之一).
	Unit string
	// End is the byte offset just past the numeral in the scanned string.
	End int
}

// charClass is what one character means in a Chinese numeral.
type charClass struct {
	digit int8 // 0-9, or -1
	exp   int8 // power of ten of a multiplier (十 1 … 万 4, 亿 8), or 0
	tens  int8 // 廿 2, 卅 3, 卌 4: a digit with its 十 in one character
	fin   bool // a capital of accounts (壹, 拾 …)
}

// classOf is the class of r in a Chinese numeral; ok is false for other runes.
func classOf(r rune) (c charClass, ok bool) {
	c = charClass{digit: -1}
	switch r {
	case '零', '〇':
		c.digit = 0
	case '一':
		c.digit = 1
	case '二', '两', '兩':
		c.digit = 2
	case '三':
		c.digit = 3
	case '四':
		c.digit = 4
	case '五':
		c.digit = 5
	case '六':
		c.digit = 6
	case '七':
		c.digit = 7
	case '八':
		c.digit = 8
	case '九':
		c.digit = 9
	case '壹':
		c.digit, c.fin = 1, true
	case '贰', '貳':
		c.digit, c.fin = 2, true
	case '叁', '參':
		c.digit, c.fin = 3, true
	case '肆':
		c.digit, c.fin = 4, true
	case '伍':
		c.digit, c.fin = 5, true
	case '陆', '陸':
		c.digit, c.fin = 6, true
	case '柒':
		c.digit, c.fin = 7, true
	case '捌':
		c.digit, c.fin = 8, true
	case '玖':
		c.digit, c.fin = 9, true
	case '十':
		c.exp = 1
	case '百':
		c.exp = 2
	case '千':
		c.exp = 3
	case '拾':
		c.exp, c.fin = 1, true
	case '佰':
		c.exp, c.fin = 2, true
	case '仟':
		c.exp, c.fin = 3, true
	case '万', '萬':
		c.exp = 4
	case '亿', '億':
		c.exp = 8
	case '廿':
		c.tens = 2
	case '卅':
		c.tens = 3
	case '卌':
		c.tens = 4
	default:
		return c, false
	}
	return c, true
}

// DigitValue is the value of a Chinese digit (一 … 九, 零, 〇, 两, and the
// capitals 壹 … 玖), or -1.
func DigitValue(r rune) int {
	if c, ok := classOf(r); ok {
		return int(c.digit)
	}
	return -1
}

// MultiplierExp is the power of ten of a multiplier (十百千万亿 and 拾佰仟萬億), or 0.
func MultiplierExp(r rune) int {
	if c, ok := classOf(r); ok {
		return int(c.exp)
	}
	return 0
}

// IsStart says whether a numeral may begin at rune r: a digit (ASCII or
// full-width), a Chinese digit or multiplier, 廿卅卌, or 几 and 数 (几十, 数百万).
func IsStart(r rune) bool {
	if (r >= '0' && r <= '9') || (r >= '０' && r <= '９') || r == '几' || r == '数' {
		return true
	}
	_, ok := classOf(r)
	return ok
}

// Parse reads all of s as one numeral. The error is an *Error wrapping
// ErrNoNumeral (no numeral at the start) or ErrTrailing (one numeral, then
// more text).
func Parse(s string) (Numeral, error) {
	n, ok := Read(s, 0)
	if !ok {
		return Numeral{}, &Error{Input: s, Offset: 0, Err: ErrNoNumeral}
	}
	if n.End != len(s) {
		return Numeral{}, &Error{Input: s, Offset: n.End, Err: ErrTrailing}
	}
	return n, nil
}

// Int reads s as a whole number written in Arabic digits ("10") or Chinese
// numerals ("十", "二十三", "一百零五", "两千"), as in the counts of formulas.
// It reports false for anything else: decimals, ranges ("二三"), digit strings,
// approximations, bare multipliers ("万") and the capitals of accounts.
func Int(s string) (int, bool) {
	n, err := Parse(s)
	if err != nil || n.HasMax || n.AtLeast || n.Few || n.Digits || n.Financial || n.Unit != "" || n.Value > 1e9 {
		return 0, false
	}
	if n.Bare && s != "十" && s != "百" && s != "千" {
		return 0, false
	}
	if n.Value != math.Trunc(n.Value) || strings.ContainsAny(s, ".点．") {
		return 0, false
	}
	return int(n.Value), true
}

// Read reads the longest numeral starting at byte i of s; ok is false when
// none starts there.
func Read(s string, i int) (Numeral, bool) {
	if i < 0 || i >= len(s) {
		return Numeral{}, false
	}
	// Fractions and percentages spelled out: 百分之六, 千分之三.
	for _, p := range [...]struct {
		prefix, unit string
	}{{"百分之", "%"}, {"千分之", "‰"}} {
		if strings.HasPrefix(s[i:], p.prefix) {
			n, ok := readPlain(s, i+len(p.prefix))
			if !ok || n.Unit != "" || n.Digits {
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
		if !ok || n.Value == 0 || n.HasMax || m.HasMax || m.Digits || m.Few || n.Few {
			return n, true
		}
		return Numeral{Value: share(m.Value, n.Value), Chinese: n.Chinese || m.Chinese, Unit: "%", End: m.End}, true
	case strings.HasPrefix(rest, "成") && !n.Big && !n.Bare && !n.Few && n.Value >= 1 && n.Value < 10 && n.Value == math.Trunc(n.Value):
		// 三成, 八成: tenths. (Whether 成 starts a word such as 成为 is the
		// caller's business: it knows its pitfalls.)
		n.Value *= 10
		n.Max *= 10
		n.Unit = "%"
		n.End += len("成")
		if strings.HasPrefix(s[n.End:], "半") && !n.HasMax {
			n.Value += 5 // 六成半: 65%
			n.End += len("半")
		}
	case strings.HasPrefix(rest, "个亿") && !n.Big && !n.Bare && !n.HasMax && n.Value >= 1 && n.Value < 1e4 && colloquialYi(rest[len("个亿"):]):
		// 三个亿: the colloquial count of 亿. Not 10个亿吨级油田 nor 5个亿元项目,
		// where 个 counts things of the 亿 class.
		n.Value = roundDecimal(n.Value * 1e8)
		n.Big, n.Colloquial = true, true
		n.End += len("个亿")
	}
	return n, true
}

// colloquialYi says whether what follows 个亿 ends the amount: a break, 的,
// 多, 左右, or 元 then a break (三个亿, 两个亿的投资, 五个亿元。).
func colloquialYi(rest string) bool {
	if strings.HasPrefix(rest, "元") || strings.HasPrefix(rest, "人民币") {
		_, size := utf8.DecodeRuneInString(rest)
		if strings.HasPrefix(rest, "人民币") {
			size = len("人民币")
		}
		rest = rest[size:]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || isBreak(r) || r < utf8.RuneSelf || strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "多") ||
		strings.HasPrefix(rest, "左右") || strings.HasPrefix(rest, "上下")
}

// isBreak says whether r ends a phrase (punctuation, space).
func isBreak(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', ' ', '（', '）', '(', ')', '“', '”', '"':
		return true
	}
	return false
}

// readPlain reads an Arabic, Chinese or mixed numeral without the fraction forms.
func readPlain(s string, i int) (Numeral, bool) {
	if i >= len(s) {
		return Numeral{}, false
	}
	if _, size := arabicDigit(s, i); size > 0 {
		return readArabic(s, i)
	}
	return readChinese(s, i)
}

// runeAt decodes the rune at byte i of s (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}
