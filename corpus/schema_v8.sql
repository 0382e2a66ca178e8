-- Schema version 8: a document's input (the decoded text before normalization,
-- which reextract analyses again) is stored as raw_delta, a zstd-compressed
-- delta against the normalized text beside it (corpus/rawdelta.go), instead of
-- in full as raw: the two are mostly the same bytes, and raw was 40% of a store
-- of news items. tifa fills the column from raw, then drops raw; the drop
-- rewrites the documents table.
ALTER TABLE documents ADD COLUMN raw_delta BLOB NOT NULL DEFAULT x'';
