package when

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind is the form of a mention, which says what it needs to be resolved.
type Kind uint8

const (
	Full        Kind = iota + 1 // year, month and day written: 2020年3月5日, 2020-03-05, 20200305
	MonthDay                    // 3月5日: the year comes from the base
	DayOnly                     // 5日 after a subject (习近平5日会见…): month and year from the base
	RelDay                      // 今天, 昨日: Offset days from the base
	RelMonthDay                 // 本月12日, 上月3号: Offset months from the base's month
	RelYear                     // 今年3月5日, 去年10月7日: Offset years from the base's year
	Weekday                     // 周四: the latest such day on or before the base
	WeekdayIn                   // 上周五, 下周三: the weekday of the week Offset weeks from the base's (weeks start on Monday)
)

// Mention is one date of a text.
type Mention struct {
	Start, End int // byte offsets of the whole mention (range and time of day included)
	Kind       Kind
	Year       int          // as written, for Full (two-digit years already widened)
	Month, Day int          // as written; Month 0 for DayOnly, RelDay and weekdays
	Offset     int          // days, months, years or weeks, by Kind
	Weekday    time.Weekday // for Weekday and WeekdayIn
	// ToMonth, ToDay end a range ("3月5日至7日": 3, 7; "5月14~15日"); 0 without one.
	ToMonth, ToDay int
	Clock          bool // a time of day follows ("上午10:30", "08:15", "10时")
}

