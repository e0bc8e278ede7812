//! How a script reaches the outside world: four traits, implemented by whoever runs the script.
//! `nango dryrun` plugs in an HTTP proxy to a Nango server and sinks that print; the server plugs
//! in its provider proxy and its records store. The sandbox has no other way out.

use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use nango_proxy::{ProxyRequest, ProxyResponse, RequestBody, ResponseOrigin};

/// Why a host call failed. The message reaches the script as an `Error`.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("{message}")]
pub struct HostError {
    /// Stable code, e.g. `network_error`, `unknown_connection`.
    pub code: String,
    /// What happened.
    pub message: String,
}

impl HostError {
    /// A host error.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}

/// Outbound HTTP with the connection's credentials, retries and rate-limit handling.
#[async_trait]
pub trait Proxy: Send + Sync {
    /// Sends one request (retrying as asked) and returns the provider's final answer.
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError>;
}

/// What a batch call does to records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordOp {
    /// `batchSave`: insert or replace.
    Save,
    /// `batchUpdate`: merge into existing records.
    Update,
    /// `batchDelete`: mark as deleted.
    Delete,
}

/// One record of a batch as the script gave it: its `id` (a number's as its JSON text) and the
/// record's JSON text as `JSON.stringify` wrote it, which a store can keep and hash as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedRecord {
    /// The record's `id`.
    pub id: String,
    /// The record, as JSON text.
    pub json: String,
}

impl SavedRecord {
    /// The record as a value.
    pub fn value(&self) -> Value {
        // The text was read as JSON before it got here.
        serde_json::from_str(&self.json).unwrap_or(Value::Null)
    }
}

/// Where a sync's records go.
#[async_trait]
pub trait RecordSink: Send + Sync {
    /// Takes one batch of records of a model (already validated).
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<SavedRecord>,
    ) -> Result<(), HostError>;

    /// Waits until every batch handed over so far is stored (a sink that writes behind the
    /// script), and says whether one failed: what reads the records back calls it first.
    async fn settle(&self) -> Result<(), HostError> {
        Ok(())
    }

    /// `trackDeletesStart(model)`, `trackDeletesEnd(model)` and
    /// `deleteRecordsFromPreviousExecutions(model)`: the ids of the records deleted (those of
    /// the model not saved since the start). A sink that keeps no records deletes none.
    async fn track_deletes(
        &self,
        _model: &str,
        _step: TrackStep,
    ) -> Result<Vec<String>, HostError> {
        Ok(Vec::new())
    }
}

/// A step of deletion tracking (the 0.71 SDK).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TrackStep {
    /// `trackDeletesStart(model)`: records saved from now on are the ones that stay.
    Start,
    /// `trackDeletesEnd(model)`: the model's records not saved since the start are deleted.
    End,
    /// `deleteRecordsFromPreviousExecutions(model)`: those not saved in this run are deleted.
    Previous,
}

/// A call about the run's records rather than its connection.
#[derive(Debug, Deserialize)]
#[serde(tag = "op", rename_all = "camelCase")]
enum RecordCall {
    TrackDeletes { model: String, step: TrackStep },
}

/// Log levels of `nango.log`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    /// Details.
    Debug,
    /// The default.
    Info,
    /// Something odd.
    Warn,
    /// Something failed.
    Error,
}

/// Where `nango.log` and `console.*` lines go.
pub trait LogSink: Send + Sync {
    /// One log line (already truncated to the limit).
    fn log(&self, level: LogLevel, message: &str);
}

