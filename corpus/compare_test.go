package corpus

import (
	"strings"
	"testing"
)

func TestAlignFormulas(t *testing.T) {
	n := func(i int) *int { return &i }
	linyi := PlacePlan{Place: "临沂", Formulas: []PlaceFormula{
		{Name: "十项改革", Key: "10项改革", Count: n(10), Items: []string{"放管服", "企业发展"}},
		{Name: "10大攻坚战役", Key: "10大攻坚战役", Count: n(10), Items: []string{"乡村振兴及精准脱贫", "国际生态城建设", "精品钢基地建设"}},
		{Name: "五张清单", Key: "5张清单", Count: n(5), Items: []string{"求职需求", "用工需求"}},
		{Name: "三项任务", Key: "3项任务", Count: n(3), Items: []string{"国际陆港", "商谷示范区"}},
		{Name: "四个阵地战", Key: "4个阵地战", Count: n(4), Items: []string{"招商引资", "项目建设", "园区提升", "营商环境"}},
	}}
	jining := PlacePlan{Place: "济宁", Formulas: []PlaceFormula{
		{Name: "三个一批", Key: "3个1批", Count: n(3)},
		{Name: "十大攻坚行动", Key: "10大攻坚行动", Count: n(10), Items: []string{"三大攻坚战攻坚行动", "乡村振兴攻坚行动", "流程再造攻坚行动"}},
		{Name: "五张清单", Key: "5张清单", Count: n(5), Items: []string{"用工需求", "政策落实"}},
		{Name: "一谷一区一论坛三中心", Key: "1谷1区1论坛3中心", Items: []string{"济宁科技创新谷", "文化“两创”示范区"}},
		{Name: "四大战役", Key: "4大战役", Count: n(4), Items: []string{"招商引资战役", "项目建设战役", "乡村振兴战役"}},
	}}
	rows, similar := alignFormulas([]PlacePlan{linyi, jining})
	show := func(rows []AlignedFormulas) string {
		var got []string
		for _, r := range rows {
			var cells []string
			for _, f := range r.Formulas {
				if f == nil {
					cells = append(cells, "—")
				} else {
					cells = append(cells, f.Name)
				}
			}
			got = append(got, strings.Join(cells, "/")+" "+r.Match+" ["+strings.Join(r.Common, "、")+"]")
		}
		return strings.Join(got, "\n")
	}
	// Aligned by key, or by two members in common; one member in common
	// (乡村振兴) and a head word (攻坚) make a similar name, not one plan.
	want := strings.Join([]string{
		"五张清单/五张清单 key [用工需求]",
		"四个阵地战/四大战役 members [招商引资、项目建设]",
		"十项改革/—  []",
		"10大攻坚战役/—  []",
		"三项任务/—  []",
		"—/三个一批  []",
		"—/十大攻坚行动  []",
		"—/一谷一区一论坛三中心  []",
	}, "\n")
	if got := show(rows); got != want {
		t.Errorf("rows:\n%s\nwant:\n%s", got, want)
	}
	if got, want := show(similar), "10大攻坚战役/十大攻坚行动 name [乡村振兴及精准脱贫]"; got != want {
		t.Errorf("similar:\n%s\nwant:\n%s", got, want)
	}
	if u := similar[0].Unique; strings.Join(u[0], "、") != "国际生态城建设、精品钢基地建设" || strings.Join(u[1], "、") != "三大攻坚战攻坚行动、流程再造攻坚行动" {
		t.Errorf("unique members %q", u)
	}
}
