package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A corpus of distinct documents made from the sample texts.
func makeCorpus(t *testing.T, n int) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	dir := t.TempDir()
	for i := range n {
		data, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("%s\n第%d号文件。全市共谋划项目%d个。\n", data, i, 100+i)
		write(t, filepath.Join(dir, fmt.Sprintf("doc%05d.txt", i)), text)
	}
	return dir
}

// kill -9 during an ingest loses at most the batch being written: the file
// stays sound, no document is stored without its extracts, and the same
// ingest run again stores the rest without duplicates.
func TestIngestSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := makeCorpus(t, 800)
	db := filepath.Join(t.TempDir(), "t.db")
	cmd := exec.Command(tifaBin, "ingest", "--db", db, "--workers", "2", dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if n := countIfExists(db); n >= 100 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("ingest stored fewer than 100 documents in 60 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	partial := count(t, db, "SELECT COUNT(*) FROM documents")
	if partial >= 800 {
		t.Skip("the ingest finished before it could be killed")
	}
	var check string
	if err := sqlRow(db, "PRAGMA integrity_check", &check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	// Every stored document has its search entry, written last in its transaction.
	if n := count(t, db, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM search_rows u WHERE u.doc = d.doc AND u.kind = 'doc')"); n != 0 {
		t.Fatalf("%d documents stored without all their rows", n)
	}

	r := tifa(t, "ingest", "--db", db, dir)
	if r.code != 0 {
		t.Fatalf("second ingest: exit %d: %s", r.code, r.stderr)
	}
	want := fmt.Sprintf("read 800, stored %d, unchanged %d, failed 0", 800-partial, partial)
	if !strings.Contains(r.stderr, want) {
		t.Errorf("second ingest said %q, want %q", r.stderr, want)
	}
	if exported, analyzed := tifa(t, "export", "--db", db).stdout, tifa(t, "analyze", dir).stdout; exported != analyzed {
		t.Error("after the crash and the second ingest, the store differs from a clean analysis")
	}
}

func countIfExists(db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	var n int
	if err := sqlRow(db, "SELECT COUNT(*) FROM documents", &n); err != nil {
		return 0
	}
	return n
}

// Searching and exporting while an ingest writes: no "database is locked",
// and every read succeeds.
func TestReadWhileIngesting(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := makeCorpus(t, 300)
	db := filepath.Join(t.TempDir(), "t.db")
	tifa(t, "ingest", "--db", db, seeds) // the store exists before readers start
	base := startServe(t, db)
	ingest := exec.Command(tifaBin, "ingest", "--db", db, dir)
	var ingestErr strings.Builder
	ingest.Stderr = &ingestErr
	if err := ingest.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- ingest.Wait() }()
	reads := 0
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("ingest: %v: %s", err, ingestErr.String())
			}
			running = false
		default:
			for _, args := range [][]string{
				{"search", "--db", db, "项目"},
				{"export", "--db", db, "--what", "figures", "--format", "csv"},
				{"formulas", "--db", db},
			} {
				r := tifa(t, args...)
				if r.code != 0 || strings.Contains(r.stderr, "locked") || strings.Contains(r.stderr, "busy") {
					t.Fatalf("tifa %v during ingest: exit %d: %s", args, r.code, r.stderr)
				}
				reads++
			}
			for _, path := range []string{"/?q=%E9%A1%B9%E7%9B%AE", "/api/search?q=%E6%94%BB%E5%9D%9A", "/formulas"} {
				resp, err := http.Get(base + path)
				if err != nil {
					t.Fatalf("serve during ingest: %v", err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Fatalf("serve %s during ingest: %d %s", path, resp.StatusCode, body)
				}
				reads++
			}
		}
	}
	if reads == 0 {
		t.Skip("the ingest ended before any read")
	}
	t.Logf("%d reads during the ingest", reads)
}

// startServe runs tifa serve on a free port of 127.0.0.1 until the test ends
// and returns its base URL.
func startServe(t *testing.T, db string) string {
	t.Helper()
	cmd := exec.Command(tifaBin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() })
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve said nothing: %v", err)
	}
	// "tifa serve: http://127.0.0.1:PORT/ (Ctrl-C to stop)"
	start := strings.Index(line, "http://")
	end := strings.Index(line[max(start, 0):], "/ ")
	if start < 0 || end < 0 {
		t.Fatalf("serve said %q", line)
	}
	go io.Copy(io.Discard, stderr)
	return line[start : start+end]
}
