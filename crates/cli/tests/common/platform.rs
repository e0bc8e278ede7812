//! A real `nango server` process for end-to-end tests, a mock provider, and the real CLI's
//! fixture project.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use axum::Router;
use axum::extract::Request;
use axum::response::IntoResponse;
use serde_json::{Value, json};

/// The project the real CLI's deploy and dryrun were captured with (from the spec's fixtures),
/// copied into a temp folder so that a test can change it.
pub fn fixture_project(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/deploy-project");
    let root = dir.join("project");
    copy_dir(&source, &root);
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A running `nango server` (killed on drop).
pub struct Server {
    child: Child,
    pub url: String,
    pub data_dir: PathBuf,
}

impl Server {
    /// Its process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the process is still alive (it has not exited or crashed).
    #[allow(dead_code)]
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_server(dir: &Path, providers_file: &Path) -> (Server, Vec<String>) {
    start_server_with(dir, providers_file, &[])
}

/// [`start_server`] with more variables set (`NANGO_DASHBOARD_PASSWORD`…).
pub fn start_server_with(
    dir: &Path,
    providers_file: &Path,
    variables: &[(&str, &str)],
) -> (Server, Vec<String>) {
    let data_dir = dir.join("data");
    let mut command = Command::new(super::bin());
    command
        .args(["server", "--port", "0", "--data-dir"])
        .arg(&data_dir)
        .current_dir(dir)
        .env("NANGO_SECRET_KEY_DEV", "dev-secret")
        .env_remove("NANGO_SECRET_KEY_PROD")
        .env_remove("NANGO_ENCRYPTION_KEY")
        .env_remove("NANGO_DASHBOARD_USERNAME")
        .env_remove("NANGO_DASHBOARD_PASSWORD")
        .env("NANGO_PROVIDERS_FILE", providers_file)
        .env("NO_COLOR", "1");
    for (name, value) in variables {
        command.env(name, value);
    }
    let mut child = command
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = Vec::new();
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let url = loop {
        let mut line = String::new();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "server exited: {lines:?}"
        );
        if let Some(rest) = line.trim().strip_prefix("nango server listening on ") {
            break rest.split(' ').next().unwrap().to_string();
        }
        lines.push(line.trim().to_string());
    };
    // Keep draining its log so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in reader.lines() {});
    (
        Server {
            child,
            url,
            data_dir,
        },
        lines,
    )
}

/// What the mock provider's `GET /contacts` lists (`POST /__contacts` replaces it).
type Contacts = std::sync::Arc<std::sync::Mutex<Vec<Value>>>;

/// A GitHub-like API on 127.0.0.1 that wants `Bearer tok-123`, with `GET /contacts` whose list
/// a test sets with `POST /__contacts` (no auth).
pub async fn mock_provider() -> String {
    async fn answer(
        axum::extract::State(contacts): axum::extract::State<Contacts>,
        request: Request,
    ) -> axum::response::Response {
        if request.uri().path() == "/__contacts" {
            let body = axum::body::to_bytes(request.into_body(), 1 << 20)
                .await
                .unwrap_or_default();
            *contacts.lock().unwrap() = serde_json::from_slice(&body).unwrap_or_default();
            return axum::Json(json!({ "ok": true })).into_response();
        }
        let authorized = request
            .headers()
            .get("authorization")
            .is_some_and(|v| v == "Bearer tok-123");
        if !authorized {
            return (
                axum::http::StatusCode::UNAUTHORIZED,
                axum::Json(json!({ "message": "Bad credentials" })),
            )
                .into_response();
        }
        let custom = request
            .headers()
            .get("x-custom")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let method = request.method().to_string();
        let path = request.uri().path().to_string();
        let body = axum::body::to_bytes(request.into_body(), 1 << 20)
            .await
            .unwrap_or_default();
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        match (method.as_str(), path.as_str()) {
            ("GET", "/user") => {
                axum::Json(json!({ "login": "octo", "custom": custom })).into_response()
            }
            ("GET", "/user/repos") => {
                axum::Json(json!([{ "name": "hello", "owner": { "login": "octo" } }]))
                    .into_response()
            }
            ("GET", "/repos/octo/hello/issues") => axum::Json(json!([
                { "id": 1001, "title": "Bug", "state": "open", "user": { "login": "octo" } }
            ]))
            .into_response(),
            ("POST", "/echo") => axum::Json(json!({ "received": body })).into_response(),
            ("GET", "/contacts") => {
                let list = contacts.lock().unwrap().clone();
                axum::Json(json!({ "contacts": list })).into_response()
            }
            _ => axum::Json(json!({ "id": 7, "path": path })).into_response(),
        }
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(
            listener,
            Router::new()
                .fallback(answer)
                .with_state(Contacts::default()),
        )
        .await
        .unwrap()
    });
    url
}

/// A providers.yaml whose `github` is the mock provider.
pub fn providers_file(dir: &Path, provider_url: &str) -> PathBuf {
    let path = dir.join("providers.yaml");
    super::write(
        &path,
        &format!(
            "github:\n    auth_mode: OAUTH2\n    authorization_url: https://github.com/login/oauth/authorize\n    token_url: https://github.com/login/oauth/access_token\n    proxy:\n        base_url: {provider_url}\n"
        ),
    );
    path
}

pub async fn api(
    server: &Server,
    key: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
    headers: &[(&str, &str)],
) -> (u16, Value) {
    let client = reqwest::Client::new();
    let mut request = client
        .request(method.parse().unwrap(), format!("{}{path}", server.url))
        .bearer_auth(key);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// What a webhook receiver got: every body, as JSON.
pub type Hooks = std::sync::Arc<std::sync::Mutex<Vec<Value>>>;

/// A webhook receiver on 127.0.0.1 keeping every body; its URL.
pub async fn webhook_receiver() -> (String, Hooks) {
    async fn receive(
        axum::extract::State(got): axum::extract::State<Hooks>,
        body: String,
    ) -> &'static str {
        got.lock()
            .unwrap()
            .push(serde_json::from_str(&body).unwrap_or(Value::Null));
        "ok"
    }
    let got = Hooks::default();
    let app = axum::Router::new()
        .fallback(receive)
        .with_state(got.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, got)
}

/// Serves `app` on a free port of 127.0.0.1; its URL.
pub async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// An API call with the `dev` key that must succeed; its answer.
pub async fn must(server: &Server, method: &str, path: &str, body: Value) -> Value {
    let (status, answer) = api(server, "dev-secret", method, path, Some(body), &[]).await;
    assert!(status < 300, "{method} {path}: {status} {answer}");
    answer
}

/// Integration `gh` (the `github` of the test's providers file) and its connection `c1`.
pub async fn github_connection(server: &Server, access_token: &str) {
    must(
        server,
        "POST",
        "/integrations",
        json!({ "unique_key": "gh", "provider": "github" }),
    )
    .await;
    must(
        server,
        "POST",
        "/connections",
        json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": access_token }),
    )
    .await;
}
