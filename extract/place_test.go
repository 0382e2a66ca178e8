package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGazetteer(t *testing.T) {
	pr := builtinRules(t).places
	var count [3]int
	for i, e := range pr.entries {
		count[e.level]++
		if e.level == levelProvince {
			if e.parent != -1 {
				t.Errorf("%s: a province with a parent", e.name)
			}
			continue
		}
		if e.parent < 0 || e.parent >= len(pr.entries) || pr.entries[e.parent].level >= e.level {
			t.Errorf("%d %s: parent missing or not higher", i, e.name)
		}
	}
	if count[levelProvince] != 34 {
		t.Errorf("provincial-level units: got %d, want 34", count[levelProvince])
	}
	if count[levelCounty] <= 2800 {
		t.Errorf("county-level units: got %d, want > 2800", count[levelCounty])
	}
	for _, name := range []string{"内蒙古", "广西", "兴安", "黔东南州", "海拉尔", "临沂", "余姚", "香港"} {
		found := false
		for _, n := range pr.names {
			if n.text == name {
				found = n.short
			}
		}
		if !found {
			t.Errorf("short name %s missing", name)
		}
	}
}

func TestFindPlace(t *testing.T) {
	r := builtinRules(t)
	tests := []struct {
		name, title, outlet, text string
		want                      Place
	}{
		{"headline short name", "今后,临沂要在这10个方面发力", "",
			"3月20日上午\n全市“重点工作攻坚年”推进会议召开\n市委副书记、市长孟庆斌主持会议并讲话,市政协主席徐涛、市人大常委会主任杜德昌出席。",
			Place{"山东省", "临沂市", ""}},
		{"dateline credit", "", "",
			"本报讯(聊城日报全媒体记者曹天伟)12月5日,全市新旧动能转换重点项目现场观摩总结会议在东昌宾馆召开。市委书记孙爱军出席会议并讲话。",
			Place{"山东省", "聊城市", ""}},
		{"outlet only", "", "淮安党建网",
			"9月15日上午市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会。全市上下要全面贯彻市委七届十四次全会精神。",
			Place{"江苏省", "淮安市", ""}},
		{"news site dateline", "", "",
			"临汾新闻网讯 (记者 张浩) 3月11日,市委、市政府举行全市项目建设年动员部署大会暨集中开复工活动。市直部门和尧都区、洪洞县、乡宁县等县(区)负责人作了发言。",
			Place{"山西省", "临汾市", ""}},
		{"鼓楼区 of Nanjing", "", "",
			"南京市鼓楼区召开全区经济工作会议。区委书记强调，全区上下要抓项目、稳投资。鼓楼区今年将实施重点项目80个。",
			Place{"江苏省", "南京市", "鼓楼区"}},
		{"鼓楼区 of Fuzhou", "", "",
			"福州市鼓楼区召开全区项目建设推进会。区委书记在会上强调，全区要加快项目落地。福州鼓楼区今年计划投资100亿元。",
			Place{"福建省", "福州市", "鼓楼区"}},
		{"朝阳区 of Beijing", "", "",
			"北京市朝阳区召开全区重点工作部署会。区委书记指出，全区要加快建设。朝阳区今年重点项目200个。",
			Place{"北京市", "北京市", "朝阳区"}},
		{"municipality", "", "",
			"天津围绕加快构建新发展格局、着力推动高质量发展，抓项目、稳投资、促创新，推出“十项行动”。目前，天津全市已谋划形成一批百亿级以上大项目。",
			Place{"天津市", "天津市", ""}},
		{"State Council circular", "国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报", "",
			"各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为进一步推动党中央、国务院重大决策部署贯彻落实，国务院部署开展了第五次大督查。对北京市大力推进外国人来华工作许可制度改革等130项地方典型经验做法予以通报表扬。",
			Place{}},
		{"two sessions commentary", "中国两会的三大重点", "",
			"3月15日，中国人大、政协两会结束。全国政协委员「台湾女孩」香港永久居民凌友诗以高八度朗诵腔发言。香港更被要求落实大湾区规划。",
			Place{}},
		{"visiting delegation", "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作", "",
			"2019年2月27日下午，佛山顺德区大良街道党工委委员潘卓辉，顺德区金融业联合会陈伊芬秘书长等一行八人到众创金融街进行实地考察调研，市金融局副局长刘东升陪同调研。调研组一行对中山众创金融街成立以来所做工作表示肯定。下一步，我区将在市委市政府的领导下，为中山经济发展提供创新驱动力。",
			Place{"广东省", "中山市", ""}},
		{"province report", "", "",
			"政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n各位代表：\n现在，我代表省人民政府向大会报告工作。全省经济平稳增长，贵州发展迈出新步伐。贵阳、遵义等地加快发展。全省上下牢记嘱托。",
			Place{"贵州省", "", ""}},
		{"county named with its province", "", "",
			"陕西宁强县有超过240名村干部不满工资太低。「我们全县的副职，对这个待遇心理都非常不平衡。」由于宁强县的村干部没有购买养老保险。",
			Place{"陕西省", "汉中市", "宁强县"}},
		{"city named with its province", "", "",
			"浙江丽水市委书记胡海峰本月11日接受地方电视台访问。胡海峰强调全市上下要提高政治站位，在浙江的探索中争当全省模范，推动丽水加快发展。",
			Place{"浙江省", "丽水市", ""}},
		{"common words are no places", "", "",
			"要合理开发利用资源，加强合作，维护和平，推进通道建设。",
			Place{}},
		{"county-level city under the province", "", "",
			"仙桃市召开全市项目建设推进会，市委书记强调，全市要加快项目建设。仙桃今年计划开工项目100个。",
			Place{"湖北省", "仙桃市", ""}},
		{"autonomous prefecture short form", "", "",
			"黔东南州召开全州经济工作会议，州委书记强调，全州上下要抓项目、促发展。",
			Place{"贵州省", "黔东南苗族侗族自治州", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, tc.title, "", r, nil)
			d.Outlet = tc.outlet
			if got := findPlace(d); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// devDocs reads the dev and seed corpus as normalized documents, or skips.
func devDocs(tb testing.TB) []*Doc {
	tb.Helper()
	r := builtinRules(tb)
	conv, err := NewT2S()
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*Doc
	for _, dir := range []string{"../testdata/corpus/dev", "../testdata/corpus/seeds"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			norm, err := Normalize(conv, string(data))
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, newDoc(norm.Text, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)), "", r, nil))
		}
	}
	if len(docs) == 0 {
		tb.Skip("no corpus at ../testdata/corpus")
	}
	return docs
}

func BenchmarkPlace(b *testing.B) {
	docs := devDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			findPlace(d)
		}
	}
}

func BenchmarkCompilePlaceRules(b *testing.B) {
	r := builtinRules(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := compilePlaceRules(r); err != nil {
			b.Fatal(err)
		}
	}
}
