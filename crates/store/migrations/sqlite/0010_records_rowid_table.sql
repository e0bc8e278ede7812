-- The records table again, as a rowid table with its key in an index and the record's JSON
-- text as its last column. Before, it was a WITHOUT ROWID table keyed by
-- (connection, model, external_id) with `data` before `hash`: SQLite keeps such a table's
-- whole rows in its key b-tree, which works for small rows only (its documentation says
-- under a twentieth of a page). With records of a kilobyte, every key lookup compared against
-- rows spilled into overflow pages, and every hash check of a save and every live-record
-- count read the whole record. Now the key index is small, and a row's hash and deletion
-- come first, so reading them does not touch the record's text.
CREATE TABLE records_v2 (
    id INTEGER PRIMARY KEY,
    connection INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    external_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    deleted_at TEXT,
    cursor INTEGER NOT NULL,
    last_action TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_modified_at TEXT NOT NULL,
    data TEXT NOT NULL
);
INSERT INTO records_v2 (connection, model, external_id, hash, deleted_at, cursor, last_action, first_seen_at, last_modified_at, data)
    SELECT connection, model, external_id, hash, deleted_at, cursor, last_action, first_seen_at, last_modified_at, data FROM records ORDER BY cursor;
DROP TABLE records;
ALTER TABLE records_v2 RENAME TO records;
-- A batch reads its stored rows by id and upserts on this key.
CREATE UNIQUE INDEX records_by_id ON records (connection, model, external_id);
CREATE INDEX records_by_cursor ON records (connection, model, cursor);
-- `/sync/status` counts a model's live records from this index alone (`deleted_at` is in it so
-- that it covers the query: without it SQLite reads every row to check the condition).
CREATE INDEX records_live ON records (connection, model, deleted_at) WHERE deleted_at IS NULL;
