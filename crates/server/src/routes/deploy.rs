//! `POST /sync/deploy/confirmation` (the plan) and `POST /sync/deploy`, accepting the payloads
//! of nango@0.60.5 (yaml era), 0.71 (zero yaml) and our own CLI; `GET /scripts/config`.

use axum::Json;
use axum::extract::State;
use nango_store::{DeployScope, NewScript, ScriptKind};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use utoipa::ToSchema;

use super::Body;
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiResult, ErrorBody};
use crate::platform::{DeployPayload, DeployPlan, Deployed};

/// A deploy, as the CLIs send it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeployRequest {
    /// The syncs and actions.
    pub flow_configs: Vec<FlowConfig>,
    /// On-event scripts, by integration.
    pub on_event_scripts_by_provider: Option<Vec<OnEventGroup>>,
    /// `single`, `integration` or (default) the whole environment: what a reconciling deploy
    /// may remove.
    pub deploy_mode: Option<String>,
    /// nango@0.60.5's form of `deployMode: single`.
    pub single_deploy_mode: Option<bool>,
    /// Remove active scripts the deploy does not name (default true).
    pub reconcile: Option<bool>,
    /// The models' JSON schema (`{definitions}`).
    #[schema(value_type = Option<Object>)]
    pub json_schema: Option<Map<String, Value>>,
}

/// A sync or action: the fields the platform reads, and everything else kept as its
/// configuration (`runs`, `endpoints`, `models`, `input`, `auto_start`, `track_deletes`…).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct FlowConfig {
    /// Its name.
    #[schema(min_length = 1)]
    pub sync_name: String,
    /// Its integration.
    #[schema(min_length = 1)]
    pub provider_config_key: String,
    /// `sync` or `action`.
    #[serde(rename = "type")]
    pub kind: FlowKind,
    /// The compiled script.
    pub file_body: FileBody,
    /// Its version (the next patch version when left out).
    pub version: Option<String>,
    /// Its models' JSON schema (nango 0.71).
    #[serde(rename = "models_json_schema")]
    #[schema(value_type = Option<Object>)]
    pub models_json_schema: Option<Value>,
    /// The rest of its configuration.
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub config: Map<String, Value>,
}

/// `sync` or `action`.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FlowKind {
    /// A sync.
    Sync,
    /// An action.
    Action,
}

/// A compiled script.
#[derive(Debug, Deserialize, ToSchema)]
pub struct FileBody {
    /// The CommonJS bundle.
    #[schema(min_length = 1)]
    pub js: String,
    /// Its TypeScript source.
    pub ts: Option<String>,
}

/// The on-event scripts of one integration.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OnEventGroup {
    /// The integration.
    pub provider_config_key: String,
    /// Its scripts.
    #[serde(default)]
    pub scripts: Vec<OnEventScript>,
}

/// An on-event script.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OnEventScript {
    /// Its name.
    pub name: String,
    /// `post-connection-creation` (default) or `pre-connection-deletion`.
    pub event: Option<String>,
    /// The compiled script.
    pub file_body: FileBody,
}

fn invalid(message: String) -> crate::error::ApiError {
    crate::error::ApiError::new(crate::platform::ErrorCode::InvalidBody, message)
}

fn file(body: FileBody, at: &str) -> ApiResult<(String, Option<String>)> {
    if body.js.is_empty() {
        return Err(invalid(format!(
            "`{at}.js` must be the script's compiled JavaScript"
        )));
    }
    Ok((body.js, body.ts))
}

