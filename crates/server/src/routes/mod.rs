//! The HTTP routes: thin handlers (parse a typed request, call the platform, map its error),
//! registered together with their OpenAPI description so that the document cannot drift from
//! the router.
//!
//! Every route is added through [`Routes`], which takes utoipa-axum's `routes!` (the handler
//! and its `#[utoipa::path]` description) and nothing else; aliases (`/connection…` beside
//! `/connections…` for nango@0.60.5 and the CLI's dryrun) are described as well. In debug
//! builds a request that reaches a route the document does not describe is a 500, so the test
//! suite fails when a route is added without being described.

mod actions;
mod connect;
mod connections;
mod dashboard;
mod deploy;
mod environment;
mod extract;
mod integrations;
mod oauth;
mod proxy;
mod records;
mod script_endpoints;
mod sync_control;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use axum::Json;
use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};

use crate::AppState;
use crate::error::{ApiError, ErrorBody, request_ids};
use crate::platform::{ErrorCode, PlatformError};

pub(crate) use dashboard::session_of;
pub(crate) use extract::{
    Body, ConnectionHeaders, Query, bearer, flag, nullable, nullable_whole_number, number, text,
};

/// The document's frame: title, security, shared schemas.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "nango-rs",
        description = "The Nango platform API as served by `nango server`: compatible with @nangohq/node and the nango CLI. Every error answers `{error: {code, message, payload?, upstream?, request_id?}}`."
    ),
    security(("secretKey" = [])),
    components(schemas(ErrorBody, Success)),
    modifiers(&SecretKey)
)]
struct ApiDoc;

struct SecretKey;

impl Modify for SecretKey {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "secretKey",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("The environment's secret key (`nango server keys`)"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "dashboardSession",
            SecurityScheme::ApiKey(utoipa::openapi::security::ApiKey::Cookie(
                utoipa::openapi::security::ApiKeyValue::with_description(
                    "nango_dashboard",
                    "The dashboard's login session (`POST /dashboard/login`); changes also send `X-CSRF-Token`",
                ),
            )),
        );
        components.add_security_scheme(
            "connectSession",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A connect session token (`POST /connect/sessions`), held by the end user's browser",
                    ))
                    .build(),
            ),
        );
    }
}

/// `{"success": true}`.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct Success {
    /// Always true.
    pub success: bool,
}

/// The success answer.
pub(crate) fn success() -> Json<Success> {
    Json(Success { success: true })
}

/// The largest deploy accepted: a project's bundles (each with its own copy of the packages it
/// imports) add up fast, past the 2 MB every other route takes.
const MAX_DEPLOY_BYTES: usize = 75 * 1024 * 1024;

/// Adds documented routes, and nothing else.
struct Routes(OpenApiRouter<AppState>);

impl Routes {
    fn add(self, route: UtoipaMethodRouter<AppState>) -> Self {
        Self(self.0.routes(route))
    }

    /// A route whose body may be larger than the default 2 MB (a deploy carries every
    /// script's bundle, often several megabytes).
    fn add_large(self, route: UtoipaMethodRouter<AppState>, max_bytes: usize) -> Self {
        let (schemas, paths, method_router) = route;
        let method_router = method_router.layer(axum::extract::DefaultBodyLimit::max(max_bytes));
        self.add((schemas, paths, method_router))
    }

    /// A route also served under another prefix (`/connections…` as `/connection…`).
    fn add_with_alias(self, route: UtoipaMethodRouter<AppState>, from: &str, to: &str) -> Self {
        let (schemas, mut paths, method_router) = route;
        let aliases: Vec<(String, PathItem)> = paths
            .paths
            .iter()
            .map(|(path, item)| (path.replacen(from, to, 1), alias_item(item.clone(), to)))
            .collect();
        paths.paths.extend(aliases);
        self.add((schemas, paths, method_router))
    }

    /// A documented route whose axum path differs from its OpenAPI one (a wildcard).
    fn add_at(
        self,
        route: UtoipaMethodRouter<AppState>,
        axum_path: &str,
        method_router: axum::routing::MethodRouter<AppState>,
    ) -> Self {
        let (schemas, paths, _) = route;
        let mut router = self.0;
        let openapi = router.get_openapi_mut();
        for (path, item) in paths.paths {
            openapi.paths.paths.insert(path, item);
        }
        openapi
            .components
            .get_or_insert_with(Default::default)
            .schemas
            .extend(schemas);
        Self(router.route(axum_path, method_router))
    }
}

