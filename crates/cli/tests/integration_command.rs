//! `nango integration create|list|delete` through the binary, against a real server process on
//! an ephemeral 127.0.0.1 port.

mod common;

use std::path::Path;
use std::process::Stdio;

use common::platform::{Server, api, providers_file, start_server};
use common::{Run, command};

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
async fn integrations_are_created_listed_and_deleted_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let providers = providers_file(dir.path(), "http://127.0.0.1:9");
    let (server, _log) = start_server(dir.path(), &providers);

    let run = cli(
        dir.path(),
        &server,
        &[
            "integration",
            "create",
            "gh",
            "github",
            "--client-id",
            "app-id",
            "--client-secret",
            "app-secret",
            "--scopes",
            "repo,user",
            "--display-name",
            "GitHub (test)",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains("integration `gh` (github) created"),
        "{}",
        run.all()
    );
    let callback = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("  OAuth callback URL to register with the provider: "))
        .unwrap_or_else(|| panic!("no callback URL: {}", run.all()));
    assert!(callback.ends_with("/oauth/callback"), "{callback}");

    let (status, body) = api(
        &server,
        "dev-secret",
        "GET",
        "/integrations/gh?include=credentials",
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["provider"], "github", "{body}");
    assert_eq!(body["data"]["display_name"], "GitHub (test)", "{body}");
    assert_eq!(body["data"]["credentials"]["client_id"], "app-id", "{body}");
    assert_eq!(body["data"]["credentials"]["scopes"], "repo,user", "{body}");

    // Without an OAuth app, and with the provider's display name.
    let run = cli(
        dir.path(),
        &server,
        &["integration", "create", "gh-bare", "github"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let (_, body) = api(
        &server,
        "dev-secret",
        "GET",
        "/integrations/gh-bare?include=credentials",
        None,
        &[],
    )
    .await;
    assert!(body["data"]["credentials"].is_null(), "{body}");

    let run = cli(dir.path(), &server, &["integration", "list"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.lines().any(|l| l == "gh\tgithub\tGitHub (test)"),
        "{}",
        run.all()
    );
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("gh-bare\tgithub\t")),
        "{}",
        run.all()
    );

    // The server refuses an unknown provider, and its message is printed.
    let run = cli(dir.path(), &server, &["integration", "create", "x", "nope"]);
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.stderr.starts_with("error: "), "{}", run.all());
    assert!(run.stderr.contains("400"), "{}", run.all());
    assert!(!run.stdout.contains("created"), "{}", run.all());
    let (_, body) = api(
        &server,
        "dev-secret",
        "POST",
        "/integrations",
        Some(serde_json::json!({ "unique_key": "y", "provider": "nope" })),
        &[],
    )
    .await;
    assert_eq!(body["error"]["code"], "invalid_provider", "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(run.stderr.contains(message), "{message}: {}", run.all());

    // A duplicate key is the server's error too.
    let run = cli(
        dir.path(),
        &server,
        &["integration", "create", "gh", "github"],
    );
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.stderr.starts_with("error: "), "{}", run.all());

    let run = cli(dir.path(), &server, &["integration", "delete", "gh"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let run = cli(dir.path(), &server, &["integration", "list"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        !run.stdout.lines().any(|l| l.starts_with("gh\t")),
        "{}",
        run.all()
    );
    assert!(run.stdout.contains("gh-bare\t"), "{}", run.all());

    // Deleting it again: the server's not-found error.
    let run = cli(dir.path(), &server, &["integration", "delete", "gh"]);
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.stderr.starts_with("error: "), "{}", run.all());

    // Another environment needs its own key.
    let run = command(dir.path(), &["integration", "list", "-e", "prod"])
        .env("NANGO_HOSTPORT", &server.url)
        .output()
        .unwrap();
    let run = Run::from(run);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("NANGO_SECRET_KEY_PROD"),
        "{}",
        run.all()
    );
}

#[test]
fn a_client_secret_needs_a_client_id() {
    let dir = tempfile::tempdir().unwrap();
    let run: Run = command(
        dir.path(),
        &[
            "integration",
            "create",
            "gh",
            "github",
            "--client-secret",
            "s",
        ],
    )
    .env("NANGO_HOSTPORT", "http://127.0.0.1:9")
    .env("NANGO_SECRET_KEY_DEV", "dev-secret")
    .output()
    .unwrap()
    .into();
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("--client-id"), "{}", run.all());
    // Refused before any call: no unreachable-server error.
    assert!(!run.stderr.contains("cannot reach"), "{}", run.all());
}

#[test]
fn an_unreachable_server_is_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let run: Run = command(dir.path(), &["integration", "list"])
        .env("NANGO_HOSTPORT", &url)
        .env("NANGO_SECRET_KEY_DEV", "dev-secret")
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stderr
            .starts_with(&format!("error: cannot reach the Nango server at {url}")),
        "{}",
        run.all()
    );
}
