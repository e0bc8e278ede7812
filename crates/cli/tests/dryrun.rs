//! `nango dryrun` through the binary, against a mock Nango server and a mock provider API on
//! 127.0.0.1 (the server answers as in the captures of the real one).

mod common;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use common::{Run, command, write};
use serde_json::{Value, json};

const YAML: &str = "\
integrations:
  demo-github-integration:
    syncs:
      github-issue-example:
        runs: every half hour
        output: GithubIssue
        endpoint: GET /example/github/issues
    actions:
      create-issue:
        input: CreateIssueInput
        output: GithubIssue
        endpoint: POST /example/github/issues
      fail:
        output: GithubIssue
        endpoint: POST /example/github/fail
models:
  GithubIssue:
    id: integer
    title: string
    state: string
    author?: string | null
  CreateIssueInput:
    title: string
";

const SYNC: &str = "import type { NangoSync, GithubIssue } from '../../models';

export default async function fetchData(nango: NangoSync): Promise<void> {
    const repos = await nango.get<{ name: string; owner: { login: string } }[]>({ endpoint: '/user/repos', params: { per_page: '10' } });
    for (const repo of repos.data) {
        const res = await nango.get<any[]>({ endpoint: `/repos/${repo.owner.login}/${repo.name}/issues` });
        const issues: GithubIssue[] = res.data.map((i: any) => ({ id: i.id, title: i.title, state: i.state, author: i.user.login }));
        await nango.batchSave(issues, 'GithubIssue');
    }
    const metadata = await nango.getMetadata();
    await nango.log(`metadata ${JSON.stringify(metadata)}`);
}
";

const ACTION: &str = "import type { NangoAction, GithubIssue, CreateIssueInput } from '../../models';

export default async function runAction(nango: NangoAction, input: CreateIssueInput): Promise<GithubIssue> {
    const res = await nango.post<{ id: number }>({ endpoint: '/repos/octo/hello/issues', data: { title: input.title } });
    return { id: res.data.id, title: input.title, state: String(res.status) };
}
";

const FAIL: &str = "import type { NangoAction, GithubIssue } from '../../models';

export default async function runAction(nango: NangoAction): Promise<GithubIssue> {
    throw new nango.ActionError({ message: 'nope', code: 42 });
}
";

type Seen = Arc<Mutex<Vec<(String, String, Option<String>, Option<String>)>>>;

/// The provider: GitHub-like, requiring the connection's token.
fn provider_answer(method: &str, path: &str, authorization: Option<&str>) -> Response {
    if authorization != Some("Bearer tok-123") {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "message": "Bad credentials" })),
        )
            .into_response();
    }
    match (method, path) {
        ("GET", "/user/repos") => {
            axum::Json(json!([{ "name": "hello", "owner": { "login": "octo" } }])).into_response()
        }
        ("GET", "/repos/octo/hello/issues") => axum::Json(json!([
            { "id": 1001, "title": "Bug", "state": "open", "user": { "login": "octo" } },
            { "id": 1002, "title": "Feature", "state": "closed", "user": { "login": "mona" } }
        ]))
        .into_response(),
        ("POST", "/repos/octo/hello/issues") => {
            (StatusCode::CREATED, axum::Json(json!({ "id": 7 }))).into_response()
        }
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({ "message": "Not Found" })),
        )
            .into_response(),
    }
}

async fn provider(State(seen): State<Seen>, request: Request) -> Response {
    let authorization = request
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let (method, path) = (
        request.method().to_string(),
        request.uri().path().to_string(),
    );
    seen.lock()
        .unwrap()
        .push((method.clone(), path.clone(), authorization.clone(), None));
    provider_answer(&method, &path, authorization.as_deref())
}

