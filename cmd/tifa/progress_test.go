package main

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A progress line says how far, how fast and how long is left, when the
// total is known, and nothing it cannot know.
func TestProgressLine(t *testing.T) {
	start := time.Now().Add(-10 * time.Second)
	bytes := new(atomic.Int64)
	bytes.Store(25 << 20)
	byBytes := &tally{start: start, bytes: bytes, totalBytes: 100 << 20}
	got := byBytes.progress()
	for _, want := range []string{"(25%", "2.5 MiB/s", "30s left"} {
		if !strings.Contains(got, want) {
			t.Errorf("by bytes: %q lacks %q", got, want)
		}
	}
	byDocs := &tally{start: start, read: 50, totalDocs: 200}
	if got := byDocs.progress(); !strings.Contains(got, "(25%") || !strings.Contains(got, "5/s") || !strings.Contains(got, "30s left") {
		t.Errorf("by documents: %q", got)
	}
	if got := (&tally{start: start, read: 5}).progress(); got != "" {
		t.Errorf("no total: %q", got)
	}
	bytes.Store(200 << 20) // more than counted at the start (a file grew)
	if got := byBytes.progress(); !strings.Contains(got, "(100%") {
		t.Errorf("past the total: %q", got)
	}
}
