package corpus

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// A figure's text and sentence are stored as offsets into the document's
// text when they are slices of it, as written when they are not, and read
// back the same either way.
func TestFiguresStoredAsOffsets(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	text := "去年完成投资5亿元。今年全市共谋划项目1031个，总投资4190亿元。力争开复工率达到90%以上。"
	r := sampleRecord("offsets.txt", text)
	figure := func(phrase, sentence string) extract.Figure {
		k := strings.Index(text, phrase)
		start := len([]rune(text[:k]))
		return extract.Figure{Text: phrase, Value: 1, Unit: "个", Sentence: sentence,
			Span: extract.Span{Start: start, End: start + len([]rune(phrase))}}
	}
	r.Figures = []extract.Figure{
		figure("项目1031个", "今年全市共谋划项目1031个，总投资4190亿元。"),
		figure("总投资4190亿元", "今年全市共谋划项目1031个，总投资4190亿元。"),
		figure("开复工率达到90%以上", "力争开复工率达到90%以上。"),
		figure("投资5亿元", "a sentence the text does not hold"),
	}
	r.Figures[3].Text = "投资五亿元" // nor this text at its offsets
	if _, err := s.Put(ctx, []extract.Record{r}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Record(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Figures, r.Figures) {
		t.Errorf("figures read back\n%+v\nwant\n%+v", got.Figures, r.Figures)
	}
	var copies int
	if err := s.DB().QueryRow(`SELECT COUNT(text) + COUNT(sentence) FROM figure_rows`).Scan(&copies); err != nil {
		t.Fatal(err)
	}
	if copies != 2 {
		t.Errorf("%d texts and sentences stored as written, want 2 (the last figure's)", copies)
	}
	var sentence string
	if err := s.DB().QueryRow(`SELECT sentence FROM figures WHERE idx = 1`).Scan(&sentence); err != nil || sentence != r.Figures[1].Sentence {
		t.Errorf("figures view: sentence %q (%v), want %q", sentence, err, r.Figures[1].Sentence)
	}
}

func TestRuneCursorBothWays(t *testing.T) {
	text := "a中b文c"
	c := &runeCursor{text: text}
	for _, r := range []int{3, 1, 5, 0, 4, 2, 9} {
		want := len(string([]rune(text)[:min(r, 5)]))
		if got := c.byteAt(r); got != want {
			t.Errorf("byteAt(%d) = %d, want %d", r, got, want)
		}
	}
}
