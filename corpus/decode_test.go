package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Real sentences from the corpus (seeds 000, 003, 004 and dev 22).
const (
	simplifiedSentence = "9月15日上午市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会。" +
		"市委书记陈之常强调，全市上下要全面贯彻市委七届十四次全会精神，把牢“项目为王、环境是金”工作导向，" +
		"用好对标找差、补短强特科学方法，发扬脚踏实地、创新实干过硬作风，聚焦指标再发力、紧盯项目再攻坚。"
	traditionalSentence = "會議以習近平新時代中國特色社會主義思想為指導，深入貫徹落實全省“重點工作攻堅年”動員大會精神，" +
		"就紮實推進全市“重點工作攻堅年”“重大項目突破年”活動進行再部署，堅決把疫情造成的損失奪回來，" +
		"確保實現全年經濟社會發展目標任務，確保新舊動能轉換初見成效。"
	// 镕 and 堃 are outside GB2312; 𠀾 is outside GBK (GB18030 four-byte).
	gb18030Sentence = "朱镕基、王堃出席会议。荆州市将尽力争取水利建设项目国家立项资金总计约160亿元，𠀾字为扩展区汉字。"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func page(charset string, body []byte) []byte {
	head := "<html><head>"
	if charset != "" {
		head += `<meta http-equiv="Content-Type" content="text/html; charset=` + charset + `">`
	}
	head += "<title>t</title></head><body><div id=\"content\"><p>"
	return append(append([]byte(head), body...), []byte("</p></div></body></html>")...)
}

func TestDecodeText(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, simplifiedSentence)
	gb18030 := encode(t, simplifiedchinese.GB18030, gb18030Sentence)
	big5 := encode(t, traditionalchinese.Big5, traditionalSentence)
	tests := []struct {
		name     string
		raw      []byte
		declared string
		want     string
	}{
		{"utf-8", []byte(simplifiedSentence), "", simplifiedSentence},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), simplifiedSentence...), "", simplifiedSentence},
		{"utf-8 declared gbk", []byte(simplifiedSentence), "gbk", simplifiedSentence},
		{"gbk undeclared", gbk, "", simplifiedSentence},
		{"gbk declared gbk", gbk, "gbk", simplifiedSentence},
		{"gbk declared gb2312", gbk, "gb2312", simplifiedSentence},
		{"gbk declared utf-8", gbk, "utf-8", simplifiedSentence},
		{"gbk declared big5", gbk, "big5", simplifiedSentence},
		{"gb18030 undeclared", gb18030, "", gb18030Sentence},
		{"gb18030 labelled gbk", gb18030, "gbk", gb18030Sentence},
		{"big5 undeclared", big5, "", traditionalSentence},
		{"big5 declared big5", big5, "big5", traditionalSentence},
		{"big5 declared gb2312", big5, "gb2312", traditionalSentence},
		{"big5 declared utf-8", big5, "UTF-8", traditionalSentence},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := testReader(t).DecodeText(tt.raw, tt.declared)
			if err != nil {
				t.Fatalf("DecodeText: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestDecodeTextBrokenUTF8 checks that a UTF-8 text with a few broken bytes
// stays UTF-8 (with U+FFFD) instead of turning into GB18030 mojibake.
func TestDecodeTextBrokenUTF8(t *testing.T) {
	raw := []byte(simplifiedSentence + "\xff" + traditionalSentence + "\xe4\xb8")
	got, err := testReader(t).DecodeText(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, simplifiedSentence+"\uFFFD") || !strings.Contains(got, traditionalSentence) {
		t.Errorf("got %q", got)
	}
}

func TestDecodeTextUndecodable(t *testing.T) {
	// Bytes that are no encoding's text: each pair decodes as GB18030, but
	// into rare characters and private-use code points.
	var raw []byte
	for i := 0; i < 400; i++ {
		raw = append(raw, byte(0x81+i*37%120), byte(0x30+i*11%10), byte(0x81+i*7%120), byte(0x30+i%10), 0x01)
	}
	_, err := testReader(t).DecodeText(raw, "")
	if !errors.Is(err, ErrUndecodable) {
		t.Fatalf("err = %v, want ErrUndecodable", err)
	}
}

// TestParsePageCharsets feeds whole pages with missing and lying declarations.
func TestParsePageCharsets(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, simplifiedSentence)
	big5 := encode(t, traditionalchinese.Big5, traditionalSentence)
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"gbk without declaration", page("", gbk), simplifiedSentence},
		{"gbk declared utf-8", page("utf-8", gbk), simplifiedSentence},
		{"gbk declared big5", page("big5", gbk), simplifiedSentence},
		{"big5 without declaration", page("", big5), traditionalSentence},
		{"big5 declared gb2312", page("gb2312", big5), traditionalSentence},
		{"utf-8 declared gb2312", page("gb2312", []byte(simplifiedSentence)), simplifiedSentence},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := testReader(t).ParsePage(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if p.Text != tt.want {
				t.Errorf("text %q\nwant %q", p.Text, tt.want)
			}
		})
	}
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte(simplifiedSentence), "")
	f.Add([]byte("\xef\xbb\xbfabc"), "utf-8")
	f.Add([]byte("\xff\xfea\x00b\x00"), "")
	for _, e := range []encoding.Encoding{simplifiedchinese.GB18030, simplifiedchinese.GBK} {
		if b, err := e.NewEncoder().Bytes([]byte(simplifiedSentence)); err == nil {
			f.Add(b, "gbk")
		}
	}
	if b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(traditionalSentence)); err == nil {
		f.Add(b, "big5")
		f.Add(b[:len(b)-1], "")
	}
	rd := testReader(f)
	f.Fuzz(func(t *testing.T, raw []byte, declared string) {
		s, err := rd.DecodeText(raw, declared)
		if err != nil {
			return
		}
		if len(raw) > 0 && s == "" {
			t.Errorf("empty result for %d bytes without error", len(raw))
		}
	})
}

// devFiles returns the dev corpus files with the given extension, or skips.
func devFiles(tb testing.TB, ext string) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "dev", "*"+ext))
	if len(files) == 0 {
		tb.Skip("../testdata/corpus not present")
	}
	return files
}

func BenchmarkDecode(b *testing.B) {
	var docs [][]byte
	total := 0
	for _, f := range devFiles(b, "") {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		// Re-encode as GBK so that the detector, not the UTF-8 fast path, runs.
		if gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(raw); err == nil {
			raw = gbk
		}
		docs = append(docs, raw)
		total += len(raw)
	}
	rd := testReader(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := rd.DecodeText(d, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
