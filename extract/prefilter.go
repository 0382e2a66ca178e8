package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// literalFilter is a cheap necessary condition for a regular expression to
// match: one of its strings occurs in every text the expression matches. It
// lets a rule's regexp (furniture.txt, a user's own) run only on the lines
// where it can match; most lines of an article hold none of its words.
type literalFilter struct {
	any []string // nil: no condition could be derived, every text may match
	// bits are the bits of any in a literalSet (see indexFilters); 0 when
	// the filter is not indexed and asks strings.Contains instead.
	bits uint64
}

// maxFilterStrings bounds the sets built while deriving a filter.
const maxFilterStrings = 64

func newLiteralFilter(re *regexp.Regexp) literalFilter {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return literalFilter{}
	}
	need, ok := required(parsed)
	if !ok {
		return literalFilter{}
	}
	return literalFilter{any: need}
}

// mayMatch says whether s holds one of the filter's strings. lits, when not
// nil, finds the strings of all indexed filters in one pass over s and
// remembers them for the next filter asked about the same s.
func (f literalFilter) mayMatch(s string, lits *lineLiterals) bool {
	if f.any == nil {
		return true
	}
	if f.bits != 0 && lits != nil {
		return lits.of(s)&f.bits != 0
	}
	for _, w := range f.any {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// required returns strings one of which occurs in every match of re, or false.
func required(re *syntax.Regexp) ([]string, bool) {
	if set, ok := exactly(re); ok && !slices.Contains(set, "") {
		return minimal(set), true
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		if len(all) <= maxFilterStrings {
			return minimal(all), true
		}
	case syntax.OpConcat:
		var best []string
		consider := func(set []string) {
			if len(set) > 0 && !slices.Contains(set, "") && (best == nil || betterFilter(set, best)) {
				best = set
			}
		}
		// Runs of subexpressions with a finite set of matches multiply out
		// (字 then [号体] → 字号, 字体); any other part may require its own.
		var run []string
		inRun := false
		for _, sub := range re.Sub {
			if set, ok := exactly(sub); ok {
				if longer, ok := product(run, set); inRun && ok {
					run = longer
				} else {
					run, inRun = set, true // too many: start over from here
				}
				consider(run)
				continue
			}
			inRun = false
			if set, ok := required(sub); ok {
				consider(set)
			}
		}
		if best != nil {
			return minimal(best), true
		}
	}
	return nil, false
}

// exactly returns every string re can match, when they are few.
func exactly(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == maxFilterStrings {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return set, true
	case syntax.OpCapture:
		return exactly(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exactly(re.Sub[0])
		if !ok {
			return nil, false
		}
		return append(set, ""), len(set) < maxFilterStrings
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := exactly(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, len(all) <= maxFilterStrings
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			set, ok := exactly(sub)
			if !ok {
				return nil, false
			}
			if out, ok = product(out, set); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// product is every a followed by every b, when there are few.
func product(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxFilterStrings {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}

// minimal drops duplicates and every string that holds another of the set:
// a text holding the longer one holds the shorter one too.
func minimal(set []string) []string {
	var out []string
	for i, s := range set {
		redundant := false
		for j, t := range set {
			if j != i && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}

// betterFilter prefers the set whose shortest string is longer (rarer in
// text), then the smaller set.
func betterFilter(a, b []string) bool {
	shortest := func(set []string) int {
		n := len(set[0])
		for _, s := range set[1:] {
			n = min(n, len(s))
		}
		return n
	}
	if sa, sb := shortest(a), shortest(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

// literalSet holds the strings of several literal filters, to find which of
// them a line holds in one pass over it: many filters asking
// strings.Contains one string at a time read each line again and again, and
// Chinese text gives strings.Index's first-byte search a candidate at almost
// every character.
type literalSet struct {
	words wordIndex
}

// indexFilters gives the strings of filters bits in a new literalSet, as long
// as there are at most 64 distinct strings; a filter whose strings do not all
// fit keeps asking strings.Contains.
func indexFilters(filters ...*literalFilter) *literalSet {
	var words []string
	bit := map[string]int{}
	for _, f := range filters {
		var bits uint64
		for _, w := range f.any {
			k, ok := bit[w]
			if !ok {
				if len(words) == 64 || w == "" {
					bits = 0
					break
				}
				k = len(words)
				bit[w] = k
				words = append(words, w)
			}
			bits |= 1 << k
		}
		f.bits = bits
	}
	return &literalSet{words: newWordIndex(words)}
}

// lineLiterals is per-call scratch for a literalSet: which of its strings
// the line last asked about holds.
type lineLiterals struct {
	set  *literalSet
	line string
	has  uint64
	done bool
}

// of returns the bits of the set's strings that s holds, scanning s only
// when it is not the line asked about last.
func (l *lineLiterals) of(s string) uint64 {
	if l.done && s == l.line {
		return l.has
	}
	var has uint64
	l.set.words.scan(s, true, func(k, _ int) { has |= 1 << k })
	l.line, l.has, l.done = s, has, true
	return has
}
