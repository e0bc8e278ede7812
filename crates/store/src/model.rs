//! What the store keeps.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An environment (`dev`, `prod`, …): its own integrations, connections and scripts, reached
/// with its secret key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Environment {
    /// Id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// The secret key API calls authenticate with.
    pub secret_key: String,
    /// Where webhooks go.
    pub webhook_url: Option<String>,
    /// What signs them (the secret key when unset).
    pub webhook_secret: Option<String>,
    /// The public key older frontends start connections with (set on first start).
    pub public_key: Option<String>,
    /// Whether an auth webhook goes out when a connection is created or renewed.
    pub webhook_on_auth_creation: bool,
    /// Whether an auth webhook goes out when a token refresh fails.
    pub webhook_on_auth_refresh_error: bool,
    /// A second place webhooks go.
    pub webhook_url_secondary: Option<String>,
    /// Whether a sync webhook goes out when a run fails.
    pub webhook_on_sync_error: bool,
    /// Whether a sync webhook goes out after every successful run, even one that changed nothing.
    pub webhook_on_sync_success_always: bool,
    /// During a key rotation, the new key (both keys work until it is activated or reverted).
    pub pending_secret_key: Option<String>,
    /// How long a sync run may take, in seconds (`None`: the default, 24 hours).
    pub sync_time_limit_secs: Option<i64>,
    /// How long an action run may take, in seconds (`None`: the default, 15 minutes).
    pub action_time_limit_secs: Option<i64>,
    /// When it was created.
    pub created_at: String,
}

impl Environment {
    /// Where its webhooks go: the primary URL, then the secondary one.
    pub fn webhook_urls(&self) -> Vec<&str> {
        [&self.webhook_url, &self.webhook_url_secondary]
            .into_iter()
            .filter_map(|url| url.as_deref())
            .collect()
    }
}

/// An integration: a provider configured in an environment under a unique key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Integration {
    /// Id.
    pub id: i64,
    /// Its environment.
    pub environment_id: i64,
    /// The key API calls name it by (`provider_config_key`).
    pub unique_key: String,
    /// The provider (a catalog name).
    pub provider: String,
    /// A name for people.
    pub display_name: Option<String>,
    /// OAuth app client id.
    pub oauth_client_id: Option<String>,
    /// OAuth app client secret (sealed).
    pub oauth_client_secret: Option<String>,
    /// OAuth scopes, comma-separated.
    pub oauth_scopes: Option<String>,
    /// Created.
    pub created_at: String,
    /// Last changed.
    pub updated_at: String,
}

/// A new integration.
#[derive(Debug, Clone, Default)]
pub struct NewIntegration {
    /// Key.
    pub unique_key: String,
    /// Provider.
    pub provider: String,
    /// Display name.
    pub display_name: Option<String>,
    /// OAuth client id.
    pub oauth_client_id: Option<String>,
    /// OAuth client secret (sealed).
    pub oauth_client_secret: Option<String>,
    /// OAuth scopes.
    pub oauth_scopes: Option<String>,
}

/// A connection: one end user's credentials for an integration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Connection {
    /// Internal id.
    pub id: i64,
    /// Environment.
    pub environment_id: i64,
    /// Its integration's id.
    pub integration_id: i64,
    /// Its integration's key.
    pub provider_config_key: String,
    /// Its integration's provider.
    pub provider: String,
    /// The id the connection was created with.
    pub connection_id: String,
    /// The credentials, sealed.
    pub credentials: String,
    /// Provider-specific configuration (`subdomain`, …).
    pub connection_config: Value,
    /// User metadata.
    pub metadata: Value,
    /// The end user, when known.
    pub end_user: Option<Value>,
    /// Tags.
    pub tags: Value,
    /// Errors (`[{type, log_id}]`).
    pub errors: Value,
    /// Created.
    pub created_at: String,
    /// Last changed.
    pub updated_at: String,
    /// Last time its credentials were read.
    pub last_fetched_at: Option<String>,
    /// When its access token expires (the credentials' `expires_at`, kept in the clear for the
    /// refresh job).
    pub credentials_expires_at: Option<String>,
}

