//! The proxy against a mock provider API on 127.0.0.1: credential injection per auth mode,
//! provider templates, retries and rate-limit waits.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use nango_providers::Catalog;
use nango_proxy::{Connection, ProviderClient, ProxyRequest, RequestBody};
use serde_json::{Value, json};

/// One request the mock saw: method, path and query, headers, body.
type SeenRequest = (String, String, HeaderMap, String);

#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<SeenRequest>>>);

async fn mock(
    State((seen, plan)): State<(Seen, Arc<Mutex<Vec<Response>>>)>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let uri = parts
        .uri
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    seen.0.lock().unwrap().push((
        parts.method.to_string(),
        uri,
        parts.headers,
        String::from_utf8_lossy(&body).into_owned(),
    ));
    let mut plan = plan.lock().unwrap();
    if plan.is_empty() {
        (StatusCode::OK, axum::Json(json!({ "ok": true }))).into_response()
    } else {
        plan.remove(0)
    }
}

/// A mock provider answering the planned responses in order, then `{"ok": true}`.
async fn server(plan: Vec<Response>) -> (String, Seen) {
    let seen = Seen::default();
    let app = Router::new()
        .fallback(mock)
        .with_state((seen.clone(), Arc::new(Mutex::new(plan))));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (base, seen)
}

fn catalog(base: &str) -> Catalog {
    let yaml = format!(
        "oauth-api:
    auth_mode: OAUTH2
    authorization_url: https://auth.test/authorize
    token_url: https://auth.test/token
    proxy:
        base_url: {base}/v1
keyed-api:
    auth_mode: API_KEY
    proxy:
        base_url: {base}/${{connectionConfig.region}}
        headers:
            x-api-key: ${{apiKey}}
        query:
            key: ${{apiKey}}
basic-api:
    auth_mode: BASIC
    proxy:
        base_url: {base}
        retry:
            at: x-ratelimit-reset
"
    );
    Catalog::from_yaml("test-providers.yaml", &yaml).unwrap()
}

fn get(endpoint: &str) -> ProxyRequest {
    ProxyRequest {
        method: "GET".into(),
        endpoint: endpoint.into(),
        ..ProxyRequest::default()
    }
}

fn client() -> ProviderClient {
    ProviderClient::new()
        .unwrap()
        .with_backoff_base(Duration::from_millis(10))
}

fn oauth() -> Connection {
    Connection {
        provider: "oauth-api".into(),
        credentials: json!({ "type": "OAUTH2", "access_token": "tok" }),
        ..Connection::default()
    }
}

#[tokio::test]
async fn oauth2_bearer_params_headers_and_json_body() {
    let (base, seen) = server(vec![]).await;
    let catalog = catalog(&base);
    let request = ProxyRequest {
        method: "POST".into(),
        endpoint: "/issues".into(),
        params: vec![("a".into(), "1 2".into())],
        headers: vec![("X-Custom".into(), "y".into())],
        data: Some(RequestBody::Json(json!({ "title": "t" }))),
        ..ProxyRequest::default()
    };
    let response = client()
        .send(catalog.get("oauth-api").unwrap(), &oauth(), &request)
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(
        serde_json::from_slice::<Value>(&response.body).unwrap(),
        json!({ "ok": true })
    );
    let seen = seen.0.lock().unwrap();
    let (method, uri, headers, body) = &seen[0];
    assert_eq!(
        (method.as_str(), uri.as_str()),
        ("POST", "/v1/issues?a=1+2")
    );
    assert_eq!(headers["authorization"], "Bearer tok");
    assert_eq!(headers["x-custom"], "y");
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(body, r#"{"title":"t"}"#);
}

#[tokio::test]
async fn api_keys_and_connection_config_fill_the_templates() {
    let (base, seen) = server(vec![]).await;
    let catalog = catalog(&base);
    let connection = Connection {
        provider: "keyed-api".into(),
        credentials: json!({ "type": "API_KEY", "apiKey": "k-1" }),
        connection_config: json!({ "region": "eu" }),
        ..Connection::default()
    };
    client()
        .send(
            catalog.get("keyed-api").unwrap(),
            &connection,
            &get("/items"),
        )
        .await
        .unwrap();
    {
        let seen = seen.0.lock().unwrap();
        assert_eq!(seen[0].1, "/eu/items?key=k-1");
        assert_eq!(seen[0].2["x-api-key"], "k-1");
        assert!(seen[0].2.get("authorization").is_none());
    }

    // The base URL needs the region: without it the request cannot be made.
    let missing = Connection {
        connection_config: json!({}),
        ..connection.clone()
    };
    let err = client()
        .send(catalog.get("keyed-api").unwrap(), &missing, &get("/items"))
        .await
        .unwrap_err();
    assert_eq!(err.code, "missing_connection_config");
    assert!(
        err.message.contains("connectionConfig.region"),
        "{}",
        err.message
    );
    // Headers and query parameters without a value are left out.
    let keyless = Connection {
        credentials: json!({ "type": "API_KEY" }),
        ..connection
    };
    client()
        .send(catalog.get("keyed-api").unwrap(), &keyless, &get("/items"))
        .await
        .unwrap();
    let seen = seen.0.lock().unwrap();
    assert_eq!(seen[1].1, "/eu/items");
    assert!(seen[1].2.get("x-api-key").is_none());
}

#[tokio::test]
async fn basic_auth_and_form_bodies() {
    let (base, seen) = server(vec![]).await;
    let catalog = catalog(&base);
    let connection = Connection {
        provider: "basic-api".into(),
        credentials: json!({ "type": "BASIC", "username": "u", "password": "p" }),
        ..Connection::default()
    };
    let request = ProxyRequest {
        method: "PUT".into(),
        endpoint: "/form".into(),
        data: Some(RequestBody::Text("a=1".into())),
        ..ProxyRequest::default()
    };
    client()
        .send(catalog.get("basic-api").unwrap(), &connection, &request)
        .await
        .unwrap();
    let seen = seen.0.lock().unwrap();
    assert_eq!(seen[0].2["authorization"], "Basic dTpw");
    assert_eq!(
        seen[0].2["content-type"],
        "application/x-www-form-urlencoded"
    );
    assert_eq!(seen[0].3, "a=1");
}

#[tokio::test]
async fn retries_on_5xx_and_429_with_retry_after() {
    let plan = vec![
        (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response(),
        (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "1")],
            "slow down",
        )
            .into_response(),
    ];
    let (base, seen) = server(plan).await;
    let catalog = catalog(&base);
    let started = Instant::now();
    let request = ProxyRequest {
        retries: 3,
        ..get("/flaky")
    };
    let response = client()
        .send(catalog.get("oauth-api").unwrap(), &oauth(), &request)
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(seen.0.lock().unwrap().len(), 3);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 was not honoured"
    );
}

