package extract

import (
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/tifa-project/tifa/rules"
)

var testRules = sync.OnceValues(func() (*Rules, error) { return LoadRules(rules.FS) })

// builtinRules loads the embedded rules once per test binary.
func builtinRules(tb testing.TB) *Rules {
	tb.Helper()
	r, err := testRules()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestLoadRulesNamesTheBadFile(t *testing.T) {
	bad := fstest.MapFS{"lexicon.txt": {Data: []byte("攻坚\n\xff\n")}}
	if _, err := LoadRules(rules.FS, bad); err == nil || !strings.Contains(err.Error(), "lexicon.txt:2") {
		t.Errorf("err = %v, want it to name lexicon.txt:2", err)
	}
	unknown := fstest.MapFS{"lexcion.txt": {Data: []byte("攻坚\n")}}
	if _, err := LoadRules(rules.FS, unknown); err == nil || !strings.Contains(err.Error(), "lexcion.txt") {
		t.Errorf("err = %v, want it to name lexcion.txt", err)
	}
	drop := fstest.MapFS{"lexicon.txt": {Data: []byte("!攻坚行动\n新词\n")}}
	r, err := LoadRules(rules.FS, drop)
	if err != nil {
		t.Fatal(err)
	}
	if l := strings.Join(r.List("lexicon"), " "); strings.Contains(l, "攻坚行动 ") || !strings.Contains(l, "新词") {
		t.Errorf("user rules not applied: %s", l)
	}
	if r.Version == builtinRules(t).Version {
		t.Error("the rules version does not change with user rules")
	}
	// An entry whose first field many share (furniture.txt's action) is
	// removed by its whole line.
	drop = fstest.MapFS{"furniture.txt": {Data: []byte("!line\tprefix\t当前位置\n")}}
	if r, err = LoadRules(rules.FS, drop); err != nil {
		t.Fatal(err)
	}
	left, before := 0, len(builtinRules(t).Table("furniture"))
	for _, row := range r.Table("furniture") {
		if strings.Join(row, "\t") == "line\tprefix\t当前位置" {
			t.Error("furniture entry not removed by its whole line")
		}
		left++
	}
	if left != before-1 {
		t.Errorf("%d furniture entries left of %d, want one fewer", left, before)
	}
}
