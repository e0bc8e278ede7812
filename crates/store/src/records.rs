//! The records cache's rules, whatever database keeps the rows: when a saved record counts as
//! added, updated or unchanged, what its hash is, how `batchUpdate` merges into a stored record,
//! what `batchDelete` keeps, and how a batch's changes take their cursors.
//!
//! A backend reads what it has of a batch's ids ([`StoredRecord`]), asks [`plan`] what to write,
//! and writes the returned [`RecordChange`]s in one transaction with the cursors of
//! [`cursors`]. Only the reading and writing are SQL.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::model::{RecordCounts, RecordInput, RecordWrite};

/// What a backend has of one record before a batch is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    /// Its [`hash`].
    pub hash: String,
    /// Whether it is marked deleted.
    pub deleted: bool,
    /// The stored JSON text. Only read for [`RecordWrite::Update`] and [`RecordWrite::Delete`]
    /// (see [`needs_stored_data`]): a save may leave it empty.
    pub data: String,
}

/// The last change of a record, as `last_action` stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordAction {
    /// Saved for the first time (or again after a delete).
    Added,
    /// Saved or merged with different content.
    Updated,
    /// Marked deleted.
    Deleted,
}

impl RecordAction {
    /// The stored name (`ADDED`, `UPDATED`, `DELETED`), which `/records` returns as is.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordAction::Added => "ADDED",
            RecordAction::Updated => "UPDATED",
            RecordAction::Deleted => "DELETED",
        }
    }
}

/// One row a batch writes (inserted, or replacing the stored one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChange {
    /// The record's id.
    pub id: String,
    /// The JSON text to store.
    pub data: String,
    /// Its [`hash`].
    pub hash: String,
    /// What happened to it.
    pub action: RecordAction,
    /// When it was deleted (a delete only).
    pub deleted_at: Option<String>,
}

/// What a batch does: its counts and the rows to write, in batch order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordPlan {
    /// What the batch did, as the sync reports it.
    pub counts: RecordCounts,
    /// The rows to write; each takes the next cursor, in this order.
    pub changes: Vec<RecordChange>,
}

/// The hash that tells whether a saved record changed: SHA-256 of its JSON text, in hex.
pub fn hash(data: &str) -> String {
    use sha2::Digest;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = sha2::Sha256::digest(data.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push(HEX[usize::from(byte >> 4)] as char);
        out.push(HEX[usize::from(byte & 15)] as char);
    }
    out
}

/// `batchUpdate`: the fields given (JSON text) replace the stored record's fields of the same
/// name; the others stay. A stored record that is not a JSON object is kept as it is.
pub fn merge(stored: &str, fields: &str) -> String {
    let mut merged: Value = serde_json::from_str(stored).unwrap_or(Value::Null);
    let fields: Value = serde_json::from_str(fields).unwrap_or(Value::Null);
    if let (Some(target), Some(fields)) = (merged.as_object_mut(), fields.as_object()) {
        for (key, value) in fields {
            target.insert(key.clone(), value.clone());
        }
    }
    merged.to_string()
}

/// Whether [`plan`] needs the stored records' data, not only their hashes: a save replaces
/// the whole record, so a backend can skip reading (possibly large) stored rows for it.
pub fn needs_stored_data(write: RecordWrite) -> bool {
    write != RecordWrite::Save
}

