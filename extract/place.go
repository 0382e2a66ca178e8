package extract

// placeRules are the compiled gazetteer and place cues (stub).
type placeRules struct{}

func compilePlaceRules(r *Rules) (*placeRules, error) { return &placeRules{}, nil }

// findPlace resolves the jurisdiction whose plan the document reports (stub).
func findPlace(d *Doc) Place { return Place{} }
