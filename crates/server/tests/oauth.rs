//! End users connecting through OAuth, over HTTP and the frontend's websocket, against the mock
//! OAuth provider on loopback: the authorization-code flow with PKCE, its failures, client
//! credentials, OAuth 1.0a, refresh (ahead of expiry, concurrent, refused) and auth webhooks.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use common::{DEV, World, serve};
use futures_util::StreamExt;
use nango_mock_oauth::{CLIENT_ID, CLIENT_SECRET, MockOAuth};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

type Hooks = Arc<Mutex<Vec<Value>>>;

/// A webhook receiver that keeps every auth webhook it gets.
async fn hooks(world: &World) -> Hooks {
    async fn receive(State(got): State<Hooks>, request: Request) -> &'static str {
        let body = axum::body::to_bytes(request.into_body(), 1 << 20)
            .await
            .unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        if body["type"] == "auth" {
            got.lock().unwrap().push(body);
        }
        "ok"
    }
    let got = Hooks::default();
    let url = serve(Router::new().fallback(receive).with_state(got.clone())).await;
    let (status, _) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_url": format!("{url}/hooks") })),
        )
        .await;
    assert_eq!(status, 200);
    got
}

async fn wait_for_hooks(got: &Hooks, count: usize) -> Vec<Value> {
    for _ in 0..300 {
        if got.lock().unwrap().len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    got.lock().unwrap().clone()
}

async fn oauth_integration(world: &World, key: &str, provider: &str, scopes: &str) {
    let (status, body) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": key, "provider": provider, "credentials": { "type": "OAUTH2", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "scopes": scopes } })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

async fn session(world: &World, allowed: &[&str]) -> String {
    let (status, created) = world
        .dev(
            "POST",
            "/connect/sessions",
            Some(json!({
                "end_user": { "id": "u1", "email": "u1@example.com" },
                "organization": { "id": "org1" },
                "allowed_integrations": allowed,
                "tags": { "plan": "pro" },
            })),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    created["data"]["token"].as_str().unwrap().to_string()
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The frontend's websocket: connected, acknowledged with its id.
async fn listen(world: &World) -> (Socket, String) {
    let url = world.base.replace("http://", "ws://") + "/";
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let ack = next_message(&mut socket).await;
    assert_eq!(ack["message_type"], "connection_ack", "{ack}");
    let id = ack["ws_client_id"].as_str().unwrap().to_string();
    (socket, id)
}

async fn next_message(socket: &mut Socket) -> Value {
    let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .expect("a message within 10 s")
        .unwrap()
        .unwrap();
    match message {
        Message::Text(text) => serde_json::from_str(&text).unwrap(),
        other => panic!("not a text message: {other:?}"),
    }
}

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn query_of(url: &str) -> HashMap<String, String> {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect()
}

/// GET without following redirects: (status, Location, body).
async fn visit(url: &str) -> (u16, Option<String>, String) {
    let response = no_redirects().get(url).send().await.unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    (status, location, response.text().await.unwrap())
}

/// The popup's path: `/oauth/connect` → the provider's page → the decision → the callback.
/// Returns the authorization URL's query and the callback's (status, page).
async fn popup(
    world: &World,
    mock: &MockOAuth,
    start: &str,
    decision: &str,
) -> (HashMap<String, String>, u16, String) {
    let (status, location, page) = visit(&format!("{}{start}", world.base)).await;
    assert_eq!(status, 302, "{page}");
    let authorize = location.unwrap();
    assert!(authorize.starts_with(&mock.url), "{authorize}");
    let query = query_of(&authorize);
    let decide = authorize.replacen("/authorize?", &format!("/decide?decision={decision}&"), 1);
    let (status, callback, _) = visit(&decide).await;
    // The mock provider's redirect back (axum's 303).
    assert_eq!(status, 303);
    let callback = callback.unwrap();
    assert!(
        callback.starts_with(&format!("{}/oauth/callback", world.base)),
        "{callback}"
    );
    let (status, _, page) = visit(&callback).await;
    (query, status, page)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_authorization_code_flow_connects_with_pkce_and_tells_the_frontend() {
    let (world, mock) = World::with_oauth().await;
    let got = hooks(&world).await;
    oauth_integration(&world, "mo", "mock-oauth2", "profile,email").await;
    let token = session(&world, &["mo"]).await;
    let (mut socket, ws) = listen(&world).await;

    let start = format!(
        "/oauth/connect/mo?connect_session_token={token}&ws_client_id={ws}&params[team]=blue&authorization_params[prompt]=consent"
    );
    let (query, status, page) = popup(&world, &mock, &start, "approve").await;
    // What the provider was asked: the app, the callback, the scopes joined by the separator,
    // PKCE, the catalog's extra parameter and the request's own.
    assert_eq!(query["client_id"], CLIENT_ID);
    assert_eq!(
        query["redirect_uri"],
        format!("{}/oauth/callback", world.base)
    );
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["scope"], "profile email");
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(query["code_challenge"].len(), 43);
    assert_eq!(query["access_type"], "offline");
    assert_eq!(query["prompt"], "consent");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("window.close()"), "{page}");

    // The frontend hears the result on its websocket.
    let result = next_message(&mut socket).await;
    assert_eq!(result["message_type"], "success", "{result}");
    assert_eq!(result["provider_config_key"], "mo");
    assert_eq!(result["is_pending"], false);
    let id = result["connection_id"].as_str().unwrap().to_string();

    // The connection: the token, the raw answer, the end user, the config.
    let (status, connection) = world
        .dev(
            "GET",
            &format!("/connections/{id}?provider_config_key=mo"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{connection}");
    let access = connection["credentials"]["access_token"].as_str().unwrap();
    assert!(access.starts_with("access-"), "{connection}");
    assert_eq!(connection["credentials"]["type"], "OAUTH2");
    assert!(connection["credentials"]["expires_at"].is_string());
    assert_eq!(connection["credentials"]["raw"]["scope"], "profile");
    assert_eq!(connection["connection_config"]["team"], "blue");
    assert_eq!(connection["end_user"]["id"], "u1");
    assert_eq!(connection["tags"]["plan"], "pro");

    // A proxied call carries the token.
    let (status, me) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/api/me",
            None,
            &[("connection-id", &id), ("provider-config-key", "mo")],
        )
        .await;
    assert_eq!((status, me["token"].as_str()), (200, Some(access)), "{me}");

    // The auth webhook.
    let hooks = wait_for_hooks(&got, 1).await;
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    let hook = &hooks[0];
    assert_eq!(hook["from"], "nango");
    assert_eq!(hook["operation"], "creation");
    assert_eq!(hook["success"], true);
    assert_eq!(hook["connectionId"], id.as_str());
    assert_eq!(hook["providerConfigKey"], "mo");
    assert_eq!(hook["authMode"], "OAUTH2");
    assert_eq!(
        hook["endUser"],
        json!({ "endUserId": "u1", "organizationId": "org1" })
    );

    // GET /integrations/:key shows the callback URL to register.
    let (_, integration) = world.dev("GET", "/integrations/mo", None).await;
    assert_eq!(
        integration["data"]["callback_url"],
        format!("{}/oauth/callback", world.base)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_failure_ends_the_flow_with_an_error_for_the_frontend() {
    let (world, mock) = World::with_oauth().await;
    let got = hooks(&world).await;
    oauth_integration(&world, "mo", "mock-oauth2", "profile").await;
    let (status, _) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "noapp", "provider": "mock-oauth2" })),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "key", "provider": "mock-apikey" })),
        )
        .await;
    assert_eq!(status, 200);
    let token = session(&world, &["mo", "noapp", "key"]).await;

    // Denied consent.
    let (mut socket, ws) = listen(&world).await;
    let start = format!("/oauth/connect/mo?connect_session_token={token}&ws_client_id={ws}");
    let (_, status, page) = popup(&world, &mock, &start, "deny").await;
    assert_eq!(status, 400);
    assert!(page.contains("access_denied"), "{page}");
    let result = next_message(&mut socket).await;
    assert_eq!(result["message_type"], "error");
    assert_eq!(result["error_type"], "oauth_denied");
    assert!(
        result["error_desc"]
            .as_str()
            .unwrap()
            .contains("The user denied access"),
        "{result}"
    );
    let hooks = wait_for_hooks(&got, 1).await;
    assert_eq!(
        (hooks[0]["success"].clone(), hooks[0]["operation"].clone()),
        (json!(false), json!("creation"))
    );
    assert_eq!(hooks[0]["error"]["type"], "oauth_denied");

    // The token endpoint refuses the code.
    mock.set(|b| b.refuse_code = true);
    let (mut socket, ws) = listen(&world).await;
    let start = format!("/oauth/connect/mo?connect_session_token={token}&ws_client_id={ws}");
    let (_, status, _) = popup(&world, &mock, &start, "approve").await;
    assert_eq!(status, 400);
    let result = next_message(&mut socket).await;
    assert_eq!(result["error_type"], "token_exchange_failed", "{result}");
    assert!(
        result["error_desc"]
            .as_str()
            .unwrap()
            .contains("invalid_grant"),
        "{result}"
    );
    mock.set(|b| b.refuse_code = false);

    // Errors before the provider: each ends the flow at once (no redirect).
    for (start, code) in [
        (
            format!("/oauth/connect/noapp?connect_session_token={token}"),
            "invalid_provider_config",
        ),
        (
            format!("/oauth/connect/key?connect_session_token={token}"),
            "invalid_auth_mode",
        ),
        (
            format!("/oauth/connect/missing?connect_session_token={token}"),
            "integration_not_allowed",
        ),
        (
            "/oauth/connect/mo?connect_session_token=nango_connect_session_nope".to_string(),
            "invalid_connect_session_token",
        ),
        (
            "/oauth/connect/mo".to_string(),
            "invalid_connect_session_token",
        ),
        (
            "/oauth/connect/mo?public_key=unknown&connection_id=c".to_string(),
            "invalid_public_key",
        ),
    ] {
        let (mut socket, ws) = listen(&world).await;
        let separator = if start.contains('?') { '&' } else { '?' };
        let (status, location, page) = visit(&format!(
            "{}{start}{separator}ws_client_id={ws}",
            world.base
        ))
        .await;
        assert_eq!((status, location), (400, None), "{start}: {page}");
        let result = next_message(&mut socket).await;
        assert_eq!(result["error_type"], code, "{start}: {result}");
    }

    // A callback with an unknown state, or the same state twice.
    let (status, _, page) = visit(&format!(
        "{}/oauth/callback?state=forged&code=x",
        world.base
    ))
    .await;
    assert_eq!(status, 400);
    assert!(page.contains("invalid_oauth_state"), "{page}");
    let (status, location, _) = visit(&format!(
        "{}/oauth/connect/mo?connect_session_token={token}",
        world.base
    ))
    .await;
    assert_eq!(status, 302);
    let authorize = location.unwrap();
    let decide = authorize.replacen("/authorize?", "/decide?decision=approve&", 1);
    let (_, callback, _) = visit(&decide).await;
    let callback = callback.unwrap();
    assert_eq!(visit(&callback).await.0, 200);
    let (status, _, page) = visit(&callback).await;
    assert_eq!(status, 400, "a state works once");
    assert!(page.contains("invalid_oauth_state"), "{page}");
}

