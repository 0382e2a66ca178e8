package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Converter turns Traditional Chinese into Simplified (OpenCC t2s).
type Converter interface {
	Convert(string) (string, error)
}

// Normalized is the text of a document made ready for the extractors.
type Normalized struct {
	Text    string
	Script  string   // "traditional" or "simplified": the script of the input
	Quality []string // problems seen in the input: "pinyin-glosses", "mojibake", "replacement-chars"
}

// Normalize makes text Simplified and clean: pinyin glosses that some mirrors
// insert after characters (設(shè)) are removed before conversion, full-width
// letters and digits are folded to ASCII (Chinese punctuation is kept: it is
// what the text says), whitespace is collapsed inside lines, and blank lines
// are dropped, so that each line is one paragraph.
func Normalize(conv Converter, text string) (Normalized, error) {
	var n Normalized
	in := readInput(text)
	if !in.valid {
		text = strings.ToValidUTF8(text, "\uFFFD")
		in = readInput(text)
	}
	if in.replacement {
		n.Quality = append(n.Quality, "replacement-chars")
	}
	if hasMojibake(text) {
		n.Quality = append(n.Quality, "mojibake")
	}
	stripped, glosses := stripPinyinGlosses(text)
	if glosses > 0 {
		n.Quality = append(n.Quality, "pinyin-glosses")
	}
	// A gloss holds no rune that folds: the stripped text folds as the
	// input does.
	folded := stripped
	if in.folds {
		folded = strings.Map(foldRune, stripped)
	}
	n.Script = "simplified"
	if conv != nil {
		ev, err := traditionalEvidence(conv, folded)
		if err != nil {
			return n, err
		}
		if ev.label {
			n.Script = "traditional"
		}
		// Any Traditional-only character converts the whole text, however
		// short (a headline, a one-line quote): t2s needs the whole of it for
		// its phrases. Text without one is left as written: t2s would only
		// rewrite characters that Simplified uses too (乾县 → 干县).
		if ev.convert {
			if ev.converted == nil {
				all, err := conv.Convert(folded)
				if err != nil {
					return n, fmt.Errorf("t2s: %w", err)
				}
				ev.converted = &all
			}
			folded = *ev.converted
		}
	}
	n.Text = collapseSpace(folded)
	return n, nil
}

// NormalizeLine is Normalize for a short string (a title, a name): one line,
// whitespace collapsed.
func NormalizeLine(conv Converter, s string) string {
	n, err := Normalize(conv, s)
	if err != nil {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(n.Text), " ")
}

// sampleBytes is how much of a long text the script label reads: its
// start and its middle, so a Simplified header cannot hide a Traditional body.
const sampleBytes = 4096

// evidence is what a text holds of Traditional Chinese.
type evidence struct {
	convert bool // it holds a character t2s must convert
	label   bool // enough of its Han characters are such: its script is Traditional
	// converted is the conversion when finding the evidence made it
	// (a converter without tables), for Normalize not to convert twice.
	converted *string
}

// traditionalEvidence reads s for Traditional-only characters (see
// tableConverter.tradOnly). The script label asks for a share of them, not
// any: a Simplified text quoting one word in Traditional stays labelled
// Simplified, though the word is converted.
func traditionalEvidence(conv Converter, s string) (evidence, error) {
	tc, ok := conv.(*tableConverter)
	if !ok {
		// No tables to read: convert, and compare.
		simple, err := conv.Convert(s)
		if err != nil {
			return evidence{}, fmt.Errorf("t2s: %w", err)
		}
		return evidence{convert: simple != s, label: isTraditional(s, simple), converted: &simple}, nil
	}
	var ev evidence
	for _, r := range s {
		if tc.tradOnly.has(r) {
			ev.convert = true
			break
		}
	}
	if !ev.convert {
		return ev, nil
	}
	samples := []string{s}
	if len(s) > 3*sampleBytes {
		mid := len(s) / 2
		samples = []string{cutValid(s, 0, sampleBytes), cutValid(s, mid, mid+sampleBytes)}
	}
	for _, sample := range samples {
		if changed, han := tc.tradOnlyShare(sample, maxScriptHan); enoughChanged(changed, han) {
			ev.label = true
			break
		}
	}
	return ev, nil
}

// cutValid returns s[from:to] moved inward to rune boundaries.
func cutValid(s string, from, to int) string {
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to--
	}
	if from > to {
		return ""
	}
	return s[from:to]
}

// isTraditional says whether conversion changed enough of the Han characters
// for the input to count as Traditional. A few changed characters occur in
// Simplified text too (乾, 著, 瞭 in names), hence a share, not any change;
// Traditional prose changes a fifth or more (這, 個, 們, 會, 發, 國 …).
func isTraditional(before, after string) bool {
	han, changed := 0, 0
	a := after
	for _, r := range before {
		ar, size := utf8.DecodeRuneInString(a)
		a = a[size:]
		if !isHanRune(r) {
			continue
		}
		han++
		if ar != r {
			changed++
		}
		if han >= maxScriptHan {
			break
		}
	}
	return enoughChanged(changed, han)
}

// maxScriptHan is how many Han characters of a sample the script test reads.
const maxScriptHan = 4000

// enoughChanged says whether changed of han characters make a text
// Traditional: at least 10%, and at least two unless the text is a word or
// two (一個).
func enoughChanged(changed, han int) bool {
	return (changed >= 2 || changed >= 1 && han <= 3) && changed*10 >= han
}