/// Calls that read or change the connection and its environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum HostCall {
    /// `getConnection()`: the connection object with its credentials.
    #[serde(rename_all = "camelCase")]
    GetConnection {
        /// Another integration.
        provider_config_key: Option<String>,
        /// Another connection.
        connection_id: Option<String>,
        /// Refresh the token first.
        #[serde(default)]
        force_refresh: bool,
    },
    /// `setMetadata(m)`: replaces the metadata.
    SetMetadata {
        /// New metadata.
        metadata: Value,
    },
    /// `updateMetadata(m)`: merges into the metadata.
    UpdateMetadata {
        /// Fields to merge.
        metadata: Value,
    },
    /// `getEnvironmentVariables()`.
    EnvironmentVariables,
    /// `getIntegration()` (and `getWebhookURL()` with `include: ["webhook"]`).
    GetIntegration {
        /// Extra data to include.
        #[serde(default)]
        include: Vec<String>,
    },
    /// `triggerAction(...)`.
    #[serde(rename_all = "camelCase")]
    TriggerAction {
        /// Integration of the action.
        provider_config_key: String,
        /// Connection to run it on.
        connection_id: String,
        /// The action.
        action_name: String,
        /// Its input.
        input: Option<Value>,
    },
    /// `getRecordsByIds(ids, model)`.
    RecordsByIds {
        /// Ids.
        ids: Vec<Value>,
        /// Model.
        model: String,
    },
    /// `setMergingStrategy(...)`.
    SetMergingStrategy {
        /// `ignore_if_modified_after` or `override`.
        strategy: String,
        /// Model.
        model: String,
    },
    /// One page of `listRecords(model, { cursor })`: the connection's live records of the model
    /// in change order, answered as `{ records, nextCursor }` (`nextCursor` null at the end).
    ListRecords {
        /// Model.
        model: String,
        /// Where the previous page ended.
        cursor: Option<String>,
    },
    /// `getCheckpoint()`: what the sync saved last (at this or an earlier run), or `null`.
    GetCheckpoint,
    /// `saveCheckpoint(c)` (`clearCheckpoint()` saves `null`). The SDK has checked that it is a
    /// flat object of strings, numbers and booleans.
    SaveCheckpoint {
        /// The checkpoint, or `null` to clear it.
        checkpoint: Value,
    },
}

/// The connection and the environment around it.
#[async_trait]
pub trait ConnectionSource: Send + Sync {
    /// Answers one call; the value is returned to the script.
    async fn call(&self, call: HostCall) -> Result<Value, HostError>;
}

/// Everything a script can reach.
#[derive(Clone)]
pub struct Host {
    /// Outbound HTTP.
    pub proxy: Arc<dyn Proxy>,
    /// Records of syncs.
    pub records: Arc<dyn RecordSink>,
    /// Connection, metadata, environment.
    pub connection: Arc<dyn ConnectionSource>,
    /// Logs.
    pub logs: Arc<dyn LogSink>,
}

/// A host answer that the SDK turns into an exception.
fn failure(error: &HostError) -> String {
    let body = serde_json::json!({ "code": error.code, "message": error.message });
    format!("\u{1}{body}")
}

/// `host.request(json)`: one proxy call. The answer is the [`ProxyResponse`] as JSON; when the
/// SDK asks for `parseJson` (the script wants the body as data, not text) and the body is JSON,
/// the body goes in as `json`, the value itself, instead of as a `body` string: the sandbox then
/// parses a page once, rather than a string holding it and then the string.
pub(crate) async fn answer_request(proxy: &dyn Proxy, text: &str) -> String {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Wants {
        #[serde(default)]
        parse_json: bool,
    }
    let parse_json = serde_json::from_str::<Wants>(text).is_ok_and(|wants| wants.parse_json);
    let request: ProxyRequest = match serde_json::from_str(text) {
        Ok(request) => request,
        Err(e) => {
            return failure(&HostError::new(
                "invalid_request",
                format!("invalid proxy request: {e}"),
            ));
        }
    };
    let response = match proxy.request(request).await {
        Ok(response) => response,
        Err(error) => return failure(&error),
    };
    let json = std::str::from_utf8(&response.body)
        .ok()
        .filter(|_| parse_json)
        .and_then(|body| serde_json::from_str::<&serde_json::value::RawValue>(body).ok());
    let answer = match json {
        Some(json) => serde_json::to_string(&ParsedResponse {
            status: response.status,
            headers: &response.headers,
            json,
            origin: response.origin,
        }),
        None => serde_json::to_string(&response),
    };
    answer.unwrap_or_else(|e| failure(&HostError::new("internal", e.to_string())))
}

