//! The API's request bodies and query strings: the input's first byte picks an operation of
//! the OpenAPI document (proxy routes aside: they call providers), the rest is its JSON body
//! or, for an operation without one, its query string. Sent with the `dev` key to the router
//! of a server on a fresh SQLite data folder, it must never be answered with a 500 (a panic
//! is one) nor, unless the answer is a page for a person, with an error body without its
//! stable `code`.
#![no_main]

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, header};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

struct Api {
    runtime: tokio::runtime::Runtime,
    router: axum::Router,
    key: String,
    /// `(method, path with its parameters filled in, whether it takes a JSON body)`.
    operations: Vec<(String, String, bool)>,
}

fn api() -> &'static Api {
    static API: OnceLock<Api> = OnceLock::new();
    API.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut config = nango_server::ServerConfig {
            data_dir: tempfile::tempdir().unwrap().keep(),
            script_workers: 1,
            ..nango_server::ServerConfig::default()
        };
        config.settings.dashboard = false;
        let (state, setup) = runtime.block_on(nango_server::build(&config)).unwrap();
        let key = setup
            .created
            .iter()
            .find(|(name, ..)| name == "dev")
            .map(|(_, key, _)| key.clone())
            .unwrap();
        let mut operations = Vec::new();
        let document = nango_server::openapi();
        for (path, item) in document["paths"].as_object().unwrap() {
            if path.starts_with("/proxy") {
                continue;
            }
            let filled: String = path
                .split('/')
                .map(|segment| {
                    if segment.starts_with('{') {
                        "fuzz"
                    } else {
                        segment
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            for (method, operation) in item.as_object().unwrap() {
                let body = operation.get("requestBody").is_some();
                operations.push((method.to_uppercase(), filled.clone(), body));
            }
        }
        Api {
            runtime,
            router: nango_server::router(state),
            key,
            operations,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let api = api();
    let (method, path, takes_body) = &api.operations[usize::from(pick) % api.operations.len()];
    let (uri, body) = if *takes_body {
        (path.clone(), rest.to_vec())
    } else {
        let query: String = String::from_utf8_lossy(rest)
            .chars()
            .filter(|c| !c.is_control() && *c != ' ' && *c != '#')
            .collect();
        (format!("{path}?{query}"), Vec::new())
    };
    let Ok(request) = Request::builder()
        .method(method.as_str())
        .uri(&uri)
        .header(header::AUTHORIZATION, format!("Bearer {}", api.key))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
    else {
        return;
    };
    let response = api.runtime.block_on(async {
        let call = api.router.clone().oneshot(request);
        tokio::time::timeout(std::time::Duration::from_secs(20), call)
            .await
            .unwrap_or_else(|_| panic!("{method} {uri} did not answer in 20 s"))
            .unwrap()
    });
    let status = response.status();
    // The OAuth popup's and the dashboard's pages answer a person with a page.
    let page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    let bytes = api
        .runtime
        .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
        .unwrap();
    assert_ne!(
        status.as_u16(),
        500,
        "{method} {uri}: {}",
        String::from_utf8_lossy(&bytes)
    );
    if status.is_client_error() && !page {
        let error: serde_json::Value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| panic!("{method} {uri} {status}: not JSON"));
        assert!(
            error["error"]["code"].is_string(),
            "{method} {uri} {status}: no code in {error}"
        );
    }
});
