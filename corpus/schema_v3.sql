-- Schema version 3: the search index holds one row per document and kind of
-- unit, not one per unit (see corpus/index.go): FTS5 pays per row far more
-- than per token. Search picks the matching units of a row from the extract
-- tables. Opening an older store rebuilds its index (in Go, after this script).
DROP TABLE search_units;
INSERT INTO search_fts(search_fts) VALUES ('delete-all');
CREATE TABLE search_rows (
    id     INTEGER PRIMARY KEY,           -- = search_fts.rowid
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind   TEXT NOT NULL                  -- doc, initiative, item, task, figure, target
);
CREATE INDEX search_rows_doc ON search_rows(doc_id);
