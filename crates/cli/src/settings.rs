//! The settings step: every environment variable the CLI reads is declared here, once, and read
//! once at start; commands and libraries get values, never the environment.
//!
//! `main` first loads the `.env` of the integrations folder ([`load_dotenv`]), so that both
//! sources are one environment by the time anything reads it. Then clap parses the arguments: a
//! variable that is the setting of one command is the `env` of that command's argument in
//! `cli.rs`, naming the constant below, so `--help` shows it with its default (all of
//! `nango server`'s are). Last, [`Settings::from_env`] reads the rest, once.

use std::collections::BTreeMap;
use std::path::PathBuf;

use nango_project::{Discovery, Project};

/// `nango server --port`: the port to listen on.
pub const NANGO_SERVER_PORT: &str = "NANGO_SERVER_PORT";
/// `nango server --host`: the address to listen on.
pub const NANGO_SERVER_HOST: &str = "NANGO_SERVER_HOST";
/// `nango server --data-dir` (and `nango environment`'s): the folder of the SQLite database.
pub const NANGO_DATA_DIR: &str = "NANGO_DATA_DIR";
/// `nango server --database-url`: a database other than the data folder's SQLite file.
pub const DATABASE_URL: &str = "DATABASE_URL";
/// `nango server --database-pool-size`: connections to a PostgreSQL database, per process.
pub const NANGO_DATABASE_POOL_SIZE: &str = "NANGO_DATABASE_POOL_SIZE";
/// `nango server --encryption-key`: base64 of 32 bytes; credentials and OAuth client secrets are
/// sealed with it at rest.
pub const NANGO_ENCRYPTION_KEY: &str = "NANGO_ENCRYPTION_KEY";
/// `nango server --encryption-key-previous`: the keys `NANGO_ENCRYPTION_KEY` replaces,
/// comma-separated (read until `nango server rotate-key` has sealed everything again).
pub const NANGO_ENCRYPTION_KEY_PREVIOUS: &str = "NANGO_ENCRYPTION_KEY_PREVIOUS";
/// `nango server --providers-file`, and the providers `nango dryrun` and `nango test` know: a
/// providers.yaml in Nango's format whose providers add to or replace the built-in catalog.
pub const NANGO_PROVIDERS_FILE: &str = "NANGO_PROVIDERS_FILE";
/// `nango server --server-url`: where browsers and providers reach the server; the OAuth
/// callback URL is `<server url>/oauth/callback`.
pub const NANGO_SERVER_URL: &str = "NANGO_SERVER_URL";
/// `nango server --log`: the log filter.
pub const NANGO_LOG: &str = "NANGO_LOG";
/// `nango server --script-workers`: the threads that run scripts.
pub const NANGO_SCRIPT_WORKERS: &str = "NANGO_SCRIPT_WORKERS";
/// `nango server --role`: `api`, `worker` or `all`.
pub const NANGO_SERVER_ROLE: &str = "NANGO_SERVER_ROLE";
/// `nango server --sync-lease`: seconds a worker holds a sync run between heartbeats.
pub const NANGO_SYNC_LEASE: &str = "NANGO_SYNC_LEASE";
/// `nango server --webhook-lease`: seconds a worker holds a webhook delivery it is sending.
pub const NANGO_WEBHOOK_LEASE: &str = "NANGO_WEBHOOK_LEASE";
/// `nango server --dashboard`: whether the dashboard is served at `/` (default true).
pub const NANGO_DASHBOARD: &str = "NANGO_DASHBOARD";
/// `nango server --dashboard-username`: the dashboard's account (with its password).
pub const NANGO_DASHBOARD_USERNAME: &str = "NANGO_DASHBOARD_USERNAME";
/// `nango server --dashboard-password`: the dashboard account's password (set at every start).
pub const NANGO_DASHBOARD_PASSWORD: &str = "NANGO_DASHBOARD_PASSWORD";
/// `nango deploy --auto-confirm`, when `true`.
pub const NANGO_DEPLOY_AUTO_CONFIRM: &str = "NANGO_DEPLOY_AUTO_CONFIRM";

