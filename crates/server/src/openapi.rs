//! The OpenAPI 3.1 document served at `/openapi.json`, built from the route table below (keep
//! it beside `routes::router`: a route missing here is a test failure).

use serde_json::{Map, Value, json};

/// `(method, path, summary)` of every API route.
pub const ROUTES: &[(&str, &str, &str)] = &[
    ("get", "/health", "Liveness: 200 without authentication"),
    (
        "get",
        "/providers",
        "Providers of the catalog (`search` filters by name)",
    ),
    ("get", "/providers/{name}", "One provider"),
    (
        "get",
        "/environment-variables",
        "The environment's variables: [{name, value}]",
    ),
    (
        "post",
        "/environment-variables",
        "Set variables: {name, value} or a list (a null value removes)",
    ),
    (
        "delete",
        "/environment-variables/{name}",
        "Remove a variable",
    ),
    ("get", "/integrations", "List integrations: {data: [...]}"),
    (
        "post",
        "/integrations",
        "Create an integration: {unique_key, provider, display_name?, credentials?}",
    ),
    (
        "get",
        "/integrations/{key}",
        "One integration (`include=webhook,credentials`)",
    ),
    (
        "patch",
        "/integrations/{key}",
        "Change an integration's key, display name or OAuth app",
    ),
    (
        "delete",
        "/integrations/{key}",
        "Delete an integration and its connections",
    ),
    ("get", "/config", "Legacy: list integrations ({configs})"),
    (
        "post",
        "/config",
        "Legacy: create an integration ({provider_config_key, provider, oauth_client_id, …})",
    ),
    ("put", "/config", "Legacy: update an integration"),
    (
        "get",
        "/config/{key}",
        "Legacy: one integration with its deployed syncs and actions ({config})",
    ),
    ("delete", "/config/{key}", "Legacy: delete an integration"),
    (
        "get",
        "/connections",
        "List connections (connectionId, search, endUserId, endUserOrganizationId, integrationId, tags[k], limit, page); also /connection",
    ),
    (
        "post",
        "/connections",
        "Import a connection with its credentials; also /connection",
    ),
    (
        "get",
        "/connections/{id}",
        "A connection with credentials (provider_config_key, force_refresh, refresh_token); refreshes OAuth 2 tokens; also /connection/{id}",
    ),
    (
        "patch",
        "/connections/{id}",
        "Change a connection's end user or tags",
    ),
    (
        "delete",
        "/connections/{id}",
        "Delete a connection (provider_config_key); also /connection/{id}",
    ),
    (
        "post",
        "/connections/metadata",
        "Replace the metadata of connections ({metadata, connection_id, provider_config_key}); also /connection/metadata",
    ),
    (
        "patch",
        "/connections/metadata",
        "Merge into the metadata of connections; also /connection/metadata",
    ),
    (
        "post",
        "/connection/{id}/metadata",
        "Legacy: replace one connection's metadata (Provider-Config-Key)",
    ),
    (
        "patch",
        "/connection/{id}/metadata",
        "Legacy: merge into one connection's metadata",
    ),
    (
        "get",
        "/proxy/{path}",
        "Proxy a request to the connection's provider (any method; Connection-Id, Provider-Config-Key, Base-Url-Override, Retries, Retry-On, Nango-Proxy-*)",
    ),
    (
        "post",
        "/action/trigger",
        "Run an action ({action_name, input}; Connection-Id, Provider-Config-Key; X-Async: true for {id, statusUrl})",
    ),
    ("get", "/action/{id}", "The result of an X-Async action run"),
    (
        "post",
        "/sync/deploy/confirmation",
        "The plan of a deploy: new, updated and deleted scripts and models",
    ),
    (
        "post",
        "/sync/deploy",
        "Deploy syncs, actions and on-event scripts (one transaction)",
    ),
    (
        "get",
        "/scripts/config",
        "The deployed scripts per integration",
    ),
    ("post", "/connect/sessions", "Not available yet (501)"),
    (
        "post",
        "/connect/sessions/reconnect",
        "Not available yet (501)",
    ),
    ("get", "/openapi.json", "This document"),
];

/// The document.
pub fn document() -> Value {
    let mut paths: Map<String, Value> = Map::new();
    for (method, path, summary) in ROUTES {
        let parameters: Vec<Value> = path
            .split('/')
            .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let open = matches!(*path, "/health" | "/openapi.json");
        let mut operation = json!({
            "summary": summary,
            "responses": {
                "200": { "description": "Success" },
                "default": { "description": "An error: {error: {code, message, payload?}}", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
        });
        if !parameters.is_empty() {
            operation["parameters"] = Value::Array(parameters);
        }
        if open {
            operation["security"] = json!([]);
        }
        let entry = paths.entry(path.to_string()).or_insert_with(|| json!({}));
        entry[*method] = operation;
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "nango-rs",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The Nango platform API as served by `nango server`: compatible with @nangohq/node and the nango CLI."
        },
        "security": [{ "secretKey": [] }],
        "components": {
            "securitySchemes": { "secretKey": { "type": "http", "scheme": "bearer", "description": "The environment's secret key" } },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": { "error": { "type": "object", "required": ["code", "message"], "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "payload": {} } } }
                }
            }
        },
        "paths": paths,
    })
}
