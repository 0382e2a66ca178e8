package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tifa-project/tifa/extract"
)

var spaces = regexp.MustCompile(`\s+`)

// goldKey is the part of a dev answer key that concerns pages.
type goldKey struct {
	Doc       string   `json:"doc"`
	Title     string   `json:"title"`
	BodyFirst string   `json:"body_first"`
	BodyLast  string   `json:"body_last"`
	Noise     []string `json:"noise"`
	Published string   `json:"published"`
}

// TestParsePageDev checks every dev HTML page against its gold key: the
// headline, the first and last phrases of the body kept, the furniture
// dropped, and the published day. The keys are Simplified and so is every
// dev page, so no conversion is needed here.
func TestParsePageDev(t *testing.T) {
	for _, f := range devFiles(t, ".html") {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		keyData, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "dev", name+".json"))
		if err != nil {
			t.Logf("%s: no key", name)
			continue
		}
		var key goldKey
		if err := json.Unmarshal(keyData, &key); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p, err := testReader(t).ParsePage(raw)
			if err != nil {
				t.Fatal(err)
			}
			if key.Title != "" && squash(p.Title) != squash(key.Title) {
				t.Errorf("title %q, want %q", p.Title, key.Title)
			}
			text := spaces.ReplaceAllString(p.Text, "")
			for _, want := range []string{key.BodyFirst, key.BodyLast} {
				if want != "" && !strings.Contains(text, spaces.ReplaceAllString(want, "")) {
					t.Errorf("body lost %q", want)
				}
			}
			for _, noise := range key.Noise {
				if strings.Contains(text, spaces.ReplaceAllString(noise, "")) {
					t.Errorf("body kept noise %q", noise)
				}
			}
			if key.Published != "" && p.Published != key.Published {
				t.Errorf("published %q, want %q", p.Published, key.Published)
			}
		})
	}
}

// A portal page of the usual kind: banner, breadcrumb, headline, byline,
// body, share bar, related links, copyright footer.
const portalPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>临汾市项目建设年动员部署大会暨集中开复工活动举行_新闻中心_临汾新闻网</title>
<link rel="canonical" href="http://www.lfxww.com/lfnews/2022/0312/123.html">
<script>var x = "发布时间：1999-01-01";</script><style>.a{}</style></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/gov">政务公开</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; 正文</div>
<div class="article">
 <h1 class="title">临汾市项目建设年动员部署大会暨集中开复工活动举行</h1>
 <div class="info">发布时间：2022-03-12 09:44:58　来源：临汾新闻网　浏览次数：<span>1024</span></div>
 <div class="TRS_Editor" id="content">
  <p>临汾新闻网讯 （记者 张浩） 3月11日，市委、市政府举行全市项目建设年动员部署大会暨集中开复工活动。市委书记闫晨曦出席并讲话。</p>
  <p>他强调，要深入学习贯彻习近平总书记考察调研山西重要指示精神，全面落实省委、市委部署要求，聚焦抓认识、抓谋划、抓基础、抓实施。</p>
  <p>市领导及各县（市、区）主要负责同志在主会场参加会议。各县（市、区）、临汾经济开发区设分会场。</p>
  <div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
 </div>
 <div class="editor">责任编辑：姚建</div>
</div>
<div class="related"><h3>相关新闻</h3><ul>
 <li><a href="/1.html">我市召开重点项目推进会</a> 2022-03-10</li>
 <li><a href="/2.html">全市经济运行分析会召开</a> 2022-03-09</li>
