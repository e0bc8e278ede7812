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

/// Where a sync's records go.
#[async_trait]
pub trait RecordSink: Send + Sync {
    /// Takes one batch of records of a model (already validated).
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<Value>,
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

/// `host.request(json)`: one proxy call.
pub(crate) async fn answer_request(proxy: &dyn Proxy, text: &str) -> String {
    let request: ProxyRequest = match serde_json::from_str(text) {
        Ok(request) => request,
        Err(e) => {
            return failure(&HostError::new(
                "invalid_request",
                format!("invalid proxy request: {e}"),
            ));
        }
    };
    match proxy.request(request).await {
        Ok(response) => serde_json::to_string(&response)
            .unwrap_or_else(|e| failure(&HostError::new("internal", e.to_string()))),
        Err(error) => failure(&error),
    }
}

/// How batches are checked before they reach the sink.
pub(crate) struct SaveRules {
    pub models: Option<Arc<Value>>,
    pub validation: crate::Validation,
    pub logs: Arc<dyn LogSink>,
}

/// `host.save(op, model, json)`: one batch of records, checked for ids and (when asked) against
/// the model.
pub(crate) async fn answer_save(
    sink: &dyn RecordSink,
    rules: &SaveRules,
    op: &str,
    model: &str,
    text: &str,
) -> String {
    let op = match op {
        "save" => RecordOp::Save,
        "update" => RecordOp::Update,
        "delete" => RecordOp::Delete,
        other => {
            return failure(&HostError::new(
                "internal",
                format!("unknown record operation {other}"),
            ));
        }
    };
    let records: Vec<Value> = match serde_json::from_str(text) {
        Ok(records) => records,
        Err(e) => {
            return failure(&HostError::new(
                "invalid_records",
                format!("records of {model} are not JSON: {e}"),
            ));
        }
    };
    let method = match op {
        RecordOp::Save => "batchSave",
        RecordOp::Update => "batchUpdate",
        RecordOp::Delete => "batchDelete",
    };
    for (index, record) in records.iter().enumerate() {
        let id = record.get("id");
        let valid = matches!(id, Some(Value::String(s)) if !s.is_empty())
            || matches!(id, Some(Value::Number(_)));
        if !valid {
            let found = id.map_or("no `id`".to_string(), |v| format!("`id` {v}"));
            return failure(&HostError::new(
                "invalid_record",
                format!(
                    "{method}(…, '{model}'): record {index} has {found}; every record needs a non-empty string or number `id`"
                ),
            ));
        }
        // Updates and deletes carry partial records: only full saves are checked against the model.
        if op == RecordOp::Save
            && rules.validation != crate::Validation::Off
            && let Some(models) = &rules.models
            && let Some(problem) = crate::validate::check(models, model, record)
        {
            let message = format!(
                "{method}(…, '{model}'): record {index} (id {}) does not match the model: {problem}",
                id.map(Value::to_string).unwrap_or_default()
            );
            if rules.validation == crate::Validation::Strict {
                return failure(&HostError::new("invalid_record", message));
            }
            rules.logs.log(LogLevel::Warn, &message);
        }
    }
    match sink.records(op, model, records).await {
        Ok(()) => String::new(),
        Err(error) => failure(&error),
    }
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
}
