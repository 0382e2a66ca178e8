package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/liuzl/gocc"
)

// gocc returns the reference converter the table converter must match.
func goccT2S(tb testing.TB) *gocc.OpenCC {
	tb.Helper()
	cc, err := gocc.New("t2s")
	if err != nil {
		tb.Fatal(err)
	}
	return cc
}

func TestTableConverterMatchesGocc(t *testing.T) {
	ref, conv := goccT2S(t), t2s(t)
	texts := []string{
		"",
		"市委副書記、市長孟慶斌主持會議並講話",
		"臨汾市項目建設年動員部署大會暨集中開復工活動舉行",
		"乾县召开会议,部署项目建设", // Simplified: passes through, 乾 still converts
		"一目瞭然，不瞭解，上鍊，么麼小事",
		"著名的乾隆皇帝在這裡瞭望",
		"项目\xff\xfe建設", // invalid bytes: gocc's U+FFFD and skip
		"\xe8\xa8",     // a cut multi-byte rune
		"abc\uFFFD後",
		"\x01慶\x01\x01\x01發展後\xff慶", // loop bytes, then a bad byte
		"發展\xff瞭解",                  // a run copied whole, then a bad byte
	}
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
		}
	}
	for _, s := range texts {
		want, err := ref.Convert(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := conv.Convert(s)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Convert(%.60q) = %.60q, gocc gives %.60q", s, got, want)
		}
	}
}

func FuzzTableConverter(f *testing.F) {
	f.Add("市委副書記、市長孟慶斌主持會議並講話")
	f.Add("一目瞭然不瞭解上鍊么麼")
	f.Add("项目\xff\xfe建設")
	f.Add("\x01慶\x01\x01發展\xff後") // loop bytes shift where gocc's scan resumes
	f.Add("瞭解\xe8\xa8著名")
	ref, conv := goccT2S(f), t2s(f)
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := ref.Convert(s)
		got, _ := conv.Convert(s)
		if got != want {
			t.Errorf("Convert(%q) = %q, gocc gives %q", s, got, want)
		}
	})
}

func BenchmarkT2S(b *testing.B) {
	conv := t2s(b)
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	if len(files) == 0 {
		b.Skip("no sample corpus")
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			if _, err := conv.Convert(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestTradOnly(t *testing.T) {
	tc := t2s(t).(*tableConverter)
	// Characters OpenCC always replaces are evidence; those it may keep
	// (乾, 於, 薹: Simplified uses them too) and those it never changes are not.
	for _, r := range "這個們發後裡雲鬥頭髮麼內" {
		if !tc.tradOnly.has(r) {
			t.Errorf("%c: want Traditional only", r)
		}
	}
	for _, r := range "乾於薹瞭著这个们发后里云斗头么干" {
		if tc.tradOnly.has(r) {
			t.Errorf("%c: not Traditional only", r)
		}
	}
}
