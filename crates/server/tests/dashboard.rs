//! The dashboard's server side over HTTP on 127.0.0.1: login (wrong passwords, the limit, the
//! cookie), the API reached with the session cookie and `X-Nango-Environment` (CSRF on every
//! change, one environment at a time, no secret leaked), secret key rotation, the views the
//! pages read (overview, activity, integrations, a connection with its credentials masked),
//! the logs' filters, cancelling a running sync, and webhooks to two URLs with their switches.
//! The pages themselves are tested in Chromium (crates/cli/tests/dashboard_browser.rs).

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use common::{DASHBOARD_PASSWORD, DASHBOARD_USER, DEV, PROD, World, serve};
use serde_json::{Value, json};

/// A browser's view of the dashboard: its cookie and CSRF token, an environment picked.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookie: String,
    csrf: String,
}

impl Browser {
    fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// Posts the login form; the response.
    async fn post_login(base: &str, username: &str, password: &str) -> reqwest::Response {
        Self::client()
            .post(format!("{base}/dashboard/login"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(
                url::form_urlencoded::Serializer::new(String::new())
                    .append_pair("username", username)
                    .append_pair("password", password)
                    .finish(),
            )
            .send()
            .await
            .unwrap()
    }

    async fn login(world: &World) -> Self {
        let response = Self::post_login(&world.base, DASHBOARD_USER, DASHBOARD_PASSWORD).await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(response.headers()["location"], "/dashboard/");
        let set_cookie = response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_string();
        for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(set_cookie.contains(attribute), "{set_cookie}");
        }
        let cookie = set_cookie.split(';').next().unwrap().to_string();
        let mut browser = Self {
            http: Self::client(),
            base: world.base.clone(),
            cookie,
            csrf: String::new(),
        };
        let (status, me) = browser.get("dev", "/dashboard/api/me").await;
        assert_eq!(status, 200, "{me}");
        assert_eq!(me["username"], DASHBOARD_USER);
        browser.csrf = me["csrf_token"].as_str().unwrap().to_string();
        browser
    }

    async fn send(
        &self,
        environment: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
        csrf: bool,
    ) -> (u16, Value) {
        let mut request = self
            .http
            .request(method.parse().unwrap(), format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .header("x-nango-environment", environment);
        if csrf {
            request = request.header("x-csrf-token", &self.csrf);
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
        if status >= 400 {
            common::assert_documented_error(&body, &format!("{method} {path}"));
        }
        (status, body)
    }

    async fn get(&self, environment: &str, path: &str) -> (u16, Value) {
        self.send(environment, "GET", path, None, false).await
    }

    async fn change(
        &self,
        environment: &str,
        method: &str,
        path: &str,
        body: Value,
    ) -> (u16, Value) {
        self.send(environment, method, path, Some(body), true).await
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_opens_only_after_a_login_and_changes_need_the_csrf_token() {
    let world = World::new().await;
    let http = Browser::client();
    // A person opening the server's address lands on the dashboard, which asks for a login.
    let root = http.get(format!("{}/", world.base)).send().await.unwrap();
    assert_eq!(root.status().as_u16(), 303);
    assert_eq!(root.headers()["location"], "/dashboard/");
    let page = http
        .get(format!("{}/dashboard/", world.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 303);
    assert_eq!(page.headers()["location"], "/dashboard/login");
    let form = http
        .get(format!("{}/dashboard/login", world.base))
        .send()
        .await
        .unwrap();
    assert_eq!(form.status().as_u16(), 200);
    let form = form.text().await.unwrap();
    assert!(form.contains("name=\"password\""), "{form}");
    // The dashboard's API without a session: 401, as any call without a key.
    let (status, body) = world
        .call(None, "GET", "/dashboard/api/me", None, &[])
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("unknown_account"))
    );
    let (status, _) = world
        .call(
            None,
            "GET",
            "/integrations",
            None,
            &[("cookie", "nango_dashboard=forged")],
        )
        .await;
    assert_eq!(status, 401);

    // A wrong password goes back to the form, which says so; no cookie is set.
    let wrong = Browser::post_login(&world.base, DASHBOARD_USER, "nope").await;
    assert_eq!(wrong.status().as_u16(), 303);
    assert_eq!(wrong.headers()["location"], "/dashboard/login?error=1");
    assert!(wrong.headers().get("set-cookie").is_none());
    let said = http
        .get(format!("{}/dashboard/login?error=1", world.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(said.contains("Wrong username or password"), "{said}");

    let browser = Browser::login(&world).await;
    let page = browser
        .http
        .get(format!("{}/dashboard/", world.base))
        .header("cookie", &browser.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("/dashboard/assets/app.js")
    );

    // The public API, reached with the cookie: reads need no token, changes do.
    let (status, body) = browser.get("dev", "/integrations").await;
    assert_eq!(status, 200, "{body}");
    let create = json!({ "unique_key": "gh", "provider": "mockhub" });
    let (status, body) = browser
        .send("dev", "POST", "/integrations", Some(create.clone()), false)
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("invalid_csrf_token"))
    );
    let (status, body) = browser.change("dev", "POST", "/integrations", create).await;
    assert_eq!(status, 200, "{body}");
    let (_, listed) = world.dev("GET", "/integrations", None).await;
    assert_eq!(listed["data"][0]["unique_key"], "gh");
    // A forged token is no token.
    let mut forged = Browser {
        http: Browser::client(),
        base: browser.base.clone(),
        cookie: browser.cookie.clone(),
        csrf: "0".repeat(48),
    };
    let (status, _) = forged
        .change("dev", "DELETE", "/integrations/gh", json!({}))
        .await;
    assert_eq!(status, 403);
    // An environment that does not exist.
    let (status, body) = browser.get("staging", "/integrations").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("unknown_environment"))
    );

    // Log out: the cookie no longer opens anything.
    let (status, _) = browser
        .send("dev", "POST", "/dashboard/logout", None, true)
        .await;
    assert_eq!(status, 200);
    let (status, _) = browser.get("dev", "/integrations").await;
    assert_eq!(status, 401);
    forged.csrf = browser.csrf.clone();
    let (status, _) = forged.get("dev", "/dashboard/api/me").await;
    assert_eq!(status, 401);
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_logins_are_limited() {
    let world = World::new().await;
    for _ in 0..5 {
        let wrong = Browser::post_login(&world.base, DASHBOARD_USER, "guess").await;
        assert_eq!(wrong.headers()["location"], "/dashboard/login?error=1");
    }
    // Locked for a while, even with the right password.
    let locked = Browser::post_login(&world.base, DASHBOARD_USER, DASHBOARD_PASSWORD).await;
    assert_eq!(
        locked.headers()["location"],
        "/dashboard/login?error=locked"
    );
    assert!(locked.headers().get("set-cookie").is_none());
    let said = Browser::client()
        .get(format!("{}/dashboard/login?error=locked", world.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(said.contains("Too many failed attempts"), "{said}");
}

#[tokio::test(flavor = "multi_thread")]
async fn each_environment_shows_only_its_own_keys_and_data() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    let browser = Browser::login(&world).await;
    let (_, me) = browser.get("dev", "/dashboard/api/me").await;
    assert_eq!(me["environments"], json!(["dev", "prod"]));
    assert!(!me.to_string().contains(DEV) && !me.to_string().contains(PROD));

    let (status, dev) = browser.get("dev", "/dashboard/api/environment").await;
    assert_eq!(status, 200);
    assert_eq!(
        (dev["name"].as_str(), dev["secret_key"].as_str()),
        (Some("dev"), Some(DEV))
    );
    assert!(
        dev["callback_url"]
            .as_str()
            .unwrap()
            .ends_with("/oauth/callback")
    );
    assert!(!dev.to_string().contains(PROD));
    let (_, prod) = browser.get("prod", "/dashboard/api/environment").await;
    assert_eq!(prod["secret_key"], PROD);
    assert!(!prod.to_string().contains(DEV));

    let (_, dev_integrations) = browser.get("dev", "/dashboard/api/integrations").await;
    assert_eq!(dev_integrations["data"][0]["unique_key"], "gh");
    assert_eq!(dev_integrations["data"][0]["auth_mode"], "OAUTH2");
    let (_, prod_integrations) = browser.get("prod", "/dashboard/api/integrations").await;
    assert_eq!(prod_integrations["data"], json!([]));
    let (status, _) = browser.get("prod", "/dashboard/api/integrations/gh").await;
    assert_eq!(status, 404);
    // The integration's page never shows its client secret.
    let (_, detail) = browser.get("dev", "/dashboard/api/integrations/gh").await;
    assert_eq!(detail["integration"]["client_id"], "cid");
    assert_eq!(detail["integration"]["client_secret_set"], true);
    assert!(!detail.to_string().contains("csecret"), "{detail}");

    // A new environment: its own keys, nothing of the others.
    let (status, created) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environments",
            json!({ "name": "staging" }),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let (_, again) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environments",
            json!({ "name": "staging" }),
        )
        .await;
    assert_eq!(again["error"]["code"], "duplicate");
    let (status, bad) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environments",
            json!({ "name": "no spaces" }),
        )
        .await;
    assert_eq!(status, 400, "{bad}");
    let staging_key = created["secret_key"].as_str().unwrap();
    let (status, _) = world
        .call(Some(staging_key), "GET", "/integrations", None, &[])
        .await;
    assert_eq!(status, 200);
    let (_, staging) = browser.get("staging", "/dashboard/api/integrations").await;
    assert_eq!(staging["data"], json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_secret_key_rotates_without_downtime() {
    let world = World::new().await;
    let browser = Browser::login(&world).await;
    let rotate = |action: &str| json!({ "action": action });
    let (status, body) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environment/secret-key",
            rotate("activate"),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("invalid_key_rotation"))
    );

    let (status, rotated) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environment/secret-key",
            rotate("rotate"),
        )
        .await;
    assert_eq!(status, 200, "{rotated}");
    let pending = rotated["pending_secret_key"].as_str().unwrap().to_string();
    assert_eq!(rotated["secret_key"], DEV);
    // While pending, both keys open the environment.
    for key in [DEV, pending.as_str()] {
        let (status, environment) = world
            .call(Some(key), "GET", "/environment", None, &[])
            .await;
        assert_eq!((status, environment["name"].as_str()), (200, Some("dev")));
    }
    // Reverted: only the old key.
    let (_, reverted) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environment/secret-key",
            rotate("revert"),
        )
        .await;
    assert_eq!(reverted["pending_secret_key"], Value::Null);
    let (status, _) = world
        .call(Some(&pending), "GET", "/environment", None, &[])
        .await;
    assert_eq!(status, 401);

