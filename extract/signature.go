package extract

import (
	"strings"
	"unicode"

	"github.com/tifa-project/tifa/extract/when"
)

// An official document or bulletin is signed at its end (or under its title)
// by the issuer's name on a line of its own and the date on the next:
//
//	国务院办公厅
//	2018年11月19日
//
//	宜春市统计局 国家统计局宜春调查队
//	（2023年4月12日）
//
// That date is the day the document was made, the event it reports.

// bareDate returns the day of a line that holds nothing but a full date,
// perhaps in brackets ("2018年11月19日", "（2023年4月12日）", "二〇〇四年十月十五日").
func bareDate(line string) Day {
	s := strings.TrimFunc(line, isSpaceLike)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "（"), "(")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "）"), ")")
	s = strings.TrimFunc(s, isSpaceLike)
	if s == "" || !strings.HasSuffix(s, "日") || !runesAtMost(s, 12) {
		return ""
	}
	ms := when.Default().Find(s)
	if len(ms) != 1 || ms[0].Kind != when.Full || ms[0].Start != 0 || ms[0].End != len(s) {
		return ""
	}
	d, ok := ms[0].Date(when.Date{})
	if !ok {
		return ""
	}
	day := Day(d.String())
	return day
}

// issuerLine reports whether a line may be a signature's issuer: a short
// name or names, no sentence punctuation, no date.
func issuerLine(line string) bool {
	s := strings.TrimFunc(line, isSpaceLike)
	if runesAtMost(s, 1) || !runesAtMost(s, 40) || strings.ContainsAny(s, "，。；：！？、,.;:!?《》“”\"") {
		return false
	}
	han := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsDigit(r):
			return false
		}
	}
	return han >= 2
}

// signatureDate returns the date of the first signature block of the text.
func signatureDate(d *Doc) Day {
	for i := 1; i < len(d.Lines); i++ {
		ln := d.Lines[i]
		if day := bareDate(d.Text[ln.Start:ln.End]); day != "" {
			prev := d.Lines[i-1]
			if issuerLine(d.Text[prev.Start:prev.End]) {
				return day
			}
		}
	}
	return ""
}

// SignsDate reports whether line is a signature's date under the issuer's
// name on prev: page readers keep it, where a date alone would be a byline.
func SignsDate(prev, line string) bool {
	return issuerLine(prev) && bareDate(line) != ""
}