/// Decides what a batch of `write` does to records of which the backend has
/// `stored` (by id), at time `at`:
///
/// - a save of a live record with the same hash is unchanged (not rewritten, no new cursor);
///   with another hash, updated; of a record the cache does not have, or has deleted, added;
/// - an update merges into a live record (see [`merge`]), unchanged when that changes
///   nothing; ids the cache does not have live are skipped (there is nothing to merge into);
/// - a delete marks a live record deleted and keeps its data; others are skipped.
///
/// A record written twice in one batch is written once, as it was last, and counted once (a
/// record added and saved again in the same batch is one added record).
pub fn plan(
    write: RecordWrite,
    records: &[RecordInput],
    mut stored: HashMap<String, StoredRecord>,
    at: &str,
) -> RecordPlan {
    let mut counts = RecordCounts::default();
    let mut changes: Vec<Option<RecordChange>> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    let mut added_here: HashSet<String> = HashSet::new();
    for RecordInput { id, json } in records {
        let live = stored.get(id).filter(|record| !record.deleted);
        let change = match write {
            RecordWrite::Save => {
                let hash = hash(json);
                let data = || json.clone();
                match live {
                    Some(record) if record.hash == hash => {
                        counts.unchanged += 1;
                        None
                    }
                    // New in this very batch: still one added record.
                    Some(_) if added_here.contains(id) => Some((data(), hash, RecordAction::Added)),
                    Some(_) => {
                        counts.updated += 1;
                        Some((data(), hash, RecordAction::Updated))
                    }
                    None => {
                        counts.added += 1;
                        added_here.insert(id.clone());
                        Some((data(), hash, RecordAction::Added))
                    }
                }
            }
            RecordWrite::Update => live.and_then(|record| {
                let data = merge(&record.data, json);
                let hash = hash(&data);
                if hash == record.hash {
                    counts.unchanged += 1;
                    None
                } else {
                    counts.updated += 1;
                    Some((data, hash, RecordAction::Updated))
                }
            }),
            RecordWrite::Delete => live.map(|record| {
                counts.deleted += 1;
                (
                    record.data.clone(),
                    record.hash.clone(),
                    RecordAction::Deleted,
                )
            }),
        };
        let Some((data, hash, action)) = change else {
            continue;
        };
        let deleted_at = (action == RecordAction::Deleted).then(|| at.to_string());
        // Later records of the batch see this one as stored.
        stored.insert(
            id.clone(),
            StoredRecord {
                hash: hash.clone(),
                deleted: deleted_at.is_some(),
                data: data.clone(),
            },
        );
        if let Some(earlier) = position.insert(id.clone(), changes.len()) {
            changes[earlier] = None;
        }
        changes.push(Some(RecordChange {
            id: id.clone(),
            data,
            hash,
            action,
            deleted_at,
        }));
    }
    RecordPlan {
        counts,
        changes: changes.into_iter().flatten().collect(),
    }
}

/// The cursors of a batch of `count` changes, in order, once the backend has advanced its
/// one counter by `count` and read back `last`: every change gets a new cursor, larger than
/// any before, so that a reader paging by cursor sees each change once.
pub fn cursors(last: i64, count: usize) -> std::ops::RangeInclusive<i64> {
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    (last - count + 1)..=last
}

