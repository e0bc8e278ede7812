//! `nango server`, `nango server keys`, `nango server rotate-key`, `nango environment create|list`.

use nango_server::ServerConfig;

use crate::ExitStatus;
use crate::cli::{EnvironmentArgs, EnvironmentCommand, ServerArgs, ServerCommand, StoreArgs};
use crate::commands::async_runtime;
use crate::printer::Printer;
use crate::settings::{self, secret_key_var};
use nango_server::platform::DashboardAccount;

/// An empty value set in the environment (`NANGO_ENCRYPTION_KEY=` in a `.env`) is no value.
fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// A database URL as it may be printed: its password left out.
fn without_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

/// The configuration of the store alone (`nango server keys`, `nango environment`).
fn store_config(store: &StoreArgs) -> ServerConfig {
    ServerConfig {
        data_dir: store.data_dir.clone(),
        database_url: given(&store.database_url),
        database_pool_size: store.database_pool_size,
        ..ServerConfig::default()
    }
}

/// The server's configuration: its arguments, each with its variable (`nango server --help`).
fn server_config(args: &ServerArgs) -> ServerConfig {
    ServerConfig {
        host: args.host,
        port: args.port,
        encryption_key: given(&args.encryption_key),
        previous_encryption_keys: args
            .encryption_key_previous
            .iter()
            .map(|key| key.trim())
            .filter(|key| !key.is_empty())
            .map(String::from)
            .collect(),
        secret_key_dev: given(&args.secret_key_dev),
        secret_key_prod: given(&args.secret_key_prod),
        providers_file: args
            .providers_file
            .clone()
            .filter(|path| !path.as_os_str().is_empty()),
        script_workers: args.script_workers,
        settings: nango_server::Settings {
            server_url: args.server_url.clone(),
            dashboard: args.dashboard,
            sync_lease: std::time::Duration::from_secs(args.sync_lease),
            webhook_lease: std::time::Duration::from_secs(args.webhook_lease),
            role: match args.role.as_str() {
                "api" => nango_server::Role::Api,
                "worker" => nango_server::Role::Worker,
                _ => nango_server::Role::All,
            },
            ..nango_server::Settings::default()
        },
        dashboard_username: given(&args.dashboard_username),
        dashboard_password: given(&args.dashboard_password),
        ..store_config(&args.store)
    }
}

pub fn run(args: &ServerArgs, printer: Printer) -> ExitStatus {
    let config = server_config(args);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().max(2));
    let runtime = match async_runtime(printer, threads) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    match args.command {
        Some(ServerCommand::Keys) => return runtime.block_on(print_keys(&config, printer)),
        Some(ServerCommand::RotateKey) => return runtime.block_on(rotate_key(&config, printer)),
        None => {}
    }
    let filter = tracing_subscriber::EnvFilter::try_new(&args.log).unwrap_or_else(|e| {
        printer.err(&format!(
            "warning: --log `{}` is not a log filter ({e}): logging at info",
            args.log
        ));
        tracing_subscriber::EnvFilter::new("info")
    });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
    runtime.block_on(serve(config, printer))
}

