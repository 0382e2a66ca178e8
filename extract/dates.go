package extract

// findDates returns the day of the event reported and the day the page was
// published (stub: the page's own date only).
func findDates(d *Doc) (date, published Day) { return "", d.Published }
