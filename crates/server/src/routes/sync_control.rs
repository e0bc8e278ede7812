//! Sync control: `/sync/trigger`, `/sync/start`, `/sync/pause`, `/sync/status`,
//! `/sync/update-connection-frequency` and sync variants.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use nango_store::{JobKind, JobStatus, ScriptKind, SyncSchedule};
use serde_json::{Map, Value, json};

use super::connections::connection;
use super::{object_body, query_pairs, query_value, required_str, success};
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, syncs};

/// `syncs: ["name", {name, variant}]` → `(name, variant)`; none (or an empty list) means all
/// syncs.
fn sync_names(body: &Map<String, Value>) -> ApiResult<Vec<(String, Option<String>)>> {
    if matches!(body.get("syncs"), None | Some(Value::Null)) {
        return Ok(Vec::new());
    }
    let Some(list) = body.get("syncs").and_then(Value::as_array) else {
        return Err(ApiError::bad_request(
            "invalid_body",
            "`syncs` must be a list of sync names (or {name, variant})",
        ));
    };
    list.iter()
        .map(|item| match item {
            Value::String(name) => Ok((name.clone(), None)),
            Value::Object(o) => match o.get("name").and_then(Value::as_str) {
                Some(name) => Ok((
                    name.to_string(),
                    o.get("variant").and_then(Value::as_str).map(str::to_string),
                )),
                None => Err(ApiError::bad_request(
                    "invalid_body",
                    "each sync object needs a `name`",
                )),
            },
            _ => Err(ApiError::bad_request(
                "invalid_body",
                "`syncs` must be a list of sync names (or {name, variant})",
            )),
        })
        .collect()
}

/// The schedules a control request names: the syncs of an integration, of one connection or
/// all its connections. Unknown names are a 404 that lists them.
async fn schedules(
    state: &AppState,
    environment: i64,
    key: &str,
    connection_id: Option<&str>,
    names: &[(String, Option<String>)],
) -> ApiResult<Vec<SyncSchedule>> {
    let connection = match connection_id.filter(|c| !c.is_empty()) {
        Some(id) => Some(connection(state, environment, key, id).await?.id),
        None => None,
    };
    let all: Vec<SyncSchedule> = state
        .store
        .sync_schedules(environment, connection)
        .await?
        .into_iter()
        .filter(|s| s.integration_key == key)
        .collect();
    if names.is_empty() {
        return Ok(all);
    }
    let mut chosen = Vec::new();
    let mut unknown = Vec::new();
    for (name, variant) in names {
        let variant = variant.as_deref().unwrap_or("base");
        let found: Vec<&SyncSchedule> = all
            .iter()
            .filter(|s| s.name == *name && s.variant == variant)
            .collect();
        if found.is_empty() {
            unknown.push(name.clone());
        }
        chosen.extend(found.into_iter().cloned());
    }
    if !unknown.is_empty() {
        return Err(ApiError::not_found(
            "unknown_sync",
            format!(
                "no deployed sync {} for integration `{key}`{}",
                unknown.join(", "),
                connection_id
                    .map(|c| format!(" and connection `{c}`"))
                    .unwrap_or_default()
            ),
        ));
    }
    Ok(chosen)
}

/// The body's connection id (`connection_id`).
fn connection_id(body: &Map<String, Value>) -> Option<&str> {
    body.get("connection_id").and_then(Value::as_str)
}

pub async fn trigger(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let body = object_body(&body)?;
    let key = required_str(&body, "provider_config_key")?;
    let names = sync_names(&body)?;
    let mode = body
        .get("sync_mode")
        .and_then(Value::as_str)
        .unwrap_or("incremental");
    let opts = body.get("opts");
    let reset = matches!(mode, "full_refresh" | "full_refresh_and_clear_cache")
        || body.get("full_resync").and_then(Value::as_bool) == Some(true)
        || opts.and_then(|o| o.get("reset")).and_then(Value::as_bool) == Some(true);
    let clear = mode == "full_refresh_and_clear_cache"
        || opts
            .and_then(|o| o.get("emptyCache"))
            .and_then(Value::as_bool)
            == Some(true);
    if !matches!(
        mode,
        "incremental" | "full_refresh" | "full_refresh_and_clear_cache"
    ) {
        return Err(ApiError::bad_request(
            "invalid_body",
            format!(
                "`sync_mode` is incremental, full_refresh or full_refresh_and_clear_cache, not {mode:?}"
            ),
        ));
    }
    let now = nango_store::now();
    for schedule in schedules(&state, env.id, key, connection_id(&body), &names).await? {
        if clear {
            let script = state
                .store
                .script(env.id, key, ScriptKind::Sync, &schedule.name)
                .await?;
            for model in script.iter().flat_map(nango_store::Script::models) {
                state
                    .store
                    .clear_records(
                        schedule.connection,
                        &syncs::stored_model(&model, &schedule.variant),
                    )
                    .await?;
            }
        }
        let kind = match (reset, schedule.last_sync_date.is_some()) {
            (true, _) => JobKind::Full,
            (false, true) => JobKind::Incremental,
            (false, false) => JobKind::Initial,
        };
        state.store.queue_sync_job(schedule.id, kind, &now).await?;
    }
    state.wake.notify_one();
    Ok(success())
}

