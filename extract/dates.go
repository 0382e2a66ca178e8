package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract/when"
)

// dateRules are the compiled cues of date_cues.txt. They are compiled with the
// place rules (compilePlaceRules): both make up the "where and when" stage.
// The words of the date grammar itself (relative days, weekdays…) go to
// package when; the labels and the background cues stay here.
type dateRules struct {
	published  []string
	document   []string
	metadata   []string
	background []string // 以来, 诞辰…: a date in their clause is not the event's
	grammar    *when.Grammar
}

func compileDateRules(r *Rules) (*dateRules, error) {
	dr := &dateRules{}
	var words []when.Word
	for _, row := range r.Table("date_cues") {
		if len(row) < 2 {
			return nil, fmt.Errorf("rules: date_cues.txt: %q: want cue and kind", row[0])
		}
		switch row[1] {
		case "published":
			dr.published = append(dr.published, row[0])
		case "document":
			dr.document = append(dr.document, row[0])
		case "metadata":
			dr.metadata = append(dr.metadata, row[0])
		case "background":
			dr.background = append(dr.background, row[0])
		default:
			if !when.Kinds(row[1]) {
				return nil, fmt.Errorf("rules: date_cues.txt: %q: unknown kind %q", row[0], row[1])
			}
			w := when.Word{Text: row[0], Kind: row[1]}
			switch row[1] {
			case when.KindRelative, when.KindWeekday, when.KindWeekShift, when.KindThisMonth, when.KindThisYear:
				if len(row) < 3 {
					return nil, fmt.Errorf("rules: date_cues.txt: %q: kind %s needs a value", row[0], row[1])
				}
				v, err := strconv.Atoi(row[2])
				if err != nil {
					return nil, fmt.Errorf("rules: date_cues.txt: %q: value: %w", row[0], err)
				}
				w.Value = v
			}
			words = append(words, w)
		}
	}
	g, err := when.New(words)
	if err != nil {
		return nil, fmt.Errorf("rules: date_cues.txt: %w", err)
	}
	dr.grammar = g
	return dr, nil
}

var (
	eventYear = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})[\p{Han}“"「]`)
	clockTime = regexp.MustCompile(`\d{1,2}:\d{2}`)
)

// How far into the text an event date is looked for: the opening sentences,
// counting only those with some prose in them (menus and bylines are short).
const (
	eventSentences = 15
	proseRunes     = 10
)

// The days around the page's date where the event a page reports may lie.
// News reports what happened in the last weeks or what is announced for the
// coming ones; a date further off in its text is background (a founding, an
// anniversary, a past decision quoted, a rule's start), unless the text is an
// official document that carries its own date (documentDate, signatureDate).
// The lead sentence states the event ("今年3月5日，全国两会开幕。" on a December
// page): its date may be up to a year old; later sentences, a season.
const (
	leadDaysBefore  = 330
	eventDaysBefore = 92
	eventDaysAfter  = 31
)

// findDates returns the day of the event reported and the day the page was
// published. published is the page's own date (d.Published) or, when the page
// reader found none, a labelled date among the first lines. The event date is
// the first date of the opening sentences that is not background, its year
// taken from the text, from an event name in its sentence, or from the page's
// date; relative days are resolved against the page's date.
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
	pub, _ := when.ParseISO(string(published))
	prose := 0
	// The sentences of one line share its answer: a paragraph is asked once.
	metaLine, meta := -1, false
	var ms []when.Mention
	// A day to come ("亚冬会将于2月7日开幕。") gives way to today's or a past
	// day in the next sentence ("今天（1月7日），亚冬会主媒体中心…"): news tells
	// what happened, and announces what is coming when nothing happened.
	var ahead Day
	asked := 0
	for _, s := range d.Sentences {
		text := d.Slice(s)
		if i := d.lineAt(s.Start); i != metaLine {
			metaLine, meta = i, i >= 0 && dr.isMetadataLine(d, i)
		}
		if meta {
			continue
		}
		ms = dr.grammar.AppendFind(ms[:0], text)
		before := eventDaysBefore
		if prose == 0 {
			before = leadDaysBefore
		}
		asked++
		if day := dr.eventDate(text, ms, pub, before); day != "" {
			if ahead == "" && pub.HasYear() && day > published {
				ahead = day
				asked = 0
				continue
			}
			if ahead == "" || day <= published {
				return day, published
			}
		}
		if ahead != "" && asked >= 1 {
			return ahead, published
		}
		if !runesAtMost(text, proseRunes-1) {
			prose++
			if prose >= eventSentences {
				break
			}
		}
	}
	return ahead, published
}

