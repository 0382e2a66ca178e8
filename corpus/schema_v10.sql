-- Schema version 10: documents.input keeps only what of the input differs
-- from the document's own columns. It is a JSON object whose fields title,
-- published, outlet, reporters and url are present only where the page or
-- record said something else than the column of the same name; an absent
-- field reads as that column, a present one (even "" or []) as written. A JSON
-- Lines record's title, day, outlet and URL are nearly always the document's,
-- so the column is mostly '{}'. tifa rewrites each row (toV10 in store.go);
-- this script changes no table.
SELECT 1;
