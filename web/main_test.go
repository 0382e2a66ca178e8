package web

import (
	"fmt"
	"os"
	"testing"
)

var tmpRoot string

func tempDir() string { return tmpRoot }

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tifa-web")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tmpRoot = dir
	code := m.Run()
	if fixture.srv != nil {
		fixture.srv.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}