/// A [`ProxyResponse`] whose body is JSON, as the sandbox gets it when it wants the data.
#[derive(Serialize)]
struct ParsedResponse<'a> {
    status: u16,
    headers: &'a [(String, String)],
    json: &'a serde_json::value::RawValue,
    #[serde(skip_serializing_if = "ResponseOrigin::is_live")]
    origin: ResponseOrigin,
}

/// How batches are checked before they reach the sink.
pub(crate) struct SaveRules {
    pub models: Option<Arc<Value>>,
    pub validation: crate::Validation,
    pub logs: Arc<dyn LogSink>,
    /// Where batches go to be checked when invalid records are only logged: a task of the
    /// run's own, beside the script, started by the first such batch and ended by
    /// [`SaveRules::finish`].
    checker: std::sync::Mutex<Option<Checker>>,
}

/// The task that checks a run's batches against their models and logs what does not match, in
/// the order the batches came.
struct Checker {
    queue: tokio::sync::mpsc::Sender<Checked>,
    task: tokio::task::JoinHandle<()>,
}

/// A batch to check: the method and model it was saved with, and its records' JSON texts.
type Checked = (&'static str, String, Vec<String>);

/// Batches that may wait to be checked; a script that saves faster waits for the checker.
const QUEUED_CHECKS: usize = 4;

impl SaveRules {
    /// The rules of a run.
    pub fn new(
        models: Option<Arc<Value>>,
        validation: crate::Validation,
        logs: Arc<dyn LogSink>,
    ) -> Self {
        Self {
            models,
            validation,
            logs,
            checker: std::sync::Mutex::new(None),
        }
    }

    /// Queues a batch to be checked and its mismatches logged.
    async fn check_later(&self, models: &Arc<Value>, batch: Checked) {
        let queue = {
            let mut checker = self.checker.lock().unwrap_or_else(|e| e.into_inner());
            let checker = checker.get_or_insert_with(|| {
                let (queue, mut batches) = tokio::sync::mpsc::channel::<Checked>(QUEUED_CHECKS);
                let (models, logs) = (models.clone(), self.logs.clone());
                let task = tokio::task::spawn_blocking(move || {
                    while let Some((method, model, texts)) = batches.blocking_recv() {
                        for (index, text) in texts.iter().enumerate() {
                            if let Some(warning) = mismatch(&models, method, &model, index, text) {
                                logs.log(LogLevel::Warn, &warning);
                            }
                        }
                    }
                });
                Checker { queue, task }
            });
            checker.queue.clone()
        };
        // The checker ends only when `finish` drops its queue.
        let _ = queue.send(batch).await;
    }

    /// Waits until every batch queued to be checked is checked (its warnings logged).
    pub async fn finish(&self) {
        let checker = self
            .checker
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(Checker { queue, task }) = checker {
            drop(queue);
            let _ = task.await;
        }
    }
}

/// The warning, or the error, for record `index` (its JSON text) of a batch when it does not
/// match its model. Most records match: read as text, they need no value.
fn mismatch(models: &Value, method: &str, model: &str, index: usize, text: &str) -> Option<String> {
    if crate::validate::matches_text(models, model, text) {
        return None;
    }
    let record: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let problem = crate::validate::check(models, model, &record)?;
    Some(format!(
        "{method}(…, '{model}'): record {index} (id {}) does not match the model: {problem}",
        record["id"]
    ))
}

/// `host.save(op, model, json)`: one batch of records as JSON text (`JSON.stringify`'s, for a
/// batch [`crate::encode`] could not write), checked for ids and (when asked) against the model.
pub(crate) async fn answer_save(
    sink: &dyn RecordSink,
    rules: &SaveRules,
    op: &str,
    model: &str,
    text: &str,
) -> String {
    // Each record's text is kept as the script wrote it; only a save checked against its model
    // is parsed whole (later), the others only as far as their `id`.
    let batch: Vec<&serde_json::value::RawValue> = match serde_json::from_str(text) {
        Ok(batch) => batch,
        Err(e) => {
            return failure(&HostError::new(
                "invalid_records",
                format!("records of {model} are not JSON: {e}"),
            ));
        }
    };
    let records = batch
        .into_iter()
        .map(|raw| (record_id(raw.get()), raw.get().to_string()))
        .collect();
    answer_records(sink, rules, op, model, records).await
}

/// A record's `id` as the store keys it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RecordId {
    /// A non-empty string as it is, or a number as its JSON text.
    Valid(String),
    /// Missing (`None`), or the JSON of an `id` that is empty or neither a string nor a number.
    Invalid(Option<String>),
}

