-- tifa's SQLite store. Query it with sqlite3, Datasette or pandas.
-- Schema version: PRAGMA user_version (this file is version 1; see migrations in store.go).
-- Offsets (start, end) are character (rune) offsets into documents.text, and
-- substr(d.text, start + 1, end - start) is exactly the extract's own text.

-- One row per distinct document content. A changed file at the same source is
-- a new row with the next version; unchanged content is never stored twice.
CREATE TABLE documents (
    id        TEXT PRIMARY KEY,           -- hash of the content as read
    source    TEXT NOT NULL,              -- file path (path:line for JSONL) or URL
    version   INTEGER NOT NULL,           -- 1, 2, … for successive contents of one source
    url       TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL,              -- normalized Simplified main text
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
    raw       TEXT NOT NULL,              -- the decoded text before normalization
    input     TEXT NOT NULL DEFAULT '{}'  -- what the page said: title, published, outlet, reporters, url (JSON)
);
CREATE INDEX documents_source ON documents(source, version);
CREATE INDEX documents_place ON documents(province, city);
CREATE INDEX documents_date ON documents(date);

-- Numbered formulas (数字化提法), one row per formula per document.
CREATE TABLE initiatives (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,            -- order in the document
    name     TEXT NOT NULL,               -- as written
    key      TEXT NOT NULL,               -- normalized: numerals as digits, no quotes
    count    INTEGER,                     -- members promised; NULL for compound formulas
    complete INTEGER NOT NULL,            -- 1 when the members found agree with count
    sentence TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX initiatives_key ON initiatives(key);

-- The members of each formula, as the text spells them out.
CREATE TABLE initiative_items (
    doc_id         TEXT NOT NULL,
    initiative_idx INTEGER NOT NULL,
    idx            INTEGER NOT NULL,
    item           TEXT NOT NULL,
    PRIMARY KEY (doc_id, initiative_idx, idx),
    FOREIGN KEY (doc_id, initiative_idx) REFERENCES initiatives(doc_id, idx) ON DELETE CASCADE
);

-- Every place a formula is named.
CREATE TABLE initiative_mentions (
    doc_id         TEXT NOT NULL,
    initiative_idx INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    FOREIGN KEY (doc_id, initiative_idx) REFERENCES initiatives(doc_id, idx) ON DELETE CASCADE
);
CREATE INDEX initiative_mentions_doc ON initiative_mentions(doc_id, initiative_idx);

-- Quantities: value in base units, target (promised) or fact (reported).
CREATE TABLE figures (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX figures_measure ON figures(measure);

CREATE TABLE officials (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    name   TEXT NOT NULL,
    titles TEXT NOT NULL DEFAULT '[]',    -- JSON array, in the text's order
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX officials_name ON officials(name);

CREATE TABLE campaigns (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    name   TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX campaigns_name ON campaigns(name);

-- Directives of the speech, linked to the formula they implement (by name).
CREATE TABLE tasks (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    initiative TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- Search: one unit per document and per extract, indexed in search_fts as
-- Chinese character bigrams and lower-case words (see corpus/ngram.go).
-- A document unit's text is empty (it is documents.title and .text); an
-- extract unit's text is what a hit shows.
CREATE TABLE search_units (
    id     INTEGER PRIMARY KEY,           -- = search_fts.rowid
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind   TEXT NOT NULL,                 -- doc, initiative, item, task, figure, target
    ref    INTEGER NOT NULL,              -- idx of the extract in its table; -1 for doc
    text   TEXT NOT NULL
);
CREATE INDEX search_units_doc ON search_units(doc_id);
CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