    // Rotated and activated: only the new key.
    let (_, rotated) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environment/secret-key",
            rotate("rotate"),
        )
        .await;
    let new_key = rotated["pending_secret_key"].as_str().unwrap().to_string();
    let (_, activated) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environment/secret-key",
            rotate("activate"),
        )
        .await;
    assert_eq!(activated["secret_key"], new_key.as_str());
    assert_eq!(activated["pending_secret_key"], Value::Null);
    let (status, _) = world
        .call(Some(DEV), "GET", "/environment", None, &[])
        .await;
    assert_eq!(status, 401);
    let (status, _) = world
        .call(Some(&new_key), "GET", "/environment", None, &[])
        .await;
    assert_eq!(status, 200);
    // prod was not touched.
    let (status, _) = world
        .call(Some(PROD), "GET", "/environment", None, &[])
        .await;
    assert_eq!(status, 200);
    let (status, bad) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/environment/secret-key",
            rotate("spin"),
        )
        .await;
    assert_eq!(status, 400, "{bad}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_page_masks_every_credential_and_refreshes_on_demand() {
    let world = World::new().await;
    world.integration("gh", "mockhub").await;
    let (status, body) = world
        .import(json!({
            "provider_config_key": "gh", "connection_id": "c1",
            "access_token": "tok-1-very-secret-access", "refresh_token": "r-1-very-secret-refresh",
            "expires_in": 3600,
            "metadata": { "team": "blue" },
            "end_user": { "id": "u-1", "email": "u1@example.com" }
        }))
        .await;
    assert_eq!(status, 200, "{body}");
    *world.provider.token.lock().unwrap() = "tok-1-very-secret-access".into();
    let browser = Browser::login(&world).await;
    let (status, page) = browser
        .get(
            "dev",
            "/dashboard/api/connection?provider_config_key=gh&connection_id=c1",
        )
        .await;
    assert_eq!(status, 200, "{page}");
    let text = page.to_string();
    for secret in [
        "tok-1-very-secret-access",
        "r-1-very-secret-refresh",
        "csecret",
    ] {
        assert!(!text.contains(secret), "{secret} leaked: {text}");
    }
    assert_eq!(page["auth_mode"], "OAUTH2");
    assert_eq!(page["credentials"]["type"], "OAUTH2");
    assert!(page["credentials"]["expires_at"].is_string());
    assert_eq!(page["credentials"]["last_refresh"], Value::Null);
    assert_eq!(page["metadata"]["team"], "blue");
    let (status, _) = browser
        .get(
            "prod",
            "/dashboard/api/connection?provider_config_key=gh&connection_id=c1",
        )
        .await;
    assert_eq!(status, 404);

    // Force a refresh: the new token is not shown either, and the time is.
    let (status, refreshed) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/connection/refresh",
            json!({ "provider_config_key": "gh", "connection_id": "c1" }),
        )
        .await;
    assert_eq!(status, 200, "{refreshed}");
    assert!(
        refreshed["credentials"]["last_refresh"].is_string(),
        "{refreshed}"
    );
    let token = world.provider.token.lock().unwrap().clone();
    assert!(token.ends_with("-refreshed"));
    assert!(!refreshed.to_string().contains(&token));
    // The API's own answer does not carry the dashboard's bookkeeping.
    let (_, api) = world
        .dev("GET", "/connections/c1?provider_config_key=gh", None)
        .await;
    assert_eq!(api["credentials"]["access_token"], token.as_str());
    assert!(
        api["credentials"].get("last_refreshed_at").is_none(),
        "{api}"
    );

    // A refused refresh is the API's error, and marks the connection.
    *world.provider.refresh_ok.lock().unwrap() = false;
    let (status, refused) = browser
        .change(
            "dev",
            "POST",
            "/dashboard/api/connection/refresh",
            json!({ "provider_config_key": "gh", "connection_id": "c1" }),
        )
        .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (424, Some("refresh_token_external_error"))
    );
    let (_, page) = browser
        .get(
            "dev",
            "/dashboard/api/connection?provider_config_key=gh&connection_id=c1",
        )
        .await;
    assert_eq!(page["errors"][0]["type"], "auth");
    let (_, list) = browser.get("dev", "/dashboard/api/integrations").await;
    assert_eq!(list["data"][0]["errors"], 1);
}

