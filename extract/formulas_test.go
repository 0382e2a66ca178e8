package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tifa-project/tifa/rules"
)

// formulasIn runs the formula stage alone over Simplified text.
func formulasIn(t testing.TB, text string) []Initiative {
	t.Helper()
	d := newDoc(text, "", "", builtinRules(t), nil)
	var rec Record
	rec.Text = text
	extractInitiatives(d, &rec)
	checkFormulaSpans(t, text, rec.Initiatives)
	return rec.Initiatives
}

// checkFormulaSpans asserts that every span slices its own name out of the text.
func checkFormulaSpans(t testing.TB, text string, ins []Initiative) {
	t.Helper()
	rs := []rune(text)
	for _, in := range ins {
		spans := []Span{in.Span}
		for _, m := range in.Mentions {
			spans = append(spans, m.Span)
		}
		for i, s := range spans {
			if s.Start < 0 || s.End > len(rs) || s.Start >= s.End {
				t.Fatalf("%q: span %v out of range (%d runes)", in.Name, s, len(rs))
			}
			got := string(rs[s.Start:s.End])
			// the first mention is the name; others may spell the numeral otherwise
			if i == 0 && got != in.Name || i > 0 && FormulaKey(got) != in.Key {
				t.Fatalf("span %v slices %q, want %q (key %q)", s, got, in.Name, in.Key)
			}
		}
		if in.Complete && (in.Count == nil && len(in.Items) == 0 || in.Count != nil && *in.Count != len(in.Items)) {
			t.Errorf("%q: complete with %d items and count %v", in.Name, len(in.Items), in.Count)
		}
	}
}

func findFormula(ins []Initiative, name string) *Initiative {
	for i := range ins {
		if ins[i].Name == name {
			return &ins[i]
		}
	}
	return nil
}

func ptr(v int) *int { return &v }

