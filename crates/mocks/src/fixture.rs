//! `.test.json` fixtures: the recorded tests of the 0.71 line (`nango dryrun --save` writes
//! them; `nango/test`'s vitest mocks replay them; NangoHQ/integration-templates holds about 5,900).
//! One file per script, `<integration>/tests/<script>.test.json`:
//!
//! ```json
//! { "input": …, "output": …,
//!   "nango": { "getConnection": {…}, "getMetadata": {…},
//!              "batchSave": { "<Model>": [...] }, "batchDelete": { "<Model>": [...] } },
//!   "api": { "<method>": { "/<endpoint>": ENTRY | [ENTRY, …] } } }
//! ```
//!
//! where `ENTRY` is `{response, status, headers, hash, request: {params, headers, data}}`. A call
//! is answered by the first entry of its method and endpoint whose `hash` is the call's identity
//! hash or, failing that, whose `request` matches the call (params, headers and body; fixtures are
//! often edited by hand after recording, so hashes go stale); an entry without a `request` answers
//! a call without parameters when it is the only one.

use std::path::{Path, PathBuf};

use nango_proxy::ProxyResponse;
use serde_json::{Map, Value, json};
use sha1::{Digest, Sha1};

use crate::{
    Expectation, Identity, MockError, Recorded, data_of, header_pairs, headers_object,
    recorded_status, write_json,
};

/// A `.test.json` file.
#[derive(Debug, Clone)]
pub struct TestFixture {
    path: PathBuf,
    value: Value,
}

impl TestFixture {
    /// `<integration_dir>/tests/<script>.test.json`.
    pub fn path_of(integration_dir: &Path, script: &str) -> PathBuf {
        integration_dir
            .join("tests")
            .join(format!("{script}.test.json"))
    }

    /// Reads a fixture; `None` when the file does not exist.
    pub fn read(path: &Path) -> Result<Option<Self>, MockError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => {
                return Err(MockError::Io {
                    path: path.to_path_buf(),
                    error,
                });
            }
        };
        Self::parse(path, &text).map(Some)
    }

    /// Reads a fixture from its text; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Self, MockError> {
        let value: Value = serde_json::from_str(text).map_err(|e| MockError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        if !value.is_object() {
            return Err(MockError::Invalid {
                path: path.to_path_buf(),
                message: "a .test.json file must be a JSON object".into(),
            });
        }
        Ok(Self {
            path: path.to_path_buf(),
            value,
        })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole fixture.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// An action's input (`undefined` when absent).
    pub fn input(&self) -> Option<Value> {
        self.value.get("input").cloned()
    }

    /// An action's expected output.
    pub fn output(&self) -> Option<Value> {
        self.value.get("output").cloned()
    }

    fn nango(&self, key: &str) -> Option<&Value> {
        self.value.get("nango").and_then(|n| n.get(key))
    }

    /// What `getConnection()` returns.
    pub fn connection(&self) -> Option<Value> {
        self.nango("getConnection").cloned()
    }

    /// What `getMetadata()` returns.
    pub fn metadata(&self) -> Option<Value> {
        self.nango("getMetadata").cloned()
    }

    /// Which kind of script the fixture was recorded for, when it says: records and no output
    /// is a sync's, an output and no records an action's. (A sync and an action may share a
    /// name, and so a `.test.json`.)
    pub fn recorded_for(&self) -> Option<RecordedFor> {
        let records = self.nango("batchSave").is_some() || self.nango("batchDelete").is_some();
        let output = self.value.get("output").is_some();
        match (records, output) {
            (true, false) => Some(RecordedFor::Sync),
            (false, true) => Some(RecordedFor::Action),
            _ => None,
        }
    }

    /// A sync's expected records of a model.
    pub fn expected_records(&self, model: &str, which: Expectation) -> Option<Value> {
        let key = match which {
            Expectation::Save => "batchSave",
            Expectation::Delete => "batchDelete",
        };
        self.nango(key).and_then(|m| m.get(model)).cloned()
    }

    /// The recorded response to a call.
    pub fn response(&self, identity: &Identity) -> Result<Recorded, MockError> {
        let by_method = self
            .value
            .get("api")
            .and_then(|api| api.get(&identity.method));
        let recorded = by_method.and_then(|m| {
            m.get(&identity.endpoint)
                .or_else(|| m.get(format!("/{}", identity.endpoint)))
        });
        let entries: Vec<&Value> = match recorded {
            Some(Value::Array(entries)) => entries.iter().collect(),
            Some(entry) => vec![entry],
            None => Vec::new(),
        };
        let only = entries.len() == 1;
        let found = entries.iter().find(|entry| {
            if entry.get("hash").and_then(Value::as_str) == Some(identity.hash.as_str()) {
                return true;
            }
            match entry.get("request").filter(|r| r.is_object()) {
                Some(request) => request_matches(request, &identity.value),
                // Without a recorded request (whatever its hash says), the only recording of an
                // endpoint answers a call without params, as `nango/test` does.
                None => {
                    only && identity.value["params"]
                        .as_array()
                        .is_none_or(|p| p.is_empty())
                }
            }
        });
        let Some(entry) = found else {
            return Err(MockError::NoResponse {
                method: identity.method.clone(),
                endpoint: identity.endpoint.clone(),
                detail: format!(
                    "{} has {} for it, and none has its hash {} or its request (params, headers, body: {}); record it again with `nango dryrun <script> <connection-id> --save`",
                    self.path.display(),
                    match entries.len() {
                        0 => "no recording".to_string(),
                        1 => "one recording".to_string(),
                        n => format!("{n} recordings"),
                    },
                    identity.hash,
                    identity.json
                ),
            });
        };
        let status = entry.as_object().map_or(200, recorded_status);
        let headers = entry
            .get("headers")
            .and_then(Value::as_object)
            .map(header_pairs)
            .unwrap_or_default();
        Ok(Recorded::Fixture {
            status,
            headers,
            data: entry.get("response").cloned().unwrap_or(Value::Null),
        })
    }
}