pub async fn start(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    set_paused(&state, env.id, &body, false).await
}

pub async fn pause(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    set_paused(&state, env.id, &body, true).await
}

async fn set_paused(
    state: &AppState,
    environment: i64,
    body: &Bytes,
    paused: bool,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let body = object_body(body)?;
    let key = required_str(&body, "provider_config_key")?;
    let names = sync_names(&body)?;
    for mut schedule in schedules(state, environment, key, connection_id(&body), &names).await? {
        // Starting runs the sync now, then on its schedule (as Nango does).
        if !paused && schedule.paused {
            schedule.next_run_at = Some(nango_store::now());
        }
        schedule.paused = paused;
        state.store.update_sync_schedule(&schedule).await?;
    }
    state.wake.notify_one();
    Ok(success())
}

pub async fn status(
    State(state): State<AppState>,
    Env(env): Env,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let pairs = query_pairs(query.as_deref());
    let key = query_value(&pairs, "provider_config_key")
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            ApiError::bad_request(
                "missing_provider_config_key",
                "the `provider_config_key` query parameter is required",
            )
        })?;
    let list = query_value(&pairs, "syncs")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            ApiError::bad_request(
                "invalid_query",
                "`syncs` is required: comma-separated names (`name::variant` for a variant), or *",
            )
        })?;
    let connection_id = query_value(&pairs, "connection_id");
    let chosen = if list == "*" {
        let connection = match connection_id.filter(|c| !c.is_empty()) {
            Some(id) => Some(connection(&state, env.id, key, id).await?.id),
            None => None,
        };
        state
            .store
            .sync_schedules(env.id, connection)
            .await?
            .into_iter()
            .filter(|s| s.integration_key == key)
            .collect()
    } else {
        let names: Vec<(String, Option<String>)> = list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| match s.split_once("::") {
                Some((name, variant)) => (name.to_string(), Some(variant.to_string())),
                None => (s.to_string(), None),
            })
            .collect();
        schedules(&state, env.id, key, connection_id, &names).await?
    };
    let mut out = Vec::new();
    for schedule in chosen {
        out.push(describe(&state, &schedule).await?);
    }
    Ok(Json(json!({ "syncs": out })))
}

async fn describe(state: &AppState, schedule: &SyncSchedule) -> ApiResult<Value> {
    let jobs = state.store.sync_jobs(schedule.id, 20).await?;
    let active = jobs
        .iter()
        .any(|j| matches!(j.status, JobStatus::Queued | JobStatus::Running));
    let finished = jobs
        .iter()
        .find(|j| matches!(j.status, JobStatus::Success | JobStatus::Error));
    let status = if active {
        "RUNNING"
    } else if schedule.paused {
        "PAUSED"
    } else {
        match finished.map(|j| j.status) {
            Some(JobStatus::Success) => "SUCCESS",
            Some(JobStatus::Error) => "ERROR",
            _ => "STOPPED",
        }
    };
    let latest = jobs.first();
    let kind = match latest.map(|j| j.kind) {
        Some(JobKind::Incremental) => "INCREMENTAL",
        _ => "INITIAL",
    };
    let script = state
        .store
        .script(
            schedule.environment_id,
            &schedule.integration_key,
            ScriptKind::Sync,
            &schedule.name,
        )
        .await?;
    let models: Vec<String> = script
        .iter()
        .flat_map(nango_store::Script::models)
        .collect();
    let mut record_count = Map::new();
    for model in &models {
        let count = state
            .store
            .record_count(
                schedule.connection,
                &syncs::stored_model(model, &schedule.variant),
            )
            .await?;
        record_count.insert(model.clone(), json!(count));
    }
    let frequency = match schedule.frequency_secs {
        Some(secs) => describe_frequency(secs as u64),
        None => script
            .as_ref()
            .and_then(|s| s.config.get("runs"))
            .and_then(Value::as_str)
            .unwrap_or("every day")
            .to_string(),
    };
    let connection = state.store.connection_by_id(schedule.connection).await?;
    Ok(json!({
        "id": schedule.id.to_string(),
        "connection_id": connection.map(|c| c.connection_id),
        "name": schedule.name,
        "variant": schedule.variant,
        "status": status,
        "type": kind,
        "finishedAt": finished.and_then(|j| j.finished_at.clone()),
        "nextScheduledSyncAt": if schedule.paused { None } else { schedule.next_run_at.clone() },
        "frequency": frequency,
        "latestResult": jobs.iter().find(|j| j.status == JobStatus::Success).map(|j| j.result.clone()),
        "latestError": finished.filter(|j| j.status == JobStatus::Error).and_then(|j| j.error.clone()),
        "recordCount": record_count,
        "checkpoint": null,
    }))
}

