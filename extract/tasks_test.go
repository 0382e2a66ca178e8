package extract

import (
	"testing"
)

// tasksIn runs the formula and task stages over Simplified text.
func tasksIn(t *testing.T, text string) ([]Task, []Initiative) {
	t.Helper()
	d := newDoc(text, "", "", builtinRules(t), testGSE(t))
	rec := Record{Text: text}
	extractInitiatives(d, &rec)
	extractTasks(d, &rec)
	rs := []rune(text)
	for _, task := range rec.Tasks {
		if task.Start < 0 || task.End > len(rs) || string(rs[task.Start:task.End]) != task.Text {
			t.Fatalf("task span %v does not slice %q", task.Span, task.Text)
		}
	}
	return rec.Tasks, rec.Initiatives
}

func TestTasks(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []Task // Text and Initiative only
	}{
		{"points of 一要…二要… linked to the formula they implement (seed 004)",
			"他强调，聚焦抓认识、抓谋划、抓基础等三个方面，全力开展好项目建设年活动。闫晨曦就抓好项目建设提出三个方面要求。他指出，一要抓认识。各级各部门充分认识抓好项目建设的重大意义。二要抓谋划。谋划项目既立足当前，更著眼长远。三要抓基础。全力推动项目入库。",
			[]Task{{Text: "抓认识", Initiative: "三个方面"}, {Text: "抓谋划", Initiative: "三个方面"}, {Text: "抓基础", Initiative: "三个方面"}, {Text: "全力推动项目入库"}}},
		{"points of 一是…二是…",
			"今年重点抓好两项任务：一是稳投资，扩大有效投入；二是促消费，提振市场信心。",
			[]Task{{Text: "稳投资", Initiative: "两项任务"}, {Text: "促消费", Initiative: "两项任务"}}},
		{"numbered headings",
			"（一）加快产业发展，切实做强做优县域经济\n继续坚定不移地加快发展。\n（二）坚持城乡统筹发展，加快推进城乡一体化",
			[]Task{{Text: "加快产业发展"}, {Text: "坚持城乡统筹发展"}}},
		{"modal sentences, after a speaker's verb",
			"孟庆斌强调，要扎实开展“打擂攻坚”，推动重点工作突破。必须把稳增长摆在突出位置。会议以视频形式召开。",
			[]Task{{Text: "要扎实开展“打擂攻坚”，推动重点工作突破"}, {Text: "必须把稳增长摆在突出位置"}}},
		{"parallel paragraphs linked to 三项改革",
			"要深化“三项改革”，破除体制机制障碍。\n要在公共卫生应急管理体制机制上改革突破，聚焦公共卫生法治保障。\n要在放管服上改革突破，放权要更彻底。\n要在项目全周期服务机制上改革突破，编制“项目储备手册”。",
			[]Task{
				{Text: "要深化“三项改革”，破除体制机制障碍"},
				{Text: "要在公共卫生应急管理体制机制上改革突破，聚焦公共卫生法治保障", Initiative: "三项改革"},
				{Text: "要在放管服上改革突破，放权要更彻底", Initiative: "三项改革"},
				{Text: "要在项目全周期服务机制上改革突破，编制“项目储备手册”", Initiative: "三项改革"},
			}},
		{"numbered points that name an area or state a result direct nothing; a noun before a verb says how, a modal after a subject directs",
			"（一）医疗卫生方面\n（二）居民收入稳步提高\n（三）协同发力推进区域发展\n一是教育要面向未来；二是3万名志愿者陆续出发；三是双方将扩大合作。",
			[]Task{{Text: "协同发力推进区域发展"}, {Text: "教育要面向未来"}, {Text: "双方将扩大合作"}}},
		{"reports are not tasks",
			"会议通报了全市省考指标半年评估反馈。全市共开复工项目521个。",
			nil},
	} {
		got, _ := tasksIn(t, c.text)
		var slim []Task
		for _, g := range got {
			slim = append(slim, Task{Text: g.Text, Initiative: g.Initiative})
		}
		if len(slim) != len(c.want) {
			t.Errorf("%s: got %d tasks %+v, want %+v", c.name, len(slim), slim, c.want)
			continue
		}
		for i := range slim {
			if slim[i] != c.want[i] {
				t.Errorf("%s: task %d = %+v, want %+v", c.name, i, slim[i], c.want[i])
			}
		}
	}
}

func TestEnumMarkerLen(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"一要抓认识", "一要"}, {"二是促消费", "二是"}, {"第三，强化服务", "第三，"}, {"（四）全面加强", "（四）"},
		{"(5)推进地质灾害避险搬迁", "(5)"}, {"6.北京市西城区", "6."}, {"十、加强政府建设", "十、"},
		{"一批项目", ""}, {"要抓好", ""}, {"2022年", ""}, {"（", ""}, {"第", ""}, {"8.9万台充电桩", ""}, {"3.0版协定", ""},
	} {
		if got := enumMarkerLen(c.in); got != len(c.want) {
			t.Errorf("enumMarkerLen(%q) = %d, want %d (%q)", c.in, got, len(c.want), c.want)
		}
	}
}
