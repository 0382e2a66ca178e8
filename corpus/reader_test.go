package corpus

import (
	"sync"
	"testing"
)

var sharedReader = sync.OnceValues(NewBuiltinReader)

// testReader is a Reader with the built-in rules, built once per test binary.
func testReader(tb testing.TB) *Reader {
	tb.Helper()
	rd, err := sharedReader()
	if err != nil {
		tb.Fatal(err)
	}
	return rd
}
