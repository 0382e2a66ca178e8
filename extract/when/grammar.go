package when

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tifa-project/tifa/rules"
)

// A Word is an entry of the grammar's lexicon (rules/date_cues.txt).
type Word struct {
	Text  string
	Kind  string // one of the kinds below
	Value int
}

// The kinds of words the grammar reads.
const (
	KindRelative  = "relative"  // a day relative to the base: 今天 0, 昨日 -1
	KindWeekday   = "weekday"   // a day of the week: 周四 4 (0 is Sunday)
	KindWeekShift = "weekshift" // before a weekday, the week: 上 -1 (上周四), 本 0, 下 1
	KindThisMonth = "thismonth" // before a day, the month: 本月 0, 上月 -1
	KindThisYear  = "thisyear"  // before a month and day, the year: 今年 0, 去年 -1
	KindDayCount  = "daycount"  // before "N日", a count of days, not a day: 第, 近, 每, 为期
	KindDaySpan   = "dayspan"   // after "N日", a span, not a day: 内, 以上, 左右, 游
	KindNotDay    = "notday"    // a word that starts like a relative day and is none: 今天的 ("今天的浙江", nowadays)
)

// Grammar is the compiled lexicon. It is read-only once built and safe for
// concurrent use.
type Grammar struct {
	relative, weekday, weekShift, thisMonth, thisYear, notDay map[rune][]Word // by first rune, longest first
	dayCount, daySpan                                         []string
}

// New compiles a lexicon. Words of unknown kinds are an error.
func New(words []Word) (*Grammar, error) {
	g := &Grammar{
		relative: map[rune][]Word{}, weekday: map[rune][]Word{}, weekShift: map[rune][]Word{},
		thisMonth: map[rune][]Word{}, thisYear: map[rune][]Word{}, notDay: map[rune][]Word{},
	}
	for _, w := range words {
		if w.Text == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.Text)
		switch w.Kind {
		case KindRelative:
			g.relative[r] = append(g.relative[r], w)
		case KindWeekday:
			if w.Value < 0 || w.Value > 6 {
				return nil, fmt.Errorf("when: %q: a weekday is 0 (Sunday) to 6", w.Text)
			}
			g.weekday[r] = append(g.weekday[r], w)
		case KindWeekShift:
			g.weekShift[r] = append(g.weekShift[r], w)
		case KindThisMonth:
			g.thisMonth[r] = append(g.thisMonth[r], w)
		case KindThisYear:
			g.thisYear[r] = append(g.thisYear[r], w)
		case KindNotDay:
			g.notDay[r] = append(g.notDay[r], w)
		case KindDayCount:
			g.dayCount = append(g.dayCount, w.Text)
		case KindDaySpan:
			g.daySpan = append(g.daySpan, w.Text)
		default:
			return nil, fmt.Errorf("when: %q: unknown kind %q", w.Text, w.Kind)
		}
	}
	for _, m := range []map[rune][]Word{g.relative, g.weekday, g.weekShift, g.thisMonth, g.thisYear, g.notDay} {
		for _, ws := range m {
			sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].Text) > len(ws[j].Text) })
		}
	}
	return g, nil
}

// Kinds reports whether kind is one the grammar reads: a caller that keeps
// other kinds in the same file passes only these to New.
func Kinds(kind string) bool {
	switch kind {
	case KindRelative, KindWeekday, KindWeekShift, KindThisMonth, KindThisYear, KindDayCount, KindDaySpan, KindNotDay:
		return true
	}
	return false
}

// ParseWords reads a lexicon in the form of rules/date_cues.txt: one word a
// line, "text<TAB>kind[<TAB>value]", "#" comments. Lines of kinds the grammar
// does not read are skipped.
func ParseWords(data string) ([]Word, error) {
	var out []Word
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || !Kinds(strings.TrimSpace(f[1])) {
			continue
		}
		w := Word{Text: strings.TrimSpace(f[0]), Kind: strings.TrimSpace(f[1])}
		if len(f) > 2 {
			v, err := strconv.Atoi(strings.TrimSpace(f[2]))
			if err != nil {
				return nil, fmt.Errorf("when: line %d: value: %w", n, err)
			}
			w.Value = v
		}
		out = append(out, w)
	}
	return out, sc.Err()
}

var (
	defaultOnce    sync.Once
	defaultGrammar *Grammar
	defaultErr     error
)

// Default is the grammar of tifa's built-in lexicon (rules/date_cues.txt).
func Default() *Grammar {
	defaultOnce.Do(func() {
		data, err := rules.FS.ReadFile("date_cues.txt")
		if err != nil {
			defaultErr = err
			return
		}
		words, err := ParseWords(string(data))
		if err != nil {
			defaultErr = err
			return
		}
		defaultGrammar, defaultErr = New(words)
	})
	if defaultErr != nil {
		panic("when: built-in lexicon: " + defaultErr.Error()) // a broken embedded file is a build error
	}
	return defaultGrammar
}

// wordAt returns the longest word of ws that s starts with.
func wordAt(ws []Word, s string) (Word, bool) {
	for _, w := range ws {
		if strings.HasPrefix(s, w.Text) {
			return w, true
		}
	}
	return Word{}, false
}

func hasPrefixAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
