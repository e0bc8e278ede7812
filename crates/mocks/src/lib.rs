//! Nango's recorded-test format, as its CLI (`nango dryrun --save-responses`) writes it and its
//! integration-templates test harness reads it, so that a user's `mocks/` folder works unchanged.
//!
//! Everything lives in `<integration>/mocks/`:
//!
//! | file | what |
//! |---|---|
//! | `<script>/input.json` | an action's input (absent: `undefined`) |
//! | `<script>/output.json` | an action's expected output |
//! | `<script>/<Model>/batchSave.json` | the records a sync is expected to save, in order |
//! | `<script>/<Model>/batchDelete.json` | records it is expected to delete (`[]`: not checked) |
//! | `nango/getConnection.json` | what `getConnection()` returns (`metadata`, `connection_config`…) |
//! | `nango/getMetadata.json` | what `getMetadata()` returns (wins over the connection's) |
//! | `nango/<method>/proxy/<endpoint>/<script>/<sha1>.json` | one response (the *hash* form) |
//! | `nango/<method>/proxy/<endpoint>/<script>.json` | a body for every call (the *legacy* form) |
//!
//! `<method>` is lower case and `<endpoint>` is the request's endpoint without its leading `/`.
//! A hash-form file is `{method, endpoint, requestIdentityHash, requestIdentity, response,
//! status, headers}`, where `response` is the decoded body (JSON, or a string). `<sha1>` is the
//! SHA-1 of the request's identity (see [`Identity`]).
//!
//! Lookup, as Nango's harness does it: when the hash directory exists, the hash file must exist;
//! otherwise the legacy file, whose whole content is the body, answers every call of that method
//! and endpoint whatever its parameters. The `requestIdentity` stored in a file is informational:
//! files are found by the hash of the call being made, never by what the file says.
#![deny(missing_docs)]

mod compare;
mod fixture;
mod identity;

use std::path::{Path, PathBuf};

use nango_proxy::{ProxyResponse, ResponseOrigin};
use serde_json::{Map, Value, json};

pub use compare::{Difference, compare};
pub use fixture::{FixtureRun, FixtureWriter, RecordedFor, TestFixture};
pub use identity::Identity;

/// Why a mock could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum MockError {
    /// No recording answers a request.
    #[error("no recorded response for {method} /{endpoint}: {detail}")]
    NoResponse {
        /// Lower-case method.
        method: String,
        /// Endpoint without its leading `/`.
        endpoint: String,
        /// Which file was looked for, and how to make it.
        detail: String,
    },
    /// A file is not valid JSON (or not of the expected shape).
    #[error("{}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The file system failed.
    #[error("{}: {error}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        error: std::io::Error,
    },
    /// An endpoint that cannot be a path under `mocks/` (`..` segments).
    #[error("endpoint `{0}` cannot be stored as a mock path (it has `..` segments)")]
    UnsafeEndpoint(String),
}

/// A recorded response, as found for a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    /// A hash-form file: status, headers and the decoded body.
    Full {
        /// HTTP status.
        status: u16,
        /// Headers, in file order.
        headers: Vec<(String, String)>,
        /// The body as the script sees it.
        data: Value,
    },
    /// A legacy file: the body only.
    BodyOnly(Value),
    /// A `.test.json` entry: returned whatever its status (see [`TestFixture`]).
    Fixture {
        /// HTTP status.
        status: u16,
        /// Headers.
        headers: Vec<(String, String)>,
        /// The body as the script sees it.
        data: Value,
    },
}

impl Recorded {
    /// The response the script gets: the body is the JSON of the recorded value, which the SDK
    /// hands back unchanged.
    pub fn into_response(self) -> ProxyResponse {
        match self {
            Recorded::Full {
                status,
                headers,
                data,
            } => ProxyResponse {
                status,
                headers,
                body: data.to_string().into_bytes(),
                origin: ResponseOrigin::Recorded,
            },
            Recorded::Fixture {
                status,
                headers,
                data,
            } => ProxyResponse {
                status,
                headers,
                body: data.to_string().into_bytes(),
                origin: ResponseOrigin::Fixture,
            },
            Recorded::BodyOnly(data) => ProxyResponse {
                status: 200,
                headers: Vec::new(),
                body: data.to_string().into_bytes(),
                origin: ResponseOrigin::RecordedBodyOnly,
            },
        }
    }
}