// eventDate is the first date of a sentence that may be the event's: not in
// a background clause and, when the page's date is known, at most before days
// before it and eventDaysAfter after. A day to come gives way to a later day
// of the sentence that is not ("针对美国宣布8月1日将对欧盟商品征收关税，德国总理13日表示").
func (dr *dateRules) eventDate(s string, ms []when.Mention, pub when.Date, before int) Day {
	known := pub.HasYear()
	var ahead Day
	skippedEnd := -1 // where the last mention left out ends
	lastYear := 0    // of the last full date of the sentence
	for _, m := range ms {
		// "昨天（8月9日）": the day in brackets glosses the mention before it.
		if gloss := strings.TrimLeft(s[max(skippedEnd, 0):m.Start], "（( "); skippedEnd >= 0 && gloss == "" {
			skippedEnd = m.End
			continue
		}
		skippedEnd = m.End
		if m.Kind == when.Full {
			lastYear = m.Year
		}
		if m.Kind == when.MonthDay {
			// "2019山西品牌丝路行…9月16日": the year of the event's name;
			// "分别于2025年3月5日和3月4日": the year the sentence stated.
			if y := eventYearOf(s); y > 0 {
				m.Kind, m.Year = when.Full, y
			} else if lastYear > 0 {
				m.Kind, m.Year = when.Full, lastYear
			}
		}
		day, ok := m.Date(pub)
		if !ok || inAddress(s, m.Start) || dr.inBackground(s, m) || period(s, m, ms, pub) {
			continue
		}
		if known && day.HasYear() {
			dist := day.DaysSince(pub)
			if dist < -before || dist > eventDaysAfter {
				continue
			}
			if dist > 0 {
				if ahead == "" {
					ahead = Day(day.String())
				}
				continue
			}
		}
		return Day(day.String())
	}
	return ahead
}

// periodDays is the longest range that is an event's ("10月20日—23日，…全会"):
// a longer one is a period over which something is counted ("7月1日至8月27日，
// 全社会跨区域人员流动量累计…"), not a day of the news.
const periodDays = 7

// period says whether a mention is a period rather than the day of an event:
// a long range, a span to another date ("从7月1日到昨天（8月9日）"), or the
// day a rule starts from after the page's date ("从7月1日起，…将推出").
func period(s string, m when.Mention, ms []when.Mention, pub when.Date) bool {
	if m.ToDay != 0 {
		from, ok1 := m.Date(pub)
		end := m
		end.Day, end.ToMonth, end.ToDay = m.ToDay, 0, 0
		if m.ToMonth != 0 {
			end.Month = m.ToMonth
		}
		to, ok2 := end.Date(pub)
		if ok1 && ok2 && from.HasYear() && to.HasYear() && (to.DaysSince(from) > periodDays || to.DaysSince(from) < 0) {
			return true
		}
	}
	// "将持续至本月20日", "从7月1日到昨天": the end of a span.
	head := strings.TrimRight(s[:m.Start], " 　")
	if strings.HasSuffix(head, "至") && !strings.HasSuffix(head, "截至") || strings.HasSuffix(head, "到") {
		return true
	}
	rest := strings.TrimLeft(s[m.End:], " 　")
	for _, w := range []string{"到", "至", "—", "-", "~", "～"} {
		if strings.HasPrefix(rest, w) {
			for _, n := range ms {
				if n.Start >= m.End && n.Start <= m.End+len(w)+6 {
					return true
				}
			}
		}
	}
	if strings.HasPrefix(rest, "起") || strings.HasPrefix(rest, "开始") {
		if d, ok := m.Date(pub); ok && pub.HasYear() && d.DaysSince(pub) > 0 {
			return true
		}
	}
	return false
}

// inAddress says whether byte offset k is inside a web address
// ("https://tv.cctv.com/2024/05/19/…"): a link's date is no text's.
func inAddress(s string, k int) bool {
	from := k
	for from > 0 && s[from-1] > ' ' && s[from-1] < 0x80 {
		from--
	}
	return strings.Contains(s[from:k], "://") || strings.HasPrefix(s[from:k], "www.")
}

// inBackground says whether the clause of a mention marks it as background:
// "自2021年1月1日全面启动实施以来", "诞辰…", "自7月1日起施行". "截至今天（2月12日）"
// is today's report, not a count up to a past day.
func (dr *dateRules) inBackground(s string, m when.Mention) bool {
	if m.Kind == when.RelDay && m.Offset == 0 {
		return false
	}
	from := strings.LastIndexAny(s[:m.Start], "，。；！？,;\n")
	if from < 0 {
		from = 0
	}
	to := strings.IndexAny(s[m.End:], "，。；！？,;\n")
	if to < 0 {
		to = len(s)
	} else {
		to += m.End
	}
	return hasAny(s[from:to], dr.background)
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
		header := runesAtMost(line, metadataRunes) && (headerClock(line) || hasAny(line, dr.published))
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

// headerClock says whether a short line has a clock time and no prose: a
// page's header ("2020年09月11日 18:05 来源：…"), not a dateline of the text
// ("2020年3月5日上午10:30，市委召开…").
func headerClock(line string) bool {
	return clockTime.MatchString(line) && !strings.ContainsAny(line, "，。；")
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
		if day := ParseDay(line); day != "" {
			return day
		}
		if i+1 < len(d.Lines) {
			next := d.Text[d.Lines[i+1].Start:d.Lines[i+1].End]
			if day := ParseDay(next); day != "" {
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
	if hasAny(line, dr.metadata) || short && (hasAny(line, dr.published) && ParseDay(line) != "" || headerClock(line)) {
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

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
