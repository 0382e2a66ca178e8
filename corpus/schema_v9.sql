-- Schema version 9: a figure's text and sentence are slices of its document's
-- text, so the table keeps their offsets, not their copies (they were three
-- quarters of the figures' bytes and a sixth of a store of news items). The
-- rows live in figure_rows; figures is a view that reads the text and the
-- sentence out of documents.text, with the columns it had, so queries on it
-- are unchanged. A text or sentence that is not such a slice (a record built
-- by hand, say) is kept as written in the column of its name, NULL otherwise.
-- tifa fills figure_rows from figures, then drops the table.
CREATE TABLE figure_rows (
    doc            INTEGER NOT NULL REFERENCES "documents"(doc) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    value          REAL NOT NULL,
    max            REAL,                      -- upper end of a range
    unit           TEXT NOT NULL,
    comparator     TEXT NOT NULL DEFAULT '',  -- '>=', '<=', '~' or ''
    measure        TEXT NOT NULL DEFAULT '',  -- what is counted: 项目, 总投资, 开复工率 …
    target         INTEGER NOT NULL,          -- 1 promised or planned, 0 reported
    deadline       TEXT NOT NULL DEFAULT '',
    start          INTEGER NOT NULL,          -- the figure's text: documents.text, in characters
    end            INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,          -- its sentence, likewise
    sentence_end   INTEGER NOT NULL,
    text           TEXT,                      -- NULL: documents.text from start to end
    sentence       TEXT,                      -- NULL: documents.text from sentence_start to sentence_end
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
