//! What the dashboard reads beyond the public API: an environment's overview and activity
//! over time, integrations with their counts and deployed scripts, a connection with its
//! credentials masked, and the few changes only the dashboard makes (secret key rotation,
//! cancelling a running sync). Every other change the dashboard makes goes through the same
//! platform calls as the HTTP API.

use nango_store::{
    Connection, ConnectionFilter, Environment, Integration, OperationFilter, Script, ScriptKind,
};
use serde::Serialize;
use serde_json::{Map, Value, json};
use utoipa::ToSchema;

use super::sync_control::{SyncSelection, SyncStatus};
use super::{ErrorCode, Platform, PlatformError, Result, credentials};

/// What the Getting started page says: is anything there yet.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Overview {
    /// Integrations.
    pub integrations: usize,
    /// Connections.
    pub connections: usize,
    /// Deployed syncs.
    pub syncs: usize,
    /// Deployed actions.
    pub actions: usize,
    /// When the latest deploy happened (null: nothing deployed).
    pub deployed_at: Option<String>,
    /// The latest deployment's number.
    pub deploy_version: Option<i64>,
}

/// Successes and failures of one kind in one time bucket.
#[derive(Debug, Clone, Copy, Default, Serialize, ToSchema)]
pub struct Outcomes {
    /// Ended well.
    pub success: i64,
    /// Failed.
    pub failed: i64,
}

/// One time bucket of the activity chart.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActivityBucket {
    /// The bucket's start (RFC 3339).
    pub start: String,
    /// Sync runs.
    pub sync: Outcomes,
    /// Action runs.
    pub action: Outcomes,
    /// Proxied calls.
    pub proxy: Outcomes,
    /// Webhook deliveries.
    pub webhook: Outcomes,
    /// End users connecting, and refreshes.
    pub auth: Outcomes,
    /// Deploys.
    pub deploy: Outcomes,
}

/// Executions over time, from the logs.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Activity {
    /// The first bucket's start.
    pub from: String,
    /// Now.
    pub to: String,
    /// The width of a bucket.
    pub bucket_secs: i64,
    /// Every bucket from `from` to `to`, empty ones included.
    pub buckets: Vec<ActivityBucket>,
}

/// An integration in the dashboard's list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntegrationSummary {
    /// Its key.
    pub unique_key: String,
    /// The provider.
    pub provider: String,
    /// Its name for people.
    pub display_name: String,
    /// The provider's auth mode (`OAUTH2`, `API_KEY`, …).
    pub auth_mode: String,
    /// The provider's logo.
    pub logo: String,
    /// Its connections.
    pub connections: usize,
    /// Its connections with errors.
    pub errors: usize,
    /// Deployed syncs.
    pub syncs: usize,
    /// Deployed actions.
    pub actions: usize,
    /// Created.
    pub created_at: String,
}

/// An integration's settings as its page shows them (the client secret never leaves).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntegrationSettings {
    /// Its key.
    pub unique_key: String,
    /// The provider.
    pub provider: String,
    /// Its name for people.
    pub display_name: String,
    /// The provider's auth mode.
    pub auth_mode: String,
    /// The provider's logo.
    pub logo: String,
    /// The OAuth redirect URL to register with the provider.
    pub callback_url: String,
    /// The OAuth app's client id.
    pub client_id: Option<String>,
    /// Scopes, comma-separated.
    pub scopes: Option<String>,
    /// Whether a client secret is set.
    pub client_secret_set: bool,
    /// Created.
    pub created_at: String,
    /// Last changed.
    pub updated_at: String,
}

/// A field of a model.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ModelField {
    /// Its name.
    pub name: String,
    /// Its type, as TypeScript would write it.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether it may be missing.
    pub optional: bool,
}

/// A model with its fields.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ModelView {
    /// Its name.
    pub name: String,
    /// Its fields.
    pub fields: Vec<ModelField>,
}

/// An endpoint of a script.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EndpointView {
    /// `GET`, `POST`…
    pub method: String,
    /// The path.
    pub path: String,
}

