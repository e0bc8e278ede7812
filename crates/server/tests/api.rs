//! The server over HTTP on 127.0.0.1, with a mock provider API (OAuth 2 token endpoint
//! included) on loopback.

mod common;

use common::{DEV, PROD, World, flow};
use std::time::Duration;

use sha2::Digest as _;

use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread")]
async fn health_is_open_and_everything_else_needs_a_key_of_its_environment() {
    let world = World::new().await;
    assert_eq!(
        world.call(None, "GET", "/health", None, &[]).await,
        (200, json!({ "result": "ok", "database": "ok" }))
    );
    for key in [None, Some("wrong")] {
        let (status, body) = world.call(key, "GET", "/integrations", None, &[]).await;
        assert_eq!(status, 401);
        assert_eq!(body["error"]["code"], "unknown_account", "{body}");
    }
    world.integration("gh", "mockhub").await;
    let (_, dev) = world.dev("GET", "/integrations", None).await;
    assert_eq!(dev["data"][0]["unique_key"], "gh");
    let (_, prod) = world
        .call(Some(PROD), "GET", "/integrations", None, &[])
        .await;
    assert_eq!(prod, json!({ "data": [] }));
    let (status, body) = world.dev("GET", "/nope", None).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (404, json!("unknown_route"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn integrations_are_created_read_changed_and_deleted() {
    let world = World::new().await;
    let (status, body) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "x", "provider": "mockhu" })),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "invalid_provider");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did you mean mockhub"),
        "{body}"
    );
    world.integration("gh", "mockhub").await;
    let (status, body) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "gh", "provider": "mockhub" })),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (409, json!("duplicate"))
    );
    let (_, body) = world
        .dev(
            "GET",
            "/integrations/gh?include=credentials&include=webhook",
            None,
        )
        .await;
    assert_eq!(body["data"]["display_name"], "Mock Hub");
    assert_eq!(
        body["data"]["credentials"],
        json!({ "type": "OAUTH2", "client_id": "cid", "client_secret": "csecret", "scopes": "repo" })
    );
    assert!(body["data"].get("webhook_url").is_some());
    let (status, body) = world
        .dev(
            "PATCH",
            "/integrations/gh",
            Some(json!({ "display_name": "Hub", "unique_key": "hub" })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["unique_key"], "hub");
    // The legacy paths see the same integrations.
    let (_, configs) = world.dev("GET", "/config", None).await;
    assert_eq!(
        configs,
        json!({ "configs": [{ "unique_key": "hub", "provider": "mockhub" }] })
    );
    let (status, _) = world
        .dev(
            "POST",
            "/config",
            Some(json!({ "provider_config_key": "legacy", "provider": "mockkey" })),
        )
        .await;
    assert_eq!(status, 200);
    let (_, config) = world.dev("GET", "/config/legacy", None).await;
    assert_eq!(
        config,
        json!({ "config": { "unique_key": "legacy", "provider": "mockkey", "syncs": [], "actions": [] } })
    );
    assert_eq!(world.dev("DELETE", "/integrations/hub", None).await.0, 200);
    let (status, body) = world.dev("GET", "/integrations/hub", None).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (404, json!("unknown_provider_config"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn connections_are_imported_listed_read_and_deleted_with_encrypted_credentials() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    world.integration("keyed", "mockkey").await;
    let (status, body) = world
        .import(json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-1", "refresh_token": "r-1", "expires_in": 3600, "metadata": { "team": "a" }, "end_user": { "id": "u1", "email": "ada@x.test" } }))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["credentials"]["type"], "OAUTH2");
    assert!(body["credentials"].get("refresh_token").is_none());
    let (status, _) = world
        .import(json!({ "provider_config_key": "keyed", "connection_id": "k1", "api_key": "secret-api-key", "tags": { "plan": "pro" } }))
        .await;
    assert_eq!(status, 200);
    let (status, body) = world
        .import(json!({ "provider_config_key": "keyed", "connection_id": "k2" }))
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "missing_credentials", "{body}");
    let (status, body) = world
        .import(json!({ "provider_config_key": "nope", "connection_id": "x", "api_key": "k" }))
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (404, json!("unknown_provider_config"))
    );

    let ids = |body: &Value| -> Vec<String> {
        body["connections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["connection_id"].as_str().unwrap().to_string())
            .collect()
    };
    for (query, expected) in [
        ("", vec!["k1", "c1"]),
        ("?integrationId=gh", vec!["c1"]),
        ("?search=ada", vec!["c1"]),
        ("?endUserId=u1", vec!["c1"]),
        ("?connectionId=k1", vec!["k1"]),
        ("?tags%5Bplan%5D=pro", vec!["k1"]),
        ("?limit=1", vec!["k1"]),
    ] {
        for base in ["/connection", "/connections"] {
            let (status, body) = world.dev("GET", &format!("{base}{query}"), None).await;
            assert_eq!(status, 200);
            assert_eq!(ids(&body), expected, "{base}{query}");
        }
    }
    let (_, full) = world
        .dev(
            "GET",
            "/connection/c1?provider_config_key=gh&refresh_token=true",
            None,
        )
        .await;
    assert_eq!(full["credentials"]["access_token"], "tok-1");
    assert_eq!(full["credentials"]["refresh_token"], "r-1");
    assert_eq!(full["metadata"], json!({ "team": "a" }));
    assert!(full["last_fetched_at"].is_string());
    let (status, body) = world.dev("GET", "/connections/c1", None).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("missing_provider_config_key"))
    );
    let (status, body) = world
        .dev("GET", "/connections/zz?provider_config_key=gh", None)
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (404, json!("unknown_connection"))
    );

    // Metadata: replace, merge, several connections at once, and the legacy form.
    let (status, _) = world
        .dev(
            "POST",
            "/connections/metadata",
            Some(json!({ "metadata": { "a": 1 }, "connection_id": "c1", "provider_config_key": "gh" })),
        )
        .await;
    assert_eq!(status, 200);
    world
        .dev(
            "PATCH",
            "/connection/metadata",
            Some(json!({ "metadata": { "b": 2 }, "connection_id": ["c1"], "provider_config_key": "gh" })),
        )
        .await;
    world
        .call(
            Some(DEV),
            "PATCH",
            "/connection/c1/metadata",
            Some(json!({ "c": 3 })),
            &[("provider-config-key", "gh")],
        )
        .await;
    let (_, full) = world
        .dev("GET", "/connections/c1?provider_config_key=gh", None)
        .await;
    assert_eq!(full["metadata"], json!({ "a": 1, "b": 2, "c": 3 }));

    // Nothing secret is stored in clear.
    let database = std::fs::read(world.data_dir.join("nango.db")).unwrap();
    let wal = std::fs::read(world.data_dir.join("nango.db-wal")).unwrap_or_default();
    for bytes in [&database, &wal] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("secret-api-key") && !text.contains("csecret"));
    }

    assert_eq!(
        world
            .dev("DELETE", "/connections/c1?provider_config_key=gh", None)
            .await,
        (200, json!({ "success": true }))
    );
    let (_, body) = world.dev("GET", "/connections", None).await;
    assert_eq!(ids(&body), ["k1"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn oauth2_tokens_are_refreshed_before_expiry_on_demand_and_on_401() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    // Expires within the refresh margin: the first read refreshes it.
    world
        .import(json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-1", "refresh_token": "r-1", "expires_in": 60 }))
        .await;
    let (status, body) = world
        .dev(
            "GET",
            "/connections/c1?provider_config_key=gh&refresh_token=true",
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["credentials"]["access_token"], "tok-1-refreshed");
    assert_eq!(body["credentials"]["refresh_token"], "r-2");
    let token_request = world
        .provider
        .seen
        .lock()
        .unwrap()
        .iter()
        .find(|r| r.1 == "/oauth/token")
        .cloned()
        .unwrap();
    for part in [
        "grant_type=refresh_token",
        "refresh_token=r-1",
        "client_id=cid",
        "client_secret=csecret",
    ] {
        assert!(token_request.3.contains(part), "{}", token_request.3);
    }
    // Fresh: no refresh, unless forced.
    let (_, body) = world
        .dev("GET", "/connections/c1?provider_config_key=gh", None)
        .await;
    assert_eq!(body["credentials"]["access_token"], "tok-1-refreshed");
    let (_, body) = world
        .dev(
            "GET",
            "/connections/c1?provider_config_key=gh&force_refresh=true",
            None,
        )
        .await;
    assert_eq!(
        body["credentials"]["access_token"],
        "tok-1-refreshed-refreshed"
    );

    // The provider rotates the token behind our back: the proxy's 401 triggers a refresh.
    *world.provider.token.lock().unwrap() = "rotated".into();
    let (status, body) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/user",
            None,
            &[("connection-id", "c1"), ("provider-config-key", "gh")],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["login"], "octo");

    // A refused refresh is a 424 with a stable code.
    *world.provider.refresh_ok.lock().unwrap() = false;
    let (status, body) = world
        .dev(
            "GET",
            "/connections/c1?provider_config_key=gh&force_refresh=true",
            None,
        )
        .await;
    assert_eq!(status, 424);
    assert_eq!(body["error"]["code"], "refresh_token_external_error");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("invalid_grant")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_proxy_injects_credentials_and_passes_headers_bodies_and_statuses() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    world.integration("keyed", "mockkey").await;
    world
        .import(
            json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-1" }),
        )
        .await;
    world
        .import(json!({ "provider_config_key": "keyed", "connection_id": "k1", "api_key": "secret-api-key" }))
        .await;
    let headers = [("connection-id", "c1"), ("provider-config-key", "gh")];
    let (status, body) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/user?page=2",
            None,
            &[
                headers[0],
                headers[1],
                ("nango-proxy-x-custom", "yes"),
                ("retries", "2"),
            ],
        )
        .await;
    assert_eq!((status, body["query"].clone()), (200, json!("page=2")));
    let seen_headers = world
        .provider
        .headers
        .lock()
        .unwrap()
        .last()
        .cloned()
        .unwrap();
    assert!(seen_headers.contains(&("x-custom".to_string(), "yes".to_string())));
    assert!(!seen_headers.iter().any(|(n, _)| n == "connection-id"));
    let response = world
        .http
        .post(format!("{}/proxy/echo", world.base))
        .header("authorization", format!("Bearer {DEV}"))
        .header("connection-id", "c1")
        .header("provider-config-key", "gh")
        .header("content-type", "application/json")
        .body(r#"{"title":"t"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(response.headers()["x-provider"], "yes");
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "received": { "title": "t" } })
    );
    // API keys go where the provider wants them.
    let (status, body) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/user",
            None,
            &[("connection-id", "k1"), ("provider-config-key", "keyed")],
        )
        .await;
    assert_eq!((status, body["login"].clone()), (200, json!("octo")));
    // Retried on a 5xx as asked, then streamed back (3 MiB).
    let response = world
        .http
        .get(format!("{}/proxy/flaky", world.base))
        .header("authorization", format!("Bearer {DEV}"))
        .header("connection-id", "c1")
        .header("provider-config-key", "gh")
        .header("retries", "1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.bytes().await.unwrap().len(), 3 << 20);
    // The provider's errors come back as they are.
    let (status, body) = world
        .call(Some(DEV), "GET", "/proxy/missing", None, &headers)
        .await;
    assert_eq!((status, body), (404, json!({ "message": "Not Found" })));
    let (status, body) = world.call(Some(DEV), "GET", "/proxy/user", None, &[]).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("missing_connection_id"))
    );
}

