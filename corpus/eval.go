package corpus

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/tifa-project/tifa/extract"
)

// The scoring here follows ../shared/gold/score.py and GUIDELINES.md rule for
// rule, so that users can measure tifa on their own annotated corpus and get
// the numbers the project reports.

// Key is one hand-made answer key.
type Key struct {
	Doc         string          `json:"doc"`
	Fields      []string        `json:"fields"`
	Title       string          `json:"title"`
	BodyFirst   string          `json:"body_first"`
	BodyLast    string          `json:"body_last"`
	Noise       []string        `json:"noise"`
	Place       map[string]any  `json:"place"`
	Date        string          `json:"date"`
	Published   string          `json:"published"`
	Campaigns   []keyCampaign   `json:"campaigns"`
	Officials   []keyNamed      `json:"officials"`
	Initiatives []keyInitiative `json:"initiatives"`
	Figures     []keyFigure     `json:"figures"`
}

type keyNamed struct {
	Name     string `json:"name"`
	Optional bool   `json:"optional"`
}

// keyCampaign is a name, or {"name": …, "optional": true}.
type keyCampaign keyNamed

func (c *keyCampaign) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		c.Name = s
		return nil
	}
	return json.Unmarshal(b, (*keyNamed)(c))
}

type keyInitiative struct {
	Name     string   `json:"name"`
	Count    *int     `json:"count"`
	Items    []string `json:"items"`
	Optional bool     `json:"optional"`
}

type keyFigure struct {
	Text     string   `json:"text"`
	Value    *float64 `json:"value"`
	Unit     string   `json:"unit"`
	Target   bool     `json:"target"`
	Optional bool     `json:"optional"`
}

// LoadKeys reads every *.json key below dir, by the base name of its document.
func LoadKeys(dir string) (map[string]Key, error) {
	keys := map[string]Key{}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || filepath.Ext(path) != ".json" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var k Key
		if err := json.Unmarshal(data, &k); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if k.Doc == "" {
			return fmt.Errorf("%s: no \"doc\" field", path)
		}
		keys[filepath.Base(k.Doc)] = k
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("keys: no *.json answer keys under %s", dir)
	}
	return keys, nil
}

// PRF is precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

type tallyPRF struct{ tp, fp, fn int }

func (t *tallyPRF) add(tp, fp, fn int) { t.tp += tp; t.fp += fp; t.fn += fn }

