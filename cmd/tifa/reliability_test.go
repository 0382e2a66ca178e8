package main

import (
	"strings"
	"testing"
)

// An oversized search query is a usage error that says the limit, at once.
func TestSearchQueryBounded(t *testing.T) {
	db := sampleStore(t)
	for _, q := range []string{strings.Repeat("攻坚行动", 10000), strings.Repeat("攻坚 ", 40)} {
		r := tifa(t, "search", "--db", db, q)
		if r.code != exitUsage || !strings.Contains(r.stderr, "at most") {
			t.Errorf("%.20s…: exit %d, %s", q, r.code, r.stderr)
		}
	}
}
