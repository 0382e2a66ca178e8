package extract

import (
	"strings"
	"testing"
)

// Forms of the name grammar that need the segmenter: fragments, bodies,
// countries and common words are no names; dotted names end where the
// sentence goes on.
func TestOfficialsWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// a body before a rank is no name; the name after it is
		{"应国家主席张三的邀请，代表团访华。", "张三:国家主席"},
		// a surname inside a word is no name's start
		{"市政工程处主任李四介绍情况。", "李四:市政工程处主任"},
		// a country before a rank is no name
		{"伊拉克总理苏达尼表示，将推动合作。伊拉克总理苏达尼说。", "苏达尼:总理"},
		// a frequent word after a rank is no name
		{"会议通过了《部长宣言》。", ""},
		// after "NAME + rank", the next word is no name
		{"国家主席王五出席。宣读王五主席贺信并致辞。", "王五:国家主席"},
		// a dotted name ends before a time word and a verb
		{"巴基斯坦总理夏巴兹·谢里夫今天宣布，双方签署协议。", "夏巴兹·谢里夫:总理"},
		// a dotted name goes on over a second dot
		{"阿联酋驻叙利亚大使哈桑·艾哈迈德·希希30日就任。", "哈桑·艾哈迈德·希希:大使"},
		// a verb before the dot ends the name there
		{"国家主席张三致电鲍卡·安德拉什，祝贺他就任总统。", "张三:国家主席"},
		// a name and the verb 作 + its object
		{"会议听取了最高人民检察院检察长应勇作的关于检察工作的报告。", "应勇:最高人民检察院检察长"},
	} {
		got := findOfficials(segDoc(t, "", c.text))
		checkOfficialSpans(t, c.text, got)
		var names []string
		for _, o := range got {
			names = append(names, o.Name+":"+strings.Join(o.Titles, "、"))
		}
		if strings.Join(names, ",") != c.want {
			t.Errorf("%q: officials %v, want %q", c.text, names, c.want)
		}
	}
}

// After a rank, a name with no known surname: a transliterated or minority
// name of three or four characters that ends where names end.
func TestBareNames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"自治区人民政府主席嘎玛泽登宣布大会开始。", "嘎玛泽登"},
		{"联合国秘书长古特雷斯发表声明。", "古特雷斯"},
		// words, verbs and particles after a rank are no names
		{"习近平在人民大会堂接受驻华大使递交国书。", ""},
		{"他说，村主任干得多。", ""},
		{"白宫新闻秘书莱维特表示，总统将出席。", "莱维特"},
	} {
		var got []string
		for _, o := range findOfficials(segDoc(t, "", c.text)) {
			got = append(got, o.Name)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: officials %v, want %q", c.text, got, c.want)
		}
	}
}