/// A deployed script as the Endpoints and Syncs & Actions tabs show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ScriptView {
    /// Its name.
    pub name: String,
    /// `sync`, `action` or `on-event`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its version.
    pub version: String,
    /// When this version was deployed.
    pub deployed_at: String,
    /// What it does.
    pub description: Option<String>,
    /// Its endpoints.
    pub endpoints: Vec<EndpointView>,
    /// How often a sync runs.
    pub runs: Option<String>,
    /// Whether a sync starts by itself for new connections.
    pub auto_start: Option<bool>,
    /// Whether a full sync marks deleted what it no longer sees.
    pub track_deletes: Option<bool>,
    /// `full` or `incremental`.
    pub sync_type: Option<String>,
    /// An action's input model.
    pub input: Option<String>,
    /// Its models (outputs, and an action's input) with their fields.
    pub models: Vec<ModelView>,
}

/// A sync of a connection in an integration's list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConnectionSyncState {
    /// The sync.
    pub name: String,
    /// Its variant.
    pub variant: String,
    /// `RUNNING`, `PAUSED`, `SUCCESS`, `ERROR` or `STOPPED` (never run).
    pub status: String,
}

/// A connection in an integration's page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntegrationConnection {
    /// Its id.
    pub connection_id: String,
    /// The end user.
    #[schema(value_type = Option<Object>)]
    pub end_user: Option<Value>,
    /// Errors (`[{type, log_id}]`).
    #[schema(value_type = Vec<Object>)]
    pub errors: Value,
    /// Created.
    pub created_at: String,
    /// Its syncs.
    pub syncs: Vec<ConnectionSyncState>,
}

/// An integration's page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntegrationDetail {
    /// Its settings.
    pub integration: IntegrationSettings,
    /// Its deployed scripts.
    pub scripts: Vec<ScriptView>,
    /// Its connections with their syncs' states.
    pub connections: Vec<IntegrationConnection>,
}

/// A connection's credentials as the dashboard shows them: what they are, never what they hold.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MaskedCredentials {
    /// `OAUTH2`, `API_KEY`, …
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// When the access token expires.
    pub expires_at: Option<String>,
    /// When the token was last renewed here (null: never).
    pub last_refresh: Option<String>,
    /// The provider's token response with every secret masked.
    #[schema(value_type = Option<Object>)]
    pub raw: Option<Value>,
}

/// A sync of a connection with what its tab shows beyond `GET /sync/status`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConnectionSync {
    /// The status as `GET /sync/status` answers it.
    #[serde(flatten)]
    pub status: SyncStatus,
    /// Its models.
    pub models: Vec<String>,
    /// When the last run started.
    pub last_started_at: Option<String>,
}

/// An action run of a connection (from the logs).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActionRunView {
    /// The operation's id (its log).
    pub id: i64,
    /// The action.
    pub name: Option<String>,
    /// `running`, `success` or `failed`.
    pub status: String,
    /// Started.
    pub started_at: String,
    /// Ended.
    pub finished_at: Option<String>,
}

/// A connection's page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConnectionDetail {
    /// Its id.
    pub connection_id: String,
    /// Its integration.
    pub provider_config_key: String,
    /// The provider.
    pub provider: String,
    /// The provider's auth mode.
    pub auth_mode: String,
    /// Created.
    pub created_at: String,
    /// Last changed.
    pub updated_at: String,
    /// The end user.
    #[schema(value_type = Option<Object>)]
    pub end_user: Option<Value>,
    /// Tags.
    #[schema(value_type = Object)]
    pub tags: Value,
    /// Metadata.
    #[schema(value_type = Object)]
    pub metadata: Value,
    /// Provider-specific configuration.
    #[schema(value_type = Object)]
    pub connection_config: Value,
    /// Errors (`[{type, log_id}]`).
    #[schema(value_type = Vec<Object>)]
    pub errors: Value,
    /// Its credentials, masked.
    pub credentials: MaskedCredentials,
    /// Its syncs.
    pub syncs: Vec<ConnectionSync>,
    /// Its latest action runs.
    pub actions: Vec<ActionRunView>,
}

