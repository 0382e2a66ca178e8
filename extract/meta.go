package extract

// extractMeta fills the facts that let users compare documents: where, when,
// who, and which campaigns.
func extractMeta(d *Doc, rec *Record) {
	rec.Place = findPlace(d)
	rec.Date, rec.Published = findDates(d)
	rec.Officials = findOfficials(d)
	rec.Campaigns = findCampaigns(d)
}