func (t tallyPRF) prf() PRF {
	p, r := 1.0, 1.0
	if t.tp+t.fp > 0 {
		p = float64(t.tp) / float64(t.tp+t.fp)
	}
	if t.tp+t.fn > 0 {
		r = float64(t.tp) / float64(t.tp+t.fn)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{round3(p), round3(r), round3(f)}
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// Scores are the numbers score.py prints.
type Scores struct {
	Documents int                 `json:"documents"`
	Missing   []string            `json:"missing"`
	PRF       map[string]PRF      `json:"prf"`
	Accuracy  map[string]*float64 `json:"accuracy"`
	Log       []string            `json:"-"`
}

// PRFFields and AccuracyFields name the scores in the order they are printed.
var (
	PRFFields      = []string{"initiatives", "items", "figures", "targets", "officials", "campaigns"}
	AccuracyFields = []string{"count", "target", "place", "date", "title", "body"}
)

type scorer struct {
	t     map[string]*tallyPRF
	share map[string]*[2]int
	log   []string
}

// Score compares records with keys; a key without a record counts as missing
// and scores as an empty record.
func Score(keys map[string]Key, recs []extract.Record) Scores {
	s := &scorer{t: map[string]*tallyPRF{}, share: map[string]*[2]int{}}
	for _, f := range PRFFields {
		s.t[f] = &tallyPRF{}
	}
	for _, f := range AccuracyFields {
		s.share[f] = &[2]int{}
	}
	byDoc := map[string]*extract.Record{}
	for i := range recs {
		byDoc[filepath.Base(recs[i].Source)] = &recs[i]
	}
	names := make([]string, 0, len(keys))
	for n := range keys {
		names = append(names, n)
	}
	sort.Strings(names)
	out := Scores{Documents: len(keys), Missing: []string{}, PRF: map[string]PRF{}, Accuracy: map[string]*float64{}}
	for _, n := range names {
		rec, ok := byDoc[n]
		if !ok {
			out.Missing = append(out.Missing, n)
			rec = &extract.Record{}
		}
		s.doc(n, keys[n], rec)
	}
	for _, f := range PRFFields {
		out.PRF[f] = s.t[f].prf()
	}
	for _, f := range AccuracyFields {
		if sh := s.share[f]; sh[1] > 0 {
			v := round3(float64(sh[0]) / float64(sh[1]))
			out.Accuracy[f] = &v
		} else {
			out.Accuracy[f] = nil
		}
	}
	out.Log = s.log
	return out
}

func (s *scorer) note(format string, args ...any) {
	s.log = append(s.log, fmt.Sprintf(format, args...))
}

func (s *scorer) hit(name string, ok bool) bool {
	s.share[name][1]++
	if ok {
		s.share[name][0]++
	}
	return ok
}

var allFields = []string{"title", "body", "place", "date", "published", "officials", "campaigns", "initiatives", "figures"}

func (s *scorer) doc(doc string, k Key, r *extract.Record) {
	fields := map[string]bool{}
	list := k.Fields
	if len(list) == 0 {
		list = allFields
	}
	for _, f := range list {
		fields[f] = true
	}
	if fields["title"] && k.Title != "" {
		if !s.hit("title", closeMatch(scoreNorm(k.Title), scoreNorm(r.Title), 0.8)) {
			s.note("%s: title %q != %q", doc, r.Title, k.Title)
		}
	}
	if fields["body"] && k.BodyFirst != "" {
		text := removeSpace(r.Text)
		var lost, kept []string
		for _, w := range []string{k.BodyFirst, k.BodyLast} {
			if w = removeSpace(w); !strings.Contains(text, w) {
				lost = append(lost, w)
			}
		}
		for _, n := range k.Noise {
			if strings.Contains(text, removeSpace(n)) {
				kept = append(kept, n)
			}
		}
		if !s.hit("body", len(lost) == 0 && len(kept) == 0) {
			s.note("%s: body lost %q, kept noise %q", doc, lost, kept)
		}
	}
	if fields["place"] {
		want := func(f string) string { v, _ := k.Place[f].(string); return v }
		ok := scoreNorm(r.Place.Province) == scoreNorm(want("province")) && scoreNorm(r.Place.City) == scoreNorm(want("city"))
		if !s.hit("place", ok) {
			s.note("%s: place %s/%s != %s/%s", doc, r.Place.Province, r.Place.City, want("province"), want("city"))
		}
	}
	for _, f := range []struct {
		name       string
		want, have string
	}{{"date", k.Date, string(r.Date)}, {"published", k.Published, string(r.Published)}} {
		if fields[f.name] && f.want != "" {
			ok := f.have == f.want || (strings.HasPrefix(f.want, "--") && strings.HasSuffix(f.have, f.want[1:]))
			if !s.hit("date", ok) {
				s.note("%s: %s %q != %q", doc, f.name, f.have, f.want)
			}
		}
	}
	if fields["officials"] {
		var got []string
		for _, o := range r.Officials {
			got = appendUnique(got, o.Name)
		}
		gold := make([]keyNamed, len(k.Officials))
		copy(gold, k.Officials)
		s.matchNamed("officials", doc, gold, got, func(g, p string) bool { return scoreNorm(g) == scoreNorm(p) })
	}
	if fields["campaigns"] {
		var got []string
		for _, c := range r.Campaigns {
			got = appendUnique(got, c.Name)
		}
		gold := make([]keyNamed, len(k.Campaigns))
		for i, c := range k.Campaigns {
			gold[i] = keyNamed(c)
		}
		s.matchNamed("campaigns", doc, gold, got, func(g, p string) bool { return closeMatch(scoreNorm(g), scoreNorm(p), 0.6) })
	}
	if fields["initiatives"] {
		s.initiatives(doc, k.Initiatives, r.Initiatives)
	}
	if fields["figures"] {
		s.figures(doc, k.Figures, r.Figures)
	}
}

// pairUp matches gold entries to predictions greedily, required entries
// before optional ones, each criterion (strictest first) over what is left.
func pairUp(nGold, nPred int, optional func(int) bool, sames ...func(g, p int) bool) (pairs [][2]int, leftPred []int) {
	order := make([]int, nGold)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return !optional(order[a]) && optional(order[b]) })
	used, done := map[int]bool{}, map[int]bool{}
	for _, same := range sames {
		for _, g := range order {
			if done[g] {
				continue
			}
			for p := 0; p < nPred; p++ {
				if !used[p] && same(g, p) {
					used[p], done[g] = true, true
					pairs = append(pairs, [2]int{g, p})
					break
				}
			}
		}
	}
	for p := 0; p < nPred; p++ {
		if !used[p] {
			leftPred = append(leftPred, p)
		}
	}
	return pairs, leftPred
}