impl RecordId {
    fn of(id: Option<&Value>) -> Self {
        match id {
            Some(Value::String(s)) if !s.is_empty() => RecordId::Valid(s.clone()),
            Some(number @ Value::Number(_)) => RecordId::Valid(number.to_string()),
            other => RecordId::Invalid(other.map(Value::to_string)),
        }
    }
}

/// One batch of records (each with its id and JSON text): ids checked, then (when asked) the
/// records against the model, then handed to the sink.
pub(crate) async fn answer_records(
    sink: &dyn RecordSink,
    rules: &SaveRules,
    op: &str,
    model: &str,
    batch: Vec<(RecordId, String)>,
) -> String {
    let (op, method) = match op {
        "save" => (RecordOp::Save, "batchSave"),
        "update" => (RecordOp::Update, "batchUpdate"),
        "delete" => (RecordOp::Delete, "batchDelete"),
        other => {
            return failure(&HostError::new(
                "internal",
                format!("unknown record operation {other}"),
            ));
        }
    };
    let mut records = Vec::with_capacity(batch.len());
    for (index, (id, json)) in batch.into_iter().enumerate() {
        let id = match id {
            RecordId::Valid(id) => id,
            RecordId::Invalid(found) => {
                let found = found.map_or("no `id`".to_string(), |v| format!("`id` {v}"));
                return failure(&HostError::new(
                    "invalid_record",
                    format!(
                        "{method}(…, '{model}'): record {index} has {found}; every record needs a non-empty string or number `id`"
                    ),
                ));
            }
        };
        records.push(SavedRecord { id, json });
    }
    // Updates and deletes carry partial records: only full saves are checked against the model,
    // here when a mismatch rejects the batch, on another thread when it is only logged.
    if let Some(models) = rules.models.as_ref().filter(|_| op == RecordOp::Save) {
        match rules.validation {
            crate::Validation::Off => {}
            crate::Validation::Strict => {
                for (index, record) in records.iter().enumerate() {
                    if let Some(message) = mismatch(models, method, model, index, &record.json) {
                        return failure(&HostError::new("invalid_record", message));
                    }
                }
            }
            crate::Validation::Log => {
                let texts = records.iter().map(|r| r.json.clone()).collect();
                rules
                    .check_later(models, (method, model.to_string(), texts))
                    .await;
            }
        }
    }
    match sink.records(op, model, records).await {
        Ok(()) => String::new(),
        Err(error) => failure(&error),
    }
}

/// A record's `id`, read from its JSON text without building the rest of the record (a record
/// that is not an object has none).
fn record_id(json: &str) -> RecordId {
    #[derive(Deserialize)]
    struct Id {
        // Present, even as `null`: `Some`.
        #[serde(default, deserialize_with = "present")]
        id: Option<Value>,
    }
    fn present<'de, D: serde::Deserializer<'de>>(reader: D) -> Result<Option<Value>, D::Error> {
        Value::deserialize(reader).map(Some)
    }
    if !json.starts_with('{') {
        return RecordId::Invalid(None);
    }
    let id = serde_json::from_str::<Id>(json)
        .ok()
        .and_then(|record| record.id);
    RecordId::of(id.as_ref())
}