// Every positive form of the issue, from real sentences of the corpus.
func TestFormulaForms(t *testing.T) {
	for _, c := range []struct {
		text  string
		name  string
		count *int
	}{
		// counted sets
		{"济宁集中实施包括“重点领域改革攻坚行动”等在内的“十大攻坚行动”，正式吹响了改革攻坚的号角。", "十大攻坚行动", ptr(10)},
		{"发起乡村振兴及精准脱贫、城市品质提升等10大攻坚战役，集中力量、集中资源。", "10大攻坚战役", ptr(10)},
		{"要深化“十项改革”，破除体制机制障碍。", "十项改革", ptr(10)},
		{"四要抓实施。要以“三个一批”活动为牵引，全力实施好重点项目。", "三个一批", ptr(3)},
		{"围绕有效投入、招商引资、企业培育、营商环境，打好“四个阵地战”。", "四个阵地战", ptr(4)},
		{"建立求职需求、用工需求、培训需求、问题诉求、政策落实“五张清单”，守住就业“基本盘”。", "五张清单", ptr(5)},
		{"按照三大板块布局来谋划项目，沿汾县要重点围绕传统产业提档升级。", "三大板块", ptr(3)},
		{"聚焦“十强”产业、开发区主导产业，积极对接国内外重点区域。", "十强", ptr(10)},
		{"聚焦抓认识、抓谋划、抓基础、抓实施、抓服务、抓效果等六个方面，全力开展好项目建设年活动。", "六个方面", ptr(6)},
		{"湖北荆州水利建设6大工程力争引资160亿", "6大工程", ptr(6)},
		{"为有效防治政府采购领域商业贿赂行为，房县严把七关打造阳光采购。", "七关", ptr(7)},
		{"会议强调，要重点抓好三方面工作：一是抓项目建设，二是抓招商引资，三是抓营商环境。", "三方面", ptr(3)},
		{"深入推进“3个100万”，常住人口城镇化率从53.2%提升到57.7%。", "3个100万", ptr(3)},
		{"落实“三个80%”要求，支持企业牵头或参与重大科技任务。", "三个80%", ptr(3)},
		{"每年办好十件民生实事。全面落实就业优先战略。", "十件民生实事", ptr(10)},
		// couplets and chains
		{"认真落实省委、省政府“七赛七比”“担当作为、狠抓落实”的要求。", "七赛七比", nil},
		{"观摩项目呈现“四多四少”的特点。", "四多四少", nil},
		{"高质量打赢脱贫攻坚战。聚焦“两不愁三保障”，落细落实各项帮扶措施。", "两不愁三保障", nil},
		{"坚定推进“三去一降一补”，降低实体经济成本。", "三去一降一补", nil},
		{"高水平推进“一核四城”和中心城区“一二三四”重点任务建设。", "一核四城", nil},
		{"高水平推进“一核四城”和中心城区“一二三四”重点任务建设。", "一二三四", nil},
		{"强化运河文化带、泗河生态带、尼山片区、微山湖片区、黄河滩区“两带三区”带动引领。", "两带三区", nil},
		{"打造太白湖金融中心、颜店新城会展中心、经开区科创中心，形成“一谷一区一论坛三中心”的平台格局。", "一谷一区一论坛三中心", nil},
		{"保持“一办十组”高效运转，切实守护人民生命安全和身体健康。", "一办十组", nil},
		{"实施“千企万人”支持计划，完成“三供一业”分离移交。", "千企万人", nil},
		{"聚焦“一主两副”城市格局，打造“一核两翼三带”发展空间。", "一核两翼三带", nil},
		{"推进“两学一做”学习教育常态化，严格落实“三会一课”制度。", "三会一课", nil},
		{"增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "四个自信", ptr(4)},
		{"落实“六稳”“六保”任务，推动“两新一重”建设。", "六保", ptr(6)},
		{"全面推进“双随机、一公开”“互联网+监管”和信用监管。", "双随机、一公开", nil},
		{"观摩项目呈现四多四少的特点，即招商引资的项目多了。", "四多四少", nil},
		{"按照一港、两城、两区规划布局，将打造成国际物流枢纽。", "一港、两城、两区", nil},
		{"港口、物流、产业、城市“四位一体”发展示范区。", "四位一体", ptr(4)},
		// N kinds of X merged into one: the count is the first numeral
		{"实行“四单合一”机制，打造营商品牌。", "四单合一", ptr(4)},
		{"推行营业执照、组织机构代码证、税务登记证“三证合一”。", "三证合一", ptr(3)},
		// 双X / 两X / 新三X
		{"孙爱军指出，“双招双引”是经济工作生命线的意识要再强化。", "双招双引", ptr(2)},
		{"文化“两创”攻坚行动", "两创", ptr(2)},
		{"持续发力“强双基”，基层治理效能明显提升。", "双基", ptr(2)},
		{"大力培育“新三孔”，打造山水圣人旅游精品路线。", "新三孔", ptr(3)},
		{"全面夺取疫情防控和经济社会发展“双胜利”。", "双胜利", ptr(2)},
		{"持续推进高校“双一流”建设。", "双一流", ptr(2)},
		// digit strings and plus-formulas
		{"要在科教兴市体制机制上改革突破，构建“1+N+2”创新体系。", "1+N+2", nil},
		{"创新实施重大项目建设“2+9”工作机制。", "2+9", nil},
		{"聚焦“双城”定位，围绕“1355”战略，谋划一批产业发展项目。", "1355", nil},
		{"推动“6+X”产业体系加快成型。", "6+X", nil},
		{"山东省日照市推行压缩企业开办时间“513模式”，全面优化营商环境。", "513模式", nil},
		{"“十二五”时期甘肃将重点推行“122攻坚计划”，即力争建成1圈。", "122攻坚计划", nil},
		// a code with X or N for "and more"; a code with a zero when the
		// words it names follow the quote
		{"深入实施“415X”先进制造业集群培育工程。", "415X", nil},
		{"全面落实省委“1310”具体部署。", "1310", nil},
		{"深入实施“61020”科技创新行动。", "61020", nil},
		// 大事 heads a counted set (稳定、发展、生态、强边四件大事)
		{"紧紧围绕稳定、发展、生态、强边四件大事。", "四件大事", ptr(4)},
		// a numeral that ends a word before the list's mark is no group
		{"坚持“五统一、一开放”，着力打通堵点卡点。", "五统一、一开放", nil},
		// a modifier before the counted label, inside quotes
		{"严格执行“安全生产十项措施”。", "十项措施", ptr(10)},
		{"全面落实“大气十条”和“水十条”。", "大气十条", ptr(10)},
		{"全面落实“大气十条”和“水十条”。", "水十条", ptr(10)},
		{"修订出台“民营经济32条”，优化营商环境。", "民营经济32条", ptr(32)},
		{"开展专项“六稳两保”行动。", "六稳两保", nil},
		// alternating words and numerals
		{"积极推进“退二进三”，引导企业搬迁入园。", "退二进三", nil},
		{"稳妥推进“建三补二”，优化产业结构。", "建三补二", nil},
		// other quote styles
		{"提出减税降费二万亿、基建投资二万亿，合称「新四万亿」。", "新四万亿", nil},
	} {
		ins := formulasIn(t, c.text)
		in := findFormula(ins, c.name)
		if in == nil {
			var names []string
			for _, x := range ins {
				names = append(names, x.Name)
			}
			t.Errorf("%s: no formula %q (got %v)", c.text, c.name, names)
			continue
		}
		if !reflect.DeepEqual(in.Count, c.count) {
			t.Errorf("%s: count of %q = %v, want %v", c.text, c.name, deref(in.Count), deref(c.count))
		}
		if in.Sentence == "" || !strings.Contains(in.Sentence, c.name) {
			t.Errorf("%s: sentence %q does not hold %q", c.text, in.Sentence, c.name)
		}
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// Every "not a formula" example of the issue, each in a real sentence.
func TestFormulaPitfalls(t *testing.T) {
	for _, c := range []struct {
		text, not string
	}{
		{"确保全面建成小康社会和“十三五”规划圆满收官。", "十三五"},
		{"紧跟国省“十四五”规划和出台的最新政策。", "十四五"},
		{"“十五五”时期市（州）中心城市新增人口100万。", "十五五"},
		{"以优异成绩迎接党的二十大胜利召开。", "二十大"},
		{"全市上下要全面贯彻市委七届十四次全会精神。", "七届"},
		{"确保营商环境进入全省第一方阵。", "一方阵"},
		{"积极参加第二届跨国公司领导人青岛峰会。", "二届"},
		{"全省排名前8位，进入第一梯队。", "8位"},
		{"把一百天作为作战冲锋单元，迅速组织开展“百日攻坚”。", "一百天"},
		{"把一百天作为作战冲锋单元，迅速组织开展“百日攻坚”。", "百日攻坚"},
		{"1-9月全市固定资产投资增长12%。", "9月"},
		{"确保年底前再签约一批重大产业化项目。", "一批"},
		{"深入前线抓招商、沉入一线抓项目。", "一线"},
		{"在全省“争创一流、走在前列”。", "一流"},
		{"在全市上下形成项目攻坚“一盘棋”。", "一盘棋"},
		{"推进“长三角一体化”发展。", "一体化"},
		{"把项目建设作为“一把手工程”牢牢抓在手上。", "一把手"},
		{"认真践行“一线工作法”，更加自觉地深入项目建设一线。", "一线"},
		{"庆祝“七一”建党节座谈会召开。", "七一"},
		{"中国“两会”的三大重点。", "两会"},
		{"坚定不移沿着“一带一路”走出去。", "一带一路"},
		{"加快200个示范村，20个示范镇建设。", "200个示范村"},
		{"推进内环高架、王母阁路跨线桥等工程，打通39条断头路。", "39条断头路"},
		{"2022年全市共谋划项目1031个，总投资4190亿元。", "1031个"},
		{"金乡鱼山、泗水龙湾湖、邹城大束3个省级片区争创全省示范片区。", "3个省级片区"},
		{"一场硬仗一场硬仗地接着打，一个山头一个山头地持续攻。", "一场"},
		{"市直部门一行八人到县里调研。", "一行八人"},
		{"其他各类用品及服务，数据采用四舍五入。", "四舍五入"},
		{"他千方百计为企业排忧解难。", "千方百计"},
		{"北京二中、三中等学校参加。", "二中"},
		{"要“跑一次”为上限、“不用跑”为常态。", "一次"},
		{"开展“一对一”帮扶，确保不落一人。", "一对一"},
		{"网友留言：“一定要去一次”。", "一定要去一次"},
		{"拨打“12345”政务服务便民热线反映问题。", "12345"},
		{"遇到火情请拨打“119”。", "119"},
		{"群众可拨打“12315”投诉举报。", "12315"},
		{"请拨打“96178”服务热线。", "96178"},
		{"文体旅“三合一”的独特体验。", "三合一"},
		{"取得金牌榜、奖牌榜“双第一”。", "双第一"},
		{"中国人常说“三下五除二”。", "三下五除二"},
		{"电商平台“双11”销售额创新高。", "双11"},
		{"新建安置房均为三室两厅户型。", "三室两厅"},
		{"提出四个方面共二十项具体措施。", "二十项"},
		{"会议分两个阶段举行。", "两个阶段"},
		{"深入开展“七五”普法，推进法治政府建设。", "七五"},
		{"项目一期二期同步推进。", "一期"},
		{"医院由三级四级手术占比明显提高。", "三级"},
		{"“两个”字样不是提法。", "两个"},
		// a modifier before a count that is no label
		{"推动“京津冀三地”协同发展。", "三地"},
		{"深化“海峡两岸”交流合作。", "两岸"},
		{"“深海二号”科考船完成试航。", "二号"},
		{"开启双边关系“黄金三十年”。", "三十年"},
		{"粮食产量实现“十连增”，农民收入实现“六连增”。", "连增"},
		{"本地民众称“接二连三”的暴雨造成损失。", "接二连三"},
		{"要做到“举一反三”，堵塞管理漏洞。", "举一反三"},
		{"打通服务群众“最后一公里”。", "一公里"},
		{"推动“高效办成一件事”改革。", "一件事"},
		{"在北京举行“开学第一课”活动。", "第一课"},
		{"“带动三亿人参与冰雪运动”的目标实现。", "三亿人"},
		{"集中力量实现“从0到1”的突破。", "从0到1"},
		{"港口吞吐量排名力争“保5争4”。", "保5争4"},
		{"“三峡领航号”漂浮式风机完成安装。", "三峡领航号"},
		{"双方一致认为，应当加强合作。", "双方一致"},
		{"双方一道推动两国关系发展。", "双方一道"},
		{"深化双边一揽子合作。", "双边一揽子"},
		{"重庆、四川两地联合开展巡查。", "四川两地"},
		// the whole world, and a saying about a place and its people
		{"2024年英国“四海同春”新春庆典在伦敦举行。", "四海同春"},
		{"解决“一方水土养活不了一方人”的问题。", "一方水土"},
		// an epithet of a place
		{"“双奥之城”北京将举办9项国际冰雪赛事。", "双奥之城"},
		{"作为“中华水塔”“三江之源”，青海生态保护成效显著。", "三江之源"},
		// a place whose name opens with a numeral, and a name after it
		{"上线运行“四川省科创通”平台。", "四川省科创通"},
		{"现在“五常大米”品牌价值超过710亿元。", "五常大米"},
		// an enumerator's point; a day named by its date
		{"一是双方应继续深化互信。", "一是双方"},
		{"授予他“七一勋章”。", "七一勋章"},
		{"纪念九一八事变94周年。", "九一八"},
		{"三是两国要加强人文交流。", "三是两国"},
		{"七下八上防汛关键期到来。", "七下八上"},
		{"恪守中日四个政治文件确立的各项原则。", "四个政治文件确立"},
		{"苏浙皖沪三省一市联合发布方案。", "三省一市"},
		{"巩固“三区三州”等深度贫困地区脱贫成果。", "三区三州"},
		{"地处“黄三角”的高产示范片区。", "黄三角"},
		{"发布“全国文化企业30强”名单。", "30强"},
		{"广西打造“刘三姐”文化品牌。", "刘三姐"},
		{"在“燕京八绝”展区参观。", "燕京八绝"},
	} {
		for _, in := range formulasIn(t, c.text) {
			if strings.Contains(in.Name, c.not) || strings.Contains(c.not, in.Name) {
				t.Errorf("%s: %q read as a formula (%q)", c.text, c.not, in.Name)
			}
		}
	}
}

// Members, one test per way of spelling them out.
func TestFormulaMembers(t *testing.T) {
	for _, c := range []struct {
		style    string
		text     string
		name     string
		items    []string
		complete bool
	}{
		{"list before the quoted label",
			"建好综合保税区、中日韩经贸产业合作区、临空经济区和省级以上开发区“四个平台”，突破国际陆港。",
			"四个平台", []string{"综合保税区", "中日韩经贸产业合作区", "临空经济区", "省级以上开发区"}, true},
		{"subjects of the directives that follow, one clause each (seed 004)",
			"县级层面要按照三大板块布局来谋划项目,沿汾县要重点围绕传统产业提档升级持续发力;沿黄县要重点围绕生态保护、乡村振兴领域谋划项目;沿太岳县要重点围绕承接产业转移谋划项目。",
			"三大板块", []string{"沿汾县", "沿黄县", "沿太岳县"}, true},
		{"list before the label, the shared tail dropped",
			"开展签约一批、开工一批、投产一批“三个一批”活动。",
			"三个一批", []string{"签约", "开工", "投产"}, true},
		{"list after the label and a colon",
			"全力实施“三大工程”：交通提升工程、生态修复工程、产业培育工程。",
			"三大工程", []string{"交通提升", "生态修复", "产业培育"}, true},
		{"list before the label, counted by 件大事",
			"西藏正紧紧围绕稳定、发展、生态、强边四件大事，推动高质量发展。",
			"四件大事", []string{"稳定", "发展", "生态", "强边"}, true},
		{"list before the label, verb dropped",
			"用好市场采购贸易方式、航空口岸正式对外开放“两项政策”，建好综合保税区。",
			"两项政策", []string{"市场采购贸易方式", "航空口岸正式对外开放"}, true},
		{"list then 等 + count, fewer than the count",
			"发起乡村振兴及精准脱贫、国际生态城建设、精品钢基地建设、综合交通枢纽建设、生态水城建设及城市品质提升等10大攻坚战役，集中力量。",
			"10大攻坚战役", []string{"乡村振兴及精准脱贫", "国际生态城建设", "精品钢基地建设", "综合交通枢纽建设", "生态水城建设", "城市品质提升"}, false},
		{"list then 等 + count, all listed",
			"聚焦抓认识、抓谋划、抓基础、抓实施、抓服务、抓效果等六个方面，全力开展好项目建设年活动。",
			"六个方面", []string{"抓认识", "抓谋划", "抓基础", "抓实施", "抓服务", "抓效果"}, true},
		{"list, 等方面, verb, label",
			"新年伊始，天津瞄准京津冀协同发展、制造业高质量发展等方面推出十项行动，配套制定行动方案。",
			"十项行动", []string{"京津冀协同发展", "制造业高质量发展"}, false},
		{"list in quotes before the label",
			"围绕“资源、客源、服务”三大要素，大力实施旅游产业化。",
			"三大要素", []string{"资源", "客源", "服务"}, true},
		{"list before an unquoted label",
			"着力打好蓝天、碧水、净土三大保卫战。",
			"三大保卫战", []string{"蓝天", "碧水", "净土"}, true},
		{"single-character members",
			"用好“金、新、绿、特”四把尺子，衡量发展质量。",
			"四把尺子", []string{"金", "新", "绿", "特"}, true},
		{"consecutive quoted items without separator",
			"重点要落实好“标准地+承诺制”“要素跟着项目走”“领办+代办+专办+一网通办”三个机制，为项目落地建设创造良好条件。",
			"三个机制", []string{"标准地+承诺制", "要素跟着项目走", "领办+代办+专办+一网通办"}, true},
		{"list over several clauses before a chain",
			"加快建设济宁科技创新谷、文化“两创”示范区、尼山世界文明论坛，打造太白湖金融中心、颜店新城会展中心、经开区科创中心，形成“一谷一区一论坛三中心”的平台格局。",
			"一谷一区一论坛三中心", []string{"济宁科技创新谷", "文化“两创”示范区", "尼山世界文明论坛", "太白湖金融中心", "颜店新城会展中心", "经开区科创中心"}, true},
		{"label then 即 and the list",
			"观摩项目呈现“四多四少”的特点，即招商引资的项目多了、集群化园区化的项目多了、建成投产的项目多了、民生项目多了，大项目少、高新项目少、外资项目少、完成投资少。",
			"四多四少", []string{"招商引资的项目多", "集群化园区化的项目多", "建成投产的项目多", "民生项目多", "大项目少", "高新项目少", "外资项目少", "完成投资少"}, true},
		{"label then colon",
			"“六纵”分别是：延九通道、兰渝通道、兰成通道、包兰青通道、金张通道、嘉格通道。",
			"六纵", []string{"延九通道", "兰渝通道", "兰成通道", "包兰青通道", "金张通道", "嘉格通道"}, true},
		{"label then 即 and members in brackets",
			"甘肃将重点推行“122攻坚计划”，即力争建成1圈(兰州南北绕城高速圈)，打通2条重要通道瓶颈路段(兰州至海口高速公路甘肃段、延安至九寨沟高速公路甘肃段)，连通2条重要迂回线(乌鞘岭、六盘山高速迂回线)。",
			"122攻坚计划", []string{"兰州南北绕城高速圈", "兰州至海口高速公路甘肃段", "延安至九寨沟高速公路甘肃段", "乌鞘岭", "六盘山高速迂回线"}, true},
		{"label then brackets",
			"推进“两山”（绿水青山、金山银山）转化。",
			"两山", []string{"绿水青山", "金山银山"}, true},
		{"label then 一要…二要…",
			"闫晨曦就开展好项目建设提出三个方面要求。他指出，一要抓认识。各级各部门要充分认识。二要抓谋划。谋划项目既要立足当前。三要抓基础。要全力推动项目入库。",
			"三个方面", []string{"抓认识", "抓谋划", "抓基础"}, true},
		{"label then 一是…二是… in one sentence",
			"今年重点抓好以下五个方面工作：一是稳增长，二是促改革，三是调结构，四是惠民生，五是防风险。",
			"五个方面", []string{"稳增长", "促改革", "调结构", "惠民生", "防风险"}, true},
		{"list with 和 before a label that modifies a noun",
			"建设农业、工业和服务业“三大产业平台”。",
			"三大产业平台", []string{"农业", "工业", "服务业"}, true},
		{"label then 一是…二是…",
			"今年重点抓好两项任务：一是稳投资，扩大有效投入；二是促消费，提振市场信心。",
			"两项任务", []string{"稳投资", "促消费"}, true},
		{"label then numbered headings （一）",
			"为实现上述目标，要突出抓好以下四个方面的工作：\n（一）加快产业发展，切实做强做优县域经济\n继续坚定不移地加快发展。\n（二）坚持城乡统筹发展，加快推进城乡一体化\n完善城乡规划。\n（三）切实加强社会建设，不断提高人民生活水平\n扩大就业。\n（四）全面加强新形势下的政府自身建设\n转变职能。",
			"四个方面", []string{"加快产业发展", "坚持城乡统筹发展", "切实加强社会建设", "全面加强新形势下的政府自身建设"}, true},
		{"label then inline numbers （1）",
			"今年要继续办好“三件民生实事”。（1）做好重点群体高质量就业，开展职业技能培训。（2）持续改善农村学校办学办园条件。（3）加强医疗健康服务。",
			"三件民生实事", []string{"做好重点群体高质量就业", "持续改善农村学校办学办园条件", "加强医疗健康服务"}, true},
		{"label then numbered headings 1.",
			"全市重点推进三项重点任务：\n1.优化营商环境，提升服务效能。\n2.扩大有效投资，加快项目建设。\n3.保障改善民生，兜牢底线。",
			"三项重点任务", []string{"优化营商环境", "扩大有效投资", "保障改善民生"}, true},
		{"label then 第一…第二…",
			"抓好两大任务。第一，稳住经济大盘；第二，守住安全底线。",
			"两大任务", []string{"稳住经济大盘", "守住安全底线"}, true},
		{"members as headings of the following sections",
			"济宁“四大攻坚行动”，吹响改革攻坚的号角\n围绕打造淮海经济区中心城市，济宁集中实施“四大攻坚行动”。\n三大攻坚战攻坚行动\n高质量打赢脱贫攻坚战。\n文化“两创”攻坚行动\n推进尼山世界文明论坛配套工程。\n都市区融合攻坚行动\n推进高速、高铁建设。\n乡村振兴攻坚行动\n积极稳妥推进行政村建制优化工作。",
			"四大攻坚行动", []string{"三大攻坚战攻坚行动", "文化“两创”攻坚行动", "都市区融合攻坚行动", "乡村振兴攻坚行动"}, true},
		{"members as parallel paragraphs",
			"要深化“三项改革”，破除体制机制障碍。把全面深化改革作为破难攻坚的最硬核举措。\n要在公共卫生应急管理体制机制上改革突破，聚焦公共卫生法治保障。\n要在放管服上改革突破，放权要更彻底。\n要在项目全周期服务机制上改革突破，编制“项目储备手册”。",
			"三项改革", []string{"公共卫生应急管理体制机制", "放管服", "项目全周期服务机制"}, true},
		{"members as parallel sentences with the bare head",
			"房县严把三关打造阳光采购。\n严把目录制定关。依照上级政府采购目录。\n严把预算编制关。凡是纳入政府集中采购目录。\n严把项目公开关。坚持阳光操作。",
			"三关", []string{"目录制定关", "预算编制关", "项目公开关"}, true},
	} {
		in := findFormula(formulasIn(t, c.text), c.name)
		if in == nil {
			t.Errorf("%s: no formula %q", c.style, c.name)
			continue
		}
		if !reflect.DeepEqual(in.Items, c.items) || in.Complete != c.complete {
			t.Errorf("%s: items of %q = %q (complete %v), want %q (complete %v)", c.style, c.name, in.Items, in.Complete, c.items, c.complete)
		}
	}
}

// Lists that must not be read as members.
func TestFormulaMembersNot(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		// the label modifies a noun; a two-item "list" before it is a new clause
		{"加快建设济宁科技创新谷、文化“两创”示范区、尼山世界文明论坛。", "两创"},
		// a verb phrase is not a member
		{"以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。", "两个维护"},
		// an earlier list in the sentence names other things
		{"围绕“资源、客源、服务”三大要素，大力实施旅游产业化“四大行动”。", "四大行动"},
		// the points belong to a count announced after the formula
		{"扎实推进三大攻坚战。会议强调，要突出抓好三项重点工作。第一，全力稳增长；第二，加快促转型；第三，持续惠民生。", "三大攻坚战"},
		// 的 ends a modifier, not a member
		{"宣扬对共产党和习近平的两个维护，加强党建。", "两个维护"},
		// fewer directive clauses than the count: not its members
		{"按照三大板块布局谋划项目,沿汾县要重点围绕传统产业;沿黄县要重点围绕生态保护。", "三大板块"},
		// clauses that do not open with a subject and a directive
		{"按照三大板块布局谋划项目,重点围绕传统产业;加快发展新能源;推进乡村振兴。", "三大板块"},
	} {
		in := findFormula(formulasIn(t, c.text), c.name)
		if in == nil {
			t.Errorf("%s: no formula %q", c.text, c.name)
			continue
		}
		if len(in.Items) > 0 {
			t.Errorf("%s: %q got members %q", c.text, c.name, in.Items)
		}
	}
}

// One record per formula, with every mention; keys join numerals as written.
func TestFormulaMentionsAndKeys(t *testing.T) {
	text := "济宁“十大攻坚行动”，吹响改革攻坚的号角。济宁集中实施“10大攻坚行动”。十大攻坚行动全面启动。"
	ins := formulasIn(t, text)
	if len(ins) != 1 {
		t.Fatalf("got %d records, want 1: %+v", len(ins), ins)
	}
	in := ins[0]
	if in.Name != "十大攻坚行动" || in.Key != "10大攻坚行动" || len(in.Mentions) != 3 {
		t.Errorf("got name %q key %q with %d mentions", in.Name, in.Key, len(in.Mentions))
	}
	if in.Span != in.Mentions[0].Span {
		t.Errorf("span %v is not the first mention %v", in.Span, in.Mentions[0].Span)
	}
	for _, c := range []struct{ in, want string }{
		{"十大攻坚行动", "10大攻坚行动"}, {"“四多四少”", "4多4少"}, {"两不愁三保障", "2不愁3保障"},
		{"1+N+2", "1+N+2"}, {"双招双引", "双招双引"}, {"一二三四", "1234"}, {"二十项", "20项"},
	} {
		if got := FormulaKey(c.in); got != c.want {
			t.Errorf("FormulaKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The rules a user adds take effect without Go changes.
func TestFormulaRulesExtend(t *testing.T) {
	base := builtinRules(t)
	_ = base
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "formula_heads.txt"), []byte("赛道\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRules(rules.FS, os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	text := "全力打造五大赛道，加快发展。"
	d := newDoc(text, "", "", r, nil)
	var rec Record
	extractInitiatives(d, &rec)
	if findFormula(rec.Initiatives, "五大赛道") == nil {
		t.Errorf("a head added by the user was not used: %+v", rec.Initiatives)
	}
	if findFormula(formulasIn(t, text), "五大赛道") != nil {
		t.Errorf("五大赛道 found without the user's head")
	}
}

// The whole corpus, when present: spans slice names, output is deterministic.
func TestFormulasCorpus(t *testing.T) {
	texts := formulaCorpus(t)
	for _, text := range texts {
		a := formulasIn(t, text)
		b := formulasIn(t, text)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("two runs differ")
		}
	}
}

// formulaCorpus reads the dev and seed corpus as Simplified text, or skips.
func formulaCorpus(t testing.TB) []string {
	t.Helper()
	root := filepath.Join("..", "testdata", "corpus")
	var files []string
	for _, sub := range []string{"seeds", "dev"} {
		m, _ := filepath.Glob(filepath.Join(root, sub, "*"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus at ../testdata/corpus")
	}
	conv, err := NewT2S()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := Normalize(conv, string(b))
		if err != nil {
			continue // not UTF-8 (GBK pages): the reader decodes those
		}
		out = append(out, n.Text)
	}
	return out
}

func BenchmarkFormulas(b *testing.B) {
	texts := formulaCorpus(b)
	r := builtinRules(b)
	docs := make([]*Doc, len(texts))
	size := 0
	for i, text := range texts {
		docs[i] = newDoc(text, "", "", r, nil)
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			var rec Record
			extractInitiatives(d, &rec)
		}
	}
}

func FuzzFormulas(f *testing.F) {
	for _, s := range []string{
		"济宁“十大攻坚行动”，吹响改革攻坚的号角",
		"发起乡村振兴及精准脱贫、城市品质提升等10大攻坚战役，集中力量。",
		"观摩项目呈现“四多四少”的特点，即招商引资的项目多了、大项目少。",
		"构建“1+N+2”创新体系，围绕“1355”战略。",
		"“122攻坚计划”，即力争建成1圈(兰州南北绕城高速圈)。",
		"要深化“三项改革”。\n要在放管服上改革突破。\n一要抓认识。二要抓谋划。（一）加快产业发展",
		"“", "”“", "一二三四五六七八九十百千万双", "“双”", "1+", "（", "严把七关",
	} {
		f.Add(s)
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := newDoc(text, "", "", r, nil)
		var rec Record
		rec.Text = text
		extractInitiatives(d, &rec)
		checkFormulaSpans(t, text, rec.Initiatives)
		extractTasks(d, &rec)
		rs := []rune(text)
		for _, task := range rec.Tasks {
			if task.Start < 0 || task.End > len(rs) || string(rs[task.Start:task.End]) != task.Text {
				t.Fatalf("task span %v does not slice %q", task.Span, task.Text)
			}
		}
	})
}

// TestRuneWordsCompareAsStrings checks that comparing runes with a runeWord
// says what comparing their string with the word said.
func TestRuneWordsCompareAsStrings(t *testing.T) {
	words := runeWords([]string{"严把", "抓好", "", "坏\xff", "\ufffd"})
	if len(words) != 4 {
		t.Fatalf("runeWords kept %d words, want 4 (the invalid one left out)", len(words))
	}
	for _, text := range []string{"严把七关", "抓好", "坏\xff", "\ufffd", "\xff", ""} {
		rs := []rune(text)
		for _, w := range append(words, runeWord{s: "坏\xff"}) {
			for a := 0; a <= len(rs); a++ {
				for b := a; b <= len(rs); b++ {
					inList := slices.ContainsFunc(words, func(x runeWord) bool { return x.s == w.s })
					got := inList && slices.Equal(rs[a:b], w.r)
					if want := string(rs[a:b]) == w.s; got != want {
						t.Errorf("%q[%d:%d] vs %q: runes say %v, strings %v", text, a, b, w.s, got, want)
					}
				}
			}
		}
	}
}
