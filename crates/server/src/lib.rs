//! `nango server`: the Nango platform's HTTP API in one process, compatible with the real
//! `@nangohq/node` client and `nango` CLI.
//!
//! Three layers, arrows pointing down (see ARCHITECTURE.md at the repository's root):
//! - [`routes`](crate::router): thin axum handlers that parse typed requests, call the
//!   platform and map its errors to responses ([`ApiError`]); they also build the OpenAPI
//!   document, from the same annotations that register them.
//! - [`platform`]: the service layer, every rule, no HTTP types ([`Platform`]).
//! - `workers`: the scheduler and the webhook deliverer, looping over platform calls.
//!
//! Scripts run on a runtime of their own ([`platform::ScriptPool`]) so that a busy script can
//! delay other scripts, never the API.
#![deny(missing_docs)]

mod auth;
mod config;
mod error;
pub mod platform;
mod routes;
mod workers;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use nango_providers::Catalog;
use nango_proxy::ProviderClient;
use nango_store::{PostgresStore, SqliteStore, Store};

pub use config::{ServerConfig, generate_secret_key};
pub use error::{ApiError, ErrorBody};
pub use platform::{Platform, Role, Sealer, SecretError, Settings};

/// What every handler can reach: the platform.
pub type AppState = Platform;

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
    /// The dashboard's account (`None` when the dashboard is off).
    pub dashboard: Option<platform::DashboardAccount>,
}

