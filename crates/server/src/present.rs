//! The JSON shapes the API answers, as Nango's clients read them.

use nango_store::{Connection, Integration};
use serde_json::{Value, json};

use crate::AppState;

/// An integration (`GET /integrations`, `/integrations/:key`).
pub fn integration(state: &AppState, integration: &Integration) -> Value {
    let provider = state.catalog.get(&integration.provider);
    let display_name = integration
        .display_name
        .clone()
        .or_else(|| provider.and_then(|p| p.display_name.clone()))
        .unwrap_or_else(|| integration.provider.clone());
    json!({
        "unique_key": integration.unique_key,
        "provider": integration.provider,
        "display_name": display_name,
        "logo": format!("/images/template-logos/{}.svg", integration.provider),
        "created_at": integration.created_at,
        "updated_at": integration.updated_at,
    })
}

/// An integration with what `include` asks for (`webhook`, `credentials`).
pub fn integration_full(state: &AppState, integration: &Integration, include: &[String]) -> Value {
    let mut out = self::integration(state, integration);
    if include.iter().any(|i| i == "webhook") {
        out["webhook_url"] = Value::Null;
    }
    if include.iter().any(|i| i == "credentials") {
        out["credentials"] = match &integration.oauth_client_id {
            Some(client_id) => json!({
                "type": state.catalog.get(&integration.provider).map_or("OAUTH2", |p| p.auth_mode.as_str()),
                "client_id": client_id,
                "client_secret": integration.oauth_client_secret.as_deref().and_then(|s| state.sealer.open(s).ok()),
                "scopes": integration.oauth_scopes,
            }),
            None => Value::Null,
        };
    }
    out
}

/// A connection in a list (no credentials).
pub fn connection_item(connection: &Connection) -> Value {
    json!({
        "id": connection.id,
        "connection_id": connection.connection_id,
        "provider": connection.provider,
        "provider_config_key": connection.provider_config_key,
        "created": connection.created_at,
        "metadata": connection.metadata,
        "errors": connection.errors,
        "end_user": connection.end_user,
        "tags": connection.tags,
    })
}

/// A connection with its credentials (`GET /connection(s)/:id`).
pub fn connection_full(connection: &Connection, credentials: Value) -> Value {
    json!({
        "id": connection.id,
        "connection_id": connection.connection_id,
        "provider_config_key": connection.provider_config_key,
        "provider": connection.provider,
        "errors": connection.errors,
        "end_user": connection.end_user,
        "metadata": connection.metadata,
        "connection_config": connection.connection_config,
        "tags": connection.tags,
        "created_at": connection.created_at,
        "updated_at": connection.updated_at,
        "last_fetched_at": connection.last_fetched_at,
        "credentials": credentials,
    })
}