/// A step of a secret key rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRotation {
    /// A new pending key; both keys work.
    Rotate,
    /// The pending key becomes the only key.
    Activate,
    /// The pending key is dropped.
    Revert,
}

impl Platform {
    /// Counts, and whether anything is deployed.
    pub async fn overview(&self, environment: i64) -> Result<Overview> {
        let scripts = self.store.scripts(environment).await?;
        let deployment = self.store.latest_deployment(environment).await?;
        Ok(Overview {
            integrations: self.store.integrations(environment).await?.len(),
            connections: self.all_connections(environment).await?.len(),
            syncs: count(&scripts, ScriptKind::Sync),
            actions: count(&scripts, ScriptKind::Action),
            deployed_at: deployment.as_ref().map(|d| d.created_at.clone()),
            deploy_version: deployment.map(|d| d.version),
        })
    }

    /// Operations over the last `hours`, per kind and outcome, in buckets of an hour (a day
    /// past three days).
    pub async fn activity(&self, environment: i64, hours: i64) -> Result<Activity> {
        if !(1..=720).contains(&hours) {
            return Err(PlatformError::new(
                ErrorCode::InvalidQuery,
                format!("`hours` must be from 1 to 720, not {hours}"),
            ));
        }
        let bucket_secs = if hours > 72 { 86_400 } else { 3600 };
        let now = jiff::Timestamp::now().as_second();
        let first = (now - hours * 3600).div_euclid(bucket_secs) * bucket_secs;
        let since = rfc3339(first);
        let counts = self
            .store
            .operation_activity(environment, &since, bucket_secs)
            .await?;
        let mut buckets = Vec::new();
        let mut start = first;
        while start <= now {
            let mut bucket = ActivityBucket {
                start: rfc3339(start),
                sync: Outcomes::default(),
                action: Outcomes::default(),
                proxy: Outcomes::default(),
                webhook: Outcomes::default(),
                auth: Outcomes::default(),
                deploy: Outcomes::default(),
            };
            for count in counts.iter().filter(|c| c.bucket == start) {
                let outcomes = match count.kind.as_str() {
                    "sync" => &mut bucket.sync,
                    "action" => &mut bucket.action,
                    "proxy" => &mut bucket.proxy,
                    "webhook" => &mut bucket.webhook,
                    "auth" => &mut bucket.auth,
                    "deploy" => &mut bucket.deploy,
                    _ => continue,
                };
                match count.status.as_str() {
                    "success" => outcomes.success += count.count,
                    "failed" => outcomes.failed += count.count,
                    _ => {}
                }
            }
            buckets.push(bucket);
            start += bucket_secs;
        }
        Ok(Activity {
            from: since,
            to: rfc3339(now),
            bucket_secs,
            buckets,
        })
    }

    /// The environment's integrations with their counts.
    pub async fn integration_summaries(&self, environment: i64) -> Result<Vec<IntegrationSummary>> {
        let integrations = self.store.integrations(environment).await?;
        let connections = self.all_connections(environment).await?;
        let scripts = self.store.scripts(environment).await?;
        Ok(integrations
            .iter()
            .map(|integration| {
                let key = &integration.unique_key;
                let theirs: Vec<&Connection> = connections
                    .iter()
                    .filter(|c| c.provider_config_key == *key)
                    .collect();
                let mine: Vec<Script> = scripts
                    .iter()
                    .filter(|s| s.integration_key == *key)
                    .cloned()
                    .collect();
                let view = self.integration_view(integration, &[]);
                IntegrationSummary {
                    unique_key: key.clone(),
                    provider: integration.provider.clone(),
                    display_name: view.display_name,
                    auth_mode: self.auth_mode(integration),
                    logo: view.logo,
                    connections: theirs.len(),
                    errors: theirs.iter().filter(|c| has_errors(c)).count(),
                    syncs: count(&mine, ScriptKind::Sync),
                    actions: count(&mine, ScriptKind::Action),
                    created_at: integration.created_at.clone(),
                }
            })
            .collect())
    }

