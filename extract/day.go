package extract

import (
	"regexp"
	"time"

	"github.com/tifa-project/tifa/extract/when"
)

// dayForms is the shape of a numeric full date; bylines use it to tell a line
// that is only a date (onlyDate).
var dayForms = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// ParseDay reads the first full date of s in any written form ("2022-03-12
// 09:44:58", "2021年09月17日", "2021/9/17", "2021.09.17", "20210917",
// "二〇二一年九月十七日", "21年9月17日"; see package when) and returns it in ISO
// form, or "" when s holds no valid date with a year.
func ParseDay(s string) Day {
	if d, ok := when.ParseDay(s); ok {
		return Day(d.String())
	}
	return ""
}

// chinaTime is the clock of the pages tifa reads: a page stamped
// "2020-03-02T20:00:00Z" was published on 3 March in Beijing.
var chinaTime = time.FixedZone("CST", 8*3600)

// ParseMetaDay reads the day of a machine-written date of a page's metadata or
// an input's "published" field: RFC 3339, RFC 1123/822, English month names,
// Unix time, and every form ParseDay reads. A time with a zone is taken as a
// day in China's time.
func ParseMetaDay(s string) Day {
	if d, ok := when.ParseMeta(s, chinaTime); ok && d.HasYear() {
		return Day(d.String())
	}
	return ""
}

// MakeDay returns the ISO day for y-m-d, "--MM-DD" when y is 0, or "" when
// the date does not exist.
func MakeDay(y, m, d int) Day {
	if day, ok := when.Make(y, m, d); ok {
		return Day(day.String())
	}
	return ""
}
