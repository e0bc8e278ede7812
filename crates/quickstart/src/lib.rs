//! `nango quickstart`: the whole platform end to end, on the embedded default, in one command.
//!
//! It starts a small bundled mock of the GitHub API on loopback (two repositories, paginated
//! with `Link` headers, issues and a pull request), a `nango server` with SQLite in a folder of
//! its own, creates the integration and a connection, creates the demo integrations folder (as
//! `nango init` does), compiles and deploys it, waits for its sync to run on the server, and
//! returns the records the sync saved. Everything it writes is in one folder; running it again
//! reuses that folder (the environments, their keys and the demo folder).
#![deny(missing_docs)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use nango_build::Bundler;
use nango_client::NangoClient;
use nango_project::deploy::{DeployOptions, confirmation_payload, payload};
use nango_project::{CompileOptions, Project, TypecheckMode, compile, init, load_config};
use serde_json::{Value, json};

/// The integration the demo folder declares.
pub const INTEGRATION: &str = "demo-github-integration";
/// The connection the quickstart creates.
pub const CONNECTION: &str = "demo-connection";
/// The demo's sync.
pub const SYNC: &str = "github-issue-example";
/// Its model.
pub const MODEL: &str = "GithubIssue";
/// The token the mock API accepts.
pub const MOCK_TOKEN: &str = "demo-token";

/// Where and how.
#[derive(Debug, Clone)]
pub struct QuickstartOptions {
    /// The folder for everything (`.nango-data/`, `nango-integrations/`, `providers.yaml`).
    pub dir: PathBuf,
    /// The server's port (0: any free port).
    pub port: u16,
}

/// What is running, and what the sync saved.
pub struct Quickstart {
    /// The server's URL.
    pub server_url: String,
    /// The mock GitHub API's URL.
    pub mock_url: String,
    /// The `dev` environment's secret key.
    pub secret_key: String,
    /// The demo integrations folder.
    pub folder: PathBuf,
    /// The records of the sync's first run (`GET /records` answer).
    pub records: Value,
    /// The dashboard's login: `(username, password)`, and the file that keeps it.
    pub dashboard: (String, String, PathBuf),
    /// What was deployed (`name@version`).
    pub deployed: Vec<String>,
    /// Ends the server when dropped or sent.
    pub stop: tokio::sync::oneshot::Sender<()>,
    /// The server's task.
    pub server: tokio::task::JoinHandle<()>,
}

/// Why the quickstart stopped.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct QuickstartError(pub String);

fn fail(what: &str) -> impl Fn(String) -> QuickstartError + '_ {
    move |e| QuickstartError(format!("{what}: {e}"))
}

