-- Schema version 4: the search index keeps which rows hold a token, not
-- where (detail=none), and its tokens are split on ASCII spaces only (the
-- tokens are made in Go: see corpus/ngram.go). Search matches phrases and
-- exclusions in Go, on the units of the rows the index finds (see Query).
-- The index is a fifth of the size and costs the writer half the time.
-- Opening an older store rebuilds its index (in Go, after this script).
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='', contentless_delete=1, detail=none, tokenize='ascii');
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);
DELETE FROM search_rows;
