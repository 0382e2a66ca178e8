package corpus

import (
	"errors"
	"testing"
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
