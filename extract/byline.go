package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byline is what a page's byline says about the article: "时间:2021-09-17
// 来源:淮安党建网 作者:" or "2022-03-12 09:44:58 来源:临汾新闻网 浏览次数:".
type Byline struct {
	Published Day
	Rank      int // how much Published is believed (rules/date_labels.txt); -1 without a date
	Outlet    string
	Reporters []string
}

// bylineRules are the compiled byline labels.
type bylineRules struct {
	label     *regexp.Regexp // every label, longest first, with its colon
	labelNeed literalFilter
	dateRank  map[string]int // date label → rank
	outlet    map[string]bool
	reporter  map[string]bool
	stopName  map[string]bool
	inParens  *regexp.Regexp // "(记者 张浩)": a reporter marker inside brackets
	atStart   *regexp.Regexp // "齐鲁壹点记者 褚思雨 整理": a marker on a short byline line
	// what a line needs for inParens or atStart to match: a reporter marker
	inParensNeed, atStartNeed literalFilter
	clockTime                 *regexp.Regexp

	urlDay *regexp.Regexp
}

func compileBylineRules(r *Rules) (*bylineRules, error) {
	br := &bylineRules{dateRank: map[string]int{}, outlet: map[string]bool{}, reporter: map[string]bool{}, stopName: map[string]bool{}}
	var labels []string
	for _, row := range r.Table("date_labels") {
		rank := 1
		if len(row) > 1 {
			if n, err := strconv.Atoi(row[1]); err == nil {
				rank = n
			}
		}
		br.dateRank[row[0]] = rank
		labels = append(labels, row[0])
	}
	for _, w := range r.List("outlet_markers") {
		br.outlet[w] = true
		labels = append(labels, w)
	}
	var markers []string
	for _, w := range r.List("reporter_markers") {
		br.reporter[w] = true
		labels = append(labels, w)
		markers = append(markers, regexp.QuoteMeta(w))
	}
	for _, w := range r.List("reporter_stopwords") {
		br.stopName[w] = true
	}
	labels = append(labels, r.List("byline_labels")...)
	sort.Slice(labels, func(i, j int) bool {
		if len(labels[i]) != len(labels[j]) {
			return len(labels[i]) > len(labels[j])
		}
		return labels[i] < labels[j]
	})
	quoted := make([]string, 0, len(labels))
	seen := map[string]bool{}
	for _, l := range labels {
		if l != "" && !seen[l] {
			seen[l] = true
			quoted = append(quoted, regexp.QuoteMeta(l))
		}
	}
	if len(quoted) == 0 {
		quoted = append(quoted, `\x00never`)
	}
	var err error
	if br.label, err = regexp.Compile(`(` + strings.Join(quoted, "|") + `)\s*[:：]?`); err != nil {
		return nil, err
	}
	if len(markers) == 0 {
		markers = append(markers, `\x00never`)
	}
	m := strings.Join(markers, "|")
	names := `((?:\p{Han}{2,4}(?:[ 、,，]+|$|[)）]))+)`
	if br.inParens, err = regexp.Compile(`[（(][^()（）]{0,24}?(?:` + m + `)[:：]?\s*` + names); err != nil {
		return nil, err
	}
	if br.atStart, err = regexp.Compile(`^[^。，]{0,20}?(?:` + m + `)[:：]?\s*` + names); err != nil {
		return nil, err
	}
	br.labelNeed = newLiteralFilter(br.label)
	br.inParensNeed, br.atStartNeed = newLiteralFilter(br.inParens), newLiteralFilter(br.atStart)
	br.clockTime = regexp.MustCompile(`\d{1,2}:\d{2}`)
	// "/2023/01/31/", "/a/20200911/", "/2018-11/26/", "/t20181126_123.html"; not
	// the 14-digit stamps of web archives.
	br.urlDay = regexp.MustCompile(`/t?((?:19|20)\d{2})[-/_]?(\d{2})[-/_]?(\d{2})(?:[/_.]|$)`)
	return br, nil
}

// ParseByline reads one line of normalized (Simplified) text as a byline. It
// says false when the line is not one: too long, a sentence, or without a
// date or outlet.
func (r *Rules) ParseByline(line string) (Byline, bool) {
	if r == nil || r.furniture == nil {
		return Byline{Rank: -1}, false
	}
	return r.furniture.byline.parse(line, nil)
}

