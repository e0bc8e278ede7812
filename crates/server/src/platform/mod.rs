//! The service layer: every rule of the platform, behind [`Platform`]. The HTTP routes parse
//! typed requests, call it and map its [`PlatformError`]s to responses; the scheduler and the
//! sandbox host (a script's `triggerAction`, metadata and connection calls) call the same
//! methods. Nothing here knows about HTTP requests or responses.
//!
//! Methods are grouped by concern, one `impl Platform` block per file: lookups and
//! integrations, connections and their credentials, script runs (actions and syncs), sync
//! control, deploys, records, the proxy, webhooks and the environment's settings and logs.

mod actions;
mod auth_events;
pub mod circuit;
mod clock;
mod connect;
mod connections;
mod credentials;
mod dashboard;
mod dashboard_views;
mod deploy;
mod environment;
mod error;
mod integrations;
mod jwt;
mod leases;
mod oauth;
mod proxy;
mod records;
mod retry;
mod scripts;
mod secrets;
mod sync_control;
mod syncs;
mod views;
mod wake;
mod webhooks;

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use nango_providers::Catalog;
use nango_proxy::ProviderClient;
use nango_store::Store;

pub use actions::{ACTION_CHANNEL, ActionCall, ActionOutcome, ActionWaiters};
pub use circuit::CircuitBreakers;
pub use clock::{Clock, ManualClock, SystemClock};
pub use connect::{
    ConnectableIntegration, Connected, GivenCredentials, ReconnectInput, SESSION_LIFETIME,
    SessionInput, SessionToken, SessionView,
};
pub use connections::{ConnectionImport, ConnectionPatch, MetadataWrite};
pub use credentials::ImportedCredentials;
pub use credentials::{format_time, normalize_time};
pub use dashboard::{
    DASHBOARD_SESSION_LIFETIME, DashboardAccount, DashboardEnvironment, DashboardLogin,
    LoginAttempts, valid_environment_name,
};
pub use dashboard_views::{
    Activity, ActivityBucket, ConnectionDetail, IntegrationDetail, IntegrationSummary, KeyRotation,
    Overview,
};
pub use deploy::{DeployPayload, DeployPlan, Deployed, PlannedScript};
pub use environment::{EnvironmentChanges, EnvironmentSettings};
pub use error::{ErrorCode, PlatformError, Result};
pub use integrations::{IntegrationChanges, IntegrationInput, OAuthApp};
pub use oauth::{
    AUTH_CHANNEL, AuthListeners, AuthMessage, EndUserAuth, OAuthCallback, OAuthStart, RefreshLocks,
};
pub use proxy::ProxyCall;
pub use records::{RecordsPage, RecordsQuery, decode_cursor, encode_cursor};
pub use scripts::ScriptPool;
pub use secrets::{Sealer, SecretError, random_hex};
pub use sync_control::{FrequencyUpdate, SyncMode, SyncSelection, SyncStatus, TriggerRequest};
pub use syncs::{RunningSyncs, WAKE_CHANNEL, stored_model};
pub use views::{ConnectionItem, ConnectionView, IntegrationView, ProviderView};
pub use wake::{Wake, WakeFor};
pub use webhooks::{DELIVERY_ID_HEADER, signatures};

