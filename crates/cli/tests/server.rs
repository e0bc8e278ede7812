//! `nango server`, `nango deploy`, `nango env` and `nango environment` through the binary: a real
//! server process on an ephemeral 127.0.0.1 port, a mock provider API on loopback.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::platform::{Server, api, fixture_project, mock_provider, start_server};
use common::{Run, command, write};
use serde_json::json;

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
    let providers_file = common::platform::providers_file(dir.path(), &provider);
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

    // The run is in the logs, with its lines.
    let run = cli(&root, &server, &["logs", "--kind", "action"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let first = run.stdout.lines().next().unwrap_or_default().to_string();
    assert!(
        first.contains("action success demo-github-integration/conn-1 create-issue"),
        "{}",
        run.all()
    );
    let id = first
        .trim_start_matches('#')
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    let run = cli(&root, &server, &["logs", &id]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout
            .starts_with(&format!("#{id} action create-issue")),
        "{}",
        run.all()
    );
    let run = cli(&root, &server, &["logs", "999999"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stderr.contains("no operation 999999"), "{}", run.all());

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

    // Webhook settings through the CLI.
    let run = cli(
        &root,
        &server,
        &[
            "webhook",
            "set",
            "https://example.test/hooks",
            "--secret",
            "s3",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(
        cli(&root, &server, &["webhook", "show"]).stdout,
        "https://example.test/hooks\n"
    );
    let (_, settings) = api(&server, "dev-secret", "GET", "/environment", None, &[]).await;
    assert_eq!(settings["webhook_secret_set"], true);
    let run = cli(&root, &server, &["webhook", "set", "not-a-url"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stderr.contains("must be an http(s) URL"),
        "{}",
        run.all()
    );
    assert_eq!(cli(&root, &server, &["webhook", "unset"]).code, 0);
    assert_eq!(
        cli(&root, &server, &["webhook", "show"]).stdout,
        "(no webhook URL)\n"
    );

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

#[test]
fn quickstart_brings_up_the_platform_and_prints_the_records() {
    let dir = tempfile::tempdir().unwrap();
    let quickstart = |dir: &Path| -> Run {
        command(
            dir,
            &["quickstart", "--port", "0", "--no-wait", "--dir", "qs"],
        )
        .stdin(Stdio::null())
        .output()
        .unwrap()
        .into()
    };
    let run = quickstart(dir.path());
    assert_eq!(run.code, 0, "{}", run.all());
    let records: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let titles: Vec<&str> = records["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    // Two repositories over two pages, the pull request left out.
    assert_eq!(
        titles,
        [
            "Hello issue 1",
            "Hello issue 2",
            "Quick issue 1",
            "Quick issue 2"
        ]
    );
    for line in [
        "the sync ran on the server: 4 GithubIssue records",
        "curl -s http://127.0.0.1:",
        "listRecords",
    ] {
        assert!(run.stderr.contains(line), "{line}\n{}", run.all());
    }
    let env = std::fs::read_to_string(dir.path().join("qs/nango-integrations/.env")).unwrap();
    assert!(env.contains("NANGO_SECRET_KEY_DEV="), "{env}");
    // The dashboard and how to log in: the same account at every run.
    let login = std::fs::read_to_string(dir.path().join("qs/dashboard-login.txt")).unwrap();
    let password = login
        .lines()
        .find_map(|l| l.strip_prefix("password: "))
        .unwrap()
        .to_string();
    let said = format!("log in as `admin` with the password {password}");
    assert!(
        run.stderr.contains("The dashboard: http://127.0.0.1:"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains(&said), "{}", run.all());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(dir.path().join("qs/dashboard-login.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "only its owner reads the login: {mode:o}");
    }
    // Again: the same folder, environments, keys and login.
    let again = quickstart(dir.path());
    assert_eq!(again.code, 0, "{}", again.all());
    assert!(
        again.stderr.contains("github-issue-example@v0.0.2"),
        "{}",
        again.all()
    );
    assert!(again.stderr.contains(&said), "{}", again.all());
}

/// Posts the dashboard's login form; the redirect's target.
async fn dashboard_login(url: &str, username: &str, password: &str) -> String {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = client
        .post(format!("{url}/dashboard/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("username={username}&password={password}"))
        .send()
        .await
        .unwrap();
    response.headers()["location"].to_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_account_is_printed_once_or_taken_from_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers_file = common::platform::providers_file(dir.path(), &provider);
    // First start: an `admin` account with a generated password, printed once.
    let (server, log) = start_server(dir.path(), &providers_file);
    let line = log
        .iter()
        .find(|l| l.starts_with("dashboard: http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("{log:?}"));
    let password = line
        .split("password ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();
    assert!(
        line.contains("log in as `admin`") && line.contains("shown once"),
        "{line}"
    );
    assert_eq!(
        dashboard_login(&server.url, "admin", &password).await,
        "/dashboard/"
    );
    assert_eq!(
        dashboard_login(&server.url, "admin", "wrong").await,
        "/dashboard/login?error=1"
    );
    drop(server);
    // Again: not printed again.
    let (server, log) = start_server(dir.path(), &providers_file);
    assert!(!log.iter().any(|l| l.contains(&password)), "{log:?}");
    assert!(
        log.iter()
            .any(|l| l.contains("log in with the account printed at the first start")),
        "{log:?}"
    );
    drop(server);
    // From the settings: that account, with that password (the variable's value never printed).
    let (server, log) = common::platform::start_server_with(
        dir.path(),
        &providers_file,
        &[
            ("NANGO_DASHBOARD_USERNAME", "boss"),
            ("NANGO_DASHBOARD_PASSWORD", "from-the-settings"),
        ],
    );
    assert!(
        log.iter()
            .any(|l| l.contains("log in as `boss` with the password of NANGO_DASHBOARD_PASSWORD")),
        "{log:?}"
    );
    assert!(
        !log.iter().any(|l| l.contains("from-the-settings")),
        "{log:?}"
    );
    assert_eq!(
        dashboard_login(&server.url, "boss", "from-the-settings").await,
        "/dashboard/"
    );
    drop(server);
    // One without the other is a configuration error.
    let half: Run = Command::new(common::bin())
        .args(["server", "--port", "0", "--data-dir"])
        .arg(dir.path().join("data"))
        .env("NANGO_DASHBOARD_USERNAME", "boss")
        .env_remove("NANGO_DASHBOARD_PASSWORD")
        .output()
        .unwrap()
        .into();
    assert_eq!(half.code, 1, "{}", half.all());
    assert!(
        half.stderr
            .contains("set both NANGO_DASHBOARD_USERNAME and NANGO_DASHBOARD_PASSWORD"),
        "{}",
        half.all()
    );
    // Turned off: no account, no line.
    let (server, log) = common::platform::start_server_with(
        dir.path(),
        &providers_file,
        &[("NANGO_DASHBOARD", "false")],
    );
    assert!(!log.iter().any(|l| l.starts_with("dashboard:")), "{log:?}");
    let page = reqwest::get(format!("{}/dashboard/", server.url))
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 404);
}
