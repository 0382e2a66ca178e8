package extract

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"
)

// gseLoadedByGSE is the segmenter as gse's own loaders build it, the way
// NewGSE built it before it read the dictionary itself.
func gseLoadedByGSE(t *testing.T, lexicon string) *gse.Segmenter {
	t.Helper()
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		t.Fatal(err)
	}
	if err := seg.LoadDictStr(lexicon); err != nil {
		t.Fatal(err)
	}
	return &seg
}

// TestNewGSEMatchesGSELoader checks that NewGSE builds the dictionary gse's
// loaders build (same words, frequencies, parts of speech and total, so the
// same path values) and that both cut the sample corpus alike: the path
// values setDistances writes are CalcToken's.
func TestNewGSEMatchesGSELoader(t *testing.T) {
	if !dictionarySorted(gseDictionary) {
		t.Error("gsedict/zh_s.txt is not sorted by word: sort it as gsedict/README.md says, or the load is slower")
	}
	if testing.Short() {
		t.Skip("loads the dictionary twice")
	}
	// The built-in lexicon, and lines that test LoadDictStr's reading: a
	// word already in the dictionary with another frequency (the
	// dictionary's wins), a line without a frequency, one with four fields,
	// one without a word, a frequency under gse's minimum, padding.
	lexicon := builtinRules(t).Lexicon() +
		"攻坚战 5 v\n单列\n十大攻坚行动 3000 n extra\n 3 n\n低频词 1 n\n  \n 三个一批  2500  n\r\n"
	if !tokenDistanceOK {
		t.Error("gse.Token has no float32 distance any more: NewGSE fell back to CalcToken's slower load")
	}
	old := gseLoadedByGSE(t, lexicon)
	g, err := NewGSE(lexicon, nil)
	if err != nil {
		t.Fatal(err)
	}
	od, nd := old.Dict, g.seg.Dict
	if od.NumTokens() != nd.NumTokens() || od.TotalFreq() != nd.TotalFreq() || od.MaxTokenLen() != nd.MaxTokenLen() {
		t.Fatalf("dictionaries differ: %d words, total %v, longest %d; want %d, %v, %d",
			nd.NumTokens(), nd.TotalFreq(), nd.MaxTokenLen(), od.NumTokens(), od.TotalFreq(), od.MaxTokenLen())
	}
	// The copy is sorted, gse's is not: the same words, in another order.
	byWord := make(map[string]*gse.Token, len(nd.Tokens))
	for i := range nd.Tokens {
		byWord[nd.Tokens[i].Text()] = &nd.Tokens[i]
	}
	for i := range od.Tokens {
		want := &od.Tokens[i]
		got := byWord[want.Text()]
		if got == nil {
			t.Fatalf("word %q is missing", want.Text())
		}
		if got.Freq() != want.Freq() || got.Pos() != want.Pos() {
			t.Fatalf("word %q: %v %q, want %v %q", want.Text(), got.Freq(), got.Pos(), want.Freq(), want.Pos())
		}
	}

	for _, line := range sampleLines(t) {
		if got, want := g.Cut(line), old.Cut(line); !slices.Equal(got, want) {
			t.Fatalf("cut of %q:\n got %q\nwant %q", line, got, want)
		}
	}
}

// TestTagsCorrectPartsOfSpeechOnly checks rules/tags.txt: each entry is a
// word of the dictionary or lexicon whose tag it changes, and the cuts stay
// those of the uncorrected dictionary.
func TestTagsCorrectPartsOfSpeechOnly(t *testing.T) {
	r := builtinRules(t)
	tags := r.Tags()
	if len(tags) == 0 {
		t.Fatal("rules/tags.txt holds no entry")
	}
	plain, err := NewGSE(r.Lexicon(), nil)
	if err != nil {
		t.Fatal(err)
	}
	g := testGSE(t)
	for word, tag := range tags {
		_, was, ok := plain.Lookup(word)
		if !ok {
			t.Errorf("tags.txt: %q is no word of the dictionary or lexicon", word)
			continue
		}
		if was == tag {
			t.Errorf("tags.txt: %q is tagged %s already", word, tag)
		}
		if _, now, _ := g.Lookup(word); now != tag {
			t.Errorf("%q tagged %q, want %q", word, now, tag)
		}
	}
	for _, line := range sampleLines(t) {
		if got, want := g.Cut(line), plain.Cut(line); !slices.Equal(got, want) {
			t.Fatalf("cut of %q:\n got %q\nwant %q", line, got, want)
		}
	}
	// 办理 is a verb: a count's measure is its object (办理法律援助案件7万余件)
	if got := tagWords(g, "办理案件"); got[0].tag != "v" {
		t.Errorf("办理案件 tagged %v", got)
	}
}

// dictionarySorted reports whether dict's lines are in byte order of their
// words.
func dictionarySorted(dict string) bool {
	prev := ""
	for line := range strings.Lines(dict) {
		word, _, _ := strings.Cut(line, " ")
		if word < prev {
			return false
		}
		prev = word
	}
	return true
}

var internalGSE struct {
	once sync.Once
	g    *GSE
	err  error
}

// loadGSE builds the segmenter once per test binary.
func loadGSE(tb testing.TB) *GSE {
	tb.Helper()
	internalGSE.once.Do(func() {
		internalGSE.g, internalGSE.err = NewGSE(builtinRules(tb).Lexicon(), builtinRules(tb).Tags())
	})
	if internalGSE.err != nil {
		tb.Fatal(internalGSE.err)
	}
	return internalGSE.g
}

// checkWordEnds checks that wordEnds gives where the words of Cut end.
func checkWordEnds(t *testing.T, g *GSE, text string) {
	t.Helper()
	var want []int
	at := 0
	for _, w := range g.Cut(text) {
		at += len(w)
		want = append(want, at)
	}
	if got := wordEnds(g, text); !slices.Equal(got, want) {
		t.Fatalf("wordEnds(%q) = %v, Cut's words end at %v", text, got, want)
	}
}

var wordEndSamples = []string{
	"", "全市规模以上工业增加值增长8.5%", "GDP达到5000亿元", "完成投资ABC项目12个", "Ｗｉｆｉ覆盖率达到９５％",
	"实施“十大攻坚行动”，推进三个一批", "abc", "项目\xff建设", "2025年",
}

func TestWordEndsMatchCut(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the dictionary")
	}
	g := loadGSE(t)
	texts := append(slices.Clone(wordEndSamples), sampleLines(t)...)
	for _, s := range texts {
		checkWordEnds(t, g, s)
	}
}

func FuzzWordEnds(f *testing.F) {
	for _, s := range wordEndSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkWordEnds(t, loadGSE(t), s)
	})
}

// sampleLines are the lines of the sample corpus, normalized.
func sampleLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, f := range sampleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := Normalize(nil, string(data))
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(n.Text, "\n")...)
	}
	return lines
}
