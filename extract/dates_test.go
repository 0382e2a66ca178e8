package extract

import (
	"regexp"
	"testing"
)

func TestFindDates(t *testing.T) {
	r := builtinRules(t)
	tests := []struct {
		name, text string
		published  Day
		want       Day
	}{
		{"dateline alone, no year", "3月20日上午\n全市“重点工作攻坚年”“重大项目突破年”推进会议召开", "", "--03-20"},
		{"after a credit", "本报讯(聊城日报全媒体记者曹天伟)12月5日,全市新旧动能转换重点项目现场观摩总结会议在东昌宾馆召开。", "", "--12-05"},
		{"year from the page", "9月15日上午市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会。", "2021-09-17", "2021-09-15"},
		{"news-site dateline", "临汾新闻网讯 (记者 张浩) 3月11日,市委、市政府举行全市项目建设年动员部署大会暨集中开复工活动。", "2022-03-12", "2022-03-11"},
		{"December event on a January page", "12月28日，全市经济工作会议召开。会议总结了一年来的工作。", "2022-01-04", "2021-12-28"},
		{"today with the day in brackets", "今天（1月31日），北京市2023年首批50个重大项目开工。", "2023-01-31", "2023-01-31"},
		{"weekday, same day", "全国脱贫攻坚总结表彰大会周四早上在北京召开，中共总书记习近平向一众脱贫楷模颁奖。", "2021-02-25", "2021-02-25"},
		{"weekday before the page", "全国脱贫攻坚总结表彰大会周四早上在北京召开。", "2021-02-27", "2021-02-25"},
		{"last week's weekday", "上周四，市委召开常委会议。", "2021-02-27", "2021-02-18"},
		{"this month", "浙江丽水市委书记胡海峰本月11日接受地方电视台访问，大赞总书记的科学思维方法。", "2021-04-16", "2021-04-11"},
		{"yesterday", "昨日，全市重点项目集中开工仪式在高新区举行。", "2021-03-02", "2021-03-01"},
		{"year from the event name", "2019山西品牌丝路行活动9月16日在西安开幕。", "", "2019-09-16"},
		{"event name after the date", "6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！", "", "2021-06-06"},
		{"full date in a report header", "政 府 工 作 报 告\n----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上\n海拉尔区人民政府区长 杜联合", "", "2013-02-28"},
		{"Chinese numerals", "二〇二一年九月十五日，全市“百日攻坚”动员大会召开。", "", "2021-09-15"},
		{"a span of days", "据公开消息，5月14~15日，交通运输部和辽宁省人民政府联合召开《大连港太平湾港区总体规划》评审会。", "2015-07-04", "2015-05-14"},
		{"months only", "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%。", "2016-11-22", ""},
		{"anniversary is no weekday", "庆祝建党100周年，全市上下开展主题活动。", "2021-07-01", ""},
		// Datelines with a clock time are the text's, not a page header.
		{"dateline with a clock time", "2020年3月5日上午10:30，市委召开常委会议。", "2020-03-06", "2020-03-05"},
		{"dateline with a bare clock", "2018年06月12日08:15，全市防汛工作会议召开。", "", "2018-06-12"},
		{"numeric dateline", "2018-06-12 08:15:00，全市防汛工作会议召开。会议要求各地做好准备。", "2018-06-13", "2018-06-12"},
		{"two-digit year", "18年6月12日，全市防汛工作会议召开。", "", "2018-06-12"},
		{"号 for 日", "6月12号上午，全市防汛工作会议召开。", "2018-06-13", "2018-06-12"},
		// News: the subject's day ("习近平3日…"), relative days.
		{"subject's day", "国家主席习近平3日上午在人民大会堂会见来访的客人。", "2025-04-03", "2025-04-03"},
		{"subject's day, last month", "第十二届全国少数民族传统体育运动会30日在海南三亚隆重开幕。", "2024-12-01", "2024-11-30"},
		{"subject's day before a background date", "巴勒斯坦加沙地带卫生部门6日称，自去年10月7日新一轮巴以冲突爆发以来，加沙地带已有4.18万人死亡。", "2024-10-07", "2024-10-06"},
		{"tomorrow", "明天（3月11日）出版的《人民日报》将发表社论。", "2025-03-10", "2025-03-11"},
		{"day before yesterday", "前天，全市重点项目集中开工仪式在高新区举行。", "2021-03-03", "2021-03-01"},
		{"last month's day", "上月3号，全市重点项目集中开工仪式在高新区举行。", "2021-03-03", "2021-02-03"},
		{"recently names no day", "近日，中共中央、国务院印发了《纲要》。日前，记者从省交通运输厅了解到。", "2025-01-19", ""},
		// The document's date: background is never it.
		{"a past start with 以来", "长江十年禁渔自2021年1月1日全面启动实施以来，已取得了阶段性明显成效。", "2026-01-02", ""},
		{"a birth", "杨根思1922年11月8日出生于江苏泰兴。1950年11月29日，在长津湖畔小高岭，杨根思用生命践行了战斗宣言。", "2024-05-26", ""},
		{"a rule's start", "中央军委主席习近平日前签署命令，发布《条例》，自2025年7月1日起施行。", "2025-05-29", ""},
		{"a rule's start, near", "从7月1日起，公安部将推出8项公安交管便民利企改革新措施。", "2024-06-13", ""},
		{"a year-old date in the lead", "2023年4月1日，《黄河保护法》正式实施。今天是《黄河保护法》实施一周年。", "2024-04-01", "2024-04-01"},
		{"a decision quoting a past event", "决定全文如下。\n党中央决定，授予荣誉称号。2024年10月30日，神舟十九号载人飞船成功发射。", "2025-07-23", ""},
		{"a period counted over", "交通运输部数据显示，7月1日至8月27日，全社会跨区域人员流动量累计约102亿人次。", "2024-08-28", ""},
		{"a span to yesterday", "从7月1日到昨天（8月9日），北京市属公园已接待外籍游客18万人次。", "2024-08-10", ""},
		{"statistics as of a day", "截至6月30日，今年我国快递业务量已达800亿件。", "2024-07-14", ""},
		{"as of today", "哈尔滨第九届亚冬会进入开幕后的第五个比赛日，截至今天（2月12日）下午18时，中国队已斩获其中4枚金牌。11日，中国队夺得金牌。", "2025-02-12", "2025-02-12"},
		{"a link's date", "[查看原文](https://tv.cctv.com/2024/05/19/VIDEevug7JHr5YMDNhHFBkL9240519.shtml)", "2024-05-19", ""},
		{"a meeting of days", "10月20日—23日，中国共产党第二十届中央委员会第四次全体会议在北京举行。", "2025-10-24", "2025-10-20"},
		{"announced", "国务院总理李强将于6月13日至20日对新西兰进行正式访问。", "2024-06-11", "2024-06-13"},
		{"announced, then today", "第九届亚洲冬季运动会将于2月7日在黑龙江哈尔滨开幕。今天（1月7日），亚冬会主媒体中心启用。", "2025-01-07", "2025-01-07"},
		{"announced in the headline, today in the lead", "第二十五届投洽会将于9月8日—11日在福建厦门举办 国务院新闻办公室今天（8月26日）举行新闻发布会。", "2025-08-26", "2025-08-26"},
		{"a coming day in the clause before the day", "针对美国宣布8月1日将对欧盟商品征收30%关税，德国总理默茨13日表示反对。", "2025-07-14", "2025-07-13"},
		{"the end of a span", "北约年度军演日前启动，将持续至本月20日。", "2025-06-07", ""},
		{"since a day", "从10月30日神舟十九号载人飞船发射入轨至今，乘组在轨满月。", "2024-11-30", ""},
		{"the sentence's year", "十四届全国人大三次会议和全国政协十四届三次会议，将分别于2025年3月5日和3月4日在北京开幕。", "2025-02-20", "2025-03-05"},
		{"the sentence's year, past", "2024年10月30日，神舟十九号载人飞船成功发射，11月4日，神舟十八号乘组安全返回。", "2025-01-20", "2024-10-30"},
		{"historical date, no page date", "1950年11月29日，在长津湖畔小高岭，杨根思用生命践行了战斗宣言。", "", "1950-11-29"},
		{"money is no year", "3月5日，大连太平湾临港经济区计划投资2000亿元。", "2015-07-04", "2015-03-05"},
		{"this year's date", "今年3月5日，全国两会开幕。", "2019-12-20", "2019-03-05"},
		{"day only at the start", "11日上午，全市项目建设推进会召开。", "2022-03-12", "2022-03-11"},
		{"day only, last month", "28日上午，全市项目建设推进会召开。", "2022-03-12", "2022-02-28"},
		{"signed letter, not the visit it answers", "四川省人民政府：\n2004年8月5日至8日，温家宝总理率国务院有关部门负责同志赴你省考察。\n请你省有关部门指导广安市按《汇报》的意见办理。\n国务院办公厅\n二〇〇四年十月十五日\n（本文有删减）", "2018-12-24", "2004-10-15"},
		{"bulletin dated under its issuers", "宜春市统计局 国家统计局宜春调查队\n（2023年4月12日）\n2022年，全市上下坚持以习近平新时代中国特色社会主义思想为指导。", "2023-04-18", "2023-04-12"},
		{"no date", "“十二五”期间，甘肃将开建17条高速公路；日前，记者从省交通运输厅了解到。", "2011-04-26", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, "", tc.published, r, nil)
			got, pub := findDates(d)
			if got != tc.want {
				t.Errorf("date: got %q, want %q", got, tc.want)
			}
			if pub != tc.published {
				t.Errorf("published: got %q, want %q", pub, tc.published)
			}
		})
	}
}