/// The platform's payload from the request.
fn payload(request: DeployRequest) -> ApiResult<DeployPayload> {
    let mut scripts = Vec::new();
    let mut definitions = Map::new();
    for (index, flow) in request.flow_configs.into_iter().enumerate() {
        for (field, value) in [
            ("syncName", &flow.sync_name),
            ("providerConfigKey", &flow.provider_config_key),
        ] {
            if value.is_empty() {
                return Err(invalid(format!(
                    "`flowConfigs[{index}].{field}` must be a non-empty string"
                )));
            }
        }
        if let Some(Value::Object(schema)) = &flow.models_json_schema
            && let Some(Value::Object(defs)) = schema.get("definitions")
        {
            definitions.extend(defs.clone());
        }
        let kind = match flow.kind {
            FlowKind::Sync => ScriptKind::Sync,
            FlowKind::Action => ScriptKind::Action,
        };
        // The stored configuration is the flow as sent, without its code and schema.
        let mut config = flow.config;
        config.insert("syncName".into(), json!(flow.sync_name));
        config.insert("providerConfigKey".into(), json!(flow.provider_config_key));
        config.insert("type".into(), json!(kind.as_str()));
        if let Some(version) = &flow.version {
            config.insert("version".into(), json!(version));
        }
        let (js, ts) = file(flow.file_body, &format!("flowConfigs[{index}].fileBody"))?;
        scripts.push(NewScript {
            integration_key: flow.provider_config_key,
            name: flow.sync_name,
            kind,
            version: flow.version.unwrap_or_default(),
            config: Value::Object(config),
            js,
            ts,
        });
    }
    let has_on_events = request.on_event_scripts_by_provider.is_some();
    for (g, group) in request
        .on_event_scripts_by_provider
        .into_iter()
        .flatten()
        .enumerate()
    {
        for (s, script) in group.scripts.into_iter().enumerate() {
            let at = format!("onEventScriptsByProvider[{g}].scripts[{s}].fileBody");
            let (js, ts) = file(script.file_body, &at)?;
            scripts.push(NewScript {
                integration_key: group.provider_config_key.clone(),
                name: script.name,
                kind: ScriptKind::OnEvent,
                version: String::new(),
                config: json!({
                    "event": script.event.as_deref().unwrap_or("post-connection-creation")
                }),
                js,
                ts,
            });
        }
    }
    let single = request.single_deploy_mode == Some(true);
    let scope = match request.deploy_mode.as_deref() {
        Some("single") => DeployScope::Scripts,
        Some("integration") => match scripts.first() {
            Some(first) => DeployScope::Integration(first.integration_key.clone()),
            None => DeployScope::Scripts,
        },
        _ if single => DeployScope::Scripts,
        _ => DeployScope::Environment,
    };
    let json_schema = match request.json_schema {
        Some(schema) => Some(Value::Object(schema)),
        _ if !definitions.is_empty() => Some(json!({ "definitions": definitions })),
        _ => None,
    };
    Ok(DeployPayload {
        scripts,
        scope,
        reconcile: request.reconcile != Some(false),
        json_schema,
        has_on_events,
    })
}

/// The plan of a deploy: new, updated and deleted scripts and the models left behind.
#[utoipa::path(post, path = "/sync/deploy/confirmation", tag = "deploy", request_body = DeployRequest,
    responses((status = 200, body = DeployPlan), (status = "default", body = ErrorBody)))]
pub async fn confirmation(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<DeployRequest>,
) -> ApiResult<Json<DeployPlan>> {
    Ok(Json(state.plan_deploy(env.id, &payload(body)?).await?))
}

/// Deploy syncs, actions and on-event scripts (one transaction, a new version).
#[utoipa::path(post, path = "/sync/deploy", tag = "deploy", request_body = DeployRequest,
    responses((status = 200, body = Vec<Deployed>), (status = "default", body = ErrorBody)))]
pub async fn deploy(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<DeployRequest>,
) -> ApiResult<Json<Vec<Deployed>>> {
    let payload = payload(body)?;
    Ok(Json(state.deploy(&env, payload).await?))
}

/// The deployed scripts per integration, in `nango.json`'s shape.
#[utoipa::path(get, path = "/scripts/config", tag = "deploy",
    responses((status = 200, body = Vec<Object>), (status = "default", body = ErrorBody)))]
pub async fn scripts_config(
    State(state): State<AppState>,
    Env(env): Env,
) -> ApiResult<Json<Vec<Value>>> {
    Ok(Json(state.scripts_config(env.id).await?))
}