/// `host.call(json)`: connection, metadata and environment calls.
pub(crate) async fn answer_call(
    source: &dyn ConnectionSource,
    records: &dyn RecordSink,
    text: &str,
) -> String {
    if let Ok(RecordCall::TrackDeletes { model, step }) = serde_json::from_str(text) {
        return match records.track_deletes(&model, step).await {
            Ok(deleted) => serde_json::json!({ "deletedKeys": deleted }).to_string(),
            Err(error) => failure(&error),
        };
    }
    let call: HostCall = match serde_json::from_str(text) {
        Ok(call) => call,
        Err(e) => {
            return failure(&HostError::new(
                "invalid_call",
                format!("invalid call: {e}"),
            ));
        }
    };
    match source.call(call).await {
        Ok(value) => value.to_string(),
        Err(error) => failure(&error),
    }
}

/// A level name from the SDK.
pub(crate) fn log_level(level: &str) -> LogLevel {
    match level {
        "debug" => LogLevel::Debug,
        "warn" => LogLevel::Warn,
        "error" => LogLevel::Error,
        _ => LogLevel::Info,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_read_the_sdk_json() {
        let request: ProxyRequest = serde_json::from_str(
            r#"{"method":"POST","endpoint":"/x","params":[["a","1"]],"data":{"kind":"json","value":{"k":1}},"retries":3,"retryOn":[409],"baseUrlOverride":"https://e.test"}"#,
        )
        .unwrap();
        assert_eq!(request.retries, 3);
        assert_eq!(request.retry_on, [409]);
        assert_eq!(
            request.data,
            Some(RequestBody::Json(serde_json::json!({"k": 1})))
        );
    }

    #[test]
    fn a_records_id_is_read_from_its_text() {
        assert_eq!(
            record_id(r#"{"a":{"id":"inner"},"id":"r1","b":[1,2]}"#),
            RecordId::Valid("r1".into())
        );
        assert_eq!(record_id(r#"{"id":7}"#), RecordId::Valid("7".into()));
        assert_eq!(record_id(r#"{"name":"x"}"#), RecordId::Invalid(None));
        // A null id is reported as such, as the records written by the host report it.
        assert_eq!(
            record_id(r#"{"id":null}"#),
            RecordId::Invalid(Some("null".into()))
        );
        // An array is not read positionally as a record with an id.
        assert_eq!(record_id(r#"["r1"]"#), RecordId::Invalid(None));
        assert_eq!(record_id(r#""r1""#), RecordId::Invalid(None));
    }

    struct Keep(std::sync::Mutex<Vec<SavedRecord>>);

    #[async_trait]
    impl RecordSink for Keep {
        async fn records(
            &self,
            _: RecordOp,
            _: &str,
            records: Vec<SavedRecord>,
        ) -> Result<(), HostError> {
            self.0.lock().unwrap().extend(records);
            Ok(())
        }
    }

    struct Quiet;

    impl LogSink for Quiet {
        fn log(&self, _: LogLevel, _: &str) {}
    }

    #[tokio::test]
    async fn saved_records_keep_the_scripts_text_and_take_string_ids() {
        let sink = Keep(Default::default());
        let rules = SaveRules::new(
            Some(Arc::new(serde_json::json!({ "M": { "type": "object" } }))),
            crate::Validation::Strict,
            Arc::new(Quiet),
        );
        for op in ["save", "update"] {
            let answer = answer_save(
                &sink,
                &rules,
                op,
                "M",
                r#"[{"id":"a","z":1,"b":2},{"id":12.5}]"#,
            )
            .await;
            assert_eq!(answer, "", "{op}");
        }
        let saved = sink.0.lock().unwrap().clone();
        assert_eq!(saved.len(), 4);
        for pair in saved.chunks(2) {
            assert_eq!(
                pair,
                [
                    SavedRecord {
                        id: "a".into(),
                        json: r#"{"id":"a","z":1,"b":2}"#.into(),
                    },
                    SavedRecord {
                        id: "12.5".into(),
                        json: r#"{"id":12.5}"#.into(),
                    },
                ]
            );
        }
        let answer = answer_save(&sink, &rules, "update", "M", r#"[{"id":""}]"#).await;
        assert!(answer.contains(r#"record 0 has `id` \"\""#), "{answer}");
    }
}