    /// An integration's page: settings, deployed scripts with their models, connections with
    /// the states of their syncs.
    pub async fn integration_detail(
        &self,
        environment: i64,
        key: &str,
        base_url: &str,
    ) -> Result<IntegrationDetail> {
        let integration = self.integration(environment, key).await?;
        let view = self.integration_view(&integration, &[]);
        let definitions = self
            .models_schema(environment)
            .await?
            .map(|d| (*d).clone())
            .unwrap_or(Value::Null);
        let scripts: Vec<ScriptView> = self
            .store
            .scripts(environment)
            .await?
            .iter()
            .filter(|s| s.integration_key == key)
            .map(|s| script_view(s, &definitions))
            .collect();
        let schedules = self.store.sync_schedules(environment, None).await?;
        let mut connections = Vec::new();
        let filter = ConnectionFilter {
            integrations: vec![key.to_string()],
            ..ConnectionFilter::default()
        };
        for connection in self.store.connections(environment, &filter).await? {
            let mut syncs = Vec::new();
            for schedule in schedules
                .iter()
                .filter(|s| s.connection == connection.id && s.integration_key == key)
            {
                syncs.push(ConnectionSyncState {
                    name: schedule.name.clone(),
                    variant: schedule.variant.clone(),
                    status: self.sync_state(schedule).await?.to_string(),
                });
            }
            connections.push(IntegrationConnection {
                connection_id: connection.connection_id,
                end_user: connection.end_user,
                errors: connection.errors,
                created_at: connection.created_at,
                syncs,
            });
        }
        Ok(IntegrationDetail {
            integration: IntegrationSettings {
                unique_key: integration.unique_key.clone(),
                provider: integration.provider.clone(),
                display_name: view.display_name,
                auth_mode: self.auth_mode(&integration),
                logo: view.logo,
                callback_url: self.callback_url(base_url),
                client_id: integration.oauth_client_id.clone(),
                scopes: integration.oauth_scopes.clone(),
                client_secret_set: integration.oauth_client_secret.is_some(),
                created_at: integration.created_at.clone(),
                updated_at: integration.updated_at.clone(),
            },
            scripts,
            connections,
        })
    }

    /// A connection's page, its credentials masked; with `refresh`, its token renewed first
    /// (an error when the provider refuses).
    pub async fn connection_detail(
        &self,
        environment: i64,
        key: &str,
        id: &str,
        refresh: bool,
    ) -> Result<ConnectionDetail> {
        let (integration, mut connection) = self
            .integration_and_connection(environment, key, id)
            .await?;
        let opened = if refresh {
            self.credentials(&integration, &mut connection, true)
                .await?
        } else {
            credentials::open(self, &connection)?
        };
        let selection = SyncSelection {
            provider_config_key: key.to_string(),
            connection_id: Some(id.to_string()),
            syncs: Vec::new(),
        };
        let mut syncs = Vec::new();
        for schedule in self.schedules(environment, &selection).await? {
            let status = self.describe(&schedule).await?;
            let script = self.schedule_script(&schedule).await?;
            let last_started_at = self
                .store
                .sync_jobs(schedule.id, 5)
                .await?
                .into_iter()
                .find_map(|j| j.started_at);
            syncs.push(ConnectionSync {
                status,
                models: script.map(|s| s.models()).unwrap_or_default(),
                last_started_at,
            });
        }
        let actions = self
            .store
            .operations(
                environment,
                &OperationFilter {
                    kind: Some("action".into()),
                    integration_key: Some(key.to_string()),
                    connection_id: Some(id.to_string()),
                    limit: 20,
                    ..OperationFilter::default()
                },
            )
            .await?
            .into_iter()
            .map(|o| ActionRunView {
                id: o.id,
                name: o.name,
                status: o.status,
                started_at: o.started_at,
                finished_at: o.finished_at,
            })
            .collect();
        Ok(ConnectionDetail {
            auth_mode: self.auth_mode(&integration),
            connection_id: connection.connection_id,
            provider_config_key: connection.provider_config_key,
            provider: connection.provider,
            created_at: connection.created_at,
            updated_at: connection.updated_at,
            end_user: connection.end_user,
            tags: connection.tags,
            metadata: connection.metadata,
            connection_config: connection.connection_config,
            errors: connection.errors,
            credentials: masked(&opened),
            syncs,
            actions,
        })
    }