/// The description of an alias: the same operations under their own operation ids.
fn alias_item(mut item: PathItem, prefix: &str) -> PathItem {
    let suffix = prefix.trim_matches('/').replace('/', "_");
    let rename = |operation: &mut Option<Operation>| {
        if let Some(operation) = operation {
            operation.operation_id = operation
                .operation_id
                .as_ref()
                .map(|id| format!("{id}_{suffix}"));
        }
    };
    rename(&mut item.get);
    rename(&mut item.post);
    rename(&mut item.put);
    rename(&mut item.patch);
    rename(&mut item.delete);
    item
}

fn documented() -> OpenApiRouter<AppState> {
    use utoipa_axum::routes;
    let routes = Routes(OpenApiRouter::with_openapi(ApiDoc::openapi()))
        .add(routes!(environment::health))
        .add(routes!(environment::openapi))
        .add(routes!(environment::providers))
        .add(routes!(environment::provider))
        .add(routes!(environment::provider_logo))
        .add(routes!(
            environment::environment_variables,
            environment::set_environment_variables
        ))
        .add(routes!(environment::delete_environment_variable))
        .add(routes!(
            environment::environment,
            environment::update_environment
        ))
        .add(routes!(environment::operations))
        .add(routes!(environment::operation))
        .add(routes!(connect::create))
        .add(routes!(connect::reconnect))
        .add(routes!(connect::get, connect::delete))
        .add(routes!(connect::integrations))
        .add(routes!(connect::connect_ui))
        .add(routes!(connect::connect_ui_slash))
        .add(routes!(connect::api_key))
        .add(routes!(connect::basic))
        .add(routes!(connect::unauthenticated))
        .add(routes!(oauth::root))
        .add(routes!(oauth::connect))
        .add(routes!(oauth::callback))
        .add(routes!(oauth::client_credentials))
        .add(routes!(oauth::jwt))
        .add(routes!(oauth::unsupported))
        .add(routes!(integrations::list, integrations::create))
        .add(routes!(
            integrations::get,
            integrations::update,
            integrations::delete
        ))
        .add(routes!(
            integrations::legacy_list,
            integrations::legacy_create,
            integrations::legacy_update
        ))
        .add(routes!(
            integrations::legacy_get,
            integrations::legacy_delete
        ))
        .add_with_alias(
            routes!(connections::list, connections::import),
            "/connections",
            "/connection",
        )
        .add_with_alias(
            routes!(connections::set_metadata, connections::update_metadata),
            "/connections",
            "/connection",
        )
        .add_with_alias(
            routes!(connections::get, connections::delete, connections::patch),
            "/connections",
            "/connection",
        )
        .add_with_alias(
            routes!(
                connections::set_metadata_legacy,
                connections::update_metadata_legacy
            ),
            "/connection",
            "/connections",
        )
        .add_at(
            routes!(proxy::proxy),
            "/proxy/{*path}",
            proxy_methods(proxy::proxy),
        )
        .add_at(
            routes!(proxy::proxy_root),
            "/proxy",
            proxy_methods(proxy::proxy_root),
        )
        .add(routes!(actions::trigger))
        .add(routes!(actions::result))
        .add_large(routes!(deploy::confirmation), MAX_DEPLOY_BYTES)
        .add_large(routes!(deploy::deploy), MAX_DEPLOY_BYTES)
        .add(routes!(deploy::scripts_config))
        .add_with_alias(routes!(records::list), "/records", "/records/")
        .add(routes!(sync_control::trigger))
        .add(routes!(sync_control::start))
        .add(routes!(sync_control::pause))
        .add(routes!(sync_control::status))
        .add(routes!(sync_control::update_frequency))
        .add(routes!(
            sync_control::create_variant,
            sync_control::delete_variant
        ))
        .add(routes!(dashboard::app_root))
        .add(routes!(dashboard::app))
        .add(routes!(dashboard::login_page, dashboard::login))
        .add(routes!(dashboard::logout))
        .add(routes!(dashboard::script))
        .add(routes!(dashboard::styles))
        .add(routes!(dashboard::me))
        .add(routes!(dashboard::environment))
        .add(routes!(dashboard::create_environment))
        .add(routes!(dashboard::rotate_secret_key))
        .add(routes!(dashboard::overview))
        .add(routes!(dashboard::activity))
        .add(routes!(dashboard::integrations))
        .add(routes!(dashboard::integration))
        .add(routes!(dashboard::connection))
        .add(routes!(dashboard::refresh_connection))
        .add(routes!(dashboard::cancel_sync));
    routes.0
}

