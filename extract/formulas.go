package extract

// formulaRules are the compiled formula heads, counters and pitfalls (stub).
type formulaRules struct{}

func compileFormulaRules(r *Rules) (*formulaRules, error) { return &formulaRules{}, nil }

// extractInitiatives finds numbered formulas and their members (stub).
func extractInitiatives(d *Doc, rec *Record) {}
