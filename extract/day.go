package extract

import (
	"fmt"
	"regexp"
	"strconv"
)

var dayForms = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// ParseDay reads the first full date of s in the common written forms
// ("2022-03-12 09:44:58", "2021年09月17日", "2021/9/17", "2021.09.17") and
// returns it in ISO form, or "" when s holds no valid date.
func ParseDay(s string) Day {
	if !hasDigitRun(s, 4) {
		return "" // every form starts with a four-digit year
	}
	for _, m := range dayForms.FindAllStringSubmatch(s, 4) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if y == 0 {
			continue // "0000-01-01" is no day, not a yearless one
		}
		if day := MakeDay(y, mo, d); day != "" {
			return day
		}
	}
	return ""
}

// hasDigitRun says whether s holds n ASCII digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// MakeDay returns the ISO day for y-m-d, "--MM-DD" when y is 0, or "" when
// the date does not exist.
func MakeDay(y, m, d int) Day {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	if y == 0 {
		return Day(fmt.Sprintf("--%02d-%02d", m, d))
	}
	if y < 1900 || y > 2100 {
		return ""
	}
	return Day(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
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
