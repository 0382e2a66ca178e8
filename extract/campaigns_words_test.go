package extract

import (
	"strings"
	"testing"
)

// An unquoted campaign name is a phrase of whole words before its suffix:
// never cut inside a word, never with the verb that launches it.
func TestCampaignPhrase(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"五部门启动重点行业节能降碳改造攻坚三年行动。", "重点行业节能降碳改造攻坚三年行动"},
		{"推进崇明世界级生态岛建设第六轮三年行动计划。", "崇明世界级生态岛建设第六轮三年行动"},
		{"沪苏浙皖共同发布了长三角地区一体化发展新一轮三年行动计划。", "长三角地区一体化发展新一轮三年行动"},
		{"目前，山东正在制定文化产业科技创新三年行动计划。", "文化产业科技创新三年行动"},
		{"会议听取安全生产治本攻坚三年行动进展情况汇报。", "安全生产治本攻坚三年行动"},
		// a bare quoted suffix refers to a drive, it names none
		{"“三年行动”要求扩大人才培养规模。", ""},
	} {
		var got []string
		for _, m := range findCampaigns(segDoc(t, "", c.text)) {
			got = append(got, m.Name)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: campaigns %v, want %q", c.text, got, c.want)
		}
	}
}