// Date resolves the mention against base, the day the text was written (a
// page's publication day); base may be the zero Date when unknown, and then
// only Full and MonthDay (yearless) mentions resolve. A yearless month and day
// takes the year that puts it nearest before the base: a December event on a
// January page is last year's.
func (m Mention) Date(base Date) (Date, bool) {
	known := base.HasYear()
	switch m.Kind {
	case Full:
		return Make(m.Year, m.Month, m.Day)
	case MonthDay:
		if !known {
			return Make(0, m.Month, m.Day)
		}
		return Make(yearNear(base, m.Month, m.Day), m.Month, m.Day)
	}
	if !known {
		return Date{}, false
	}
	switch m.Kind {
	case DayOnly:
		return nearestDay(base, m.Day)
	case RelDay:
		return base.AddDays(m.Offset), true
	case RelMonthDay:
		t := time.Date(base.Year, time.Month(base.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, m.Offset, 0)
		return Make(t.Year(), int(t.Month()), m.Day)
	case RelYear:
		return Make(base.Year+m.Offset, m.Month, m.Day)
	case Weekday:
		back := (int(base.Time().Weekday()) - int(m.Weekday) + 7) % 7
		return base.AddDays(-back), true
	case WeekdayIn:
		monday := base.AddDays(-((int(base.Time().Weekday()) + 6) % 7))
		return monday.AddDays(7*m.Offset + (int(m.Weekday)+6)%7), true
	}
	return Date{}, false
}

// yearNear is the year that puts month m, day d nearest the base, leaning to
// the past: up to a month after the base is this year's, more is last year's.
func yearNear(base Date, m, d int) int {
	y := base.Year
	t := time.Date(y, time.Month(m), min(d, 28), 0, 0, 0, 0, time.UTC)
	b := base.Time()
	if t.After(b.AddDate(0, 0, 31)) {
		return y - 1
	}
	if t.Before(b.AddDate(0, -11, 0)) {
		return y + 1
	}
	return y
}

// nearestDay is day d of the base's month or of the month before or after,
// whichever is nearest the base, a day ahead counting as three behind: news
// tells what happened more often than what is coming ("28日" on the 12th is
// last month's, "25日" on the 20th this month's).
func nearestDay(base Date, d int) (Date, bool) {
	var best Date
	bestDist := 1 << 30
	for _, shift := range []int{0, -1, 1, -2} {
		t := time.Date(base.Year, time.Month(base.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, shift, 0)
		c, ok := Make(t.Year(), int(t.Month()), d)
		if !ok {
			continue
		}
		dist := c.DaysSince(base)
		if dist < 0 {
			dist = -dist
		} else {
			dist *= 3
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best, !best.IsZero()
}

// Find lists the date mentions of s in text order.
func (g *Grammar) Find(s string) []Mention { return g.AppendFind(nil, s) }

// AppendFind appends the mentions of s to out.
func (g *Grammar) AppendFind(out []Mention, s string) []Mention {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var m Mention
		var next int
		switch {
		case digitValue(r) >= 0:
			m, next = g.atDigits(s, i)
		case cnDigit(r) >= 0 || r == '十':
			m, next = g.atCnNumber(s, i)
		default:
			m, next = g.atWord(s, i, r)
		}
		if m.Kind != 0 {
			out = append(out, m)
		}
		if next > i {
			i = next
		} else {
			i += size
		}
	}
	return out
}

// atDigits reads a date that starts with Arabic digits at i. It returns the
// mention (Kind 0 for none) and where to go on scanning.
func (g *Grammar) atDigits(s string, i int) (Mention, int) {
	run, n, j := readDigits(s, i, 8)
	if j < len(s) && digitAt(s, j) {
		// a run of nine or more digits: an ID or a phone number
		return Mention{}, skipDigits(s, j)
	}
	if prevAlnum(s, i) {
		return Mention{}, j
	}
	k := skipSpace(s, j)
	switch {
	case (n == 4 || n == 2) && strings.HasPrefix(s[k:], "年"):
		y := run
		if n == 2 {
			if prevCn(s, i) {
				return Mention{}, j
			}
			y = widenYear(run)
		}
		return g.afterYear(s, i, k+len("年"), y)
	case n == 4 && k == j && j < len(s) && (s[j] == '-' || s[j] == '/' || s[j] == '.'):
		return numericDate(s, i, j, run)
	case n == 8:
		if m, ok := compactDate(s, i, j, run); ok {
			return m, m.End
		}
		return Mention{}, j
	case n <= 2 && strings.HasPrefix(s[k:], "月"):
		if spanOfMonths(s, i) {
			return Mention{}, k + len("月")
		}
		m, ok := monthDay(s, i, k+len("月"), run)
		if !ok {
			return Mention{}, k + len("月")
		}
		m.Kind = MonthDay
		return m, m.End
	case n <= 2 && (strings.HasPrefix(s[k:], "日") || strings.HasPrefix(s[k:], "号")):
		if m, ok := g.bareDay(s, i, k, run); ok {
			return m, m.End
		}
	}
	return Mention{}, j
}

// afterYear reads the month and day after "YYYY年" (at k); a year and month
// without a day ("2024年3月", "2024年度") is no mention.
func (g *Grammar) afterYear(s string, start, k int, year int) (Mention, int) {
	if year < minYear || year > maxYear {
		return Mention{}, k // "0000年", "1234年": no year of a date
	}
	k = skipSpace(s, k)
	mo, mEnd, ok := readMonthDayNum(s, k)
	if !ok || mo < 1 || mo > 12 {
		return Mention{}, k
	}
	mEnd = skipSpace(s, mEnd)
	if !strings.HasPrefix(s[mEnd:], "月") {
		return Mention{}, k
	}
	m, ok := monthDay(s, start, mEnd+len("月"), mo)
	if !ok {
		// "2011年10月10 来源:…": with the year and month written, a day
		// without 日 that no word follows is still the day.
		d, n, e := readDigits(s, skipSpace(s, mEnd+len("月")), 2)
		if n == 0 || digitAt(s, e) || hanAt(s, e) {
			return Mention{}, mEnd + len("月")
		}
		m = Mention{Start: start, Month: mo, Day: d}
		m.End, m.Clock = timeOfDay(s, e)
	}
	m.Kind, m.Year = Full, year
	if _, valid := Make(year, m.Month, m.Day); !valid {
		return Mention{}, m.End
	}
	return m, m.End
}

// monthDay reads the day after "M月" (k is past 月), a range end and a time
// of day. The mention starts at start.
func monthDay(s string, start, k, month int) (Mention, bool) {
	if month < 1 || month > 12 {
		return Mention{}, false
	}
	k = skipSpace(s, k)
	d, dEnd, ok := readMonthDayNum(s, k)
	if !ok {
		return Mention{}, false
	}
	m := Mention{Start: start, Month: month, Day: d}
	e := skipSpace(s, dEnd)
	marked := false
	if strings.HasPrefix(s[e:], "日") || strings.HasPrefix(s[e:], "号") {
		e += len("日")
		marked = true
	}
	if toM, toD, end, ok := rangeEnd(s, e, month); ok {
		m.ToMonth, m.ToDay, e = toM, toD, end
	} else if !marked {
		return Mention{}, false // "3月5" is not a day unless a range ends it ("5月14~15日")
	}
	if _, valid := Make(0, month, d); !valid {
		return Mention{}, false
	}
	m.End, m.Clock = timeOfDay(s, e)
	return m, true
}

// rangeEnd reads the end of a range at k: "至7日", "—11日", "~4月2日".
func rangeEnd(s string, k, month int) (toMonth, toDay, end int, ok bool) {
	r, size := utf8.DecodeRuneInString(s[k:])
	if !strings.ContainsRune("~～至到—–-－", r) {
		return 0, 0, 0, false
	}
	k = skipSpace(s, k+size)
	if r == '—' && strings.HasPrefix(s[k:], "—") {
		k += len("—")
	}
	n, e, ok := readMonthDayNum(s, k)
	if !ok {
		return 0, 0, 0, false
	}
	e = skipSpace(s, e)
	toMonth = month
	if strings.HasPrefix(s[e:], "月") {
		toMonth = n
		e = skipSpace(s, e+len("月"))
		if n, e, ok = readMonthDayNum(s, e); !ok {
			return 0, 0, 0, false
		}
		e = skipSpace(s, e)
	}
	if !strings.HasPrefix(s[e:], "日") && !strings.HasPrefix(s[e:], "号") {
		return 0, 0, 0, false
	}
	if toMonth == 0 && (n < 1 || n > 31) {
		return 0, 0, 0, false
	}
	if _, valid := Make(0, toMonth, n); toMonth != 0 && !valid {
		return 0, 0, 0, false
	}
	return toMonth, n, e + len("日"), true
}

// timeOfDay reads what may follow a day: a weekday in brackets ("（星期四）"),
// a part of the day ("上午", "晚") and a clock ("10:30", "08:15:00", "10时30分").
// It returns the end and whether a time of day was read.
func timeOfDay(s string, k int) (int, bool) {
	end := k
	e := skipSpace(s, k)
	// "（星期四）", "(周四)", "星期四"
	for _, open := range []string{"（", "(", ""} {
		if !strings.HasPrefix(s[e:], open) {
			continue
		}
		p := e + len(open)
		for _, w := range []string{"星期", "周", "礼拜"} {
			if !strings.HasPrefix(s[p:], w) {
				continue
			}
			q := p + len(w)
			r, size := utf8.DecodeRuneInString(s[q:])
			if !strings.ContainsRune("一二三四五六日天", r) {
				continue
			}
			q += size
			if open != "" {
				closing := map[string]string{"（": "）", "(": ")"}[open]
				if !strings.HasPrefix(s[q:], closing) {
					continue
				}
				q += len(closing)
			}
			e, end = q, q
			break
		}
		if end != k {
			break
		}
	}
	clock := false
	e = skipSpace(s, end)
	for _, w := range dayParts {
		if strings.HasPrefix(s[e:], w) {
			e += len(w)
			end, clock = e, true
			break
		}
	}
	e = skipSpace(s, end)
	if e < len(s) && (s[e] == 'T' || s[e] == 't') && e == end {
		e++
	}
	if c, ok := readClock(s, e); ok {
		end, clock = c, true
	}
	return end, clock
}

// dayParts are the parts of a day that follow a date ("5日上午"), longest first.
var dayParts = []string{"上午", "下午", "晚上", "晚间", "早上", "早晨", "清晨", "凌晨", "中午", "傍晚", "夜间", "深夜", "午后", "晚", "早", "夜"}

// readClock reads "10:30", "08:15:00", "10时", "10时30分", "10点半" at k.
func readClock(s string, k int) (int, bool) {
	h, n, e := readDigits(s, k, 2)
	if n == 0 {
		hh, e2, ok := readMonthDayNum(s, k) // "十时"
		if !ok {
			return k, false
		}
		h, e = hh, e2
		if !strings.HasPrefix(s[e:], "时") && !strings.HasPrefix(s[e:], "点") {
			return k, false
		}
	}
	if h > 24 {
		return k, false
	}
	switch {
	case strings.HasPrefix(s[e:], ":") || strings.HasPrefix(s[e:], "："):
		_, sep := utf8.DecodeRuneInString(s[e:])
		mm, n2, e2 := readDigits(s, e+sep, 2)
		if n2 != 2 || mm > 59 {
			return k, false
		}
		e = e2
		if strings.HasPrefix(s[e:], ":") {
			if _, n3, e3 := readDigits(s, e+1, 2); n3 == 2 {
				e = e3
				if e < len(s) && s[e] == '.' { // fractions of a second
					_, _, e = readDigits(s, e+1, 9)
				}
			}
		}
		return zone(s, e), true
	case strings.HasPrefix(s[e:], "时") || strings.HasPrefix(s[e:], "点"):
		e += len("时")
		if strings.HasPrefix(s[e:], "半") {
			return e + len("半"), true
		}
		if mm, n2, e2 := readDigits(s, e, 2); n2 > 0 && mm < 60 && strings.HasPrefix(s[e2:], "分") {
			e = e2 + len("分")
		} else if _, e2, ok := readMonthDayNum(s, e); ok && strings.HasPrefix(s[e2:], "分") {
			e = e2 + len("分")
		}
		return e, true
	}
	return k, false
}

// zone reads a time zone after a clock: "Z", "+08:00", "+0800".
func zone(s string, k int) int {
	if k < len(s) && (s[k] == 'Z' || s[k] == 'z') && !alnumAt(s, k+1) {
		return k + 1
	}
	if k < len(s) && (s[k] == '+' || s[k] == '-') {
		_, n, e := readDigits(s, k+1, 2)
		if n != 2 {
			return k
		}
		if strings.HasPrefix(s[e:], ":") {
			if _, n2, e2 := readDigits(s, e+1, 2); n2 == 2 {
				return e2
			}
			return e
		}
		if _, n2, e2 := readDigits(s, e, 2); n2 == 2 {
			return e2
		}
		return e
	}
	return k
}

// numericDate reads "2018-06-12", "2018/6/12", "2018.6.12" (one separator
// throughout), perhaps with a time ("2018-06-12 08:15:00", "…T08:15:00+08:00").
// A version or a code ("2018.6.12.3", "2018-06-123") is none.
func numericDate(s string, start, j, year int) (Mention, int) {
	sep := s[j]
	if year < minYear || year > maxYear {
		return Mention{}, j
	}
	mo, n1, e1 := readDigits(s, j+1, 2)
	if n1 == 0 || e1 >= len(s) || s[e1] != sep {
		return Mention{}, j
	}
	d, n2, e2 := readDigits(s, e1+1, 2)
	if n2 == 0 || digitAt(s, e2) || e2 < len(s) && (s[e2] == sep || s[e2] == '.') && digitAt(s, e2+1) {
		return Mention{}, e2
	}
	if letterAt(s, e2) && !(s[e2] == 'T' && digitAt(s, e2+1)) {
		return Mention{}, e2
	}
	if _, ok := Make(year, mo, d); !ok {
		return Mention{}, e2
	}
	m := Mention{Start: start, Kind: Full, Year: year, Month: mo, Day: d}
	e := e2
	if strings.HasPrefix(s[e:], "日") { // "2018-6-12日"
		e += len("日")
	}
	m.End, m.Clock = timeOfDay(s, e)
	return m, m.End
}

// compactDate reads eight digits as YYYYMMDD ("20180612"): only when they
// stand alone, valid, and are not a number or a code ("第20180612号").
func compactDate(s string, start, j, run int) (Mention, bool) {
	y, mo, d := run/10000, run/100%100, run%100
	if _, ok := Make(y, mo, d); !ok || y < minYear || letterAt(s, j) && !(s[j] == 'T' && digitAt(s, j+1)) {
		return Mention{}, false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[j:])
	if strings.ContainsRune("第号码编No#-_.:/", before) || strings.ContainsRune("号期次位元个人件条米吨-_.%", after) {
		return Mention{}, false
	}
	m := Mention{Start: start, Kind: Full, Year: y, Month: mo, Day: d}
	m.End, m.Clock = timeOfDay(s, j)
	return m, true
}

// spanOfMonths says whether the month at i ends a span of months ("1-10月",
// "1至10月"), not a day's month.
func spanOfMonths(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if !strings.ContainsRune("-－—~～至到、", r) {
		return r == '年' // "2024年度3月…" and other failed years: leave it
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i-size])
	return digitValue(p) >= 0 || cnDigit(p) >= 0 || p == '十' || p == '月'
}

// bareDay reads "N日" after a subject, the dateline of news ("习近平3日在…",
// "卫生部门6日称"). N号 only with a time of day after it ("5号上午"): "3号线",
// "1号文件" are names. A count of days ("近7日", "为期3日", "7日内") is none.
func (g *Grammar) bareDay(s string, i, k, d int) (Mention, bool) {
	if d < 1 || d > 31 {
		return Mention{}, false
	}
	hao := strings.HasPrefix(s[k:], "号")
	e := k + len("日")
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if before == '月' || before == '年' || before == '.' || before == '·' || before == '/' || cnDigit(before) >= 0 || before == '十' {
		return Mention{}, false
	}
	if hasSuffixAny(s[:i], g.dayCount) || hasPrefixAny(s[e:], g.daySpan) {
		return Mention{}, false
	}
	m := Mention{Start: i, Kind: DayOnly, Day: d}
	if toM, toD, end, ok := rangeEnd(s, e, 0); ok && toM == 0 {
		m.ToDay, e = toD, end
	}
	m.End, m.Clock = timeOfDay(s, e)
	if hao && !m.Clock {
		return Mention{}, false
	}
	return m, true
}

// atCnNumber reads a date in Chinese numerals at i: "二〇一八年六月十二日",
// "九月十五日".
func (g *Grammar) atCnNumber(s string, i int) (Mention, int) {
	if p, _ := utf8.DecodeLastRuneInString(s[:i]); cnDigit(p) >= 0 || p == '十' {
		return Mention{}, 0 // inside a number
	}
	// A year: four (or two) digits one by one ("二〇一八", "一八").
	y, n, j := 0, 0, i
	for j < len(s) && n < 5 {
		r, size := utf8.DecodeRuneInString(s[j:])
		v := cnDigit(r)
		if v < 0 {
			break
		}
		y, n, j = y*10+v, n+1, j+size
	}
	if (n == 4 || n == 2) && strings.HasPrefix(s[skipSpace(s, j):], "年") {
		if n == 2 {
			y = widenYear(y)
		}
		if y >= minYear && y <= maxYear {
			return g.afterYear(s, i, skipSpace(s, j)+len("年"), y)
		}
	}
	mo, e, ok := readMonthDayNum(s, i)
	if !ok {
		return Mention{}, 0
	}
	e = skipSpace(s, e)
	if !strings.HasPrefix(s[e:], "月") || spanOfMonths(s, i) {
		return Mention{}, e
	}
	m, ok := monthDay(s, i, e+len("月"), mo)
	if !ok {
		return Mention{}, e + len("月")
	}
	m.Kind = MonthDay
	return m, m.End
}

// atWord reads a mention that starts with a word of the lexicon: 今天,
// 本月12日, 今年3月5日, 上周五, 周四.
func (g *Grammar) atWord(s string, i int, r rune) (Mention, int) {
	rest := s[i:]
	if w, ok := wordAt(g.thisYear[r], rest); ok {
		k := skipSpace(s, i+len(w.Text))
		if mo, e, ok := readMonthDayNum(s, k); ok {
			e = skipSpace(s, e)
			if strings.HasPrefix(s[e:], "月") {
				if m, ok := monthDay(s, i, e+len("月"), mo); ok {
					m.Kind, m.Offset = RelYear, w.Value
					return m, m.End
				}
			}
		}
	}
	if w, ok := wordAt(g.thisMonth[r], rest); ok {
		k := skipSpace(s, i+len(w.Text))
		if d, e, ok := readMonthDayNum(s, k); ok {
			e = skipSpace(s, e)
			if (strings.HasPrefix(s[e:], "日") || strings.HasPrefix(s[e:], "号")) && d >= 1 && d <= 31 {
				m := Mention{Start: i, Kind: RelMonthDay, Offset: w.Value, Day: d}
				e += len("日")
				if toM, toD, end, ok := rangeEnd(s, e, 0); ok && toM == 0 {
					m.ToDay, e = toD, end
				}
				m.End, m.Clock = timeOfDay(s, e)
				return m, m.End
			}
		}
	}
	if w, ok := wordAt(g.notDay[r], rest); ok {
		if !glossed(s, i+len(w.Text)) {
			return Mention{}, i + len(w.Text)
		}
	}
	rel, shift, wday := g.relative[r], g.weekShift[r], g.weekday[r]
	if rel == nil && shift == nil && wday == nil || isCounted(s, i) {
		return Mention{}, 0
	}
	if w, ok := wordAt(rel, rest); ok {
		m := Mention{Start: i, Kind: RelDay, Offset: w.Value}
		m.End, m.Clock = timeOfDay(s, i+len(w.Text))
		return m, m.End
	}
	if w, ok := wordAt(shift, rest); ok {
		if wd, ok := wordAt(g.weekday[firstRune(rest[len(w.Text):])], rest[len(w.Text):]); ok {
			end := i + len(w.Text) + len(wd.Text)
			if e, ok := schedule(g, s, end); ok {
				return Mention{}, e
			}
			m := Mention{Start: i, Kind: WeekdayIn, Offset: w.Value, Weekday: time.Weekday(wd.Value)}
			m.End, m.Clock = timeOfDay(s, end)
			return m, m.End
		}
	}
	if wd, ok := wordAt(wday, rest); ok {
		end := i + len(wd.Text)
		if e, ok := schedule(g, s, end); ok {
			return Mention{}, e
		}
		m := Mention{Start: i, Kind: Weekday, Weekday: time.Weekday(wd.Value)}
		m.End, m.Clock = timeOfDay(s, end)
		return m, m.End
	}
	return Mention{}, 0
}

// glossed says whether a date in brackets follows k: "今天（3月5日）的会议"
// names a day even where "今天的" alone means nowadays.
func glossed(s string, k int) bool {
	k = skipSpace(s, k)
	return strings.HasPrefix(s[k:], "（") || strings.HasPrefix(s[k:], "(")
}

// isCounted says whether the word at i follows a number or 每: "70周年",
// "一周一次", "每周一" are no days.
func isCounted(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return digitValue(r) >= 0 || cnDigit(r) >= 0 || strings.ContainsRune("十百每几数", r)
}

// schedule says whether a weekday starts a weekly span ("周一至周五",
// "周六、周日") and where the span ends.
func schedule(g *Grammar, s string, end int) (int, bool) {
	r, size := utf8.DecodeRuneInString(s[end:])
	if !strings.ContainsRune("至到~～—–-－、和及", r) {
		return 0, false
	}
	rest := s[end+size:]
	w, ok := wordAt(g.weekday[firstRune(rest)], rest)
	return end + size + len(w.Text), ok
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// readMonthDayNum reads a month or day number at k: one or two Arabic digits,
// or Chinese numerals up to 三十一 ("十二", "二十一", "三十").
func readMonthDayNum(s string, k int) (int, int, bool) {
	if v, n, e := readDigits(s, k, 2); n > 0 {
		if digitAt(s, e) {
			return 0, k, false
		}
		return v, e, true
	}
	v, e, tens := 0, k, false
	for n := 0; n < 3 && e < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[e:])
		switch {
		case r == '十' && !tens:
			if v == 0 {
				v = 1
			}
			v, tens = v*10, true
		case cnDigit(r) > 0 && (v == 0 || tens && v%10 == 0):
			v += cnDigit(r)
		default:
			n = 3
			continue
		}
		e += size
	}
	if e == k || v == 0 || v > 31 {
		return 0, k, false
	}
	if r, _ := utf8.DecodeRuneInString(s[e:]); cnDigit(r) >= 0 || r == '十' || r == '百' || r == '千' || r == '万' {
		return 0, k, false
	}
	return v, e, true
}

// readDigits reads up to max digits (ASCII or fullwidth) at k: value, count, end.
func readDigits(s string, k, max int) (v, n, e int) {
	e = k
	for e < len(s) && n < max {
		r, size := utf8.DecodeRuneInString(s[e:])
		d := digitValue(r)
		if d < 0 {
			break
		}
		v, n, e = v*10+d, n+1, e+size
	}
	return v, n, e
}

func skipDigits(s string, k int) int {
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if digitValue(r) < 0 {
			break
		}
		k += size
	}
	return k
}

