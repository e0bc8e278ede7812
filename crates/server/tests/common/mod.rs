//! A server on 127.0.0.1 with a mock provider API (OAuth 2 token endpoint included) on
//! loopback, for the API tests.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nango_server::{ServerConfig, Settings};
use serde_json::{Value, json};

pub const DEV: &str = "dev-key";
pub const PROD: &str = "prod-key";
pub const DASHBOARD_USER: &str = "admin";
pub const DASHBOARD_PASSWORD: &str = "correct horse battery staple";
pub const ENCRYPTION_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// A request the mock provider got: (method, path and query, authorization, body).
pub type Seen = (String, String, Option<String>, String);
pub type Headers = Vec<(String, String)>;

/// The mock provider, and what it saw.
#[derive(Default, Clone)]
pub struct Provider {
    pub seen: Arc<Mutex<Vec<Seen>>>,
    pub headers: Arc<Mutex<Vec<Headers>>>,
    /// The access token the provider accepts (the token endpoint rotates it).
    pub token: Arc<Mutex<String>>,
    /// Whether the token endpoint accepts refresh tokens.
    pub refresh_ok: Arc<Mutex<bool>>,
    /// What `GET /contacts` lists.
    pub contacts: Arc<Mutex<Vec<Value>>>,
    /// How many more `GET /contacts` answer 500.
    pub contacts_failures: Arc<Mutex<u32>>,
}

async fn provider(State(p): State<Provider>, request: Request) -> Response {
    let method = request.method().to_string();
    let uri = request.uri().to_string();
    let authorization = request
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let headers: Headers = request
        .headers()
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or_default().to_string()))
        .collect();
    let body = axum::body::to_bytes(request.into_body(), 1 << 20)
        .await
        .unwrap();
    let body = String::from_utf8_lossy(&body).into_owned();
    p.seen.lock().unwrap().push((
        method.clone(),
        uri.clone(),
        authorization.clone(),
        body.clone(),
    ));
    p.headers.lock().unwrap().push(headers.clone());
    let path = uri.split('?').next().unwrap_or_default().to_string();
    if path == "/oauth/token" {
        if !*p.refresh_ok.lock().unwrap() || !body.contains("grant_type=refresh_token") {
            return (
                StatusCode::BAD_REQUEST,
                axum::Json(json!({ "error": "invalid_grant" })),
            )
                .into_response();
        }
        let next = format!("{}-refreshed", p.token.lock().unwrap());
        *p.token.lock().unwrap() = next.clone();
        return axum::Json(json!({ "access_token": next, "refresh_token": "r-2", "expires_in": 3600, "token_type": "bearer" }))
            .into_response();
    }
    let expected = format!("Bearer {}", p.token.lock().unwrap());
    let api_key_ok = path.starts_with("/keyed")
        && headers
            .iter()
            .any(|(n, v)| n == "x-api-key" && v == "secret-api-key");
    if authorization.as_deref() != Some(expected.as_str()) && !api_key_ok {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "message": "Bad credentials" })),
        )
            .into_response();
    }
    match (method.as_str(), path.as_str()) {
        ("GET", "/contacts") => {
            let mut failures = p.contacts_failures.lock().unwrap();
            if *failures > 0 {
                *failures -= 1;
                return (StatusCode::INTERNAL_SERVER_ERROR, "down").into_response();
            }
            axum::Json(json!({ "contacts": *p.contacts.lock().unwrap() })).into_response()
        }
        // Fails once, then answers a large body.
        ("GET", "/flaky") => {
            let failures = p.seen.lock().unwrap().iter().filter(|r| r.1 == "/flaky").count();
            if failures == 1 {
                return (StatusCode::SERVICE_UNAVAILABLE, "busy").into_response();
            }
            ([("content-type", "text/plain")], "x".repeat(3 << 20)).into_response()
        }
        ("GET", "/user") | ("GET", "/keyed/user") => {
            axum::Json(json!({ "login": "octo", "query": uri.split('?').nth(1) })).into_response()
        }
        ("POST", "/echo") => (
            StatusCode::CREATED,
            [("x-provider", "yes")],
            axum::Json(json!({ "received": serde_json::from_str::<Value>(&body).unwrap_or(Value::String(body)) })),
        )
            .into_response(),
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({ "message": "Not Found" })),
        )
            .into_response(),
    }
}

pub async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

/// Where a test server keeps its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A SQLite file in the test's folder.
    Sqlite,
    /// A database of its own on the machine's PostgreSQL (127.0.0.1:5432).
    Postgres,
}

/// A PostgreSQL database of its own for a test server, dropped with it.
pub struct PgDatabase {
    name: String,
}

