package when

import (
	"strings"
	"testing"
	"time"
)

// A paragraph of news: datelines, relative days, numbers that are no dates.
var benchText = strings.Repeat("央视网消息（新闻联播）：国家主席习近平3日上午在人民大会堂会见来访的客人。"+
	"今年1至10月，全市完成投资2000亿元，同比增长8.5%；2024年3月5日至7日召开的会议提出，"+
	"到2035年基本实现现代化。昨天（3月2日），第十四届全国人大二次会议新闻中心启用，电话010-62345678。", 4)

func BenchmarkFind(b *testing.B) {
	g := Default()
	var ms []Mention
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		ms = g.AppendFind(ms[:0], benchText)
	}
}

func BenchmarkParseDay(b *testing.B) {
	lines := []string{"发布时间：2022-03-12 09:44:58 来源：临汾新闻网", "二〇二一年九月十七日", "浏览次数：1234", "全市上下坚持以习近平新时代中国特色社会主义思想为指导"}
	for b.Loop() {
		for _, l := range lines {
			ParseDay(l)
		}
	}
}

func BenchmarkParseMeta(b *testing.B) {
	china := time.FixedZone("CST", 8*3600)
	vals := []string{"2020-03-02T08:00:00+08:00", "Mon, 02 Mar 2020 08:00:00 GMT", "March 2, 2020", "1583107200", "2020年3月2日"}
	for b.Loop() {
		for _, v := range vals {
			ParseMeta(v, china)
		}
	}
}
