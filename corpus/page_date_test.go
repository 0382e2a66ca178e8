package corpus

import "testing"

// TestParsePageMetaDate: a page's <meta>, JSON-LD or <time> gives its date in
// the machine forms of the web; each is read as the day in China's time.
func TestParsePageMetaDate(t *testing.T) {
	body := `<div class="article"><h1>全市项目建设推进会召开</h1><p>3月5日，全市项目建设推进会召开，会议总结了去年的工作，部署了今年的重点任务，要求各地各部门抓好落实。</p>` +
		`<p>会议强调，要坚持项目为王，持续扩大有效投资，推动经济高质量发展，确保完成全年目标任务。</p></div>`
	tests := []struct {
		name, head, want string
	}{
		{"RFC 1123", `<meta name="pubdate" content="Mon, 02 Mar 2020 08:00:00 GMT">`, "2020-03-02"},
		{"RFC 1123, evening in GMT", `<meta name="pubdate" content="Mon, 02 Mar 2020 20:00:00 GMT">`, "2020-03-03"},
		{"RFC 3339 with a zone", `<meta property="article:published_time" content="2020-03-02T08:00:00+08:00">`, "2020-03-02"},
		{"RFC 3339 in UTC", `<meta property="article:published_time" content="2020-03-02T18:30:00Z">`, "2020-03-03"},
		{"English month", `<meta name="publishdate" content="March 2, 2020">`, "2020-03-02"},
		{"day month year", `<meta name="publishdate" content="2 Mar 2020">`, "2020-03-02"},
		{"Unix time", `<meta name="publishdate" content="1583107200">`, "2020-03-02"},
		{"Chinese", `<meta name="og:time" content="2020年03月02日 18:05">`, "2020-03-02"},
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-03-02T08:00:00+08:00"}</script>`, "2020-03-02"},
		{"no date", `<meta name="pubdate" content="soon">`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>全市项目建设推进会召开</title>` + tc.head + `</head><body>` + body + `</body></html>`
			p, err := testReader(t).ParsePage([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if p.Published != tc.want {
				t.Errorf("published %q, want %q", p.Published, tc.want)
			}
		})
	}
}
