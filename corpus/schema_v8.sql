-- Schema version 8: a document's input (the decoded text before normalization,
-- which reextract analyses again) is stored as raw_delta, a zstd-compressed
-- delta against the normalized text beside it (corpus/rawdelta.go), instead of
-- in full as raw: the two are mostly the same bytes, and raw was 40% of a store
-- of news items. tifa fills the column from raw, then drops raw; the drop
-- rewrites the documents table.
ALTER TABLE documents ADD COLUMN raw_delta BLOB NOT NULL DEFAULT x'';

-- The formula registry: what the whole store knows about each formula key,
-- kept up to date by ingest and reextract (corpus/registry.go) for the keys
-- their documents hold, so that a formula's spread is read from a few rows,
-- not from every use. A document's day is its date when it is a full date,
-- else its published day (as search and compare read it).

-- One row per formula key and place that used it.
CREATE TABLE registry_places (
    key       TEXT NOT NULL,             -- initiatives.key
    province  TEXT NOT NULL,             -- the documents' place ('' for national documents)
    city      TEXT NOT NULL,
    county    TEXT NOT NULL,
    n_docs    INTEGER NOT NULL,          -- documents of this place that use the formula
    first_day TEXT,                      -- the earliest day of those documents, NULL when none is dated
    last_day  TEXT,
    first_doc INTEGER,                   -- the document of first_day (documents.doc)
    PRIMARY KEY (key, province, city, county)
) WITHOUT ROWID;

-- The names a formula key is written as (十大攻坚行动, 10大攻坚行动, “十大”攻坚行动 …).
CREATE TABLE registry_names (
    key    TEXT NOT NULL,
    name   TEXT NOT NULL,
    n_docs INTEGER NOT NULL,
    PRIMARY KEY (key, name)
) WITHOUT ROWID;

-- The member lists the documents spell out for a key, by the place that spells them: a
-- city's 三个一批 is not another city's.
CREATE TABLE registry_lists (
    key      TEXT NOT NULL,
    province TEXT NOT NULL,
    city     TEXT NOT NULL,
    members  TEXT NOT NULL,              -- JSON array of the members, as written, in order
    complete INTEGER NOT NULL,           -- 1 when the documents found as many members as the count says
    n_docs   INTEGER NOT NULL,
    docs     TEXT NOT NULL,              -- JSON array of the documents' ids, in the order stored
    PRIMARY KEY (key, province, city, members)
) WITHOUT ROWID;

-- Keys that share a member list are variants of one formula.
CREATE INDEX registry_lists_members ON registry_lists(members);

-- Keys whose registry rows are out of date: written in the transaction that stores
-- or replaces a document, cleared when the rows are rebuilt.
CREATE TABLE registry_dirty (key TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO registry_dirty SELECT DISTINCT key FROM initiatives;
