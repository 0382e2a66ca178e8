// Package when reads the dates of Chinese text as a grammar: absolute dates in
// Chinese or Arabic numerals, with or without a year and a time of day
// ("2020年3月5日上午10:30", "二〇一八年六月十二日", "18年6月12日", "2018-06-12 08:15:00",
// "2018/6/12", "20180612"), days relative to a base day ("今天", "本月12日", "上周五",
// "习近平3日会见…"), and the machine forms of web pages' metadata (RFC 3339,
// RFC 1123, "March 2, 2020", Unix time).
//
// Find lists the mentions of a text with their byte offsets; a mention is
// resolved against an explicit base day (the page's date), never the clock.
// The relative-day words come from rules/date_cues.txt (Default) or from the
// caller (New).
package when

import (
	"fmt"
	"time"
)

// Date is a calendar day. Year 0 is a day whose year is not known ("3月5日"
// with no base); the zero Date is no day.
type Date struct {
	Year, Month, Day int
}

// Make returns the day y-m-d and whether it exists (no 2月30日). y may be 0
// for an unknown year, in which case 2月29日 is allowed.
func Make(y, m, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	if y != 0 && (y < minYear || y > maxYear) {
		return Date{}, false
	}
	return Date{y, m, d}, true
}

// The years a date may have: earlier or later four-digit numbers are counts
// or codes, not years of modern text.
const (
	minYear = 1900
	maxYear = 2100
)

// IsZero reports whether d is no day.
func (d Date) IsZero() bool { return d.Month == 0 }

// HasYear reports whether d is a full day.
func (d Date) HasYear() bool { return d.Year != 0 && d.Month != 0 }

// String is the ISO form: "2020-03-05", "--03-05" without a year, "" for no day.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year == 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time is midnight UTC of a full day.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// AddDays returns the day n days after d (before, for negative n).
func (d Date) AddDays(n int) Date { return FromTime(d.Time().AddDate(0, 0, n)) }

// DaysSince is the number of days from e to d (negative when d is earlier).
func (d Date) DaysSince(e Date) int {
	return int(d.Time().Sub(e.Time()).Hours()) / 24
}

// FromTime is the day of t in t's location.
func FromTime(t time.Time) Date {
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// ParseISO reads "2006-01-02" or "--01-02".
func ParseISO(s string) (Date, bool) {
	if len(s) == 7 && s[:2] == "--" {
		m, ok1 := atoi2(s[2:4])
		d, ok2 := atoi2(s[5:7])
		if !ok1 || !ok2 || s[4] != '-' {
			return Date{}, false
		}
		return Make(0, m, d)
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, ok := atoi2(s[:2])
	y2, ok2 := atoi2(s[2:4])
	m, ok3 := atoi2(s[5:7])
	d, ok4 := atoi2(s[8:10])
	if !ok || !ok2 || !ok3 || !ok4 {
		return Date{}, false
	}
	return Make(y*100+y2, m, d)
}

func atoi2(s string) (int, bool) {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
