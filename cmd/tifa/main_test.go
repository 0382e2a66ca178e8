package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// These tests drive the built tifa binary on the sample corpus shipped in
// testdata, and on a real SQLite file, as a user would.

var tifaBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tifa-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tifaBin = filepath.Join(dir, "tifa")
	build := exec.Command("go", "build", "-o", tifaBin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build tifa:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const seeds = "../../testdata/corpus/seeds"
const dev = "../../testdata/corpus/dev"

type result struct {
	stdout, stderr string
	code           int
}

// tifaCmd is the command that runs the built tifa with args.
func tifaCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(tifaBin, args...)
	cmd.Env = append(os.Environ(), "TIFA_DB=")
	return cmd
}

func tifa(t *testing.T, args ...string) result {
	t.Helper()
	cmd := tifaCmd(args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run tifa %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

func records(t *testing.T, jsonl string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line is not JSON: %v: %.80s", err, sc.Text())
		}
		out = append(out, m)
	}
	return out
}

func TestAnalyzeSeedsPrintsFiveCompleteRecords(t *testing.T) {
	r := tifa(t, "analyze", seeds)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	recs := records(t, r.stdout)
	if len(recs) != 5 {
		t.Fatalf("got %d records, want 5", len(recs))
	}
	fields := []string{"id", "source", "title", "text", "script", "quality", "place", "date", "published",
		"campaigns", "officials", "initiatives", "figures", "tasks", "rules"}
	scripts := map[string]int{}
	for _, rec := range recs {
		for _, f := range fields {
			if _, ok := rec[f]; !ok {
				t.Errorf("%s: field %q missing", rec["source"], f)
			}
		}
		place, _ := rec["place"].(map[string]any)
		for _, f := range []string{"province", "city", "county"} {
			if _, ok := place[f]; !ok {
				t.Errorf("%s: place.%s missing", rec["source"], f)
			}
		}
		scripts[rec["script"].(string)]++
		text := rec["text"].(string)
		for _, trad := range []string{"臨", "項目", "會議", "(shè)"} {
			if strings.Contains(text, trad) {
				t.Errorf("%s: text still holds %q", rec["source"], trad)
			}
		}
	}
	if scripts["traditional"] == 0 || scripts["simplified"] == 0 {
		t.Errorf("scripts = %v, want both (seeds 000 and 004 are Traditional)", scripts)
	}
}

// Every extract's offsets must slice exactly its own text out of the record's text.
func TestAnalyzeOffsetsSliceTheirText(t *testing.T) {
	r := tifa(t, "analyze", seeds, dev)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, rec := range records(t, r.stdout) {
		text := []rune(rec["text"].(string))
		check := func(kind string, x map[string]any, want string) {
			s, e := int(x["start"].(float64)), int(x["end"].(float64))
			if s < 0 || e > len(text) || s > e {
				t.Errorf("%s: %s %q: span [%d,%d) outside text of %d", rec["source"], kind, want, s, e, len(text))
				return
			}
			if got := string(text[s:e]); got != want {
				t.Errorf("%s: %s span slices %q, want %q", rec["source"], kind, got, want)
			}
		}
		for _, x := range rec["figures"].([]any) {
			f := x.(map[string]any)
			check("figure", f, f["text"].(string))
		}
		for _, x := range rec["initiatives"].([]any) {
			in := x.(map[string]any)
			check("initiative", in, in["name"].(string))
			for _, m := range in["mentions"].([]any) {
				check("mention", m.(map[string]any), in["name"].(string))
			}
		}
		for _, x := range rec["officials"].([]any) {
			o := x.(map[string]any)
			check("official", o, o["name"].(string))
		}
		for _, x := range rec["campaigns"].([]any) {
			c := x.(map[string]any)
			check("campaign", c, c["name"].(string))
		}
		for _, x := range rec["tasks"].([]any) {
			tk := x.(map[string]any)
			check("task", tk, tk["text"].(string))
		}
	}
}

func TestAnalyzeIsTheSameWhateverTheWorkers(t *testing.T) {
	one := tifa(t, "analyze", "--workers", "1", seeds, dev)
	four := tifa(t, "analyze", "--workers", "4", seeds, dev)
	if one.code != 0 || four.code != 0 {
		t.Fatalf("exit %d/%d: %s%s", one.code, four.code, one.stderr, four.stderr)
	}
	if one.stdout != four.stdout {
		t.Fatal("output with 1 worker differs from output with 4 workers")
	}
}