const SLOW: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    await nango.log('started');
    for (let i = 0; i < 600; i++) { await new Promise((resolve) => setTimeout(resolve, 100)); }
    await nango.batchSave([{ id: 'never' }], 'Contact');
};
"#;

const QUICK: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    await nango.batchSave([{ id: 'a', name: 'A' }], 'Contact');
};
"#;

async fn deploy(world: &World, name: &str, js: &str) {
    world.integration("gh", "mockhub").await;
    let (status, body) = world
        .import(
            json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-1" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let mut flow = common::flow(name, "sync", js, None, &["Contact"]);
    flow["endpoints"] = json!([{ "method": "GET", "path": "/contacts-cache" }]);
    let (status, body) = world
        .dev(
            "POST",
            "/sync/deploy",
            Some(json!({ "flowConfigs": [flow], "reconcile": true })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

async fn sync_status(browser: &Browser, name: &str) -> Value {
    let (status, page) = browser
        .get(
            "dev",
            "/dashboard/api/connection?provider_config_key=gh&connection_id=c1",
        )
        .await;
    assert_eq!(status, 200, "{page}");
    page["syncs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .cloned()
        .unwrap_or(Value::Null)
}

async fn wait_for(browser: &Browser, name: &str, wanted: &str) -> Value {
    for _ in 0..300 {
        let sync = sync_status(browser, name).await;
        if sync["status"] == wanted {
            return sync;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{name} never became {wanted}: {}",
        sync_status(browser, name).await
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_running_sync_is_cancelled_from_the_dashboard() {
    let world = World::running().await;
    deploy(&world, "slow", SLOW).await;
    let browser = Browser::login(&world).await;
    let cancel = json!({ "provider_config_key": "gh", "connection_id": "c1", "sync": "slow" });
    let running = wait_for(&browser, "slow", "RUNNING").await;
    assert_eq!(running["models"], json!(["Contact"]));
    // Wait until the script itself runs (its log line), not only the queued job.
    for _ in 0..200 {
        if world.state.running.count() > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let (status, body) = browser
        .change("dev", "POST", "/dashboard/api/sync/cancel", cancel.clone())
        .await;
    assert_eq!(status, 200, "{body}");
    let ended = wait_for(&browser, "slow", "ERROR").await;
    assert_eq!(ended["latestError"], "cancelled: cancelled by a user");
    assert!(ended["last_started_at"].is_string());
    let (status, body) = browser
        .change("dev", "POST", "/dashboard/api/sync/cancel", cancel)
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("sync_not_running"))
    );
    // Not retried: no record, and the run's log says it started.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sync_status(&browser, "slow").await["status"], "ERROR");
    let (_, logs) = browser
        .get("dev", "/logs/operations?kind=sync&connection=c1")
        .await;
    assert_eq!(logs["data"].as_array().unwrap().len(), 1, "{logs}");
    assert_eq!(logs["data"][0]["status"], "failed");
}

type Received = Arc<Mutex<Vec<(String, Value)>>>;

async fn receiver(name: &'static str, got: Received) -> String {
    async fn receive(
        State((name, got)): State<(&'static str, Received)>,
        request: Request,
    ) -> &'static str {
        let body = axum::body::to_bytes(request.into_body(), 1 << 20)
            .await
            .unwrap();
        got.lock()
            .unwrap()
            .push((name.to_string(), serde_json::from_slice(&body).unwrap()));
        "ok"
    }
    serve(Router::new().fallback(receive).with_state((name, got))).await
}

#[tokio::test(flavor = "multi_thread")]
async fn webhooks_go_to_both_urls_and_their_switches_are_kept() {
    let world = World::running().await;
    let got = Received::default();
    let primary = receiver("primary", got.clone()).await;
    let secondary = receiver("secondary", got.clone()).await;
    let browser = Browser::login(&world).await;
    let (status, body) = browser
        .change(
            "dev",
            "PATCH",
            "/environment",
            json!({
                "webhook_url": primary, "webhook_url_secondary": secondary,
                "webhook_on_sync_success_always": true, "webhook_on_sync_error": false
            }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, environment) = world.dev("GET", "/environment", None).await;
    assert_eq!(environment["webhook_url_secondary"], secondary.as_str());
    assert_eq!(environment["webhook_on_sync_success_always"], true);
    assert_eq!(environment["webhook_on_sync_error"], false);
    let (status, bad) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_url_secondary": "ftp://x" })),
        )
        .await;
    assert_eq!(status, 400, "{bad}");

    deploy(&world, "quick", QUICK).await;
    // The first run adds a record: one webhook to each URL.
    for _ in 0..200 {
        if got.lock().unwrap().len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let first: Vec<(String, Value)> = got.lock().unwrap().drain(..).collect();
    let mut names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
    names.sort();
    assert_eq!(names, ["primary", "secondary"], "{first:?}");
    assert_eq!(first[0].1["responseResults"]["added"], 1);
    // A run that changes nothing still sends one, as asked.
    let (status, _) = world
        .dev(
            "POST",
            "/sync/trigger",
            Some(json!({ "provider_config_key": "gh", "connection_id": "c1", "syncs": ["quick"] })),
        )
        .await;
    assert_eq!(status, 200);
    for _ in 0..200 {
        if got.lock().unwrap().len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let second: Vec<(String, Value)> = got.lock().unwrap().drain(..).collect();
    assert_eq!(second.len(), 2, "{second:?}");
    assert_eq!(
        second[0].1["responseResults"],
        json!({ "added": 0, "updated": 0, "deleted": 0 })
    );

    // Deliveries are operations of the logs, charted on the home page.
    let (_, webhooks) = browser.get("dev", "/logs/operations?kind=webhook").await;
    assert_eq!(webhooks["data"].as_array().unwrap().len(), 4, "{webhooks}");
    assert!(
        webhooks["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["status"] == "success")
    );
    let (_, activity) = browser.get("dev", "/dashboard/api/activity?hours=24").await;
    let sum = |kind: &str, outcome: &str| -> i64 {
        activity["buckets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b[kind][outcome].as_i64().unwrap())
            .sum()
    };
    assert_eq!(sum("webhook", "success"), 4);
    assert_eq!(sum("sync", "success"), 2);
    assert_eq!(sum("deploy", "success"), 1);
    assert_eq!(activity["bucket_secs"], 3600);
    assert_eq!(activity["buckets"].as_array().unwrap().len(), 25);
    let (_, week) = browser
        .get("dev", "/dashboard/api/activity?hours=168")
        .await;
    assert_eq!(week["bucket_secs"], 86_400);
    let (status, _) = browser.get("dev", "/dashboard/api/activity?hours=0").await;
    assert_eq!(status, 400);
    // The overview knows something is deployed; prod does not.
    let (_, overview) = browser.get("dev", "/dashboard/api/overview").await;
    assert_eq!(
        (overview["syncs"].as_i64(), overview["connections"].as_i64()),
        (Some(1), Some(1))
    );
    assert!(overview["deployed_at"].is_string());
    let (_, prod) = browser.get("prod", "/dashboard/api/overview").await;
    assert_eq!(prod["deployed_at"], Value::Null);
    // The Endpoints tab's view of the script.
    let (_, detail) = browser.get("dev", "/dashboard/api/integrations/gh").await;
    let script = &detail["scripts"][0];
    assert_eq!(script["name"], "quick");
    assert_eq!(
        script["endpoints"][0],
        json!({ "method": "GET", "path": "/contacts-cache" })
    );
    assert_eq!(script["models"][0]["name"], "Contact");
    assert_eq!(detail["connections"][0]["syncs"][0]["name"], "quick");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_logs_are_filtered_searched_and_polled() {
    let world = World::running().await;
    deploy(&world, "quick", QUICK).await;
    let browser = Browser::login(&world).await;
    for _ in 0..200 {
        let (_, syncs) = browser
            .get("dev", "/logs/operations?kind=sync&status=success")
            .await;
        if !syncs["data"].as_array().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let (_, all) = browser.get("dev", "/logs/operations").await;
    let kinds: Vec<&str> = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"deploy") && kinds.contains(&"sync"),
        "{kinds:?}"
    );
    let newest = all["data"][0]["id"].as_i64().unwrap();
    let (_, none_newer) = browser
        .get("dev", &format!("/logs/operations?after={newest}"))
        .await;
    assert_eq!(none_newer["data"], json!([]));
    let (_, older) = browser
        .get("dev", &format!("/logs/operations?before={newest}&limit=1"))
        .await;
    assert_eq!(older["data"].as_array().unwrap().len(), 1);
    assert!(older["data"][0]["id"].as_i64().unwrap() < newest);
    let (_, searched) = browser.get("dev", "/logs/operations?search=quic").await;
    assert!(
        searched["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["name"] == "quick")
    );
    assert!(!searched["data"].as_array().unwrap().is_empty());
    let (_, other) = browser
        .get("dev", "/logs/operations?integration=nope")
        .await;
    assert_eq!(other["data"], json!([]));
    let (_, future) = browser
        .get("dev", "/logs/operations?since=2999-01-01T00:00:00Z")
        .await;
    assert_eq!(future["data"], json!([]));
    for bad in ["since=yesterday", "until="] {
        let (status, body) = browser.get("dev", &format!("/logs/operations?{bad}")).await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (400, Some("invalid_query")),
            "{bad}"
        );
    }
    let (_, prod) = browser.get("prod", "/logs/operations").await;
    assert_eq!(prod["data"], json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn with_the_dashboard_off_nothing_of_it_answers() {
    let world = World::without_dashboard().await;
    let http = Browser::client();
    for path in ["/dashboard/", "/dashboard/login", "/dashboard/api/me"] {
        let response = http
            .get(format!("{}{path}", world.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 404, "{path}");
    }
    let response = Browser::post_login(&world.base, DASHBOARD_USER, DASHBOARD_PASSWORD).await;
    assert_eq!(response.status().as_u16(), 404);
    let root = http.get(format!("{}/", world.base)).send().await.unwrap();
    assert_eq!(root.status().as_u16(), 200);
}
