package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/rules"
)

func TestLiteralFilter(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string // nil: no filter
	}{
		{`[【\[]?(?:字号|字体)[:：]?\s*[【\[]?\s*[大中小]\s*[大中小]\s*[大中小][】\]]?`, []string{"字号", "字体"}},
		{`(?:浏览次数|阅读次数|点击数|访问量|阅读量)[:：]?\s*\d*次?`, []string{"浏览次数", "阅读次数", "点击数", "访问量", "阅读量"}},
		{`^\[[^\]]{1,12}\]\(\S+\)$`, []string{"]("}},
		{`^(?:本文)?(?:链接|网址|原文链接|原文地址)[:：]\s*https?://\S+$`, []string{"http://", "https://"}},
		{`^[^。，；]{0,60}(?:首页|主页)\s*(?:>|»|＞|→|/)`, []string{"首页", "主页"}},
		{`^[^。，；]{0,60}(?:>|»|＞|→)\s*正文$`, []string{"正文"}},
		{`^\{\{<.*>\}\}$`, []string{"{{<"}},
		{`(?i)打印|close`, nil},
		{`\d+`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`.+`, nil},
		{`a*`, nil},
	} {
		f := newLiteralFilter(regexp.MustCompile(c.pattern))
		got := slices.Clone(f.any)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: filter %q, want %q", c.pattern, got, want)
		}
	}
}

// TestLiteralFilterNeverHidesAMatch checks the filter of every furniture
// regex against lines that match it: the filter may only say no when the
// regexp would.
func TestLiteralFilterNeverHidesAMatch(t *testing.T) {
	r, err := LoadRules(rules.FS)
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"【字号：大 中 小】", "字体：大中小", "浏览次数：1234次", "阅读量 52",
		"[返回首页](https://www.gov.cn/)", "本文链接：https://www.gov.cn/a.html", "原文地址:http://x.cn/1",
		"首页 > 新闻中心 > 正文", "您所在的位置：主页 » 政务公开", "{{< figure src=\"a.png\" >}}", "![图片](a.png)",
		"市委副书记、市长孟庆斌主持会议并讲话。",
	}
	for _, rule := range r.furniture.rules {
		if rule.re == nil {
			continue
		}
		for _, l := range lines {
			if rule.re.MatchString(l) && !rule.need.mayMatch(l, nil) {
				t.Errorf("%s matches %q, but its filter %q says it cannot", rule.re, l, strings.Join(rule.need.any, " "))
			}
		}
	}
	br := r.furniture.byline
	bylines := []string{
		"(记者 张浩)", "（通讯员 李明 王芳）", "齐鲁晚报·齐鲁壹点记者 褚思雨 整理", "实习生 刘洋", "作者：张三",
		"来源：临汾新闻网 发布时间：2021-09-17", "时间:2021-09-17 来源:淮安党建网 作者: 字号:[ ]", "编辑：王五",
	}
	for _, c := range []struct {
		re   *regexp.Regexp
		need literalFilter
	}{{br.label, br.labelNeed}, {br.inParens, br.inParensNeed}, {br.atStart, br.atStartNeed}} {
		if c.need.any == nil {
			t.Errorf("%s: no filter derived", c.re)
		}
		matched := false
		for _, l := range append(bylines, lines...) {
			m := c.re.MatchString(l)
			matched = matched || m
			if m && !c.need.mayMatch(l, nil) {
				t.Errorf("%s matches %q, but its filter says it cannot", c.re, l)
			}
		}
		if !matched {
			t.Errorf("%s: no test line matches it", c.re)
		}
	}
}

func FuzzLiteralFilter(f *testing.F) {
	f.Add(`(?:浏览次数|阅读次数)[:：]?\s*\d*次?`, "浏览次数：12次")
	f.Add(`^[^。，；]{0,60}(?:首页|主页)\s*(?:>|»|＞|→|/)`, "首页 > 新闻")
	f.Add(`a(b|c)?d[ef]`, "xxacdf")
	f.Fuzz(func(t *testing.T, pattern, s string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		if re.MatchString(s) && !newLiteralFilter(re).mayMatch(s, nil) {
			t.Errorf("%q matches %q, but its filter %q says it cannot", pattern, s, newLiteralFilter(re).any)
		}
		checkIndexedFilters(t, []string{pattern, `(?:作者|记者)[:：]`, `阅读量|点击数`}, s)
	})
}

// checkIndexedFilters checks that the filters of patterns, indexed in one
// literalSet, answer for line what each answers alone with strings.Contains,
// asked in turn with one lineLiterals, as cleanFurniture asks them.
func checkIndexedFilters(t *testing.T, patterns []string, line string) {
	t.Helper()
	var filters []*literalFilter
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			continue
		}
		f := newLiteralFilter(re)
		filters = append(filters, &f)
	}
	lits := lineLiterals{set: indexFilters(filters...)}
	for _, s := range []string{line, strings.TrimSpace(line), line} {
		for _, f := range filters {
			if got, want := f.mayMatch(s, &lits), f.mayMatch(s, nil); got != want {
				t.Errorf("filter %q on %q: indexed says %v, strings.Contains %v", f.any, s, got, want)
			}
		}
	}
}

func TestIndexedFilters(t *testing.T) {
	r, err := LoadRules(rules.FS)
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, rule := range r.furniture.rules {
		if rule.re != nil {
			patterns = append(patterns, rule.re.String())
		}
	}
	br := r.furniture.byline
	patterns = append(patterns, br.label.String(), br.inParens.String(), br.atStart.String())
	for _, line := range []string{
		"【字号：大 中 小】", "浏览次数：1234次 阅读量 52", "[返回首页](https://www.gov.cn/)",
		"首页 > 新闻中心 > 正文", "（记者 张浩 通讯员 李明）", "来源：临汾新闻网 发布时间：2021-09-17",
		"市委副书记、市长孟庆斌主持会议并讲话。", "", "作者作者作者", "\xff记者",
	} {
		checkIndexedFilters(t, patterns, line)
	}
	// More strings than a set holds: the filters past the 64th string ask
	// strings.Contains.
	var many []string
	for i := range 70 {
		many = append(many, "词"+strconv.Itoa(i)+"|号"+strconv.Itoa(i))
	}
	checkIndexedFilters(t, many, "词5 号68 词69")
}
