package extract

import (
	"regexp"
	"slices"
	"testing"
)

// isoDateRE is the pattern isoDateYears reads by hand.
var isoDateRE = regexp.MustCompile(`((?:19|20)\d\d)-[01]\d-[0-3]\d`)

func isoDateYearsByRegexp(s string) []string {
	var out []string
	for _, m := range isoDateRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestISODateYears(t *testing.T) {
	for _, s := range []string{
		"", "2019-03-23", "发布时间：2019-03-23 10:00", "2019-03-2", "1919-13-01", "x2020-01-019-11-11",
		"2020-01-012021-02-02", "12019-03-23", "2019-03-23-2019-03-23", "----2019--03-23", "2019-19-39",
	} {
		if got, want := isoDateYears(s), isoDateYearsByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("isoDateYears(%q) = %q, regexp gives %q", s, got, want)
		}
	}
}

func FuzzISODateYears(f *testing.F) {
	f.Add("发布时间：2019-03-23 10:00")
	f.Add("2020-01-012021-02-02")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isoDateYears(s), isoDateYearsByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("isoDateYears(%q) = %q, regexp gives %q", s, got, want)
		}
	})
}
