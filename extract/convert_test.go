package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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

// checkChangeBound checks changeBound against a conversion: the Han runes
// it counts are isTraditional's, and it bounds how many of them change.
func checkChangeBound(t *testing.T, tc *tableConverter, s string) {
	t.Helper()
	bound, han, ok := tc.changeBound(s, maxScriptHan)
	if !ok {
		return
	}
	out, _ := tc.Convert(s)
	changed, wantHan := 0, 0
	rest := out
	for _, r := range s {
		ar, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
		if !isHanRune(r) {
			continue
		}
		wantHan++
		if ar != r {
			changed++
		}
		if wantHan >= maxScriptHan {
			break
		}
	}
	if han != wantHan || changed > bound {
		t.Errorf("changeBound(%q) = %d of %d Han; converting changes %d of %d", s, bound, han, changed, wantHan)
	}
}

func TestChangeBound(t *testing.T) {
	tc := t2s(t).(*tableConverter)
	if !tc.bounded {
		t.Fatal("t2s keys convert rune for rune: the bound should hold")
	}
	for _, s := range []string{"", "今後,臨沂要在這10個方面發力", "乾县著名的一干二净", "發展\x01慶", "發\xff展", "\ufffd這個"} {
		checkChangeBound(t, tc, s)
	}
	if _, _, ok := tc.changeBound("發展\x01慶", maxScriptHan); ok {
		t.Error("a loop byte shifts positions: no bound")
	}
	if _, _, ok := tc.changeBound("發\xff展", maxScriptHan); ok {
		t.Error("invalid UTF-8 shifts positions: no bound")
	}
	files, _ := filepath.Glob("../testdata/corpus/*/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			checkChangeBound(t, tc, line)
		}
		checkChangeBound(t, tc, string(data))
	}
}

func FuzzChangeBound(f *testing.F) {
	tc := t2s(f).(*tableConverter)
	for _, s := range []string{"今後,臨沂要在這10個方面發力", "乾县著名的一干二净", "\ufffd這個"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkChangeBound(t, tc, s)
	})
}
