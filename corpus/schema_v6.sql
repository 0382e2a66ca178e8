-- Schema version 6: the search index merges its segments sixteen at a time,
-- not four (FTS5 'automerge'): each token's rows are rewritten about half as
-- often while a corpus is stored, and a search reads a few more segments.
INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 16);
