package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tifa-project/tifa/extract"
)

// analyzeText runs the whole analyzer (with the segmenter) over one text.
func analyzeText(t *testing.T, text, published string) extract.Record {
	t.Helper()
	rec, err := analyzer(t).Analyze(extract.Input{Text: text, Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// labelOf is the label of the figure whose text ends with the given phrase.
func labelOf(t *testing.T, rec extract.Record, phrase string) bool {
	t.Helper()
	for _, f := range rec.Figures {
		if strings.HasSuffix(f.Text, phrase) || f.Text == phrase {
			return f.Target
		}
	}
	t.Fatalf("no figure %q in %q", phrase, figureTexts(rec))
	return false
}

func figureTexts(rec extract.Record) []string {
	var out []string
	for _, f := range rec.Figures {
		out = append(out, f.Text)
	}
	return out
}

// A work report's parts, written from the genre's outline: the review of
// the past year (一、…工作回顾) reports, whatever its verbs; the goals
// paragraph plans every figure it lists, after "；" too; the plan part
// plans, but a paragraph of it that opens by looking back reviews; a
// glossary (名词解释) and the review direct nothing.
func TestWorkReportParts(t *testing.T) {
	text := strings.Join([]string{
		"各位代表：",
		"一、2025年工作回顾",
		"过去一年，我们着力推动产业升级，新增高新技术企业600家，推进重点项目建设，完成投资300亿元。",
		"（一）着力扩大有效需求",
		"要素保障有力，推动50个项目开工。",
		"二、2026年工作安排",
		"今年经济社会发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业8万人以上；居民消费价格涨幅2%左右。",
		"（一）着力扩大有效需求",
		"新建5G基站2000个，已建成的800个基站全面开放。",
		"要加快建设现代化产业体系。",
		"三、关于“十五五”规划纲要（草案）的说明",
		"“十四五”时期，我市发展历程极不寻常。这五年，人均地区生产总值达到3.2万美元，常住人口城镇化率提高到75%。",
		"“十五五”时期，人均地区生产总值达到4万美元。",
		"附件2",
		"名词解释",
		"1.“两新”：是指大规模设备更新和消费品以旧换新。",
		"要加强的是3个方面。",
	}, "\n")
	rec := analyzeText(t, text, "2026-02-01")
	for phrase, want := range map[string]bool{
		"新增高新技术企业600家":   false,
		"完成投资300亿元":      false,
		"推动50个项目开工":      false,
		"地区生产总值增长5%左右":   true,
		"城镇新增就业8万人以上":    true,
		"居民消费价格涨幅2%左右":   true,
		"新建5G基站2000个":    true,
		"已建成的800个基站全面开放": false,
		// a paragraph of the plan's part that looks back reviews
		"人均地区生产总值达到3.2万美元": false,
		"常住人口城镇化率提高到75%":   false,
		"人均地区生产总值达到4万美元":   true,
	} {
		if got := labelOf(t, rec, phrase); got != want {
			t.Errorf("%s: target %v, want %v", phrase, got, want)
		}
	}
	var tasks []string
	for _, task := range rec.Tasks {
		tasks = append(tasks, task.Text)
	}
	if !slices.Contains(tasks, "要加快建设现代化产业体系") {
		t.Errorf("tasks %q: want the plan's directive", tasks)
	}
	for _, task := range tasks {
		for _, not := range []string{"着力推动产业升级", "要素保障", "2026年工作安排", "两新", "3个方面"} {
			if strings.Contains(task, not) {
				t.Errorf("task %q: the review, a part's title and the annex direct nothing", task)
			}
		}
	}
}

// The clause's own words, in news: 将 that moves its object before the verb
// (处置式) plans nothing; the value of a past year (到2024年的) reports; a
// plan word reported as done (已安排) reports; a budget (初步安排) plans;
// an action verb governs a count, not a change of rate.
func TestTargetCuesInNews(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"这台机器人将车间的巡检效率提升5倍。", "5倍", false},
		{"明年起该市将新建学校12所。", "12所", true},
		{"煤炭消费比重由2020年的56.8%下降到2024年的53.2%。", "53.2%", false},
		{"中央财政已安排资金74亿元。", "74亿元", false},
		{"农发行初步安排收购资金1500亿元。", "1500亿元", true},
		{"制造业投资增长9.4%，加快2.9个百分点。", "2.9个百分点", false},
		{"工程已于去年完工，投资完成率98%。", "98%", false},
		// A comparison with the past after a plan word reports no fact: the
		// forecast's growth; a name that holds a plan word plans nothing
		// (预期指数; not 计划总投资, which plans as often as it names).
		{"全国水路旅客发送量预计为135.3万人次，同比增长11.7%。", "11.7%", true},
		{"今年下半年运往美国的集装箱数量将同比下滑超过20%。", "20%", true},
		{"业务活动预期指数为56.3%，环比回升1.7个百分点。", "1.7个百分点", false},
		{"随着扩内需政策持续显效，居民消费价格指数同比上涨0.2%。", "0.2%", false},
		// 比去年 is one comparison, not a past year that outranks the plan
		// word; a deadline gone by dates a tally (到2024年末, in 2025), unless
		// a plan word commits to it.
		{"预计今年粮食产量比去年增加2%。", "2%", true},
		{"到2024年末，全国医疗机构总数109万个，比上年增加2万个。", "2万个", false},
		{"力争到2024年，全市高速公路里程突破800公里。", "800公里", true},
		// A word that holds a plan word plans nothing: 虚拟, 供需, 准备金,
		// 老将, 政要, 应邀; nor does 年内 that frames what happened.
		{"虚拟现实设备、服务机器人产量增长均超过40%。", "40%", false},
		{"受部分行业供需关系改善影响，出厂价格指数环比上涨0.1%。", "0.1%", false},
		{"人民银行下调存款准备金率0.5个百分点。", "0.5个百分点", false},
		{"多国政要、专家学者等近千名嘉宾参加。", "嘉宾参加", false},
		{"10万多名专业观众应邀参会。", "应邀参会", false},
		{"农村业务量同比增速年内首次超过30%。", "30%", false},
		{"德国联邦国防军需增加约5万名现役士兵。", "现役士兵", true},
		{"会议应出席代表2878人，出席2762人。", "代表2878人", false},
		// 目标 as what force is aimed at, or in the name of a rate's range,
		// plans nothing; a central bank's decision 将X下调/维持 is taken.
		{"俄军打击了乌军弹药库等目标，击落乌军29架无人机。", "29架无人机", false},
		{"以军对加沙地带140多个目标实施了空袭。", "目标实施了空袭", false},
		{"美联储宣布将联邦基金利率目标区间下调25个基点。", "25个基点", false},
		{"美联储宣布将联邦基金利率目标区间维持在4.25%至4.50%之间。", "4.25%至4.50%", false},
		{"确保完成全年目标，地区生产总值增长5%左右。", "5%左右", true},
		// A plan word inside a quoted or titled name plans nothing outside
		// it; 努力 as the noun "efforts", 需 in 急需 plan nothing; 提请 ends
		// a disposal phrase (决定将两个草案提请…审议: a decision taken).
		{"持续开展“各族青少年交流计划”，7.2万名各族少年儿童与内地少年儿童互通书信。", "少年儿童与内地少", false},
		{"浙江推出“支持跨境电商发展10项措施”等多项举措。", "10项措施", false},
		{"在同事们的共同努力下，安置点里的160多名受灾群众吃上了新鲜的蔬菜。", "受灾群众吃上了新鲜", false},
		{"会议决定将两个草案提请全国人大常委会审议。", "草案提请全国人大常委", false},
		{"村里要在年内新建3条道路。", "3条道路", true},
		// A verb of what a text proposes or contains (出台, 明确, 包括) tallies
		// the parts of a plan, a fact; unless a plan word before it commits
		// (要出台, 将…，部署), or one after it commits to the count itself.
		{"海关总署出台17项高级认证企业便利措施。", "17项高级认证企业便利措施", false},
		{"方案明确要增强研发创新能力、提升审评审批服务水平等6方面18项内容。", "18项内容", false},
		{"今年要出台10项措施。", "10项措施", true},
		{"陕西将以创新中心建设为牵引，部署100项重大攻关项目。", "100项重大攻关项目", true},
		{"协议内容包括：哈马斯将释放20名被扣押人员。", "20名被扣押人员", true},
		{"中国提出更大力度吸引和利用外资的24条举措。", "24条举措", false},
		{"以色列称空袭加沙地带约25个目标\n以军当天袭击加沙地带多地，造成至少15人死亡。", "15人死亡", false},
		{"以军称在黎南部继续展开地面行动\n据黎巴嫩卫生部消息，以色列当天发动空袭，造成至少15人死亡。", "15人死亡", false},
		// 提出 in a relative clause (代表团提出的…) is what was proposed.
		{"大会共收到298件议案，其中，代表团提出的26件，30名以上代表联名提出的272件。", "30名以上代表联名提出", false},
		// A headline whose last noun follows 的 opens no action plan.
		{"胡塞武装称打击与沙特有关的目标\n海岸警卫队称，袭击导致6人死亡。", "6人死亡", false},
		// The value a change starts from is what was or is, a fact; the
		// value it goes to keeps its own label.
		{"我国将推动交通网主骨架建成率由现在的91%提升至95%。", "由现在的91%", false},
		{"我国将推动交通网主骨架建成率由现在的91%提升至95%。", "91%提升至95%", true},
		{"湖北提出未来三年培育省级概念中心60家以上。", "60家以上", true},
		// 将 moving an object: over quotes and lists to its verb, and before
		// a count of things; 将 before a verb or 有 is "will".
		{"湖南省将“合理密植”作为首要技术推广，亩基本苗增加30%左右。", "亩基本苗增加30%左右", false},
		{"该网络将3000多条路网、2000多个工地纳入监测。", "2000多个工地纳入监测", false},
		{"排水部门将77条地势较高的道路，作为避险停车区域开放。", "将77条地势较高", false},
		// 将, a noun, and a verb whose complement says where the object goes:
		// 把, not "will" (but 将 before its verb stays the modal)
		{"火箭成功将嫦娥六号探测器送入远地点高度38万公里的轨道。", "38万公里", false},
		{"物流枢纽将产品带向全球220多个国家和地区。", "220多个国家和地区", false},
		{"这家企业连年将销售收入的15%投入研发。", "15%", false},
		{"湖北将享受补贴的厨卫产品从21类扩大到51类。", "51类", false},
		{"中国经济每增长1个百分点，将使其他经济体的产出水平平均提高0.3个百分点。", "0.3个百分点", true},
		{"美国总统称，将把欧盟输美汽车的进口关税从15%提高至25%。", "25%", true},
		{"今年浙江将纵深推进试验区建设，建设人才100个。", "100个", true},
		// what was published is a tally of the plan's parts, unless planned
		{"海关总署今天公布支持区域一体化发展16项措施。", "16项措施", false},
		{"下一步要公布20项措施。", "20项措施", true},
		{"目前施工进度已完成总进度计划的95%。", "95%", false},
		{"该市将新建100个充电站。", "100个充电站", true},
		{"今年将有50个项目开工。", "50个项目开工", true},
		// A plan word that a 的 phrase modifies names a goal and commits the
		// tally after it to nothing.
		{"锚定高质量发展的战略目标，该省从5方面提出20项主要指标。", "20项主要指标", false},
		// An action reported done after the count (已经, 了); 拟 naming the
		// proposed in a public notice.
		{"乘组新开展100余项科学与应用项目已经陆续展开。", "项目已经陆", false},
		{"将推动100项以上关键共性检测技术攻关。", "技术攻关", true},
		{"集中采购产生拟中选结果，62种药品采购成功。", "62种药品采购成功", false},
		// 规划 naming a plan document is no plan word.
		{"从第一个五年规划至今，220多种工业品产量位列全球第一。", "220多种工业品产量位列全球第", false},
		{"就立法规划稿征求意见，3300多条意见建议被吸纳。", "3300多条意见建议被吸纳", false},
		{"规划到2030年建成50个示范区。", "50个示范区", true},
		// 将 before an object and a verb with the 得 of its result disposes
		// of the object: no plan.
		{"现场70组大型灯组将夜空点缀得五光十色。", "将夜空点缀得", false},
		{"13条接头路将全部打通。", "将全部打通", true},
		// A growth with a subject of its own after 将 that disposes of its
		// object is what was; a forecast's growth stays the forecast's.
		{"新开通的高铁将该市接入全国高铁网，暑运期间，该市铁路旅客到发量同比增长近六成。", "同比增长近六成", false},
		{"铁路将加强运力保障，预计高峰日可开行旅客列车超过1.4万列，客座能力同比增长5.3%。", "同比增长5.3%", true},
		{"联合国世界粮食计划署表示，1名机组人员在袭击中受伤。", "1名机组人员在袭击中受伤", false},
	} {
		rec := analyzeText(t, c.text, "2025-06-01")
		if got := labelOf(t, rec, c.phrase); got != c.want {
			t.Errorf("%s: %s target %v, want %v", c.text, c.phrase, got, c.want)
		}
	}
}

// An idiom of the segmenter's dictionary (tag i) is no formula unquoted; a
// political label the dictionary lists otherwise (一国两制, l) stays. Nor is
// an unquoted chain of running words: a group that is an adverb or a
// conjunction, or counts with classifiers and no noun among the groups.
func TestIdiomIsNoFormula(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"灯会将夜空点缀得五光十色。", "五光十色", false},
		{"带动十里八乡的群众增收。", "十里八乡", false},
		{"确保一国两制实践行稳致远。", "一国两制", true},
		{"两国一直保持友好往来。", "两国一直", false},
		{"一旦双方签署协议，关税即下调。", "一旦双方", false},
		{"一家三口搬进了新居。", "一家三口", false},
		{"发生一起两车相撞事故。", "一起两车", false},
		{"中方愿同五国一道推进合作。", "五国一道", false},
		{"构建预防、帮教、保护四位一体工作机制。", "四位一体", true},
		{"打造一核两翼发展格局。", "一核两翼", true},
	} {
		rec := analyzeText(t, c.text, "2025-06-01")
		got := slices.ContainsFunc(rec.Initiatives, func(in extract.Initiative) bool { return in.Name == c.name })
		if got != c.want {
			t.Errorf("%s: %s a formula %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// A collective noun (五部门联合印发), a voltage that names a grade of line or
// station, and a count in a unity formula's name count no figure; a
// capacity in 千伏安 does.
func TestCollectiveNounIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"教育部等五部门联合印发通知。", 0},
		{"陇东至山东±800千伏特高压直流输电工程开工。", 0},
		{"新建一座220千伏变电站。", 0},
		{"实行“四单合一”机制。", 0},
		{"变电站变压器总容量增长至900万千伏安。", 1},
	} {
		if rec := analyzeText(t, c.text, "2025-06-01"); len(rec.Figures) != c.want {
			t.Errorf("%s: figures %q, want %d", c.text, figureTexts(rec), c.want)
		}
	}
}