func (br *bylineRules) parse(line string, lits *lineLiterals) (Byline, bool) {
	b := Byline{Rank: -1}
	line = strings.TrimSpace(line)
	if line == "" || !runesAtMost(line, 120) || strings.ContainsFunc(line, isFullStop) {
		return b, false
	}
	var locs [][]int
	if br.labelNeed.mayMatch(line, lits) {
		locs = br.label.FindAllStringSubmatchIndex(line, -1)
	}
	found := false
	// The text before the first label: a bare date ("2022-03-12 09:44:58 来源:…").
	head := line
	if len(locs) > 0 {
		head = line[:locs[0][0]]
	}
	// A byline starts with a label or a date: "会议时间:2021年9月15日" is a
	// line of a notice, not a byline.
	if bare := strings.Trim(head, " 【】[]()（）|｜·"); bare != "" && len(locs) > 0 && !onlyDate(bare) {
		return b, false
	}
	if day := fullDay(head); day != "" && (len(locs) > 0 || onlyDate(head)) {
		b.Published, b.Rank = day, 2
		found = true
	}
	for i, loc := range locs {
		label := line[loc[2]:loc[3]]
		end := len(line)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		value := strings.TrimSpace(line[loc[1]:end])
		if rank, ok := br.dateRank[label]; ok {
			if day := fullDay(value); day != "" {
				if rank > b.Rank {
					b.Published, b.Rank = day, rank
				}
				found = true
			}
			continue
		}
		// "来源:新华网 | 2021-09-17 09:00": a bare date after another field.
		if day := fullDay(value); day != "" && b.Rank < 2 {
			b.Published, b.Rank = day, 2
			found = true
		}
		if br.outlet[label] {
			if v := firstField(value); v != "" && b.Outlet == "" {
				b.Outlet = v
				found = true
			}
			continue
		}
		if br.reporter[label] {
			b.Reporters = append(b.Reporters, br.names(value)...)
		}
	}
	if !found {
		return Byline{Rank: -1}, false
	}
	// A byline is mostly labels and values; a line with more prose than that
	// is a sentence that happens to hold a date.
	if len(locs) == 0 && !onlyDate(line) {
		return Byline{Rank: -1}, false
	}
	return b, true
}

// onlyDate says whether s is a date (with perhaps a time, 09:44 or 07时41分,
// and a weekday) and nothing more.
func onlyDate(s string) bool {
	rest := dayForms.ReplaceAllString(s, "")
	rest = strings.TrimLeft(rest, "日号 ")
	for _, r := range rest {
		switch {
		case unicode.IsSpace(r), unicode.IsDigit(r), strings.ContainsRune(":：日号()（）星期一二三四五六天周上下午时分秒", r):
		default:
			return false
		}
	}
	return true
}

// firstField is the value of a byline field up to the first space.
func firstField(v string) string {
	if i := strings.IndexFunc(v, unicode.IsSpace); i >= 0 {
		v = v[:i]
	}
	v = strings.Trim(v, "[]【】|｜,，、:：")
	// Keep a bracket the value closes itself: "中国经营报(北京)".
	for _, pair := range []string{"()", "（）"} {
		open, closing := string([]rune(pair)[0]), string([]rune(pair)[1])
		if strings.Count(v, open) < strings.Count(v, closing) {
			v = strings.TrimSuffix(v, closing)
		}
		if strings.Count(v, open) > strings.Count(v, closing) {
			v = strings.TrimPrefix(v, open)
		}
	}
	return v
}

// names splits "张浩 李明" or "张浩、李明" into names of 2–4 Han characters,
// leaving out words that are not names (整理, 报道).
func (br *bylineRules) names(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、,，)）/", r)
	}) {
		n := utf8.RuneCountInString(f)
		if n < 2 || n > 4 || br.stopName[f] || !allHan(f) {
			break
		}
		out = append(out, f)
	}
	return out
}

// isFullStop says whether r ends a sentence of prose: a byline has none.
func isFullStop(r rune) bool { return r == '。' || r == '！' || r == '？' }

func allHan(s string) bool {
	for _, r := range s {
		if !isHanRune(r) {
			return false
		}
	}
	return s != ""
}

// reportersIn finds reporters named in a line of the article: "(记者 张浩)",
// or a short byline line "齐鲁晚报·齐鲁壹点记者 褚思雨 整理".
func (br *bylineRules) reportersIn(line string, lits *lineLiterals) []string {
	var out []string
	if br.inParensNeed.mayMatch(line, lits) {
		for _, m := range br.inParens.FindAllStringSubmatch(line, 2) {
			out = append(out, br.names(m[1])...)
		}
	}
	if len(out) == 0 && runesAtMost(line, 40) && br.atStartNeed.mayMatch(line, lits) {
		if m := br.atStart.FindStringSubmatch(line); m != nil {
			out = append(out, br.names(m[1])...)
		}
	}
	return out
}

// DayInURL returns the day a URL's path carries ("/2023/01/31/", "/a/20200911/"),
// or "".
func (r *Rules) DayInURL(url string) Day {
	if r == nil || r.furniture == nil {
		return ""
	}
	return r.furniture.byline.dayInURL(url)
}

func (br *bylineRules) dayInURL(url string) Day {
	for _, m := range br.urlDay.FindAllStringSubmatch(url, 3) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if day := MakeDay(y, mo, d); day != "" {
			return day
		}
	}
	return ""
}

// ReportersIn finds reporters named in a line of normalized text: "(记者
// 张浩)", or a short byline line such as "齐鲁晚报·齐鲁壹点记者 褚思雨 整理".
func (r *Rules) ReportersIn(line string) []string {
	if r == nil || r.furniture == nil {
		return nil
	}
	return r.furniture.byline.reportersIn(line, nil)
}

// fullDay is ParseDay for bylines, which always carry a year: ParseDay reads
// a year 0000 as "no year" and returns a yearless day.
func fullDay(s string) Day {
	d := ParseDay(s)
	if strings.HasPrefix(string(d), "--") {
		return ""
	}
	return d
}
