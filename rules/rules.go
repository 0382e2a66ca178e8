// Package rules holds tifa's linguistic knowledge as data files: formula heads
// and counters, pitfalls, units, commitment markers, titles, places and the
// segmentation lexicon. extract.LoadRules compiles them; a user's own folder of
// files with the same names extends them (see README.md in this folder).
package rules

import "embed"

// FS holds the built-in rule files.
//
//go:embed *.txt *.tsv README.md
var FS embed.FS
