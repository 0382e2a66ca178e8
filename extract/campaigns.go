package extract

// findCampaigns finds year themes and fixed-length drives (stub).
func findCampaigns(d *Doc) []Campaign { return nil }
