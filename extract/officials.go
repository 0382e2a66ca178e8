package extract

// peopleRules are the compiled office titles and campaign patterns (stub).
type peopleRules struct{}

func compilePeopleRules(r *Rules) (*peopleRules, error) { return &peopleRules{}, nil }

// findOfficials finds people with the offices the text attaches to them (stub).
func findOfficials(d *Doc) []Official { return nil }
