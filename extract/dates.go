package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// dateRules are the compiled cues of date_cues.txt. They are compiled with the
// place rules (compilePlaceRules): both make up the "where and when" stage.
type dateRules struct {
	published []string
	document  []string
	metadata  []string
	relative  []dateCue // 今天, 昨日 …
	weekday   []dateCue // 周四, 星期一 …
	month     []dateCue // 本月, 上月 (followed by a day)
	year      []dateCue // 今年, 去年 (followed by a month and day)
}

type dateCue struct {
	text  string
	value int
}

func compileDateRules(r *Rules) (*dateRules, error) {
	dr := &dateRules{}
	for _, row := range r.Table("date_cues") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: date_cues.txt: %q: want cue and kind", row[0])
		}
		value := 0
		needValue := row[1] == "relative" || row[1] == "weekday" || row[1] == "thismonth" || row[1] == "thisyear"
		if needValue {
			if len(row) < 3 {
				return nil, fmt.Errorf("rules: date_cues.txt: %q: kind %s needs a value", row[0], row[1])
			}
			v, err := strconv.Atoi(row[2])
			if err != nil {
				return nil, fmt.Errorf("rules: date_cues.txt: %q: value: %w", row[0], err)
			}
			value = v
		}
		c := dateCue{text: row[0], value: value}
		switch row[1] {
		case "published":
			dr.published = append(dr.published, row[0])
		case "document":
			dr.document = append(dr.document, row[0])
		case "metadata":
			dr.metadata = append(dr.metadata, row[0])
		case "relative":
			dr.relative = append(dr.relative, c)
		case "weekday":
			if c.value < 0 || c.value > 6 {
				return nil, fmt.Errorf("rules: date_cues.txt: %q: weekday must be 0…6", row[0])
			}
			dr.weekday = append(dr.weekday, c)
		case "thismonth":
			dr.month = append(dr.month, c)
		case "thisyear":
			dr.year = append(dr.year, c)
		default:
			return nil, fmt.Errorf("rules: date_cues.txt: %q: unknown kind %q", row[0], row[1])
		}
	}
	return dr, nil
}

// Numbers in dates: Arabic digits or Chinese numerals ("二〇二一年九月十五日").
const (
	dateNum  = `(\d{1,2}|[一二三四五六七八九十]{1,3})`
	yearNum  = `(\d{4}|[〇零一二三四五六七八九]{4})`
	dateDash = `[~～至到—–\-－]`
)

var (
	fullDate  = regexp.MustCompile(yearNum + `\s*年\s*` + dateNum + `\s*月\s*` + dateNum + `\s*(?:[日号]|` + dateDash + `\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])`)
	monthDay  = regexp.MustCompile(dateNum + `\s*月\s*` + dateNum + `\s*(?:[日号]|` + dateDash + `\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])`)
	bareDay   = regexp.MustCompile(`^(\d{1,2})\s*[日号](?:上午|下午|晚|早|凌晨|中午|夜|至|，|,)`)
	eventYear = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})[\p{Han}“"「]`)
	clockTime = regexp.MustCompile(`\d{1,2}:\d{2}`)
)

// How far into the text an event date is looked for: the opening sentences,
// counting only those with some prose in them (menus and bylines are short).
const (
	eventSentences = 15
	proseRunes     = 10
)

// findDates returns the day of the event reported and the day the page was
// published. published is the page's own date (d.Published) or, when the page
// reader found none, a labelled date among the first lines. The event date is
// the first date of the opening sentences, its year taken from the text, from
// an event name in its sentence, or from the page's date.
func findDates(d *Doc) (date, published Day) {
	var dr *dateRules
	if d.Rules != nil && d.Rules.places != nil {
		dr = d.Rules.places.dates
	}
	if dr == nil {
		return "", d.Published
	}
	published = d.Published
	if published == "" {
		published = dr.pageDate(d)
	}
	if day := dr.documentDate(d); day != "" {
		return day, published
	}
	if day := signatureDate(d); day != "" {
		return day, published
	}
	pub, hasPub := dayTime(published)
	prose := 0
	// The sentences of one line share its answer: a paragraph is asked once.
	metaLine, meta := -1, false
	for _, s := range d.Sentences {
		text := d.Slice(s)
		if i := d.lineAt(s.Start); i != metaLine {
			metaLine, meta = i, i >= 0 && dr.isMetadataLine(d, i)
		}
		if meta {
			continue
		}
		if day := dr.sentenceDate(text, pub, hasPub); day != "" {
			return day, published
		}
		if !runesAtMost(text, proseRunes-1) {
			prose++
			if prose >= eventSentences {
				break
			}
		}
	}
	return "", published
}

