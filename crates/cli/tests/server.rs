//! `nango server`, `nango deploy`, `nango env` and `nango environment` through the binary: a real
//! server process on an ephemeral 127.0.0.1 port, a mock provider API on loopback.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use axum::Router;
use axum::extract::Request;
use axum::response::IntoResponse;
use common::{Run, command, write};
use serde_json::{Value, json};

/// The fixture project of the real CLI's deploy captures (copied, so the copy can change).
fn fixture_project(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/spec/fixtures/yaml-0.60.5/deploy-dryrun-project-input");
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
struct Server {
    child: Child,
    url: String,
    data_dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(dir: &Path, providers_file: &Path) -> (Server, Vec<String>) {
    let data_dir = dir.join("data");
    let mut child = Command::new(common::bin())
        .args(["server", "--port", "0", "--data-dir"])
        .arg(&data_dir)
        .current_dir(dir)
        .env("NANGO_SECRET_KEY_DEV", "dev-secret")
        .env_remove("NANGO_SECRET_KEY_PROD")
        .env_remove("NANGO_ENCRYPTION_KEY")
        .env("NANGO_PROVIDERS_FILE", providers_file)
        .env("NO_COLOR", "1")
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

async fn mock_provider() -> String {
    async fn answer(request: Request) -> axum::response::Response {
        let authorized = request
            .headers()
            .get("authorization")
            .is_some_and(|v| v == "Bearer tok-123");
        if !authorized {
            return (axum::http::StatusCode::UNAUTHORIZED, "no").into_response();
        }
        axum::Json(json!({ "id": 7, "path": request.uri().path() })).into_response()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, Router::new().fallback(answer))
            .await
            .unwrap()
    });
    url
}

async fn api(
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

fn cli(dir: &Path, server: &Server, args: &[&str]) -> Run {
    command(dir, args)
        .env("NANGO_HOSTPORT", &server.url)
        .env("NANGO_SECRET_KEY_DEV", "dev-secret")
        .stdin(Stdio::null())
        .output()
        .unwrap()
        .into()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_project_deploys_to_the_server_and_its_actions_run() {
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers_file = dir.path().join("providers.yaml");
    write(
        &providers_file,
        &format!(
            "github:\n    auth_mode: OAUTH2\n    authorization_url: https://github.com/login/oauth/authorize\n    token_url: https://github.com/login/oauth/access_token\n    proxy:\n        base_url: {provider}\n"
        ),
    );
    let (server, log) = start_server(dir.path(), &providers_file);
    assert!(
        log.iter()
            .any(|l| l
                .contains("created environment `dev` with the secret key of NANGO_SECRET_KEY_DEV")),
        "{log:?}"
    );
    assert!(
        log.iter()
            .any(|l| l.starts_with("created environment `prod`: secret key ")),
        "{log:?}"
    );
    assert!(log.iter().any(|l| l.contains("UNENCRYPTED")), "{log:?}");
    let keys: Run = Command::new(common::bin())
        .args(["server", "keys", "--data-dir"])
        .arg(&server.data_dir)
        .output()
        .unwrap()
        .into();
    assert_eq!(keys.code, 0, "{}", keys.all());
    assert!(
        keys.stdout.starts_with("dev\tdev-secret\nprod\t"),
        "{}",
        keys.stdout
    );

    let root = fixture_project(dir.path());
    // The integration must exist before its scripts are deployed.
    let run = cli(
        &root,
        &server,
        &["deploy", "dev", "--auto-confirm", "--no-typecheck"],
    );
    assert_eq!(run.code, 11, "{}", run.all());
    assert!(run.stderr.contains("create them first"), "{}", run.all());
    let (status, _) = api(
        &server,
        "dev-secret",
        "POST",
        "/integrations",
        Some(json!({ "unique_key": "demo-github-integration", "provider": "github" })),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = api(&server, "dev-secret", "POST", "/connections", Some(json!({ "provider_config_key": "demo-github-integration", "connection_id": "conn-1", "access_token": "tok-123" })), &[]).await;
    assert_eq!(status, 200);

    // Without a terminal, a deploy needs --auto-confirm; the plan is shown either way.
    let run = cli(&root, &server, &["deploy", "dev", "--no-typecheck"]);
    assert_eq!(run.code, 11, "{}", run.all());
    assert!(
        run.stderr
            .contains("+ sync demo-github-integration/github-issue-example (1 connection)"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr
            .contains("+ action demo-github-integration/create-issue"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr.contains("confirm with --auto-confirm"),
        "{}",
        run.all()
    );
    let run = cli(
        &root,
        &server,
        &["deploy", "dev", "--auto-confirm", "--no-typecheck"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains(
            "deployed to `dev`: github-issue-example@v0.0.1, create-issue@v0.0.1, probe@v0.0.1"
        ),
        "{}",
        run.all()
    );

    // The deployed action runs on the server, through the provider.
    let headers = [
        ("connection-id", "conn-1"),
        ("provider-config-key", "demo-github-integration"),
    ];
    let (status, output) = api(
        &server,
        "dev-secret",
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "create-issue", "input": { "title": "Hello" } })),
        &headers,
    )
    .await;
    assert_eq!(status, 200, "{output}");
    assert_eq!(
        output,
        json!({ "id": 1, "title": "Hello", "state": "200", "labels": [] })
    );

    // Removing the sync deletes data: refused unless allowed.
    let yaml = std::fs::read_to_string(root.join("nango.yaml")).unwrap();
    let without_sync = yaml.replace(
        "    syncs:\n      github-issue-example:",
        "    old-syncs:\n      github-issue-example:",
    );
    let start = without_sync.find("    old-syncs:").unwrap();
    let end = without_sync.find("    actions:").unwrap();
    write(
        &root.join("nango.yaml"),
        &format!("{}{}", &without_sync[..start], &without_sync[end..]),
    );
    let run = cli(
        &root,
        &server,
        &["deploy", "dev", "--auto-confirm", "--no-typecheck"],
    );
    assert_eq!(run.code, 11, "{}", run.all());
    assert!(
        run.stderr
            .contains("- sync demo-github-integration/github-issue-example (1 connection)"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains("--allow-destructive"), "{}", run.all());
    let run = cli(
        &root,
        &server,
        &[
            "deploy",
            "dev",
            "--auto-confirm",
            "--allow-destructive",
            "--no-typecheck",
            "--version",
            "2.0.0",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("create-issue@v2.0.0"), "{}", run.all());
    let (_, config) = api(&server, "dev-secret", "GET", "/scripts/config", None, &[]).await;
    assert_eq!(config[0]["syncs"], json!([]));

    // Environment variables through the CLI.
    let run = cli(&root, &server, &["env", "set", "REGION", "eu", "-e", "dev"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let run = cli(&root, &server, &["env", "list"]);
    assert_eq!(run.stdout, "REGION=eu\n", "{}", run.all());
    let run = cli(&root, &server, &["env", "unset", "REGION"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(cli(&root, &server, &["env", "list"]).stdout, "");

    // A new environment has its own key and sees nothing of dev.
    let created: Run = Command::new(common::bin())
        .args(["environment", "create", "staging", "--data-dir"])
        .arg(&server.data_dir)
        .output()
        .unwrap()
        .into();
    assert_eq!(created.code, 0, "{}", created.all());
    let staging_key = created.stdout.trim().to_string();
    let (status, integrations) =
        api(&server, &staging_key, "GET", "/integrations", None, &[]).await;
    assert_eq!((status, integrations), (200, json!({ "data": [] })));
    let again: Run = Command::new(common::bin())
        .args(["environment", "create", "staging", "--data-dir"])
        .arg(&server.data_dir)
        .output()
        .unwrap()
        .into();
    assert_eq!(again.code, 1, "{}", again.all());
}