impl PgDatabase {
    fn psql(sql: &str) -> Result<(), String> {
        let out = std::process::Command::new("psql")
            .args([
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                "postgres",
                "-tA",
                "-c",
                sql,
            ])
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
        }
    }

    /// A new database; `None` (a note printed) when PostgreSQL cannot be reached, unless
    /// `CI=true`: then the test fails.
    pub fn create() -> Option<Self> {
        use std::hash::BuildHasher as _;
        let random =
            std::collections::hash_map::RandomState::new().hash_one(std::time::SystemTime::now());
        let name = format!("nango_server_test_{random:016x}");
        match Self::psql(&format!("CREATE DATABASE {name}")) {
            Ok(()) => Some(Self { name }),
            Err(e) => {
                let message = format!(
                    "PostgreSQL at 127.0.0.1:5432 is not reachable ({e}): start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`"
                );
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "CI=true and {message}"
                );
                eprintln!("note: test skipped: {message}");
                None
            }
        }
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:5432/{}", self.name)
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let _ = Self::psql(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

pub struct World {
    pub _dir: tempfile::TempDir,
    pub data_dir: std::path::PathBuf,
    pub base: String,
    pub provider: Provider,
    pub http: reqwest::Client,
    pub state: nango_server::AppState,
    /// The PostgreSQL database, when the server keeps its data there.
    pub database: Option<PgDatabase>,
}

impl World {
    /// A server without its background work (the part-1 API).
    pub async fn new() -> Self {
        Self::with(None).await
    }

    /// A server with its scheduler and webhooks running, on short timings.
    pub async fn running() -> Self {
        Self::with(Some(Self::fast())).await
    }

    /// A running server whose catalog also has the mock OAuth provider's entries
    /// (`mock-oauth2`, `mock-oauth2-basic`, `mock-cc`, `mock-oauth1`, `mock-apikey`).
    pub async fn with_oauth() -> (Self, nango_mock_oauth::MockOAuth) {
        let mock = nango_mock_oauth::MockOAuth::start().await;
        let world = Self::with_providers(Some(Self::fast()), &mock.providers_yaml()).await;
        (world, mock)
    }

    /// [`World::with_oauth`] without the background work (no refresh job).
    pub async fn with_oauth_idle() -> (Self, nango_mock_oauth::MockOAuth) {
        let mock = nango_mock_oauth::MockOAuth::start().await;
        let world = Self::with_providers(None, &mock.providers_yaml()).await;
        (world, mock)
    }

    /// A server started with `NANGO_DASHBOARD=false`.
    pub async fn without_dashboard() -> Self {
        Self::with(Some(Settings {
            dashboard: false,
            ..Self::fast()
        }))
        .await
    }

    fn fast() -> Settings {
        Settings {
            scheduler_tick: Duration::from_millis(30),
            sync_retries: 2,
            sync_retry_base: Duration::from_millis(50),
            webhook_retry_base: Duration::from_millis(50),
            max_concurrent_syncs: 4,
            logs_retention: Duration::from_secs(3600),
            refresh_ahead: Duration::from_secs(600),
            server_url: None,
            dashboard: true,
            sync_lease: Duration::from_secs(30),
            webhook_lease: Duration::from_secs(300),
            role: nango_server::Role::All,
        }
    }

    /// A running server whose data folder is `data_dir` (a file system a test controls).
    pub async fn running_in(data_dir: std::path::PathBuf) -> Self {
        Self::build(Some(Self::fast()), "", Some(data_dir), None).await
    }

    /// [`World::new`] on a backend; `None` when PostgreSQL is wanted and cannot be reached
    /// (outside CI).
    pub async fn new_on(backend: Backend) -> Option<Self> {
        Self::on(backend, None).await
    }

    /// [`World::running`] on a backend; `None` as [`World::new_on`].
    pub async fn running_on(backend: Backend) -> Option<Self> {
        Self::on(backend, Some(Self::fast())).await
    }

    async fn on(backend: Backend, background: Option<Settings>) -> Option<Self> {
        let database = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PgDatabase::create()?),
        };
        Some(Self::build(background, "", None, database).await)
    }

    async fn with(background: Option<Settings>) -> Self {
        Self::with_providers(background, "").await
    }

    async fn with_providers(background: Option<Settings>, extra_providers: &str) -> Self {
        Self::build(background, extra_providers, None, None).await
    }

    async fn build(
        background: Option<Settings>,
        extra_providers: &str,
        data_dir: Option<std::path::PathBuf>,
        database: Option<PgDatabase>,
    ) -> Self {
        let provider = Provider::default();
        *provider.token.lock().unwrap() = "tok-1".into();
        *provider.refresh_ok.lock().unwrap() = true;
        let provider_url = serve(
            Router::new()
                .fallback(self::provider)
                .with_state(provider.clone()),
        )
        .await;
        let dir = tempfile::tempdir().unwrap();
        let providers_file = dir.path().join("providers.yaml");
        std::fs::write(
            &providers_file,
            format!(
                "mockhub:\n    display_name: Mock Hub\n    auth_mode: OAUTH2\n    authorization_url: {provider_url}/oauth/authorize\n    token_url: {provider_url}/oauth/token\n    proxy:\n        base_url: {provider_url}\nmockkey:\n    auth_mode: API_KEY\n    proxy:\n        base_url: {provider_url}/keyed\n        headers:\n            x-api-key: ${{apiKey}}\n{extra_providers}"
            ),
        )
        .unwrap();
        let data_dir = data_dir.unwrap_or_else(|| dir.path().join("data"));
        let config = ServerConfig {
            port: 0,
            data_dir: data_dir.clone(),
            encryption_key: Some(ENCRYPTION_KEY.into()),
            secret_key_dev: Some(DEV.into()),
            secret_key_prod: Some(PROD.into()),
            providers_file: Some(providers_file),
            script_workers: 2,
            settings: background.clone().unwrap_or_default(),
            dashboard_username: Some(DASHBOARD_USER.into()),
            dashboard_password: Some(DASHBOARD_PASSWORD.into()),
            database_url: database.as_ref().map(PgDatabase::url),
            ..ServerConfig::default()
        };
        let (state, setup) = nango_server::build(&config).await.unwrap();
        assert_eq!(setup.created.len(), 2);
        if background.is_some() {
            nango_server::start_background(&state);
        }
        let base = serve(nango_server::router(state.clone())).await;
        Self {
            _dir: dir,
            data_dir,
            base,
            provider,
            http: reqwest::Client::new(),
            state,
            database,
        }
    }

    pub async fn call(
        &self,
        key: Option<&str>,
        method: &str,
        path: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> (u16, Value) {
        let mut request = self
            .http
            .request(method.parse().unwrap(), format!("{}{path}", self.base));
        if let Some(key) = key {
            request = request.header("authorization", format!("Bearer {key}"));
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        // Every error the suite sees has the documented shape (the proxy's are the provider's;
        // the OAuth popup's are pages for the end user).
        if status >= 400 && !path.starts_with("/proxy") && !path.starts_with("/oauth/") {
            assert_documented_error(&body, &format!("{method} {path} → {status}"));
        }
        (status, body)
    }

    pub async fn dev(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        self.call(Some(DEV), method, path, body, &[]).await
    }

    pub async fn integration(&self, key: &str, provider: &str) {
        let (status, body) = self
            .dev(
                "POST",
                "/integrations",
                Some(json!({ "unique_key": key, "provider": provider, "credentials": { "type": "OAUTH2", "client_id": "cid", "client_secret": "csecret", "scopes": "repo" } })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
    }

    pub async fn import(&self, body: Value) -> (u16, Value) {
        self.dev("POST", "/connections", Some(body)).await
    }

    /// Deploys `flows` (reconciling: what is not among them goes).
    pub async fn deploy(&self, flows: Vec<Value>) {
        let (status, body) = self
            .dev(
                "POST",
                "/sync/deploy",
                Some(json!({ "flowConfigs": flows, "reconcile": true })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
    }

    /// Integration `gh` (the mock provider), its connection `c1`, and `flows` deployed.
    pub async fn setup(&self, flows: Vec<Value>) {
        self.integration("gh", "mockhub").await;
        let (status, body) = self
            .import(
                json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-1" }),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        self.deploy(flows).await;
    }
}

pub fn flow(name: &str, kind: &str, js: &str, input: Option<&str>, models: &[&str]) -> Value {
    let mut flow = json!({
        "syncName": name, "providerConfigKey": "gh", "type": kind, "models": models, "version": "",
        "runs": if kind == "sync" { json!("every day") } else { Value::Null },
        "track_deletes": false, "attributes": {}, "metadata": { "description": "", "scopes": [] },
        "fileBody": { "js": js, "ts": "// ts" },
        "endpoints": [{ "method": "POST", "path": format!("/{name}") }],
    });
    if let Some(input) = input {
        flow["input"] = json!(input);
    }
    flow
}

/// Fails unless `body` matches the `ErrorBody` schema of the server's OpenAPI document.
pub fn assert_documented_error(body: &Value, what: &str) {
    static VALIDATOR: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    let validator = VALIDATOR.get_or_init(|| {
        let document = nango_server::openapi();
        let mut schema = document["components"]["schemas"]["ErrorBody"].clone();
        schema["components"] = document["components"].clone();
        jsonschema::validator_for(&schema).expect("the ErrorBody schema compiles")
    });
    if let Some(error) = validator.iter_errors(body).next() {
        panic!("{what}: the error body {body} does not match ErrorBody: {error}");
    }
}