const ECHO_ACTION: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    if (input && input.fail) throw new nango.ActionError({ message: 'asked to fail', code: 42 });
    const user = await nango.get({ endpoint: '/user' });
    const vars = await nango.getEnvironmentVariables();
    const connection = await nango.getConnection();
    await nango.updateMetadata({ ran: true });
    return { id: 'r1', title: `${input.title} by ${user.data.login}`, vars, token: connection.credentials.access_token };
};
"#;

const BROKEN_ACTION: &str = r#""use strict";
module.exports.default = async function runAction(nango) { return undefinedFunction(); };
"#;

fn schema() -> Value {
    json!({ "definitions": {
        "Issue": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" } }, "required": ["id", "title"] },
        "IssueInput": { "type": "object", "properties": { "title": { "type": "string" }, "fail": { "type": "boolean" } }, "required": ["title"] }
    } })
}

#[tokio::test(flavor = "multi_thread")]
async fn deployed_actions_run_synchronously_and_asynchronously() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    world
        .import(
            json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-1" }),
        )
        .await;
    world
        .dev(
            "POST",
            "/environment-variables",
            Some(json!([{ "name": "REGION", "value": "eu" }])),
        )
        .await;
    let payload = json!({
        "flowConfigs": [
            flow("create-issue", "action", ECHO_ACTION, Some("IssueInput"), &["Issue"]),
            flow("broken", "action", BROKEN_ACTION, None, &["Issue"]),
            flow("issues", "sync", BROKEN_ACTION, None, &["Issue"]),
        ],
        "jsonSchema": schema(), "reconcile": false, "debug": false, "nangoYamlBody": "", "singleDeployMode": false, "sdkVersion": "0.60.5-yaml"
    });
    let (status, plan) = world
        .dev("POST", "/sync/deploy/confirmation", Some(payload.clone()))
        .await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(
        plan["newActions"],
        json!([{ "name": "create-issue", "providerConfigKey": "gh", "connections": 1 }, { "name": "broken", "providerConfigKey": "gh", "connections": 1 }])
    );
    assert_eq!(
        plan["newSyncs"],
        json!([{ "name": "issues", "providerConfigKey": "gh", "connections": 1, "auto_start": true }])
    );
    assert_eq!(plan["deletedModels"], json!([]));
    let mut deploy = payload.clone();
    deploy["reconcile"] = json!(true);
    let (status, deployed) = world
        .dev("POST", "/sync/deploy", Some(deploy.clone()))
        .await;
    assert_eq!(status, 200, "{deployed}");
    assert_eq!(deployed[0]["name"], "create-issue");
    assert_eq!(deployed[0]["version"], "0.0.1");
    let (_, again) = world.dev("POST", "/sync/deploy", Some(deploy)).await;
    assert_eq!(again[0]["version"], "0.0.2");

    let trigger = |body: Value, extra: &'static [(&'static str, &'static str)]| {
        let world = &world;
        async move {
            let mut headers = vec![("connection-id", "c1"), ("provider-config-key", "gh")];
            headers.extend_from_slice(extra);
            world
                .call(Some(DEV), "POST", "/action/trigger", Some(body), &headers)
                .await
        }
    };
    let (status, output) = trigger(
        json!({ "action_name": "create-issue", "input": { "title": "Bug" } }),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{output}");
    assert_eq!(
        output,
        json!({ "id": "r1", "title": "Bug by octo", "vars": [{ "name": "REGION", "value": "eu" }], "token": "tok-1" })
    );
    let (_, connection) = world
        .dev("GET", "/connections/c1?provider_config_key=gh", None)
        .await;
    assert_eq!(connection["metadata"], json!({ "ran": true }));

    let (status, body) = trigger(
        json!({ "action_name": "create-issue", "input": { "title": "x", "fail": true } }),
        &[],
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({ "error": { "code": "action_script_failure", "message": "asked to fail", "payload": { "message": "asked to fail", "code": 42 } } })
    );
    let (status, body) = trigger(
        json!({ "action_name": "create-issue", "input": { "nope": 1 } }),
        &[],
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("invalid_action_input"))
    );
    let (status, body) = trigger(json!({ "action_name": "broken" }), &[]).await;
    assert_eq!(status, 500);
    assert_eq!(body["error"]["code"], "action_script_runtime_error");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("undefinedFunction"),
        "{body}"
    );
    let (status, body) = trigger(json!({ "action_name": "nope" }), &[]).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (404, json!("unknown_action"))
    );

    // Asynchronous: an id now, the result later.
    let (status, started) = trigger(
        json!({ "action_name": "create-issue", "input": { "title": "Later" } }),
        &[("x-async", "true")],
    )
    .await;
    assert_eq!(status, 202, "{started}");
    let url = started["statusUrl"].as_str().unwrap().to_string();
    assert_eq!(url, format!("/action/{}", started["id"].as_str().unwrap()));
    let mut result = (0, Value::Null);
    for _ in 0..500 {
        result = world.dev("GET", &url, None).await;
        if result.0 != 404 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(result.0, 200, "{}", result.1);
    assert_eq!(result.1["title"], "Later by octo");
    let (status, started) = trigger(
        json!({ "action_name": "create-issue", "input": { "title": "x", "fail": true } }),
        &[("x-async", "true")],
    )
    .await;
    assert_eq!(status, 202);
    let url = started["statusUrl"].as_str().unwrap().to_string();
    for _ in 0..500 {
        result = world.dev("GET", &url, None).await;
        if result.1["error"]["code"] != "action_not_finished" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(result.0, 400, "{}", result.1);
    assert_eq!(result.1["error"]["code"], "action_script_failure");

    // A deploy without the sync plans its deletion and the models it leaves behind.
    let mut smaller = payload.clone();
    smaller["flowConfigs"] = json!([flow(
        "create-issue",
        "action",
        ECHO_ACTION,
        Some("IssueInput"),
        &["Issue"]
    )]);
    let (_, plan) = world
        .dev("POST", "/sync/deploy/confirmation", Some(smaller.clone()))
        .await;
    assert_eq!(
        plan["deletedSyncs"],
        json!([{ "name": "issues", "providerConfigKey": "gh", "connections": 1 }])
    );
    assert_eq!(plan["deletedActions"][0]["name"], "broken");
    assert_eq!(plan["updatedActions"][0]["name"], "create-issue");
    assert_eq!(plan["deletedModels"], json!(["Issue"]));
    smaller["reconcile"] = json!(true);
    world.dev("POST", "/sync/deploy", Some(smaller)).await;
    let (_, config) = world.dev("GET", "/scripts/config", None).await;
    assert_eq!(config[0]["providerConfigKey"], "gh");
    assert_eq!(config[0]["actions"].as_array().unwrap().len(), 1);
    assert_eq!(config[0]["syncs"], json!([]));
    // Deploying to an integration that does not exist says so.
    let mut unknown = payload.clone();
    unknown["flowConfigs"][0]["providerConfigKey"] = json!("nope");
    let (status, body) = world.dev("POST", "/sync/deploy", Some(unknown)).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("unknown_provider_config"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn environment_variables_and_providers() {
    let world = World::new().await;
    let (status, _) = world
        .dev(
            "POST",
            "/environment-variables",
            Some(json!([{ "name": "A", "value": "1" }, { "name": "B", "value": "2" }])),
        )
        .await;
    assert_eq!(status, 200);
    world.dev("DELETE", "/environment-variables/A", None).await;
    assert_eq!(
        world.dev("GET", "/environment-variables", None).await,
        (200, json!([{ "name": "B", "value": "2" }]))
    );
    let (status, body) = world
        .dev(
            "POST",
            "/environment-variables",
            Some(json!({ "name": "1bad", "value": "x" })),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("invalid_body"))
    );
    let (_, providers) = world.dev("GET", "/providers?search=mock", None).await;
    let names: Vec<&str> = providers["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"mockhub") && names.contains(&"mockkey"),
        "{names:?}"
    );
    assert!(names.iter().all(|n| n.contains("mock")), "{names:?}");
    let (_, github) = world.dev("GET", "/providers/github", None).await;
    assert_eq!(github["data"]["auth_mode"], "OAUTH2");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_documented_route_exists() {
    let world = World::new().await;
    let (status, document) = world.call(None, "GET", "/openapi.json", None, &[]).await;
    assert_eq!(status, 200);
    let paths = document["paths"].as_object().unwrap();
    assert!(paths.len() > 20, "{}", paths.len());
    for (path, operations) in paths {
        let concrete = path
            .replace("{path}", "user")
            .replace("{id}", "x")
            .replace("{key}", "x")
            .replace("{name}", "x");
        for method in operations.as_object().unwrap().keys() {
            let (_, body) = world.dev(&method.to_uppercase(), &concrete, None).await;
            assert_ne!(body["error"]["code"], "unknown_route", "{method} {path}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn connect_sessions_are_created_read_renewed_and_ended() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    let (status, created) = world
        .dev(
            "POST",
            "/connect/sessions",
            Some(json!({
                "end_user": { "id": "u1", "email": "u1@example.com", "display_name": "U One" },
                "organization": { "id": "org1" },
                "allowed_integrations": ["gh"],
                "integrations_config_defaults": { "gh": { "user_scopes": "repo" } },
                "tags": { "plan": "pro" },
            })),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let token = created["data"]["token"].as_str().unwrap().to_string();
    assert!(
        token.starts_with("nango_connect_session_") && token.len() > 60,
        "{token}"
    );
    assert!(
        created["data"]["connect_link"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/connect?session_token={token}")),
        "{created}"
    );
    // It expires in 30 minutes.
    let expires =
        humantime::parse_rfc3339(created["data"]["expires_at"].as_str().unwrap()).unwrap();
    let left = expires
        .duration_since(std::time::SystemTime::now())
        .unwrap();
    assert!(
        left > Duration::from_secs(29 * 60) && left <= Duration::from_secs(30 * 60),
        "{left:?}"
    );

    // Its holder reads it with the token, not with a secret key.
    let (status, session) = world
        .call(Some(&token), "GET", "/connect/session", None, &[])
        .await;
    assert_eq!(status, 200, "{session}");
    assert_eq!(
        session["data"]["end_user"],
        json!({ "id": "u1", "email": "u1@example.com", "display_name": "U One" })
    );
    assert_eq!(session["data"]["allowed_integrations"], json!(["gh"]));
    assert_eq!(
        session["data"]["integrations_config_defaults"]["gh"]["user_scopes"],
        "repo"
    );
    assert_eq!(session["data"]["tags"], json!({ "plan": "pro" }));
    let (status, body) = world.dev("GET", "/connect/session", None).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (401, json!("invalid_connect_session_token"))
    );
    // The token is no secret key either.
    let (status, _) = world
        .call(Some(&token), "GET", "/integrations", None, &[])
        .await;
    assert_eq!(status, 401);
    // Only its hash is stored (the database and its write-ahead log hold the hash, not the token).
    let mut stored = std::fs::read(world.data_dir.join("nango.db")).unwrap();
    stored.extend(std::fs::read(world.data_dir.join("nango.db-wal")).unwrap_or_default());
    let contains = |needle: &[u8]| stored.windows(needle.len()).any(|w| w == needle);
    let hash: String = sha2::Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(
        contains(hash.as_bytes()),
        "the session's hash is not in the database"
    );
    assert!(
        !contains(token.as_bytes()),
        "the session token is stored in clear"
    );

    // Deleted, it is gone.
    let (status, _) = world
        .call(Some(&token), "DELETE", "/connect/session", None, &[])
        .await;
    assert_eq!(status, 204);
    let (status, _) = world
        .call(Some(&token), "GET", "/connect/session", None, &[])
        .await;
    assert_eq!(status, 401);

    // Unknown integrations and a missing end user are the request's fault.
    let (status, body) = world
        .dev(
            "POST",
            "/connect/sessions",
            Some(json!({ "end_user": { "id": "u" }, "allowed_integrations": ["nope"] })),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("unknown_provider_config")),
        "{body}"
    );
    let (status, body) = world
        .dev("POST", "/connect/sessions", Some(json!({ "tags": {} })))
        .await;
    assert_eq!(
        (status, body["error"]["message"].clone()),
        (400, json!("`end_user` is required"))
    );

    // A reconnect session renews one connection: its integration only, its end user by default.
    let (status, _) = world
        .import(json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "t", "end_user": { "id": "u9" }, "tags": { "team": "a" } }))
        .await;
    assert_eq!(status, 200);
    let (status, renewed) = world
        .dev(
            "POST",
            "/connect/sessions/reconnect",
            Some(json!({ "connection_id": "c1", "integration_id": "gh" })),
        )
        .await;
    assert_eq!(status, 201, "{renewed}");
    let token = renewed["data"]["token"].as_str().unwrap();
    let (_, session) = world
        .call(Some(token), "GET", "/connect/session", None, &[])
        .await;
    assert_eq!(session["data"]["connection_id"], "c1");
    assert_eq!(session["data"]["provider_config_key"], "gh");
    assert_eq!(session["data"]["allowed_integrations"], json!(["gh"]));
    assert_eq!(session["data"]["end_user"], json!({ "id": "u9" }));
    assert_eq!(session["data"]["tags"], json!({ "team": "a" }));
    let (status, body) = world
        .dev(
            "POST",
            "/connect/sessions/reconnect",
            Some(json!({ "connection_id": "nope", "integration_id": "gh" })),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (404, json!("unknown_connection"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn end_users_connect_api_key_integrations_through_their_session() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    world.integration("keyed", "mockkey").await;
    let (_, created) = world
        .dev(
            "POST",
            "/connect/sessions",
            Some(json!({
                "end_user": { "id": "u1", "email": "u1@example.com" },
                "organization": { "id": "org1", "display_name": "Org" },
                "allowed_integrations": ["keyed"],
                "integrations_config_defaults": { "keyed": { "connection_config": { "region": "us", "tier": "gold" } } },
                "tags": { "plan": "pro" },
            })),
        )
        .await;
    let token = created["data"]["token"].as_str().unwrap().to_string();
    let auth = |path: &str| format!("{path}?connect_session_token={token}&params[region]=eu");

    // What the frontend's `nango.auth('keyed', {credentials: {apiKey}})` sends: no secret key.
    let (status, connected) = world
        .call(
            None,
            "POST",
            &auth("/api-auth/api-key/keyed"),
            Some(json!({ "apiKey": "secret-api-key" })),
            &[],
        )
        .await;
    assert_eq!(status, 200, "{connected}");
    assert_eq!(connected["providerConfigKey"], "keyed");
    let id = connected["connectionId"].as_str().unwrap().to_string();

    // The connection carries the session's end user, organization and tags, and its config.
    let (_, list) = world.dev("GET", "/connections?endUserId=u1", None).await;
    assert_eq!(list["connections"].as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list["connections"][0]["connection_id"], id.as_str());
    assert_eq!(list["connections"][0]["tags"], json!({ "plan": "pro" }));
    assert_eq!(
        list["connections"][0]["end_user"],
        json!({ "id": "u1", "email": "u1@example.com", "organization": { "id": "org1", "display_name": "Org" } })
    );
    let (_, connection) = world
        .dev(
            "GET",
            &format!("/connections/{id}?provider_config_key=keyed"),
            None,
        )
        .await;
    assert_eq!(
        connection["connection_config"],
        json!({ "region": "eu", "tier": "gold" })
    );
    assert_eq!(
        connection["credentials"],
        json!({ "type": "API_KEY", "apiKey": "secret-api-key" })
    );
    // And it works: the proxy sends the key where the provider wants it.
    let (status, body) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/user",
            None,
            &[("connection-id", &id), ("provider-config-key", "keyed")],
        )
        .await;
    assert_eq!((status, body["login"].clone()), (200, json!("octo")));

    // What the session does not allow, the provider does not take, or a bad token: clear errors.
    let (status, body) = world
        .call(
            None,
            "POST",
            &auth("/api-auth/api-key/gh"),
            Some(json!({ "apiKey": "k" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("integration_not_allowed"))
    );
    let (status, body) = world
        .call(
            None,
            "POST",
            &auth("/api-auth/basic/keyed"),
            Some(json!({ "username": "u", "password": "p" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("invalid_auth_mode")),
        "{body}"
    );
    let (status, body) = world
        .call(
            None,
            "POST",
            "/api-auth/api-key/keyed?connect_session_token=nango_connect_session_nope",
            Some(json!({ "apiKey": "k" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (401, json!("invalid_connect_session_token"))
    );
    // An unknown public key is refused; the environment's own (older frontends) connects, with
    // the connection id it must name.
    let (status, body) = world
        .call(
            None,
            "POST",
            "/api-auth/api-key/keyed?public_key=pk",
            Some(json!({ "apiKey": "k" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (401, json!("invalid_public_key"))
    );
    let (_, environment) = world.dev("GET", "/environment", None).await;
    let public_key = environment["public_key"].as_str().unwrap().to_string();
    let (status, body) = world
        .call(
            None,
            "POST",
            &format!("/api-auth/api-key/keyed?public_key={public_key}"),
            Some(json!({ "apiKey": "k" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("missing_connection_id"))
    );
    let (status, body) = world
        .call(
            None,
            "POST",
            &format!("/api-auth/api-key/keyed?public_key={public_key}&connection_id=legacy-1"),
            Some(json!({ "apiKey": "k" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["connectionId"].clone()),
        (200, json!("legacy-1")),
        "{body}"
    );
    let (status, body) = world
        .call(
            None,
            "POST",
            &auth("/api-auth/api-key/keyed"),
            Some(json!({})),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["message"].clone()),
        (400, json!("`apiKey` is required"))
    );

    // A reconnect session renews the same connection with new credentials.
    let (_, renewed) = world
        .dev(
            "POST",
            "/connect/sessions/reconnect",
            Some(json!({ "connection_id": id, "integration_id": "keyed" })),
        )
        .await;
    let again = renewed["data"]["token"].as_str().unwrap();
    let (status, connected) = world
        .call(
            None,
            "POST",
            &format!("/api-auth/api-key/keyed?connect_session_token={again}"),
            Some(json!({ "apiKey": "new-key" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, connected["connectionId"].clone()),
        (200, json!(id))
    );
    let (_, connection) = world
        .dev(
            "GET",
            &format!("/connections/{id}?provider_config_key=keyed"),
            None,
        )
        .await;
    assert_eq!(connection["credentials"]["apiKey"], "new-key");
}
