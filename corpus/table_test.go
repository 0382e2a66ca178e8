package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Spreadsheets of documents, one a row, columns found by name.
func TestReadTables(t *testing.T) {
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().String("标题,正文,发布时间\n济宁会议,部署十大攻坚行动。,2020-03-20\n")
	tests := []struct {
		name, file, column, content string
		want                        []string // title|text|published|url|source of each item, or "error: …"
	}{
		{"csv by name", "a.csv", "", "title,content,publish_date,url\n济宁会议,部署十大攻坚行动。,2020-03-20,http://x.cn/1\n临沂会议,\"发起10大攻坚战役，\n集中力量。\",2021-01-05,\n",
			[]string{"济宁会议|部署十大攻坚行动。|2020-03-20|http://x.cn/1|http://x.cn/1", "临沂会议|发起10大攻坚战役，\n集中力量。|2021-01-05||PATH:3"}},
		{"tsv", "a.tsv", "", "Title\tFull_Text\tDate\n济宁会议\t部署十大攻坚行动。\t2020-03-20\n",
			[]string{"济宁会议|部署十大攻坚行动。|2020-03-20||PATH:2"}},
		{"bom and Chinese names", "b.csv", "", "\ufeff标题,正文,来源\n济宁会议,部署十大攻坚行动。,济宁日报\n",
			[]string{"济宁会议|部署十大攻坚行动。|||PATH:2"}},
		{"GB18030 from Excel", "c.csv", "", gbk, []string{"济宁会议|部署十大攻坚行动。|2020-03-20||PATH:2"}},
		{"text column named", "d.csv", "讲话", "id,讲话\n1,部署十大攻坚行动。\n", []string{"|部署十大攻坚行动。|||PATH:2"}},
		{"no text column", "e.csv", "", "id,note\n1,x\n", []string{"error: no text column"}},
		{"named column elsewhere", "f.csv", "speech", "id,text\n1,x\n", []string{"|x|||PATH:2"}},
		{"named column nowhere", "f.csv", "speech", "id,note\n1,x\n", []string{"error: no text column nor \"speech\""}},
		{"empty row text", "g.csv", "", "title,text\n空,\n有,部署。\n", []string{"error: PATH:2: no \"text\" or \"html\" field", "有|部署。|||PATH:3"}},
		{"html column", "h.csv", "", "html\n\"<html><head><title>济宁会议</title></head><body><p>部署十大攻坚行动，全力推进。</p></body></html>\"\n",
			[]string{"济宁会议|部署十大攻坚行动，全力推进。|||PATH:2"}},
		{"empty file", "i.csv", "", "", []string{"error: empty table"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := *testReader(t) // a copy: the shared reader keeps no text column
			rd.TextColumn = tt.column
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			var got []string
			for it := range rd.Read([]string{path}) {
				if it.Err != nil {
					got = append(got, "error: "+strings.ReplaceAll(it.Err.Error(), path, "PATH"))
					continue
				}
				in := it.Input
				got = append(got, strings.Join([]string{in.Title, strings.TrimSpace(in.Text), in.Published, in.URL,
					strings.ReplaceAll(in.Source, path, "PATH")}, "|"))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				want := tt.want[i]
				if e, ok := strings.CutPrefix(want, "error: "); ok {
					if !strings.Contains(got[i], e) {
						t.Errorf("item %d: %q, want an error with %q", i, got[i], e)
					}
				} else if got[i] != want {
					t.Errorf("item %d: %q, want %q", i, got[i], want)
				}
			}
		})
	}
}

// A Markdown document's title is its first heading.
func TestMarkdownTitle(t *testing.T) {
	for text, want := range map[string]string{
		"# 济宁市十大攻坚行动\n\n部署。":          "济宁市十大攻坚行动",
		"前言\n\n## 二级标题\n# 一级标题 #\n正文": "一级标题",
		"## 只有二级\n正文":                 "只有二级",
		"济宁市政府工作报告\n===\n正文":          "济宁市政府工作报告",
		"```\n# 代码里的不是标题\n```\n正文":    "",
		"#不是标题\n正文":                   "",
		"正文，没有标题。":                    "",
	} {
		if got := markdownTitle(text); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
	items := func() []Item {
		path := filepath.Join(t.TempDir(), "r.md")
		os.WriteFile(path, []byte("# 政府工作报告\n\n部署十大攻坚行动。\n"), 0o644)
		var out []Item
		for it := range testReader(t).Read([]string{path}) {
			out = append(out, it)
		}
		return out
	}()
	if len(items) != 1 || items[0].Input.Title != "政府工作报告" {
		t.Errorf("read .md: %+v", items)
	}
}

func FuzzReadTable(f *testing.F) {
	f.Add("title,text\n济宁,部署。\n", "")
	f.Add("text\n\"unclosed\n", "text")
	f.Add("\xff\xfe,\x00\n", "")
	f.Fuzz(func(t *testing.T, content, column string) {
		rd := *testReader(t)
		rd.TextColumn = column
		rd.readTable("f.csv", strings.NewReader(content), ',', column, func(it Item) bool {
			if it.Err == nil && it.Name == "" {
				t.Fatalf("an item without a name")
			}
			return true
		})
	})
}

// Progress is measured in the bytes of the files read, against what
// InputBytes counts beforehand: at the end of a read they agree.
func TestInputBytesMatchBytesRead(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"a.txt": "济宁市部署十大攻坚行动。", "b.csv": "text\n部署。\n", "sub/c.md": "# 标题\n正文。",
		".hidden/d.txt": "不读", "e.bin": "\x00\x01"}
	for name, content := range files {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		os.WriteFile(path, []byte(content), 0o644)
	}
	total := InputBytes([]string{dir})
	want := int64(len(files["a.txt"]) + len(files["b.csv"]) + len(files["sub/c.md"]))
	if total != want {
		t.Errorf("InputBytes = %d, want %d", total, want)
	}
	rd := *testReader(t)
	rd.BytesRead = new(atomic.Int64)
	for range rd.Read([]string{dir}) {
	}
	if got := rd.BytesRead.Load(); got != total {
		t.Errorf("read %d bytes, InputBytes said %d", got, total)
	}
}
