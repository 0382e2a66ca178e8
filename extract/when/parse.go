package when

import (
	"strings"
	"time"
	"unicode/utf8"
)

// plain is the grammar without a lexicon: enough for dates with a year.
var plain = &Grammar{}

// ParseDay reads the first full date of s (one with a year) in any written
// form: "2022-03-12 09:44:58", "2021年09月17日", "2021/9/17", "2021.09.17",
// "20210917", "二〇二一年九月十七日", "21年9月17日".
func ParseDay(s string) (Date, bool) {
	if !mayHoldDate(s) {
		return Date{}, false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var m Mention
		next := 0
		switch {
		case digitValue(r) >= 0:
			m, next = plain.atDigits(s, i)
		case cnDigit(r) >= 0:
			m, next = plain.atCnNumber(s, i)
		}
		if m.Kind == Full {
			if d, ok := m.Date(Date{}); ok {
				return d, true
			}
		}
		if next > i {
			i = next
		} else {
			i += size
		}
	}
	return Date{}, false
}

// mayHoldDate is the cheap test before ParseDay's scan: every full date has
// a digit or 年.
func mayHoldDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return strings.Contains(s, "年") || strings.ContainsAny(s, "０１２３４５６７８９")
}

// metaLayouts are the machine forms of dates in web pages' metadata.
var metaLayouts = []struct {
	layout string
	zone   bool // the layout reads an offset or a zone name
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05.999999999-0700", true},
	{"2006-01-02T15:04:05-0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05 -0700 MST", true},
	{time.RFC1123, true},
	{time.RFC1123Z, true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04:05 -0700 (MST)", true},
	{"Mon, 2 Jan 2006 15:04 MST", true},
	{"2 Jan 2006 15:04:05 MST", true},
	{"2 Jan 2006 15:04:05 -0700", true},
	{time.RFC822, true},
	{time.RFC822Z, true},
	{time.RFC850, true},
	{time.ANSIC, false},
	{time.UnixDate, true},
	{time.RubyDate, true},
	{"Mon Jan 2 15:04:05 MST 2006", true},
	{"Mon Jan 02 2006 15:04:05 GMT-0700", true},
	{"January 2, 2006", false},
	{"January 2 2006", false},
	{"Jan 2, 2006", false},
	{"Jan. 2, 2006", false},
	{"Jan 2 2006", false},
	{"Monday, January 2, 2006", false},
	{"Mon, January 2, 2006", false},
	{"Mon, Jan 2, 2006", false},
	{"January 2, 2006 15:04", false},
	{"January 2, 2006 3:04 PM", false},
	{"Jan 2, 2006 3:04 PM", false},
	{"Jan 2, 2006 15:04:05", false},
	{"2 January 2006", false},
	{"2 Jan 2006", false},
	{"2 Jan. 2006", false},
	{"Monday, 2 January 2006", false},
	{"Mon, 2 Jan 2006", false},
	{"2-Jan-2006", false},
	{"02-Jan-2006", false},
	{"2006-01-02", false},
}

// ParseMeta reads the day of a date in a page's metadata: RFC 3339 ("2020-03-02T08:00:00+08:00"),
// RFC 1123/822 ("Mon, 02 Mar 2020 08:00:00 GMT"), English month names
// ("March 2, 2020", "2 Mar 2020"), Unix time in seconds or milliseconds, and
// every form ParseDay reads. A time with a zone is read as a day in loc (the
// day of the page's readers); with loc nil, or without a zone, the day is
// the one written.
func ParseMeta(s string, loc *time.Location) (Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		if s == "" {
			return Date{}, false
		}
		return ParseDay(s)
	}
	if d, ok := unixDay(s, loc); ok {
		return d, true
	}
	for _, l := range metaLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if l.zone && loc != nil && knownZone(t) {
			t = t.In(loc)
		}
		if d, ok := Make(t.Year(), int(t.Month()), t.Day()); ok {
			return d, true
		}
		return Date{}, false
	}
	return ParseDay(s)
}

// knownZone says whether t's offset was written (a number, GMT, UTC) and not
// made up for an abbreviation Go does not know ("CST" is China's or the US's).
func knownZone(t time.Time) bool {
	name, off := t.Zone()
	if off != 0 {
		return true
	}
	switch name {
	case "", "UTC", "GMT", "UT", "Z":
		return true
	}
	return false
}

// unixDay reads Unix time: ten digits of seconds or thirteen of milliseconds
// (the years 2001 to 2286, where ten digits are a time and not a count).
func unixDay(s string, loc *time.Location) (Date, bool) {
	if len(s) != 10 && len(s) != 13 {
		return Date{}, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return Date{}, false
		}
		n = n*10 + int64(s[i]-'0')
	}
	if len(s) == 13 {
		n /= 1000
	}
	if n < 1e9 {
		return Date{}, false
	}
	t := time.Unix(n, 0).UTC()
	if loc != nil {
		t = t.In(loc)
	}
	return Make(t.Year(), int(t.Month()), t.Day())
}