// hasMojibake reports runs of "??" inside Chinese text, the trace of text
// that passed through a wrong code page.
func hasMojibake(s string) bool {
	for i := strings.Index(s, "??"); i >= 0; {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if isHanRune(prev) {
			return true
		}
		j := strings.Index(s[i+2:], "??")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// stripPinyinGlosses removes "(shè)" after a Han character: a parenthesis
// (ASCII or full-width) holding one pinyin syllable with a tone mark. It
// reads only at the parentheses, not every rune between them.
func stripPinyinGlosses(s string) (string, int) {
	ascii, wide := strings.Index(s, "("), strings.Index(s, "（")
	if ascii < 0 && wide < 0 {
		return s, 0
	}
	next := func(sep string, from int) int {
		if k := strings.Index(s[from:], sep); k >= 0 {
			return from + k
		}
		return -1
	}
	var b strings.Builder
	n := 0
	kept := 0 // s[kept:] is still to be copied
	for i := 0; ; {
		if ascii >= 0 && ascii < i {
			ascii = next("(", i)
		}
		if wide >= 0 && wide < i {
			wide = next("（", i)
		}
		p, size := ascii, len("(")
		if p < 0 || wide >= 0 && wide < p {
			p, size = wide, len("（")
		}
		if p < 0 {
			break
		}
		// A gloss follows a Han character; right after a removed gloss,
		// the one the gloss followed (建设(shè)(shè) loses both).
		if prev, _ := utf8.DecodeLastRuneInString(s[:p]); n > 0 && p == kept || isHanRune(prev) {
			if end := glossEnd(s[p+size:]); end > 0 {
				if n == 0 {
					b.Grow(len(s)) // copy only a text that has glosses
				}
				b.WriteString(s[kept:p])
				kept = p + size + end
				n++
				i = kept
				continue
			}
		}
		i = p + size
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[kept:])
	return b.String(), n
}

// glossEnd returns the length of "shè)" at the start of s, including the
// closing parenthesis, or 0 when s does not start with a toned syllable.
func glossEnd(s string) int {
	toned := false
	letters := 0
	for i, r := range s {
		switch {
		case r == ')' || r == '）':
			if toned && letters >= 1 && letters <= 6 {
				return i + utf8.RuneLen(r)
			}
			return 0
		case r >= 'a' && r <= 'z':
			letters++
		case strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", r):
			letters++
			toned = true
		default:
			return 0
		}
		if letters > 6 {
			return 0
		}
	}
	return 0
}

// inputTraits are what Normalize asks of the whole input.
type inputTraits struct {
	valid       bool // valid UTF-8
	replacement bool // holds U+FFFD
	folds       bool // holds a rune foldRune changes
}

// readInput reads text once for its inputTraits, instead of once for each;
// it stops at the first invalid byte.
func readInput(text string) inputTraits {
	in := inputTraits{valid: true}
	for i, r := range text {
		switch {
		case r < utf8.RuneSelf: // no ASCII rune folds
		case r == utf8.RuneError:
			if !strings.HasPrefix(text[i:], "\uFFFD") {
				in.valid = false
				return in
			}
			in.replacement = true
		case !in.folds:
			in.folds = foldRune(r) != r
		}
	}
	return in
}

// foldWidth turns full-width ASCII letters, digits and the signs that belong
// to numbers (％ ＋ － ． ／) into ASCII, and the ideographic space into a
// space. Chinese punctuation (，。：（）) is kept as written.
func foldWidth(s string) string {
	needs := false
	for _, r := range s {
		if foldRune(r) != r {
			needs = true
			break
		}
	}
	if !needs {
		return s
	}
	return strings.Map(foldRune, s)
}

func foldRune(r rune) rune {
	switch {
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
		return r - 0xFEE0
	case r == '％' || r == '＋' || r == '－' || r == '．' || r == '／':
		return r - 0xFEE0
	case r == '\u3000' || r == '\u00a0':
		return ' '
	}
	return r
}

// collapseSpace trims every line, collapses runs of spaces inside it, and
// drops blank lines. Zero-width spaces and stray byte-order marks count as
// space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = strings.TrimFunc(line, isSpaceLike)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		// Copy the runs between spaces whole, not rune by rune.
		run := 0 // start of the run being read; -1 inside spaces
		for i, r := range line {
			switch {
			case isSpaceLike(r):
				if run >= 0 {
					b.WriteString(line[run:i])
					run = -1
				}
			case r == utf8.RuneError:
				// written as the rune it decodes to, whatever the bytes were
				if run >= 0 {
					b.WriteString(line[run:i])
				} else {
					b.WriteByte(' ')
				}
				b.WriteRune(r)
				run = i + runeSizeAt(line, i)
			case run < 0:
				b.WriteByte(' ')
				run = i
			}
		}
		if run >= 0 {
			b.WriteString(line[run:])
		}
	}
	return b.String()
}

// runeSizeAt is the byte length of the rune at s[i] as range reads it.
func runeSizeAt(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

func isSpaceLike(r rune) bool {
	if r > '\u3000' { // past the last White_Space rune: most Chinese text
		return r == '\ufeff'
	}
	return unicode.IsSpace(r) || r == '\u200b'
}

// QueryForms returns the forms a search term may take in normalized text:
// folded to ASCII digits and letters, and converted to Simplified whatever it
// looks like (a short query gives no reliable script signal); the folded form
// is kept too when conversion changes it (乾县 stays findable).
func QueryForms(conv Converter, term string) []string {
	folded := strings.TrimSpace(foldWidth(term))
	forms := []string{folded}
	if conv != nil {
		if simple, err := conv.Convert(folded); err == nil && simple != folded {
			forms = []string{simple, folded}
		}
	}
	return forms
}