// countPairs adds one field's hits; optional gold entries are neither
// rewarded nor penalised. It returns the pairs of required entries.
func (s *scorer) countPairs(field, doc string, pairs [][2]int, left []int, nGold int, optional func(int) bool, showGold, showPred func(int) string) [][2]int {
	var kept [][2]int
	matched := map[int]bool{}
	for _, pr := range pairs {
		matched[pr[0]] = true
		if !optional(pr[0]) {
			kept = append(kept, pr)
		}
	}
	required := 0
	for g := 0; g < nGold; g++ {
		if !optional(g) {
			required++
			if !matched[g] {
				s.note("%s: %s missed %s", doc, field, showGold(g))
			}
		}
	}
	for _, p := range left {
		s.note("%s: %s extra %s", doc, field, showPred(p))
	}
	s.t[field].add(len(kept), len(left), required-len(kept))
	return kept
}

func (s *scorer) matchNamed(field, doc string, gold []keyNamed, got []string, same func(g, p string) bool) {
	opt := func(g int) bool { return gold[g].Optional }
	pairs, left := pairUp(len(gold), len(got), opt, func(g, p int) bool { return same(gold[g].Name, got[p]) })
	s.countPairs(field, doc, pairs, left, len(gold), opt, func(g int) string { return gold[g].Name }, func(p int) string { return got[p] })
}

func (s *scorer) initiatives(doc string, gold []keyInitiative, got []extract.Initiative) {
	opt := func(g int) bool { return gold[g].Optional }
	pairs, left := pairUp(len(gold), len(got), opt, func(g, p int) bool {
		return closeMatch(scoreNorm(gold[g].Name), scoreNorm(got[p].Name), 0.5)
	})
	kept := s.countPairs("initiatives", doc, pairs, left, len(gold), opt,
		func(g int) string { return gold[g].Name }, func(p int) string { return got[p].Name })
	for _, pr := range kept {
		g, p := gold[pr[0]], got[pr[1]]
		if g.Count != nil {
			ok := p.Count != nil && *p.Count == *g.Count
			if !s.hit("count", ok) {
				s.note("%s: count of %s: %v != %d", doc, g.Name, countOrNull(p.Count), *g.Count)
			}
		}
		ip, extra := pairUp(len(g.Items), len(p.Items), func(int) bool { return false },
			func(a, b int) bool { return itemMatch(g.Items[a], p.Items[b]) })
		s.t["items"].add(len(ip), len(extra), len(g.Items)-len(ip))
		if len(ip) < len(g.Items) || len(extra) > 0 {
			var ex []string
			for _, e := range extra {
				ex = append(ex, p.Items[e])
			}
			s.note("%s: items of %s: %d/%d matched, extra %q", doc, g.Name, len(ip), len(g.Items), ex)
		}
	}
}