func skipSpace(s string, k int) int {
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r != ' ' && r != '\u3000' && r != '\t' && r != '\u00a0' {
			break
		}
		k += size
	}
	return k
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// cnDigit is the value of a Chinese digit written one by one in years
// ("二〇一八"), or -1.
func cnDigit(r rune) int {
	switch r {
	case '〇', '零', '○', 'Ｏ':
		return 0
	}
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return i/len("一") + 1
	}
	return -1
}

// widenYear makes a two-digit year four: "18年" is 2018, "98年" 1998.
func widenYear(y int) int {
	if y < 70 {
		return 2000 + y
	}
	return 1900 + y
}

func digitAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return digitValue(r) >= 0
}

func letterAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return r < utf8.RuneSelf && unicode.IsLetter(r)
}

func hanAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.Is(unicode.Han, r)
}

func alnumAt(s string, k int) bool { return digitAt(s, k) || letterAt(s, k) }

// prevAlnum says whether a Latin letter, digit or decimal point stands before
// k: "v2018.6.12", "A1234年" are codes.
func prevAlnum(s string, k int) bool {
	if k == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return digitValue(r) >= 0 || r < utf8.RuneSelf && (unicode.IsLetter(r) || r == '.' || r == '_')
}

// prevCn says whether a Chinese numeral stands before k ("二十18年" is no year).
func prevCn(s string, k int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return cnDigit(r) >= 0 || r == '十'
}