/// Timings of the scheduler, retries and webhooks.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How often the scheduler looks for due syncs and queued runs.
    pub scheduler_tick: Duration,
    /// Extra attempts of a failed sync run.
    pub sync_retries: i64,
    /// The wait before the first retry (doubling after).
    pub sync_retry_base: Duration,
    /// The wait before a webhook is sent again (doubling after, at most an hour).
    pub webhook_retry_base: Duration,
    /// Sync runs at once.
    pub max_concurrent_syncs: usize,
    /// How long logs are kept.
    pub logs_retention: Duration,
    /// Tokens expiring within this are refreshed by the background job.
    pub refresh_ahead: Duration,
    /// Where this server is reached from browsers and providers (`NANGO_SERVER_URL`): the OAuth
    /// callback URL is `<server_url>/oauth/callback`. When unset, the request's own address.
    pub server_url: Option<String>,
    /// Whether the dashboard is served (`NANGO_DASHBOARD`).
    pub dashboard: bool,
    /// How long a worker holds a claimed sync run without renewing it (`NANGO_SYNC_LEASE`): a
    /// run whose worker died is claimed again by another this long after its last heartbeat.
    pub sync_lease: Duration,
    /// How long a webhook delivery a worker claimed is its own to send (`NANGO_WEBHOOK_LEASE`):
    /// a delivery whose sender died goes out again, with the same id, this long after it was
    /// claimed. Longer than a delivery's timeout (20 s), or a slow receiver gets repeats.
    pub webhook_lease: Duration,
    /// What this process does (`--role`): serve the API, run the background work, or both.
    pub role: Role,
}

/// What a `nango server` process does. Several processes share a PostgreSQL database: API
/// processes and workers scale apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// The HTTP API only (no scheduler, no sync runs, no webhook deliveries).
    Api,
    /// The background work only (schedules, sync runs, webhooks, refreshes); its HTTP port
    /// answers `GET /health` only.
    Worker,
    /// Both (the default, and what one process on SQLite is).
    #[default]
    All,
}

impl Role {
    /// Whether this process serves the API.
    pub fn serves_api(self) -> bool {
        matches!(self, Role::Api | Role::All)
    }

    /// Whether this process runs the background work.
    pub fn works(self) -> bool {
        matches!(self, Role::Worker | Role::All)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            scheduler_tick: Duration::from_secs(1),
            sync_retries: 2,
            sync_retry_base: Duration::from_secs(30),
            webhook_retry_base: Duration::from_secs(5),
            max_concurrent_syncs: 8,
            logs_retention: Duration::from_secs(14 * 86_400),
            refresh_ahead: Duration::from_secs(15 * 60),
            server_url: None,
            dashboard: true,
            sync_lease: Duration::from_secs(30),
            webhook_lease: Duration::from_secs(300),
            role: Role::All,
        }
    }
}

/// The platform: what every rule needs to reach. Cloning is cheap (shared handles).
#[derive(Clone)]
pub struct Platform {
    /// Persistence.
    pub store: Arc<dyn Store>,
    /// Seals credentials and client secrets.
    pub sealer: Sealer,
    /// Providers (base URLs, auth modes, token URLs).
    pub catalog: Arc<Catalog>,
    /// Outbound HTTP to providers.
    pub http: ProviderClient,
    /// HTTP for OAuth token exchanges.
    pub oauth: reqwest::Client,
    /// Where scripts run.
    pub scripts: Arc<ScriptPool>,
    /// Timings of the background work.
    pub settings: Arc<Settings>,
    /// Wakes the scheduler (after a deploy, a new connection, a trigger).
    pub wake: Arc<Wake>,
    /// Sync runs in progress.
    pub running_syncs: Arc<AtomicUsize>,
    /// Browsers waiting for the result of an OAuth flow (the frontend's websocket).
    pub auth_listeners: Arc<AuthListeners>,
    /// One token refresh at a time per connection.
    pub refresh_locks: Arc<RefreshLocks>,
    /// Recent failed dashboard logins.
    pub login_attempts: Arc<LoginAttempts>,
    /// The sync runs going on in this process (to cancel one).
    pub running: Arc<syncs::RunningSyncs>,
    /// This process as a worker: who holds the leases of the runs it claims.
    pub worker_id: Arc<str>,
    /// Action runs this process queued for a worker and waits for.
    pub action_waiters: Arc<ActionWaiters>,
    /// Queued action runs this process runs now (as a worker).
    pub running_actions: Arc<AtomicUsize>,
    /// The time, as the webhook deliverer sees it.
    pub clock: Arc<dyn Clock>,
    /// Webhook receivers that keep failing are held back.
    pub breakers: Arc<CircuitBreakers>,
}