// pageDate finds a labelled publication date in the first lines: "发布时间：2011-03-25",
// "时间:2021-09-17 来源:…", a label alone on its line before the date, or a date with a
// clock time ("2020年09月11日 18:05").
// The last resort is a date in the address of the page or of its original
// ("tv.cctv.com/2023/01/31/…").
func (dr *dateRules) pageDate(d *Doc) Day {
	var inURL Day
	for i, ln := range d.Lines {
		if i >= pageDateLines {
			break
		}
		line := d.Text[ln.Start:ln.End]
		// The tests of the line and the line before it come first: a
		// paragraph of prose passes none, and ParseDay is the costly one.
		if strings.Contains(line, "://") {
			if inURL == "" {
				inURL = dr.pageDay(line)
			}
			continue
		}
		header := runesAtMost(line, metadataRunes) && (clockTime.MatchString(line) || hasAny(line, dr.published))
		if !header && i > 0 {
			prev := d.Text[d.Lines[i-1].Start:d.Lines[i-1].End]
			header = runesAtMost(prev, 8) && hasAny(prev, dr.published) && !hasAny(prev, dr.document)
		}
		if header {
			if day := dr.pageDay(line); day != "" {
				return day
			}
		}
	}
	return inURL
}

// pageDay is the day a line of a page's header gives, or "" if it gives
// none or is a document's own date line.
func (dr *dateRules) pageDay(line string) Day {
	if hasAny(line, dr.document) {
		return ""
	}
	return ParseDay(line)
}

// metadataRunes is the longest line read as a page's header ("时间:2021-09-17 来源:淮安党建网 作者: 字号:[ ]");
// prose with a date and a word such as 时间 in it is longer.
const metadataRunes = 60

// pageDateLines bounds the search for a page's date: saved pages open with
// long menus before the article's header.
const pageDateLines = 300

// documentDate finds the signing date of an official document ("成文日期：2018年11月19日").
func (dr *dateRules) documentDate(d *Doc) Day {
	for i, ln := range d.Lines {
		if i >= 60 {
			break
		}
		line := d.Text[ln.Start:ln.End]
		if !hasAny(line, dr.document) {
			continue
		}
		if day := ParseDay(cnYearDigits(line)); day != "" {
			return day
		}
		if i+1 < len(d.Lines) {
			next := d.Text[d.Lines[i+1].Start:d.Lines[i+1].End]
			if day := ParseDay(cnYearDigits(next)); day != "" {
				return day
			}
		}
	}
	return ""
}

// lineAt returns the index of the line holding byte offset off, or -1.
func (d *Doc) lineAt(off int) int {
	i := sort.Search(len(d.Lines), func(k int) bool { return d.Lines[k].End >= off })
	if i < len(d.Lines) && d.Lines[i].Start <= off {
		return i
	}
	return -1
}

// isMetadataLine reports whether line i is page furniture: a publication
// label, a view counter, or right under a label line.
func (dr *dateRules) isMetadataLine(d *Doc, i int) bool {
	ln := d.Lines[i]
	line := d.Text[ln.Start:ln.End]
	short := runesAtMost(line, metadataRunes)
	if hasAny(line, dr.metadata) || short && (hasAny(line, dr.published) && ParseDay(line) != "" || clockTime.MatchString(line)) {
		return true
	}
	if i > 0 {
		prev := d.Text[d.Lines[i-1].Start:d.Lines[i-1].End]
		if runesAtMost(prev, 8) && (hasAny(prev, dr.published) || hasAny(prev, dr.document)) {
			return true
		}
	}
	return false
}

