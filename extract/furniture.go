package extract

// furnitureRules are the compiled patterns of page furniture (stub: filled by the page work).
type furnitureRules struct{}

func compileFurnitureRules(r *Rules) (*furnitureRules, error) { return &furnitureRules{}, nil }

// pageText is the text of a document with its furniture removed, and what the
// furniture said about the document.
type pageText struct {
	Text      string
	Title     string
	Published Day
	Outlet    string
	Reporters []string
}

// cleanFurniture drops page furniture lines from normalized text (stub).
func cleanFurniture(fr *furnitureRules, text string) pageText {
	return pageText{Text: text}
}
