// Command synth writes a large corpus of news-sized articles as JSON Lines,
// for measuring tifa at scale through the real `tifa ingest`. It is honest:
// every article is a run of consecutive paragraphs of a real document of the
// corpus given (its main text as tifa reads it), 0.8 to 4 KB long like a city
// news item, under a title naming a city drawn from the gazetteer, with its
// own URL and publication day. The same seed gives the same bytes.
//
//	go run ./tools/synth --docs 1000000 testdata/corpus | gzip -1 > big.jsonl.gz
//	tifa ingest --db big.db big.jsonl.gz
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tifa-project/tifa/corpus"
	"github.com/tifa-project/tifa/rules"
)

func main() {
	docs := flag.Int("docs", 100000, "articles to write")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same articles")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	err := run(w, *docs, *seed, flag.Args())
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

// article is one JSONL input line (the fields `tifa ingest` reads).
type article struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
}

func run(w io.Writer, n int, seed uint64, paths []string) error {
	texts, err := mainTexts(paths)
	if err != nil {
		return err
	}
	cities, err := cities()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range n {
		paras := texts[rng.IntN(len(texts))]
		from := rng.IntN(len(paras))
		want := 800 + rng.IntN(3200)
		var body strings.Builder
		for j := from; j < len(paras) && body.Len() < want; j++ {
			body.WriteString(paras[j])
			body.WriteByte('\n')
		}
		city := cities[rng.IntN(len(cities))]
		day := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(13*365))
		a := article{
			URL:       fmt.Sprintf("https://news.example.cn/%s/%d.html", day.Format("2006/0102"), i),
			Title:     city + "：" + headline(paras[from]),
			Text:      body.String(),
			Published: day.Format("2006-01-02"),
			Source:    city + "融媒体中心",
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return nil
}

// headline is the first clause of a paragraph, at most 24 characters.
func headline(p string) string {
	if i := strings.IndexAny(p, "，。；：！？(（"); i > 0 {
		p = p[:i]
	}
	for n, i := 0, 0; i < len(p); n++ {
		if n == 24 {
			return p[:i]
		}
		_, size := utf8.DecodeRuneInString(p[i:])
		i += size
	}
	return p
}

// mainTexts reads the corpus as tifa does (pages lose their furniture) and
// returns each document's non-empty paragraphs.
func mainTexts(paths []string) ([][]string, error) {
	rd, err := corpus.NewBuiltinReader()
	if err != nil {
		return nil, err
	}
	var out [][]string
	for item := range rd.Read(paths) {
		if item.Err != nil {
			continue
		}
		var paras []string
		for _, line := range strings.Split(item.Input.Text, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				paras = append(paras, line)
			}
		}
		if len(paras) > 0 {
			out = append(out, paras)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no documents read from %v", paths)
	}
	return out, nil
}

// cities reads the prefecture-level units of the gazetteer.
func cities() ([]string, error) {
	f, err := rules.FS.Open("places.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if strings.HasPrefix(sc.Text(), "#") || len(fs) < 4 {
			continue
		}
		if fs[2] == "city" {
			out = append(out, fs[1])
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no cities in places.tsv")
	}
	return out, sc.Err()
}