// sentenceDate returns the first date the sentence states, or "".
func (dr *dateRules) sentenceDate(s string, pub time.Time, hasPub bool) Day {
	type found struct {
		at  int
		day Day
	}
	var best *found
	take := func(at int, day Day) {
		if day != "" && (best == nil || at < best.at) {
			best = &found{at, day}
		}
	}
	// fullDate and monthDay both need a 月, which most sentences lack.
	hasMonth := strings.Contains(s, "月")
	var full []int
	if hasMonth {
		full = fullDate.FindStringSubmatchIndex(s)
	}
	if full != nil {
		y, m, dd := cnYear(s[full[2]:full[3]]), dateInt(s[full[4]:full[5]]), dateInt(s[full[6]:full[7]])
		take(full[0], MakeDay(y, m, dd))
	}
	var monthDays [][]int
	if hasMonth {
		monthDays = monthDay.FindAllStringSubmatchIndex(s, -1)
	}
	for _, md := range monthDays {
		if full != nil && md[0] < full[1] && md[1] > full[0] {
			continue // the month and day of the full date
		}
		before := s[:md[0]]
		yearShift, thisYear := 0, false
		for _, c := range dr.year {
			if strings.HasSuffix(before, c.text) {
				yearShift, thisYear = c.value, true
			}
		}
		if r, _ := utf8.DecodeLastRuneInString(before); !thisYear && (r >= '0' && r <= '9' || r == '年' || r == '-') {
			continue // "1-10月" is a span of months; "2020年3月5日" was read as a full date
		}
		m, dd := dateInt(s[md[2]:md[3]]), dateInt(s[md[4]:md[5]])
		y := 0
		switch {
		case thisYear && hasPub:
			y = pub.Year() + yearShift
		case eventYearOf(s) > 0:
			y = eventYearOf(s)
		case hasPub:
			y = yearNear(pub, m, dd)
		}
		take(md[0], MakeDay(y, m, dd))
		break
	}
	if !hasPub {
		if best != nil {
			return best.day
		}
		return ""
	}
	// Days relative to the page's date.
	for _, c := range dr.month {
		for from := 0; ; {
			k := strings.Index(s[from:], c.text)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(c.text)
			rest := s[from:]
			if m := bareDayAfter.FindStringSubmatch(rest); m != nil {
				dd := dateInt(m[1])
				t := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, c.value, 0)
				take(at, MakeDay(t.Year(), int(t.Month()), dd))
			}
		}
	}
	for _, c := range dr.relative {
		if k := indexWord(s, c.text); k >= 0 {
			t := pub.AddDate(0, 0, c.value)
			take(k, MakeDay(t.Year(), int(t.Month()), t.Day()))
		}
	}
	for _, c := range dr.weekday {
		k := indexWord(s, c.text)
		if k < 0 {
			continue
		}
		back := (int(pub.Weekday()) - c.value + 7) % 7
		if strings.HasSuffix(s[:k], "上") {
			back += 7
		}
		t := pub.AddDate(0, 0, -back)
		take(k, MakeDay(t.Year(), int(t.Month()), t.Day()))
	}
	if m := bareDay.FindStringSubmatch(strings.TrimLeft(s, " \u3000")); m != nil && best == nil {
		dd := dateInt(m[1])
		t := pub
		if dd > pub.Day() {
			t = time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
		}
		take(0, MakeDay(t.Year(), int(t.Month()), dd))
	}
	if best != nil {
		return best.day
	}
	return ""
}

var bareDayAfter = regexp.MustCompile(`^\s*` + dateNum + `\s*[日号]`)

// indexWord finds a relative-day word that is not part of a longer word or
// number: "周四" but not "70周年", "今日头条" is left to the caller's cue list.
func indexWord(s, w string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return -1
		}
		at := from + k
		if at > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:at])
			if r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十每", r) {
				from = at + len(w)
				continue
			}
		}
		return at
	}
}

// notEventYear are the characters after which four digits are a quantity or a
// dated phrase, not the year in an event's name ("2000亿", "2021年").
const notEventYear = "年月日号亿万千百元个余多家项人吨米条座所名次户台辆亩公平"

// eventYearOf returns the year that opens an event's name in s
// ("2019山西品牌丝路行", "2021湖北武黄同城…推介会"), or 0.
func eventYearOf(s string) int {
	for _, m := range eventYear.FindAllStringSubmatchIndex(s, -1) {
		r, _ := utf8.DecodeRuneInString(s[m[3]:])
		if strings.ContainsRune(notEventYear, r) {
			continue
		}
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		return y
	}
	return 0
}

// yearNear gives a yearless month and day the year that puts it closest
// before the page's date: a December event on a January page is last year's.
func yearNear(pub time.Time, m, d int) int {
	y := pub.Year()
	t := time.Date(y, time.Month(m), min(d, 28), 0, 0, 0, 0, time.UTC)
	if t.After(pub.AddDate(0, 0, 31)) {
		return y - 1
	}
	if t.Before(pub.AddDate(0, -11, 0)) {
		return y + 1
	}
	return y
}

// dayTime parses an ISO day; false for "" and yearless days.
func dayTime(d Day) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", string(d))
	return t, err == nil
}

// dateInt reads a month or day number in digits or Chinese numerals.
func dateInt(s string) int {
	if n, ok := IntValue(s); ok {
		return n
	}
	return 0
}

// cnYear reads a year in digits or one Chinese numeral per digit ("二〇二一").
func cnYear(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	n := 0
	for _, r := range s {
		v := cnDigitValue(r)
		if v < 0 {
			return 0
		}
		n = n*10 + v
	}
	return n
}

// cnYearDigits rewrites a date in Chinese numerals into digits, so ParseDay
// reads it: "二〇〇四年十月十五日" → "2004年10月15日".
func cnYearDigits(s string) string {
	m := fullDate.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	return fmt.Sprintf("%d年%d月%d日", cnYear(m[1]), dateInt(m[2]), dateInt(m[3]))
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