func countOrNull(c *int) string {
	if c == nil {
		return "null"
	}
	return fmt.Sprint(*c)
}

func (s *scorer) figures(doc string, gold []keyFigure, got []extract.Figure) {
	opt := func(g int) bool { return gold[g].Optional }
	same := func(g, p int) bool {
		if gold[g].Value == nil {
			return false
		}
		gv, pv := *gold[g].Value, got[p].Value
		if math.Abs(gv-pv) > 0.001*math.Max(math.Abs(gv), 1e-9) {
			return false
		}
		return gold[g].Unit == got[p].Unit
	}
	strict := func(g, p int) bool { return same(g, p) && itemMatch(gold[g].Text, got[p].Text) }
	pairs, left := pairUp(len(gold), len(got), opt, strict, same)
	show := func(text string, v float64) string {
		if text != "" {
			return text
		}
		return fmt.Sprint(v)
	}
	kept := s.countPairs("figures", doc, pairs, left, len(gold), opt,
		func(g int) string { return show(gold[g].Text, derefOr(gold[g].Value)) },
		func(p int) string { return show(got[p].Text, got[p].Value) })
	for _, pr := range kept {
		want, have := gold[pr[0]].Target, got[pr[1]].Target
		s.hit("target", want == have)
		tp, fp, fn := 0, 0, 0
		switch {
		case want && have:
			tp = 1
		case have:
			fp = 1
		case want:
			fn = 1
		}
		s.t["targets"].add(tp, fp, fn)
	}
}

func derefOr(v *float64) float64 {
	if v == nil {
		return 0
	}
	return *v
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

var (
	scoreQuotes = regexp.MustCompile(`[\s"'“”‘’《》「」『』〈〉()（）_]`)
	numeralRun  = regexp.MustCompile(`[零〇一二两三四五六七八九十百千万]+`)
	spaceRun    = regexp.MustCompile(`\s+`)
	variants    = strings.NewReplacer("個", "个", "項", "项", "張", "张", "兩", "两")
)

// scoreNorm is score.py's norm: NFKC, no quotes or spaces, Chinese numeral
// runs as digits.
func scoreNorm(s string) string {
	s = scoreQuotes.ReplaceAllString(norm.NFKC.String(s), "")
	s = variants.Replace(s)
	return numeralRun.ReplaceAllStringFunc(s, func(m string) string { return fmt.Sprint(cnToInt(m)) })
}

// cnToInt is score.py's cn_to_int, kept identical (including how it reads
// runs that are not well-formed numbers) so that matching agrees.
func cnToInt(s string) int {
	digits := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	units := map[rune]int{'十': 10, '百': 100, '千': 1000, '万': 10000}
	total, section, digit, has := 0, 0, 0, false
	for _, ch := range s {
		if d, ok := digits[ch]; ok {
			digit, has = d, true
		} else if ch == '万' {
			section = (section + digit) * 10000
			total, section, digit, has = total+section, 0, 0, false
		} else {
			d := 1
			if has {
				d = digit
			}
			section += d * units[ch]
			digit, has = 0, false
		}
	}
	return total + section + digit
}

func removeSpace(s string) string { return spaceRun.ReplaceAllString(s, "") }

func closeMatch(a, b string, ratio float64) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	short, long := a, b
	if len([]rune(short)) > len([]rune(long)) {
		short, long = long, short
	}
	return strings.Contains(long, short) && float64(len([]rune(short))) >= ratio*float64(len([]rune(long)))
}

func itemMatch(a, b string) bool {
	a, b = scoreNorm(a), scoreNorm(b)
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	sa, sb := runeSet(a), runeSet(b)
	common := 0
	for r := range sa {
		if sb[r] {
			common++
		}
	}
	return float64(common) >= 0.5*float64(max(len(sa), len(sb)))
}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}
