package corpus

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
)

// realDir holds real documents without answer keys (see its README); the
// work reports are the ones whose structure says how every figure stands.
const realDir = "/work/shared/corpus/real"

var (
	topHeading   = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	goalsOpening = regexp.MustCompile(`(预期|主要)目标[是为：:]`)
)

// A government work report reviews the past year in its first part (一、) and
// states the year's expected targets in one paragraph (主要预期目标是：…；…):
// every figure of that paragraph is a target, every figure of the review a
// fact, whatever the clause's own words ("推动…", "要…" in the review;
// figures listed after "；" in the goals). The parts are found here from the
// reports' layout alone, independently of extract's reading of them.
func TestWorkReportsReviewFactsGoalsTargets(t *testing.T) {
	var paths []string
	for _, name := range []string{"provincial-work-reports-2026.jsonl.gz", "hailar-district-work-reports-2012-2018.jsonl.gz"} {
		p := filepath.Join(realDir, name)
		if _, err := os.Stat(p); err == nil {
			paths = append(paths, p)
		}
	}
	if len(paths) == 0 {
		t.Skip("no work reports in " + realDir)
	}
	a, rd, err := NewPipeline()
	if err != nil {
		t.Fatal(err)
	}
	reports, goals, review := 0, 0, 0
	err = AnalyzeAll(context.Background(), rd.Read(paths), a, NewCores(2), func(res Result) error {
		if res.Err != nil {
			return res.Err
		}
		rec := res.Record
		if !strings.Contains(rec.Title, "政府工作报告") {
			return nil
		}
		reports++
		g, r := reportParts(rec.Text)
		if len(r) == 0 || len(g) == 0 {
			t.Errorf("%s: review %v, goals %v: the layout was not found", rec.Title, r, g)
		}
		for _, f := range rec.Figures {
			switch {
			case inSpans(g, f.Start):
				goals++
				if !f.Target {
					t.Errorf("%s: goals figure %q labelled a fact (%s)", rec.Title, f.Text, f.Sentence)
				}
			case inSpans(r, f.Start):
				review++
				if f.Target {
					t.Errorf("%s: review figure %q labelled a target (%s)", rec.Title, f.Text, f.Sentence)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d reports: %d goals figures, %d review figures", reports, goals, review)
	if reports < 21 || goals < 100 || review < 2000 {
		t.Errorf("read %d reports, %d goals figures, %d review figures: want the 21 reports' hundreds and thousands", reports, goals, review)
	}
}

// reportParts finds, in rune offsets, the goals paragraphs (the one that
// states the expected targets, with the next when a heading "主要预期目标"
// stands alone) and the review (from the first top heading 一、 to 二、).
func reportParts(text string) (goals, review []extract.Span) {
	pos, state, reviewStart, next := 0, 0, 0, false
	for _, line := range strings.Split(text, "\n") {
		n := utf8.RuneCountInString(line)
		span := extract.Span{Start: pos, End: pos + n}
		pos += n + 1
		x := strings.TrimSpace(line)
		switch {
		case state == 0 && strings.HasPrefix(x, "一、"):
			state, reviewStart = 1, span.Start
			continue
		case state == 1 && topHeading.MatchString(x):
			review = append(review, extract.Span{Start: reviewStart, End: span.Start})
			state = 2
		}
		if next {
			goals = append(goals, span)
			next = false
		}
		switch {
		case state == 2 && goalsOpening.MatchString(x):
			// from the cue on: the sentences before it introduce the year
			at := goalsOpening.FindStringIndex(line)[0]
			goals = append(goals, extract.Span{Start: span.Start + utf8.RuneCountInString(line[:at]), End: span.End})
		case strings.HasSuffix(x, "预期目标") && utf8.RuneCountInString(x) < 20:
			next = true
		}
	}
	return goals, review
}

func inSpans(spans []extract.Span, at int) bool {
	for _, s := range spans {
		if s.Start <= at && at < s.End {
			return true
		}
	}
	return false
}
