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
