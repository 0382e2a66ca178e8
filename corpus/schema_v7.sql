-- Schema version 7: a document has a number, documents.doc, given in the
-- order documents are stored, and the extract and search tables refer to it
-- (doc) instead of the content hash (doc_id). Their keys then grow at one end:
-- with the hash, every batch stored inserted each extract at a random place in
-- six indexes, and rewrote most of their pages, a cost that grew with the store.
-- The document's short fields now come before its text, so reading them does
-- not walk the text's overflow pages (the covering index of version 5 is gone).
-- Join an extract to its document with USING (doc).
CREATE TABLE documents_v7 (
    doc       INTEGER PRIMARY KEY,        -- the document's number, in the order stored
    id        TEXT NOT NULL UNIQUE,       -- hash of the content as read
    source    TEXT NOT NULL,              -- file path (path:line for JSONL) or URL
    version   INTEGER NOT NULL,           -- 1, 2, … for successive contents of one source
    url       TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    script    TEXT NOT NULL,              -- 'traditional' or 'simplified' (of the input)
    quality   TEXT NOT NULL DEFAULT '[]', -- JSON array of problems seen in the input
    province  TEXT NOT NULL DEFAULT '',
    city      TEXT NOT NULL DEFAULT '',
    county    TEXT NOT NULL DEFAULT '',
    date      TEXT,                       -- event day: 'YYYY-MM-DD', '--MM-DD' or NULL
    published TEXT,                       -- page day or NULL
    outlet    TEXT NOT NULL DEFAULT '',
    reporters TEXT NOT NULL DEFAULT '[]', -- JSON array
    rules     TEXT NOT NULL,              -- version (hash) of the rules that made the extracts
    input     TEXT NOT NULL DEFAULT '{}', -- what the page said: title, published, outlet, reporters, url (JSON)
    text      TEXT NOT NULL,              -- normalized Simplified main text
    raw       TEXT NOT NULL               -- the decoded text before normalization
);
INSERT INTO documents_v7 (doc, id, source, version, url, title, script, quality, province, city, county,
    date, published, outlet, reporters, rules, input, text, raw)
  SELECT rowid, id, source, version, url, title, script, quality, province, city, county,
    date, published, outlet, reporters, rules, input, text, raw FROM documents ORDER BY rowid;

CREATE TABLE initiatives_v7 (
    doc      INTEGER NOT NULL REFERENCES documents_v7(doc) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,            -- order in the document
    name     TEXT NOT NULL,               -- as written
    key      TEXT NOT NULL,               -- normalized: numerals as digits, no quotes
    count    INTEGER,                     -- members promised; NULL for compound formulas
    complete INTEGER NOT NULL,            -- 1 when the members found agree with count
    sentence TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);
INSERT INTO initiatives_v7 SELECT d.doc, i.idx, i.name, i.key, i.count, i.complete, i.sentence, i.start, i.end
  FROM initiatives i JOIN documents_v7 d ON d.id = i.doc_id ORDER BY d.doc, i.idx;

CREATE TABLE initiative_items_v7 (
    doc            INTEGER NOT NULL,
    initiative_idx INTEGER NOT NULL,
    idx            INTEGER NOT NULL,
    item           TEXT NOT NULL,
    PRIMARY KEY (doc, initiative_idx, idx),
    FOREIGN KEY (doc, initiative_idx) REFERENCES initiatives_v7(doc, idx) ON DELETE CASCADE
);
INSERT INTO initiative_items_v7 SELECT d.doc, t.initiative_idx, t.idx, t.item
  FROM initiative_items t JOIN documents_v7 d ON d.id = t.doc_id ORDER BY d.doc, t.initiative_idx, t.idx;

CREATE TABLE initiative_mentions_v7 (
    doc            INTEGER NOT NULL,
    initiative_idx INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    FOREIGN KEY (doc, initiative_idx) REFERENCES initiatives_v7(doc, idx) ON DELETE CASCADE
);
INSERT INTO initiative_mentions_v7 SELECT d.doc, m.initiative_idx, m.start, m.end
  FROM initiative_mentions m JOIN documents_v7 d ON d.id = m.doc_id ORDER BY d.doc, m.initiative_idx, m.rowid;

