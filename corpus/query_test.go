package corpus

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestParseQuery(t *testing.T) {
	for _, c := range []struct{ in, match string }{
		{"攻坚行动", `"攻坚" "坚行" "行动"`},
		{"脱贫", `"脱贫"`},
		{"攻", `"攻"*`},
		{"10大攻坚战役", `"10" "大攻" "攻坚" "坚战" "战役"`},
		{"攻坚 脱贫", `("攻坚") AND ("脱贫")`},
		{"攻坚 AND 脱贫", `("攻坚") AND ("脱贫")`},
		{"临汾 OR 济宁", `("临汾") OR ("济宁")`},
		{"项目 NOT 临汾", `"项目"`}, // exclusions are decided per unit, in Go
		{"项目 -临汾", `"项目"`},
		{"(项目 -临汾) OR 济宁", `("项目") OR ("济宁")`},
		{`"重点 工作"`, `"重点" "点工" "工作"`},
		{"攻坚90", `"攻坚" "坚" "90"`},
		{"10大", `"10" "大"*`},
		{"开复工率 90%", `("开复" "复工" "工率") AND ("90")`},
		{"(临汾 OR 济宁) 攻坚", `(("临汾") OR ("济宁")) AND ("攻坚")`},
		{"“十大攻坚行动”", `("十大" "大攻" "攻坚" "坚行" "行动") OR ("10" "大攻" "攻坚" "坚行" "行动")`},
	} {
		q, err := ParseQuery(c.in, nil)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if q.Match != c.match {
			t.Errorf("%q: match %s, want %s", c.in, q.Match, c.match)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "(攻坚", "攻坚)", `"攻坚`, "NOT 攻坚", "-攻坚", "攻坚 OR", "OR 攻坚", "NOT", "攻坚 OR -脱贫", "，。"} {
		_, err := ParseQuery(in, nil)
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: err = %v, want a QueryError", in, err)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"攻坚 OR (脱贫 -临汾)", `"a b" NOT c`, "((", "-", "“十大”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseQuery(s, nil) // must not panic; errors are QueryErrors
	})
}

func TestIndexTokens(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"十大攻坚行动", "十大 大攻 攻坚 坚行 行动 动"},
		{"开复工率达到90%以上", "开复 复工 工率 率达 达到 到 90 以上 上"},
		{"双招双引、1+N+2", "双招 招双 双引 引 1 n 2"},
		{"攻", "攻"},
	} {
		if got := indexTokens(c.in); got != c.want {
			t.Errorf("indexTokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The index row of a text holds each of its tokens once.
func TestTokenSetIsTheDistinctIndexTokens(t *testing.T) {
	ts := newTokenSet()
	texts := []string{"十大攻坚行动，十大攻坚行动", "开复工率达到90%以上；90%", "攻", "", "ABC abc Äb äB 攻攻攻"}
	for _, r := range sampleRecords(t) {
		texts = append(texts, r.Title+"\n"+r.Text)
	}
	for _, text := range texts {
		checkTokenSet(t, ts, text)
	}
	if got := ts.tokens("攻坚攻坚，攻"); got != "攻坚 坚攻 坚 攻" {
		t.Errorf("tokens: %q", got)
	}
}

func checkTokenSet(t *testing.T, ts *tokenSet, text string) {
	t.Helper()
	want := strings.Fields(indexTokens(text))
	slices.Sort(want)
	want = slices.Compact(want)
	got := strings.Fields(ts.tokens(text))
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("tokens of %.40q: %d distinct, want %d", text, len(got), len(want))
	}
}

func FuzzTokenSet(f *testing.F) {
	for _, s := range []string{"十大攻坚行动，十大攻坚行动", "a1 Ⅻ ｆ 攻", "\xff攻\x00"} {
		f.Add(s)
	}
	ts := newTokenSet()
	f.Fuzz(func(t *testing.T, s string) { checkTokenSet(t, ts, s) })
}

func TestRunePairSetEmptiesAcrossGenerations(t *testing.T) {
	var s runePairSet
	for gen := 0; gen < 3; gen++ {
		s.reset()
		for k := uint64(0); k < 3000; k++ {
			if !s.add(k * 7) {
				t.Fatalf("generation %d: %d already there", gen, k*7)
			}
		}
		if s.add(7) {
			t.Fatalf("generation %d: 7 added twice", gen)
		}
	}
	s.cur = math.MaxUint32 // the next reset wraps
	s.reset()
	if !s.add(7) {
		t.Error("after the generations wrapped, 7 was still there")
	}
}

func TestIsHanIsUnicodeHan(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

// A query is bounded in length and in terms, with an error that says so, and
// an oversized one is refused at once, before any parsing (it took 13 s
// before the bounds, and SQLite's FTS5 parser minutes more).
func TestParseQueryBounds(t *testing.T) {
	long := strings.Repeat("攻坚行动", MaxQueryChars/4) // exactly the limit
	if _, err := ParseQuery(long, nil); err != nil {
		t.Errorf("%d characters: %v", MaxQueryChars, err)
	}
	many := strings.TrimSpace(strings.Repeat("攻坚 ", MaxQueryTerms))
	if _, err := ParseQuery(many+" OR 脱贫 AND (济宁)", nil); err == nil || !strings.Contains(err.Error(), "at most 32") {
		t.Errorf("%d terms and operators: %v", MaxQueryTerms+2, err)
	}
	if _, err := ParseQuery(many, nil); err != nil {
		t.Errorf("%d terms: %v", MaxQueryTerms, err)
	}
	start := time.Now()
	for _, c := range []struct{ q, want string }{
		{long + "攻", "the query has 257 characters; at most 256"},
		{strings.Repeat("攻坚行动", 225000), "the query has 900000 characters"},
		{strings.Repeat("(", 900000), "the query has 900000 characters"},
		{many + " 脱贫", "the query has 33 words or phrases; at most 32"},
		{strings.Repeat(`"a" `, 40), "the query has 40 words or phrases"},
	} {
		_, err := ParseQuery(c.q, nil)
		var qe *QueryError
		if !errors.As(err, &qe) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.20q…: err = %v, want a QueryError saying %q", c.q, err, c.want)
		}
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("refusing oversized queries took %v", took)
	}
}

// A request's SQL stops when its context ends (the driver interrupts SQLite
// on cancellation in QueryContext), so no query outlives the request that
// asked for it: here one that would never end.
func TestCancelledContextStopsItsSQL(t *testing.T) {
	s := openTemp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		done <- scanRows(ctx, s.db, `WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c) SELECT count(*) FROM c`,
			nil, func(*sql.Rows) error { return nil })
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("an endless query ended without error")
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("the query stopped %v after its context ended", took)
		}
		t.Logf("stopped after %v: %v", time.Since(start), err)
	case <-time.After(30 * time.Second):
		t.Fatal("the query went on 30 s after its context ended")
	}
	// The connection is usable afterwards.
	if _, err := s.Search(context.Background(), mustQuery(t, "项目"), Filter{}); err != nil {
		t.Errorf("search after the interrupt: %v", err)
	}
}

func mustQuery(t *testing.T, q string) Query {
	t.Helper()
	pq, err := ParseQuery(q, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pq
}
