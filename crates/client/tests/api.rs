//! The client against a mock Nango server on 127.0.0.1 answering as the real one does.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nango_client::{ClientError, NangoClient};
use nango_proxy::{ProxyRequest, RequestBody};
use serde_json::{Value, json};

type Log = Arc<Mutex<Vec<(String, String, Vec<(String, String)>, String)>>>;

async fn nango(State((log, legacy)): State<(Log, bool)>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = String::from_utf8_lossy(&axum::body::to_bytes(body, usize::MAX).await.unwrap())
        .into_owned();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or_default().to_string();
    let headers = parts
        .headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or_default().to_string()))
        .collect();
    log.lock().unwrap().push((
        parts.method.to_string(),
        format!("{path}?{query}"),
        headers,
        body,
    ));
    if parts
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        != Some("Bearer secret")
    {
        return (StatusCode::UNAUTHORIZED, axum::Json(json!({ "error": { "code": "unknown_account", "message": "Authentication failed" } }))).into_response();
    }
    match (parts.method.as_str(), path.as_str()) {
        ("GET", "/connection/conn-1") => axum::Json(json!({ "connection_id": "conn-1", "credentials": { "type": "OAUTH2", "access_token": "tok" } })).into_response(),
        ("GET", "/connection/nope") => (StatusCode::NOT_FOUND, axum::Json(json!({ "error": { "code": "not_found", "message": "Connection not found" } }))).into_response(),
        ("GET", "/integrations/github") if !legacy => axum::Json(json!({ "data": { "unique_key": "github", "provider": "github" } })).into_response(),
        ("GET", "/config/github") => axum::Json(json!({ "config": { "provider": "github" } })).into_response(),
        ("GET", p) if p.starts_with("/proxy/") => (StatusCode::CREATED, [("x-provider", "yes")], format!("proxied {p}")).into_response(),
        _ => (StatusCode::NOT_FOUND, axum::Json(json!({ "error": { "code": "not_found", "message": "no route" } }))).into_response(),
    }
}

async fn server(legacy: bool) -> (String, Log) {
    let log = Log::default();
    let app = Router::new()
        .fallback(nango)
        .with_state((log.clone(), legacy));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (base, log)
}

#[tokio::test]
async fn connections_and_errors() {
    let (base, log) = server(false).await;
    let client = NangoClient::new(&format!("{base}/"), "secret")
        .unwrap()
        .dry_run();
    let connection = client
        .get_connection("github", "conn-1", false)
        .await
        .unwrap();
    assert_eq!(connection["credentials"]["access_token"], "tok");
    let (_, path, headers, _) = log.lock().unwrap()[0].clone();
    assert_eq!(
        path,
        "/connection/conn-1?provider_config_key=github&force_refresh=false&refresh_token=false"
    );
    assert!(headers.contains(&("nango-is-dry-run".into(), "true".into())));

    let err = client
        .get_connection("github", "nope", false)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert!(err.to_string().contains("Connection not found"), "{err}");

    let wrong_key = NangoClient::new(&base, "wrong").unwrap();
    let err = wrong_key
        .get_connection("github", "conn-1", false)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, ClientError::Status { status: 401, message, .. } if message == "Authentication failed"),
        "{err:?}"
    );
}

#[tokio::test]
async fn integrations_fall_back_to_the_legacy_config_path() {
    let (base, _) = server(false).await;
    let client = NangoClient::new(&base, "secret").unwrap();
    assert_eq!(
        client.get_integration("github", &[]).await.unwrap()["unique_key"],
        "github"
    );
    let (base, log) = server(true).await;
    let client = NangoClient::new(&base, "secret").unwrap();
    assert_eq!(
        client.get_integration("github", &[]).await.unwrap(),
        json!({ "provider": "github" })
    );
    let paths: Vec<String> = log.lock().unwrap().iter().map(|r| r.1.clone()).collect();
    assert_eq!(paths, ["/integrations/github?", "/config/github?"]);
}

#[tokio::test]
async fn proxy_calls_carry_nangos_headers() {
    let (base, log) = server(false).await;
    let client = NangoClient::new(&base, "secret").unwrap();
    let request = ProxyRequest {
        method: "GET".into(),
        endpoint: "/user/repos".into(),
        params: vec![("per_page".into(), "10".into())],
        headers: vec![("X-Custom".into(), "y".into())],
        retries: 2,
        data: Some(RequestBody::Json(Value::Null)),
        ..ProxyRequest::default()
    };
    let response = client.proxy("github", "conn-1", &request).await.unwrap();
    assert_eq!(response.status, 201);
    assert_eq!(response.body, b"proxied /proxy/user/repos");
    assert_eq!(response.header("x-provider"), Some("yes"));
    let (_, path, headers, _) = log.lock().unwrap()[0].clone();
    assert_eq!(path, "/proxy/user/repos?per_page=10");
    for expected in [
        ("connection-id", "conn-1"),
        ("provider-config-key", "github"),
        ("nango-proxy-x-custom", "y"),
        ("retries", "2"),
        ("base-url-override", ""),
    ] {
        assert!(
            headers.contains(&(expected.0.to_string(), expected.1.to_string())),
            "{expected:?} in {headers:?}"
        );
    }
}

#[tokio::test]
async fn an_unreachable_server_says_where() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let err = NangoClient::new(&base, "secret")
        .unwrap()
        .environment_variables()
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("cannot reach the Nango server at {base}")),
        "{err}"
    );
}