#[tokio::test]
async fn without_retries_the_error_status_is_returned() {
    let (base, seen) = server(vec![(StatusCode::BAD_GATEWAY, "down").into_response()]).await;
    let response = client()
        .send(
            catalog(&base).get("oauth-api").unwrap(),
            &oauth(),
            &get("/x"),
        )
        .await
        .unwrap();
    assert_eq!(response.status, 502);
    assert_eq!(response.body, b"down");
    assert_eq!(seen.0.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn client_errors_of_non_idempotent_calls_are_never_retried() {
    let plan = vec![
        (StatusCode::CONFLICT, "exists").into_response(),
        (StatusCode::CONFLICT, "exists").into_response(),
    ];
    let (base, seen) = server(plan).await;
    let catalog = catalog(&base);
    let post = ProxyRequest {
        method: "POST".into(),
        retries: 3,
        retry_on: vec![409],
        ..get("/create")
    };
    let response = client()
        .send(catalog.get("oauth-api").unwrap(), &oauth(), &post)
        .await
        .unwrap();
    assert_eq!(response.status, 409);
    assert_eq!(seen.0.lock().unwrap().len(), 1);
    // The same status on an idempotent call is retried when the script asks.
    let put = ProxyRequest {
        method: "PUT".into(),
        ..post
    };
    let response = client()
        .send(catalog.get("oauth-api").unwrap(), &oauth(), &put)
        .await
        .unwrap();
    assert_eq!(response.status, 200);
}

#[tokio::test]
async fn the_providers_reset_header_paces_retries() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let reset = (now + 2).to_string();
    let plan = vec![
        (
            StatusCode::TOO_MANY_REQUESTS,
            [("x-ratelimit-reset", reset.as_str())],
            "",
        )
            .into_response(),
    ];
    let (base, _seen) = server(plan).await;
    let catalog = catalog(&base);
    let connection = Connection {
        provider: "basic-api".into(),
        credentials: json!({ "type": "BASIC", "username": "u", "password": "p" }),
        ..Connection::default()
    };
    let started = Instant::now();
    let response = client()
        .send(
            catalog.get("basic-api").unwrap(),
            &connection,
            &ProxyRequest {
                retries: 1,
                ..get("/x")
            },
        )
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn network_errors_are_retried_then_reported() {
    // A port nothing listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let catalog = catalog(&base);
    let err = client()
        .send(
            catalog.get("oauth-api").unwrap(),
            &oauth(),
            &ProxyRequest {
                retries: 2,
                ..get("/x")
            },
        )
        .await
        .unwrap_err();
    assert_eq!(err.code, "connection_failed");
    assert!(
        err.message.starts_with("GET http://127.0.0.1:"),
        "{}",
        err.message
    );
}
