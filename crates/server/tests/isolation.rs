//! Isolation, route by route: every operation of the server's OpenAPI document (which the router
//! is built from, so a new route is in it) has a row below saying who may call it, and is called
//! with no credential, a wrong one, and the other environment's credential aimed at this
//! environment's resources (ids in the path, the query, the headers and the body). A route
//! without a row, or a row without a route, fails the test.
//!
//! Beside each row's expected statuses, two checks hold for every call: no answer to the other
//! environment carries anything only `dev` holds (a client secret, a token, metadata, a variable's
//! value, a record, a script's code, the webhook URL), and after all the calls `dev`'s
//! resources are as they were.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::{DEV, PROD, World, flow};
use serde_json::{Value, json};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Anyone: health, the document, pages and assets, the OAuth callback.
    Open,
    /// An environment's secret key (`Authorization: Bearer`).
    SecretKey,
    /// A connect session's token (the Connect UI's own API).
    ConnectSession,
    /// End-user auth routes: a connect session token (or a public key) in the query.
    EndUser,
    /// The dashboard's API: a logged-in dashboard session's cookie.
    Dashboard,
}

/// What `prod`'s credential gets when it aims at `dev`'s resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prod {
    /// Refused with this status.
    Refused(u16),
    /// Served from `prod`'s own data (a list, its own environment): 2xx, without `dev`'s data.
    Own,
    /// Not applicable (open routes, the dashboard).
    NotAsked,
}

use Access::*;
use Prod::*;

