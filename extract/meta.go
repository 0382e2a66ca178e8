package extract

// metaRules are the compiled place, title and campaign rules (stub).
type metaRules struct{}

func compileMetaRules(r *Rules) (*metaRules, error) { return &metaRules{}, nil }

// extractMeta fills place, dates, officials and campaigns (stub).
func extractMeta(d *Doc, rec *Record) {
	rec.Published = d.Published
}
