//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// These tests run tifa where it used to hang for good (named pipes among the
// inputs, a signal while a read blocks): each has a deadline, and a run that
// passes it is killed and fails the test.

// tifaWithin runs tifa and kills it if it takes longer than d.
func tifaWithin(t *testing.T, d time.Duration, stdin io.Reader, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := exec.CommandContext(ctx, tifaBin, args...)
	cmd.Env = append(os.Environ(), "TIFA_DB=")
	cmd.Stdin = stdin
	cmd.WaitDelay = time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("tifa %v hung: killed after %v; stderr: %s", args, d, errb.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run tifa %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// A named pipe is not a document: named on the command line or met in a
// folder walk, it is an error naming it, and the other inputs are processed.
func TestFIFOAmongInputsIsAnErrorNotAHang(t *testing.T) {
	dir := t.TempDir()
	seed, _ := os.ReadFile(filepath.Join(seeds, "002_04111cff267745b8.txt"))
	write(t, filepath.Join(dir, "a.txt"), string(seed))
	mkfifo(t, filepath.Join(dir, "b.txt"))
	mkfifo(t, filepath.Join(dir, "c")) // unknown kind: sniffed in a walk
	write(t, filepath.Join(dir, "d.txt"), string(seed)+"\n又一篇。\n")
	lone := filepath.Join(t.TempDir(), "lone.jsonl")
	mkfifo(t, lone)

	for _, args := range [][]string{
		{"analyze", dir},
		{"analyze", lone},
		{"ingest", "--db", filepath.Join(t.TempDir(), "t.db"), dir},
		{"ingest", "--db", filepath.Join(t.TempDir(), "t.db"), lone, dir},
	} {
		r := tifaWithin(t, 60*time.Second, nil, args...)
		if r.code != exitFailed {
			t.Errorf("%v: exit %d, want 1: %s", args, r.code, r.stderr)
		}
		var want []string
		for _, a := range args {
			switch a {
			case dir:
				want = append(want, filepath.Join(dir, "b.txt"), filepath.Join(dir, "c"))
			case lone:
				want = append(want, lone)
			}
		}
		for _, name := range want {
			if !strings.Contains(r.stderr, name+": not a regular file") {
				t.Errorf("%v: stderr does not name %s as not a regular file: %s", args, name, r.stderr)
			}
		}
		if args[0] == "analyze" && args[1] == dir {
			if n := len(records(t, r.stdout)); n != 2 {
				t.Errorf("%v: %d records, want the 2 regular files", args, n)
			}
		}
		if args[0] == "ingest" && !strings.Contains(r.stderr, "stored 2") {
			t.Errorf("%v: the regular files were not stored: %s", args, r.stderr)
		}
	}
}

// A named pipe in a --rules folder is an error naming it, not a hang.
func TestFIFOInRulesFolderIsAnError(t *testing.T) {
	rules := t.TempDir()
	mkfifo(t, filepath.Join(rules, "units.txt"))
	r := tifaWithin(t, 60*time.Second, nil, "analyze", "--rules", rules, seeds)
	if r.code != exitProblem || !strings.Contains(r.stderr, "units.txt: not a regular file") {
		t.Errorf("exit %d, stderr %s", r.code, r.stderr)
	}
}

// pipeEmpty says whether the pipe w writes to has been read to the end.
func pipeEmpty(w *os.File) bool {
	var n int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, w.Fd(), syscall.TIOCINQ, uintptr(unsafe.Pointer(&n)))
	return errno == 0 && n == 0
}

// SIGINT or SIGTERM while tifa waits on an input that never ends: the run
// ends at once, what was read is analysed and stored, it says "interrupted"
// (no input is counted failed for it), and the exit status is 128 + the
// signal, as shells expect.
func TestSignalEndsRunStoringWhatWasRead(t *testing.T) {
	seed, _ := os.ReadFile(filepath.Join(seeds, "002_04111cff267745b8.txt"))
	var lines strings.Builder
	for i := range 3 {
		fmt.Fprintf(&lines, "{\"url\":\"http://x/%d\",\"text\":%q}\n", i, fmt.Sprintf("%s\n第%d号。", seed, i))
	}
	for _, c := range []struct {
		sig  syscall.Signal
		code int
		cmd  string
	}{{syscall.SIGINT, 130, "ingest"}, {syscall.SIGTERM, 143, "ingest"}, {syscall.SIGINT, 130, "analyze"}, {syscall.SIGTERM, 143, "from-jsonl"}} {
		db := filepath.Join(t.TempDir(), "t.db")
		args := []string{c.cmd, "--db", db, "-"}
		input := lines.String()
		switch c.cmd {
		case "analyze":
			args = []string{"analyze", "-"}
		case "from-jsonl":
			// Records made by analyze, stored as they come.
			args = []string{"ingest", "--db", db, "--from-jsonl", "-"}
			src := filepath.Join(t.TempDir(), "in.jsonl")
			write(t, src, input)
			input = tifa(t, "analyze", src).stdout
		}
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(tifaBin, args...)
		cmd.Stdin = pr
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pr.Close()
		pw.WriteString(input) // and the pipe stays open: no end of input
		for deadline := time.Now().Add(60 * time.Second); !pipeEmpty(pw); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatal("tifa did not read its input in 60 s")
			}
		}
		time.Sleep(200 * time.Millisecond)
		cmd.Process.Signal(c.sig)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			<-done
			t.Fatalf("%s %v: still running 60 s after the signal: %s", c.cmd, c.sig, errb.String())
		}
		pw.Close()
		code := cmd.ProcessState.ExitCode()
		stderr := errb.String()
		if code != c.code || !strings.Contains(stderr, "interrupted") || strings.Contains(stderr, "context canceled") {
			t.Errorf("%s %v: exit %d (want %d), stderr %q", c.cmd, c.sig, code, c.code, stderr)
		}
		if c.cmd == "analyze" {
			if n := len(records(t, out.String())); n != 3 {
				t.Errorf("analyze %v: %d records printed, want the 3 read", c.sig, n)
			}
			continue
		}
		if !strings.Contains(stderr, "failed 0") {
			t.Errorf("%s %v: inputs counted failed: %s", c.cmd, c.sig, stderr)
		}
		if n := countIfExists(db); n != 3 {
			t.Errorf("%s %v: %d documents stored, want the 3 read", c.cmd, c.sig, n)
		}
	}
}
