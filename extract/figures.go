package extract

// figureRules are the compiled units and target markers (stub).
type figureRules struct{}

func compileFigureRules(r *Rules) (*figureRules, error) { return &figureRules{}, nil }

// extractFigures finds quantities and labels them target or fact (stub).
func extractFigures(d *Doc, rec *Record) {}
