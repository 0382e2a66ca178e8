package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// These tests use the page as a person would, in a real headless Chromium
// (Debian's chromium, which .ci/run installs): type a query, search, open a
// document, compare two cities. Set TIFA_SCREENSHOTS=DIR to keep screenshots.

func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("TIFA_CHROMIUM")
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path != "" {
			break
		}
		path, _ = exec.LookPath(name)
	}
	if path == "" {
		t.Skip("Chromium is not installed, so the browser tests cannot run: `apt-get install chromium` (bash .ci/run does it)")
	}
	profile, err := os.MkdirTemp("", "tifa-chromium")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.WindowSize(1280, 1000))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	// chromedp's protocol tables lag Chromium's: events it cannot decode are
	// logged, not errors of the page, so its log stays quiet.
	quiet := func(string, ...any) {}
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithErrorf(quiet), chromedp.WithLogf(quiet))
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTime()
		cancelCtx()
		cancelAlloc()
		// The browser may still be writing its profile as it exits.
		for range 20 {
			if os.RemoveAll(profile) == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Skipf("Chromium did not start (%v): the browser tests cannot run here", err)
	}
	return ctx
}

func screenshot(t *testing.T, ctx context.Context, name string) chromedp.Action {
	return chromedp.ActionFunc(func(c context.Context) error {
		dir := os.Getenv("TIFA_SCREENSHOTS")
		if dir == "" {
			return nil
		}
		var png []byte
		if err := chromedp.FullScreenshot(&png, 100).Do(c); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	})
}

func TestBrowserSearchThenOpenADocument(t *testing.T) {
	srv, _ := testServer(t)
	ctx := browser(t)
	var firstHit, firstHTML, title, panel string
	var marks, formulaMarks int
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible("#q", chromedp.ByID),
		chromedp.SendKeys("#q", "攻堅行動", chromedp.ByID), // Traditional, as a Hong Kong mirror writes it
		chromedp.Click("#go", chromedp.ByID),
		chromedp.WaitVisible("#hits", chromedp.ByID),
		chromedp.Text("#hits li .text", &firstHit, chromedp.ByQuery),
		chromedp.InnerHTML("#hits li .text", &firstHTML, chromedp.ByQuery),
		screenshot(t, ctx, "search"),
		// Open Jining's speech from the results.
		chromedp.Click(`//a[@class="doclink"][contains(., "济宁")]`, chromedp.BySearch),
		chromedp.WaitVisible("#body", chromedp.ByID),
		chromedp.Text("#title", &title, chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll('#body mark').length`, &marks),
		chromedp.Evaluate(`[...document.querySelectorAll('#body mark.formula')].filter(m => m.textContent === '十大攻坚行动').length`, &formulaMarks),
		chromedp.Text("#panel", &panel, chromedp.ByID),
		screenshot(t, ctx, "document"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(firstHit, "攻坚行动") || !strings.Contains(firstHTML, "<mark>攻坚行动</mark>") {
		t.Errorf("first hit %q (%q): the Simplified match is not highlighted", firstHit, firstHTML)
	}
	if !strings.Contains(title, "十大攻坚行动") {
		t.Errorf("opened document %q", title)
	}
	if marks < 10 || formulaMarks == 0 {
		t.Errorf("document shows %d marks, %d on 十大攻坚行动", marks, formulaMarks)
	}
	if !strings.Contains(panel, "十大攻坚行动 (10)") || !strings.Contains(panel, "乡村振兴攻坚行动") {
		t.Errorf("side panel lacks the formula and its members: %.300s", panel)
	}
}

func TestBrowserCompareTwoCities(t *testing.T) {
	srv, _ := testServer(t)
	ctx := browser(t)
	var table string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/compare"),
		chromedp.WaitVisible("#places", chromedp.ByID),
		chromedp.SendKeys("#places", "临沂 济宁", chromedp.ByID),
		chromedp.Click("#go", chromedp.ByID),
		chromedp.WaitVisible("#formulas", chromedp.ByID),
		chromedp.Text("#formulas", &table, chromedp.ByID),
		screenshot(t, ctx, "compare"),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"临沂", "济宁", "10大攻坚战役", "五张清单"} {
		if !strings.Contains(table, want) {
			t.Errorf("comparison lacks %q:\n%.600s", want, table)
		}
	}
	// Both cities name 十大攻坚行动 (the fixture's hostile page is 临沂's):
	// one row, aligned by key.
	if strings.Count(table, "十大攻坚行动") != 2 {
		t.Errorf("十大攻坚行动 not aligned across the two cities:\n%.900s", table)
	}
}

func TestBrowserFormulaTimeline(t *testing.T) {
	srv, _ := testServer(t)
	ctx := browser(t)
	var bars, provinces int
	var rows, title string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/formulas"),
		chromedp.WaitVisible("#top", chromedp.ByID),
		chromedp.SendKeys("#name", "三個一批", chromedp.ByID),
		chromedp.Click("#go", chromedp.ByID),
		chromedp.WaitVisible("#uses", chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll('svg.bars rect').length`, &bars),
		chromedp.Evaluate(`document.querySelectorAll('#provinces tr').length - 1`, &provinces),
		chromedp.Text("#uses", &rows, chromedp.ByID),
		screenshot(t, ctx, "formulas"),
		// A bar opens the documents of its period.
		chromedp.Click(`svg.bars a`, chromedp.ByQuery),
		chromedp.WaitVisible("#total", chromedp.ByID),
		chromedp.Title(&title),
	)
	if err != nil {
		t.Fatal(err)
	}
	if bars < 2 || provinces < 2 || !strings.Contains(rows, "临汾市") || !strings.Contains(rows, "(earliest)") {
		t.Errorf("%d bars, %d provinces; rows %q", bars, provinces, rows)
	}
	if !strings.Contains(title, "三") {
		t.Errorf("a bar opened %q", title)
	}
}

func TestBrowserDiffusionChart(t *testing.T) {
	srv, _ := testServer(t)
	ctx := browser(t)
	var dots int
	var rows, title string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/diffusion"),
		chromedp.WaitVisible("#name", chromedp.ByID),
		chromedp.SendKeys("#name", "三個一批", chromedp.ByID),
		chromedp.Click("#go", chromedp.ByID),
		chromedp.WaitVisible("#adopters", chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll('svg.adoption circle').length`, &dots),
		chromedp.Text("#adopters", &rows, chromedp.ByID),
		screenshot(t, ctx, "diffusion"),
		// The first adopter's first use opens its document.
		chromedp.Click(`#adopters tr:nth-child(2) td:nth-child(3) a`, chromedp.ByQuery),
		chromedp.WaitVisible("#title", chromedp.ByID),
		chromedp.Text("#title", &title, chromedp.ByID),
	)
	if err != nil {
		t.Fatal(err)
	}
	if dots != 2 || strings.Index(rows, "山西省") < 0 || strings.Index(rows, "山西省") > strings.Index(rows, "贵州省") {
		t.Errorf("chart has %d dots; rows %q", dots, rows)
	}
	if title == "" {
		t.Error("the first use's link opened no document")
	}
}
