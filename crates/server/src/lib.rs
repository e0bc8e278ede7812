//! `nango server`: the Nango platform's HTTP API in one process, compatible with the real
//! `@nangohq/node` client and `nango` CLI.
//!
//! Handlers are thin: they read the request, call the store, the provider proxy or the script
//! runner, and map failures to [`ApiError`] in one place. Scripts run on a runtime of their own
//! ([`runner::ScriptPool`]) so that a busy script can delay other scripts, never the API.
#![deny(missing_docs)]

mod auth;
mod config;
mod credentials;
mod error;
mod openapi;
mod present;
mod routes;
mod runner;
mod secrets;
mod syncs;
mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use nango_providers::Catalog;
use nango_proxy::ProviderClient;
use nango_store::{SqliteStore, Store};

pub use config::{ServerConfig, generate_secret_key};
pub use error::ApiError;
pub use secrets::{Sealer, SecretError};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
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
    pub scripts: Arc<runner::ScriptPool>,
    /// Timings of the background work.
    pub settings: Arc<Settings>,
    /// Wakes the scheduler (after a deploy, a new connection, a trigger).
    pub wake: Arc<tokio::sync::Notify>,
    /// Sync runs in progress.
    pub running_syncs: Arc<AtomicUsize>,
}

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
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Bad configuration (encryption key, data dir, providers file…).
    #[error("{0}")]
    Config(String),
    /// The database could not be opened.
    #[error("{0}")]
    Store(#[from] nango_store::StoreError),
    /// The port could not be bound.
    #[error("cannot listen on {addr}: {error}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        error: std::io::Error,
    },
}

/// What the first start did: the environments it created, with their keys (printed once).
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// `(name, secret key, whether the key came from the environment)`.
    pub created: Vec<(String, String, bool)>,
    /// Secrets are encrypted at rest.
    pub encrypted: bool,
}

/// Opens the store named by the configuration.
pub async fn open_store(config: &ServerConfig) -> Result<Arc<dyn Store>, StartError> {
    let store: Arc<dyn Store> = match &config.database_url {
        Some(url) if url.starts_with("sqlite:") => Arc::new(SqliteStore::open_url(url).await?),
        Some(url) => {
            return Err(StartError::Config(format!(
                "DATABASE_URL `{}` is not supported yet: use a sqlite: URL (PostgreSQL comes with the scale-out work)",
                url.split('@').next_back().unwrap_or(url)
            )));
        }
        None => {
            std::fs::create_dir_all(&config.data_dir).map_err(|e| {
                StartError::Config(format!(
                    "cannot create the data folder {}: {e}",
                    config.data_dir.display()
                ))
            })?;
            Arc::new(SqliteStore::open(&config.data_dir.join("nango.db")).await?)
        }
    };
    Ok(store)
}

/// Builds the application: opens the store, creates `dev` and `prod` on first start.
pub async fn build(config: &ServerConfig) -> Result<(AppState, Setup), StartError> {
    let sealer = Sealer::new(config.encryption_key.as_deref())
        .map_err(|e| StartError::Config(e.to_string()))?;
    let store = open_store(config).await?;
    let mut setup = Setup {
        encrypted: sealer.encrypts(),
        ..Setup::default()
    };
    for (name, preset) in [
        ("dev", config.secret_key_dev.as_deref()),
        ("prod", config.secret_key_prod.as_deref()),
    ] {
        if store.environment_by_name(name).await?.is_none() {
            let key = preset.map_or_else(generate_secret_key, str::to_string);
            store.create_environment(name, &key).await?;
            setup
                .created
                .push((name.to_string(), key, preset.is_some()));
        }
    }
    let catalog = Catalog::builtin_with_file(config.providers_file.as_deref())
        .map_err(|e| StartError::Config(format!("provider catalog: {e}")))?;
    let http = ProviderClient::new().map_err(|e| StartError::Config(e.to_string()))?;
    let oauth = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .map_err(|e| StartError::Config(e.to_string()))?;
    let state = AppState {
        store,
        sealer,
        catalog: Arc::new(catalog),
        http,
        oauth,
        scripts: Arc::new(runner::ScriptPool::new(config.script_workers)),
        settings: Arc::new(config.settings.clone()),
        wake: Arc::new(tokio::sync::Notify::new()),
        running_syncs: Arc::new(AtomicUsize::new(0)),
    };
    Ok((state, setup))
}

/// The HTTP routes.
pub fn router(state: AppState) -> axum::Router {
    routes::router(state)
}

/// Starts the background work: the sync scheduler and workers, webhook deliveries, log pruning.
pub fn start_background(state: &AppState) {
    syncs::start(state.clone());
}

/// Serves the API on a bound listener (with the background work) until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    start_background(&state);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}