#[tokio::test(flavor = "multi_thread")]
async fn basic_client_auth_scope_separators_and_token_response_config() {
    let (world, mock) = World::with_oauth().await;
    mock.set(|b| b.basic_client_auth = true);
    oauth_integration(&world, "sf", "mock-oauth2-basic", "api,refresh_token").await;
    // An older frontend: the public key and its own connection id.
    let (_, environment) = world.dev("GET", "/environment", None).await;
    let public_key = environment["public_key"].as_str().unwrap();
    let start = format!("/oauth/connect/sf?public_key={public_key}&connection_id=acme");
    let (query, status, page) = popup(&world, &mock, &start, "approve").await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(query["scope"], "api,refresh_token");
    assert!(
        !query.contains_key("code_challenge"),
        "disable_pkce: {query:?}"
    );
    let (_, connection) = world
        .dev("GET", "/connections/acme?provider_config_key=sf", None)
        .await;
    assert_eq!(
        connection["connection_config"]["instance_url"], "http://127.0.0.1:1/instance",
        "{connection}"
    );
    assert!(connection["end_user"].is_null(), "{connection}");
}

#[tokio::test(flavor = "multi_thread")]
async fn client_credentials_connect_and_fetch_a_new_token_when_it_expires() {
    let (world, mock) = World::with_oauth().await;
    let (status, _) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "cc", "provider": "mock-cc" })),
        )
        .await;
    assert_eq!(status, 200);
    let token = session(&world, &["cc"]).await;
    let path = format!("/oauth2/auth/cc?connect_session_token={token}&connection_id=svc");
    let (status, body) = world
        .call(
            None,
            "POST",
            &path,
            Some(json!({ "client_id": "abc", "client_secret": "wrong" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (424, json!("token_exchange_failed")),
        "{body}"
    );
    mock.set(|b| b.expires_in = 60);
    let (status, body) = world
        .call(
            None,
            "POST",
            &path,
            Some(json!({ "client_id": "abc", "client_secret": "cba" })),
            &[],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        json!({ "providerConfigKey": "cc", "connectionId": "svc" })
    );
    // The token expires within the refresh margin: reading it fetches a new one.
    mock.set(|b| b.expires_in = 3600);
    let (status, connection) = world
        .dev("GET", "/connections/svc?provider_config_key=cc", None)
        .await;
    assert_eq!(status, 200, "{connection}");
    assert_eq!(connection["credentials"]["type"], "OAUTH2_CC");
    assert!(
        mock.token_requests("client_credentials") >= 3,
        "one refused, one made, one renewed"
    );
    let (status, me) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/api/me",
            None,
            &[("connection-id", "svc"), ("provider-config-key", "cc")],
        )
        .await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["token"], connection["credentials"]["token"]);
    // Another mode's route is refused clearly.
    let (status, body) = world
        .call(
            None,
            "POST",
            &format!("/api-auth/api-key/cc?connect_session_token={token}"),
            Some(json!({ "apiKey": "k" })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("invalid_auth_mode"))
    );
    let (status, body) = world
        .call(
            None,
            "POST",
            &format!("/auth/tba/cc?connect_session_token={token}"),
            Some(json!({})),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("unsupported_auth_mode"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn oauth1_three_legs_and_signed_proxied_calls() {
    let (world, mock) = World::with_oauth().await;
    oauth_integration(&world, "o1", "mock-oauth1", "").await;
    let token = session(&world, &["o1"]).await;
    let (mut socket, ws) = listen(&world).await;
    let start = format!(
        "/oauth/connect/o1?connect_session_token={token}&ws_client_id={ws}&connection_id=tw"
    );
    let (query, status, page) = popup(&world, &mock, &start, "approve").await;
    assert!(query["oauth_token"].starts_with("rt-"), "{query:?}");
    assert_eq!(status, 200, "{page}");
    let result = next_message(&mut socket).await;
    assert_eq!(
        (
            result["message_type"].clone(),
            result["connection_id"].clone()
        ),
        (json!("success"), json!("tw"))
    );
    let (_, connection) = world
        .dev("GET", "/connections/tw?provider_config_key=o1", None)
        .await;
    assert_eq!(connection["credentials"]["type"], "OAUTH1");
    assert!(
        connection["credentials"]["oauth_token"]
            .as_str()
            .unwrap()
            .starts_with("at-")
    );
    let (status, me) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/api/me?fields=id",
            None,
            &[("connection-id", "tw"), ("provider-config-key", "o1")],
        )
        .await;
    assert_eq!((status, me["via"].clone()), (200, json!("oauth1")), "{me}");
    assert_eq!(mock.get(|b| b.bad_signatures), 0);
}

/// Connects `mo` through the flow with tokens that live `expires_in` seconds; its id.
async fn connected(world: &World, mock: &MockOAuth, expires_in: u64) -> String {
    oauth_integration(world, "mo", "mock-oauth2", "profile").await;
    mock.set(|b| b.expires_in = expires_in);
    let token = session(world, &["mo"]).await;
    let start = format!("/oauth/connect/mo?connect_session_token={token}&connection_id=c1");
    let (_, status, page) = popup(world, mock, &start, "approve").await;
    assert_eq!(status, 200, "{page}");
    mock.set(|b| b.expires_in = 3600);
    "c1".to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn tokens_are_refreshed_ahead_of_expiry_by_the_background_job() {
    let (world, mock) = World::with_oauth().await;
    // Expires in 8 minutes: outside the 5-minute margin of reads, inside the job's 10.
    let id = connected(&world, &mock, 480).await;
    for _ in 0..200 {
        if mock.token_requests("refresh_token") > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(
        mock.token_requests("refresh_token"),
        1,
        "refreshed once, by the job"
    );
    // The provider answered; the job stores the new token a moment later.
    let mut connection = Value::Null;
    for _ in 0..200 {
        connection = world
            .dev(
                "GET",
                &format!("/connections/{id}?provider_config_key=mo"),
                None,
            )
            .await
            .1;
        let expires =
            humantime::parse_rfc3339(connection["credentials"]["expires_at"].as_str().unwrap())
                .unwrap();
        if expires > std::time::SystemTime::now() + Duration::from_secs(3000) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let expires =
        humantime::parse_rfc3339(connection["credentials"]["expires_at"].as_str().unwrap())
            .unwrap();
    assert!(
        expires > std::time::SystemTime::now() + Duration::from_secs(3000),
        "{connection}"
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(mock.token_requests("refresh_token"), 1, "and not again");
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_reads_of_an_expiring_token_make_one_refresh() {
    // No background job: only the readers refresh.
    let (world, mock) = World::with_oauth_idle().await;
    let id = connected(&world, &mock, 60).await;
    mock.set(|b| b.token_delay = Duration::from_millis(300));
    let world = Arc::new(world);
    let reads: Vec<_> = (0..8)
        .map(|_| {
            let world = world.clone();
            let id = id.clone();
            tokio::spawn(async move {
                world
                    .dev(
                        "GET",
                        &format!("/connections/{id}?provider_config_key=mo"),
                        None,
                    )
                    .await
            })
        })
        .collect();
    let mut tokens = Vec::new();
    for read in reads {
        let (status, connection) = read.await.unwrap();
        assert_eq!(status, 200, "{connection}");
        tokens.push(connection["credentials"]["access_token"].clone());
    }
    assert_eq!(
        mock.token_requests("refresh_token"),
        1,
        "one token request for eight readers"
    );
    assert!(tokens.windows(2).all(|w| w[0] == w[1]), "{tokens:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_refresh_marks_the_connection_and_sends_one_webhook() {
    let (world, mock) = World::with_oauth().await;
    let got = hooks(&world).await;
    let id = connected(&world, &mock, 60).await;
    wait_for_hooks(&got, 1).await;
    mock.set(|b| b.refuse_refresh = true);
    let (status, body) = world
        .dev(
            "GET",
            &format!("/connections/{id}?provider_config_key=mo"),
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (424, json!("refresh_token_external_error")),
        "{body}"
    );
    let (_, list) = world.dev("GET", "/connections", None).await;
    let errors = &list["connections"][0]["errors"];
    assert_eq!(errors[0]["type"], "auth", "{list}");
    let log_id = errors[0]["log_id"].as_str().unwrap();
    let (status, operation) = world
        .dev("GET", &format!("/logs/operations/{log_id}"), None)
        .await;
    assert_eq!(status, 200, "{operation}");
    assert!(
        operation["data"]["logs"][0]["message"]
            .as_str()
            .unwrap()
            .contains("invalid_grant"),
        "{operation}"
    );
    // A second failure is no news: no second webhook.
    let (status, _) = world
        .dev(
            "GET",
            &format!("/connections/{id}?provider_config_key=mo"),
            None,
        )
        .await;
    assert_eq!(status, 424);
    let hooks = wait_for_hooks(&got, 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let hooks_after = got.lock().unwrap().clone();
    assert_eq!(hooks_after.len(), 2, "{hooks_after:?}");
    let refresh = &hooks[1];
    assert_eq!(refresh["operation"], "refresh");
    assert_eq!(refresh["success"], false);
    assert_eq!(refresh["error"]["type"], "refresh_token_external_error");
    assert_eq!(refresh["connectionId"], id.as_str());
    // A new consent clears the error.
    mock.set(|b| b.refuse_refresh = false);
    let token = session(&world, &["mo"]).await;
    let start = format!("/oauth/connect/mo?connect_session_token={token}&connection_id=c1");
    let (_, status, _) = popup(&world, &mock, &start, "approve").await;
    assert_eq!(status, 200);
    let (_, list) = world.dev("GET", "/connections", None).await;
    assert_eq!(list["connections"][0]["errors"], json!([]), "{list}");
    let hooks = wait_for_hooks(&got, 3).await;
    assert_eq!(hooks[2]["operation"], "override");
}

#[tokio::test(flavor = "multi_thread")]
async fn jwt_connections_are_signed_from_the_end_users_keys() {
    let (world, _mock) = World::with_oauth().await;
    let (status, _) = world
        .dev(
            "POST",
            "/integrations",
            Some(json!({ "unique_key": "gj", "provider": "mock-jwt" })),
        )
        .await;
    assert_eq!(status, 200);
    let token = session(&world, &["gj"]).await;
    let path = format!("/auth/jwt/gj?connect_session_token={token}&connection_id=site");
    let (status, body) = world
        .call(
            None,
            "POST",
            &path,
            Some(json!({ "type": "JWT", "privateKey": { "id": "key-1", "secret": "zz" } })),
            &[],
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("missing_credentials")),
        "{body}"
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("hexadecimal"),
        "{body}"
    );
    let keys = json!({ "type": "JWT", "privateKey": { "id": "key-1", "secret": nango_mock_oauth::JWT_SECRET_HEX } });
    let (status, body) = world.call(None, "POST", &path, Some(keys), &[]).await;
    assert_eq!(status, 200, "{body}");
    let (status, me) = world
        .call(
            Some(DEV),
            "GET",
            "/proxy/jwt/me",
            None,
            &[("connection-id", "site"), ("provider-config-key", "gj")],
        )
        .await;
    assert_eq!((status, me["via"].clone()), (200, json!("jwt")), "{me}");
    let (_, connection) = world
        .dev("GET", "/connections/site?provider_config_key=gj", None)
        .await;
    assert_eq!(connection["credentials"]["type"], "JWT");
    assert!(
        connection["credentials"]["token"]
            .as_str()
            .unwrap()
            .split('.')
            .count()
            == 3
    );
    // Read again, it is the same token; forced, a new one (a second later: a new `iat`).
    let before = connection["credentials"]["token"].clone();
    let (_, again) = world
        .dev("GET", "/connections/site?provider_config_key=gj", None)
        .await;
    assert_eq!(again["credentials"]["token"], before);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, forced) = world
        .dev(
            "GET",
            "/connections/site?provider_config_key=gj&force_refresh=true",
            None,
        )
        .await;
    assert_eq!(status, 200, "{forced}");
    assert_ne!(forced["credentials"]["token"], before);
}

#[tokio::test(flavor = "multi_thread")]
async fn connection_config_inputs_fill_the_providers_urls() {
    let (world, mock) = World::with_oauth().await;
    oauth_integration(&world, "tenant", "mock-tenant", "profile").await;
    let token = session(&world, &["tenant"]).await;
    // Without its subdomain the flow cannot start, and says which value is missing.
    let (mut socket, ws) = listen(&world).await;
    let (status, _, page) = visit(&format!(
        "{}/oauth/connect/tenant?connect_session_token={token}&ws_client_id={ws}",
        world.base
    ))
    .await;
    assert_eq!(status, 400, "{page}");
    let result = next_message(&mut socket).await;
    assert_eq!(
        result["error_type"], "missing_connection_config",
        "{result}"
    );
    assert!(
        result["error_desc"]
            .as_str()
            .unwrap()
            .contains("connectionConfig.subdomain"),
        "{result}"
    );
    // With it, the authorization URL has it and the connection keeps it.
    let start = format!(
        "/oauth/connect/tenant?connect_session_token={token}&params[subdomain]=acme&connection_id=t1"
    );
    let (query, status, page) = popup(&world, &mock, &start, "approve").await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(query["tenant"], "acme");
    let (_, connection) = world
        .dev("GET", "/connections/t1?provider_config_key=tenant", None)
        .await;
    assert_eq!(connection["connection_config"]["subdomain"], "acme");
    // The Connect UI asks for it.
    let (status, listed) = world
        .call(Some(&token), "GET", "/connect/integrations", None, &[])
        .await;
    assert_eq!(status, 200, "{listed}");
    assert_eq!(
        listed["data"][0]["connection_config"]["subdomain"]["title"],
        "Subdomain"
    );
    assert_eq!(listed["data"][0]["auth_mode"], "OAUTH2");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_environment_decides_which_auth_webhooks_are_sent() {
    let (world, mock) = World::with_oauth().await;
    let got = hooks(&world).await;
    let (status, _) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_on_auth_creation": false })),
        )
        .await;
    assert_eq!(status, 200);
    let (_, environment) = world.dev("GET", "/environment", None).await;
    assert_eq!(environment["webhook_on_auth_creation"], false);
    assert_eq!(environment["webhook_on_auth_refresh_error"], true);
    let id = connected(&world, &mock, 60).await;
    mock.set(|b| b.refuse_refresh = true);
    let (status, _) = world
        .dev(
            "GET",
            &format!("/connections/{id}?provider_config_key=mo"),
            None,
        )
        .await;
    assert_eq!(status, 424);
    let hooks = wait_for_hooks(&got, 1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let hooks_after = got.lock().unwrap().clone();
    assert_eq!(
        hooks_after.len(),
        1,
        "no creation webhook, one refresh webhook: {hooks_after:?}"
    );
    assert_eq!(hooks[0]["operation"], "refresh");
}