    /// Stops a running sync of a connection: its script is stopped at its next call to the
    /// platform, and the run ends as failed ("cancelled"), without retries or a webhook.
    pub async fn cancel_sync(&self, environment: i64, selection: &SyncSelection) -> Result<()> {
        let schedules = self.schedules(environment, selection).await?;
        let mut cancelled = false;
        for schedule in &schedules {
            cancelled |= self.running.cancel(schedule.id);
        }
        if cancelled {
            Ok(())
        } else {
            Err(PlatformError::new(
                ErrorCode::SyncNotRunning,
                "the sync is not running on this server: nothing to cancel",
            ))
        }
    }

    /// One step of a secret key rotation; answers the environment after it.
    pub async fn rotate_secret_key(
        &self,
        environment: &Environment,
        step: KeyRotation,
    ) -> Result<Environment> {
        let mut updated = environment.clone();
        match (step, &environment.pending_secret_key) {
            (KeyRotation::Rotate, _) => {
                updated.pending_secret_key = Some(crate::generate_secret_key());
            }
            (KeyRotation::Activate, Some(pending)) => {
                updated.secret_key = pending.clone();
                updated.pending_secret_key = None;
            }
            (KeyRotation::Revert, Some(_)) => updated.pending_secret_key = None,
            (KeyRotation::Activate | KeyRotation::Revert, None) => {
                return Err(PlatformError::new(
                    ErrorCode::InvalidKeyRotation,
                    "there is no pending secret key: rotate first",
                ));
            }
        }
        self.store.update_environment(&updated).await?;
        tracing::info!(environment = environment.name, ?step, "secret key rotation");
        Ok(updated)
    }

    async fn all_connections(&self, environment: i64) -> Result<Vec<Connection>> {
        Ok(self
            .store
            .connections(environment, &ConnectionFilter::default())
            .await?)
    }

    fn auth_mode(&self, integration: &Integration) -> String {
        self.catalog.get(&integration.provider).map_or_else(
            || "UNKNOWN".to_string(),
            |p| p.auth_mode.as_str().to_string(),
        )
    }
}

fn count(scripts: &[Script], kind: ScriptKind) -> usize {
    scripts.iter().filter(|s| s.kind == kind).count()
}

fn has_errors(connection: &Connection) -> bool {
    connection.errors.as_array().is_some_and(|e| !e.is_empty())
}

fn rfc3339(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%S.000Z").to_string())
        .unwrap_or_default()
}

/// A deployed script with its models' fields from the deployment's JSON schema.
fn script_view(script: &Script, definitions: &Value) -> ScriptView {
    let config = &script.config;
    let text = |key: &str| config.get(key).and_then(Value::as_str).map(str::to_string);
    let endpoints = config
        .get("endpoints")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| match e {
            Value::Object(o) => Some(EndpointView {
                method: o
                    .get("method")
                    .and_then(Value::as_str)
                    .unwrap_or("GET")
                    .into(),
                path: o.get("path").and_then(Value::as_str)?.into(),
            }),
            Value::String(s) => {
                let (method, path) = s.split_once(' ')?;
                Some(EndpointView {
                    method: method.into(),
                    path: path.trim().into(),
                })
            }
            _ => None,
        })
        .collect();
    let input = text("input");
    let models = script
        .models()
        .into_iter()
        .chain(input.clone())
        .map(|name| ModelView {
            fields: model_fields(definitions.get(&name)),
            name,
        })
        .collect();
    let is_sync = script.kind == ScriptKind::Sync;
    ScriptView {
        name: script.name.clone(),
        kind: script.kind.as_str().to_string(),
        version: script.version.clone(),
        deployed_at: script.updated_at.clone(),
        description: config
            .pointer("/metadata/description")
            .or_else(|| config.get("description"))
            .and_then(Value::as_str)
            .map(str::to_string),
        endpoints,
        runs: if is_sync { text("runs") } else { None },
        auto_start: is_sync
            .then(|| config.get("auto_start").and_then(Value::as_bool) != Some(false)),
        track_deletes: is_sync
            .then(|| config.get("track_deletes").and_then(Value::as_bool) == Some(true)),
        sync_type: if is_sync { text("sync_type") } else { None },
        input,
        models,
    }
}

