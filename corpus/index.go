package corpus

import (
	"context"
	"fmt"
	"strings"

	"github.com/tifa-project/tifa/extract"
)

// searchUnit is one thing search can find.
type searchUnit struct {
	kind   string
	ref    int
	text   string // shown in a hit (empty for a document: its text is in documents)
	source string // what is indexed, before indexTokens
}

// searchUnits lists the units of a record: the document (title, text and its
// formulas' normalized keys, so 10大攻坚行动 finds a text that writes
// 十大攻坚行动), each formula with its members, each member, task and figure.
// A text is one unit per kind: the three figures of one sentence are one
// hit, and the index holds the sentence once.
func searchUnits(r *extract.Record) []searchUnit {
	units := allUnits(r)
	type seen struct{ kind, text string }
	done := make(map[seen]bool, len(units))
	out := units[:0]
	for _, u := range units {
		k := seen{u.kind, u.text}
		if u.kind != "doc" && done[k] {
			continue
		}
		done[k] = true
		out = append(out, u)
	}
	return out
}

func allUnits(r *extract.Record) []searchUnit {
	var keys []string
	for _, in := range r.Initiatives {
		if in.Key != in.Name {
			keys = append(keys, in.Key)
		}
	}
	units := []searchUnit{{kind: "doc", ref: -1, source: r.Title + "\n" + r.Text + "\n" + strings.Join(keys, "\n")}}
	for i, in := range r.Initiatives {
		text := in.Name
		if len(in.Items) > 0 {
			text += ":" + strings.Join(in.Items, "、")
		}
		units = append(units, searchUnit{"initiative", i, text, text + "\n" + in.Key})
		for _, item := range in.Items {
			units = append(units, searchUnit{"item", i, item, item})
		}
	}
	for i, t := range r.Tasks {
		units = append(units, searchUnit{"task", i, t.Text, t.Text})
	}
	for i, f := range r.Figures {
		kind := "figure"
		if f.Target {
			kind = "target"
		}
		text := f.Sentence
		if text == "" {
			text = f.Text
		}
		units = append(units, searchUnit{kind, i, text, text})
	}
	return units
}

func insertSearchUnits(ctx context.Context, tx *txWriter, r *extract.Record) error {
	for _, u := range searchUnits(r) {
		res, err := tx.ExecContext(ctx, `INSERT INTO search_units (doc_id, kind, ref, text) VALUES (?, ?, ?, ?)`, r.ID, u.kind, u.ref, u.text)
		if err != nil {
			return fmt.Errorf("index %s: %w", u.kind, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("index %s: %w", u.kind, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)`, id, indexTokens(u.source)); err != nil {
			return fmt.Errorf("index %s: %w", u.kind, err)
		}
	}
	return nil
}

func deleteSearchUnits(ctx context.Context, tx *txWriter, docID string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_units WHERE doc_id = ?)`, docID); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_units WHERE doc_id = ?`, docID); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	return nil
}
