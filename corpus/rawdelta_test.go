package corpus

import (
	"errors"
	"strings"
	"testing"
)

func testCodec(t testing.TB) *deltaCodec {
	t.Helper()
	c, err := newDeltaCodec()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.close)
	return c
}

// The kinds of difference between a document's input and its normalized
// text: none, furniture lines dropped, script converted, width folded, spaces
// collapsed, and the degenerate ones.
func TestRawDeltaRoundTrip(t *testing.T) {
	body := strings.Repeat("全市共谋划项目1031个，总投资4190亿元，开复工率达到90%以上。\n", 20)
	trad := strings.Repeat("全市共謀劃項目1031個，總投資4190億元，開復工率達到90%以上。\n", 20)
	tests := []struct {
		name, raw, text string
		maxDelta        int // the delta's size at most (0: not checked)
	}{
		{"same", body, body, 40},
		{"furniture line after", body + "[查看原文](https://example.com/2024/01/01/abc)\n", body, 90},
		{"furniture lines around", "首页 > 新闻 > 正文\n" + body + "责任编辑：张三\n", body, 80},
		{"traditional", trad, body, 0},
		{"full width digits", strings.ReplaceAll(body, "1031", "１０３１"), body, 120},
		{"spaces collapsed", strings.ReplaceAll(body, "，", " ， "), body, 0},
		{"empty raw", "", body, 20},
		{"empty text", body, "", 0},
		{"both empty", "", "", 20},
		{"short", "项目", "项目", 20},
		{"short, other", "項目", "项目", 20},
		{"unrelated", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", body, 0},
		{"raw repeats the text", body + body, body, 60},
		{"binary", "\x00\xff\xfe\x01" + body + "\x80", body, 0},
	}
	c := testCodec(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := c.encode(tt.raw, tt.text)
			got, err := c.decode(d, tt.text)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got != tt.raw {
				t.Fatalf("round trip: got %q, want %q", got, tt.raw)
			}
			if tt.maxDelta > 0 && len(d) > tt.maxDelta {
				t.Errorf("delta is %d bytes for a %d-byte input, want at most %d", len(d), len(tt.raw), tt.maxDelta)
			}
			if again := c.encode(tt.raw, tt.text); string(again) != string(d) {
				t.Errorf("encoding is not deterministic")
			}
		})
	}
}

// A delta read back against another text, or damaged, is an error.
func TestRawDeltaCorrupt(t *testing.T) {
	c := testCodec(t)
	text := strings.Repeat("推进高速、高铁、运河主航道等建设，打通39条断头路。", 10)
	good := c.encode(text+"编辑：李四", text)
	for name, d := range map[string][]byte{
		"empty":        nil,
		"bad magic":    append([]byte{'x'}, good[1:]...),
		"bad version":  append([]byte{deltaMagic, 9}, good[2:]...),
		"truncated":    good[:len(good)-3],
		"not zstd":     {deltaMagic, deltaVersion, 'z', 1, 2, 3},
		"copy too far": c.encodeOps([]byte{0, 0xff, 0xff, 0x03, 0}),
		"plain, cut":   {deltaMagic, deltaVersion, 'p', 5, 'a'},
		"bad form":     {deltaMagic, deltaVersion, 'q', 0, 0, 0},
		"literal past": c.encodeOps([]byte{50, 'a'}),
	} {
		if _, err := c.decode(d, text); !errors.Is(err, errDelta) {
			t.Errorf("%s: err = %v, want errDelta", name, err)
		}
	}
	if _, err := c.decode(good, text[:20]); err == nil {
		t.Errorf("decoded against a shorter text without error")
	}
}

// encodeOps frames hand-made ops as a delta.
func (c *deltaCodec) encodeOps(ops []byte) []byte {
	return c.enc.EncodeAll(ops, []byte{deltaMagic, deltaVersion, 'z'})
}

func FuzzRawDelta(f *testing.F) {
	f.Add("全市共謀劃項目1031個", "全市共谋划项目1031个", []byte{deltaMagic, deltaVersion})
	f.Add(strings.Repeat("ab", 40), strings.Repeat("ab", 30), []byte{})
	f.Add("", "", []byte{deltaMagic, deltaVersion, 'z', 0x28, 0xb5, 0x2f, 0xfd})
	c := testCodec(f)
	f.Fuzz(func(t *testing.T, raw, text string, junk []byte) {
		got, err := c.decode(c.encode(raw, text), text)
		if err != nil || got != raw {
			t.Fatalf("round trip of %q against %q: %q, %v", raw, text, got, err)
		}
		// Any bytes decode to something or to an error, never a panic.
		c.decode(junk, text)
	})
}

func BenchmarkRawDelta(b *testing.B) {
	c := testCodec(b)
	text := strings.Repeat("全市共谋划项目1031个，总投资4190亿元，开复工率达到90%以上。\n", 40)
	raw := "首页 > 新闻\n" + text + "[查看原文](https://example.com/a)\n"
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		c.decode(c.encode(raw, text), text)
	}
}