/// The fields of a model's JSON schema.
fn model_fields(schema: Option<&Value>) -> Vec<ModelField> {
    let Some(schema) = schema else {
        return Vec::new();
    };
    let required: Vec<&str> = nango_runtime::validate::required(schema).collect();
    schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, field)| ModelField {
            name: name.clone(),
            kind: type_of(field),
            optional: !required.contains(&name.as_str()),
        })
        .collect()
}

/// A JSON schema's type as TypeScript would write it.
fn type_of(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference
            .rsplit('/')
            .next()
            .unwrap_or(reference)
            .to_string();
    }
    if let Some(value) = schema.get("const") {
        return value.to_string();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return values
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(" | ");
    }
    for union in ["anyOf", "oneOf"] {
        if let Some(options) = schema.get(union).and_then(Value::as_array) {
            return options.iter().map(type_of).collect::<Vec<_>>().join(" | ");
        }
    }
    let one = |kind: &str| -> String {
        match kind {
            "array" => {
                let item = schema
                    .get("items")
                    .map_or_else(|| "any".to_string(), type_of);
                if item.contains(' ') {
                    format!("({item})[]")
                } else {
                    format!("{item}[]")
                }
            }
            "integer" => "number".into(),
            "object" if schema.get("properties").is_some() => {
                let fields: Vec<String> = model_fields(Some(schema))
                    .into_iter()
                    .map(|f| {
                        format!(
                            "{}{}: {}",
                            f.name,
                            if f.optional { "?" } else { "" },
                            f.kind
                        )
                    })
                    .collect();
                format!("{{ {} }}", fields.join("; "))
            }
            other => other.to_string(),
        }
    };
    match schema.get("type") {
        Some(Value::String(kind)) => one(kind),
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .map(one)
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "any".into(),
    }
}

/// Fields of a token response that hold no secret; every other string is masked.
const PLAIN_FIELDS: [&str; 12] = [
    "type",
    "token_type",
    "scope",
    "scopes",
    "expires_in",
    "expires_at",
    "instance_url",
    "issued_at",
    "created_at",
    "ext_expires_in",
    "refresh_token_expires_in",
    "last_refreshed_at",
];

/// The credentials as the dashboard shows them: their kind and expiry, and the raw token
/// response with every secret masked.
fn masked(credentials: &Value) -> MaskedCredentials {
    let text = |key: &str| {
        credentials
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    MaskedCredentials {
        kind: text("type"),
        expires_at: text("expires_at"),
        last_refresh: text("last_refreshed_at"),
        raw: credentials.get("raw").map(mask),
    }
}

/// A JSON value with every string masked, but for the fields known to hold no secret.
fn mask(value: &Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .map(|(key, value)| {
                    let shown = if PLAIN_FIELDS.contains(&key.as_str()) && !value.is_object() {
                        value.clone()
                    } else {
                        mask(value)
                    };
                    (key.clone(), shown)
                })
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(mask).collect()),
        Value::String(secret) => json!(mask_text(secret)),
        other => other.clone(),
    }
}