/// A connection to create or replace.
#[derive(Debug, Clone)]
pub struct NewConnection {
    /// Environment.
    pub environment_id: i64,
    /// Integration id.
    pub integration_id: i64,
    /// Connection id.
    pub connection_id: String,
    /// Sealed credentials.
    pub credentials: String,
    /// Configuration.
    pub connection_config: Value,
    /// Metadata.
    pub metadata: Value,
    /// End user.
    pub end_user: Option<Value>,
    /// Tags.
    pub tags: Value,
    /// When its access token expires.
    pub credentials_expires_at: Option<String>,
}

/// Which connections to list.
#[derive(Debug, Clone, Default)]
pub struct ConnectionFilter {
    /// Exactly this connection id.
    pub connection_id: Option<String>,
    /// Part of the connection id or of the end user's id, email or name.
    pub search: Option<String>,
    /// Only these integrations.
    pub integrations: Vec<String>,
    /// The end user's id.
    pub end_user_id: Option<String>,
    /// The end user's organization id.
    pub end_user_organization_id: Option<String>,
    /// Tags that must match (`key` → `value`).
    pub tags: Vec<(String, String)>,
    /// At most this many.
    pub limit: Option<i64>,
    /// Skip this many.
    pub offset: Option<i64>,
}

/// Kinds of scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScriptKind {
    /// A sync.
    Sync,
    /// An action.
    Action,
    /// An on-event script.
    OnEvent,
}

impl ScriptKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ScriptKind::Sync => "sync",
            ScriptKind::Action => "action",
            ScriptKind::OnEvent => "on-event",
        }
    }

    /// From the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "sync" => Some(ScriptKind::Sync),
            "action" => Some(ScriptKind::Action),
            "on-event" => Some(ScriptKind::OnEvent),
            _ => None,
        }
    }
}

/// A deployed script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Script {
    /// Id.
    pub id: i64,
    /// Environment.
    pub environment_id: i64,
    /// Its integration's key.
    pub integration_key: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ScriptKind,
    /// Version (as deployed; may be empty).
    pub version: String,
    /// Its configuration as deployed (the flow config without the code): models, runs,
    /// endpoints, input, sync type, event…
    pub config: Value,
    /// The CommonJS bundle.
    pub js: String,
    /// The TypeScript source, when sent.
    pub ts: Option<String>,
    /// The deployment that brought this version.
    pub deployment_id: i64,
    /// First deployed.
    pub created_at: String,
    /// Last deployed.
    pub updated_at: String,
}

impl Script {
    /// The models it outputs (`models` of its configuration).
    pub fn models(&self) -> Vec<String> {
        config_models(&self.config)
    }
}

/// The `models` of a script's configuration.
pub fn config_models(config: &Value) -> Vec<String> {
    config
        .get("models")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| m.as_str().map(str::to_string))
        .collect()
}

/// A script to deploy.
#[derive(Debug, Clone)]
pub struct NewScript {
    /// Integration key.
    pub integration_key: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ScriptKind,
    /// Version.
    pub version: String,
    /// Configuration.
    pub config: Value,
    /// Bundle.
    pub js: String,
    /// Source.
    pub ts: Option<String>,
}

/// What a deploy replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeployScope {
    /// Every script of the environment.
    Environment,
    /// Only this integration's scripts.
    Integration(String),
    /// Only the scripts deployed (nothing is removed).
    Scripts,
}

/// A deploy.
#[derive(Debug, Clone)]
pub struct NewDeployment {
    /// The scripts.
    pub scripts: Vec<NewScript>,
    /// What the deploy replaces.
    pub scope: DeployScope,
    /// Remove active scripts of the scope that are not in `scripts`.
    pub reconcile: bool,
    /// The models' JSON Schema, when sent.
    pub json_schema: Option<Value>,
}

/// A deployment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deployment {
    /// Id.
    pub id: i64,
    /// Environment.
    pub environment_id: i64,
    /// 1, 2, 3… per environment.
    pub version: i64,
    /// The models' JSON Schema.
    pub json_schema: Option<Value>,
    /// When.
    pub created_at: String,
}

/// States of an action run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    /// Waiting for a worker (triggered on a process that runs no scripts).
    Queued,
    /// Still running.
    Running,
    /// Returned its output.
    Success,
    /// Failed.
    Error,
}