/// Which expected records of a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expectation {
    /// `batchSave.json`.
    Save,
    /// `batchDelete.json`.
    Delete,
}

impl Expectation {
    fn file(self) -> &'static str {
        match self {
            Expectation::Save => "batchSave.json",
            Expectation::Delete => "batchDelete.json",
        }
    }
}

/// The `mocks/` folder of one integration.
#[derive(Debug, Clone)]
pub struct Mocks {
    dir: PathBuf,
}

impl Mocks {
    /// The mocks of the integration whose folder is `integration_dir`.
    pub fn of_integration(integration_dir: &Path) -> Self {
        Self::at(integration_dir.join("mocks"))
    }

    /// Mocks in `dir` itself.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether the script has recordings of its own (`mocks/<script>/`).
    pub fn has_script(&self, script: &str) -> bool {
        self.dir.join(script).is_dir()
    }

    /// `mocks/<script>/input.json`.
    pub fn input(&self, script: &str) -> Result<Option<Value>, MockError> {
        read_json(&self.dir.join(script).join("input.json"))
    }

    /// `mocks/<script>/output.json`.
    pub fn output(&self, script: &str) -> Result<Option<Value>, MockError> {
        read_json(&self.dir.join(script).join("output.json"))
    }

    /// Where a sync's expected records of a model are.
    pub fn expectation_path(&self, script: &str, model: &str, which: Expectation) -> PathBuf {
        self.dir.join(script).join(model).join(which.file())
    }

    /// `mocks/<script>/<Model>/batchSave.json` or `batchDelete.json`.
    pub fn expected_records(
        &self,
        script: &str,
        model: &str,
        which: Expectation,
    ) -> Result<Option<Value>, MockError> {
        read_json(&self.expectation_path(script, model, which))
    }

    /// `mocks/nango/getConnection.json`.
    pub fn connection(&self) -> Result<Option<Value>, MockError> {
        read_json(&self.dir.join("nango").join("getConnection.json"))
    }

    /// `mocks/nango/getMetadata.json` (`Some(Value::Null)` when it holds `null`).
    pub fn metadata(&self) -> Result<Option<Value>, MockError> {
        read_json(&self.dir.join("nango").join("getMetadata.json"))
    }

    /// The recorded response to a request of `script`.
    pub fn response(&self, script: &str, identity: &Identity) -> Result<Recorded, MockError> {
        let base = self.proxy_dir(identity)?;
        let hash_dir = base.join(script);
        if hash_dir.is_dir() {
            let path = hash_dir.join(format!("{}.json", identity.hash));
            let Some(file) = read_json(&path)? else {
                return Err(MockError::NoResponse {
                    method: identity.method.clone(),
                    endpoint: identity.endpoint.clone(),
                    detail: format!(
                        "{} does not exist; recordings of other calls are there, so this call differs from every recorded one (its identity: {})",
                        path.display(),
                        identity.json
                    ),
                });
            };
            return recorded_file(&path, file);
        }
        let path = base.join(format!("{script}.json"));
        match read_json(&path)? {
            Some(body) => Ok(Recorded::BodyOnly(body)),
            None => Err(MockError::NoResponse {
                method: identity.method.clone(),
                endpoint: identity.endpoint.clone(),
                detail: format!(
                    "neither {} nor {} exists (record it with `nango dryrun {script} <connection-id> --save-responses`)",
                    hash_dir.display(),
                    path.display()
                ),
            }),
        }
    }

    /// Records a response of `script` in the hash form; returns the file written.
    pub fn save_response(
        &self,
        script: &str,
        identity: &Identity,
        response: &ProxyResponse,
    ) -> Result<PathBuf, MockError> {
        let headers = headers_object(response);
        let file = json!({
            "method": identity.method,
            "endpoint": identity.endpoint,
            "requestIdentityHash": identity.hash,
            "requestIdentity": identity.value,
            "response": data_of(response),
            "status": response.status,
            "headers": headers,
        });
        let path = self
            .proxy_dir(identity)?
            .join(script)
            .join(format!("{}.json", identity.hash));
        write_json(&path, &file)?;
        Ok(path)
    }

