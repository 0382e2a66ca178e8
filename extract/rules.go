package extract

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math"
	"path"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Rules is the compiled linguistic knowledge of tifa. It is built once by
// LoadRules and then only read, so one value serves every worker.
type Rules struct {
	// Version is a hash of every rule file as loaded and of the revision
	// tifa was built from (when the build records one); it is stored with
	// each document so that a result can be traced to the rules and code
	// that made it, and reextract knows which documents are out of date.
	Version string

	tables map[string][][]string // file name (without extension) → entries → fields
	// origins[key][i] is where tables[key][i] was read: "file:line", the
	// file in the folder that held it, so errors name the user's line.
	origins map[string][]string

	formulas  *formulaRules
	figures   *figureRules
	places    *placeRules
	people    *peopleRules
	furniture *furnitureRules
	sections  *sectionRules
	coverbs   *coverbRules
	// docWords holds the figure words, then the national cues: both are
	// found in every document, in one pass (see Doc.wordHits).
	docWords wordIndex
}

// LoadRules reads the rule files of base (the built-in rules) and then those of
// each extra folder, whose files extend the built-in ones of the same name (a
// line "!entry" removes a built-in entry). Errors name the file and line.
func LoadRules(base fs.FS, extra ...fs.FS) (*Rules, error) {
	r := &Rules{tables: map[string][][]string{}, origins: map[string][]string{}}
	h := sha256.New()
	h.Write([]byte(buildRevision()))
	known := map[string]bool{}
	for i, fsys := range append([]fs.FS{base}, extra...) {
		names, err := ruleFiles(fsys)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			key := strings.TrimSuffix(name, path.Ext(name))
			if i == 0 {
				known[key] = true
			} else if !known[key] {
				return nil, fmt.Errorf("rules: %s: no built-in rule file of that name (known: %s)", name, strings.Join(sortedKeys(known), ", "))
			}
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, fmt.Errorf("rules: %w", err)
			}
			fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
			h.Write(data)
			shown := name
			if folder, ok := fsys.(fmt.Stringer); ok && i > 0 {
				shown = path.Join(folder.String(), name)
			}
			if err := r.addTable(key, shown, string(data)); err != nil {
				return nil, err
			}
		}
	}
	r.Version = hex.EncodeToString(h.Sum(nil))[:12]
	if err := checkLexicon(r); err != nil {
		return nil, err
	}
	var err error
	if r.formulas, err = compileFormulaRules(r); err != nil {
		return nil, err
	}
	if r.figures, err = compileFigureRules(r); err != nil {
		return nil, err
	}
	if r.places, err = compilePlaceRules(r); err != nil {
		return nil, err
	}
	r.docWords = joinWordIndexes(&r.figures.wordsAt, &r.places.nationalAt)
	if r.people, err = compilePeopleRules(r); err != nil {
		return nil, err
	}
	if r.furniture, err = compileFurnitureRules(r); err != nil {
		return nil, err
	}
	if r.sections, err = compileSectionRules(r); err != nil {
		return nil, err
	}
	if r.coverbs, err = compileCoverbRules(r); err != nil {
		return nil, err
	}
	return r, nil
}

func ruleFiles(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	var names []string
	for _, e := range entries {
		ext := path.Ext(e.Name())
		if !e.IsDir() && (ext == ".txt" || ext == ".tsv") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

func (r *Rules) addTable(key, name, data string) error {
	rows, origins := r.tables[key], r.origins[key]
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return fmt.Errorf("rules: %s:%d: not UTF-8", name, line)
		}
		if strings.HasPrefix(text, "!") {
			// An entry is named by its first field, or by its whole line
			// (furniture.txt's first field is an action many entries share).
			drop := strings.TrimSpace(text[1:])
			dropLine := strings.Join(splitFields(drop), "\t")
			kept, keptAt := rows[:0], origins[:0]
			for k, row := range rows {
				if row[0] != drop && strings.Join(row, "\t") != dropLine {
					kept, keptAt = append(kept, row), append(keptAt, origins[k])
				}
			}
			rows, origins = kept, keptAt
			continue
		}
		fields := splitFields(text)
		rows = append(rows, fields)
		origins = append(origins, fmt.Sprintf("%s:%d", name, line))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("rules: %s:%d: %w", name, line, err)
	}
	r.tables[key], r.origins[key] = rows, origins
	return nil
}