impl ActionStatus {
    fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Queued => "queued",
            ActionStatus::Running => "running",
            ActionStatus::Success => "success",
            ActionStatus::Error => "error",
        }
    }

    pub(crate) fn parse(text: &str) -> Self {
        match text {
            "queued" => ActionStatus::Queued,
            "success" => ActionStatus::Success,
            "error" => ActionStatus::Error,
            _ => ActionStatus::Running,
        }
    }

    /// The stored name.
    pub fn name(self) -> &'static str {
        self.as_str()
    }
}

/// A connect session: what an end user may connect with its token.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConnectSession {
    /// Id.
    pub id: i64,
    /// Its environment.
    pub environment_id: i64,
    /// The SHA-256 (hex) of its token.
    pub token_hash: String,
    /// The end user (`{id, email?, display_name?, tags?}`).
    pub end_user: Value,
    /// Their organization (`{id, display_name?}`).
    pub organization: Option<Value>,
    /// The integrations it may connect (all when `None`).
    pub allowed_integrations: Option<Vec<String>>,
    /// Per integration: `{user_scopes?, authorization_params?, connection_config?}`.
    pub integrations_config_defaults: Value,
    /// Tags the connection gets.
    pub tags: Value,
    /// For a reconnect session: the connection it renews.
    pub connection: Option<i64>,
    /// When the token stops working.
    pub expires_at: String,
    /// Created.
    pub created_at: String,
}

/// A connect session to create.
#[derive(Debug, Clone, PartialEq)]
pub struct NewConnectSession {
    /// Its environment.
    pub environment_id: i64,
    /// The SHA-256 (hex) of its token.
    pub token_hash: String,
    /// The end user.
    pub end_user: Value,
    /// Their organization.
    pub organization: Option<Value>,
    /// The integrations it may connect (all when `None`).
    pub allowed_integrations: Option<Vec<String>>,
    /// Per-integration defaults.
    pub integrations_config_defaults: Value,
    /// Tags the connection gets.
    pub tags: Value,
    /// For a reconnect session: the connection it renews.
    pub connection: Option<i64>,
    /// When the token stops working.
    pub expires_at: String,
}

/// A dashboard account.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DashboardUser {
    /// Id.
    pub id: i64,
    /// The login name.
    pub username: String,
    /// The password's argon2id hash (PHC string).
    #[serde(skip)]
    pub password_hash: String,
}

/// A dashboard login session.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardSession {
    /// The SHA-256 (hex) of the cookie's value.
    pub token_hash: String,
    /// Who logged in.
    pub user: DashboardUser,
    /// The token every change must carry (`X-CSRF-Token`).
    pub csrf_token: String,
    /// When it ends.
    pub expires_at: String,
}

/// An OAuth flow in progress, kept until its callback (single use) or its expiry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OAuthFlow {
    /// The SHA-256 (hex) of the flow's `state`.
    pub state_hash: String,
    /// Its environment.
    pub environment_id: i64,
    /// What the platform needs to finish it (its own shape).
    pub flow: Value,
    /// When the flow stops being accepted.
    pub expires_at: String,
}

/// One run of an action (kept for `X-Async` runs).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionRun {
    /// Id (random, URL-safe).
    pub id: String,
    /// Environment.
    pub environment_id: i64,
    /// Connection (internal id).
    pub connection: i64,
    /// Action.
    pub action_name: String,
    /// Its input (kept while it waits for a worker).
    pub input: Option<Value>,
    /// State.
    pub status: ActionStatus,
    /// Output, when successful.
    pub output: Option<Value>,
    /// Error, when failed (`{error: {code, message, payload}}`, with the HTTP status under
    /// `status`).
    pub error: Option<Value>,
    /// Started.
    pub created_at: String,
    /// Ended.
    pub finished_at: Option<String>,
    /// The worker running it (`None` while it waits in the queue).
    pub worker: Option<String>,
    /// Until when its worker holds it: a run still running after that lost its worker, and
    /// fails ([`crate::Store::fail_abandoned_action_runs`]).
    pub lease_until: Option<String>,
}

/// A deployed sync's schedule for one connection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncSchedule {
    /// Id.
    pub id: i64,
    /// Environment.
    pub environment_id: i64,
    /// Connection (internal id).
    pub connection: i64,
    /// Its integration's key.
    pub integration_key: String,
    /// The sync script's name.
    pub name: String,
    /// Variant (`base` unless a variant was created).
    pub variant: String,
    /// Whether it runs on its schedule.
    pub paused: bool,
    /// A frequency for this connection, replacing the script's (seconds).
    pub frequency_secs: Option<i64>,
    /// When it runs next.
    pub next_run_at: Option<String>,
    /// Start of the last successful run (the script's `lastSyncDate`).
    pub last_sync_date: Option<String>,
    /// Created.
    pub created_at: String,
}