/// `every 5 minutes` from seconds.
fn describe_frequency(secs: u64) -> String {
    let (n, unit) = if secs.is_multiple_of(86_400) {
        (secs / 86_400, "day")
    } else if secs.is_multiple_of(3600) {
        (secs / 3600, "hour")
    } else if secs.is_multiple_of(60) {
        (secs / 60, "minute")
    } else {
        (secs, "second")
    };
    format!("every {n} {unit}{}", if n == 1 { "" } else { "s" })
}

pub async fn update_frequency(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let key = required_str(&body, "provider_config_key")?;
    let name = required_str(&body, "sync_name")?.to_string();
    let connection_id = required_str(&body, "connection_id")?;
    let variant = body
        .get("sync_variant")
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut schedule = schedules(&state, env.id, key, Some(connection_id), &[(name, variant)])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::not_found("unknown_sync", "no such sync"))?;
    let frequency = match body.get("frequency") {
        Some(Value::String(text)) => {
            let text = text.trim();
            let normalized = if text.starts_with("every ") {
                text.to_string()
            } else {
                format!("every {text}")
            };
            let secs = nango_config::interval::parse_runs(&normalized)
                .map_err(|e| ApiError::bad_request("invalid_frequency", e))?;
            schedule.frequency_secs = Some(secs as i64);
            Some(text.to_string())
        }
        Some(Value::Null) | None => {
            schedule.frequency_secs = None;
            None
        }
        Some(_) => {
            return Err(ApiError::bad_request(
                "invalid_body",
                "`frequency` must be a string such as `every 5 minutes`, or null for the sync's own",
            ));
        }
    };
    let secs = syncs::frequency_secs(&state, &schedule).await?;
    if !schedule.paused {
        schedule.next_run_at = Some(syncs::later(std::time::Duration::from_secs(secs)));
    }
    state.store.update_sync_schedule(&schedule).await?;
    let shown = frequency.unwrap_or_else(|| describe_frequency(secs));
    Ok(Json(json!({ "frequency": shown })))
}

pub async fn create_variant(
    State(state): State<AppState>,
    Env(env): Env,
    Path((name, variant)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let key = required_str(&body, "provider_config_key")?;
    let connection_id = required_str(&body, "connection_id")?;
    let base = schedules(
        &state,
        env.id,
        key,
        Some(connection_id),
        &[(name.clone(), None)],
    )
    .await?
    .into_iter()
    .next()
    .ok_or_else(|| ApiError::not_found("unknown_sync", "no such sync"))?;
    if variant == "base" || variant.is_empty() {
        return Err(ApiError::bad_request(
            "invalid_variant",
            "a variant needs a name other than `base`",
        ));
    }
    let created = state
        .store
        .ensure_sync_schedule(env.id, base.connection, key, &name, &variant, base.paused)
        .await?;
    state.wake.notify_one();
    Ok(Json(
        json!({ "id": created.id.to_string(), "name": name, "variant": variant }),
    ))
}

pub async fn delete_variant(
    State(state): State<AppState>,
    Env(env): Env,
    Path((name, variant)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let body = object_body(&body)?;
    let key = required_str(&body, "provider_config_key")?;
    let connection_id = required_str(&body, "connection_id")?;
    let schedule = schedules(
        &state,
        env.id,
        key,
        Some(connection_id),
        &[(name, Some(variant))],
    )
    .await?
    .into_iter()
    .next()
    .ok_or_else(|| ApiError::not_found("unknown_sync", "no such variant"))?;
    state.store.delete_sync_schedule(schedule.id).await?;
    Ok(success())
}
