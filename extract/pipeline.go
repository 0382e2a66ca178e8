package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Input is one document as corpus read it: decoded text (UTF-8, any script)
// and what the page or the JSONL record said about it.
type Input struct {
	ID        string // content hash; computed from Text when empty
	Source    string // file path (or path:line for JSONL) or URL
	URL       string
	Title     string   // from the page or record; empty for plain text
	Text      string   // the main text, decoded, not yet normalized
	Published string   // from page metadata or the record, in any common date form
	Outlet    string   // the publishing outlet when the page names it
	Reporters []string // reporters named by the page
}

// Analyzer runs the extractors over one document at a time. It holds only
// read-only values (rules, converter, segmenter), so one Analyzer may serve
// many goroutines.
type Analyzer struct {
	rules *Rules
	conv  Converter
	seg   Segmenter
}

// NewAnalyzer builds an Analyzer. seg may be nil: the extractors then fall
// back to character patterns where they would use words.
func NewAnalyzer(r *Rules, conv Converter, seg Segmenter) *Analyzer {
	return &Analyzer{rules: r, conv: conv, seg: seg}
}

// Rules returns the rules the analyzer applies.
func (a *Analyzer) Rules() *Rules { return a.rules }

// Analyze turns one document into its Record. The same input and rules give
// the same Record, byte for byte.
func (a *Analyzer) Analyze(in Input) (Record, error) {
	rec := Record{ID: in.ID, Source: in.Source, URL: in.URL, Input: in, Rules: a.rules.Version}
	if rec.ID == "" {
		rec.ID = ContentID([]byte(in.Text))
		rec.Input.ID = rec.ID
	}
	norm, err := Normalize(a.conv, in.Text)
	if err != nil {
		return rec, fmt.Errorf("normalize: %w", err)
	}
	rec.Script, rec.Quality = norm.Script, norm.Quality
	page := cleanFurniture(a.rules.furniture, norm.Text)
	rec.Text = page.Text
	rec.Title = a.rules.TrimTitle(NormalizeLine(a.conv, in.Title))
	if rec.Title == "" {
		rec.Title = page.Title
	}
	if rec.URL == "" {
		rec.URL = page.URL
	}
	rec.Outlet = NormalizeLine(a.conv, in.Outlet)
	if rec.Outlet == "" {
		rec.Outlet = page.Outlet
	}
	for _, r := range in.Reporters {
		rec.Reporters = append(rec.Reporters, NormalizeLine(a.conv, r))
	}
	if len(rec.Reporters) == 0 {
		rec.Reporters = page.Reporters
	}
	published := ParseMetaDay(NormalizeLine(a.conv, in.Published))
	if published == "" {
		published = page.Published
	}

	d := newDoc(rec.Text, rec.Title, published, a.rules, a.seg)
	d.Outlet = rec.Outlet
	extractMeta(d, &rec)
	extractInitiatives(d, &rec)
	extractFigures(d, &rec)
	extractTasks(d, &rec)
	rec.FillEmpty()
	return rec, nil
}

// ContentID is the identity of a document: a hash of its bytes as read.
func ContentID(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:16])
}

// FillEmpty makes every list present in JSON ([] rather than null).
func (r *Record) FillEmpty() {
	if r.Quality == nil {
		r.Quality = []string{}
	}
	if r.Campaigns == nil {
		r.Campaigns = []Campaign{}
	}
	if r.Officials == nil {
		r.Officials = []Official{}
	}
	if r.Initiatives == nil {
		r.Initiatives = []Initiative{}
	}
	for i := range r.Initiatives {
		if r.Initiatives[i].Items == nil {
			r.Initiatives[i].Items = []string{}
		}
		if r.Initiatives[i].Mentions == nil {
			r.Initiatives[i].Mentions = []Mention{}
		}
	}
	for i := range r.Officials {
		if r.Officials[i].Titles == nil {
			r.Officials[i].Titles = []string{}
		}
	}
	if r.Figures == nil {
		r.Figures = []Figure{}
	}
	if r.Tasks == nil {
		r.Tasks = []Task{}
	}
}

// Doc is what every extractor reads: the normalized text of one document,
// cut into sentences, and decoded. Extractors work in byte offsets on Text
// and convert with Span when they fill a Span.
type Doc struct {
	Text      string
	Title     string
	Outlet    string // the publishing outlet, when known ("临汾新闻网"): a hint for the place
	Published Day    // the page's own date, when known: the anchor for relative and yearless dates
	Sentences []Span // byte offsets into Text
	Lines     []Span // byte offsets into Text: one paragraph each
	Rules     *Rules
	Seg       Segmenter // may be nil

	// runes is Text decoded once, for the stages that read it rune by rune
	// and for converting byte offsets into rune offsets.
	runes *runeText

	// firstClauses[k] is firstClause of sentence k once clauseDone[k]:
	// every formula of a text reads the first clauses of the 120 sentences
	// after it.
	firstClauses []string
	clauseDone   []bool

	// hits are the words of Rules.docWords in Text, once hitsDone.
	hits     docWordHits
	hitsDone bool

	// ends are the byte offsets where the segmenter's words of Text end,
	// once endsDone (see Doc.wordEnds): where names may start and end.
	cut      *lazyCut
	endsDone bool
	// standalone caches peopleRules.standaloneAt: where a name stands alone.
	standalone map[string][2]int
	// pairs indexes where each pair of characters starts in a long Text
	// (see eachOccurrence).
	pairs map[string][]int32
}