// Where names the file and line of entry i of a rule table ("titles.txt:12",
// the user's file for an entry from --rules), for error messages.
func (r *Rules) Where(table string, i int) string {
	if o := r.origins[table]; i >= 0 && i < len(o) {
		return o[i]
	}
	return fmt.Sprintf("%s: entry %d", table, i+1)
}

// minLexiconFreq is the smallest frequency gse keeps (its MinTokenFreq).
const minLexiconFreq = 2

// checkLexicon refuses lexicon entries gse would drop without a word: a
// frequency that is not a positive number, a word with a space in it.
func checkLexicon(r *Rules) error {
	for i, row := range r.tables["lexicon"] {
		if strings.ContainsAny(row[0], " \t") {
			return fmt.Errorf("rules: %s: the word %q holds a space", r.Where("lexicon", i), row[0])
		}
		if len(row) > 1 && row[1] != "" {
			f, err := strconv.ParseFloat(row[1], 64)
			if err != nil || !(f >= minLexiconFreq) || math.IsInf(f, 0) {
				return fmt.Errorf("rules: %s: frequency %q of %q: want a number of %d or more", r.Where("lexicon", i), row[1], row[0], minLexiconFreq)
			}
		}
		if len(row) > 2 && strings.ContainsAny(row[2], " ") {
			return fmt.Errorf("rules: %s: part of speech %q of %q holds a space", r.Where("lexicon", i), row[2], row[0])
		}
	}
	for i, row := range r.tables["tags"] {
		if len(row) != 2 || row[1] == "" || strings.ContainsAny(row[0]+row[1], " ") {
			return fmt.Errorf("rules: %s: want a word and its part of speech, tab-separated", r.Where("tags", i))
		}
	}
	return nil
}

// Tags returns the corrections of the segmentation dictionary's parts of
// speech (rules/tags.txt): word → part of speech.
func (r *Rules) Tags() map[string]string {
	m := make(map[string]string, len(r.tables["tags"]))
	for _, row := range r.tables["tags"] {
		m[row[0]] = row[1]
	}
	return m
}

// Table returns the entries of a rule file, each split into its tab-separated fields.
func (r *Rules) Table(name string) [][]string { return r.tables[name] }

// List returns the first field of every entry of a rule file.
func (r *Rules) List(name string) []string {
	rows := r.tables[name]
	out := make([]string, 0, len(rows))
	for _, row := range rows {
		out = append(out, row[0])
	}
	return out
}

// Lexicon returns the segmentation lexicon in gse's dictionary format.
func (r *Rules) Lexicon() string {
	var b strings.Builder
	for _, row := range r.tables["lexicon"] {
		freq, pos := "2000", "n"
		if len(row) > 1 && row[1] != "" {
			freq = row[1]
		}
		if len(row) > 2 && row[2] != "" {
			pos = row[2]
		}
		fmt.Fprintf(&b, "%s %s %s\n", row[0], freq, pos)
	}
	return b.String()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// buildRevision names the source tifa was built from: the VCS revision Go
// records in a binary built from a checkout (with "+modified" for a tree
// with uncommitted changes), else "" (tests, builds outside a checkout).
// New code with the same rule files then gets a new Version.
func buildRevision() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return rev + modified
}

// splitFields splits a rule line at its tabs, each field trimmed.
func splitFields(line string) []string {
	fields := strings.Split(line, "\t")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	return fields
}