/// The kind of script a fixture was recorded for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordedFor {
    /// A sync (it holds records).
    Sync,
    /// An action (it holds an output).
    Action,
}

/// Collects what a dry run called, to write it as a `.test.json` (`nango dryrun --save` in a
/// zero-yaml project). Calls are kept per method and endpoint: one entry, or a list once a second
/// call of another identity comes; a repeat of an identity already kept is dropped.
#[derive(Debug, Default)]
pub struct FixtureWriter {
    api: Map<String, Value>,
    responses: usize,
}

/// The rest of a `.test.json`: what the run was given and what it produced.
#[derive(Debug, Default)]
pub struct FixtureRun {
    /// An action's input.
    pub input: Option<Value>,
    /// An action's output.
    pub output: Option<Value>,
    /// What `getConnection()` returned, without credentials.
    pub connection: Option<Value>,
    /// What `getMetadata()` returned.
    pub metadata: Option<Value>,
    /// A sync's saved records, per model.
    pub saved: Vec<(String, Vec<Value>)>,
    /// A sync's deleted records, per model.
    pub deleted: Vec<(String, Vec<Value>)>,
}

impl FixtureWriter {
    /// Keeps one response.
    pub fn response(&mut self, identity: &Identity, response: &ProxyResponse) {
        let pairs = |key: &str| -> Map<String, Value> {
            identity.value[key]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|pair| {
                            Some((pair.get(0)?.as_str()?.to_string(), pair.get(1)?.clone()))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut request = Map::new();
        for key in ["params", "headers"] {
            let values = pairs(key);
            if !values.is_empty() {
                request.insert(key.into(), Value::Object(values));
            }
        }
        if let Some(data) = identity.value.get("data").filter(|d| !d.is_null()) {
            // A JSON body is kept as JSON, which is how the recordings are usually edited.
            let data = match data.as_str().map(serde_json::from_str::<Value>) {
                Some(Ok(parsed)) => parsed,
                _ => data.clone(),
            };
            request.insert("data".into(), data);
        }
        let entry = json!({
            "response": data_of(response),
            "status": response.status,
            "headers": headers_object(response),
            "hash": identity.hash,
            "request": request,
        });
        let endpoints = self
            .api
            .entry(identity.method.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(endpoints) = endpoints else {
            return;
        };
        let key = format!("/{}", identity.endpoint);
        let same = |e: &Value| e.get("hash").and_then(Value::as_str) == Some(&identity.hash);
        match endpoints.get_mut(&key) {
            None => {
                endpoints.insert(key, entry);
            }
            Some(Value::Array(entries)) => {
                if entries.iter().any(same) {
                    return;
                }
                entries.push(entry);
            }
            Some(existing) => {
                if same(existing) {
                    return;
                }
                *existing = Value::Array(vec![existing.take(), entry]);
            }
        }
        self.responses += 1;
    }

    /// How many distinct responses are kept.
    pub fn responses(&self) -> usize {
        self.responses
    }

    /// Writes the fixture to `path` (creating `tests/`), replacing any earlier one.
    pub fn write(&self, path: &Path, run: FixtureRun) -> Result<(), MockError> {
        let mut nango = Map::new();
        if let Some(connection) = run.connection {
            nango.insert("getConnection".into(), connection);
        }
        if let Some(metadata) = run.metadata.filter(|m| !m.is_null()) {
            nango.insert("getMetadata".into(), metadata);
        }
        for (key, models) in [("batchSave", run.saved), ("batchDelete", run.deleted)] {
            if !models.is_empty() {
                let models = models
                    .into_iter()
                    .map(|(model, records)| (model, Value::Array(records)))
                    .collect();
                nango.insert(key.into(), Value::Object(models));
            }
        }
        let mut file = Map::new();
        if let Some(input) = run.input {
            file.insert("input".into(), input);
        }
        if let Some(output) = run.output {
            file.insert("output".into(), output);
        }
        file.insert("nango".into(), Value::Object(nango));
        file.insert("api".into(), Value::Object(self.api.clone()));
        write_json(path, &Value::Object(file))
    }
}

/// A value as JavaScript's `String(value)` writes it (for the scalars fixtures hold).
fn js_string(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

/// Whether a recorded `request` matches a call's identity: the same params (as strings), the
/// same headers (names compared without case, a form content type left out on both sides), and,
/// when the recording has a body, the same body.
fn request_matches(request: &Value, identity: &Value) -> bool {
    let pairs = |value: &Value| -> Vec<(String, String)> {
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|pair| {
                        Some((pair.get(0)?.as_str()?.to_string(), js_string(pair.get(1)?)))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let called_params = pairs(&identity["params"]);
    let recorded_params = request
        .get("params")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if recorded_params.len() != called_params.len()
        || !recorded_params.iter().all(|(name, value)| {
            called_params
                .iter()
                .any(|(n, v)| n == name && *v == js_string(value))
        })
    {
        return false;
    }
    let headers = |pairs: Vec<(String, String)>| -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(n, v)| (n.to_ascii_lowercase(), v))
            .filter(|(n, v)| {
                !(n == "content-type" && v.starts_with("application/x-www-form-urlencoded"))
            })
            .collect();
        out.sort();
        out
    };
    let recorded_headers: Vec<(String, String)> = request
        .get("headers")
        .and_then(Value::as_object)
        .map(|h| h.iter().map(|(n, v)| (n.clone(), js_string(v))).collect())
        .unwrap_or_default();
    if headers(recorded_headers) != headers(pairs(&identity["headers"])) {
        return false;
    }
    match request.get("data") {
        None | Some(Value::Null) => true,
        Some(data) => {
            data_identity(data).as_deref() == identity.get("data").and_then(Value::as_str)
        }
    }
}

/// A body as an identity holds it (see the SDK's `dataIdentity`).
fn data_identity(data: &Value) -> Option<String> {
    let text = match data {
        Value::Null | Value::Bool(false) => return None,
        Value::String(s) if s.is_empty() => return None,
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.chars().count() > 1000 {
        let hash: String = Sha1::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        return Some(format!("sha1:{hash}"));
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fixture(value: Value) -> TestFixture {
        TestFixture {
            path: "x.test.json".into(),
            value,
        }
    }

    fn identity(value: Value) -> Identity {
        Identity::parse(&value.to_string()).unwrap()
    }

    #[test]
    fn a_call_is_answered_by_hash_then_by_request() {
        let call = json!({ "method": "get", "endpoint": "v2/accounts", "params": [["page_size", "100"]], "headers": [] });
        let next = json!({ "method": "get", "endpoint": "v2/accounts", "params": [["next", "abc"], ["page_size", "100"]], "headers": [] });
        let by_hash = identity(call.clone()).hash;
        let f = fixture(json!({ "api": { "get": { "/v2/accounts": [
            { "response": { "page": 1 }, "status": 200, "hash": by_hash },
            { "response": { "page": 2 }, "request": { "params": { "page_size": 100, "next": "abc" } } }
        ] } } }));
        let page = |v: Value| match f.response(&identity(v)).unwrap() {
            Recorded::Fixture { data, status, .. } => (data["page"].clone(), status),
            other => panic!("{other:?}"),
        };
        assert_eq!(page(call), (json!(1), 200));
        assert_eq!(page(next), (json!(2), 200));
        let other = json!({ "method": "get", "endpoint": "v2/accounts", "params": [["next", "zzz"], ["page_size", "100"]], "headers": [] });
        let error = f.response(&identity(other)).unwrap_err().to_string();
        assert!(error.contains("2 recordings"), "{error}");
    }

    #[test]
    fn bodies_headers_and_lone_entries_match_as_nango_test_does() {
        let f = fixture(json!({ "api": {
            "post": { "/likes": { "response": { "liked": true }, "status": 404, "headers": { "X-A": "1" }, "hash": "stale", "request": { "data": { "tweet_id": "1" }, "headers": { "Content-Type": "application/x-www-form-urlencoded" } } } },
            "get": { "users/me": { "response": { "id": "u" } } }
        } }));
        let liked = identity(
            json!({ "method": "post", "endpoint": "likes", "params": [], "headers": [], "data": "{\"tweet_id\":\"1\"}" }),
        );
        match f.response(&liked).unwrap() {
            Recorded::Fixture {
                status,
                headers,
                data,
            } => {
                assert_eq!((status, data), (404, json!({ "liked": true })));
                assert_eq!(headers, [("x-a".to_string(), "1".to_string())]);
            }
            other => panic!("{other:?}"),
        }
        let other_body = identity(
            json!({ "method": "post", "endpoint": "likes", "params": [], "headers": [], "data": "{\"tweet_id\":\"2\"}" }),
        );
        assert!(f.response(&other_body).is_err());
        // An entry with neither hash nor request answers a call without params, found with or
        // without the endpoint's leading slash.
        let me = identity(
            json!({ "method": "get", "endpoint": "users/me", "params": [], "headers": [] }),
        );
        assert!(f.response(&me).is_ok());
        let with_params = identity(
            json!({ "method": "get", "endpoint": "users/me", "params": [["a", "1"]], "headers": [] }),
        );
        assert!(f.response(&with_params).is_err());
        // So does one whose hash is stale, with `request: null`.
        let stale = fixture(
            json!({ "api": { "get": { "/v1/files/f1": { "response": { "id": "f1" }, "hash": "test-hash", "request": null } } } }),
        );
        let file = identity(
            json!({ "method": "get", "endpoint": "v1/files/f1", "params": [], "headers": [] }),
        );
        assert!(stale.response(&file).is_ok());
        // Records and no output: recorded for a sync; an output and no records: an action.
        assert_eq!(
            fixture(json!({ "nango": { "batchSave": {} } })).recorded_for(),
            Some(RecordedFor::Sync)
        );
        assert_eq!(
            fixture(json!({ "output": null })).recorded_for(),
            Some(RecordedFor::Action)
        );
        assert_eq!(fixture(json!({ "api": {} })).recorded_for(), None);
    }

    #[test]
    fn a_written_fixture_answers_the_calls_it_recorded() {
        let response = |body: &str| ProxyResponse {
            status: 200,
            headers: vec![
                ("x-page".into(), "1".into()),
                ("set-cookie".into(), "a".into()),
                ("set-cookie".into(), "b".into()),
            ],
            body: body.as_bytes().to_vec(),
            origin: Default::default(),
        };
        let first = identity(
            json!({ "method": "get", "endpoint": "v1/items", "params": [["page", "1"]], "headers": [] }),
        );
        let second = identity(
            json!({ "method": "get", "endpoint": "v1/items", "params": [["page", "2"]], "headers": [] }),
        );
        let post = identity(
            json!({ "method": "post", "endpoint": "v1/items", "params": [], "headers": [["x-key", "k"]], "data": "{\"name\":\"a\"}" }),
        );
        let mut writer = FixtureWriter::default();
        writer.response(&first, &response(r#"{"page":1}"#));
        writer.response(&second, &response(r#"{"page":2}"#));
        writer.response(&first, &response(r#"{"page":1}"#));
        writer.response(&post, &response(r#"{"id":"n"}"#));
        assert_eq!(writer.responses(), 3);
        let dir = tempfile::tempdir().unwrap();
        let path = TestFixture::path_of(dir.path(), "items");
        writer
            .write(
                &path,
                FixtureRun {
                    output: Some(json!({ "ok": true })),
                    connection: Some(json!({ "connection_config": {} })),
                    saved: vec![("Item".into(), vec![json!({ "id": "1" })])],
                    ..FixtureRun::default()
                },
            )
            .unwrap();
        let written: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            written["api"]["get"]["/v1/items"].as_array().unwrap().len(),
            2
        );
        assert_eq!(
            written["api"]["post"]["/v1/items"]["request"]["data"],
            json!({ "name": "a" })
        );
        assert_eq!(
            written["api"]["get"]["/v1/items"][0]["headers"]["set-cookie"],
            "a, b"
        );
        assert!(written.get("input").is_none());
        // Read back, it answers each call, the edited request matching when the hash is stale.
        let fixture = TestFixture::read(&path).unwrap().unwrap();
        for (call, page) in [(&first, 1), (&second, 2)] {
            match fixture.response(call).unwrap() {
                Recorded::Fixture { data, .. } => assert_eq!(data["page"], page),
                other => panic!("{other:?}"),
            }
        }
        let mut stale = post.clone();
        stale.hash = "stale".into();
        assert!(fixture.response(&stale).is_ok());
        assert_eq!(fixture.output(), Some(json!({ "ok": true })));
        assert_eq!(
            fixture.expected_records("Item", Expectation::Save),
            Some(json!([{ "id": "1" }]))
        );
    }

    #[test]
    fn the_nango_section_gives_connection_metadata_and_expectations() {
        let f = fixture(
            json!({ "input": { "a": 1 }, "output": [1], "nango": { "getConnection": {}, "getMetadata": { "m": 1 }, "batchSave": { "Issue": [{ "id": "1" }] }, "batchDelete": { "Issue": [] } }, "api": {} }),
        );
        assert_eq!(f.input(), Some(json!({ "a": 1 })));
        assert_eq!(f.output(), Some(json!([1])));
        assert_eq!(f.connection(), Some(json!({})));
        assert_eq!(f.metadata(), Some(json!({ "m": 1 })));
        assert_eq!(
            f.expected_records("Issue", Expectation::Save),
            Some(json!([{ "id": "1" }]))
        );
        assert_eq!(
            f.expected_records("Issue", Expectation::Delete),
            Some(json!([]))
        );
        assert_eq!(f.expected_records("Other", Expectation::Save), None);
        assert_eq!(data_identity(&json!("x".repeat(1001))).unwrap().len(), 45);
    }
}