CREATE TABLE figures_v7 (
    doc        INTEGER NOT NULL REFERENCES documents_v7(doc) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      REAL NOT NULL,
    max        REAL,                      -- upper end of a range
    unit       TEXT NOT NULL,
    comparator TEXT NOT NULL DEFAULT '',  -- '>=', '<=', '~' or ''
    measure    TEXT NOT NULL DEFAULT '',  -- what is counted: 项目, 总投资, 开复工率 …
    target     INTEGER NOT NULL,          -- 1 promised or planned, 0 reported
    deadline   TEXT NOT NULL DEFAULT '',
    sentence   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);
INSERT INTO figures_v7 SELECT d.doc, f.idx, f.text, f.value, f.max, f.unit, f.comparator, f.measure, f.target,
    f.deadline, f.sentence, f.start, f.end
  FROM figures f JOIN documents_v7 d ON d.id = f.doc_id ORDER BY d.doc, f.idx;

CREATE TABLE officials_v7 (
    doc    INTEGER NOT NULL REFERENCES documents_v7(doc) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    name   TEXT NOT NULL,
    titles TEXT NOT NULL DEFAULT '[]',    -- JSON array, in the text's order
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);
INSERT INTO officials_v7 SELECT d.doc, o.idx, o.name, o.titles, o.start, o.end
  FROM officials o JOIN documents_v7 d ON d.id = o.doc_id ORDER BY d.doc, o.idx;

CREATE TABLE campaigns_v7 (
    doc   INTEGER NOT NULL REFERENCES documents_v7(doc) ON DELETE CASCADE,
    idx   INTEGER NOT NULL,
    name  TEXT NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);
INSERT INTO campaigns_v7 SELECT d.doc, c.idx, c.name, c.start, c.end
  FROM campaigns c JOIN documents_v7 d ON d.id = c.doc_id ORDER BY d.doc, c.idx;

CREATE TABLE tasks_v7 (
    doc        INTEGER NOT NULL REFERENCES documents_v7(doc) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    initiative TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);
INSERT INTO tasks_v7 SELECT d.doc, t.idx, t.text, t.initiative, t.start, t.end
  FROM tasks t JOIN documents_v7 d ON d.id = t.doc_id ORDER BY d.doc, t.idx;

CREATE TABLE search_rows_v7 (
    id   INTEGER PRIMARY KEY,             -- = search_fts.rowid
    doc  INTEGER NOT NULL REFERENCES documents_v7(doc) ON DELETE CASCADE,
    kind TEXT NOT NULL                    -- doc, initiative, item, task, figure, target
);
INSERT INTO search_rows_v7 SELECT r.id, d.doc, r.kind
  FROM search_rows r JOIN documents_v7 d ON d.id = r.doc_id ORDER BY r.id;

-- The old tables go, children first (each drop deletes its rows, checking
-- the foreign keys that point at it); renaming a new table renames the
-- references to it.
DROP TABLE search_rows;
DROP TABLE tasks;
DROP TABLE campaigns;
DROP TABLE officials;
DROP TABLE figures;
DROP TABLE initiative_mentions;
DROP TABLE initiative_items;
DROP TABLE initiatives;
DROP TABLE documents;
ALTER TABLE documents_v7 RENAME TO documents;
ALTER TABLE initiatives_v7 RENAME TO initiatives;
ALTER TABLE initiative_items_v7 RENAME TO initiative_items;
ALTER TABLE initiative_mentions_v7 RENAME TO initiative_mentions;
ALTER TABLE figures_v7 RENAME TO figures;
ALTER TABLE officials_v7 RENAME TO officials;
ALTER TABLE campaigns_v7 RENAME TO campaigns;
ALTER TABLE tasks_v7 RENAME TO tasks;
ALTER TABLE search_rows_v7 RENAME TO search_rows;

CREATE INDEX documents_source ON documents(source, version);
CREATE INDEX documents_place ON documents(province, city);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX initiatives_key ON initiatives(key);
CREATE INDEX initiative_mentions_doc ON initiative_mentions(doc, initiative_idx);
CREATE INDEX figures_measure ON figures(measure);
CREATE INDEX officials_name ON officials(name);
CREATE INDEX campaigns_name ON campaigns(name);
CREATE INDEX search_rows_doc ON search_rows(doc);