</ul></div>
<div id="comment-box">网友评论 <textarea></textarea><button>发表评论</button></div>
<div class="footer">版权所有：临汾日报社 晋ICP备12345678号 技术支持：某某公司</div>
</body></html>`

func TestParsePagePortal(t *testing.T) {
	p, err := testReader(t).ParsePage([]byte(portalPage))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "临汾市项目建设年动员部署大会暨集中开复工活动举行" {
		t.Errorf("title %q", p.Title)
	}
	if p.Published != "2022-03-12" {
		t.Errorf("published %q", p.Published)
	}
	if p.Outlet != "临汾新闻网" {
		t.Errorf("outlet %q", p.Outlet)
	}
	if len(p.Reporters) != 1 || p.Reporters[0] != "张浩" {
		t.Errorf("reporters %q", p.Reporters)
	}
	if p.URL != "http://www.lfxww.com/lfnews/2022/0312/123.html" {
		t.Errorf("url %q", p.URL)
	}
	lines := strings.Split(p.Text, "\n")
	if len(lines) != 3 {
		t.Errorf("want 3 paragraphs, got %d: %q", len(lines), p.Text)
	}
	if !strings.HasPrefix(p.Text, "临汾新闻网讯 （记者 张浩） 3月11日") || !strings.HasSuffix(p.Text, "临汾经济开发区设分会场。") {
		t.Errorf("body %q", p.Text)
	}
	for _, noise := range []string{"当前位置", "分享到", "微信", "相关新闻", "我市召开重点项目推进会", "网友评论", "版权所有", "ICP备", "1999", "var x", "首页"} {
		if strings.Contains(p.Text, noise) {
			t.Errorf("body kept %q", noise)
		}
	}
}

func TestParsePageSmall(t *testing.T) {
	body := "<p>3月20日，济宁市召开全市“重点工作攻坚年”暨提升干部执行力动员大会，动员全市各级各部门和广大党员干部以“开局就要战斗，全年都要攻坚”的姿态，迅速组织开展“百日攻坚”。</p>" +
		"<p>围绕打造“两个高地”，济宁市确定实施“十大攻坚行动”，一场硬仗一场硬仗地接着打。</p>"
	tests := []struct {
		name      string
		page      string
		title     string
		published string
		first     string
		absent    []string
	}{
		{
			name:  "fragment without html",
			page:  `<div class="content"><h2>济宁“十大攻坚行动”，吹响改革攻坚的号角</h2>` + body + `</div>`,
			title: "济宁“十大攻坚行动”，吹响改革攻坚的号角",
			first: "3月20日，济宁市召开",
		},
		{
			name: "jsp directives",
			page: `<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html><head><title>济宁召开动员大会 - 中国济宁</title></head><body>