// Members as the shortest phrase that names them: the words that introduce
// a list are not part of its first member; a list the label is only one
// item of, or a list of other formulas, gives no members.
func TestMemberEdges(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       []string
	}{
		{"展会涵盖纺织服装、家用电器、食品饮料等三大板块。", "三大板块", []string{"纺织服装", "家用电器", "食品饮料"}},
		{"该市以新能源汽车、锂电池、光伏等“新三样”为代表的产品增长较快。", "新三样", []string{"新能源汽车", "锂电池", "光伏"}},
		{"全县从学习研究、查摆问题、整改整治等三个方面着手。", "三个方面", []string{"学习研究", "查摆问题", "整改整治"}},
		{"我们坚持公平正义、主权平等、合作共赢“三项原则”。", "三项原则", []string{"公平正义", "主权平等", "合作共赢"}},
		{"驻镇帮镇扶村、教育医疗帮扶、“双百行动”、“千企帮千镇”等走深走实。", "双百行动", nil},
		{"坚定“四个自信”、做到“两个维护”。", "两个维护", nil},
		{"3所职业院校、5个专业群入选国家第二期“双高计划”。", "双高计划", nil},
		// The first member is as long as its parallels and opens as they do:
		// the clause that introduces the list is not part of it.
		{"今年要前瞻布局人工智能、生物制造、商业航天和低空经济等四大未来产业。", "四大未来产业", []string{"人工智能", "生物制造", "商业航天", "低空经济"}},
		{"会议明确了强化源头治理、加强执法监管、推动社会共治等三项任务。", "三项任务", []string{"强化源头治理", "加强执法监管", "推动社会共治"}},
		{"该区还大力发展新能源、新材料、现代物流等三大产业。", "三大产业", []string{"新能源", "新材料", "现代物流"}},
		// A listed verb introduces the list even when the first member is no
		// longer than the others; members that open alike stay whole.
		{"大力培育海洋渔业、海工装备、海洋旅游三大产业。", "三大产业", []string{"海洋渔业", "海工装备", "海洋旅游"}},
		{"实施持续推动能级跨越、持续强化科创引领、持续促进产业倍增三大战略。", "三大战略", []string{"持续推动能级跨越", "持续强化科创引领", "持续促进产业倍增"}},
		// Two members joined by 与 before a label its predicate follows; members
		// that are pairs of their own.
		{"今年，甲水库与乙调水工程两大工程将实现连通。", "两大工程", []string{"甲水库", "乙调水工程"}},
		{"坚持基础设施与新兴产业、战略必争与民生必保、发展支撑与安全能力“三个并重”。", "三个并重", []string{"基础设施与新兴产业", "战略必争与民生必保", "发展支撑与安全能力"}},
		// The last member ends where the predicate that leads to the label begins.
		{"预计全年粮食面积、单产、总产有望实现“三增”。", "三增", []string{"粮食面积", "单产", "总产"}},
		// A modifier with 的 that every member has governs both heads of the
		// last one's conjunction.
		{"报告围绕会议召开的重大意义、五年来取得的重大成就、今后五年发展的目标任务和重大举措等六个方面展开。", "六个方面",
			[]string{"重大意义", "五年来取得的重大成就", "今后五年发展的目标任务和重大举措"}},
		// Enumerated points: a subject and modal opening one is no part of it.
		{"他宣布中国支持全球发展的三项行动。\n第一，携手共建开放合作平台，推进互联互通。\n第二，落实全球发展倡议，深化务实合作。\n第三，中国将完善对外开放体制机制，扩大市场准入。", "三项行动",
			[]string{"携手共建开放合作平台", "落实全球发展倡议", "完善对外开放体制机制"}},
		// Bare words: the first member is the words at its end as long as the
		// others, after what only introduces the list or says whose it is.
		{"会议提出，要持续深入抓好稳定、发展、生态、强边四件大事。", "四件大事", []string{"稳定", "发展", "生态", "强边"}},
		{"今年该市批发、零售、餐饮、住宿等五大行业销售额增长。", "五大行业", []string{"批发", "零售", "餐饮", "住宿"}},
		{"成都批发、零售、餐饮、住宿等四大行业销售额增长。", "四大行业", []string{"批发", "零售", "餐饮", "住宿"}},
		{"博览会共设置论坛会议、技术交易、成果发布、配套活动四大板块。", "四大板块", []string{"论坛会议", "技术交易", "成果发布", "配套活动"}},
		{"重点发展高端装备制造、新材料、生物三大产业。", "三大产业", []string{"高端装备制造", "新材料", "生物"}},
		// A member as long as its parallels, or with a numeral of its own, stays whole.
		{"重点发展新一代信息技术、汽车、大健康三大产业。", "三大产业", []string{"新一代信息技术", "汽车", "大健康"}},
		{"实施智慧农业公共服务能力提升、重点领域应用拓展、示范带动三大行动。", "三大行动", []string{"智慧农业公共服务能力提升", "重点领域应用拓展", "示范带动"}},
		// The others' shared opening marks where the first member begins,
		// whatever introduces the list, and keeps a longer first one whole.
		{"会议提出要更加注重理论武装、更加注重分类指导、更加注重强基固本“三个更加注重”。", "三个更加注重", []string{"更加注重理论武装", "更加注重分类指导", "更加注重强基固本"}},
		{"“两持续”，是指持续增强粮食等重要农产品供给保障能力、持续巩固拓展脱贫攻坚成果。", "两持续", []string{"持续增强粮食等重要农产品供给保障能力", "持续巩固拓展脱贫攻坚成果"}},
		// A label that a verb follows takes the list before it as members; one
		// that is the object of a verb, or stands right after another quoted
		// label, takes none; a count alone is no member, and a count before
		// the label is the label's.
		{"把东区建设、西区协同发展两大战略作为统领性任务。", "两大战略", []string{"东区建设", "西区协同发展"}},
		{"为全面建成小康社会、续写“两大奇迹”提供了强大动力。", "两大奇迹", nil},
		{"按照“一人一档”“一人一策”建立帮扶台账。", "一人一策", nil},
		{"8个对外开放口岸和10个“双创”基地运行平稳。", "双创", nil},
		{"按照“一人一档”“一人一策”建立帮扶台账。", "一人一档", nil},
		// The last item's 与 joins two members when the count says so, else
		// it is the item's own.
		{"打造示范支部、党员之家、教育基地与榜样人物“四位一体”格局。", "四位一体", []string{"示范支部", "党员之家", "教育基地", "榜样人物"}},
		{"聚焦集成电路、计算与智能等六大人才急需领域。", "六大人才急需领域", []string{"集成电路", "计算与智能"}},
		// Two members that open with verbs keep them; a verb that only
		// introduces (围绕) and a subject with 从 do not.
		{"将从深化改革创新、促进公平竞争等五个方面创新监管方式。", "五个方面", []string{"深化改革创新", "促进公平竞争"}},
		{"围绕以大开放促进大开发、支持打造一流口岸营商环境等四个方面出台措施。", "四个方面", []string{"以大开放促进大开发", "支持打造一流口岸营商环境"}},
		{"该标准从列车安全移动、检测与处置紧急情况等九个方面明确技术要求。", "九个方面", []string{"列车安全移动", "检测与处置紧急情况"}},
		// Members that open with verbs keep them, the first too, whatever
		// verb it opens with; a verb that only introduces goes.
		{"涵盖了出台推动政策、加强技术支撑、打造示范样板等六个方面。", "六个方面", []string{"出台推动政策", "加强技术支撑", "打造示范样板"}},
		{"从鼓励开展高附加值产品加工贸易、促进保税维修业务发展、引导支持梯度转移等六个方面，提出了具体措施。", "六个方面", []string{"鼓励开展高附加值产品加工贸易", "促进保税维修业务发展", "引导支持梯度转移"}},
		{"守住保障国家粮食安全和防止规模性返贫致贫两条底线。", "两条底线", []string{"保障国家粮食安全", "防止规模性返贫致贫"}},
		// A date before the list is not the first member's; an adverb before
		// the label is not the last member's.
		{"工信部公布了2024年锂电池、光伏两大电子产业的运行情况。", "两大电子产业", []string{"锂电池", "光伏"}},
		{"荒漠化和沙化土地面积持续“双缩减”。", "双缩减", []string{"荒漠化", "沙化土地面积"}},
		// An enumeration that points of their own announce is theirs.
		{"全面准确贯彻“一国两制”方针。他对澳门提出3点期许，一是登高望远。二是海纳百川。三是锐意进取。", "一国两制", nil},
		// A link word opens the first member only as a word of its own (指导
		// is no 指 + 导); a label of one named character aligns the edges
		// with it; a quoted label joined by 及 is another list's; the last
		// member ends before the 的 of what the list modifies.
		{"深入一线，指导夏收、夏播、夏管“三夏”生产。", "三夏", []string{"夏收", "夏播", "夏管"}},
		{"实施重大慢性病综合防治早预防、早干预、早发现、早诊治工程“四早”。", "四早", []string{"早预防", "早干预", "早发现", "早诊治"}},
		{"率先实现土地退化“零增长”及荒漠化土地和沙化土地面积“双减少”。", "双减少", []string{"荒漠化土地", "沙化土地面积"}},
		{"做好改造升级“老字号”、深度开发“原字号”、培育壮大“新字号”的结构调整“三篇大文章”。", "三篇大文章", []string{"改造升级“老字号”", "深度开发“原字号”", "培育壮大“新字号”"}},
		// What the whole list is said of, on the first member only: a
		// modifier before members that end with the label's character alike,
		// a place; a count that sums up a list after the label.
		{"争取让森林水库、钱库、粮库、碳库“四库”更好发挥作用。", "四库", []string{"水库", "钱库", "粮库", "碳库"}},
		{"海南旅游业、现代服务业、高新技术产业、热带特色高效农业四大主导产业加快发展。", "四大主导产业", []string{"旅游业", "现代服务业", "高新技术产业", "热带特色高效农业"}},
		{"“五纵”包括大运河文化、华东世界遗产、中部锦绣山岳、长征文化、古道秘境五条精品自驾旅游公路。", "五纵", []string{"大运河文化", "华东世界遗产", "中部锦绣山岳", "长征文化", "古道秘境"}},
		// A first member that opens as another does, after what introduces
		// the list; a last member alike with the others that runs on with a
		// verb; a verb lost from the first member only when it is one.
		{"中方愿同各方秉持互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处五项原则。", "五项原则", []string{"互相尊重主权和领土完整", "互不侵犯", "互不干涉内政", "平等互利", "和平共处"}},
		{"推动未来健康、未来智能、未来能源、未来空间、未来材料成为上海五大未来产业。", "五大未来产业", []string{"未来健康", "未来智能", "未来能源", "未来空间", "未来材料"}},
		{"西藏将继续聚焦稳定、发展、生态、强边“四件大事”。", "四件大事", []string{"稳定", "发展", "生态", "强边"}},
		// A list's frame (a short label and 是) and its subject (我国) are no
		// part of its first member; members that are verb phrases keep their
		// own 的; a lone example before 等 joined by 和 is one member; places
		// with a label of their own (等地) are not the members of what they use.
		{"4月份，我国新能源汽车、锂离子动力电池、太阳能电池等“新三样”产品产量分别增长38.9%、61.8%和33.4%。", "新三样", []string{"新能源汽车", "锂离子动力电池", "太阳能电池"}},
		{"“4”是持续推动大健康、现代金融、高新技术、会展商贸和文化体育等四大重点发展产业。", "四大重点发展产业", []string{"大健康", "现代金融", "高新技术", "会展商贸和文化体育"}},
		{"要加强党的建设、推进乡村振兴、深化改革等三项任务。", "三项任务", []string{"加强党的建设", "推进乡村振兴", "深化改革"}},
		{"报告从深刻认识把握全会的重大意义、深刻认识把握重大成就等五个方面进行解读。", "五个方面", []string{"深刻认识把握全会的重大意义", "深刻认识把握重大成就"}},
		{"同时，实施特色文化和旅游产业培育等九大工程。", "九大工程", []string{"特色文化和旅游产业培育"}},
		{"山东、陕西等地通过“一喷三防”等方式应对干热风。", "一喷三防", nil},
		// Members as the headings of the paragraphs that follow: the verb they
		// share goes, the noun they share and the work they all end with too.
		{"加快建设“五个中心”。深化国际经济中心建设，全力推动。深化国际金融中心建设，扩大开放。深化国际贸易中心建设，提升能级。深化国际航运中心建设，提高效率。深化国际科技创新中心建设，强化策源。", "五个中心", []string{"国际经济中心", "国际金融中心", "国际贸易中心", "国际航运中心", "国际科技创新中心"}},
	} {
		rec := analyzeText(t, c.text, "2025-06-01")
		var got []string
		found := false
		for _, in := range rec.Initiatives {
			if in.Name == c.name {
				got, found = in.Items, true
			}
		}
		if !found {
			t.Errorf("%s: no formula %s", c.text, c.name)
			continue
		}
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %s members %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// What a figure counts: the noun phrase before its number without the words
// that link them, or the nouns after its classifier; 分别 gives each value
// the item of the list before it that it stands for, with the measure noun
// the items share.
func TestFigureMeasures(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"城镇新增就业达到45万人。", []string{"城镇新增就业"}},
		{"规上工业增加值增长6.9%。", []string{"规上工业增加值"}},
		{"新建5G基站2000个。", []string{"5G基站"}},
		{"建成10个城乡学校共同体。", []string{"城乡学校共同体"}},
		{"一般公共预算收入从7248亿元提高到8865亿元。", []string{"一般公共预算收入", "一般公共预算收入"}},
		{"战略性新兴产业、高新技术产业增加值分别增长10%、7.9%。", []string{"战略性新兴产业增加值", "高新技术产业增加值"}},
		{"城镇和农村居民人均可支配收入分别增长4.3%、5.5%。", []string{"城镇居民人均可支配收入", "农村居民人均可支配收入"}},
		// the clause before names the items when 分别 has no subject of its own
		{"其中，第一产业和第三产业用电量增长较快，分别同比增长9.9%和8.4%。", []string{"第一产业用电量", "第三产业用电量"}},
		// a contraction of two names spreads over two values (rules/measure_links.txt, pair)
		{"新能源汽车产销量分别完成743.8万辆和744.6万辆。", []string{"新能源汽车产量", "新能源汽车销量"}},
		{"城乡居民人均可支配收入分别增长5%和6.5%。", []string{"城镇居民人均可支配收入", "农村居民人均可支配收入"}},
		// an item with a head of its own keeps it; a later item that names
		// only a head of the same kind takes the first's modifiers, else the
		// territory it opens with
		{"全省生产安全事故起数和死亡人数分别下降67.5%、58.5%。", []string{"全省生产安全事故起数", "全省生产安全事故死亡人数"}},
		{"全市进出口总额和出口额分别增长5%、6%。", []string{"全市进出口总额", "全市出口额"}},
		{"其中，入境游客数量和花费分别增长47.8%、52.3%。", []string{"入境游客数量", "入境游客花费"}},
		{"风力发电机组、船舶和汽车出口增速较快，分别增长86.3%、84.4%、20.7%。", []string{"风力发电机组出口", "船舶出口", "汽车出口"}},
		{"个人文化和娱乐服务、金融服务增长最快，增速分别为25.6%和16.1%。", []string{"个人文化和娱乐服务", "金融服务"}},
		{"快递业务量和业务收入分别完成1745亿件和1.4万亿元。", []string{"快递业务量", "业务收入"}},
		// an intensity per ten thousand yuan of output keeps its unit
		{"万元生产总值用水量下降22%。", []string{"万元生产总值用水量"}},
		// an item that ends with a measure word is whole; a clause of 分别
		// alone refers to the figures before it in the sentence
		{"规上工业增加值、固定资产投资分别增长6%、8%。", []string{"规上工业增加值", "固定资产投资"}},
		{"全年接待游客3.23亿人次、游客花费3700亿元，分别增长8%、8.4%。", []string{"游客", "游客花费", "游客", "游客花费"}},
		// A list of values joined by 、 or 和 alone is read as 分别, when the
		// subject lists as many items and is no comparison's base.
		{"战略性新兴产业和高技术制造业增加值年均增长8%、7.2%。", []string{"战略性新兴产业增加值", "高技术制造业增加值"}},
		{"清洁能源装机和新能源装机突破5100万千瓦、3800万千瓦。", []string{"清洁能源装机", "新能源装机"}},
		{"机械工业增加值增长9%，增速高于全国工业和制造业2.6和2个百分点。", []string{"机械工业增加值", "机械工业增加值", "机械工业增加值"}},
		// After the classifier, what the segmenter does not tag a noun, when
		// it is short: 断头/v 路, 死亡/v; the number of people who did or
		// suffered what a short verb says (受伤人数).
		{"打通39条断头路。", []string{"断头路"}},
		{"另有3人受伤。", []string{"受伤人数"}},
		// A clause of linking words alone measures what the clause before it named.
		{"全市社会消费品零售总额完成120亿元，同比增长8.5%。", []string{"全市社会消费品零售总额", "全市社会消费品零售总额"}},
		{"地区生产总值达到300亿元，比上年增长6%。", []string{"地区生产总值", "地区生产总值"}},
		// A verb that governs a count: what follows the classifier is counted.
		{"全省发生交通事故致12人死亡。", []string{"死亡人数"}},
		{"这起交通事故造成3人受伤。", []string{"受伤人数"}},
		// After the classifier: modifiers before the head, the head after 的,
		// a one-character noun, and what an enumeration ending in 等 counts.
		{"建设张村、李庄等5个抽水蓄能电站。", []string{"抽水蓄能电站"}},
		{"建成3座现代化的污水处理厂。", []string{"污水处理厂"}},
		{"新增2000家规模以上工业企业。", []string{"规模以上工业企业"}},
		{"全市8个区均被评为文明城区。", []string{"区"}},
		{"为2000名残疾儿童提供康复救助。", []string{"残疾儿童"}},
		{"小麦收获进度过七成。", []string{"小麦收获进度"}},
		{"大会包括主论坛、14场分论坛和“网络文明”主题活动。", []string{"分论坛"}},
		{"受灾最严重的地区有694人遇难。", []string{"遇难人数"}},
		{"前三季度邮政行业寄递业务量同比增长5%。", []string{"邮政行业寄递业务量"}},
		// A verb that reports the total inside the phrase is not the measure's.
		{"全国铁路完成固定资产投资8506亿元。", []string{"全国铁路固定资产投资"}},
		{"体育场地面积净增超1.4亿平方米。", []string{"体育场地面积"}},
		// A comparison: the base after 比, 较, 高于 … is not the measure; a
		// clause that only compares measures what the clause before named.
		{"货运量较上年增加243万吨。", []string{"货运量"}},
		{"网上零售额增速比上月加快0.2个百分点。", []string{"网上零售额"}},
		{"全市工业增加值增长7%，高于全省1.2个百分点。", []string{"全市工业增加值", "全市工业增加值"}},
		{"特困人员救助标准不低于当地低保标准的1.3倍。", []string{"特困人员救助标准"}},
		// A percentage before 的 sizes a share of the noun phrase after it,
		// within the place before the number; unless a measure word linked
		// to the number names what it is of, or the noun frames the rate.
		{"全国65%的高等植物群落得到有效保护。", []string{"全国高等植物群落"}},
		{"目前加沙地带96%的人口面临粮食不安全。", []string{"加沙地带人口"}},
		{"新技术可减少5%的燃油消耗。", []string{"燃油消耗"}},
		{"今年的病例中，96%的患者未接种疫苗。", []string{"患者"}},
		{"69%的企业管理人员预计美国将陷入衰退。", []string{"企业管理人员"}},
		{"营业收入增长10%的企业有50家。", []string{"营业收入", "企业"}},
		{"业务活动预期指数保持在55%以上的较高水平。", []string{"业务活动预期指数"}},
		{"城镇登记失业率控制在3.9%的较低水平。", []string{"城镇登记失业率"}},
		// Without 的: a share that a verb governs, or one that opens its
		// clause before a predicate; not a rate of what stands before it.
		{"近六成美国民众不赞成对伊朗采取军事行动。", []string{"美国民众"}},
		{"新型发动机能节省90%推进剂。", []string{"推进剂"}},
		{"87%的二级以上公立医院开展预约诊疗。", []string{"二级以上公立医院"}},
		{"村里自来水100%入户。", []string{"村里自来水"}},
		// After a count, what the classifier counts, when a modifier ending
		// in 的 stands before the number, or a list closed by 等 whose items
		// end with the counted noun.
		{"来自中国、法国的9支飞行表演队进行了特技飞行表演。", []string{"飞行表演队"}},
		{"本届颁奖仪式表彰了12个国家的16位获奖人。", []string{"国家", "获奖人"}},
		{"洛杉矶县、奥兰治县等8个县进入紧急状态。", []string{"县"}},
		{"86家来自国内的设计机构为采购商提供服务。", []string{"来自国内的设计机构"}},
		{"约旦防空系统拦截了5枚来自伊朗的导弹。", []string{"来自伊朗的导弹"}},
		// a relative clause that opens with an adverb or preposition is a
		// predicate whatever it ends with; of people, a verb and its object
		{"其中包括4名直接参与恐怖袭击的嫌疑人。", []string{"直接参与恐怖袭击的嫌疑人"}},
		{"90名被乌克兰关押的俄罗斯军人返回俄罗斯。", []string{"被乌克兰关押的俄罗斯军人"}},
		{"警方抓捕了475名没有合法身份的人。", []string{"没有合法身份的人"}},
		{"13个集中安置点的供水已经恢复。", []string{"集中安置点"}},
		// A bare measure word that opens a later clause of the sentence is
		// the topic's: the owner the figure before names, all of it for a
		// share, and what a count counts for a sum of them; not a size
		// after a count of places.
		{"全国软件业务收入96409亿元，利润总额同比增长13%。", []string{"全国软件业务收入", "全国软件业务利润总额"}},
		{"中央企业固定资产投资同比增长4.5%，利润总额达1.4万亿元。", []string{"中央企业固定资产投资", "中央企业利润总额"}},
		{"共签约25个能源项目，签约金额约400亿元。", []string{"能源项目", "能源项目签约金额"}},
		{"新能源汽车年产量增至82万辆、占比达到45%。", []string{"新能源汽车年产量", "新能源汽车年产量占比"}},
		{"其中，民营企业船舶出口296.5亿元，占比超四成。", []string{"民营企业船舶出口", "民营企业船舶出口占比"}},
		{"长城横跨15个省份，全长21196公里。", []string{"省份", "全长"}},
		{"全国税收收入6.81万亿元，增幅比一季度提高1.7个百分点。", []string{"全国税收收入", "全国税收收入增幅"}},
		// A named subject before a date inside the phrase keeps its measure.
		{"宁波舟山港今年1—6月完成货物吞吐量7.08亿吨。", []string{"宁波舟山港货物吞吐量"}},
		{"加拿大二季度国内生产总值增长0.5%。", []string{"加拿大国内生产总值"}},
		{"德国3月工业产出环比下降0.7%。", []string{"德国工业产出"}},
		// A named actor and the verb that governs the measure, past the
		// adverbs and plan or fact words between them; a verb that only
		// reports or links is dropped.
		{"北京接待游客800多万人次。", []string{"北京接待游客"}},
		{"全国铁路预计发送旅客1795万人次。", []string{"全国铁路发送旅客"}},
		{"北极村景区已接待游客70多万人次。", []string{"北极村景区接待游客"}},
		{"厦门港完成集装箱吞吐量500万标准箱。", []string{"厦门港集装箱吞吐量"}},
		// A region named by its direction is part of the measure; a time
		// locative is not.
		{"我国西部地区外贸规模从3.51万亿元增至4.4万亿元。", []string{"西部地区外贸规模", "西部地区外贸规模"}},
		{"今年以来订单增长了50%。", []string{"订单"}},
		// A named owner alone before a count or size owns what follows the
		// unit; not the last item of a list.
		{"北京大兴国际机场3万多名员工在岗。", []string{"北京大兴国际机场员工"}},
		{"重庆市400多万亩冬油菜开始播种育苗。", []string{"重庆市冬油菜"}},
		{"景海鹏、朱杨柱、桂海潮3名航天员首次公开亮相。", []string{"航天员"}},
		{"全国滑雪场累计接待客流量为0.35亿人次。", []string{"全国滑雪场接待客流量"}},
		// A clause that opens with its verb shares the actor of the clause
		// before it.
		{"全国公安经侦部门共破获保险诈骗案件近2000起，打掉犯罪团伙近600个。", []string{"全国公安经侦部门破获保险诈骗案件", "全国公安经侦部门打掉犯罪团伙"}},
		{"北京接待游客800多万人次，实现旅游总花费109.7亿元。", []string{"北京接待游客", "北京旅游总花费"}},
		// A count whose noun is the subject of the rest of its clause counts
		// the things that do what it says; not the object of a verb or a
		// preposition before it, a list it sums up, a time clause, a
		// predicate that goes on with a list, or a noun that cannot act.
		{"35家村镇银行完成改革任务。", []string{"完成改革任务的村镇银行"}},
		{"海南省已有12个市县全面恢复供电。", []string{"恢复供电的市县"}},
		{"6所高职院校入选国家“双高计划”。", []string{"入选国家“双高计划”的高职院校"}},
		{"冲突已造成至少7名平民死亡。", []string{"死亡的平民"}},
		{"前海已有超过1.2万家外资企业落户。", []string{"落户的外资企业"}},
		{"吸引了来自各地的近50支队伍参赛。", []string{"参赛的队伍"}},
		{"当地推出8条旅游专线供游客选择。", []string{"旅游专线"}},
		{"中央纪委办公厅对五起典型案件进行公开通报。", []string{"典型案件"}},
		{"胡塞武装向两艘美国船只实施了打击。", []string{"美国船只"}},
		{"景海鹏、朱杨柱、桂海潮3名航天员乘车前往发射场。", []string{"航天员"}},
		{"3条新线开通后，可补充轨道交通。", []string{"新线"}},
		{"2000多家中小企业集中展示了人工智能、机器人等产品。", []string{"中小企业"}},
		{"12个小项首次获得奥运会金牌。", []string{"获得奥运会金牌的小项"}},
		// A share after 的 of nouns a verb modifies, before the predicate.
		{"民调显示，55%的受访美国民众认为关税有害。", []string{"受访美国民众"}},
		{"其中，80%的新建客运枢纽换乘距离小于200米。", []string{"新建客运枢纽换乘距离", "新建客运枢纽换乘距离"}},
		// People counted by a classifier, described by a verb and the words
		// up to a noun that names them; not after 人, itself the noun.
		{"精准帮扶7.2万名就业困难人员实现就业。", []string{"就业困难人员"}},
		{"当地组织3000多人开展人员搜救。", []string{""}},
		// Sums of trade and retail are measure words: a 分别 list shares the
		// last item's; an indicator's name is one measure.
		{"限额以上通讯器材、家用电器零售额分别增长40.9%、27.1%。", []string{"限额以上通讯器材零售额", "家用电器零售额"}},
		{"社会消费品零售总额增长4.4%，固定资产投资下降3.3%。", []string{"社会消费品零售总额", "固定资产投资"}},
		{"地区生产总值增长5%，社会消费品零售总额增长5%。", []string{"地区生产总值", "社会消费品零售总额"}},
		// Nouns between a verb and a count that a noun follows say what the
		// counted things are about; not a scope.
		{"市场监管总局发布快递行业五项国家标准。", []string{"快递行业国家标准"}},
		{"出台科技金融20条政策措施。", []string{"科技金融政策措施"}},
		{"深圳港通达全球300多个港口。", []string{"港口"}},
		// After an attributive-only word (市级, 县级), a verb modifies the
		// noun that follows it.
		{"新建设5个市级托育综合服务中心、10个县级托育服务机构。", []string{"市级托育综合服务中心", "县级托育服务机构"}},
		{"全国累计建成了1200多个县级公共寄递服务中心。", []string{"县级公共寄递服务中心"}},
		// A verb that reports what a figure marks is no part of its measure.
		{"这标志着中国铁路营业里程突破16万公里。", []string{"中国铁路营业里程"}},
		// A fact word that is a measure word itself (完成率) ends the measure.
		{"重大项目完成投资1.5万亿元，投资完成率125.5%。", []string{"重大项目投资", "投资完成率"}},
		// The verb that brings a measure to its number, and what links them,
		// is no part of it.
		{"当地供应链半径缩短到10公里以内。", []string{"当地供应链半径"}},
		{"这款钢材厚度仅有0.07毫米。", []string{"钢材厚度"}},
		{"今天，内蒙古根河气温降至零下38℃。", []string{"内蒙古根河气温"}},
		{"长三角铁路营业里程延长到了1.5万公里。", []string{"长三角铁路营业里程"}},
		// A part of what the count before counted; the rate or period a
		// measure is per.
		{"加沙地带38家医院中25家已经停止运营。", []string{"加沙地带医院", "加沙地带医院"}},
		{"每万人口高价值发明专利拥有量达到16件。", []string{"每万人口高价值发明专利拥有量"}},
		{"管道全长1235公里，年输气能力达250亿立方米。", []string{"管道全长", "年输气能力"}},
		// A conversion (约合, 折合) links the sum to the one before; a
		// currency alone measures nothing; a fiscal year dates.
		{"该公司2025财年净亏损1000亿日元，约合人民币50亿元。", []string{"净亏损", "净亏损"}},
		// A scope before a count names nothing counted; it scopes the noun
		// after the classifier.
		{"全国6.55万家殡葬服务机构提供现场祭扫服务。", []string{"全国提供现场祭扫服务的殡葬服务机构"}},
		// A bare sum of investment that opens its clause is the work's it
		// pays for, named after the verb of use; for a list closed by 等,
		// what the list is, not its first item.
		{"投资1.3亿元实施自来水管网改造工程。", []string{"自来水管网投资"}},
		{"投资650万元建成6座水冲式公厕。", []string{"水冲式公厕投资", "水冲式公厕"}},
		{"五年累计投入16.54亿元用于老旧城区基础设施建设。", []string{"老旧城区基础设施投入"}},
		{"投资3.06亿元实施了供水、供热、污水等管网改造。", []string{"管网投资"}},
		// A sum before 的 describes the phrase after it, when only a verb
		// governs the measure word.
		{"推进总投资10亿元的大数据项目开工建设。", []string{"大数据项目总投资"}},
		// No comparison: 占比 is a measure word, 较高 a degree.
		{"民营企业占比超过90%。", []string{"民营企业占比"}},
		{"质量较高的企业营收增长12%。", []string{"质量较高的企业营收"}},
		// A year, a span of time or a repetition between the measure and its
		// number dates it; a date before the measure too.
		{"天然气产量2030年达到300亿立方米。", []string{"天然气产量"}},
		{"单日旅客发送量连续三天超过1900万人次。", []string{"单日旅客发送量"}},
		{"7月全国规模以上工业增加值增长5%。", []string{"全国规模以上工业增加值"}},
		// A measure word the segmenter tags a verb (预算/v 收入/v) still names
		// the measure; a word for a sum of money names none of a count.
		{"一般公共预算收入增长10%左右。", []string{"一般公共预算收入"}},
		{"当地投入2000多台收割机。", []string{"收割机"}},
		{"出口额增长3倍多。", []string{"出口额"}},
		// A share: the whole after 占 is its base, unless a ratio word makes
		// the comparison the measure's name.
		{"无人机产量占全国9成以上。", []string{"无人机产量"}},
		{"全市生产总值5000亿元，占全省的20%。", []string{"全市生产总值", "全市生产总值占全省比重"}},
		{"我国风电发电量达3814.3亿千瓦时，占全社会总发电量的12.78%。", []string{"风电发电量", "风电发电量占全社会总发电量比重"}},
		{"数字产业增加值占地区生产总值比重达到10%。", []string{"数字产业增加值占地区生产总值比重"}},
		// a window of twelve characters does not cut a compound of nouns
		{"全国规模以上文化企业年营业收入突破14万亿元。", []string{"全国规模以上文化企业年营业收入"}},
		{"11月份中国制造业采购经理指数为49.2%。", []string{"中国制造业采购经理指数"}},
		// Coordinated measures counted together are measured together; a
		// verb makes an item a clause of its own.
		{"国家一级图书馆、博物馆、文化馆数量达293家。", []string{"国家一级图书馆、博物馆、文化馆数量"}},
		{"建设道路、维修桥梁里程达500公里。", []string{"桥梁里程"}},
		{"我国海运量、集装箱吞吐量全球占比均超过三分之一。", []string{"海运量、集装箱吞吐量全球占比"}},
		// What follows the unit: a quoted label and its noun, what a size
		// measures; a count of people ending its clause, the number of those
		// who do what it says.
		{"206个“两重”项目开工建设。", []string{"“两重”项目"}},
		{"全国52个“山水工程”已累计完成生态保护修复。", []string{"全国“山水工程”"}},
		{"今年我国将有2300多万台（套）农机装备投入春耕。", []string{"农机装备"}},
		{"安徽将投入各类农机具120万台（套）保障春耕。", []string{"农机具"}},
		{"完成84万亩玉米的统防统治。", []string{"玉米"}},
		{"会议应出席代表2878人，出席2762人。", []string{"会议应出席代表", "出席人数"}},
		{"全年新增就业3000人。", []string{"新增就业人数"}},
		{"全年实现新增就业5300人。", []string{"新增就业人数"}},
		{"至少2700人被强制撤离。", []string{"被强制撤离人数"}},
		{"1至6月，规模以上农产品加工业企业实现营业收入8.7万亿元。", []string{"规模以上农产品加工业企业营业收入"}},
		{"四年前，重卡单价超过80万元，两年前降至60多万元。", []string{"重卡单价", "重卡单价"}},
		{"大火已导致10人受伤。", []string{"受伤人数"}},
		// A bare noun after a marker measures what the stretch before it
		// names; a longer marker wins over a shorter one at one place.
		{"全省新能源汽车累计数量达到50万辆。", []string{"全省新能源汽车数量"}},
		{"过火面积已经超过1200平方公里。", []string{"过火面积"}},
		// Adverbs and modals before the number, a word 及以上 inside a
		// noun phrase, and a list item after the verb that opens the list.
		{"全球经济增长可能进一步降至2.5%。", []string{"全球经济"}},
		{"256家二级及以上公立医疗机构实现结果互认。", []string{"二级及以上公立医疗机构"}},
		{"累计开通国内、国际及地区航线53条。", []string{"国内、国际及地区航线"}},
		// A second count of the same things between the classifier and what
		// it counts; a two-character locative before a noun.
		{"全国将举办超3600项约2.4万场次文旅消费活动。", []string{"文旅消费活动", "文旅消费活动"}},
		{"端午假期共590.7万人次中外人员出入境，日均196.9万人次。", []string{"中外人员出入境", "中外人员出入境"}},
		{"规上轻工企业数量从2020年的10.87万家，增长至14万家。", []string{"规上轻工企业数量", "规上轻工企业数量"}},
		// A name of letters and digits is no number (PM2.5); a quoted name
		// right before a count is what it counts; the rest of a compound
		// unit does not stop the measure's carry.
		{"PM2.5平均浓度降到32.4微克/立方米。", []string{"PM2.5平均浓度"}},
		{"打造公益性艺术培训“全民艺术学堂”300个。", []string{"“全民艺术学堂”"}},
		{"今年粮食单产达394.7公斤/亩，同比增长1.3%。", []string{"粮食单产", "粮食单产"}},
		// A place or body that acts names no measure: the noun phrase after
		// the number does.
		{"黑龙江种植3000万亩盐碱地水稻。", []string{"盐碱地水稻"}},
		{"财政部在香港发行155亿元人民币国债。", []string{"人民币国债"}},
		// A date inside the phrase before the measure, and the place it is of.
		{"塞维利亚28日气温达到42摄氏度。", []string{"塞维利亚气温"}},
		// After a date, a linking verb goes; a verb that names the measure of
		// a count, sum or rate of what it does stays (立案起数, 采购量).
		{"连续6年保持年产气量310亿立方米以上。", []string{"年产气量"}},
		{"2024年立案起数同比下降25.7%。", []string{"立案起数"}},
		{"3月份采购量指数为50.9%。", []string{"采购量指数"}},
		// Verbs the segmenter's dictionary tags nouns (rules/tags.txt): the
		// governing verb goes, the verb after the counted noun too.
		{"办理法律援助案件7万余件。", []string{"法律援助案件"}},
		{"3000余件展品亮相。", []string{"亮相的展品"}},
		// A body or place that acts, and its verb, before the measure.
		{"央行新增支农支小再贷款额度1000亿元。", []string{"支农支小再贷款额度"}},
		// A rate's subject keeps its verb.
		{"新设外资企业数量增长19.5%。", []string{"新设外资企业数量"}},
		// After the classifier: a bounded quantity sorts what is counted and stays in the measure;
		// the work done on it is not counted, the work done before it
		// modifies; a classifier that opens a word of the noun.
		{"推进70个30亿元以上项目建设。", []string{"30亿元以上项目", ""}},
		{"为87万名80岁以上老年人发放高龄津贴。", []string{"80岁以上老年人"}},
		{"抓好6条续建高铁建设。", []string{"续建高铁"}},
		{"近600万人民群众告别了吃水难。", []string{"人民群众"}},
		// After a marker only the verb: the noun before the marker is counted.
		{"今年1—4月，中欧班列累计开行6184列。", []string{"中欧班列"}},
		// A verb that governs the number: the noun after it is measured.
		{"美方将对欧盟商品征收30%关税。", []string{"关税"}},
		// A count after its subject and predicate counts what follows it,
		// not the subject; a verb right after the classifier of things makes
		// a kind of them, after people what they do.
		{"福建推出十条赏花路线。", []string{"赏花路线"}},
		{"20家参展企业参加展会。", []string{"参展企业"}},
		{"500人参加会议。", []string{"参加会议"}},
		// Before 的, what qualifies a count (包括…在内的).
		{"包括两名警察在内的3人死亡。", []string{"警察", "死亡人数"}},
		// A one-character noun morpheme that ends the phrase makes a
		// compound with the word before it (充电/v 桩, 绿/a 道, 保障/v 房),
		// not a complement (转移/v 出) nor a one-character verb's object.
		{"新建充电桩3万个。", []string{"充电桩"}},
		{"新增绿道100公里。", []string{"绿道"}},
		{"竣工各类保障房2万套。", []string{"保障房"}},
		{"消防救援人员营救转移出300多名被困群众。", []string{"被困群众"}},
		// After a classifier too, when the morpheme ends the clause (领跑/v
		// 县); not a locative or preposition (项目|里, 整合|为).
		{"新增11个全国县域商业领跑县。", []string{"全国县域商业领跑县"}},
		{"山东开工的1006个重大项目里，民营项目过半。", []string{"重大项目"}},
		{"开发区和工业园区由162个整合为123个。", []string{"开发区和工业园区", "开发区和工业园区"}},
		// A level (高能级, 先进级) describes the noun after it, and so does a
		// verb after a level word (市级/n 疏堵/v 工程).
		{"设立5个高能级创新平台。", []string{"高能级创新平台"}},
		{"年内新培育不少于100家先进级以上智能工厂。", []string{"先进级以上智能工厂"}},
		{"实施30项市级疏堵工程。", []string{"市级疏堵工程"}},
		// A relative clause that holds a list closed by 等 before its 的.
		{"六位来自教育、医疗、文化等领域的全国人大代表走上通道。", []string{"来自教育、医疗、文化等领域的全国人大代表"}},
		{"该市已组建20个涉及集成电路、人工智能等领域的创新联合体。", []string{"涉及集成电路、人工智能等领域的创新联合体"}},
		{"我国与50多个共建国家签署了数字、绿色等领域的合作备忘录。", []string{"共建国家"}},
		// A classifier counts the things, not the amount or rate of them that
		// follows (食品|合格率, 产品|产量, 重点商圈|消费|总额); not a size of
		// each (单机容量) nor a quantity of something else (名额, 力量).
		{"抽检显示，18类食品合格率较上年上升。", []string{"食品"}},
		{"88种产品产量实现同比增长。", []string{"产品"}},
		{"解放碑等20个重点商圈消费总额创新高。", []string{"重点商圈"}},
		{"当地还派出15支医疗救援力量。", []string{"医疗救援力量"}},
		// A quoted label that ends the phrase before the number is what is
		// measured; not a plan period or holiday, nor a base of comparison.
		{"今年建设提升“四好农村路”600公里。", []string{"“四好农村路”"}},
		{"全社会跨区域人员流动量超14亿人次，比去年“五一”增长7.9%。", []string{"全社会跨区域人员流动量", "全社会跨区域人员流动量"}},
		// The topic of a sentence owns a measure word that opens a later
		// clause after a reporting verb (…，实现利润总额…).
		{"上半年，全国规模以上文化企业实现营业收入64961亿元，实现利润总额5250亿元，同比增长8.9%。",
			[]string{"全国规模以上文化企业营业收入", "全国规模以上文化企业利润总额", "全国规模以上文化企业利润总额"}},
		// A level by size after the classifier describes the noun after it.
		{"打造5个千亿级产业集群。", []string{"千亿级产业集群"}},
		{"加快构建电子信息、现代化工等5个万亿级产业集群。", []string{"万亿级产业集群"}},
		{"港区将能同时停靠两艘40万吨级巨轮。", []string{"40万吨级巨轮"}},
		// A time word that makes a name with the morpheme after it stays
		// (暑期档, 春节档); a date before the measure goes.
		{"2025年暑期档票房突破119亿元。", []string{"暑期档票房"}},
		{"中国进出口银行上半年新投放外贸领域贷款3000亿元。", []string{"新投放外贸领域贷款"}},
		// A decision's change of a rate links it to its number (下调, 上调).
		{"美联储宣布将联邦基金利率目标区间下调25个基点。", []string{"联邦基金利率目标区间"}},
		// People counted are the phrase up to the noun that names them.
		{"9名驻外士兵因涉嫌走私毒品遭调查。", []string{"驻外士兵"}},
		{"近500名建设者坚守岗位。", []string{"建设者"}},
		{"美方再动员2000名国民警卫队前往该市。", []string{"国民警卫队"}},
		{"目前已培训约4.6万名中医馆骨干人才。", []string{"中医馆骨干人才"}},
		// An adverb of scope that ends a noun is no link (人均, 户均).
		{"社区工作人员生活补贴全年人均增长2400元。", []string{"社区工作人员生活补贴全年人均"}},
		{"两项指标均增长5%。", []string{"指标", "指标"}},
		// After the classifier: a determiner (各类, 各色) is no part of what
		// is counted, a place word (海外) opening the phrase is; nouns the
		// dictionary tags idioms are nouns (rules/tags.txt).
		{"约20万株各色花卉竞相开放。", []string{"花卉"}},
		{"已建成8个海外农业示范园区。", []string{"海外农业示范园区"}},
		{"发现安全隐患52项，其中重大事故隐患6项。", []string{"安全隐患", "重大事故隐患"}},
		// A threshold or record the figure reaches names nothing it measures
		// (rules/measure_links.txt, kind mark); a link clause after it
		// measures what the figure before it measured.
		{"全市出口额首次突破1万亿元大关，同比增长12%。", []string{"全市出口额", "全市出口额"}},
		{"粮食产量连续三年稳定在1.3万亿斤台阶。", []string{"粮食产量"}},
		// What a bracket glosses stands in the clause (…（GDP）环比下降); a
		// count of places or a time word inside the subject is not what is
		// measured (沿海5市|进出口, 去年四季度|国内生产总值), nor the locative
		// that closes the time (春节期间), but a bound morpheme after it
		// makes a name (暑期档).
		{"德国国内生产总值（GDP）环比下降0.2%。", []string{"德国国内生产总值"}},
		{"沿海5市进出口总值2.1万亿元，同比增长6%。", []string{"进出口总值", "进出口总值"}},
		{"法国去年四季度国内生产总值增长0.1%。", []string{"国内生产总值"}},
		{"省图书馆国庆期间接待读者8万人次。", []string{"接待读者"}},
		{"全国暑期档票房超过100亿元。", []string{"全国暑期档票房"}},
		// A quantity that describes the noun phrase after its 的 measures
		// that phrase by the measure word before it; a short quoted label
		// names what the noun after it is of, a period or a label before
		// a verb stands apart; a share after a figure is that figure's
		// measure's share.
		{"投资2.6亿元的滨江大道工程建成通车。", []string{"滨江大道工程投资"}},
		{"全长86公里的环湖公路全线贯通。", []string{"环湖公路全长"}},
		{"全年盘活国有“三资”总额500亿元。", []string{"盘活国有“三资”总额"}},
		{"“十四五”期间全省粮食产量年均增长2%。", []string{"全省粮食产量"}},
		{"全市工业增加值达到900亿元、占全市比重达35%。", []string{"全市工业增加值", "全市工业增加值占全市比重"}},
		// A price's unit (每盎司) and the adverbs before it (一度, 再次) are
		// no part of what is priced; a comparison the dictionary swallows
		// (产量比|去年) still ends the measure; 跨 + a scope is a modifier.
		{"国际白银价格一度突破每盎司50美元。", []string{"国际白银价格"}},
		{"全年产量比去年增长3%。", []string{"产量"}},
		{"跨区域人员流动量达20亿人次。", []string{"跨区域人员流动量"}},
		// A clause that only links measures what the clause before it gave
		// a value, be it no figure (an index has no unit); the currency of a
		// sum and a note of the price basis stand between as links do.
		{"10月份全国物流景气指数为52.3，环比上升0.8%。", []string{"全国物流景气指数"}},
		{"全市实际使用外资金额80亿元人民币，同比增长5%。", []string{"全市实际使用外资金额", "全市实际使用外资金额"}},
		{"全省生产总值6000亿元，按不变价格计算，同比增长5.1%。", []string{"全省生产总值", "全省生产总值"}},
		{"全省粮食产量达到600亿斤，2024年增长3%。", []string{"全省粮食产量", "全省粮食产量"}},
		// A relative clause after the classifier of things, opening and
		// closing with a verb, is followed by what is counted; a noun before
		// 的 is what is counted itself.
		{"全市280家承包或委托经营的学校食堂完成改造。", []string{"全市承包或委托经营的学校食堂"}},
		{"5个地区的负责人参加会议。", []string{"地区"}},
		// A firm's name alone before a size names no measure: what follows
		// the unit does; a measure that is always some thing's, opening the
		// clause after a count, is that count's thing's.
		{"华能300万千瓦光伏项目并网。", []string{"光伏项目"}},
		// A verb of cutting before a count or size stays: the number is what
		// is cut; after the measure it links (排放量减少5%).
		{"投运后每年减少二氧化碳排放40万吨。", []string{"减少二氧化碳排放"}},
		{"全市碳排放量减少5%。", []string{"全市碳排放量"}},
		{"4名机组人员中3人获救。", []string{"机组人员", "机组人员"}},
		// People in general (人员, 群众) are told apart by what is done for
		// them; a specific noun stands alone.
		{"全省累计转移群众5万人。", []string{"转移群众"}},
		// The items of 分别 may open the clause before; the measure is this
		// clause's.
		{"北京、上海两地经济平稳，地区生产总值分别增长5.2%、5.0%。", []string{"北京地区生产总值", "上海地区生产总值"}},
		{"接待游客30万人次。", []string{"游客"}},
		// A verb that governs the number, then 的: the noun after it is what
		// the number sizes.
		{"对进口钢铁征收25%的关税。", []string{"关税"}},
		{"这场山火可能造成100亿美元的损失。", []string{"损失"}},
		{"全市开工重点项目120个，总投资800亿元。", []string{"全市开工重点项目", "全市开工重点项目总投资"}},
		// Work done on counted things opens the phrase as a verb, whatever
		// the segmenter's tag (建设/vn, 改扩建/j): the object is counted; 新
		// before a verb says which are counted. A measure word after it makes a
		// compound, and sums keep it (建设投资); indicators named with a verb
		// stay whole (建设用地, 实际使用外资).
		{"建设农村集中供水工程200处。", []string{"农村集中供水工程"}},
		{"建设改造农村公路4000公里。", []string{"农村公路"}},
		{"今年计划建设青年入乡发展实践点1000个。", []string{"青年入乡发展实践点"}},
		{"新成立党支部1500多个。", []string{"新成立党支部"}},
		{"建设里程238公里。", []string{"建设里程"}},
		{"完成建设任务1.3亿亩。", []string{"建设任务"}},
		{"新增建设用地1000亩。", []string{"建设用地"}},
		{"实际使用外资115.6亿美元。", []string{"实际使用外资"}},
		{"养老床位3万张。", []string{"养老床位"}},
		{"累计培育专精特新中小企业超过14万家。", []string{"专精特新中小企业"}},
		{"铺设自来水管道85公里。", []string{"自来水管道"}},
		// A whole territory that acts: what its verb of work governs is
		// counted, not the territory's own stock (not 全国演出类票房)
		{"全省新建老年助餐点500个。", []string{"老年助餐点"}},
		{"全国开工改造城镇老旧小区5.37万个。", []string{"城镇老旧小区"}},
		// A series given period by period: a clause of a period and a link
		// alone measures what the clause before measured.
		{"一季度国内生产总值同比增长5.4%，二季度增长5.2%，第三季度增长4.8%。", []string{"国内生产总值", "国内生产总值", "国内生产总值"}},
		{"去年全省地区生产总值增长5.5%，今年一季度增长5.6%。", []string{"全省地区生产总值", "全省地区生产总值"}},
		{"绿色贷款余额36万亿元，前三季度增加了6.47万亿元。", []string{"绿色贷款余额", "绿色贷款余额"}},
		{"社会消费品零售总额48万亿元，今年有望突破50万亿元。", []string{"社会消费品零售总额", "社会消费品零售总额"}},
		// After the classifier, two nouns joined by 和 or 及 are counted
		// together when the phrase ends after them; not a proper name (欧盟)
		// nor work done (建设和现代化), and 与 is as often "with".
		{"产品销往全球200多个国家和地区。", []string{"国家和地区"}},
		{"来自约5000家企业和机构的代表参会。", []string{"企业和机构"}},
		{"加拿大等10多个国家和欧盟宣布支持。", []string{"国家"}},
		{"自主品牌企业突破1.7万家。", []string{"自主品牌企业"}},
		// A relative clause after the classifier: a verb, its modifiers and
		// its object make one too (not a clause in 了, nor a frame 的基础上);
		// a comparison framed by 相比 measures what the clause before named.
		{"到2027年，创建20家以上具有较强竞争优势的化工园区。", []string{"具有较强竞争优势的化工园区"}},
		{"建设13个集中安置点的供水工程。", []string{"集中安置点"}},
		{"其中国防预算增至约1097亿欧元，与2026年相比增长约三分之一。", []string{"国防预算", "国防预算"}},
		{"平均每天有6万公斤鱼从这里发往全国各地。", []string{"鱼"}},
		// 国际组织 is a word (国际/n 组织/v made a predicate of 组织); a scope
		// before a count's noun modifies it
		{"吸引150多个国家和30多个国际组织参与其中。", []string{"国家", "参与其中的国际组织"}},
		{"团队首创了7项国际领先技术。", []string{"国际领先技术"}},
		// what a dash names is measured (the length of it, for a measure word)
		{"目前该项目的水源工程——蟠龙水库总体建设任务完成超85%。", []string{"蟠龙水库总体建设任务"}},
		{"渝昆高铁控制性工程——全长21.17公里。", []string{"渝昆高铁控制性工程全长"}},
		// the next count of a coordination ends what a count counts
		{"乌军对俄军4个集结区和1个无人机控制点发动了打击。", []string{"集结区", "无人机控制点"}},
		{"上海、广东等5个自贸试验区和海南自由贸易港对接规则。", []string{"自贸试验区"}},
		// a change to a value: 缩减到 (an idiom to the segmenter), 调整为, and
		// the earlier value 由此前的… read from the clause before
		{"全区行政许可事项缩减到130项。", []string{"全区行政许可事项"}},
		{"下落不明人数调整为210人。", []string{"下落不明人数"}},
		{"美国今年经济增长率将放缓至1.8%。", []string{"美国经济增长率"}},
		{"日均接待观众超13000人次。", []string{"日均接待观众"}},
		{"本轮埃博拉疫情累计确诊病例升至956例。", []string{"确诊病例"}},
		{"家电以旧换新中，一级能效产品占比超90%。", []string{"一级能效产品占比"}},
		{"河北承德兴隆县六道河镇杨家台等7个村遭遇山洪。", []string{"村"}},
		{"枪击事件造成至少15人中枪。", []string{"中枪人数"}},
		{"我国占世界经济的比重从1.7%增长到17%左右。", []string{"我国占世界经济比重", "我国占世界经济比重"}},
		{"其中非化石能源占能源消费总量比重达到25%。", []string{"非化石能源占能源消费总量比重"}},
		{"我国充电基础设施累计数量达到1188.4万台。", []string{"充电基础设施数量"}},
		// the second value of a change whose text reaches back over the first
		{"全省地区生产总值达到5万亿元，占全国比重由4.1%提升至4.3%。", []string{"全省地区生产总值", "全省地区生产总值占全国比重", "全省地区生产总值占全国比重"}},
		// A count in Chinese numerals that ends the phrase belongs to the
		// number after it (not an ordinal or a rank)
		{"经济总量跨过两个万亿元大关、超过6万亿元。", []string{"经济总量", "经济总量", "经济总量"}},
		{"新能源汽车渗透率连续两个月突破50%。", []string{"新能源汽车渗透率"}},
		// A bare rate of growth is of what the figure before measured; a
		// change of it, in points, is of that measure's rate. A verb that
		// opens a relative clause stays with it.
		{"福建自贸试验区累计进出口货值2.7万亿元，年均增幅超10%。", []string{"进出口货值", "进出口货值"}},
		{"扣除食品和能源价格的核心CPI同比上涨0.9%，涨幅比上月扩大0.1个百分点。", []string{"扣除食品和能源价格的核心CPI", "扣除食品和能源价格的核心CPI涨幅"}},
		{"具有一定影响力的工业互联网平台超过300家。", []string{"具有一定影响力的工业互联网平台"}},
		{"发放的劳务报酬达到478亿元。", []string{"劳务报酬"}},
		// a sum bounded before its number sorts what the count counts
		{"拥有平板显示、机械装备、金融服务等10个超千亿元规模产业集群。", []string{"超千亿元规模产业集群", ""}},
		// The second value of a change 从/由…到 is measured by the whole
		// phrase before 从, not the measure word alone.
		{"森林覆盖率由2010年的21.6%提高到25.2%。", []string{"森林覆盖率", "森林覆盖率"}},
		{"农村居民人均可支配收入从2012年的8389元增长到2024年的23119元。", []string{"农村居民人均可支配收入", "农村居民人均可支配收入"}},
		// 有 of being before a count that ends its clause: what stands before
		// it is counted, unless a place alone; 由 inside a word opens no change
		{"老窑址有160多处。", []string{"老窑址"}},
		{"深圳有1333家。", []string{""}},
		{"目前，我国已经设立自由贸易试验区22个。", []string{"自由贸易试验区"}},
		// A modal of ability or a mark passed closes no measure (可达, 也能,
		// 首破); nor does a steep change (骤降, 暴涨, 萎缩).
		{"该电站建成后年发电量可达15亿千瓦时。", []string{"年发电量"}},
		{"上半年上海外贸出口首破万亿元。", []string{"上海外贸出口"}},
		{"气温骤降6℃。", []string{"气温"}},
		{"年产能300万吨。", []string{"年产能"}},
		// A verb before the head of a size names it (展览面积, 通车里程);
		// among them (中有) is no part of what is counted.
		{"展览面积16万平方米。", []string{"展览面积"}},
		{"冬奥会所有小项中有三分之一尚是空白。", []string{"冬奥会所有小项"}},
		{"吉林省有670多万亩盐碱地。", []string{"盐碱地"}},
		{"俄军出动近千架无人机发动袭击。", []string{"无人机"}},
		// A time relative to the report inside or after the phrase says when,
		// not what.
		{"高速公路流量今天预计3600万辆。", []string{"高速公路流量"}},
		{"辽宁今年固定资产投资增长5%。", []string{"辽宁固定资产投资"}},
		{"我国旅行服务全年进出口达20511.5亿元。", []string{"旅行服务进出口"}},
		{"物流业景气指数全年均值为51.2%。", []string{"物流业景气指数全年均值"}},
		// a share of what may be done to things; people that something befell
		{"53%的可治理沙化土地得到有效治理。", []string{"可治理沙化土地"}},
		{"300人被紧急疏散。", []string{"被紧急疏散人数"}},
	} {
		rec := analyzeText(t, c.text, "2025-06-01")
		var got []string
		for _, f := range rec.Figures {
			got = append(got, f.Measure)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: measures %q, want %q", c.text, got, c.want)
		}
	}
}

