//! `POST /sync/deploy/confirmation` (the plan) and `POST /sync/deploy`, accepting the payloads
//! of nango@0.60.5 (yaml era), 0.71 (zero yaml) and our own CLI; `GET /scripts/config`.

use std::collections::{BTreeMap, BTreeSet};

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use nango_store::{ConnectionFilter, DeployScope, NewDeployment, NewScript, Script, ScriptKind};
use serde_json::{Map, Value, json};

use super::object_body;
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};

/// A deploy request, read.
struct Payload {
    scripts: Vec<NewScript>,
    scope: DeployScope,
    reconcile: bool,
    json_schema: Option<Value>,
    /// Whether on-event scripts were sent at all (a single-script deploy has none).
    has_on_events: bool,
}

fn invalid(message: String) -> ApiError {
    ApiError::bad_request("invalid_body", message)
}

fn parse(body: &Map<String, Value>) -> ApiResult<Payload> {
    let Some(flows) = body.get("flowConfigs").and_then(Value::as_array) else {
        return Err(invalid("`flowConfigs` must be a list".into()));
    };
    let mut scripts = Vec::new();
    let mut definitions = Map::new();
    for (index, flow) in flows.iter().enumerate() {
        let at = |field: &str| format!("flowConfigs[{index}].{field}");
        let Some(flow) = flow.as_object() else {
            return Err(invalid(format!("flowConfigs[{index}] must be an object")));
        };
        let text = |field: &str| -> ApiResult<String> {
            flow.get(field)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .ok_or_else(|| invalid(format!("`{}` must be a non-empty string", at(field))))
        };
        let name = text("syncName")?;
        let key = text("providerConfigKey")?;
        let kind = match flow.get("type").and_then(Value::as_str) {
            Some("sync") => ScriptKind::Sync,
            Some("action") => ScriptKind::Action,
            other => {
                return Err(invalid(format!(
                    "`{}` must be \"sync\" or \"action\" (got {})",
                    at("type"),
                    other.map_or("nothing".to_string(), |t| format!("{t:?}"))
                )));
            }
        };
        let (js, ts) = file_body(flow.get("fileBody"), &at("fileBody"))?;
        let mut config = flow.clone();
        config.remove("fileBody");
        if let Some(Value::Object(schema)) = config.remove("models_json_schema")
            && let Some(Value::Object(defs)) = schema.get("definitions")
        {
            definitions.extend(defs.clone());
        }
        scripts.push(NewScript {
            integration_key: key,
            name,
            kind,
            version: flow
                .get("version")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            config: Value::Object(config),
            js,
            ts,
        });
    }
    let on_events = body.get("onEventScriptsByProvider");
    if let Some(groups) = on_events {
        let Some(groups) = groups.as_array() else {
            return Err(invalid("`onEventScriptsByProvider` must be a list".into()));
        };
        for (g, group) in groups.iter().enumerate() {
            let key = group
                .get("providerConfigKey")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    invalid(format!(
                        "`onEventScriptsByProvider[{g}].providerConfigKey` must be a string"
                    ))
                })?;
            for (s, script) in group
                .get("scripts")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let at = format!("onEventScriptsByProvider[{g}].scripts[{s}]");
                let name = script
                    .get("name")
                    .and_then(Value::as_str)
                    .ok_or_else(|| invalid(format!("`{at}.name` must be a string")))?;
                let event = script
                    .get("event")
                    .and_then(Value::as_str)
                    .unwrap_or("post-connection-creation");
                let (js, ts) = file_body(script.get("fileBody"), &format!("{at}.fileBody"))?;
                scripts.push(NewScript {
                    integration_key: key.to_string(),
                    name: name.to_string(),
                    kind: ScriptKind::OnEvent,
                    version: String::new(),
                    config: json!({ "event": event }),
                    js,
                    ts,
                });
            }
        }
    }
    let single = body.get("singleDeployMode").and_then(Value::as_bool) == Some(true);
    let scope = match body.get("deployMode").and_then(Value::as_str) {
        Some("single") => DeployScope::Scripts,
        Some("integration") => match scripts.first() {
            Some(first) => DeployScope::Integration(first.integration_key.clone()),
            None => DeployScope::Scripts,
        },
        _ if single => DeployScope::Scripts,
        _ => DeployScope::Environment,
    };
    let json_schema = match body.get("jsonSchema") {
        Some(schema) if schema.is_object() => Some(schema.clone()),
        _ if !definitions.is_empty() => Some(json!({ "definitions": definitions })),
        _ => None,
    };
    Ok(Payload {
        scripts,
        scope,
        reconcile: body.get("reconcile").and_then(Value::as_bool) != Some(false),
        json_schema,
        has_on_events: on_events.is_some(),
    })
}

