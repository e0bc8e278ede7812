#!/usr/bin/env python3
"""The reference `nango-bench ingest` measures the server against: the storage work of a sync and
nothing else, on one core. It parses each page's JSON text, serializes and hashes (SHA-256, hex, as
the server does) each record, and writes batches of 1,000 in one transaction each: read the stored
hashes of the batch's ids, skip unchanged records, take cursors from the counter, upsert the rest.
Same SQLite settings (WAL, synchronous=NORMAL) and the same table and cursor index as the server.

    sqlite_ingest.py <db> <records> [<offset> <generation>]

The pages are built before the clock starts (the server gets them from a mock API instead). Prints
one JSON line: {"records", "seconds", "added", "unchanged"}.
"""
import hashlib, json, sqlite3, sys, time

db, total = sys.argv[1], int(sys.argv[2])
offset = int(sys.argv[3]) if len(sys.argv) > 3 else 0
generation = int(sys.argv[4]) if len(sys.argv) > 4 else 0

def record(i):  # the 1 kB record of crates/bench/src/syncs.rs
    return {"id": f"r{i}", "name": f"Contact {i}", "email": f"contact{i}@example.com",
            "company": {"id": i % 997, "name": "Acme Corporation", "domain": "acme.example"},
            "tags": ["customer", "newsletter", "beta"], "generation": generation, "notes": "x" * 820}

pages = [json.dumps({"records": [record(offset + i) for i in range(s, min(s + 100, total))]})
         for s in range(0, total, 100)]
con = sqlite3.connect(db, isolation_level=None)
con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=NORMAL")
con.executescript("""
CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY, connection INTEGER NOT NULL,
  model TEXT NOT NULL, external_id TEXT NOT NULL, hash TEXT NOT NULL, deleted_at TEXT,
  cursor INTEGER NOT NULL, last_action TEXT NOT NULL, first_seen_at TEXT NOT NULL,
  last_modified_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS records_by_id ON records (connection, model, external_id);
CREATE INDEX IF NOT EXISTS records_by_cursor ON records (connection, model, cursor);
CREATE INDEX IF NOT EXISTS records_live ON records (connection, model, deleted_at) WHERE deleted_at IS NULL;
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO counters VALUES ('record_cursor', 0);""")
counts = {"added": 0, "unchanged": 0}

def flush(batch):
    at = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
    con.execute("BEGIN IMMEDIATE")
    ids = [r["id"] for r in batch]
    stored = dict(con.execute("SELECT external_id, hash FROM records WHERE connection = 1 AND model = 'Contact'"
                              f" AND external_id IN ({','.join('?' * len(ids))})", ids))
    rows = []
    for r in batch:
        data = json.dumps(r, separators=(",", ":"))
        digest = hashlib.sha256(data.encode()).hexdigest()
        if stored.get(r["id"]) == digest:
            counts["unchanged"] += 1
        else:
            counts["added"] += 1
            rows.append((r["id"], data, digest, at, at))
    if rows:
        last = con.execute("UPDATE counters SET value = value + ? WHERE name = 'record_cursor' RETURNING value",
                           (len(rows),)).fetchone()[0]
        con.executemany("INSERT INTO records (external_id, data, hash, first_seen_at, last_modified_at, cursor,"
                        " connection, model, last_action) VALUES (?, ?, ?, ?, ?, ?, 1, 'Contact', 'ADDED') ON CONFLICT (connection, model, external_id)"
                        " DO UPDATE SET data = excluded.data, hash = excluded.hash, cursor = excluded.cursor,"
                        " last_modified_at = excluded.last_modified_at, last_action = 'UPDATED'",
                        [row + (last - len(rows) + 1 + n,) for n, row in enumerate(rows)])
    con.execute("COMMIT")

started, batch = time.perf_counter(), []
for text in pages:
    batch.extend(json.loads(text)["records"])
    if len(batch) >= 1000:
        flush(batch); batch = []
if batch:
    flush(batch)
print(json.dumps({"records": total, "seconds": time.perf_counter() - started, **counts}))