/// The methods the proxy forwards (as Nango's); others answer 405.
fn proxy_methods<H, T>(handler: H) -> axum::routing::MethodRouter<AppState>
where
    H: axum::handler::Handler<T, AppState>,
    T: 'static,
{
    use axum::routing::MethodFilter;
    let methods = MethodFilter::GET
        .or(MethodFilter::POST)
        .or(MethodFilter::PUT)
        .or(MethodFilter::PATCH)
        .or(MethodFilter::DELETE);
    axum::routing::on(methods, handler)
}

/// The OpenAPI document (built once).
pub fn openapi_json() -> &'static Value {
    static DOCUMENT: OnceLock<Value> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let mut openapi = documented().into_openapi();
        openapi.info.version = env!("CARGO_PKG_VERSION").to_string();
        let mut document = serde_json::to_value(&openapi).unwrap_or_default();
        unique_operation_ids(&mut document);
        // Liveness and the document itself need no key.
        for path in ["/", "/health", "/openapi.json"] {
            if let Some(get) = document["paths"][path].get_mut("get") {
                get["security"] = serde_json::json!([]);
            }
        }
        document
    })
}

/// Operation ids are handler names, which repeat across modules (`get`) and across the methods
/// of one handler (the proxy's): a repeated id gets its tag in front (`integrations_get`), then
/// its method after, so that every id is unique as OpenAPI requires.
fn unique_operation_ids(document: &mut Value) {
    let mut operations: Vec<&mut serde_json::Map<String, Value>> = document["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.iter_mut())
        .filter_map(|(method, operation)| {
            let operation = operation.as_object_mut()?;
            operation.insert("x-method".into(), Value::String(method.clone()));
            Some(operation)
        })
        .collect();
    let id = |operation: &serde_json::Map<String, Value>| {
        operation
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    for round in 0..2 {
        let mut counts = std::collections::HashMap::<String, usize>::new();
        for operation in operations.iter() {
            *counts.entry(id(operation)).or_default() += 1;
        }
        for operation in operations.iter_mut() {
            let current = id(operation);
            if counts[&current] < 2 {
                continue;
            }
            let extra = if round == 0 { "tags" } else { "x-method" };
            let part = match operation.get(extra) {
                Some(Value::Array(tags)) => {
                    tags.first().and_then(Value::as_str).map(str::to_string)
                }
                Some(Value::String(method)) => Some(method.clone()),
                _ => None,
            };
            if let Some(part) = part {
                let renamed = if round == 0 {
                    format!("{part}_{current}")
                } else {
                    format!("{current}_{part}")
                };
                operation.insert("operationId".into(), Value::String(renamed));
            }
        }
    }
    for operation in operations {
        operation.remove("x-method");
        // utoipa 5.5 writes a link's fields in snake case; OpenAPI spells them in camel case.
        for response in operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flat_map(|r| r.values_mut())
        {
            for link in response
                .get_mut("links")
                .and_then(Value::as_object_mut)
                .into_iter()
                .flat_map(|l| l.values_mut())
                .filter_map(Value::as_object_mut)
            {
                for (snake, camel) in [
                    ("operation_id", "operationId"),
                    ("operation_ref", "operationRef"),
                    ("request_body", "requestBody"),
                ] {
                    if let Some(value) = link.remove(snake) {
                        link.insert(camel.into(), value);
                    }
                }
            }
        }
    }
}

/// `(method, path)` of every documented operation, paths as the router spells them.
fn documented_operations() -> &'static BTreeSet<(String, String)> {
    static OPERATIONS: OnceLock<BTreeSet<(String, String)>> = OnceLock::new();
    OPERATIONS.get_or_init(|| {
        let mut operations = BTreeSet::new();
        if let Some(paths) = openapi_json()["paths"].as_object() {
            for (path, item) in paths {
                for method in item.as_object().into_iter().flat_map(|m| m.keys()) {
                    operations.insert((method.to_ascii_uppercase(), path.clone()));
                }
            }
        }
        operations
    })
}

/// Every route, the request ids and the server-failure shape, and the scripts' own endpoints
/// as the fallback.
pub fn router(state: AppState) -> axum::Router {
    let (router, _) = documented().split_for_parts();
    guard(router)
        .fallback(script_endpoints::endpoints)
        // A panic in a handler is a server failure like any other: `internal_error` with the
        // request's id, not a dropped connection.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(panicked))
        .layer(axum::middleware::from_fn(request_ids))
        // Browsers call the API from the product's own pages (`@nangohq/frontend` posts the end
        // user's credentials from there): any origin may, as with Nango. Every call carries its
        // key or token itself; no cookie authenticates anything here.
        .layer(tower_http::cors::CorsLayer::permissive())
        .with_state(state)
}

/// A worker process's HTTP port: liveness only (`GET /health`); it serves no API.
pub fn health_only(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/health", axum::routing::get(environment::health))
        .layer(axum::middleware::from_fn(request_ids))
        .with_state(state)
}

fn panicked(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic");
    ApiError(PlatformError::internal(format!(
        "a handler panicked: {what}"
    )))
    .into_response()
}

/// Debug builds (every test): a request that reaches a route the document does not describe
/// fails, so a route added around [`Routes`] cannot pass the suite.
fn guard<S: Clone + Send + Sync + 'static>(router: axum::Router<S>) -> axum::Router<S> {
    if cfg!(debug_assertions) {
        router.route_layer(axum::middleware::from_fn(only_documented))
    } else {
        router
    }
}