async fn serve(config: ServerConfig, printer: Printer) -> ExitStatus {
    let (state, setup) = match nango_server::build(&config).await {
        Ok(built) => built,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    let addr = std::net::SocketAddr::new(config.host, config.port);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(e) => {
            printer.err(&format!("error: cannot listen on {addr}: {e} (choose another port with --port or NANGO_SERVER_PORT)"));
            return ExitStatus::Failure;
        }
    };
    let local = listener.local_addr().unwrap_or(addr);
    for (name, key, preset) in &setup.created {
        if *preset {
            printer.err(&format!(
                "created environment `{name}` with the secret key of {}",
                secret_key_var(name)
            ));
        } else {
            printer.err(&format!(
                "created environment `{name}`: secret key {key} (shown once; `nango server keys` prints it again)"
            ));
        }
    }
    if !setup.encrypted {
        printer.err("warning: NANGO_ENCRYPTION_KEY is not set: connection credentials and OAuth secrets are stored UNENCRYPTED in the database. Set it to the base64 of 32 random bytes (`openssl rand -base64 32`) and restart.");
    }
    let base = config
        .settings
        .server_url
        .clone()
        .unwrap_or_else(|| format!("http://{local}"));
    match &setup.dashboard {
        Some(DashboardAccount::Configured(user)) => printer.err(&format!(
            "dashboard: {base}/ (log in as `{user}` with the password of {})",
            settings::NANGO_DASHBOARD_PASSWORD
        )),
        Some(DashboardAccount::Created { username, password }) => printer.err(&format!(
            "dashboard: {base}/ (log in as `{username}`, password {password}: shown once; set {} and {} to choose your own)",
            settings::NANGO_DASHBOARD_USERNAME,
            settings::NANGO_DASHBOARD_PASSWORD
        )),
        Some(DashboardAccount::Existing) => printer.err(&format!(
            "dashboard: {base}/ (log in with the account printed at the first start, or set {} and {} to set one)",
            settings::NANGO_DASHBOARD_USERNAME,
            settings::NANGO_DASHBOARD_PASSWORD
        )),
        None => {}
    }
    printer.err(&format!(
        "nango server listening on http://{local} (data: {})",
        config
            .database_url
            .as_deref()
            .map(without_password)
            .unwrap_or_else(|| config.data_dir.join("nango.db").display().to_string())
    ));
    // Ctrl-C, or SIGTERM from a service manager: stop taking requests and end; runs in
    // progress are queued again at the next start.
    let shutdown = async {
        #[cfg(unix)]
        {
            let mut terminate =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                Some(()) = async { match terminate.as_mut() { Some(t) => t.recv().await, None => std::future::pending().await } } => {}
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    };
    match nango_server::serve(listener, state, shutdown).await {
        Ok(()) => ExitStatus::Success,
        Err(e) => {
            printer.err(&format!("error: the server stopped: {e}"));
            ExitStatus::Failure
        }
    }
}

/// `nango server rotate-key`: everything sealed again under the current key.
async fn rotate_key(config: &ServerConfig, printer: Printer) -> ExitStatus {
    if config.encryption_key.is_none() {
        printer.err("error: no encryption key: set NANGO_ENCRYPTION_KEY (or --encryption-key) to the new key, and NANGO_ENCRYPTION_KEY_PREVIOUS to the one it replaces");
        return ExitStatus::Failure;
    }
    let store = match nango_server::open_store(config).await {
        Ok(store) => store,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    match store.reseal().await {
        Ok(done) => {
            printer.out(&format!(
                "sealed again under the new key: {} connections' credentials, {} OAuth client secrets, {} records",
                done.credentials, done.client_secrets, done.records
            ));
            printer.err(
                "once every server runs with the new key alone, drop NANGO_ENCRYPTION_KEY_PREVIOUS",
            );
            ExitStatus::Success
        }
        Err(e) => {
            printer.err(&format!(
                "error: {e} (is the key it was sealed with in NANGO_ENCRYPTION_KEY_PREVIOUS?)"
            ));
            ExitStatus::Failure
        }
    }
}

async fn print_keys(config: &ServerConfig, printer: Printer) -> ExitStatus {
    let store = match nango_server::open_store(config).await {
        Ok(store) => store,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    match store.environments().await {
        Ok(environments) if environments.is_empty() => {
            printer.err("no environments yet: start the server once (`nango server`) to create dev and prod");
            ExitStatus::Failure
        }
        Ok(environments) => {
            for environment in environments {
                printer.out(&format!("{}\t{}", environment.name, environment.secret_key));
            }
            ExitStatus::Success
        }
        Err(e) => {
            printer.err(&format!("error: {e}"));
            ExitStatus::Failure
        }
    }
}

pub fn environment(args: &EnvironmentArgs, printer: Printer) -> ExitStatus {
    let config = store_config(&args.store);
    let runtime = match async_runtime(printer, 1) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    runtime.block_on(async {
        let store = match nango_server::open_store(&config).await {
            Ok(store) => store,
            Err(e) => {
                printer.err(&format!("error: {e}"));
                return ExitStatus::Failure;
            }
        };
        match &args.command {
            EnvironmentCommand::Create { name } => {
                if !nango_server::platform::valid_environment_name(name) {
                    printer.err(&format!("error: `{name}` is not an environment name: use up to 64 letters, digits, `-` and `_`"));
                    return ExitStatus::Failure;
                }
                let key = nango_server::generate_secret_key();
                match store.create_environment(name, &key).await {
                    Ok(_) => {
                        printer.err(&format!("created environment `{name}`; its secret key:"));
                        printer.out(&key);
                        ExitStatus::Success
                    }
                    Err(e) => {
                        printer.err(&format!("error: {e}"));
                        ExitStatus::Failure
                    }
                }
            }
            EnvironmentCommand::List => match store.environments().await {
                Ok(environments) => {
                    for environment in environments {
                        printer.out(&environment.name);
                    }
                    ExitStatus::Success
                }
                Err(e) => {
                    printer.err(&format!("error: {e}"));
                    ExitStatus::Failure
                }
            },
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_database_url_is_printed_without_its_password() {
        assert_eq!(
            super::without_password("postgres://nango:s3cret@db:5432/nango"),
            "postgres://nango:***@db:5432/nango"
        );
        assert_eq!(
            super::without_password("postgres://db/nango"),
            "postgres://db/nango"
        );
        assert_eq!(super::without_password("sqlite:x.db"), "sqlite:x.db");
    }
}
