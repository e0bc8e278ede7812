//! `nango server`, `nango server keys`, `nango environment create|list`.

use nango_server::ServerConfig;

use crate::ExitStatus;
use crate::cli::{EnvironmentArgs, EnvironmentCommand, ServerArgs, ServerCommand};
use crate::commands::async_runtime;
use crate::printer::Printer;

fn config(
    args_data_dir: Option<&std::path::Path>,
    printer: Printer,
) -> Result<ServerConfig, ExitStatus> {
    // The folder's .env (if run from an integrations folder) may hold the keys.
    let _ = dotenvy::dotenv();
    let mut config = ServerConfig::from_env().map_err(|e| {
        printer.err(&format!("error: {e}"));
        ExitStatus::Failure
    })?;
    if let Some(dir) = args_data_dir {
        config.data_dir = dir.to_path_buf();
    }
    Ok(config)
}

pub fn run(args: &ServerArgs, printer: Printer) -> ExitStatus {
    let mut config = match config(args.data_dir.as_deref(), printer) {
        Ok(config) => config,
        Err(status) => return status,
    };
    if let Some(port) = args.port {
        config.port = port;
    }
    if let Some(host) = args.host {
        config.host = host;
    }
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().max(2));
    let runtime = match async_runtime(printer, threads) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    if matches!(args.command, Some(ServerCommand::Keys)) {
        return runtime.block_on(print_keys(&config, printer));
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("NANGO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
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
                "created environment `{name}` with the secret key of NANGO_SECRET_KEY_{}",
                name.to_ascii_uppercase()
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
    printer.err(&format!(
        "nango server listening on http://{local} (data: {})",
        config.database_url.clone().unwrap_or_else(|| config
            .data_dir
            .join("nango.db")
            .display()
            .to_string())
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
    let config = match config(args.data_dir.as_deref(), printer) {
        Ok(config) => config,
        Err(status) => return status,
    };
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
                let valid = !name.is_empty()
                    && name.len() <= 64
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if !valid {
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