    /// Writes `mocks/<relative>` as indented JSON, creating folders.
    pub fn save(&self, relative: &str, value: &Value) -> Result<PathBuf, MockError> {
        let path = self.dir.join(relative);
        write_json(&path, value)?;
        Ok(path)
    }

    /// `mocks/nango/<method>/proxy/<endpoint>`: the endpoint's segments as folders (empty and
    /// `.` segments dropped, as Node's path functions do).
    fn proxy_dir(&self, identity: &Identity) -> Result<PathBuf, MockError> {
        let mut dir = self.dir.join("nango").join(&identity.method).join("proxy");
        for segment in identity.endpoint.split('/') {
            match segment {
                "" | "." => {}
                ".." => return Err(MockError::UnsafeEndpoint(identity.endpoint.clone())),
                segment => dir.push(segment),
            }
        }
        Ok(dir)
    }
}

/// A response's headers as a recording holds them: one entry per name, repeats joined with `, `
/// (both formats).
fn headers_object(response: &ProxyResponse) -> Map<String, Value> {
    let mut headers = Map::new();
    for (name, value) in &response.headers {
        match headers.get_mut(name) {
            Some(Value::String(joined)) => {
                joined.push_str(", ");
                joined.push_str(value);
            }
            _ => {
                headers.insert(name.clone(), Value::String(value.clone()));
            }
        }
    }
    headers
}

/// A recording's `status`, 200 when it has none (both formats).
fn recorded_status(recording: &Map<String, Value>) -> u16 {
    recording
        .get("status")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok())
        .unwrap_or(200)
}

/// A recording's `headers` as the response has them: names lower-cased, a list joined with
/// `, ` (both formats).
fn header_pairs(headers: &Map<String, Value>) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Value::String(s) => s.clone(),
                Value::Array(items) => items
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            (name.to_ascii_lowercase(), value)
        })
        .collect()
}

/// A hash-form file; the short form `{status, data}` is read too.
fn recorded_file(path: &Path, file: Value) -> Result<Recorded, MockError> {
    let Value::Object(mut file) = file else {
        return Err(MockError::Invalid {
            path: path.to_path_buf(),
            message:
                "a recorded response must be an object with `response`, `status` and `headers`"
                    .into(),
        });
    };
    let status = recorded_status(&file);
    let data = file
        .remove("response")
        .or_else(|| file.remove("data"))
        .unwrap_or(Value::Null);
    let Some(headers) = file.get("headers").and_then(Value::as_object) else {
        // Without headers Nango's harness reads it as a legacy body.
        return Ok(Recorded::BodyOnly(data));
    };
    let headers = header_pairs(headers);
    Ok(Recorded::Full {
        status,
        headers,
        data,
    })
}

/// The body as a script sees it by default: JSON when it parses, else text; an empty JSON body
/// is `null`. Bytes that are not UTF-8 are kept as Node writes a Buffer.
pub fn data_of(response: &ProxyResponse) -> Value {
    if response.body.is_empty() {
        let json = response
            .header("content-type")
            .is_some_and(|t| t.contains("json"));
        return if json {
            Value::Null
        } else {
            Value::String(String::new())
        };
    }
    if let Ok(value) = serde_json::from_slice::<Value>(&response.body) {
        return value;
    }
    match std::str::from_utf8(&response.body) {
        Ok(text) => Value::String(text.to_string()),
        Err(_) => json!({ "type": "Buffer", "data": response.body }),
    }
}

fn read_json(path: &Path) -> Result<Option<Value>, MockError> {
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
    // Nango's recorder writes a string input as is, not as JSON: read such a file as a string.
    match serde_json::from_str(&text) {
        Ok(value) => Ok(Some(value)),
        Err(e) if text.trim_start().starts_with(['{', '[', '"']) => Err(MockError::Invalid {
            path: path.to_path_buf(),
            message: format!("not valid JSON: {e}"),
        }),
        Err(_) => Ok(Some(Value::String(text))),
    }
}

