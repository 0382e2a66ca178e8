package extract

// extractTasks finds the directives of the speech (stub).
func extractTasks(d *Doc, rec *Record) {}