fn file_body(value: Option<&Value>, at: &str) -> ApiResult<(String, Option<String>)> {
    let js = value
        .and_then(|v| v.get("js"))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            invalid(format!(
                "`{at}.js` must be the script's compiled JavaScript"
            ))
        })?;
    let ts = value
        .and_then(|v| v.get("ts"))
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok((js.to_string(), ts))
}

/// Every integration the payload names must exist.
async fn check_integrations(
    state: &AppState,
    environment: i64,
    payload: &Payload,
) -> ApiResult<()> {
    let keys: BTreeSet<&str> = payload
        .scripts
        .iter()
        .map(|s| s.integration_key.as_str())
        .collect();
    let mut missing = Vec::new();
    for key in keys {
        if state.store.integration(environment, key).await?.is_none() {
            missing.push(key);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    Err(ApiError::bad_request(
        "unknown_provider_config",
        format!(
            "the deploy names integrations this environment does not have: {}; create them first (POST /integrations with a unique_key and a provider)",
            missing.join(", ")
        ),
    ))
}

/// Whether an existing script is replaced or removed by this deploy.
fn in_scope(payload: &Payload, script: &Script) -> bool {
    match &payload.scope {
        DeployScope::Environment => script.kind != ScriptKind::OnEvent || payload.has_on_events,
        DeployScope::Integration(key) => *key == script.integration_key,
        DeployScope::Scripts => false,
    }
}

fn same(a: &Script, b: &NewScript) -> bool {
    a.integration_key == b.integration_key && a.kind == b.kind && a.name == b.name
}

pub async fn confirmation(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let payload = parse(&object_body(&body)?)?;
    check_integrations(&state, env.id, &payload).await?;
    let existing = state.store.scripts(env.id).await?;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut connections = async |key: &str| -> ApiResult<usize> {
        if let Some(count) = counts.get(key) {
            return Ok(*count);
        }
        let filter = ConnectionFilter {
            integrations: vec![key.to_string()],
            ..ConnectionFilter::default()
        };
        let count = state.store.connections(env.id, &filter).await?.len();
        counts.insert(key.to_string(), count);
        Ok(count)
    };
    let mut plan: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for list in [
        "newSyncs",
        "updatedSyncs",
        "deletedSyncs",
        "newActions",
        "updatedActions",
        "deletedActions",
        "newOnEventScripts",
        "updatedOnEventScripts",
        "deletedOnEventScripts",
    ] {
        plan.insert(list, Vec::new());
    }
    let lists = |kind: ScriptKind| match kind {
        ScriptKind::Sync => ("newSyncs", "updatedSyncs", "deletedSyncs"),
        ScriptKind::Action => ("newActions", "updatedActions", "deletedActions"),
        ScriptKind::OnEvent => (
            "newOnEventScripts",
            "updatedOnEventScripts",
            "deletedOnEventScripts",
        ),
    };
    for script in &payload.scripts {
        let (new, updated, _) = lists(script.kind);
        let count = connections(&script.integration_key).await?;
        let mut item = json!({ "name": script.name, "providerConfigKey": script.integration_key, "connections": count });
        if script.kind == ScriptKind::Sync {
            item["auto_start"] =
                json!(script.config.get("auto_start").and_then(Value::as_bool) != Some(false));
        }
        let list = if existing.iter().any(|e| same(e, script)) {
            updated
        } else {
            new
        };
        plan.entry(list).or_default().push(item);
    }
    // The CLIs ask for the plan with `reconcile: false` and deploy with `true`: the plan is
    // what the reconciling deploy will do.
    let removed: Vec<&Script> = existing
        .iter()
        .filter(|e| in_scope(&payload, e) && !payload.scripts.iter().any(|s| same(e, s)))
        .collect();
    for script in &removed {
        let (_, _, deleted) = lists(script.kind);
        let count = connections(&script.integration_key).await?;
        plan.entry(deleted).or_default().push(
            json!({ "name": script.name, "providerConfigKey": script.integration_key, "connections": count }),
        );
    }
    // Models no sync saves any more once the deploy is done.
    let remaining: BTreeSet<String> = existing
        .iter()
        .filter(|e| e.kind == ScriptKind::Sync && !removed.iter().any(|r| r.id == e.id))
        .filter(|e| !payload.scripts.iter().any(|s| same(e, s)))
        .flat_map(|e| e.models())
        .chain(
            payload
                .scripts
                .iter()
                .filter(|s| s.kind == ScriptKind::Sync)
                .flat_map(|s| nango_store::config_models(&s.config)),
        )
        .collect();
    let deleted_models: BTreeSet<String> = existing
        .iter()
        .filter(|e| e.kind == ScriptKind::Sync)
        .filter(|e| {
            removed.iter().any(|r| r.id == e.id) || payload.scripts.iter().any(|s| same(e, s))
        })
        .flat_map(|e| e.models())
        .filter(|m| !remaining.contains(m))
        .collect();
    let mut body = Map::new();
    for (list, items) in plan {
        body.insert(list.to_string(), Value::Array(items));
    }
    body.insert("deletedModels".into(), json!(deleted_models));
    Ok(Json(Value::Object(body)))
}

pub async fn deploy(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let mut payload = parse(&object_body(&body)?)?;
    check_integrations(&state, env.id, &payload).await?;
    let existing = state.store.scripts(env.id).await?;
    // A script deployed without a version gets the next patch version of what it replaces.
    for script in &mut payload.scripts {
        if script.version.is_empty() {
            let previous = existing
                .iter()
                .find(|e| same(e, script))
                .and_then(|e| e.version.strip_prefix("0.0."))
                .and_then(|n| n.parse::<u64>().ok());
            script.version = format!("0.0.{}", previous.map_or(1, |n| n + 1));
        }
    }
    let deployment = state
        .store
        .deploy(
            env.id,
            &NewDeployment {
                scripts: payload.scripts.clone(),
                scope: payload.scope.clone(),
                reconcile: payload.reconcile,
                json_schema: payload.json_schema.clone(),
            },
        )
        .await?;
    state.wake.notify_one();
    tracing::info!(
        environment = env.name,
        version = deployment.version,
        scripts = payload.scripts.len(),
        "deployed"
    );
    Ok(Json(Value::Array(
        payload
            .scripts
            .iter()
            .filter(|s| s.kind != ScriptKind::OnEvent)
            .map(|s| json!({ "name": s.name, "version": s.version, "providerConfigKey": s.integration_key, "type": s.kind.as_str() }))
            .collect(),
    )))
}

/// `GET /scripts/config`: the deployed scripts per integration, in `nango.json`'s shape.
pub async fn scripts_config(
    State(state): State<AppState>,
    Env(env): Env,
) -> ApiResult<Json<Value>> {
    let scripts = state.store.scripts(env.id).await?;
    let integrations = state.store.integrations(env.id).await?;
    let mut out = Vec::new();
    for integration in &integrations {
        let mine: Vec<&Script> = scripts
            .iter()
            .filter(|s| s.integration_key == integration.unique_key)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let config = |kind: ScriptKind| -> Vec<Value> {
            mine.iter()
                .filter(|s| s.kind == kind)
                .map(|s| {
                    let mut config = s.config.clone();
                    if let Some(object) = config.as_object_mut() {
                        object.remove("syncName");
                        object.insert("name".into(), json!(s.name));
                        object.insert("version".into(), json!(s.version));
                        object.insert("type".into(), json!(kind.as_str()));
                    }
                    config
                })
                .collect()
        };
        let mut events: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for event in ["post-connection-creation", "pre-connection-deletion"] {
            events.insert(event.to_string(), Vec::new());
        }
        for script in mine.iter().filter(|s| s.kind == ScriptKind::OnEvent) {
            let event = script
                .config
                .get("event")
                .and_then(Value::as_str)
                .unwrap_or("post-connection-creation");
            events
                .entry(event.to_string())
                .or_default()
                .push(script.name.clone());
        }
        out.push(json!({
            "providerConfigKey": integration.unique_key,
            "provider": integration.provider,
            "syncs": config(ScriptKind::Sync),
            "actions": config(ScriptKind::Action),
            "onEventScripts": events,
        }));
    }
    Ok(Json(Value::Array(out)))
}
