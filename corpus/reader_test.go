package corpus

import (
	"sync"
	"testing"

	"github.com/tifa-project/tifa/extract"
	"github.com/tifa-project/tifa/rules"
)

var sharedReader = sync.OnceValues(func() (*Reader, error) {
	r, err := extract.LoadRules(rules.FS)
	if err != nil {
		return nil, err
	}
	conv, err := extract.NewT2S()
	if err != nil {
		return nil, err
	}
	return NewReader(r, conv)
})

// testReader is a Reader with the built-in rules, built once per test binary.
func testReader(tb testing.TB) *Reader {
	tb.Helper()
	rd, err := sharedReader()
	if err != nil {
		tb.Fatal(err)
	}
	return rd
}
