package quantity

import (
	"errors"
	"fmt"
)

// The ways reading can fail; test with errors.Is.
var (
	// ErrNoNumeral: no numeral starts at the offset.
	ErrNoNumeral = errors.New("no numeral")
	// ErrTrailing: a numeral was read, but the text goes on after it.
	ErrTrailing = errors.New("text after the numeral")
	// ErrBadUnit: a rule of a unit table cannot be used (an empty name or kind).
	ErrBadUnit = errors.New("bad unit rule")
)

// Error says where in which input reading failed, and why (Err, one of the
// errors above).
type Error struct {
	Input  string
	Offset int // byte offset into Input
	Err    error
}

func (e *Error) Error() string {
	in := e.Input
	if len(in) > 40 {
		in = in[:40] + "…"
	}
	return fmt.Sprintf("quantity: %q at byte %d: %v", in, e.Offset, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
