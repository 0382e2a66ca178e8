// Package extract turns the text of one document into a Record: normalized
// Simplified text, the place and dates, officials, campaigns, numbered formulas
// with their members, figures with their target/fact label, and tasks.
//
// It does no I/O and no SQL: corpus reads documents and stores records.
package extract

import "encoding/json"

// Record is the one value that flows through tifa: analyze prints it, ingest
// stores it, export prints it back. Its JSON form is the contract other tools
// read (see the README). Offsets (Start, End) are rune offsets into Text, and
// every extract's offsets slice exactly its own text out of Text.
type Record struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Script    string   `json:"script"`
	Quality   []string `json:"quality"`
	Place     Place    `json:"place"`
	Date      Day      `json:"date"`
	Published Day      `json:"published"`
	Outlet    string   `json:"outlet,omitempty"`
	Reporters []string `json:"reporters,omitempty"`
	Rules     string   `json:"rules"`

	Campaigns   []Campaign   `json:"campaigns"`
	Officials   []Official   `json:"officials"`
	Initiatives []Initiative `json:"initiatives"`
	Figures     []Figure     `json:"figures"`
	Tasks       []Task       `json:"tasks"`

	// Input is what the record was made from (the decoded text before
	// normalization, and what the page said); it is stored so that reextract
	// can run new rules without the original files. It is never printed.
	Input Input `json:"-"`
}

// Place is the jurisdiction whose plan the document reports. Full official
// names; empty when unknown. Municipalities are both province and city.
type Place struct {
	Province string `json:"province"`
	City     string `json:"city"`
	County   string `json:"county"`
}

// Day is an ISO date ("2021-09-15"), a yearless one ("--09-15"), or empty for
// unknown, which is written as JSON null.
type Day string

// MarshalJSON writes an empty Day as null.
func (d Day) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads null as the empty Day.
func (d *Day) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Day(s)
	return nil
}

// Span locates an extract: rune offsets into Record.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Campaign is a named drive the document launches or pushes ("项目建设年", "百日攻坚").
type Campaign struct {
	Name string `json:"name"`
	Span
}

// Official is a person to whom the text attaches a public office.
type Official struct {
	Name   string   `json:"name"`
	Titles []string `json:"titles"`
	Span
}

// Initiative is a numbered formula (数字化提法): "十大攻坚行动", "三个一批", "1+N+2".
type Initiative struct {
	Name     string    `json:"name"`     // as written, numerals as written, no quotes
	Key      string    `json:"key"`      // normalized: Chinese numerals as digits, no quotes
	Count    *int      `json:"count"`    // members the numeral promises; nil for compound formulas
	Items    []string  `json:"items"`    // members as the text spells them out
	Complete bool      `json:"complete"` // the items found agree with Count
	Sentence string    `json:"sentence"` // the sentence of the first mention
	Mentions []Mention `json:"mentions"` // every place the formula is named
	Span               // the first mention
}

// Mention is one occurrence of a formula's name.
type Mention struct {
	Span
}

// Figure is a quantity: its value in base units, unit, comparator, and whether
// the text commits to it (target) or reports it (fact).
type Figure struct {
	Text       string   `json:"text"`
	Value      float64  `json:"value"`
	Max        *float64 `json:"max"`
	Unit       string   `json:"unit"`
	Comparator string   `json:"comparator,omitempty"` // ">=", "<=", "~"
	Measure    string   `json:"measure,omitempty"`    // what is counted: 项目, 总投资, 开复工率 …
	Target     bool     `json:"target"`
	Deadline   string   `json:"deadline,omitempty"` // ISO date or year when a deadline is stated
	Sentence   string   `json:"sentence"`
	Span
}

// Task is a directive of the speech, linked to the formula it implements when
// the text makes that link.
type Task struct {
	Text       string `json:"text"`
	Initiative string `json:"initiative,omitempty"`
	Span
}