/// Every operation of the document: method, path, access, `prod`'s answer.
const ROUTES: &[(&str, &str, Access, Prod)] = &[
    ("GET", "/", Open, NotAsked),
    ("POST", "/action/trigger", SecretKey, Refused(404)),
    ("GET", "/action/{id}", SecretKey, Refused(404)),
    (
        "POST",
        "/api-auth/api-key/{providerConfigKey}",
        EndUser,
        Refused(404),
    ),
    (
        "POST",
        "/api-auth/basic/{providerConfigKey}",
        EndUser,
        Refused(404),
    ),
    (
        "POST",
        "/auth/jwt/{providerConfigKey}",
        EndUser,
        Refused(404),
    ),
    (
        "POST",
        "/auth/unauthenticated/{providerConfigKey}",
        EndUser,
        Refused(404),
    ),
    (
        "POST",
        "/auth/{mode}/{providerConfigKey}",
        EndUser,
        Refused(400),
    ),
    ("GET", "/config", SecretKey, Own),
    ("POST", "/config", SecretKey, Refused(400)),
    ("PUT", "/config", SecretKey, Refused(404)),
    ("DELETE", "/config/{key}", SecretKey, Refused(404)),
    ("GET", "/config/{key}", SecretKey, Refused(404)),
    ("GET", "/connect", Open, NotAsked),
    ("GET", "/connect/", Open, NotAsked),
    ("GET", "/connect/integrations", ConnectSession, Own),
    ("DELETE", "/connect/session", ConnectSession, Own),
    ("GET", "/connect/session", ConnectSession, Own),
    ("POST", "/connect/sessions", SecretKey, Refused(400)),
    (
        "POST",
        "/connect/sessions/reconnect",
        SecretKey,
        Refused(404),
    ),
    ("GET", "/connection", SecretKey, Own),
    ("POST", "/connection", SecretKey, Refused(404)),
    ("PATCH", "/connection/metadata", SecretKey, Refused(404)),
    ("POST", "/connection/metadata", SecretKey, Refused(404)),
    ("DELETE", "/connection/{id}", SecretKey, Refused(404)),
    ("GET", "/connection/{id}", SecretKey, Refused(404)),
    ("PATCH", "/connection/{id}", SecretKey, Refused(404)),
    (
        "PATCH",
        "/connection/{id}/metadata",
        SecretKey,
        Refused(404),
    ),
    ("POST", "/connection/{id}/metadata", SecretKey, Refused(404)),
    ("GET", "/connections", SecretKey, Own),
    ("POST", "/connections", SecretKey, Refused(404)),
    ("PATCH", "/connections/metadata", SecretKey, Refused(404)),
    ("POST", "/connections/metadata", SecretKey, Refused(404)),
    ("DELETE", "/connections/{id}", SecretKey, Refused(404)),
    ("GET", "/connections/{id}", SecretKey, Refused(404)),
    ("PATCH", "/connections/{id}", SecretKey, Refused(404)),
    (
        "PATCH",
        "/connections/{id}/metadata",
        SecretKey,
        Refused(404),
    ),
    (
        "POST",
        "/connections/{id}/metadata",
        SecretKey,
        Refused(404),
    ),
    ("GET", "/dashboard", Open, NotAsked),
    ("GET", "/dashboard/", Open, NotAsked),
    ("GET", "/dashboard/api/activity", Dashboard, NotAsked),
    ("GET", "/dashboard/api/connection", Dashboard, NotAsked),
    (
        "POST",
        "/dashboard/api/connection/refresh",
        Dashboard,
        NotAsked,
    ),
    ("GET", "/dashboard/api/environment", Dashboard, NotAsked),
    (
        "POST",
        "/dashboard/api/environment/secret-key",
        Dashboard,
        NotAsked,
    ),
    ("POST", "/dashboard/api/environments", Dashboard, NotAsked),
    ("GET", "/dashboard/api/integrations", Dashboard, NotAsked),
    (
        "GET",
        "/dashboard/api/integrations/{key}",
        Dashboard,
        NotAsked,
    ),
    ("GET", "/dashboard/api/me", Dashboard, NotAsked),
    ("GET", "/dashboard/api/overview", Dashboard, NotAsked),
    ("POST", "/dashboard/api/sync/cancel", Dashboard, NotAsked),
    ("GET", "/dashboard/assets/app.css", Open, NotAsked),
    ("GET", "/dashboard/assets/app.js", Open, NotAsked),
    ("GET", "/dashboard/login", Open, NotAsked),
    ("POST", "/dashboard/login", Open, NotAsked),
    ("POST", "/dashboard/logout", Dashboard, NotAsked),
    ("GET", "/environment", SecretKey, Own),
    ("PATCH", "/environment", SecretKey, Own),
    ("GET", "/environment-variables", SecretKey, Own),
    ("POST", "/environment-variables", SecretKey, Refused(400)),
    ("DELETE", "/environment-variables/{name}", SecretKey, Own),
    ("GET", "/health", Open, NotAsked),
    ("GET", "/images/template-logos/{file}", Open, NotAsked),
    ("GET", "/integrations", SecretKey, Own),
    ("POST", "/integrations", SecretKey, Refused(400)),
    ("DELETE", "/integrations/{key}", SecretKey, Refused(404)),
    ("GET", "/integrations/{key}", SecretKey, Refused(404)),
    ("PATCH", "/integrations/{key}", SecretKey, Refused(404)),
    ("GET", "/logs/operations", SecretKey, Own),
    ("GET", "/logs/operations/{id}", SecretKey, Refused(404)),
    ("GET", "/oauth/callback", Open, NotAsked),
    (
        "GET",
        "/oauth/connect/{providerConfigKey}",
        EndUser,
        Refused(400),
    ),
    (
        "POST",
        "/oauth2/auth/{providerConfigKey}",
        EndUser,
        Refused(404),
    ),
    ("GET", "/openapi.json", Open, NotAsked),
    ("GET", "/providers", SecretKey, Own),
    ("GET", "/providers/{name}", SecretKey, Own),
    ("DELETE", "/proxy", SecretKey, Refused(404)),
    ("GET", "/proxy", SecretKey, Refused(404)),
    ("PATCH", "/proxy", SecretKey, Refused(404)),
    ("POST", "/proxy", SecretKey, Refused(404)),
    ("PUT", "/proxy", SecretKey, Refused(404)),
    ("DELETE", "/proxy/{path}", SecretKey, Refused(404)),
    ("GET", "/proxy/{path}", SecretKey, Refused(404)),
    ("PATCH", "/proxy/{path}", SecretKey, Refused(404)),
    ("POST", "/proxy/{path}", SecretKey, Refused(404)),
    ("PUT", "/proxy/{path}", SecretKey, Refused(404)),
    ("GET", "/records", SecretKey, Refused(404)),
    ("GET", "/records/", SecretKey, Refused(404)),
    ("GET", "/scripts/config", SecretKey, Own),
    ("POST", "/sync/deploy", SecretKey, Refused(400)),
    ("POST", "/sync/deploy/confirmation", SecretKey, Refused(400)),
    ("POST", "/sync/pause", SecretKey, Refused(404)),
    ("POST", "/sync/start", SecretKey, Refused(404)),
    ("GET", "/sync/status", SecretKey, Refused(404)),
    ("POST", "/sync/trigger", SecretKey, Refused(404)),
    (
        "PUT",
        "/sync/update-connection-frequency",
        SecretKey,
        Refused(404),
    ),
    (
        "DELETE",
        "/sync/{name}/variant/{variant}",
        SecretKey,
        Refused(404),
    ),
    (
        "POST",
        "/sync/{name}/variant/{variant}",
        SecretKey,
        Refused(404),
    ),
];