/// Opens the store named by the configuration; with an encryption key, it seals records at
/// rest as credentials are.
pub async fn open_store(config: &ServerConfig) -> Result<Arc<dyn Store>, StartError> {
    let sealer = sealer(config)?;
    let store: Arc<dyn Store> = match &config.database_url {
        Some(url) if url.starts_with("sqlite:") => {
            Arc::new(SqliteStore::open_url(url).await?.sealing_records(sealer))
        }
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Arc::new(
                PostgresStore::connect(url, config.database_pool_size)
                    .await?
                    .sealing_records(sealer),
            )
        }
        Some(url) => {
            // Only what follows the credentials: the URL may hold a password.
            return Err(StartError::Config(format!(
                "DATABASE_URL `{}` is not supported: use a sqlite: or a postgres:// (postgresql://) URL",
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
            check_writable(&config.data_dir)?;
            Arc::new(
                SqliteStore::open(&config.data_dir.join("nango.db"))
                    .await?
                    .sealing_records(sealer),
            )
        }
    };
    Ok(store)
}

/// What seals secrets and records at rest: the configuration's encryption key, if any.
fn sealer(config: &ServerConfig) -> Result<Sealer, StartError> {
    Sealer::rotating(
        config.encryption_key.as_deref(),
        &config.previous_encryption_keys,
    )
    .map_err(|e| StartError::Config(e.to_string()))
}

/// A data folder the server cannot write is refused at start, saying so: SQLite would open its
/// database and fail later, at the first write, with a vaguer error (and a server that cannot
/// record its schedules, runs and logs would look up while doing nothing).
fn check_writable(data_dir: &std::path::Path) -> Result<(), StartError> {
    let probe = data_dir.join(format!(".write-check-{}", std::process::id()));
    let written = std::fs::write(&probe, b"");
    let _ = std::fs::remove_file(&probe);
    written.map_err(|e| {
        StartError::Config(format!(
            "the data folder {} cannot be written ({e}): make it writable by this user, or point --data-dir (NANGO_DATA_DIR) at another folder",
            data_dir.display()
        ))
    })
}

/// Builds the application: opens the store, creates `dev` and `prod` on first start.
pub async fn build(config: &ServerConfig) -> Result<(AppState, Setup), StartError> {
    let sealer = sealer(config)?;
    let postgres = config
        .database_url
        .as_deref()
        .is_some_and(|url| url.starts_with("postgres://") || url.starts_with("postgresql://"));
    if config.settings.role != Role::All && !postgres {
        return Err(StartError::Config(
            "--role api and --role worker are for several processes sharing one database: set DATABASE_URL to a postgres:// URL (SQLite is one process's, --role all)".into(),
        ));
    }
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
    // Older frontends start connections with the environment's public key.
    for environment in store.environments().await? {
        if environment.public_key.is_none() {
            store
                .set_public_key(environment.id, &generate_secret_key())
                .await?;
        }
    }
    let catalog = Catalog::builtin_with_file(config.providers_file.as_deref())
        .map_err(|e| StartError::Config(format!("provider catalog: {e}")))?;
    let http = ProviderClient::new().map_err(|e| StartError::Config(e.to_string()))?;
    let oauth = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .map_err(|e| StartError::Config(e.to_string()))?;
    let state = Platform {
        store,
        sealer,
        catalog: Arc::new(catalog),
        http,
        oauth,
        scripts: Arc::new(platform::ScriptPool::new(config.script_workers)),
        settings: Arc::new(config.settings.clone()),
        wake: Arc::new(platform::Wake::default()),
        running_syncs: Arc::new(AtomicUsize::new(0)),
        auth_listeners: Arc::new(platform::AuthListeners::default()),
        refresh_locks: Arc::new(platform::RefreshLocks::default()),
        login_attempts: Arc::new(platform::LoginAttempts::default()),
        running: Arc::new(platform::RunningSyncs::default()),
        worker_id: worker_id().into(),
        action_waiters: Arc::new(platform::ActionWaiters::default()),
        running_actions: Arc::new(AtomicUsize::new(0)),
        clock: Arc::new(platform::SystemClock),
        breakers: Arc::new(platform::CircuitBreakers::default()),
    };
    if config.settings.dashboard {
        setup.dashboard = Some(
            state
                .ensure_dashboard_account(
                    config.dashboard_username.as_deref(),
                    config.dashboard_password.as_deref(),
                )
                .await
                .map_err(|e| StartError::Config(e.message))?,
        );
    }
    Ok((state, setup))
}

/// This process's name as a worker, unique across processes and restarts: the host, the process
/// id and a random part (a restarted process with a reused pid is another worker).
fn worker_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".into());
    format!("{host}-{}-{}", std::process::id(), platform::random_hex(4))
}

/// An API process that queues actions for workers hears of their ends (`NOTIFY`).
async fn hear_action_ends(state: AppState) {
    let mut messages = match state.store.listen(platform::ACTION_CHANNEL).await {
        Ok(Some(messages)) => messages,
        Ok(None) => return,
        Err(e) => {
            tracing::warn!("action ends are not heard (each wait looks every second): {e}");
            return;
        }
    };
    while let Some(id) = messages.recv().await {
        state.action_waiters.ended(&id);
    }
}

/// An API process hears the OAuth results that another process's callback produced for a
/// browser whose websocket this process holds.
async fn hear_auth_results(state: AppState) {
    let mut messages = match state.store.listen(platform::AUTH_CHANNEL).await {
        Ok(Some(messages)) => messages,
        Ok(None) => return,
        Err(e) => {
            tracing::warn!("OAuth results of other processes are not heard: {e}");
            return;
        }
    };
    while let Some(payload) = messages.recv().await {
        state.relayed_auth_result(&payload);
    }
}

/// The HTTP routes.
pub fn router(state: AppState) -> axum::Router {
    routes::router(state)
}

/// The OpenAPI document of the routes (what `GET /openapi.json` serves).
pub fn openapi() -> serde_json::Value {
    routes::openapi_json().clone()
}

/// Starts the background work: the sync scheduler and workers, webhook deliveries, log pruning.
pub fn start_background(state: &AppState) {
    workers::start(state.clone());
}

/// Serves the API on a bound listener (with the background work) until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let role = state.settings.role;
    if role.works() {
        start_background(&state);
    } else {
        tokio::spawn(hear_action_ends(state.clone()));
    }
    if role.serves_api() {
        tokio::spawn(hear_auth_results(state.clone()));
    }
    // The peer's address reaches handlers (the dashboard's login limit is per address).
    let app = if role.serves_api() {
        router(state.clone())
    } else {
        routes::health_only(state.clone())
    }
    .into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    if role.works() {
        // The runs this process holds go back to the queue now rather than when their lease
        // ends: another worker (or this one, restarted) takes them at once.
        match state.store.release_sync_jobs(&state.worker_id).await {
            Ok(0) => {}
            Ok(n) => tracing::warn!("{n} sync run(s) in progress are queued again"),
            Err(e) => tracing::error!("cannot queue again the runs in progress: {e}"),
        }
    }
    served
}
