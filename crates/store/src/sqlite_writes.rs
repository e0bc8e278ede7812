//! Record writes on SQLite, committed in groups.
//!
//! SQLite has one writer, and in WAL mode each commit appends every page it dirtied: the
//! records table's leaf pages, but also the same index and interior pages again and again.
//! A sync writes its pages as they come, so 100 short runs at once made ~400 small commits
//! where one long run made a few large ones, and paid about twice the CPU a record
//! (`nango-bench ingest`). Here the batches every run has queued while the previous commit was
//! under way are written in one transaction, each planned and counted on its own and in the
//! order they came (a batch reads what the batches before it in the group wrote), and one
//! commit ends them all.
//!
//! A group that fails is undone and its batches written again one transaction each, so that a
//! batch fails only for its own reason.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use sqlx::{Row, SqliteConnection, SqlitePool};
use tokio::sync::{mpsc, oneshot};

use crate::model::{RecordCounts, RecordInput, RecordWrite};
use crate::records::{self, StoredRecord};
use crate::{Result, Sealer, StoreError, now};

/// A group stops taking batches past this many records: one commit's pages stay a few MiB.
const GROUP_RECORDS: usize = 5_000;

/// One caller's batch, and where its counts go.
struct Batch {
    connection: i64,
    model: String,
    write: RecordWrite,
    records: Vec<RecordInput>,
    /// Seals the rows it writes and opens the stored ones it merges into.
    sealer: Arc<Sealer>,
    done: oneshot::Sender<Result<RecordCounts>>,
}

/// The queue to the task that owns record writes.
#[derive(Debug, Clone)]
pub(crate) struct RecordWriter {
    queue: mpsc::UnboundedSender<Batch>,
    sealer: Arc<Sealer>,
}

impl RecordWriter {
    /// Starts the task that writes records on `writer` (the store's one writing connection).
    /// It ends when the last handle is dropped.
    pub(crate) fn start(writer: SqlitePool) -> Self {
        let (queue, batches) = mpsc::unbounded_channel();
        tokio::spawn(write_forever(writer, batches));
        Self {
            queue,
            sealer: Arc::new(Sealer::none()),
        }
    }

    /// The same writer, sealing records with `sealer`.
    pub(crate) fn sealing_with(self, sealer: Arc<Sealer>) -> Self {
        Self { sealer, ..self }
    }

    /// Writes a batch (in a group with whatever else is queued) and answers its counts once
    /// committed.
    pub(crate) async fn write(
        &self,
        connection: i64,
        model: &str,
        write: RecordWrite,
        records: &[RecordInput],
    ) -> Result<RecordCounts> {
        let (done, counted) = oneshot::channel();
        let batch = Batch {
            connection,
            model: model.to_string(),
            write,
            records: records.to_vec(),
            sealer: self.sealer.clone(),
            done,
        };
        self.queue
            .send(batch)
            .map_err(|_| StoreError::Database("the record writer has stopped".into()))?;
        counted
            .await
            .map_err(|_| StoreError::Database("the record writer has stopped".into()))?
    }
}

async fn write_forever(writer: SqlitePool, mut batches: mpsc::UnboundedReceiver<Batch>) {
    while let Some(first) = batches.recv().await {
        let mut group = vec![first];
        let mut size = group[0].records.len();
        while size < GROUP_RECORDS {
            match batches.try_recv() {
                Ok(batch) => {
                    size += batch.records.len();
                    group.push(batch);
                }
                Err(_) => break,
            }
        }
        write_group(&writer, group).await;
    }
}

/// Writes a group in one transaction; if that fails, each batch in its own.
async fn write_group(writer: &SqlitePool, group: Vec<Batch>) {
    // A group that fails is undone, and each batch written again alone: it then fails (if it
    // does) for its own reason, reported to its caller.
    if group.len() > 1
        && let Ok(counts) = write_together(writer, &group).await
    {
        for (batch, counts) in group.into_iter().zip(counts) {
            let _ = batch.done.send(Ok(counts));
        }
        return;
    }
    for batch in group {
        let written = write_together(writer, std::slice::from_ref(&batch))
            .await
            .map(|counts| counts[0]);
        let _ = batch.done.send(written);
    }
}

/// Writes batches in one transaction; their counts, in order.
async fn write_together(writer: &SqlitePool, group: &[Batch]) -> Result<Vec<RecordCounts>> {
    let mut tx = writer.begin_with("BEGIN IMMEDIATE").await?;
    let mut counts = Vec::with_capacity(group.len());
    for batch in group {
        counts.push(write_batch(&mut tx, batch).await?);
    }
    tx.commit().await?;
    Ok(counts)
}

/// One batch inside a transaction: the stored hashes of its ids, the plan, the rows.
async fn write_batch(tx: &mut SqliteConnection, batch: &Batch) -> Result<RecordCounts> {
    let Batch {
        connection,
        model,
        write,
        records,
        sealer,
        ..
    } = batch;
    let mut stored: HashMap<String, StoredRecord> = HashMap::new();
    let ids: Vec<&str> = records.iter().map(|record| record.id.as_str()).collect();
    for chunk in ids.chunks(500) {
        let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            if records::needs_stored_data(*write) {
                "SELECT external_id, hash, deleted_at IS NOT NULL AS deleted, data FROM records WHERE connection = "
            } else {
                "SELECT external_id, hash, deleted_at IS NOT NULL AS deleted, '' AS data FROM records WHERE connection = "
            },
        );
        query
            .push_bind(*connection)
            .push(" AND model = ")
            .push_bind(model.as_str())
            .push(" AND external_id IN (");
        let mut list = query.separated(", ");
        for id in chunk {
            list.push_bind(*id);
        }
        query.push(")");
        for row in query.build().fetch_all(&mut *tx).await? {
            stored.insert(
                row.get("external_id"),
                StoredRecord {
                    hash: row.get("hash"),
                    deleted: row.get("deleted"),
                    data: sealer.open_record(row.get("data"))?.into_owned(),
                },
            );
        }
    }
    let at = now();
    let plan = records::plan(*write, records, stored, &at);
    let changes = plan.changes;
    if !changes.is_empty() {
        let last: i64 = sqlx::query_scalar(
            "UPDATE counters SET value = value + ? WHERE name = 'record_cursor' RETURNING value",
        )
        .bind(changes.len() as i64)
        .fetch_one(&mut *tx)
        .await?;
        let rows: Vec<(i64, &records::RecordChange, Cow<str>)> =
            records::cursors(last, changes.len())
                .zip(&changes)
                .map(|(cursor, change)| (cursor, change, sealer.seal_record(&change.data)))
                .collect();
        for chunk in rows.chunks(1000) {
            let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO records (connection, model, external_id, data, hash, first_seen_at, last_modified_at, last_action, deleted_at, cursor) ",
            );
            query.push_values(chunk, |mut row, (cursor, change, data)| {
                row.push_bind(*connection)
                    .push_bind(model.as_str())
                    .push_bind(change.id.as_str())
                    .push_bind(data.as_ref())
                    .push_bind(change.hash.as_str())
                    .push_bind(at.as_str())
                    .push_bind(at.as_str())
                    .push_bind(change.action.as_str())
                    .push_bind(change.deleted_at.as_deref())
                    .push_bind(*cursor);
            });
            query.push(" ON CONFLICT (connection, model, external_id) DO UPDATE SET data = excluded.data, hash = excluded.hash, last_modified_at = excluded.last_modified_at, last_action = excluded.last_action, deleted_at = excluded.deleted_at, cursor = excluded.cursor");
            query.build().execute(&mut *tx).await?;
        }
    }
    Ok(plan.counts)
}