func TestIngestTwiceStoresNothingTheSecondTime(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	first := tifa(t, "ingest", "--db", db, seeds)
	if first.code != 0 || !strings.Contains(first.stderr, "stored 5, unchanged 0, failed 0") {
		t.Fatalf("first ingest: exit %d, %q", first.code, first.stderr)
	}
	second := tifa(t, "ingest", "--db", db, seeds)
	if second.code != 0 || !strings.Contains(second.stderr, "read 5, stored 0, unchanged 5, failed 0") {
		t.Fatalf("second ingest: exit %d, %q", second.code, second.stderr)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM documents"); n != 5 {
		t.Fatalf("%d documents stored, want 5", n)
	}
}

func TestIngestStoresAChangedFileAsANewVersion(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	doc := filepath.Join(dir, "a.txt")
	write(t, doc, "全市共谋划项目1031个,总投资4190亿元。")
	tifa(t, "ingest", "--db", db, doc)
	write(t, doc, "全市共谋划项目1032个,总投资4200亿元。")
	if r := tifa(t, "ingest", "--db", db, doc); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := count(t, db, "SELECT MAX(version) FROM documents WHERE source = '"+doc+"'"); n != 2 {
		t.Fatalf("max version = %d, want 2", n)
	}
}

func TestExportRoundTripsWhatWasStored(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if r := tifa(t, "ingest", "--db", db, seeds, dev); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	analyzed := tifa(t, "analyze", seeds, dev)
	exported := tifa(t, "export", "--db", db)
	if exported.code != 0 {
		t.Fatalf("export: exit %d: %s", exported.code, exported.stderr)
	}
	if analyzed.stdout != exported.stdout {
		t.Fatal("export --what documents differs from analyze of the same files")
	}
	for _, what := range []string{"initiatives", "figures", "officials", "tasks", "campaigns", "documents"} {
		csv := tifa(t, "export", "--db", db, "--format", "csv", "--what", what)
		if csv.code != 0 || !strings.HasPrefix(csv.stdout, "doc_id,") && !strings.HasPrefix(csv.stdout, "id,") {
			t.Errorf("export csv %s: exit %d, %.60q %s", what, csv.code, csv.stdout, csv.stderr)
		}
		// Every extract row names its document's title and published day.
		header, _, _ := strings.Cut(csv.stdout, "\n")
		if what != "documents" && (!strings.Contains(header, ",title,") || !strings.Contains(header, ",published,")) {
			t.Errorf("export csv %s: header %q lacks title or published", what, header)
		}
		// For Excel: the same bytes after a byte-order mark.
		excel := tifa(t, "export", "--db", db, "--format", "csv", "--bom", "--what", what)
		if excel.code != 0 || excel.stdout != "\ufeff"+csv.stdout {
			t.Errorf("export csv --bom %s: exit %d, %.20q", what, excel.code, excel.stdout)
		}
	}
	if r := tifa(t, "export", "--db", db, "--bom"); r.code != exitUsage {
		t.Errorf("--bom with jsonl: exit %d", r.code)
	}
}

func TestReextractKeepsDocumentsAndRewritesExtracts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	tifa(t, "ingest", "--db", db, seeds)
	before := tifa(t, "export", "--db", db).stdout
	r := tifa(t, "reextract", "--db", db, "--all")
	if r.code != 0 || !strings.Contains(r.stderr, "read 5,") {
		t.Fatalf("reextract --all: exit %d: %s", r.code, r.stderr)
	}
	if after := tifa(t, "export", "--db", db).stdout; after != before {
		t.Fatal("reextract with the same rules changed the stored records")
	}
	// Without --all, documents the current rules made are left as they are.
	r = tifa(t, "reextract", "--db", db)
	if r.code != 0 || !strings.Contains(r.stderr, "read 0, stored 0, unchanged 5,") {
		t.Fatalf("reextract: exit %d: %s", r.code, r.stderr)
	}
	// Documents of other rules (an older tifa's) are extracted again.
	rules := t.TempDir()
	write(t, filepath.Join(rules, "campaigns.txt"), "提质年\ttheme\n")
	r = tifa(t, "reextract", "--db", db, "--rules", rules)
	if r.code != 0 || !strings.Contains(r.stderr, "read 5,") {
		t.Fatalf("reextract with other rules: exit %d: %s", r.code, r.stderr)
	}
}

func TestBadInputsAreReportedAndTheBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), "临沂市召开会议,部署十大攻坚行动。")
	write(t, filepath.Join(dir, "empty.txt"), "")
	write(t, filepath.Join(dir, "image.html"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	write(t, filepath.Join(dir, "zip.html"), "PK\x03\x04\x14\x00\x00\x00\x08\x00")
	write(t, filepath.Join(dir, "lines.jsonl"), `{"text":"济宁市十大攻坚行动。","url":"http://a/1"}`+"\n"+`{"text": broken`+"\n"+`{"title":"no text"}`+"\n"+`{"text":"开复工率达到90%以上。"}`+"\n")
	write(t, filepath.Join(dir, "trunc.txt.gz"), string(gzipped(t, "临沂市十大攻坚行动。")[:12]))
	write(t, filepath.Join(dir, "english.txt"), "The city council met on Monday to discuss the budget.")
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	// A file listed in the folder but gone by the time it is read.
	if err := os.Symlink(filepath.Join(dir, "vanished.txt"), filepath.Join(dir, "gone.txt")); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	r := tifa(t, "ingest", "--db", db, dir, filepath.Join(dir, "missing.txt"))
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (some failed): %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"empty.txt: empty file",
		"image.html: binary file (PNG image)",
		"zip.html: binary file (zip archive)",
		"lines.jsonl:2: not a JSON object",
		`lines.jsonl:3: no "text" or "html" field`,
		"trunc.txt.gz:",
		"missing.txt: no such file or directory",
		"gone.txt: no such file or directory",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if strings.Contains(line, "panic") || strings.Contains(line, "goroutine") {
			t.Errorf("stderr shows a crash: %s", line)
		}
	}
	if !strings.Contains(r.stderr, "stored 4, unchanged 0, failed 8") {
		t.Errorf("summary wrong: %s", r.stderr)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM documents"); n != 4 {
		t.Errorf("%d documents stored, want 4 (good.txt, english.txt and two JSONL lines)", n)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{}, {"nosuch"}, {"analyze"}, {"ingest", "--workers", "x", "a"}, {"export", "--format", "xml"},
		{"analyze", "--rules", "/nonexistent", seeds},
	} {
		if r := tifa(t, args...); r.code != 2 {
			t.Errorf("tifa %v: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
	for _, c := range []string{"analyze", "ingest", "reextract", "export", "eval"} {
		if r := tifa(t, c, "--help"); r.code != 0 || !strings.Contains(r.stderr, "usage: tifa "+c) {
			t.Errorf("tifa %s --help: exit %d, %q", c, r.code, r.stderr)
		}
	}
}

func TestAnalyzeReadsJSONLFromStdin(t *testing.T) {
	cmd := exec.Command(tifaBin, "analyze", "-")
	cmd.Stdin = strings.NewReader(`{"text":"確保開復工率達到90%以上","url":"http://example.org/a","published":"2022-03-12"}` + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	recs := records(t, string(out))
	if len(recs) != 1 || recs[0]["source"] != "http://example.org/a" || !strings.Contains(recs[0]["text"].(string), "确保开复工率") {
		t.Fatalf("got %v", recs)
	}
	if recs[0]["published"] != "2022-03-12" {
		t.Errorf("published = %v", recs[0]["published"])
	}
}

func TestUserRulesExtendTheBuiltIns(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "lexicon.txt"), "四个阵地战\n")
	a := tifa(t, "analyze", seeds)
	b := tifa(t, "analyze", "--rules", dir, seeds)
	if a.code != 0 || b.code != 0 {
		t.Fatalf("exit %d/%d: %s %s", a.code, b.code, a.stderr, b.stderr)
	}
	va, vb := records(t, a.stdout)[0]["rules"], records(t, b.stdout)[0]["rules"]
	if va == vb {
		t.Errorf("rules version %v did not change with a user rule file", va)
	}
	write(t, filepath.Join(dir, "no_such_table.txt"), "x\n")
	if r := tifa(t, "analyze", "--rules", dir, seeds); r.code == 0 || !strings.Contains(r.stderr, "no_such_table.txt") {
		t.Errorf("unknown rule file: exit %d, %s", r.code, r.stderr)
	}
}

func count(t *testing.T, db, query string) int {
	t.Helper()
	var n int
	if err := sqlRow(db, query, &n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// sqlRow reads one row of a query from the database file, read-only.
func sqlRow(db, query string, into ...any) error {
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.QueryRow(query).Scan(into...)
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipped(t *testing.T, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// The scale-out contract: analyze runs anywhere as a JSON Lines filter, and
// ingest --from-jsonl stores its records here, checked, as analyzed.
func TestIngestFromJSONLStoresAnalyzedRecords(t *testing.T) {
	dir := t.TempDir()
	analyzed := tifa(t, "analyze", seeds)
	bad := `{"id":"x","source":"bad","text":"abc","rules":"r","figures":[{"text":"zz","start":0,"end":2}]}` + "\n" + "not json\n"
	recs := filepath.Join(dir, "recs.jsonl")
	write(t, recs, analyzed.stdout+bad)
	db := filepath.Join(dir, "t.db")
	r := tifa(t, "ingest", "--db", db, "--from-jsonl", recs)
	if r.code != 1 || !strings.Contains(r.stderr, `recs.jsonl:6: figure "zz": offsets [0,2) slice "ab"`) ||
		!strings.Contains(r.stderr, "recs.jsonl:7: not a tifa record") || !strings.Contains(r.stderr, "stored 5, unchanged 0, failed 2") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if exported := tifa(t, "export", "--db", db).stdout; exported != analyzed.stdout {
		t.Error("records stored from JSONL do not export as analyzed")
	}
	if r := tifa(t, "reextract", "--db", db); r.code != 0 {
		t.Errorf("reextract over records from JSONL: exit %d: %s", r.code, r.stderr)
	}
}

// --workers N runs a command on N cores, writer included, and gives them back.
func TestUseCores(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	restore := useCores(1)
	if got := runtime.GOMAXPROCS(0); got != 1 {
		t.Errorf("--workers 1: GOMAXPROCS %d", got)
	}
	restore()
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Errorf("after the command: GOMAXPROCS %d, want %d", got, before)
	}
	useCores(before + 1)() // more workers than cores: nothing to change
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Errorf("--workers %d: GOMAXPROCS %d", before+1, got)
	}
}

// Spreadsheets of documents and Markdown, as public collections have them.
func TestIngestSpreadsheetsAndMarkdown(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	write(t, filepath.Join(dir, "reports.csv"), "标题,讲话,日期\n济宁市会议,济宁市召开会议，部署十大攻坚行动。,2020-03-20\n临沂市会议,临沂市发起10大攻坚战役。,2021-01-05\n")
	write(t, filepath.Join(dir, "news.tsv"), "title\tcontent\n淮安会议\t淮安市开展百日攻坚。\n")
	write(t, filepath.Join(dir, "r.md"), "# 政府工作报告\n\n实施三个一批。\n")
	r := tifa(t, "ingest", "--db", db, "--text-column", "讲话", dir)
	if r.code != 0 || !strings.Contains(r.stderr, "stored 4") {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	titles := tifa(t, "export", "--db", db, "--what", "documents", "--format", "csv").stdout
	for _, want := range []string{"济宁市会议", "临沂市会议", "淮安会议", "政府工作报告", "reports.csv:2", "reports.csv:3"} {
		if !strings.Contains(titles, want) {
			t.Errorf("stored documents lack %q:\n%.500s", want, titles)
		}
	}
	// Without --text-column the spreadsheet's text column is not found: an
	// error naming the file, and the batch goes on.
	r = tifa(t, "analyze", dir)
	if r.code != exitFailed || !strings.Contains(r.stderr, "reports.csv") || !strings.Contains(r.stderr, "--text-column") {
		t.Errorf("analyze without --text-column: exit %d: %s", r.code, r.stderr)
	}
}