/// What only `dev` holds; none of it may reach `prod`.
const DEV_ONLY: &[&str] = &[
    "devonly-client-secret",
    "devonly-token",
    "devonly-meta",
    "devonly-value",
    "devonly-record",
    "devonly-code",
    "devonly-webhook",
];

/// A sync that saves one record without calling the provider.
const SYNC: &str = r#""use strict";
// devonly-code
module.exports.default = async function fetchData(nango) {
    await nango.batchSave([{ id: 'r1', note: 'devonly-record' }], 'Contact');
};
"#;

const ACTION: &str = r#""use strict";
// devonly-code
module.exports.default = async function runAction(nango, input) { return { ok: true }; };
"#;

/// A new connect session of `prod`'s (a route may end the one it is given): its token is the
/// other environment's credential for the session and end-user routes.
async fn prod_session(world: &World) -> String {
    let (status, session) = world
        .call(
            Some(PROD),
            "POST",
            "/connect/sessions",
            Some(json!({ "end_user": { "id": "prod-user" } })),
            &[],
        )
        .await;
    assert_eq!(status, 201, "{session}");
    session["data"]["token"].as_str().unwrap().to_string()
}

/// `dev`'s resources, each holding a [`DEV_ONLY`] value.
async fn dev_world() -> (World, String, String) {
    let world = World::running().await;
    let (status, body) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "gh", "provider": "mockhub", "credentials": { "type": "OAUTH2", "client_id": "cid", "client_secret": "devonly-client-secret", "scopes": "repo" } })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = world
        .import(json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "devonly-token", "metadata": { "note": "devonly-meta" } }))
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = world
        .dev(
            "POST",
            "/environment-variables",
            Some(json!([{ "name": "DEVONLY", "value": "devonly-value" }])),
        )
        .await;
    assert_eq!(status, 200);
    let (status, body) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_url": "http://127.0.0.1:9/devonly-webhook" })),
        )
        .await;
    assert!(status < 300, "{status} {body}");
    let mut sync = flow("contacts", "sync", SYNC, None, &["Contact"]);
    sync["auto_start"] = json!(true);
    let (status, body) = world
        .dev(
            "POST",
            "/sync/deploy",
            Some(json!({ "flowConfigs": [sync, flow("echo", "action", ACTION, None, &[])], "reconcile": true })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    // The sync runs on its own soon after the deploy; its record is `dev`'s.
    let mut saved = false;
    for _ in 0..500 {
        if dev_records(&world)
            .await
            .to_string()
            .contains("devonly-record")
        {
            saved = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(saved, "the sync saved no record");
    // An asynchronous action run and a log operation: ids of `dev`'s.
    let (status, started) = world
        .call(
            Some(DEV),
            "POST",
            "/action/trigger",
            Some(json!({ "action_name": "echo", "input": {} })),
            &[
                ("connection-id", "c1"),
                ("provider-config-key", "gh"),
                ("x-async", "true"),
            ],
        )
        .await;
    assert_eq!(status, 202, "{started}");
    let action = started["id"].as_str().unwrap().to_string();
    let (_, operations) = world.dev("GET", "/logs/operations", None).await;
    let operation = operations["data"][0]["id"]
        .as_str()
        .map(str::to_string)
        .or_else(|| operations["data"][0]["id"].as_i64().map(|n| n.to_string()))
        .expect("a log operation");
    (world, action, operation)
}

async fn dev_records(world: &World) -> Value {
    world
        .call(
            Some(DEV),
            "GET",
            "/records?model=Contact",
            None,
            &[("connection-id", "c1"), ("provider-config-key", "gh")],
        )
        .await
        .1
}

/// Everything of `dev`'s the calls must leave as it was.
async fn dev_state(world: &World) -> Value {
    let mut connection = world
        .dev("GET", "/connections/c1?provider_config_key=gh", None)
        .await
        .1;
    // Reading a connection may note when it was last read.
    if let Some(c) = connection.as_object_mut() {
        c.remove("last_fetched_at");
        c.remove("updated_at");
    }
    let mut environment = world.dev("GET", "/environment", None).await.1;
    if let Some(e) = environment.as_object_mut() {
        e.remove("updated_at");
    }
    json!({
        "integration": world.dev("GET", "/integrations/gh?include=credentials", None).await.1,
        "connection": connection,
        "variables": world.dev("GET", "/environment-variables", None).await.1,
        "records": dev_records(world).await["records"],
        "environment": environment,
        "scripts": world.dev("GET", "/scripts/config", None).await.1,
    })
}

/// The route's path with `dev`'s ids in it.
fn concrete(path: &str, action: &str, operation: &str) -> String {
    let id = if path.starts_with("/action/") {
        action
    } else if path.starts_with("/logs/") {
        operation
    } else {
        "c1"
    };
    let name = if path.starts_with("/environment-variables") {
        "DEVONLY"
    } else if path.starts_with("/providers") {
        "mockhub"
    } else {
        "contacts"
    };
    path.replace("{providerConfigKey}", "gh")
        .replace(
            "{key}",
            if path.starts_with("/config") {
                "DEVONLY"
            } else {
                "gh"
            },
        )
        .replace("{id}", id)
        .replace("{name}", name)
        .replace("{variant}", "v2")
        .replace("{path}", "user")
        .replace("{mode}", "API_KEY")
        .replace("{file}", "github.svg")
}

/// `dev`'s ids in the query, the headers and the body, as a caller aiming at them would send.
fn aimed(path: &str) -> (String, Value) {
    let query =
        "provider_config_key=gh&connection_id=c1&integrationId=gh&model=Contact&syncs=contacts";
    let separator = if path.contains('?') { '&' } else { '?' };
    let body = json!({
        "provider_config_key": "gh", "providerConfigKey": "gh", "integration_id": "gh",
        "connection_id": "c1", "connectionId": "c1", "action_name": "echo", "input": {},
        "syncs": ["contacts"], "sync_name": "contacts", "frequency": "every hour",
        "metadata": { "note": "written-by-prod" }, "api_key": "written-by-prod",
    });
    // What the end-user auth routes take, so that they get as far as the integration.
    let mut body = body;
    if ["/api-auth/", "/auth/", "/oauth2/"]
        .iter()
        .any(|p| path.starts_with(p))
    {
        body["apiKey"] = json!("written-by-prod");
        body["username"] = json!("prod");
        body["password"] = json!("written-by-prod");
        body["client_id"] = json!("prod");
        body["client_secret"] = json!("written-by-prod");
        body.as_object_mut().unwrap().remove("api_key");
    }
    (format!("{path}{separator}{query}"), body)
}

const AIMED_HEADERS: &[(&str, &str)] = &[("connection-id", "c1"), ("provider-config-key", "gh")];

/// A call with `dev`'s ids in the headers; its arguments owned, as the calls are made in a loop
/// and awaited later.
async fn aimed_call(
    world: &World,
    credential: Option<String>,
    method: &str,
    path: String,
    body: Option<Value>,
) -> (u16, Value) {
    world
        .call(credential.as_deref(), method, &path, body, AIMED_HEADERS)
        .await
}

fn success(status: u16) -> bool {
    (200..300).contains(&status)
}

/// Fails when an answer to `prod` holds something only `dev` has.
fn assert_no_dev_data(body: &Value, what: &str) {
    let text = body.to_string();
    for secret in DEV_ONLY {
        assert!(!text.contains(secret), "{what}: `{secret}` leaked: {text}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_route_admits_only_its_callers_and_never_crosses_environments() {
    let (world, action, operation) = dev_world().await;
    let before = dev_state(&world).await;
    for secret in DEV_ONLY {
        // The markers are really there to be found (else the leak check proves nothing); the
        // webhook URL is only shown by the environment route.
        let text = format!(
            "{before} {}",
            world.dev("GET", "/environment", None).await.1
        );
        assert!(
            text.contains(secret) || *secret == "devonly-code",
            "{secret} not in dev's state: {text}"
        );
    }

    let (status, document) = world.call(None, "GET", "/openapi.json", None, &[]).await;
    assert_eq!(status, 200);
    let mut documented = BTreeMap::new();
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            documented.insert((method.to_uppercase(), path.clone()), operation.clone());
        }
    }
    let rows: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p, _, _)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(rows.len(), ROUTES.len(), "a route has two rows");
    let missing: Vec<String> = documented
        .keys()
        .filter(|route| !rows.contains(route))
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a row in ROUTES (say who may call them): {missing:?}"
    );
    let stale: Vec<String> = rows
        .iter()
        .filter(|route| !documented.contains_key(route))
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    assert!(stale.is_empty(), "rows without a route: {stale:?}");

    let mut failures = Vec::new();
    for &(method, path, access, prod) in ROUTES {
        let described = &documented[&(method.to_string(), path.to_string())];
        // The document says the same as the row.
        // No `security`: the document's default, the secret key. An empty requirement among
        // them: anyone may call (a page that sends a stranger to the login, say).
        let declared: Vec<String> = match described.get("security").and_then(Value::as_array) {
            None => vec!["secretKey".into()],
            Some(list)
                if list
                    .iter()
                    .any(|s| s.as_object().is_some_and(|o| o.is_empty())) =>
            {
                Vec::new()
            }
            Some(list) => list
                .iter()
                .flat_map(|s| s.as_object().unwrap().keys().cloned())
                .collect(),
        };
        let expected: &[&str] = match access {
            Open | EndUser => &[],
            SecretKey => &["secretKey"],
            ConnectSession => &["connectSession"],
            Dashboard => &["dashboardSession"],
        };
        if declared != expected {
            failures.push(format!(
                "{method} {path}: the document declares {declared:?}, the row says {access:?}"
            ));
        }

        let target = concrete(path, &action, &operation);
        let (aimed_path, body) = aimed(&target);
        let body = (method != "GET").then_some(body);
        let call = |credential: Option<String>| {
            aimed_call(&world, credential, method, aimed_path.clone(), body.clone())
        };
        let what = |who: &str| format!("{method} {path} ({who})");
        match access {
            Open => {
                let (status, _) = call(None).await;
                if status == 401 || status == 403 {
                    failures.push(format!("{}: {status}", what("no credential")));
                }
            }
            SecretKey => {
                for (who, key) in [("no key", None), ("a wrong key", Some("wrong-key"))] {
                    let (status, answer) = call(key.map(str::to_string)).await;
                    if status != 401 || answer["error"]["code"] != "unknown_account" {
                        failures.push(format!("{}: {status} {answer}", what(who)));
                    }
                }
                // The Connect UI's session token is not a secret key.
                let (status, _) = call(Some(prod_session(&world).await)).await;
                if status != 401 {
                    failures.push(format!("{}: {status}", what("a session token")));
                }
            }
            ConnectSession | EndUser => {
                let (status, answer) = call(None).await;
                if status != 401 && !(access == EndUser && status == 400) {
                    failures.push(format!("{}: {status} {answer}", what("no token")));
                }
                // A secret key is not a session token.
                let (status, _) = call(Some(DEV.to_string())).await;
                if access == ConnectSession && status != 401 {
                    failures.push(format!("{}: {status}", what("dev's secret key")));
                }
            }
            Dashboard => {
                for (who, key) in [("no session", None), ("dev's secret key", Some(DEV))] {
                    let (status, _) = call(key.map(str::to_string)).await;
                    if status != 401 {
                        failures.push(format!("{}: {status}", what(who)));
                    }
                }
            }
        }

        // `prod`'s credential, aimed at `dev`'s resources.
        let answer = match access {
            SecretKey => Some(call(Some(PROD.to_string())).await),
            ConnectSession => Some(call(Some(prod_session(&world).await)).await),
            EndUser => {
                let token = prod_session(&world).await;
                let path = format!("{aimed_path}&connect_session_token={token}");
                Some(
                    world
                        .call(None, method, &path, body.clone(), AIMED_HEADERS)
                        .await,
                )
            }
            Open | Dashboard => None,
        };
        if let Some((status, answer)) = answer {
            assert_no_dev_data(&answer, &what("prod"));
            let as_expected = match prod {
                Refused(code) => status == code,
                Own => success(status),
                NotAsked => true,
            };
            if !as_expected {
                failures.push(format!(
                    "{}: {status}, expected {prod:?}: {answer}",
                    what("prod's credential on dev's ids")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} routes answered otherwise:\n{}",
        failures.len(),
        ROUTES.len(),
        failures.join("\n")
    );
    // Nothing `prod` asked changed `dev`.
    assert_eq!(dev_state(&world).await, before);
}