// docWordHits are the occurrences of the figure words in a document and the
// counts of its national cues.
type docWordHits struct {
	figure   figureWords
	national []int // national[k] counts the cue places.national[k]
}

// wordHits finds the figure words and the national cues of the text, in one
// pass (the figures and the place stages each read them), or in a pass for
// each when one of the stages has no rules.
func (d *Doc) wordHits() *docWordHits {
	if d.hitsDone {
		return &d.hits
	}
	d.hitsDone = true
	fr, pr, t := d.Rules.figures, d.Rules.places, d.runes
	if fr != nil && pr != nil && d.Rules.docWords.words != nil {
		d.hits.national = make([]int, len(pr.national))
		nFigure := len(fr.wordsAt.words)
		d.Rules.docWords.scanRunes(t, func(k, i int) {
			if k < nFigure {
				fr.addWord(&d.hits.figure, t, k, i)
			} else {
				d.hits.national[k-nFigure]++
			}
		})
		return &d.hits
	}
	if fr != nil {
		d.hits.figure = fr.findWords(t)
	}
	if pr != nil {
		d.hits.national = make([]int, len(pr.national))
		pr.nationalAt.scanRunes(t, func(k, _ int) { d.hits.national[k]++ })
	}
	return &d.hits
}

func newDoc(text, title string, published Day, r *Rules, seg Segmenter) *Doc {
	d := &Doc{Text: text, Title: title, Published: published, Rules: r, Seg: seg}
	d.runes = newRuneText(text)
	d.Lines = splitLines(text)
	d.Sentences = splitSentences(d.runes)
	return d
}

// Span converts byte offsets [start, end) of Text into a rune Span.
func (d *Doc) Span(start, end int) Span {
	return Span{Start: d.runeOffset(start), End: d.runeOffset(end)}
}

// runeOffset converts byte offset b of Text into the index of the rune that
// holds it (the number of runes at the end of Text). A binary search over the
// decoded text: an offset table of every byte cost four bytes per byte of
// every document, for the few hundred offsets a document's extracts have.
func (d *Doc) runeOffset(b int) int {
	k, found := slices.BinarySearch(d.runes.byteOf, int32(b))
	if !found {
		k-- // inside rune k-1
	}
	return k
}

// SentenceAt returns the byte span of the sentence holding byte offset off.
func (d *Doc) SentenceAt(off int) Span {
	if lo := d.sentenceIndex(off); lo < len(d.Sentences) {
		return d.Sentences[lo]
	}
	return Span{Start: off, End: off}
}

// sentenceIndex is the index of the first sentence ending after byte off.
func (d *Doc) sentenceIndex(off int) int {
	return sort.Search(len(d.Sentences), func(m int) bool { return d.Sentences[m].End > off })
}

// firstClauseOf returns firstClause of sentence k.
func (d *Doc) firstClauseOf(k int) string {
	if d.clauseDone == nil {
		d.firstClauses = make([]string, len(d.Sentences))
		d.clauseDone = make([]bool, len(d.Sentences))
	}
	if !d.clauseDone[k] {
		d.firstClauses[k] = firstClause(d.Slice(d.Sentences[k]))
		d.clauseDone[k] = true
	}
	return d.firstClauses[k]
}

// Slice returns Text[s.Start:s.End] for a byte span.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n':
		return true
	}
	return false
}

// splitLines is splitSpans(text, r == '\n', false) found by byte: no
// multi-byte sequence, valid or not, holds a newline byte.
func splitLines(text string) []Span {
	var out []Span
	start := 0
	for {
		k := strings.IndexByte(text[start:], '\n')
		if k < 0 {
			break
		}
		if stop := start + k; strings.TrimSpace(text[start:stop]) != "" {
			out = append(out, Span{Start: start, End: stop})
		}
		start += k + 1
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, Span{Start: start, End: len(text)})
	}
	return out
}

// splitSentences is splitSpans(t.s, isSentenceEnd, true) over the decoded text.
func splitSentences(t *runeText) []Span {
	var out []Span
	text := t.s
	start, startK := 0, 0
	for k := 0; k < len(t.r); {
		r := t.r[k]
		k++
		// a run without stops is cut after a clause break past 1,000
		// characters, or at 1,200 (no real sentence is that long: 848 at
		// most in ../shared/corpus/real): every stage reads a sentence per
		// figure or name, and must stay linear in the text
		long := k-startK > 1000 && (r == '，' || r == ',' || r == '；' || r == ';' || r == '、' || r == ' ') || k-startK > 1200
		if !isSentenceEnd(r) && !long {
			continue
		}
		stop := int(t.byteOf[k])
		if r == '\n' {
			stop = int(t.byteOf[k-1])
		} else {
			for k < len(t.r) && isClosingQuote(t.r[k]) {
				k++
			}
			stop = int(t.byteOf[k])
		}
		if strings.TrimSpace(text[start:stop]) != "" {
			out = append(out, Span{Start: start, End: stop})
		}
		start, startK = int(t.byteOf[k]), k
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, Span{Start: start, End: len(text)})
	}
	return out
}

// isClosingQuote says whether r closes a quote or bracket that stays with
// the sentence it ends.
func isClosingQuote(r rune) bool { return strings.ContainsRune("”’」』)）", r) }
