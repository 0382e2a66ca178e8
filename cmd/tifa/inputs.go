package main

import (
	"iter"

	"github.com/tifa-project/tifa/corpus"
)

// readInputs reads the paths; "-" stands for JSON Lines on stdin.
func readInputs(e *env, rd *corpus.Reader, paths []string) iter.Seq[corpus.Item] {
	return func(yield func(corpus.Item) bool) {
		for _, p := range paths {
			var seq iter.Seq[corpus.Item]
			if p == "-" {
				seq = rd.ReadJSONL("stdin", e.stdin)
			} else {
				seq = rd.Read([]string{p})
			}
			for item := range seq {
				if !yield(item) {
					return
				}
			}
		}
	}
}
