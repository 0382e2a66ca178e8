package quantity

import "math"

// Conversion: what a form read by the scanner is worth in base units. A
// currency is never converted into another: the value stays in the unit
// written, and only 角 and 分 fold into their 元.

// addCents adds 角 and 分 to an amount in 元, to the cent.
func addCents(yuan float64, jiao, fen int) float64 {
	return math.Round((yuan+float64(jiao)/10+float64(fen)/100)*100) / 100
}

// share is part/whole as a percentage with two decimals (三分之一 → 33.33).
func share(part, whole float64) float64 {
	return math.Round(part/whole*10000) / 100
}

// decimalValue is mant × 10^exp, computed so that decimal inputs stay exact
// where float64 allows (0.14万 → 1400, not 1400.0000000000002).
func decimalValue(mant int64, exp int) float64 {
	if exp >= 0 {
		return float64(mant) * math.Pow10(exp)
	}
	return float64(mant) / math.Pow10(-exp)
}

// roundDecimal removes binary noise from a value with a few decimals.
func roundDecimal(v float64) float64 {
	if math.Abs(v) >= 1e15 {
		return v
	}
	return math.Round(v*1e6) / 1e6
}

// scaleOf is the multiplier (万, 亿, 万亿) that a scaled value most likely
// carries: the upper end of 6-8亿 lends its 亿 to the lower end.
func scaleOf(v float64) float64 {
	scale := 1.0
	for v/scale >= 10000 && scale < 1e12 {
		scale *= 10000
	}
	return scale
}
