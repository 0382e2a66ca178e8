package corpus

import (
	"testing"
	"time"
)

// TestCoresBound checks that a core held (by the writer) is one the analysis
// cannot take until it is given back, and that a nil *Cores holds nothing.
func TestCoresBound(t *testing.T) {
	c := NewCores(2)
	c.take() // the writer
	c.take() // one worker
	taken := make(chan struct{})
	go func() {
		c.take() // the other worker waits
		close(taken)
	}()
	select {
	case <-taken:
		t.Fatal("a third core was taken out of two")
	case <-time.After(20 * time.Millisecond):
	}
	c.give()
	select {
	case <-taken:
	case <-time.After(5 * time.Second):
		t.Fatal("a core given back was not taken")
	}
	if n := NewCores(0).N(); n != 1 {
		t.Errorf("NewCores(0).N() = %d, want 1", n)
	}
	var none *Cores
	none.take()
	none.take()
	none.give()
	if n := none.N(); n != 1 {
		t.Errorf("nil Cores: N() = %d, want 1", n)
	}
}

// TestCoresWrite checks that a write holds a core when there are several,
// and none when there is one (the analysis goes on while the writer waits on
// the disk).
func TestCoresWrite(t *testing.T) {
	two := NewCores(2)
	two.Write(func() {
		if got := len(two.held); got != 1 {
			t.Errorf("with two cores, a write holds %d, want 1", got)
		}
	})
	one := NewCores(1)
	one.Write(func() {
		if got := len(one.held); got != 0 {
			t.Errorf("with one core, a write holds %d, want 0", got)
		}
	})
	if len(two.held) != 0 || len(one.held) != 0 {
		t.Error("a core is still held after the write")
	}
}
