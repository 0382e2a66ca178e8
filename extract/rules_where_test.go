package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tifa-project/tifa/rules"
)

// A bad rule names the file and line the user wrote it on, not its place in
// the table merged from the built-in and the user's files.
func TestRuleErrorsNameFileAndLine(t *testing.T) {
	for _, c := range []struct {
		file, data, want string
	}{
		{"campaigns.txt", "# mine\n\n好年\t不知道\n", "campaigns.txt:3 (\"好年\"): unknown kind"},
		{"titles.txt", "!市长\n某长\n", "titles.txt:2 (\"某长\"): want word<TAB>kind"},
		{"furniture.txt", "line\tprefix\n", "furniture.txt:1: want action"},
		{"places.tsv", "# x\n999\n", "places.tsv:2: want code"},
		{"lexicon.txt", "攻坚\n攻坚行动年\tabc\n", "lexicon.txt:2: frequency \"abc\" of \"攻坚行动年\""},
		{"lexicon.txt", "攻坚行动年\t0.5\tn\n", "lexicon.txt:1: frequency \"0.5\""},
		{"lexicon.txt", "攻坚行动年\t-3\n", "lexicon.txt:1: frequency \"-3\""},
		{"lexicon.txt", "攻坚行动年\tNaN\n", "lexicon.txt:1: frequency \"NaN\""},
		{"lexicon.txt", "攻坚 行动\t100\n", "lexicon.txt:1: the word \"攻坚 行动\" holds a space"},
	} {
		_, err := LoadRules(rules.FS, namedFS{fstest.MapFS{c.file: {Data: []byte(c.data)}}, "my/rules"})
		if err == nil || !strings.Contains(err.Error(), "my/rules/"+c.want) || strings.Contains(err.Error(), "entry") {
			t.Errorf("%s %q: %v, want it to say %q", c.file, c.data, err, "my/rules/"+c.want)
		}
	}
	if _, err := LoadRules(rules.FS, fstest.MapFS{"lexicon.txt": {Data: []byte("攻坚行动年\t3000\tn\n攻坚行动月\n")}}); err != nil {
		t.Errorf("good lexicon: %v", err)
	}
}

// namedFS is a rules folder that says its name, as tifa's --rules folder does.
type namedFS struct {
	fstest.MapFS
	name string
}

func (n namedFS) String() string { return n.name }