/// A request to a route the document does not describe: a failure, in debug builds.
async fn only_documented(request: Request, next: Next) -> Response {
    let method = match request.method().as_str() {
        "HEAD" => "GET".to_string(),
        other => other.to_string(),
    };
    let path = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().replace("{*", "{"))
        .unwrap_or_default();
    let response = next.run(request).await;
    let allowed = response.status() == axum::http::StatusCode::METHOD_NOT_ALLOWED;
    if allowed || documented_operations().contains(&(method.clone(), path.clone())) {
        return response;
    }
    ApiError(PlatformError::internal(format!(
        "{method} {path} is not described in the OpenAPI document: add #[utoipa::path] and register it with routes!"
    )))
    .into_response()
}

/// Unknown routes.
pub(crate) fn unknown_route(method: &str, path: &str) -> ApiError {
    ApiError::new(
        ErrorCode::UnknownRoute,
        format!("no route {method} {path} (see GET /openapi.json)"),
    )
}

#[cfg(test)]
mod tests {
    use tower::ServiceExt as _;

    async fn status(router: axum::Router, path: &str) -> u16 {
        let request = axum::http::Request::builder()
            .uri(path)
            .body(axum::body::Body::empty())
            .unwrap();
        router.oneshot(request).await.unwrap().status().as_u16()
    }

    #[tokio::test]
    async fn a_route_added_without_its_description_fails() {
        let router = super::guard(
            axum::Router::new()
                .route("/health", axum::routing::get(|| async { "ok" }))
                .route("/undescribed", axum::routing::get(|| async { "ok" })),
        );
        assert_eq!(status(router.clone(), "/health").await, 200);
        assert_eq!(status(router, "/undescribed").await, 500);
    }

    #[test]
    fn operation_ids_are_unique_and_links_use_openapi_names() {
        let document = super::openapi_json();
        let mut ids = std::collections::HashSet::new();
        for item in document["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                let id = operation["operationId"].as_str().unwrap();
                assert!(ids.insert(id.to_string()), "operationId {id} twice");
            }
        }
        let links = &document["paths"]["/connections"]["post"]["responses"]["200"]["links"];
        assert_eq!(links["GetConnection"]["operationId"], "get_connection");
        assert!(ids.contains("get_connection"));
    }
}