/// `••••` and, for long values, their last four characters (enough to tell two apart).
fn mask_text(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() >= 16 {
        format!(
            "••••{}",
            chars[chars.len() - 4..].iter().collect::<String>()
        )
    } else {
        "••••".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_of_a_token_response_is_masked() {
        let credentials = json!({
            "type": "OAUTH2",
            "access_token": "gho_abcdefghijklmnopqrstuvwxyz",
            "expires_at": "2030-01-01T00:00:00.000Z",
            "raw": {
                "access_token": "gho_abcdefghijklmnopqrstuvwxyz",
                "refresh_token": "short",
                "token_type": "bearer",
                "scope": "repo,user",
                "expires_in": 3600,
                "id_token": "eyJhbGciOi.payload.signature-xyz",
                "nested": {"secret": "s3cr3t-value-that-is-long", "scope": {"x": "hidden-x"}},
                "list": ["one-secret-in-a-list-long"]
            }
        });
        let shown = masked(&credentials);
        let text = serde_json::to_string(&shown).unwrap();
        for secret in [
            "gho_abcdefghijklmnopqrstuvwxyz",
            "short",
            "eyJhbGciOi",
            "s3cr3t",
            "hidden-x",
            "one-secret",
        ] {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
        let raw = shown.raw.unwrap();
        assert_eq!(raw["access_token"], "••••wxyz");
        assert_eq!(raw["refresh_token"], "••••");
        assert_eq!(raw["token_type"], "bearer");
        assert_eq!(raw["scope"], "repo,user");
        assert_eq!(raw["expires_in"], 3600);
        assert_eq!(shown.kind.as_deref(), Some("OAUTH2"));
        assert_eq!(
            shown.expires_at.as_deref(),
            Some("2030-01-01T00:00:00.000Z")
        );
    }

    #[test]
    fn model_fields_read_as_typescript() {
        let schema = json!({
            "type": "object",
            "properties": {
                "id": {"type": "number"},
                "labels": {"type": "array", "items": {"type": "string"}},
                "author": {"type": ["string", "null"]},
                "owner": {"$ref": "#/definitions/User"},
                "state": {"enum": ["open", "closed"]},
                "mixed": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "number"}]}}
            },
            "required": ["id", "labels"]
        });
        let fields = model_fields(Some(&schema));
        let find = |name: &str| fields.iter().find(|f| f.name == name).unwrap();
        assert_eq!(
            (find("id").kind.as_str(), find("id").optional),
            ("number", false)
        );
        assert_eq!(find("labels").kind, "string[]");
        assert_eq!(
            (find("author").kind.as_str(), find("author").optional),
            ("string | null", true)
        );
        assert_eq!(find("owner").kind, "User");
        assert_eq!(find("state").kind, r#""open" | "closed""#);
        assert_eq!(find("mixed").kind, "(string | number)[]");
    }

    #[test]
    fn endpoints_read_both_shapes() {
        let script = Script {
            id: 1,
            environment_id: 1,
            integration_key: "gh".into(),
            name: "issues".into(),
            kind: ScriptKind::Sync,
            version: "0.0.1".into(),
            config: json!({
                "models": ["Issue"],
                "runs": "every hour",
                "endpoints": [{"method": "GET", "path": "/issues"}, "POST /issues/bulk"],
                "metadata": {"description": "Issues"}
            }),
            js: String::new(),
            ts: None,
            deployment_id: 1,
            created_at: "t".into(),
            updated_at: "t2".into(),
        };
        let view = script_view(
            &script,
            &json!({"Issue": {"properties": {"id": {"type": "string"}}, "required": ["id"]}}),
        );
        assert_eq!(view.endpoints.len(), 2);
        assert_eq!(
            (
                view.endpoints[1].method.as_str(),
                view.endpoints[1].path.as_str()
            ),
            ("POST", "/issues/bulk")
        );
        assert_eq!(view.models[0].fields[0].name, "id");
        assert_eq!(view.runs.as_deref(), Some("every hour"));
        assert_eq!(view.auto_start, Some(true));
        assert_eq!(view.track_deletes, Some(false));
        assert_eq!(view.description.as_deref(), Some("Issues"));
        assert_eq!(view.deployed_at, "t2");
    }
}
