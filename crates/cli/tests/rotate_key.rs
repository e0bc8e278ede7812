//! `nango server rotate-key` through the real binary: a server that knows the old key as a
//! previous one keeps serving while the command seals every credential, client secret and
//! record again under the new key; afterwards the new key alone opens everything.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::platform::{Server, api, mock_provider, providers_file, start_server_with};
use serde_json::{Value, json};

const KEY: &str = "dev-secret";
const OLD: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
const NEW: &str = "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=";

fn start(dir: &Path, providers: &Path, key: &str, previous: &str) -> Server {
    let (server, log) = start_server_with(
        dir,
        providers,
        &[
            ("NANGO_ENCRYPTION_KEY", key),
            ("NANGO_ENCRYPTION_KEY_PREVIOUS", previous),
            ("NANGO_DASHBOARD", "false"),
        ],
    );
    assert!(log.iter().all(|l| !l.contains("error")), "{log:?}");
    server
}

async fn must(server: &Server, method: &str, path: &str, body: Option<Value>) -> Value {
    let headers = [("Connection-Id", "c1"), ("Provider-Config-Key", "gh")];
    let (status, answer) = api(server, KEY, method, path, body, &headers).await;
    assert!(status < 300, "{method} {path}: {status} {answer}");
    answer
}

/// What the server serves that needs a secret opened: the connection's token (and a call
/// made with it), the client secret, the records.
async fn everything_opens(server: &Server) {
    let connection = must(
        server,
        "GET",
        "/connections/c1?provider_config_key=gh",
        None,
    )
    .await;
    assert_eq!(connection["credentials"]["access_token"], "tok-123");
    must(server, "GET", "/proxy/user", None).await;
    let integration = must(server, "GET", "/integrations/gh?include=credentials", None).await;
    assert_eq!(
        integration["data"]["credentials"]["client_secret"], "cs-rotated",
        "{integration}"
    );
    let records = must(server, "GET", "/records?model=Contact", None).await;
    assert_eq!(records["records"].as_array().unwrap().len(), 2, "{records}");
}

const CONTACTS: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    await nango.batchSave([{ id: '1', name: 'Ada' }, { id: '2', name: 'Grace' }], 'Contact');
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_key_is_rotated_while_the_server_serves() {
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let server = start(dir.path(), &providers, OLD, "");
    must(
        &server,
        "POST",
        "/integrations",
        Some(json!({ "unique_key": "gh", "provider": "github", "credentials": { "type": "OAUTH2", "client_id": "cid", "client_secret": "cs-rotated", "scopes": "repo" } })),
    )
    .await;
    must(
        &server,
        "POST",
        "/connections",
        Some(json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-123" })),
    )
    .await;
    must(
        &server,
        "POST",
        "/sync/deploy",
        Some(json!({ "flowConfigs": [{
            "syncName": "contacts", "providerConfigKey": "gh", "type": "sync", "models": ["Contact"],
            "version": "1", "runs": "every day", "auto_start": true, "track_deletes": false,
            "attributes": {}, "metadata": { "description": "", "scopes": [] },
            "fileBody": { "js": CONTACTS, "ts": "" }, "endpoints": []
        }], "reconcile": true })),
    )
    .await;
    let started = Instant::now();
    while must(&server, "GET", "/records?model=Contact", None).await["records"]
        .as_array()
        .unwrap()
        .len()
        < 2
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the sync never ran"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    drop(server);

    // The new key, the old one as previous: everything still opens.
    let server = start(dir.path(), &providers, NEW, OLD);
    everything_opens(&server).await;
    // The rotation, while that server serves.
    let out = Command::new(common::bin())
        .args(["server", "rotate-key", "--data-dir"])
        .arg(dir.path().join("data"))
        .env("NANGO_ENCRYPTION_KEY", NEW)
        .env("NANGO_ENCRYPTION_KEY_PREVIOUS", OLD)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "sealed again under the new key: 1 connections' credentials, 1 OAuth client secrets, 2 records"
    );
    everything_opens(&server).await;
    drop(server);

    // The new key alone.
    let server = start(dir.path(), &providers, NEW, "");
    everything_opens(&server).await;
    drop(server);
    // The old key alone opens nothing any more, and says so.
    let server = start(dir.path(), &providers, OLD, "");
    let (status, answer) = api(
        &server,
        KEY,
        "GET",
        "/connections/c1?provider_config_key=gh",
        None,
        &[],
    )
    .await;
    assert!(status >= 500, "{status} {answer}");
    // Without a key the command refuses to run.
    let out = Command::new(common::bin())
        .args(["server", "rotate-key", "--data-dir"])
        .arg(dir.path().join("data"))
        .env_remove("NANGO_ENCRYPTION_KEY")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no encryption key"));
}
