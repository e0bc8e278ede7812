//! The records cursor's contract as a property: for any sequence of batches (saves, updates,
//! deletes) interleaved with readers paging by cursor, each page a reader gets is exactly the
//! records that changed since its cursor, oldest change first, each as it is now; so a reader
//! misses nothing and sees no change twice, and one that pages to the end holds what the cache
//! holds. A small model of the cache's rules (records.rs) says what each page must be.
//!
//! proptest generates the sequences; the store is async, so the cases are driven here (a fixed
//! seed, and on a failure proptest's shrinking, to report the smallest sequence that fails).

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Value, json};

use crate::*;

/// Few ids and values, so that sequences save the same record again, unchanged or not.
const IDS: u8 = 5;
const VALUES: u8 = 3;
const READERS: u8 = 2;

#[derive(Debug, Clone)]
enum Step {
    /// One batch of one kind: `(id, value)` pairs (a value is unused by a delete).
    Write(RecordWrite, Vec<(u8, u8)>),
    /// A reader reads one page after its cursor.
    Read { reader: u8, limit: u8 },
}

fn step() -> impl Strategy<Value = Step> {
    let pairs = proptest::collection::vec((0..IDS, 0..VALUES), 1..6);
    prop_oneof![
        3 => pairs.clone().prop_map(|p| Step::Write(RecordWrite::Save, p)),
        1 => pairs.clone().prop_map(|p| Step::Write(RecordWrite::Update, p)),
        1 => pairs.prop_map(|p| Step::Write(RecordWrite::Delete, p)),
        3 => (0..READERS, 1u8..5).prop_map(|(reader, limit)| Step::Read { reader, limit }),
    ]
}

/// A record as the model holds it.
#[derive(Debug, Clone, PartialEq)]
struct Held {
    data: Value,
    action: &'static str,
    /// Its place in the order of changes.
    change: u64,
}

#[derive(Default)]
struct Model {
    records: BTreeMap<String, Held>,
    changes: u64,
}

impl Model {
    fn live(&self, id: &str) -> Option<&Held> {
        self.records.get(id).filter(|held| held.action != "DELETED")
    }

    fn apply(&mut self, write: RecordWrite, batch: &[RecordInput]) {
        let mut added_here = std::collections::HashSet::new();
        for record in batch {
            let value: Value = serde_json::from_str(&record.json).unwrap();
            let next = match (write, self.live(&record.id)) {
                (RecordWrite::Save, Some(held)) if held.data == value => None,
                (RecordWrite::Save, Some(_)) if !added_here.contains(&record.id) => {
                    Some((value, "UPDATED"))
                }
                (RecordWrite::Save, _) => {
                    added_here.insert(record.id.clone());
                    Some((value, "ADDED"))
                }
                (RecordWrite::Update, Some(held)) => {
                    let mut merged = held.data.clone();
                    for (key, field) in value.as_object().unwrap() {
                        merged[key] = field.clone();
                    }
                    (merged != held.data).then_some((merged, "UPDATED"))
                }
                (RecordWrite::Delete, Some(held)) => Some((held.data.clone(), "DELETED")),
                (_, None) => None,
            };
            if let Some((data, action)) = next {
                self.changes += 1;
                let change = self.changes;
                self.records.insert(
                    record.id.clone(),
                    Held {
                        data,
                        action,
                        change,
                    },
                );
            }
        }
    }

    /// What a reader that has seen the changes up to `after` must get next.
    fn page(&self, after: u64, limit: usize) -> Vec<(String, Held)> {
        let mut changed: Vec<(String, Held)> = self
            .records
            .iter()
            .filter(|(_, held)| held.change > after)
            .map(|(id, held)| (id.clone(), held.clone()))
            .collect();
        changed.sort_by_key(|(_, held)| held.change);
        changed.truncate(limit);
        changed
    }
}

/// A reader: the store's cursor it holds, the model's change it stands for, and what it has
/// seen of each record.
#[derive(Default, Clone)]
struct Reader {
    cursor: Option<i64>,
    change: u64,
    seen: BTreeMap<String, (Value, String)>,
}

