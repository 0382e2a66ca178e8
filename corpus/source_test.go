package corpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func collect(t *testing.T, paths ...string) (ok []Item, bad []Item) {
	t.Helper()
	for item := range testReader(t).Read(paths) {
		if item.Err != nil {
			bad = append(bad, item)
		} else {
			ok = append(ok, item)
		}
	}
	return ok, bad
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestReadFolderKinds(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("临沂市十大攻坚行动"))
	writeFile(t, filepath.Join(dir, "b.html"), []byte("<html><head><title>标题</title></head><body><p>济宁市三个一批</p></body></html>"))
	writeFile(t, filepath.Join(dir, "sub", "c.jsp"), []byte(`<%@ page pageEncoding="UTF-8"%><html><body><p>荆州6大工程</p></body></html>`))
	writeFile(t, filepath.Join(dir, "sub", "d.txt.gz"), gz("开复工率达到90%以上"))
	writeFile(t, filepath.Join(dir, "e.jsonl"), []byte(`{"text":"一"}`+"\n\n"+`{"html":"<p>二</p>","title":"T"}`+"\n"))
	writeFile(t, filepath.Join(dir, ".hidden.txt"), []byte("不读"))
	writeFile(t, filepath.Join(dir, "image.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	writeFile(t, filepath.Join(dir, "notes"), []byte("没有扩展名的文字"))
	ok, bad := collect(t, dir)
	if len(bad) != 0 {
		t.Fatalf("errors: %v", bad)
	}
	var names []string
	for _, it := range ok {
		names = append(names, strings.TrimPrefix(it.Name, dir+"/"))
	}
	want := "a.txt b.html e.jsonl:1 e.jsonl:3 notes sub/c.jsp sub/d.txt.gz"
	if got := strings.Join(names, " "); got != want {
		t.Fatalf("read %s\nwant %s", got, want)
	}
	for _, it := range ok {
		if it.Input.ID == "" || it.Input.Text == "" || it.Input.Source == "" {
			t.Errorf("%s: incomplete input %+v", it.Name, it.Input)
		}
		if strings.Contains(it.Input.Text, "<%@") || strings.Contains(it.Input.Text, "<p>") {
			t.Errorf("%s: markup in text %q", it.Name, it.Input.Text)
		}
	}
}

func TestReadReportsBadFilesAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "1.txt"), []byte("  \n "))
	writeFile(t, filepath.Join(dir, "2.html"), []byte("PK\x03\x04zipzip"))
	writeFile(t, filepath.Join(dir, "3.txt.gz"), gz("临沂市十大攻坚行动")[:15])
	writeFile(t, filepath.Join(dir, "4.jsonl"), []byte("{\"text\":\"好\"}\n[1,2]\n{\"text\":\"也好\"}\n"))
	writeFile(t, filepath.Join(dir, "5.txt"), []byte("好的文件"))
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	ok, bad := collect(t, dir)
	if len(ok) != 3 {
		t.Errorf("read %d good documents, want 3", len(ok))
	}
	wants := []string{"1.txt: empty file", "2.html: binary file (zip archive)", "3.txt.gz: read:", "4.jsonl:2: not a JSON object"}
	if len(bad) != len(wants) {
		t.Fatalf("errors %v, want %d", bad, len(wants))
	}
	for i, w := range wants {
		if !strings.Contains(bad[i].Err.Error(), w) {
			t.Errorf("error %q lacks %q", bad[i].Err, w)
		}
	}
}

func TestReadRefusesOversizedDocuments(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("项目"), MaxDocumentBytes/6+1)
	writeFile(t, filepath.Join(dir, "big.txt"), big)
	writeFile(t, filepath.Join(dir, "big.jsonl"), append(append([]byte(`{"text":"`), big...), []byte("\"}\n{\"text\":\"小\"}\n")...))
	ok, bad := collect(t, dir)
	if len(bad) != 2 || !strings.Contains(bad[0].Err.Error(), "big.jsonl:1: line longer than") || !strings.Contains(bad[1].Err.Error(), "big.txt: document larger than") {
		t.Fatalf("errors: %v", bad)
	}
	if len(ok) != 1 || ok[0].Name != filepath.Join(dir, "big.jsonl")+":2" {
		t.Fatalf("the line after the long one was not read: %v", ok)
	}
}

func TestReadMissingPathNamed(t *testing.T) {
	_, bad := collect(t, "/nonexistent/x.txt")
	if len(bad) != 1 || bad[0].Err.Error() != "/nonexistent/x.txt: no such file or directory" {
		t.Fatalf("got %v", bad)
	}
}

func TestContentIDIsTheHashOfTheBytes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("同样的内容"))
	writeFile(t, filepath.Join(dir, "b.txt"), []byte("同样的内容"))
	ok, _ := collect(t, dir)
	if len(ok) != 2 || ok[0].Input.ID != ok[1].Input.ID {
		t.Fatalf("same bytes, different ids: %v", ok)
	}
}

func FuzzParseJSONLLine(f *testing.F) {
	f.Add([]byte(`{"text":"临沂","url":"u","published":"2021-09-17"}`))
	f.Add([]byte(`{"html":"<p>济宁</p>"}`))
	f.Add([]byte(`{"text":1}`))
	rd := testReader(f)
	f.Fuzz(func(t *testing.T, line []byte) {
		rd.parseJSONLLine(line) // must not panic
	})
}
