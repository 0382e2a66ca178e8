package corpus

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/tifa-project/tifa/extract"
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

// An interrupt while the reader blocks (stdin, a pipe nobody writes to):
// AnalyzeAll returns at once with the context's error, having analysed and
// emitted every item read before it, and none counted failed.
func TestAnalyzeAllInterruptedWhileReaderBlocks(t *testing.T) {
	a, _, err := NewPipeline()
	if err != nil {
		t.Fatal(err)
	}
	blocked, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	items := func(yield func(Item) bool) {
		for i := range 3 {
			in := extract.Input{Source: fmt.Sprint(i), Text: fmt.Sprintf("全市共谋划项目%d个。", 100+i)}
			if !yield(Item{Name: in.Source, Input: in}) {
				return
			}
		}
		close(blocked)
		<-release // a read that does not end
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-blocked
		cancel()
	}()
	var got []Result
	done := make(chan error, 1)
	go func() {
		done <- AnalyzeAll(ctx, items, a, NewCores(2), func(r Result) error {
			got = append(got, r)
			return nil
		})
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("AnalyzeAll returned %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("AnalyzeAll waited for a reader that never returns")
	}
	if len(got) != 3 {
		t.Fatalf("%d results emitted, want the 3 read", len(got))
	}
	for i, r := range got {
		if r.Err != nil || r.Name != fmt.Sprint(i) {
			t.Errorf("result %d: %s %v", i, r.Name, r.Err)
		}
	}
}