fn write_json(path: &Path, value: &Value) -> Result<(), MockError> {
    let io = |error| MockError::Io {
        path: path.to_path_buf(),
        error,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    std::fs::write(path, text).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(method: &str, endpoint: &str, params: &str) -> Identity {
        Identity::parse(&format!(
            r#"{{"method":"{method}","endpoint":"{endpoint}","params":{params},"headers":[]}}"#
        ))
        .unwrap()
    }

    #[test]
    fn hash_form_round_trips_and_wins_over_legacy() {
        let dir = tempfile::tempdir().unwrap();
        let mocks = Mocks::at(dir.path());
        let first = identity("get", "api/users", r#"[["page","1"]]"#);
        let response = ProxyResponse {
            status: 200,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("link".into(), "<a>; rel=\"next\"".into()),
            ],
            body: br#"{"users":[{"id":1}]}"#.to_vec(),
            ..ProxyResponse::default()
        };
        let path = mocks.save_response("users", &first, &response).unwrap();
        assert!(path.ends_with(format!(
            "nango/get/proxy/api/users/users/{}.json",
            first.hash
        )));
        let recorded = mocks.response("users", &first).unwrap();
        assert_eq!(
            recorded,
            Recorded::Full {
                status: 200,
                headers: vec![
                    ("content-type".into(), "application/json".into()),
                    ("link".into(), "<a>; rel=\"next\"".into())
                ],
                data: json!({"users": [{"id": 1}]}),
            }
        );
        // A legacy file beside the hash folder is not used, and another call is not found.
        std::fs::write(
            dir.path().join("nango/get/proxy/api/users/users.json"),
            "[]",
        )
        .unwrap();
        let second = identity("get", "api/users", r#"[["page","2"]]"#);
        let error = mocks.response("users", &second).unwrap_err().to_string();
        assert!(error.contains("differs from every recorded one"), "{error}");
    }

    #[test]
    fn legacy_form_answers_any_params() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("nango/post/proxy/v1/items")).unwrap();
        std::fs::write(
            dir.path().join("nango/post/proxy/v1/items/create.json"),
            r#"{"id": "x"}"#,
        )
        .unwrap();
        let mocks = Mocks::at(dir.path());
        let recorded = mocks
            .response("create", &identity("post", "v1/items", r#"[["a",1]]"#))
            .unwrap();
        assert_eq!(recorded, Recorded::BodyOnly(json!({"id": "x"})));
        let missing = mocks
            .response("other", &identity("post", "v1/items", "[]"))
            .unwrap_err();
        assert!(
            missing.to_string().contains("--save-responses"),
            "{missing}"
        );
    }

    #[test]
    fn short_form_and_files_without_headers() {
        let dir = tempfile::tempdir().unwrap();
        let mocks = Mocks::at(dir.path());
        let id = identity("get", "x", "[]");
        let folder = dir.path().join("nango/get/proxy/x/s");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join(format!("{}.json", id.hash)),
            r#"{"status": 200, "data": [1]}"#,
        )
        .unwrap();
        assert_eq!(
            mocks.response("s", &id).unwrap(),
            Recorded::BodyOnly(json!([1]))
        );
    }

    #[test]
    fn endpoints_cannot_leave_the_mocks_folder() {
        let mocks = Mocks::at("/tmp/m");
        let error = mocks
            .response("s", &identity("get", "../../etc", "[]"))
            .unwrap_err();
        assert!(matches!(error, MockError::UnsafeEndpoint(_)));
    }

    #[test]
    fn bodies_decode_as_the_sdk_does() {
        let response = |body: &[u8], content_type: &str| ProxyResponse {
            status: 200,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
            ..ProxyResponse::default()
        };
        assert_eq!(
            data_of(&response(b"{\"a\":1}", "application/json")),
            json!({"a": 1})
        );
        assert_eq!(data_of(&response(b"", "application/json")), Value::Null);
        assert_eq!(data_of(&response(b"", "text/plain")), json!(""));
        assert_eq!(data_of(&response(b"hello", "text/plain")), json!("hello"));
        assert_eq!(
            data_of(&response(&[0xff, 0x00], "application/octet-stream")),
            json!({"type": "Buffer", "data": [255, 0]})
        );
    }

    #[test]
    fn unreadable_files_are_errors_with_their_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("s")).unwrap();
        std::fs::write(dir.path().join("s/output.json"), "{ nope").unwrap();
        let error = Mocks::at(dir.path()).output("s").unwrap_err().to_string();
        assert!(error.contains("output.json: not valid JSON"), "{error}");
        std::fs::write(dir.path().join("s/input.json"), "plain text").unwrap();
        assert_eq!(
            Mocks::at(dir.path()).input("s").unwrap(),
            Some(json!("plain text"))
        );
    }
}
