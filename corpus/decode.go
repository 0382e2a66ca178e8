package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tifa-project/tifa/extract"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ErrUndecodable is wrapped by DecodeText's error when no encoding tifa knows
// turns the bytes into sensible text.
var ErrUndecodable = errors.New("not UTF-8, GBK/GB18030 or Big5 text")

// ErrOnlyBOM is DecodeText's error for bytes that are a byte-order mark and
// nothing else: no text, which an empty result without error would hide.
var ErrOnlyBOM = errors.New("nothing but a byte-order mark")

// DecodeText turns the bytes of a document into UTF-8. declared is the
// charset the page or server claims ("gbk", "big5", "utf-8", or ""); it only
// breaks ties, because pages lie: a UTF-8 header over a GBK body is common.
//
// Bytes that are valid UTF-8 are UTF-8. Others are decoded as GB18030 (which
// covers GBK and GB2312) and as Big5, and the decoding whose characters are
// the common ones wins; a mostly-UTF-8 file with a few broken bytes stays
// UTF-8 (the broken bytes become U+FFFD).
func (rd *Reader) DecodeText(raw []byte, declared string) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		raw = raw[3:]
		if len(raw) == 0 {
			return "", ErrOnlyBOM
		}
	case bytes.HasPrefix(raw, []byte("\xff\xfe")), bytes.HasPrefix(raw, []byte("\xfe\xff")):
		if len(raw) == 2 {
			return "", ErrOnlyBOM
		}
		out, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("decode UTF-16: %w", err)
		}
		return string(out), nil
	}
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	label := charsetFamily(declared)
	best, bestScore := "", -1.0
	for _, c := range []struct {
		family string
		dec    func([]byte) string
	}{
		{"utf-8", func(b []byte) string { return strings.ToValidUTF8(string(b), "\uFFFD") }},
		{"gb18030", decodeWith(simplifiedchinese.GB18030)},
		{"big5", decodeWith(traditionalchinese.Big5)},
	} {
		text := c.dec(raw)
		s := decodingScore(text, rd.common)
		if c.family == label {
			s += 0.02 // a declaration breaks near ties only
		}
		if s > bestScore {
			best, bestScore = text, s
		}
	}
	if bestScore < minDecodingScore {
		if declared == "" {
			return "", fmt.Errorf("%w: no decoding gives readable text", ErrUndecodable)
		}
		return "", fmt.Errorf("%w: no decoding gives readable text (the page declares %q)", ErrUndecodable, declared)
	}
	return best, nil
}

// minDecodingScore is the score below which no decoding is believed: random
// bytes decode as GB18030 without error, but into rare characters and
// control codes.
const minDecodingScore = 0.25

func decodeWith(e encoding.Encoding) func([]byte) string {
	return func(b []byte) string {
		// x/text decoders replace invalid sequences with U+FFFD and do not fail.
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "\uFFFD"
		}
		return string(out)
	}
}

// charsetFamily maps a charset label to the decoder tifa uses for it: GBK and
// GB2312 labels read with GB18030, a superset that also covers the characters
// outside GBK that such pages carry.
func charsetFamily(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	l = strings.NewReplacer("_", "-", " ", "").Replace(l)
	switch l {
	case "":
		return ""
	case "utf-8", "utf8":
		return "utf-8"
	case "gbk", "gb2312", "gb18030", "x-gbk", "euc-cn", "cp936", "windows-936", "hz-gb-2312", "csgb2312", "gb-2312":
		return "gb18030"
	case "big5", "big5-hkscs", "x-big5", "cp950", "csbig5":
		return "big5"
	}
	return l
}

// decodingScore rates how much decoded text looks like real text, in [0, 1]:
// the share of its Han characters that are common ones, less penalties for
// replacement characters, private-use and control codes. Text without Han
// characters is judged by its share of ordinary characters alone.
func decodingScore(text string, common map[rune]bool) float64 {
	han, hanCommon, bad, wide := 0, 0, 0, 0
	for _, r := range text {
		if r < 0x80 {
			if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
				bad++
				wide++
			}
			continue
		}
		wide++
		switch {
		case r == utf8.RuneError:
			bad += 3 // one broken sequence usually means a wrong decoding
		case r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
			bad += 2 // private use: what Big5 and GB18030 make of each other's bytes
		case unicode.Is(unicode.Han, r):
			han++
			if common[r] {
				hanCommon++
			}
		}
	}
	if wide == 0 {
		return 1
	}
	// Penalties are shares of the non-ASCII characters: markup and Latin
	// text say nothing about which decoding is right.
	penalty := float64(bad) / float64(wide)
	if han == 0 {
		return 1 - penalty
	}
	// The +1 pulls a text of a handful of characters towards the middle:
	// too few characters for the share to mean much.
	share := (float64(hanCommon) + 0.5) / (float64(han) + 1)
	return share - penalty
}

// commonChars is the set of common Han characters of the rule file
// charset_common.txt (extended, like every rule file, by --rules).
func commonChars(r *extract.Rules) map[rune]bool {
	set := map[rune]bool{}
	for _, line := range r.List("charset_common") {
		for _, c := range line {
			if unicode.Is(unicode.Han, c) {
				set[c] = true
			}
		}
	}
	return set
}