/// The deletes of a full run: the live ids it did not see, as a [`RecordWrite::Delete`] batch.
pub fn unseen(live: Vec<String>, seen: &HashSet<String>) -> Vec<RecordInput> {
    live.into_iter()
        .filter(|id| !seen.contains(id))
        .map(|id| RecordInput::new(id, "null"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stored(value: &Value, deleted: bool) -> StoredRecord {
        let data = value.to_string();
        StoredRecord {
            hash: hash(&data),
            deleted,
            data,
        }
    }

    fn batch(records: &[(&str, Value)]) -> Vec<RecordInput> {
        records
            .iter()
            .map(|(id, value)| RecordInput::from_value(*id, value))
            .collect()
    }

    fn actions(plan: &RecordPlan) -> Vec<(&str, RecordAction)> {
        plan.changes
            .iter()
            .map(|c| (c.id.as_str(), c.action))
            .collect()
    }

    #[test]
    fn the_hash_is_the_hex_sha256_of_the_json_text() {
        assert_eq!(
            hash("{}"),
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
    }

    #[test]
    fn saves_are_added_updated_or_unchanged_by_hash() {
        let existing = HashMap::from([
            ("same".to_string(), stored(&json!({ "n": 1 }), false)),
            ("changed".to_string(), stored(&json!({ "n": 1 }), false)),
            ("deleted".to_string(), stored(&json!({ "n": 1 }), true)),
        ]);
        let plan = plan(
            RecordWrite::Save,
            &batch(&[
                ("same", json!({ "n": 1 })),
                ("changed", json!({ "n": 2 })),
                ("deleted", json!({ "n": 1 })),
                ("new", json!({ "n": 1 })),
            ]),
            existing,
            "now",
        );
        assert_eq!(
            (
                plan.counts.added,
                plan.counts.updated,
                plan.counts.unchanged
            ),
            (2, 1, 1)
        );
        assert_eq!(
            actions(&plan),
            [
                ("changed", RecordAction::Updated),
                ("deleted", RecordAction::Added),
                ("new", RecordAction::Added),
            ]
        );
        assert!(plan.changes.iter().all(|c| c.deleted_at.is_none()));
        assert_eq!(plan.changes[0].data, r#"{"n":2}"#);
        assert_eq!(plan.changes[0].hash, hash(r#"{"n":2}"#));
    }

    #[test]
    fn a_save_stores_and_hashes_its_text_as_given() {
        let text = r#"{"b":1, "a":[2]}"#;
        let plan = plan(
            RecordWrite::Save,
            &[RecordInput::new("1", text)],
            HashMap::new(),
            "now",
        );
        assert_eq!(plan.changes[0].data, text);
        assert_eq!(plan.changes[0].hash, hash(text));
    }

    #[test]
    fn a_record_saved_twice_in_a_batch_is_written_once_as_it_was_last() {
        let plan = plan(
            RecordWrite::Save,
            &batch(&[
                ("1", json!({ "v": "a" })),
                ("2", json!({ "v": "x" })),
                ("1", json!({ "v": "b" })),
            ]),
            HashMap::new(),
            "now",
        );
        assert_eq!((plan.counts.added, plan.counts.updated), (2, 0));
        assert_eq!(
            actions(&plan),
            [("2", RecordAction::Added), ("1", RecordAction::Added)]
        );
        assert_eq!(plan.changes[1].data, r#"{"v":"b"}"#);
    }

    #[test]
    fn updates_merge_fields_into_live_records_only() {
        let existing = HashMap::from([
            (
                "1".to_string(),
                stored(&json!({ "id": "1", "a": 1 }), false),
            ),
            (
                "2".to_string(),
                stored(&json!({ "id": "2", "a": 1 }), false),
            ),
            ("gone".to_string(), stored(&json!({ "id": "gone" }), true)),
        ]);
        let plan = plan(
            RecordWrite::Update,
            &batch(&[
                ("1", json!({ "b": 2 })),
                ("2", json!({ "a": 1 })),
                ("gone", json!({ "b": 2 })),
                ("missing", json!({ "b": 2 })),
                ("1", json!({ "c": 3 })),
            ]),
            existing,
            "now",
        );
        assert_eq!((plan.counts.updated, plan.counts.unchanged), (2, 1));
        assert_eq!(actions(&plan), [("1", RecordAction::Updated)]);
        // The second update of `1` merges into the first one's result.
        assert_eq!(
            serde_json::from_str::<Value>(&plan.changes[0].data).unwrap(),
            json!({ "id": "1", "a": 1, "b": 2, "c": 3 })
        );
    }

    #[test]
    fn merge_replaces_named_fields_and_keeps_non_objects() {
        assert_eq!(
            merge(r#"{"a":1,"b":{"x":1}}"#, r#"{"b":{"y":2}}"#),
            r#"{"a":1,"b":{"y":2}}"#
        );
        assert_eq!(merge("[1]", r#"{"a":1}"#), "[1]");
        assert_eq!(merge(r#"{"a":1}"#, "[2]"), r#"{"a":1}"#);
    }

    #[test]
    fn deletes_mark_live_records_and_keep_their_data() {
        let existing = HashMap::from([
            ("1".to_string(), stored(&json!({ "id": "1" }), false)),
            ("2".to_string(), stored(&json!({ "id": "2" }), true)),
        ]);
        let plan = plan(
            RecordWrite::Delete,
            &batch(&[("1", Value::Null), ("2", Value::Null), ("1", Value::Null)]),
            existing,
            "2025-01-01T00:00:00.000Z",
        );
        assert_eq!(plan.counts.deleted, 1);
        assert_eq!(
            plan.changes,
            [RecordChange {
                id: "1".into(),
                data: r#"{"id":"1"}"#.into(),
                hash: hash(r#"{"id":"1"}"#),
                action: RecordAction::Deleted,
                deleted_at: Some("2025-01-01T00:00:00.000Z".into()),
            }]
        );
    }

    #[test]
    fn only_updates_and_deletes_read_stored_data() {
        assert!(!needs_stored_data(RecordWrite::Save));
        assert!(needs_stored_data(RecordWrite::Update));
        assert!(needs_stored_data(RecordWrite::Delete));
    }

    #[test]
    fn a_batch_takes_the_cursors_just_below_the_advanced_counter() {
        assert_eq!(cursors(10, 3).collect::<Vec<_>>(), [8, 9, 10]);
        assert_eq!(cursors(1, 1).collect::<Vec<_>>(), [1]);
        assert_eq!(cursors(5, 0).count(), 0);
    }

    #[test]
    fn a_full_run_deletes_what_it_did_not_see() {
        let seen = HashSet::from(["b".to_string()]);
        assert_eq!(
            unseen(vec!["a".into(), "b".into(), "c".into()], &seen),
            [RecordInput::new("a", "null"), RecordInput::new("c", "null")]
        );
    }
}