fn batch(write: RecordWrite, pairs: &[(u8, u8)]) -> Vec<RecordInput> {
    pairs
        .iter()
        .map(|&(id, value)| {
            let id = format!("r{id}");
            let json = match write {
                RecordWrite::Update => json!({ "f": value }),
                _ => json!({ "id": id, "v": value }),
            };
            RecordInput::from_value(&id, &json)
        })
        .collect()
}

/// Runs one sequence on model `model` of `connection`; the first broken promise, if any.
async fn run(
    store: &dyn Store,
    connection: i64,
    model_name: &str,
    steps: &[Step],
) -> std::result::Result<(), String> {
    let mut model = Model::default();
    let mut readers = vec![Reader::default(); usize::from(READERS)];
    let read = async |reader: &mut Reader, model: &Model, limit: usize, at: usize| {
        let page = store
            .records(&RecordQuery {
                connection,
                model: model_name.into(),
                after_cursor: reader.cursor,
                limit: i64::try_from(limit).unwrap(),
                ..RecordQuery::default()
            })
            .await
            .map_err(|e| format!("step {at}: read failed: {e}"))?;
        let expected = model.page(reader.change, limit);
        let got: Vec<(&str, &Value, &str)> = page
            .iter()
            .map(|r| (r.id.as_str(), &r.data, r.last_action.as_str()))
            .collect();
        let want: Vec<(&str, &Value, &str)> = expected
            .iter()
            .map(|(id, held)| (id.as_str(), &held.data, held.action))
            .collect();
        if got != want {
            return Err(format!(
                "step {at}: a reader after cursor {:?} got {got:?}, expected {want:?}",
                reader.cursor
            ));
        }
        for record in &page {
            if reader.cursor.is_some_and(|cursor| record.cursor <= cursor) {
                return Err(format!(
                    "step {at}: cursor {} of `{}` is not after the reader's {:?}",
                    record.cursor, record.id, reader.cursor
                ));
            }
            reader.cursor = Some(record.cursor);
            reader.seen.insert(
                record.id.clone(),
                (record.data.clone(), record.last_action.clone()),
            );
        }
        if let Some((_, last)) = expected.last() {
            reader.change = last.change;
        }
        Ok::<(), String>(())
    };
    for (at, step) in steps.iter().enumerate() {
        match step {
            Step::Write(write, pairs) => {
                let records = batch(*write, pairs);
                store
                    .write_records(connection, model_name, *write, &records)
                    .await
                    .map_err(|e| format!("step {at}: write failed: {e}"))?;
                model.apply(*write, &records);
            }
            Step::Read { reader, limit } => {
                let reader = &mut readers[usize::from(*reader)];
                read(reader, &model, usize::from(*limit), at).await?;
            }
        }
    }
    // Paged to the end, every reader holds what the cache holds.
    let holds: BTreeMap<String, (Value, String)> = model
        .records
        .iter()
        .map(|(id, held)| (id.clone(), (held.data.clone(), held.action.to_string())))
        .collect();
    for reader in &mut readers {
        read(reader, &model, 1000, steps.len()).await?;
        if reader.seen != holds {
            return Err(format!(
                "a reader paged to the end holds {:?}, the cache {holds:?}",
                reader.seen
            ));
        }
    }
    Ok(())
}

pub(crate) async fn any_interleaving_of_writes_and_readers_keeps_the_cursor_contract(
    store: &dyn Store,
) {
    let connection = super::one_connection(store).await;
    let config = Config {
        cases: 64,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]);
    let mut runner = TestRunner::new_with_rng(config.clone(), rng);
    let strategy = proptest::collection::vec(step(), 1..40);
    let mut runs = 0;
    for _ in 0..config.cases {
        let mut tree = strategy.new_tree(&mut runner).unwrap();
        runs += 1;
        let Err(mut failure) = run(store, connection, &format!("M{runs}"), &tree.current()).await
        else {
            continue;
        };
        // Shrink: simplify while the sequence still fails, step back when it passes.
        let mut smallest = tree.current();
        while tree.simplify() {
            loop {
                runs += 1;
                match run(store, connection, &format!("M{runs}"), &tree.current()).await {
                    Err(error) => {
                        failure = error;
                        smallest = tree.current();
                        break;
                    }
                    Ok(()) if tree.complicate() => continue,
                    Ok(()) => break,
                }
            }
        }
        panic!("the cursor contract broke: {failure}\nsmallest sequence: {smallest:#?}");
    }
}