/// The start of the secret-key variables, one per environment: `NANGO_SECRET_KEY_<ENV>` is the
/// key the CLI uses for environment `<env>` of the server at [`NANGO_HOSTPORT`].
pub const NANGO_SECRET_KEY_PREFIX: &str = "NANGO_SECRET_KEY_";
/// The `dev` environment's key; `nango server --secret-key-dev` creates `dev` with it on first
/// start, so one `.env` serves the CLI and the server.
pub const NANGO_SECRET_KEY_DEV: &str = "NANGO_SECRET_KEY_DEV";
/// The `prod` environment's key, as [`NANGO_SECRET_KEY_DEV`] is `dev`'s.
pub const NANGO_SECRET_KEY_PROD: &str = "NANGO_SECRET_KEY_PROD";
/// The URL of the Nango server the CLI talks to (default [`DEFAULT_HOSTPORT`]).
pub const NANGO_HOSTPORT: &str = "NANGO_HOSTPORT";
/// A `tsc` for the type check instead of searching for one (see `nango-typecheck`).
pub const NANGO_TSC: &str = "NANGO_TSC";
/// The nango-rs cache folder, where TypeScript 7 is installed for the type check (default
/// `$XDG_CACHE_HOME/nango-rs`, else `$HOME/.cache/nango-rs`, else `%LOCALAPPDATA%\nango-rs`).
pub const NANGO_CACHE_DIR: &str = "NANGO_CACHE_DIR";
/// A path prefix for the mocks folders (`<prefix><integration>/mocks`) that `nango dryrun
/// --save-responses` writes and `nango test` reads, as in Nango's CLI (default: the folder of
/// each integration).
pub const NANGO_MOCKS_RESPONSE_DIRECTORY: &str = "NANGO_MOCKS_RESPONSE_DIRECTORY";
/// Set (to anything): no colours, even on a terminal (<https://no-color.org>).
pub const NO_COLOR: &str = "NO_COLOR";

/// Where the CLI's commands go when [`NANGO_HOSTPORT`] is not set: Nango's cloud, as with the
/// real Nango CLI.
pub const DEFAULT_HOSTPORT: &str = "https://api.nango.dev";

/// Loads the `.env` of the integrations folder (the current folder or its closest parent with a
/// `nango.yaml`) into the process environment; outside one, the first `.env` in the current
/// folder or above it (where `nango server` may keep its keys). Variables already set in the
/// environment win, as with the real Nango CLI. A missing file is fine; `Err` says why a file
/// was ignored.
pub fn load_dotenv() -> Result<(), String> {
    let project = std::env::current_dir()
        .ok()
        .and_then(|cwd| Project::find(&cwd).ok());
    match project {
        Some(project) => {
            let path = project.root().join(".env");
            if !path.is_file() {
                return Ok(());
            }
            dotenvy::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => match dotenvy::dotenv() {
            Err(dotenvy::Error::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other.map(|_| ()).map_err(|e| format!(".env: {e}")),
        },
    }
}

/// `--auto-confirm`'s value from [`NANGO_DEPLOY_AUTO_CONFIRM`]: only `true` confirms, as in the
/// real Nango CLI (clap passes `true` for the flag itself).
pub fn is_true(value: &str) -> Result<bool, std::convert::Infallible> {
    Ok(value.trim() == "true")
}

/// `--script-workers`: a positive number, or `auto` for one per CPU core.
pub fn script_workers(value: &str) -> Result<usize, String> {
    match value.trim() {
        "auto" => Ok(std::thread::available_parallelism().map_or(2, |n| n.get())),
        number => match number.parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err("expected a positive number, or `auto`".into()),
        },
    }
}

/// `--server-url`'s value: an http(s) URL, kept without its trailing `/`.
pub fn server_url(value: &str) -> Result<String, String> {
    let value = value.trim().trim_end_matches('/');
    match url::Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            Ok(value.to_string())
        }
        _ => Err(format!(
            "expected an http(s) URL such as https://nango.example.com, not {value:?}"
        )),
    }
}