// A rank places something in an order; it counts nothing.
func TestRanksAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"该校连续三年进入全国前十名。", 0},
		{"出口额位居全省前3位。", 0},
		{"目前3家企业已投产。", 1},
		{"破除城乡二元结构。", 0},
		{"三元乳业扩建工厂。", 0},
		{"白菜每棵卖三元钱。", 1},
	} {
		if rec := analyzeText(t, c.text, "2025-06-01"); len(rec.Figures) != c.want {
			t.Errorf("%s: figures %q, want %d", c.text, figureTexts(rec), c.want)
		}
	}
}

// Members in every layout a report uses: a quoted list written before the
// name, a list after 即 or 包括, points 一是…二是… in sentences of their own;
// and set phrases shaped like formulas are none.
func TestMemberLayoutsAndSetPhrases(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       []string
	}{
		{"要统筹“土地、劳力、资金、技术”四要素。", "四要素", []string{"土地", "劳力", "资金", "技术"}},
		{"重点抓好“三项工作”，包括项目建设、招商引资和营商环境。", "三项工作", []string{"项目建设", "招商引资", "营商环境"}},
		{"坚持“三个坚持”，即坚持公平、公正的原则，坚持合作共赢，坚持开放包容。", "三个坚持", []string{"公平、公正的原则", "合作共赢", "开放包容"}},
		{"推出“三项措施”，包括降低门槛、扩大范围、提高额度，由各地落实。", "三项措施", []string{"降低门槛", "扩大范围", "提高额度"}},
		{"明确“三项任务”，包括稳定增收、精准帮扶、推进宜居宜业和美乡村建设。", "三项任务", []string{"稳定增收", "精准帮扶", "推进宜居宜业和美乡村建设"}},
		{"全力实施“三大行动”。一是实施产业升级行动。二是实施城市更新行动。三是实施乡村振兴行动。", "三大行动",
			[]string{"实施产业升级行动", "实施城市更新行动", "实施乡村振兴行动"}},
		// A glossary entry (名词解释): the label ends its line with a colon,
		// the definition's link opens the next; the definition lists in its
		// first clause, after a restatement that lists nothing; a bracket that
		// lists nothing is its member's own, a 的 and the label's head close
		// the list; a date after the colon opens prose, not a list.
		{"附件\n名词解释\n1.“三类主体”：\n指家庭农场、农民合作社和农业企业。", "三类主体", []string{"家庭农场", "农民合作社", "农业企业"}},
		{"名词解释\n2.“两种资源”：\n指国内资金和国外技术，旨在统筹利用、服务发展大局。", "两种资源", []string{"国内资金", "国外技术"}},
		{"3.“三网融合”：指电信网、广播电视网（有线）和互联网的融合。", "三网融合", []string{"电信网", "广播电视网（有线）", "互联网"}},
		{"“两纵”指两条南北向通道，包括京广通道、京九通道2个工程。", "两纵", []string{"京广通道", "京九通道"}},
		{"4.“双提升”：2024年5月，省政府印发方案，部署质量提升、效率提升、服务提升等工作。", "双提升", nil},
		{"落实“三项任务”：\n今年以来，全市上下，共同努力，取得成效。", "三项任务", nil},
		// Two places before a quoted label that modifies a noun are its
		// members; two other names are not (they are what the label is of).
		{"发挥武汉、襄阳“双核驱动”作用。", "双核驱动", []string{"武汉", "襄阳"}},
		// An unquoted repeat of a quoted label is its mention, not a shorter
		// formula of its own, and the list before it is the label's.
		{"开展“三个专项整治”。乱收费、乱罚款、乱摊派三个专项整治取得成效。", "三个专项整治", []string{"乱收费", "乱罚款", "乱摊派"}},
		{"加强党员、干部“两个维护”教育。", "两个维护", nil},
		// A word that sorts or scopes the list is not the first member's, nor
		// how long the label has held the last's.
		{"全市工业、农业、服务业“三大产业”协调发展。", "三大产业", []string{"工业", "农业", "服务业"}},
		{"全省事故起数、死亡人数连续5年“双下降”。", "双下降", []string{"事故起数", "死亡人数"}},
		{"全市安全生产事故起数、死亡人数实现“双下降”。", "双下降", []string{"安全生产事故起数", "死亡人数"}},
		{"森林面积、蓄积量连续多年保持“双增长”。", "双增长", []string{"森林面积", "蓄积量"}},
		{"森林面积、蓄积量持续“双增长”。", "双增长", []string{"森林面积", "蓄积量"}},
		{"群众安全感、满意度连续3年达到“双提升”。", "双提升", []string{"群众安全感", "满意度"}},
	} {
		rec := analyzeText(t, c.text, "2025-06-01")
		var got []string
		for _, in := range rec.Initiatives {
			if in.Name == c.name {
				got = in.Items
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %s members %q, want %q", c.text, c.name, got, c.want)
		}
	}
	for _, text := range []string{
		"两国关系实现“双赢”。",
		"两岸同胞要坚持“九二共识”。",
		"作为两党两国主要新闻媒体，双方加强合作。",
	} {
		if rec := analyzeText(t, text, "2025-06-01"); len(rec.Initiatives) != 0 {
			t.Errorf("%s: formulas %v, want none", text, rec.Initiatives)
		}
	}
}
