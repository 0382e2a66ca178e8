package corpus

import (
	"testing"
	"time"
)

// TestCoresBound checks that a core held (by the writer) is one the analysis
// cannot take until it is given back, and that a nil *Cores holds nothing.
func TestCoresBound(t *testing.T) {
	c := NewCores(2)
	c.Take() // the writer
	c.Take() // one worker
	taken := make(chan struct{})
	go func() {
		c.Take() // the other worker waits
		close(taken)
	}()
	select {
	case <-taken:
		t.Fatal("a third core was taken out of two")
	case <-time.After(20 * time.Millisecond):
	}
	c.Give()
	select {
	case <-taken:
	case <-time.After(5 * time.Second):
		t.Fatal("a core given back was not taken")
	}
	if n := NewCores(0).N(); n != 1 {
		t.Errorf("NewCores(0).N() = %d, want 1", n)
	}
	var none *Cores
	none.Take()
	none.Take()
	none.Give()
	if n := none.N(); n != 1 {
		t.Errorf("nil Cores: N() = %d, want 1", n)
	}
}