<c:import url="/include/header.jsp"/><%-- header --%><% out.print("x"); %>
<div id="main">` + body + `</div><c:import url="/include/footer.jsp"></c:import></body></html>`,
			title:  "济宁召开动员大会",
			first:  "3月20日，济宁市召开",
			absent: []string{"<%", "%>", "taglib", "page language", "c:import", "out.print"},
		},
		{
			name:      "meta and json-ld dates",
			page:      `<html><head><title>济宁召开动员大会_新闻中心</title><meta name="PubDate" content="2020-03-21 10:00"><script type="application/ld+json">{"@type":"NewsArticle","headline":"济宁召开动员大会","datePublished":"2020-03-22"}</script></head><body><div>` + body + `</div></body></html>`,
			title:     "济宁召开动员大会",
			published: "2020-03-21",
			first:     "3月20日，济宁市召开",
		},
		{
			name:      "traditional byline",
			page:      `<html><head><title>濟寧召開動員大會</title></head><body><h1>濟寧召開動員大會</h1><div>發佈時間：2020年03月21日 來源：濟寧日報</div><div class="article">` + body + `</div></body></html>`,
			title:     "濟寧召開動員大會",
			published: "2020-03-21",
			first:     "3月20日，济宁市召开",
		},
		{
			name:      "time element and polluted title",
			page:      `<html><head><title>首页 | 济宁新闻网 | 新闻中心</title></head><body><div class="logo">济宁新闻网</div><h1>济宁召开“重点工作攻坚年”动员大会</h1><time pubdate datetime="2020-03-21T08:00:00+08:00">3月21日</time><article>` + body + `</article><p>2019年12月31日 其他新闻</p></body></html>`,
			title:     "济宁召开“重点工作攻坚年”动员大会",
			published: "2020-03-21",
			first:     "3月20日，济宁市召开",
		},
		{
			name:      "date in the url only",
			page:      `<html><head><title>济宁召开动员大会</title><meta property="og:url" content="https://news.example.cn/2020/03/21/abc.html"></head><body>` + body + `</body></html>`,
			title:     "济宁召开动员大会",
			published: "2020-03-21",
			first:     "3月20日，济宁市召开",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := testReader(t).ParsePage([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tt.title {
				t.Errorf("title %q, want %q", p.Title, tt.title)
			}
			if p.Published != tt.published {
				t.Errorf("published %q, want %q", p.Published, tt.published)
			}
			if !strings.HasPrefix(p.Text, tt.first) {
				t.Errorf("text starts %q, want %q", p.Text, tt.first)
			}
			if !strings.HasSuffix(p.Text, "一场硬仗一场硬仗地接着打。") {
				t.Errorf("text ends wrong: %q", p.Text)
			}
			for _, a := range tt.absent {
				if strings.Contains(p.Text, a) {
					t.Errorf("text holds %q: %q", a, p.Text)
				}
			}
		})
	}
}

func TestParsePageDeepNesting(t *testing.T) {
	for _, tag := range []string{"div", "span", "table", "p", "b"} {
		t.Run(tag, func(t *testing.T) {
			deep := strings.Repeat("<"+tag+">", 100000) + "市委书记孙爱军出席会议并讲话。" + strings.Repeat("</"+tag+">", 100000)
			start, startCPU := time.Now(), cpuTime()
			p, err := testReader(t).ParsePage([]byte(deep))
			took, cpu := time.Since(start), cpuTime()-startCPU
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Text, "市委书记孙爱军出席会议并讲话。") {
				t.Errorf("text %q", p.Text)
			}
			// About 0.1 s of CPU (GC included) on an idle machine; quadratic
			// behaviour would take minutes at this depth. CPU time, not wall
			// time, so that a loaded machine does not fail the test.
			t.Logf("100000 levels of <%s>: %v wall, %v CPU", tag, took, cpu)
			if cpu > time.Second {
				t.Errorf("took %v of CPU", cpu)
			}
		})
	}
}

func TestParsePageBadInput(t *testing.T) {
	for _, raw := range []string{"", "<html></html>", "<<<>>>", "\x00\x01\x02", "<p>" + strings.Repeat("a", 1000)} {
		if _, err := testReader(t).ParsePage([]byte(raw)); err != nil {
			t.Logf("%q: %v", raw, err) // an error is fine; a panic is not
		}
	}
}

func FuzzParsePage(f *testing.F) {
	f.Add([]byte(portalPage))
	f.Add([]byte(`<%@ page contentType="text/html"%><div class="content"><h1>标题：</h1><p>发文日期：</p><p>2023-04-18</p></div>`))
	f.Add([]byte(`<table><tr><td>标　　题：</td><td>国务院办公厅关于印发的通知</td></tr></table><td>`))
	f.Add([]byte(`<script type="application/ld+json">[{"@graph":[{"headline":"x","datePublished":"2020-01-02"}]}]</script>`))
	f.Add([]byte(strings.Repeat("<div>", 600) + "文字，文字。"))
	rd := testReader(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := rd.ParsePage(raw)
		if err != nil {
			return
		}
		if strings.Contains(p.Text, "\n\n") {
			t.Errorf("blank line in text %q", p.Text)
		}
		if p.Published != "" && (string(extract.ParseDay(p.Published)) != p.Published || strings.HasPrefix(p.Published, "--")) {
			t.Errorf("published %q is not a full day", p.Published)
		}
	})
}

func BenchmarkParsePage(b *testing.B) {
	var pages [][]byte
	total := 0
	for _, f := range devFiles(b, ".html") {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
		total += len(raw)
	}
	rd := testReader(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := rd.ParsePage(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