/// The Nango server: connections, integrations, metadata, and `/proxy` (which adds the token).
async fn nango(State(seen): State<Seen>, request: Request) -> Response {
    let headers = request.headers().clone();
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (method, path) = (
        request.method().to_string(),
        request.uri().path().to_string(),
    );
    seen.lock().unwrap().push((
        method.clone(),
        path.clone(),
        header("authorization"),
        header("connection-id"),
    ));
    if header("authorization").as_deref() != Some("Bearer test-key") {
        return (StatusCode::UNAUTHORIZED, axum::Json(json!({ "error": { "code": "unknown_account", "message": "Authentication failed" } }))).into_response();
    }
    if let Some(endpoint) = path.strip_prefix("/proxy") {
        return provider_answer(&method, endpoint, Some("Bearer tok-123"));
    }
    match (method.as_str(), path.as_str()) {
        ("GET", "/connection/conn-1") => axum::Json(json!({
            "id": 42, "connection_id": "conn-1", "provider_config_key": "demo-github-integration", "provider": "github",
            "metadata": { "foo": "bar" }, "connection_config": {},
            "credentials": { "type": "OAUTH2", "access_token": "tok-123", "raw": { "access_token": "tok-123" } }
        }))
        .into_response(),
        ("GET", "/integrations/demo-github-integration") => axum::Json(json!({ "data": { "unique_key": "demo-github-integration", "provider": "github" } })).into_response(),
        _ => (StatusCode::NOT_FOUND, axum::Json(json!({ "error": { "code": "not_found", "message": "Connection not found" } }))).into_response(),
    }
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

struct World {
    _dir: tempfile::TempDir,
    root: PathBuf,
    nango_url: String,
    providers_file: PathBuf,
    nango_seen: Seen,
    provider_seen: Seen,
}

async fn world() -> World {
    let nango_seen = Seen::default();
    let provider_seen = Seen::default();
    let nango_url = serve(Router::new().fallback(nango).with_state(nango_seen.clone())).await;
    let provider_url = serve(
        Router::new()
            .fallback(provider)
            .with_state(provider_seen.clone()),
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("proj");
    write(&root.join("nango.yaml"), YAML);
    write(
        &root.join("demo-github-integration/syncs/github-issue-example.ts"),
        SYNC,
    );
    write(
        &root.join("demo-github-integration/actions/create-issue.ts"),
        ACTION,
    );
    write(&root.join("demo-github-integration/actions/fail.ts"), FAIL);
    // Our catalog's `github` points at api.github.com: point it at the mock provider.
    let providers_file = dir.path().join("providers.yaml");
    write(
        &providers_file,
        &format!(
            "github:\n    auth_mode: OAUTH2\n    authorization_url: https://github.com/login/oauth/authorize\n    token_url: https://github.com/login/oauth/access_token\n    proxy:\n        base_url: {provider_url}\n"
        ),
    );
    World {
        _dir: dir,
        root,
        nango_url,
        providers_file,
        nango_seen,
        provider_seen,
    }
}

async fn dryrun(world: &World, args: &[&str], key: Option<&str>) -> Run {
    let mut cmd = command(&world.root, &[&["dryrun"], args].concat());
    cmd.env("NANGO_HOSTPORT", &world.nango_url)
        .env("NANGO_PROVIDERS_FILE", &world.providers_file);
    if let Some(key) = key {
        cmd.env("NANGO_SECRET_KEY_DEV", key);
    }
    tokio::task::spawn_blocking(move || Run::from(cmd.output().unwrap()))
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_runs_with_the_connections_credentials_locally() {
    let world = world().await;
    let run = dryrun(
        &world,
        &["github-issue-example", "conn-1"],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    let records: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        records["GithubIssue"]["saved"],
        json!([{ "id": 1001, "title": "Bug", "state": "open", "author": "octo" }, { "id": 1002, "title": "Feature", "state": "closed", "author": "mona" }])
    );
    assert!(
        run.stderr.contains("http 200 GET /user/repos"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("batchSave: 2 GithubIssue records"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(r#"[info] metadata {"foo":"bar"}"#),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(r#"would produce: {"GithubIssue":{"#),
        "{}",
        run.stderr
    );
    // The provider got the token; the server was asked for the connection and the integration.
    assert!(
        world
            .provider_seen
            .lock()
            .unwrap()
            .iter()
            .all(|r| r.2.as_deref() == Some("Bearer tok-123"))
    );
    let nango_paths: Vec<String> = world
        .nango_seen
        .lock()
        .unwrap()
        .iter()
        .map(|r| r.1.clone())
        .collect();
    assert_eq!(
        nango_paths,
        [
            "/connection/conn-1",
            "/integrations/demo-github-integration"
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn proxy_calls_can_go_through_the_server() {
    let world = world().await;
    let run = dryrun(
        &world,
        &[
            "github-issue-example",
            "conn-1",
            "--proxy",
            "server",
            "--metadata",
            r#"{"team":"x"}"#,
        ],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stderr.contains(r#"[info] metadata {"team":"x"}"#),
        "{}",
        run.stderr
    );
    assert!(world.provider_seen.lock().unwrap().is_empty());
    let proxied: Vec<(String, Option<String>)> = world
        .nango_seen
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r.1.starts_with("/proxy"))
        .map(|r| (r.1.clone(), r.3.clone()))
        .collect();
    assert_eq!(
        proxied,
        [
            ("/proxy/user/repos".to_string(), Some("conn-1".to_string())),
            (
                "/proxy/repos/octo/hello/issues".to_string(),
                Some("conn-1".to_string())
            )
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_action_returns_its_output_as_json() {
    let world = world().await;
    let run = dryrun(
        &world,
        &[
            "create-issue",
            "conn-1",
            "--input",
            r#"{"title":"hello"}"#,
            "--json",
        ],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    let envelope: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        envelope["output"],
        json!({ "id": 7, "title": "hello", "state": "201" })
    );
    assert_eq!(envelope["error"], Value::Null);
    assert_eq!(envelope["proxy"], "local");
    assert_eq!(
        envelope["requests"][0]["endpoint"],
        "/repos/octo/hello/issues"
    );
    assert_eq!(envelope["requests"][0]["status"], 201);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_script_exits_12_with_its_error() {
    let world = world().await;
    let run = dryrun(&world, &["fail", "conn-1", "--json"], Some("test-key")).await;
    assert_eq!(run.code, 12, "{}", run.all());
    let envelope: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        envelope["error"],
        json!({ "type": "action_error", "payload": { "message": "nope", "code": 42 } })
    );
    let run = dryrun(&world, &["fail", "conn-1"], Some("test-key")).await;
    assert_eq!(run.code, 12);
    assert!(
        run.stderr
            .contains(r#"the script failed: ActionError {"message":"nope","code":42}"#),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn usage_and_server_errors_exit_1_with_a_reason() {
    let world = world().await;
    let run = dryrun(&world, &["github-issue-example", "conn-1"], None).await;
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("NANGO_SECRET_KEY_DEV is not set"),
        "{}",
        run.stderr
    );

    let run = dryrun(&world, &["nope", "conn-1"], Some("test-key")).await;
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("no script named `nope`"),
        "{}",
        run.stderr
    );

    let run = dryrun(&world, &["github-issue-example", "other"], Some("test-key")).await;
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("cannot get connection `other`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Connection not found"),
        "{}",
        run.stderr
    );

    let run = dryrun(
        &world,
        &["github-issue-example", "conn-1"],
        Some("wrong-key"),
    )
    .await;
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("Authentication failed"),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn validation_checks_input_and_records_against_the_models() {
    let world = world().await;
    let run = dryrun(
        &world,
        &[
            "create-issue",
            "conn-1",
            "--input",
            r#"{"title":5}"#,
            "--validation",
        ],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stderr.contains("the input does not match model `CreateIssueInput`: /title: expected string, got a number"), "{}", run.stderr);
    let run = dryrun(
        &world,
        &["create-issue", "conn-1", "--input", r#"{"title":5}"#],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stderr
            .contains("warning: the input does not match model `CreateIssueInput`"),
        "{}",
        run.stderr
    );

    // A record with a field of the wrong type: a warning by default, a failure with --validation.
    let sync = world
        .root
        .join("demo-github-integration/syncs/github-issue-example.ts");
    let text = std::fs::read_to_string(&sync).unwrap();
    write(
        &sync,
        &text.replace("title: i.title,", "title: i.id as any,"),
    );
    let run = dryrun(
        &world,
        &["github-issue-example", "conn-1"],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("[warn] batchSave(…, 'GithubIssue'): record 0 (id 1001) does not match the model: /title: expected string, got a number"), "{}", run.stderr);
    let run = dryrun(
        &world,
        &["github-issue-example", "conn-1", "--validation"],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 12, "{}", run.all());
}

#[tokio::test(flavor = "multi_thread")]
async fn saved_responses_replay_offline_with_nango_test() {
    let world = world().await;
    let run = dryrun(
        &world,
        &["github-issue-example", "conn-1", "--save-responses"],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stderr
            .contains("recorded 6 files under demo-github-integration/mocks"),
        "{}",
        run.stderr
    );
    let mocks = world.root.join("demo-github-integration/mocks");
    let read = |path: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(mocks.join(path)).unwrap()).unwrap()
    };
    // The connection is recorded without its credentials.
    assert_eq!(
        read("nango/getConnection.json"),
        json!({ "metadata": { "foo": "bar" }, "connection_config": {} })
    );
    assert_eq!(read("nango/getMetadata.json"), json!({ "foo": "bar" }));
    let repos: Vec<_> =
        std::fs::read_dir(mocks.join("nango/get/proxy/user/repos/github-issue-example"))
            .unwrap()
            .collect();
    assert_eq!(repos.len(), 1);
    let recording: Value =
        serde_json::from_str(&std::fs::read_to_string(repos[0].as_ref().unwrap().path()).unwrap())
            .unwrap();
    assert_eq!(recording["status"], 200);
    assert_eq!(
        recording["requestIdentity"],
        json!({ "method": "get", "endpoint": "user/repos", "params": [["per_page", "10"]], "headers": [] })
    );
    assert_eq!(
        recording["response"],
        json!([{ "name": "hello", "owner": { "login": "octo" } }])
    );
    assert_eq!(
        read("github-issue-example/GithubIssue/batchSave.json"),
        json!([{ "id": 1001, "title": "Bug", "state": "open", "author": "octo" }, { "id": 1002, "title": "Feature", "state": "closed", "author": "mona" }])
    );
    assert_eq!(
        read("github-issue-example/GithubIssue/batchDelete.json"),
        json!([])
    );
    let run = dryrun(
        &world,
        &[
            "create-issue",
            "conn-1",
            "--input",
            r#"{"title":"Hello"}"#,
            "--save-responses",
        ],
        Some("test-key"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(read("create-issue/input.json"), json!({ "title": "Hello" }));
    assert_eq!(
        read("create-issue/output.json"),
        json!({ "id": 7, "title": "Hello", "state": "201" })
    );

    // Replayed offline: no request reaches the provider or the server.
    let provider_calls = world.provider_seen.lock().unwrap().len();
    let nango_calls = world.nango_seen.lock().unwrap().len();
    let test = |args: &'static [&'static str]| {
        let root = world.root.clone();
        tokio::task::spawn_blocking(move || common::nango(&root, &[&["test"], args].concat()))
    };
    let run = test(&[]).await.unwrap();
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout
            .contains("2 passed, 0 failed, 1 script without recordings"),
        "{}",
        run.all()
    );
    assert_eq!(world.provider_seen.lock().unwrap().len(), provider_calls);
    assert_eq!(world.nango_seen.lock().unwrap().len(), nango_calls);

    // A change to the script's mapping fails the test, at the field.
    write(
        &world
            .root
            .join("demo-github-integration/syncs/github-issue-example.ts"),
        &SYNC.replace("title: i.title,", "title: i.title.toUpperCase(),"),
    );
    let run = test(&["github-issue-example"]).await.unwrap();
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stdout
            .contains(r#"[0] (id "1001").title: expected "Bug", got "BUG""#),
        "{}",
        run.all()
    );
}