/// Kinds of sync runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum JobKind {
    /// The first run of a schedule.
    Initial,
    /// A run from the last successful one (`lastSyncDate` set).
    Incremental,
    /// A full refresh (`lastSyncDate` unset).
    Full,
}

impl JobKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Initial => "INITIAL",
            JobKind::Incremental => "INCREMENTAL",
            JobKind::Full => "FULL",
        }
    }

    pub(crate) fn parse(text: &str) -> Self {
        match text {
            "INITIAL" => JobKind::Initial,
            "FULL" => JobKind::Full,
            _ => JobKind::Incremental,
        }
    }
}

/// States of a sync run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobStatus {
    /// Waiting for a worker (from `run_at`).
    Queued,
    /// A worker runs it.
    Running,
    /// Done.
    Success,
    /// Failed (and will not be retried).
    Error,
}

impl JobStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Queued => "queued",
            JobStatus::Running => "running",
            JobStatus::Success => "success",
            JobStatus::Error => "error",
        }
    }

    pub(crate) fn parse(text: &str) -> Self {
        match text {
            "running" => JobStatus::Running,
            "success" => JobStatus::Success,
            "error" => JobStatus::Error,
            _ => JobStatus::Queued,
        }
    }
}

/// One run of a sync.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncJob {
    /// Id.
    pub id: i64,
    /// Its schedule.
    pub sync_id: i64,
    /// Kind.
    pub kind: JobKind,
    /// State.
    pub status: JobStatus,
    /// 0 for the first try.
    pub attempt: i64,
    /// When it may start.
    pub run_at: String,
    /// Started.
    pub started_at: Option<String>,
    /// Ended.
    pub finished_at: Option<String>,
    /// Per model: `{added, updated, deleted}`.
    pub result: Value,
    /// Why it failed.
    pub error: Option<String>,
}

/// What a batch did to the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RecordCounts {
    /// New records (or deleted ones saved again).
    pub added: u64,
    /// Changed records.
    pub updated: u64,
    /// Deleted records.
    pub deleted: u64,
    /// Saved again unchanged (not rewritten).
    pub unchanged: u64,
}

impl RecordCounts {
    /// Adds another batch's counts.
    pub fn add(&mut self, other: RecordCounts) {
        self.added += other.added;
        self.updated += other.updated;
        self.deleted += other.deleted;
        self.unchanged += other.unchanged;
    }
}

/// How a batch changes records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordWrite {
    /// `batchSave`: insert or replace.
    Save,
    /// `batchUpdate`: merge the given fields into the stored record.
    Update,
    /// `batchDelete`: mark deleted.
    Delete,
}

/// One record of a batch given to [`crate::Store::write_records`]: its id and its JSON text.
/// A save stores and hashes the text as it is given (the sandbox's `JSON.stringify` output, not
/// parsed and written again); an update's text holds the fields to merge; a delete's is unused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordInput {
    /// The record's `id`.
    pub id: String,
    /// Its JSON text.
    pub json: String,
}

impl RecordInput {
    /// A record from its id and JSON text.
    pub fn new(id: impl Into<String>, json: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            json: json.into(),
        }
    }

    /// A record from its id and value (serialized compactly, keys in their order).
    pub fn from_value(id: impl Into<String>, value: &Value) -> Self {
        Self::new(id, value.to_string())
    }
}

/// One record as the cache returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CachedRecord {
    /// The record's `id`.
    pub id: String,
    /// The record.
    pub data: Value,
    /// First saved.
    pub first_seen_at: String,
    /// Last changed.
    pub last_modified_at: String,
    /// `ADDED`, `UPDATED` or `DELETED`.
    pub last_action: String,
    /// When deleted.
    pub deleted_at: Option<String>,
    /// Position in the change order.
    pub cursor: i64,
}