func TestFindDatesFromPage(t *testing.T) {
	r := builtinRules(t)
	tests := []struct {
		name, text      string
		date, published Day
	}{
		{"labelled page date", "首页\n采购焦点资讯\n发布时间：2011-03-25\n发布人：-\n3月16日，市委常委杨俊苹、副市长刘曾君到江陵县，查看了部分水利建设基础工程。", "2011-03-16", "2011-03-25"},
		{"date with clock time", "疫情防控常态化下，长春市的新经济之路\n2020年09月11日 18:05\n来源：商讯\n2020年，因为疫情影响，各地政府的首要任务就是助力当地经济恢复。\n8月20日起，长春市政府联合阿里巴巴开启了为期一个月的直播月活动。", "2020-08-20", "2020-09-11"},
		{"document date over body dates", "成文日期：\n2004年10月15日\n发布日期：\n2018年12月24日\n四川省人民政府：\n2004年8月5日至8日，温家宝总理率国务院有关部门负责同志赴你省考察。", "2004-10-15", "2018-12-24"},
		{"date in the page address", "今天（1月31日），北京市2023年首批50个重大项目开工。\n[查看原文](https://tv.cctv.com/2023/01/31/VIDEETBbwQENGEQYfl3YrsmF230131.shtml)", "2023-01-31", "2023-01-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, "", "", r, nil)
			date, pub := findDates(d)
			if date != tc.date || pub != tc.published {
				t.Errorf("got %q, %q; want %q, %q", date, pub, tc.date, tc.published)
			}
		})
	}
}

var dayShape = regexp.MustCompile(`^(\d{4}|-)-\d{2}-\d{2}$`)

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"3月20日上午", "今天（1月31日），北京市", "本月11日", "上周四，市委召开", "二〇二一年九月十五日",
		"5月14~15日", "2019山西品牌丝路行9月16日", "成文日期：\n2004年10月15日", "11日上午，", "31日至",
		"2月30日", "13月45日", "十二月三十一日", "发布时间：2011-02-29",
	} {
		f.Add(s, "2021-03-01")
		f.Add(s, "")
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		d := newDoc(text, "", ParseDay(published), r, nil)
		date, pub := findDates(d)
		for _, day := range []Day{date, pub} {
			if day != "" && !dayShape.MatchString(string(day)) {
				t.Fatalf("bad day %q from %q", day, text)
			}
		}
		findPlace(d)
	})
}

func BenchmarkDates(b *testing.B) {
	docs := devDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			findDates(d)
		}
	}
}
