package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Forms of page furniture written from the grammar (prompt, credit,
// copyright, footer block), each beside a body line that holds the same
// words and is not furniture.
func TestFurnitureGrammar(t *testing.T) {
	fr := builtinRules(t).furniture
	furniture := []string{
		// prompts: [lead] verb [name] object, once or more
		"下载某某新闻客户端",
		"打开APP阅读全文",
		"打开某某APP，查看更多精彩",
		"扫一扫，关注我们",
		"扫码关注某某发布微信公众号",
		"欢迎关注某某日报微信公众号",
		"长按识别二维码关注我们",
		"用微信扫描二维码，分享至好友和朋友圈",
		"点击进入专题>>",
		"更多精彩内容，请下载某某客户端",
		"▶ 点击阅读原文",
		"【关注我们】",
		"一键分享到微博",
		"点击播放",
		"请关注某某网官方微博",
		"[查看原文](https://example.com/2024/01/01/a.shtml) --- (更新时间戳: 1704113435297)",
		"[点击进入专题](https://example.com/zt/)",
		// credits: label, colon or space, names
		"责任编辑：张三",
		"（责任编辑：李四 王五）",
		"编辑：张三 校对：李四 审核：王五",
		"[责编：赵六]",
		"责任编辑 王五",
		"编辑 张三 校对 李四",
		"监制：王五 | 统筹：赵六",
		"文/图：张三",
		"政府工作报告。 某某日报记者 李森 摄",
		"记者 张三、李四 摄",
		"施工现场一片繁忙。（记者 张三 摄）",
		// copyright and registration
		"Copyright © 2005-2024 某某网 All Rights Reserved",
		"©2024 某某市人民政府 版权所有",
		"京ICP备12345678号-1",
		"某公网安备 11010502030000号",
		"本网站所有内容，未经授权不得转载。",
		"版权归某某日报社所有，转载请注明出处",
		// footer blocks
		"主办单位：某某市人民政府办公室 承办单位：某某市大数据中心",
		"主办：某某市人民政府 地址：某某市某某路1号 邮编：100000 电话：010-12345678",
		"技术支持：某某科技有限公司",
		"网站标识码：1100000000",
	}
	body := []string{
		// prompt words in prose
		"全省已有2000万用户下载该客户端办理业务。",
		"群众可通过下载“某某”APP，在线办理社保业务。",
		"关注民生",
		"分享经济蓬勃发展",
		"扫码支付成为主流",
		"下载量同比增长30%",
		"关注我们身边的好人好事",
		"微信公众号粉丝突破100万",
		"点击量突破1亿次，成为年度热点",
		"他打开手机，查看了当天的订单。",
		"[附件](https://example.com/a.pdf) 下载量突破1万次",
		"详见 https://example.com/notice.html",
		"查看 2024 年报告",
		"要关注群众反映强烈的突出问题，及时回应社会关切。",
		// credit words in prose
		"编辑部召开全体会议，部署年度工作。",
		"审核通过的项目将于下月开工。",
		"责任编辑制度是出版管理的重要内容。",
		"视频 习近平讲话",
		"图为施工现场。",
		"记者张三在现场拍摄",
		"某某网消息（晚间新闻）：今天，全省经济工作会议召开。",
		"这是一个好消息，大家都很高兴。",
		"他用手机拍摄",
		"编辑：要把好导向关，确保内容准确。",
		// copyright words in prose
		"加强版权保护，全年查处侵权盗版案件120件。",
		"著作权人享有版权，版权所有者可以许可他人使用。",
		"完善版权所有权登记制度。",
		"今年2月全国受理网络违法和不良信息举报1768.3万件",
		"依法打击未经许可擅自开采矿产资源的行为",
		// fields in a notice
		"地址：某某市某某路1号",
		"咨询电话：010-12345678 地址：某某市政务服务中心",
		"会议由市人民政府主办，市发展改革委承办。",
	}
	var lits lineLiterals
	lits.set = fr.lits
	for _, s := range furniture {
		if out, _ := fr.apply(s, &lits); out != "" {
			t.Errorf("furniture kept: %q -> %q", s, out)
		}
	}
	for _, s := range body {
		if out, _ := fr.apply(s, &lits); out != s {
			t.Errorf("body line changed: %q -> %q", s, out)
		}
	}
}

func TestFurnitureCutCredit(t *testing.T) {
	fr := builtinRules(t).furniture
	var lits lineLiterals
	lits.set = fr.lits
	for in, want := range map[string]string{
		"会议要求，各地要抓好落实。（责任编辑：张三）":  "会议要求，各地要抓好落实。",
		"会议要求，各地要抓好落实。[编辑：张三 李四]": "会议要求，各地要抓好落实。",
		"会议要求，各地要抓好落实（2024年版）。":   "会议要求，各地要抓好落实（2024年版）。",
		"市政府召开常务会议（市长王五主持）":       "市政府召开常务会议（市长王五主持）",
		"成立编辑委员会（编辑部设在市委宣传部）":     "成立编辑委员会（编辑部设在市委宣传部）",
		"各地要抓好落实。（图：张三）":          "各地要抓好落实。",
		// A long paragraph loses its credit; a short one is a picture's caption (TestFurnitureGrammar).
		"今年以来，全市上下坚持项目为王，重大项目建设加快推进，一批事关长远的基础设施项目相继开工建设，施工现场一片繁忙，工人们正在加紧作业，确保项目早日建成投用。（记者 张三 摄）": "今年以来，全市上下坚持项目为王，重大项目建设加快推进，一批事关长远的基础设施项目相继开工建设，施工现场一片繁忙，工人们正在加紧作业，确保项目早日建成投用。",
	} {
		if out, _ := fr.apply(in, &lits); out != want {
			t.Errorf("apply(%q) = %q, want %q", in, out, want)
		}
	}
}

// The copyright line is the start of the footer: in the second half of a
// text it goes with what follows; near the top it goes alone.
func TestFurnitureCopyrightEndsArticle(t *testing.T) {
	r := builtinRules(t)
	text := "市政府召开常务会议\n会议研究部署了今年的重点工作。\n会议要求各地抓好落实。\n" +
		"Copyright © 2024 某某网\n地址：某某市某某路1号\n网站导航 首页 新闻"
	got := cleanFurniture(r.furniture, text).Text
	want := "市政府召开常务会议\n会议研究部署了今年的重点工作。\n会议要求各地抓好落实。"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzFurnitureGrammar(f *testing.F) {
	for _, s := range []string{"下载某某新闻客户端", "责任编辑：张三", "（责任编辑：李四 王五）", "Copyright © 2024", "主办：某 地址：某 电话：1", "打开APP阅读全文", "点击》》", "编辑：", "（）", "】"} {
		f.Add(s)
	}
	fr := builtinRules(f).furniture
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var lits lineLiterals
		lits.set = fr.lits
		out, _ := fr.apply(s, &lits)
		// What is kept is the line or a prefix of it (a credit cut off the end).
		if out != "" && !strings.HasPrefix(s, out) && !strings.Contains(s, out) {
			t.Errorf("apply(%q) = %q: not part of the line", s, out)
		}
		fr.grammar.classify(s)
		fr.grammar.cutCredit(s)
	})
}