/// Which records to read.
#[derive(Debug, Clone, Default)]
pub struct RecordQuery {
    /// Connection (internal id).
    pub connection: i64,
    /// Model (with its variant, as stored).
    pub model: String,
    /// After this position.
    pub after_cursor: Option<i64>,
    /// Changed at or after this time.
    pub modified_after: Option<String>,
    /// Only these last actions (`ADDED`, `UPDATED`, `DELETED`).
    pub actions: Vec<String>,
    /// Only these ids.
    pub ids: Vec<String>,
    /// At most this many.
    pub limit: i64,
}

/// A webhook to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWebhook {
    /// Environment.
    pub environment_id: i64,
    /// Where.
    pub url: String,
    /// The JSON body.
    pub body: String,
    /// Its id, sent with every attempt so that a receiver can drop a repeat.
    pub delivery_id: String,
    /// Deliveries with the same key and URL go out in the order they were queued, each after
    /// the one before it is delivered or dropped (`None`: no order).
    pub ordering_key: Option<String>,
}

/// How a sync run ended. Its webhooks are queued in the same transaction that records the
/// end, so a run that is recorded as ended owes no webhook it did not queue, and a worker that
/// lost the run to another queues none.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncRunEnd {
    /// `success` or `error`.
    pub status: JobStatus,
    /// The counts per model.
    pub result: Value,
    /// Why it failed.
    pub error: Option<String>,
    /// The webhooks the end owes.
    pub webhooks: Vec<NewWebhook>,
}

/// A webhook to deliver.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WebhookDelivery {
    /// Id.
    pub id: i64,
    /// Environment.
    pub environment_id: i64,
    /// Where.
    pub url: String,
    /// The JSON body.
    pub body: String,
    /// Attempts so far.
    pub attempts: i64,
    /// Next try.
    pub next_attempt_at: String,
    /// Its id, the same on every attempt.
    pub delivery_id: String,
    /// What it is ordered with ([`NewWebhook::ordering_key`]).
    pub ordering_key: Option<String>,
}

impl WebhookDelivery {
    /// The id of a delivery queued before deliveries had ids: its row's.
    pub fn legacy_delivery_id(id: i64) -> String {
        format!("delivery-{id}")
    }
}

/// An operation of the logs: a sync run, an action run, a proxied call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// Id.
    pub id: i64,
    /// Environment.
    pub environment_id: i64,
    /// `sync`, `action` or `proxy`.
    pub kind: String,
    /// Integration.
    pub integration_key: Option<String>,
    /// Connection id.
    pub connection_id: Option<String>,
    /// Script (or the proxied endpoint).
    pub name: Option<String>,
    /// `running`, `success` or `failed`.
    pub status: String,
    /// Started.
    pub started_at: String,
    /// Ended.
    pub finished_at: Option<String>,
}

/// Which operations to list (newest first).
#[derive(Debug, Clone, Default)]
pub struct OperationFilter {
    /// Only this kind (`sync`, `action`, `proxy`, `webhook`, `deploy`, `auth`).
    pub kind: Option<String>,
    /// Only this status (`running`, `success`, `failed`).
    pub status: Option<String>,
    /// Only this integration.
    pub integration_key: Option<String>,
    /// Only this connection id.
    pub connection_id: Option<String>,
    /// Started at or after this time (RFC 3339).
    pub since: Option<String>,
    /// Started before this time (RFC 3339).
    pub until: Option<String>,
    /// Part of its name, integration or connection id.
    pub search: Option<String>,
    /// Only ids below this one (paging back).
    pub before: Option<i64>,
    /// Only ids above this one (polling for new ones).
    pub after: Option<i64>,
    /// At most this many.
    pub limit: i64,
}

/// How many operations of a kind ended with a status in one time bucket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityCount {
    /// The bucket's start, in seconds since the epoch.
    pub bucket: i64,
    /// The operations' kind.
    pub kind: String,
    /// Their status.
    pub status: String,
    /// How many.
    pub count: i64,
}

/// One line of an operation's log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogLine {
    /// `debug`, `info`, `warn`, `error`, or `http` for a request record.
    pub level: String,
    /// The line.
    pub message: String,
    /// When.
    pub created_at: String,
}

/// What [`crate::Store::reseal`] sealed again under the current key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Resealed {
    /// Connections' credentials.
    pub credentials: u64,
    /// Integrations' OAuth client secrets.
    pub client_secrets: u64,
    /// Records.
    pub records: u64,
}
