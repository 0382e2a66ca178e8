package extract

import (
	_ "embed"
	"fmt"
	"math"
	"reflect"
	"strings"
	"unsafe"

	"github.com/go-ego/gse"
)

// Segmenter cuts Simplified Chinese text into words.
type Segmenter interface {
	Cut(text string) []string
}

// GSE is the gse segmenter with its Simplified dictionary and tifa's policy
// lexicon. Build it once with NewGSE and share it: reading is race-free.
type GSE struct {
	seg gse.Segmenter
}

// gseDictionary is gse's own Simplified dictionary (see gsedict/README.md):
// gse keeps its embedded copy unexported. Its lines are sorted by word: gse's
// trie takes sorted words a quarter faster.
//
//go:embed gsedict/zh_s.txt
var gseDictionary string

// NewGSE loads gse's Simplified dictionary (the Traditional half is dead
// weight: tifa converts first) plus lexicon, in gse's format "word freq pos".
// It takes about 0.45 s and 180 MB, so commands that do not segment never
// call it.
//
// It builds the dictionary gse's LoadDictEmbed("zh_s") followed by
// LoadDictStr(lexicon) would build (same words, frequencies and parts of
// speech, the dictionary's entry winning over the lexicon's, same total
// frequency, so the same cuts), but computes the path values once instead of
// once per call.
//
// tags corrects the dictionary's part of speech of some words (word →
// part of speech, rules/tags.txt): gse tags 办理 and 面向 nouns, 举措 a verb.
// Only the tags change, not the cuts, which read frequencies alone.
func NewGSE(lexicon string, tags map[string]string) (*GSE, error) {
	g := &GSE{}
	g.seg.SkipLog = true
	// Cut without HMM never reads the model, and loading it writes gse's
	// package-level maps (a race between two loads).
	g.seg.NotLoadHMM = true
	g.seg.Dict = gse.NewDict()
	// Sized once: growing a slice of 350,000 tokens by appending copied
	// about 100 MB at startup.
	g.seg.Dict.Tokens = make([]gse.Token, 0, strings.Count(gseDictionary, "\n")+strings.Count(lexicon, "\n")+1)
	g.seg.Init()
	if err := addGSEWords(&g.seg, gseDictionary, tags); err != nil {
		return nil, fmt.Errorf("gse: load dictionary: %w", err)
	}
	if err := addGSEWords(&g.seg, lexicon, tags); err != nil {
		return nil, fmt.Errorf("gse: load lexicon: %w", err)
	}
	setDistances(&g.seg)
	return g, nil
}

// tokenDistance is the offset of gse.Token's unexported distance, the path
// value Cut adds up; ok is false if gse no longer has it as a float32.
var tokenDistance, tokenDistanceOK = func() (uintptr, bool) {
	f, ok := reflect.TypeFor[gse.Token]().FieldByName("distance")
	return f.Offset, ok && f.Type.Kind() == reflect.Float32
}()

// setDistances sets each word's path value exactly as gse's CalcToken does,
// without CalcToken's second pass: that one cuts every word of the dictionary
// again for search mode (CutSearch), which tifa never uses, and took a third
// of the load, on the way to every ingest's first document. gse offers no
// setter, so the value is written at the field's offset; should gse drop or
// retype the field, CalcToken runs instead.
func setDistances(seg *gse.Segmenter) {
	if !tokenDistanceOK {
		seg.CalcToken()
		return
	}
	logTotal := float32(math.Log2(seg.Dict.TotalFreq()))
	for i := range seg.Dict.Tokens {
		t := &seg.Dict.Tokens[i]
		*(*float32)(unsafe.Add(unsafe.Pointer(t), tokenDistance)) = logTotal - float32(math.Log2(t.Freq()))
	}
}

// addGSEWords adds the words of dict, one "word freq pos" a line, the way
// gse's LoadDictStr reads them (same field split, same filters through
// seg.Size), without LoadDictStr's closing CalcToken.
func addGSEWords(seg *gse.Segmenter, dict string, tags map[string]string) error {
	for dict != "" {
		var line string
		line, dict, _ = strings.Cut(dict, "\n")
		// LoadDictStr splits the line on every space; only the first three
		// fields and whether there are one, two or more matter.
		word, rest, hasFreq := strings.Cut(line, " ")
		freqText, rest, hasPos := strings.Cut(rest, " ")
		fields := 1
		switch {
		case hasPos:
			fields = 3
		case hasFreq:
			fields = 2
		}
		word = strings.TrimSpace(word)
		freq := seg.Size(fields, word, strings.TrimSpace(freqText))
		if freq == 0 {
			continue
		}
		pos := ""
		if hasPos {
			posText, _, _ := strings.Cut(rest, " ")
			pos = strings.TrimSpace(posText)
		}
		if t, ok := tags[word]; ok {
			pos = t
		}
		if err := seg.AddToken(word, freq, pos); err != nil {
			return fmt.Errorf("word %q: %w", word, err)
		}
	}
	return nil
}

// Cut segments text with gse's dictionary (no HMM: 4× faster, and the lexicon
// covers the policy words that HMM would have to guess).
func (g *GSE) Cut(text string) []string {
	return g.seg.Cut(text)
}

// wordEnds returns the byte offsets in text where the words of seg's cut
// of text end. The extractors that ask where words begin and end use it;
// with gse it reads the segments, without building each word as a string.
func wordEnds(seg Segmenter, text string) []int {
	var ends []int
	if g, ok := seg.(*GSE); ok {
		for _, s := range g.seg.Segment([]byte(text)) {
			ends = append(ends, s.End())
		}
		return ends
	}
	at := 0
	for _, w := range seg.Cut(text) {
		at += len(w)
		ends = append(ends, at)
	}
	return ends
}

// FirstWord returns the first word of text as the dictionary cuts it, with
// its part of speech ("" when the dictionary has none).
func (g *GSE) FirstWord(text string) (word, pos string) {
	for _, s := range g.seg.Segment([]byte(text)) {
		t := s.Token()
		return t.Text(), t.Pos()
	}
	return "", ""
}

// Lookup returns the dictionary's frequency and part of speech of word, and
// whether the dictionary holds it.
func (g *GSE) Lookup(word string) (freq float64, pos string, ok bool) {
	return g.seg.Find(word)
}
