package extract

import "testing"

func TestIntValue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"10", 10, true}, {"十", 10, true}, {"十二", 12, true}, {"二十", 20, true}, {"二十三", 23, true},
		{"一百零五", 105, true}, {"两千", 2000, true}, {"两", 2, true}, {"一百", 100, true},
		{"三万", 30000, true}, {"十万零一千", 101000, true}, {"二三", 0, false}, {"", 0, false}, {"大", 0, false},
	} {
		got, ok := IntValue(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("IntValue(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