/// Runs the quickstart up to the first records; `progress` hears each step.
pub async fn run(
    options: &QuickstartOptions,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Quickstart, QuickstartError> {
    std::fs::create_dir_all(&options.dir)
        .map_err(|e| fail("cannot create the quickstart folder")(e.to_string()))?;
    let mock_url = start_mock().await?;
    progress(&format!("mock GitHub API on {mock_url}"));

    // The server, with the catalog's `github` pointed at the mock.
    let providers_file = options.dir.join("providers.yaml");
    std::fs::write(
        &providers_file,
        format!("# Written by `nango quickstart`: the github provider, pointed at the bundled mock API.\ngithub:\n    display_name: GitHub (quickstart mock)\n    auth_mode: OAUTH2\n    authorization_url: {mock_url}/login/oauth/authorize\n    token_url: {mock_url}/login/oauth/access_token\n    proxy:\n        base_url: {mock_url}\n"),
    )
    .map_err(|e| fail("cannot write providers.yaml")(e.to_string()))?;
    // The dashboard's account: generated at the first run and kept in the folder, so that every
    // run can say how to log in.
    let login_file = options.dir.join("dashboard-login.txt");
    let kept = std::fs::read_to_string(&login_file).ok().and_then(|text| {
        let mut lines = text
            .lines()
            .filter_map(|l| l.split_once(": "))
            .map(|(_, v)| v.trim().to_string());
        Some((lines.next()?, lines.next()?))
    });
    let config = nango_server::ServerConfig {
        dashboard_username: kept.as_ref().map(|(u, _)| u.clone()),
        dashboard_password: kept.as_ref().map(|(_, p)| p.clone()),
        port: options.port,
        data_dir: options.dir.join(".nango-data"),
        providers_file: Some(providers_file),
        encryption_key: None,
        secret_key_dev: None,
        secret_key_prod: None,
        settings: nango_server::Settings {
            scheduler_tick: Duration::from_millis(200),
            ..nango_server::Settings::default()
        },
        ..nango_server::ServerConfig::default()
    };
    let (state, setup) = nango_server::build(&config)
        .await
        .map_err(|e| fail("the server could not start")(e.to_string()))?;
    let dashboard = match (setup.dashboard, kept) {
        (Some(nango_server::platform::DashboardAccount::Created { username, password }), _) => {
            write_private(
                &login_file,
                &format!("username: {username}\npassword: {password}\n"),
            )
            .map_err(|e| fail("cannot keep the dashboard's login")(e.to_string()))?;
            (username, password)
        }
        (_, Some(kept)) => kept,
        _ => {
            return Err(QuickstartError(format!(
                "the dashboard's account was made elsewhere: delete {} to start afresh",
                options.dir.join(".nango-data").display()
            )));
        }
    };
    let secret_key = state
        .store
        .environment_by_name("dev")
        .await
        .map_err(|e| fail("the server's database")(e.to_string()))?
        .map(|e| e.secret_key)
        .ok_or_else(|| QuickstartError("the dev environment is missing".into()))?;
    let addr = SocketAddr::new(config.host, config.port);
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        QuickstartError(format!(
            "cannot listen on {addr}: {e} (is a server already running there? choose another port with --port)"
        ))
    })?;
    let server_url = format!(
        "http://{}",
        listener
            .local_addr()
            .map_err(|e| fail("listen")(e.to_string()))?
    );
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        let _ = nango_server::serve(listener, state, async {
            let _ = stopped.await;
        })
        .await;
    });
    progress(&format!(
        "nango server on {server_url} (data in {})",
        config.data_dir.display()
    ));

    // The integration and a connection to the mock.
    let client =
        NangoClient::new(&server_url, &secret_key).map_err(|e| fail("client")(e.to_string()))?;
    let http = Http::new(&server_url, &secret_key);
    http.post(
        "/integrations",
        json!({ "unique_key": INTEGRATION, "provider": "github" }),
        &[201, 200, 409],
    )
    .await?;
    http.post(
        "/connections",
        json!({ "provider_config_key": INTEGRATION, "connection_id": CONNECTION, "access_token": MOCK_TOKEN }),
        &[200],
    )
    .await?;
    progress(&format!(
        "integration {INTEGRATION} (provider github), connection {CONNECTION}"
    ));

    // The demo folder, compiled and deployed.
    let folder = options.dir.join("nango-integrations");
    if !folder.join("nango.yaml").is_file() {
        init(&folder).map_err(|e| fail("cannot create the demo folder")(e.to_string()))?;
    }
    std::fs::write(
        folder.join(".env"),
        format!("# Written by `nango quickstart`: this folder deploys to the quickstart server.\nNANGO_HOSTPORT={server_url}\nNANGO_SECRET_KEY_DEV={secret_key}\n"),
    )
    .map_err(|e| fail("cannot write the folder's .env")(e.to_string()))?;
    let deployed = deploy(&folder, &client).await?;
    progress(&format!(
        "deployed {}: {}",
        folder.display(),
        deployed.join(", ")
    ));

    // The sync runs as soon as it is deployed; wait for its records.
    let records = wait_for_records(&http).await?;
    Ok(Quickstart {
        server_url,
        mock_url,
        secret_key,
        folder,
        records,
        dashboard: (dashboard.0, dashboard.1, login_file),
        deployed,
        stop,
        server,
    })
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

async fn deploy(folder: &Path, client: &NangoClient) -> Result<Vec<String>, QuickstartError> {
    let project = Project::at(folder);
    let loaded = load_config(&project);
    let config = loaded
        .config
        .ok_or_else(|| QuickstartError("the demo folder's nango.yaml has errors".into()))?;
    let report = compile(
        &project,
        &config,
        &Bundler::new(project.root()),
        &CompileOptions {
            typecheck: TypecheckMode::Off,
            only: Vec::new(),
        },
        &|_| {},
    )
    .map_err(|e| fail("compile")(e.to_string()))?;
    if report.has_errors() {
        return Err(QuickstartError(
            "the demo folder does not compile: run `nango compile` in it to see why".into(),
        ));
    }
    let payload = payload(
        &project,
        &config,
        &report.compiled,
        &DeployOptions::default(),
    )
    .map_err(fail("deploy"))?;
    client
        .deploy_confirmation(&confirmation_payload(&payload))
        .await
        .map_err(|e| fail("deploy plan")(e.to_string()))?;
    let deployed = client
        .deploy(&payload)
        .await
        .map_err(|e| fail("deploy")(e.to_string()))?;
    Ok(deployed
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            format!(
                "{}@v{}",
                d["name"].as_str().unwrap_or("?"),
                d["version"].as_str().unwrap_or("?")
            )
        })
        .collect())
}