/// The settings that are not one command's argument, read from the environment once at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// [`NANGO_HOSTPORT`] without its trailing `/`, or [`DEFAULT_HOSTPORT`].
    pub hostport: String,
    /// Every `NANGO_SECRET_KEY_<ENV>` that is set, by variable name.
    secret_keys: BTreeMap<String, String>,
    /// Where the type check looks for a compiler: [`NANGO_TSC`], [`NANGO_CACHE_DIR`] (or the
    /// usual cache folders), and `PATH` for node and npm.
    pub typecheck: Discovery,
    /// [`NANGO_PROVIDERS_FILE`], for `nango dryrun` and `nango test`.
    pub providers_file: Option<PathBuf>,
    /// [`NANGO_MOCKS_RESPONSE_DIRECTORY`].
    pub mocks_directory: Option<String>,
    /// Colours allowed ([`NO_COLOR`] is not set); the printer still uses them only on a terminal.
    pub color: bool,
}

impl Settings {
    /// Reads the variables. Empty values count as unset.
    pub fn from_env() -> Self {
        let var = |name: &str| {
            std::env::var_os(name).filter(|value| !value.to_string_lossy().trim().is_empty())
        };
        let text = |name: &str| var(name).map(|value| value.to_string_lossy().trim().to_string());
        let cache_dir = var(NANGO_CACHE_DIR)
            .map(PathBuf::from)
            .or_else(|| var("XDG_CACHE_HOME").map(|dir| PathBuf::from(dir).join("nango-rs")))
            .or_else(|| var("HOME").map(|home| PathBuf::from(home).join(".cache/nango-rs")))
            .or_else(|| var("LOCALAPPDATA").map(|dir| PathBuf::from(dir).join("nango-rs")));
        let secret_keys = std::env::vars_os()
            .filter_map(|(name, value)| {
                let name = name.into_string().ok()?;
                let value = value.into_string().ok()?.trim().to_string();
                (name.starts_with(NANGO_SECRET_KEY_PREFIX) && !value.is_empty())
                    .then_some((name, value))
            })
            .collect();
        Self {
            hostport: text(NANGO_HOSTPORT).map_or_else(
                || DEFAULT_HOSTPORT.to_string(),
                |host| host.trim_end_matches('/').to_string(),
            ),
            secret_keys,
            typecheck: Discovery {
                tsc_override: var(NANGO_TSC).map(PathBuf::from),
                cache_dir,
                path: var("PATH"),
                allow_install: true,
            },
            providers_file: var(NANGO_PROVIDERS_FILE).map(PathBuf::from),
            mocks_directory: text(NANGO_MOCKS_RESPONSE_DIRECTORY),
            color: std::env::var_os(NO_COLOR).is_none(),
        }
    }

    /// The secret key of `environment` (`NANGO_SECRET_KEY_<ENV>`); `Err` is the variable's name
    /// when it is not set.
    pub fn secret_key(&self, environment: &str) -> Result<&str, String> {
        let name = secret_key_var(environment);
        self.secret_keys.get(&name).map(String::as_str).ok_or(name)
    }
}

/// The name of the secret-key variable of an environment: `NANGO_SECRET_KEY_<ENV>`.
pub fn secret_key_var(environment: &str) -> String {
    format!(
        "{NANGO_SECRET_KEY_PREFIX}{}",
        environment.to_ascii_uppercase().replace('-', "_")
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_server_url_is_an_http_url_without_its_trailing_slash() {
        assert_eq!(
            super::server_url("https://nango.example.com/").as_deref(),
            Ok("https://nango.example.com")
        );
        assert_eq!(
            super::server_url(" http://127.0.0.1:3003 ").as_deref(),
            Ok("http://127.0.0.1:3003")
        );
        for bad in ["nango.example.com", "ftp://x", "https://", ""] {
            assert!(super::server_url(bad).is_err(), "{bad}");
        }
    }
}
