package extract

import "strings"

// FormulaKey is a stand-in until the formula detector lands.
func FormulaKey(name string) string { return strings.Trim(name, "\"“”") }