async fn wait_for_records(http: &Http) -> Result<Value, QuickstartError> {
    let status_path = format!(
        "/sync/status?syncs={SYNC}&provider_config_key={INTEGRATION}&connection_id={CONNECTION}"
    );
    for _ in 0..300 {
        if let Ok(status) = http.get(&status_path, &[]).await {
            let sync = &status["syncs"][0];
            match sync["status"].as_str() {
                Some("SUCCESS") => {
                    return http
                        .get(
                            &format!("/records?model={MODEL}"),
                            &[
                                ("Connection-Id", CONNECTION),
                                ("Provider-Config-Key", INTEGRATION),
                            ],
                        )
                        .await;
                }
                Some("ERROR") => {
                    return Err(QuickstartError(format!(
                        "the sync failed: {}",
                        sync["latestError"]
                            .as_str()
                            .unwrap_or("see GET /logs/operations")
                    )));
                }
                _ => {}
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(QuickstartError(
        "the sync did not finish within 30 seconds".into(),
    ))
}

/// A small JSON client of the server (the REST API as a user's app sees it).
struct Http {
    client: reqwest::Client,
    base: String,
    key: String,
}

impl Http {
    fn new(base: &str, key: &str) -> Self {
        Self {
            client: reqwest::Client::new(),
            base: base.to_string(),
            key: key.to_string(),
        }
    }

    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Result<(u16, Value), QuickstartError> {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.key);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request
            .send()
            .await
            .map_err(|e| fail(path)(e.to_string()))?;
        let status = response.status().as_u16();
        let answer = response.json().await.unwrap_or(Value::Null);
        Ok((status, answer))
    }

    async fn post(&self, path: &str, body: Value, ok: &[u16]) -> Result<Value, QuickstartError> {
        let (status, answer) = self
            .send(reqwest::Method::POST, path, Some(&body), &[])
            .await?;
        if ok.contains(&status) {
            Ok(answer)
        } else {
            Err(QuickstartError(format!(
                "POST {path} answered {status}: {answer}"
            )))
        }
    }

    async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Result<Value, QuickstartError> {
        let (status, answer) = self.send(reqwest::Method::GET, path, None, headers).await?;
        if status == 200 {
            Ok(answer)
        } else {
            Err(QuickstartError(format!(
                "GET {path} answered {status}: {answer}"
            )))
        }
    }
}

// ----- the bundled mock GitHub API

const OWNER: &str = "octo-demo";

fn issues_of(repo: &str) -> Vec<Value> {
    let base = if repo == "hello-world" { 1000 } else { 2000 };
    let mut issues: Vec<Value> = (1..=2)
        .map(|n| {
            json!({
                "id": base + n, "number": n,
                "title": format!("{} issue {n}", if repo == "hello-world" { "Hello" } else { "Quick" }),
                "state": if n == 1 { "open" } else { "closed" },
                "user": { "login": "mona", "id": 583231 },
                "created_at": format!("2025-01-0{n}T10:00:00Z"), "updated_at": format!("2025-02-0{n}T10:00:00Z")
            })
        })
        .collect();
    // The issues endpoint lists pull requests too; the demo sync skips them.
    issues.push(json!({
        "id": base + 9, "number": 9, "title": "A pull request", "state": "open",
        "user": { "login": "mona", "id": 583231 }, "created_at": "2025-01-09T10:00:00Z",
        "updated_at": "2025-02-09T10:00:00Z", "pull_request": { "url": "…" }
    }));
    issues
}

/// Starts the bundled mock of the GitHub API on 127.0.0.1 (it accepts [`MOCK_TOKEN`]); its URL.
pub async fn start_mock() -> Result<String, QuickstartError> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| fail("cannot start the mock API")(e.to_string()))?;
    let url = format!(
        "http://{}",
        listener
            .local_addr()
            .map_err(|e| fail("mock API")(e.to_string()))?
    );
    let app = axum::Router::new()
        .route("/user/repos", axum::routing::get(repos))
        .route("/repos/{owner}/{repo}/issues", axum::routing::get(issues))
        .with_state(url.clone());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(url)
}

fn authorized(headers: &HeaderMap) -> bool {
    headers
        .get("authorization")
        .is_some_and(|v| v.as_bytes() == format!("Bearer {MOCK_TOKEN}").as_bytes())
}

fn unauthorized() -> Response {
    (
        axum::http::StatusCode::UNAUTHORIZED,
        axum::Json(json!({ "message": "Bad credentials" })),
    )
        .into_response()
}

/// One repository per page, with GitHub's `Link` header.
async fn repos(
    State(base): State<String>,
    headers: HeaderMap,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    if !authorized(&headers) {
        return unauthorized();
    }
    let page: u32 = query.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
    let names = ["hello-world", "quick-start"];
    let Some(name) = names.get(page as usize - 1) else {
        return axum::Json(json!([])).into_response();
    };
    let body = axum::Json(json!([{ "name": name, "owner": { "login": OWNER } }]));
    if (page as usize) < names.len() {
        let link = format!(
            "<{base}/user/repos?page={}&per_page=1>; rel=\"next\", <{base}/user/repos?page={}&per_page=1>; rel=\"last\"",
            page + 1,
            names.len()
        );
        return ([("link", link)], body).into_response();
    }
    body.into_response()
}

async fn issues(headers: HeaderMap, UrlPath((owner, repo)): UrlPath<(String, String)>) -> Response {
    if !authorized(&headers) {
        return unauthorized();
    }
    if owner != OWNER {
        return (
            axum::http::StatusCode::NOT_FOUND,
            axum::Json(json!({ "message": "Not Found" })),
        )
            .into_response();
    }
    axum::Json(Value::Array(issues_of(&repo))).into_response()
}
