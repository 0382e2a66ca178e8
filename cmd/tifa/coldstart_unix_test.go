//go:build unix

package main

import (
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// Commands that do not analyse never load the segmentation dictionary (about
// 130 MB of heap, a second to load): as fresh processes they answer quickly
// and small.
func TestReadCommandsStartCold(t *testing.T) {
	db := sampleStore(t)
	for _, args := range [][]string{
		{"search", "--db", db, "攻坚行动"},
		{"export", "--db", db, "--what", "figures"},
		{"compare", "--db", db, "济宁", "临沂"},
		{"formulas", "--db", db},
	} {
		cmd := exec.Command(tifaBin, args...)
		start := time.Now()
		out, err := cmd.CombinedOutput()
		took := time.Since(start)
		if err != nil {
			t.Fatalf("%v: %v: %s", args, err, out)
		}
		rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss >> 10 // KiB -> MiB
		if rss > 80 {
			t.Errorf("tifa %s: peak RSS %d MiB: it loaded more than a reader needs", args[0], rss)
		}
		if took > 2*time.Second {
			t.Errorf("tifa %s took %v", args[0], took)
		}
	}
}
