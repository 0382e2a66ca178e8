package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestFindCampaigns(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "quoted year themes, one after the other",
			text: "全市“重点工作攻坚年”“重大项目突破年”推进会议召开。今年是我省“重点工作攻坚年”，全市上下要坚决贯彻省委部署要求。",
			want: []string{"重点工作攻坚年", "重大项目突破年"},
		},
		{
			name: "unquoted year theme after a scope word, with its place-prefixed headline form",
			text: "临汾市项目建设年动员部署大会暨集中开复工活动举行\n市委、市政府举行全市项目建设年动员部署大会。要全力开展好项目建设年活动，持续引深前期手续办理月活动。",
			want: []string{"项目建设年", "前期手续办理月"},
		},
		{
			name: "three-year actions after verbs",
			text: "实施营商环境大改善三年行动，坚持“治改管建”。深入实施安全生产治本攻坚三年行动，常态化开展专项整治。深入开展安全生产治本攻坚三年行动。",
			want: []string{"营商环境大改善三年行动", "安全生产治本攻坚三年行动"},
		},
		{
			name: "quoted hundred-day drive",
			text: "市委、市政府召开全市高质量发展和重特大项目“百日攻坚”动员大会。要以更加强烈的决心投入“百日攻坚”行动。",
			want: []string{"百日攻坚"},
		},
		{
			name: "quoted duration drive",
			text: "苏州高新区“三年跨越计划”刚刚开局，一批大项目集中开工。",
			want: []string{"三年跨越计划"},
		},
		{
			name: "a shorter restatement of a campaign is the same campaign",
			text: "阿里巴巴开启了为期一个月的“长春阿里新经济直播月”活动。本次直播月活动，我们以不同方式介绍长春。本次举办的“长春首届直播月”为长春市全体民众带来实惠。",
			want: []string{"长春阿里新经济直播月"},
		},
		{
			name: "plain years, months and words ending in 年 or 月 are not campaigns",
			text: "2022年全市共谋划项目1031个。今年是关键之年，青年人才近年来大量回流，本月底前完成。项目建设年产值10亿元，质量提升年均增长5%，基础设施建设年投资500亿元。打赢污染防治攻坚战。实施乡村振兴攻坚行动。",
			want: nil,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findCampaigns(peopleDoc(t, c.text))
			var names []string
			runes := []rune(c.text)
			for _, g := range got {
				names = append(names, g.Name)
				if g.Start < 0 || g.End > len(runes) || string(runes[g.Start:g.End]) != g.Name {
					t.Errorf("span %v of %q does not slice its name", g.Span, g.Name)
				}
			}
			if !reflect.DeepEqual(names, c.want) {
				t.Errorf("campaigns of %q:\n got %v\nwant %v", c.text, names, c.want)
			}
		})
	}
}

// The Span of a campaign is its first mention, even when that mention is the
// tail of a longer, place-prefixed form.
func TestCampaignFirstMention(t *testing.T) {
	text := "临汾市项目建设年动员部署大会举行。全市项目建设年动员部署大会。开展好项目建设年活动。"
	got := findCampaigns(peopleDoc(t, text))
	if len(got) != 1 {
		t.Fatalf("got %v, want one campaign", got)
	}
	want := len([]rune(text[:strings.Index(text, "项目建设年")]))
	if got[0].Start != want {
		t.Errorf("first mention at %d, want %d", got[0].Start, want)
	}
}

func FuzzFindCampaigns(f *testing.F) {
	for _, s := range []string{
		"全市“重点工作攻坚年”“重大项目突破年”推进会议召开",
		"持续引深前期手续办理月活动", "“百日攻坚”", "“", "建设年", "“三年跨越计划", "\"百日攻坚\"",
	} {
		f.Add(s)
	}
	r := builtinRules(f)
	f.Fuzz(func(t *testing.T, text string) {
		got := findCampaigns(newDoc(text, "", "", r, nil))
		runes := []rune(text)
		for _, c := range got {
			if c.Start < 0 || c.End > len(runes) || c.Start > c.End {
				t.Fatalf("span %v out of range for %q", c.Span, text)
			}
			if strings.ToValidUTF8(text, "\uFFFD") == text && string(runes[c.Start:c.End]) != c.Name {
				t.Fatalf("span %v slices %q, not %q", c.Span, string(runes[c.Start:c.End]), c.Name)
			}
		}
	})
}

func BenchmarkCampaigns(b *testing.B) {
	r := builtinRules(b)
	var docs []*Doc
	size := 0
	for _, t := range peopleDevTexts(b) {
		docs = append(docs, newDoc(t, "", "", r, nil))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			findCampaigns(d)
		}
	}
}
