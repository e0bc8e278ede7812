//! Command-line arguments: declarations only (no behaviour here).

use std::net::IpAddr;
use std::path::PathBuf;

use clap::builder::{NonEmptyStringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};

use crate::settings;

/// Build, test and deploy Nango integrations: a fast, single-binary Nango CLI.
#[derive(Debug, Parser)]
#[command(name = "nango", version, disable_version_flag = true)]
pub struct Cli {
    /// Print the version.
    #[arg(short = 'v', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,

    /// Print more about what happens (e.g. each bundle `compile` writes).
    #[arg(long, global = true)]
    pub debug: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an integrations folder with an example GitHub sync.
    Init(InitArgs),
    /// Write models.ts and .nango/* from nango.yaml, and scaffolds for scripts without a file.
    Generate,
    /// Type-check and bundle every script into dist/.
    Compile(CompileArgs),
    /// Watch the folder and recompile what changes.
    Dev(DevArgs),
    /// Run a sync or action locally against a real connection, saving nothing.
    Dryrun(DryrunArgs),
    /// Replay recorded API responses (mocks/, tests/*.test.json) offline and check what the scripts produce.
    Test(TestArgs),
    /// Deploy the syncs and actions to an environment of a Nango server.
    Deploy(DeployArgs),
    /// Turn a nango.yaml folder into a zero-yaml one (zod models, createSync/createAction).
    #[command(name = "migrate-to-zero-yaml")]
    MigrateToZeroYaml,
    /// Set, list or remove an environment's variables on the server.
    Env(EnvArgs),
    /// Set where an environment's webhooks go, and their signing secret.
    Webhook(WebhookArgs),
    /// Create, list or delete an environment's integrations on the server.
    Integration(IntegrationArgs),
    /// The server's logs: sync runs, action runs and proxied calls, with their log lines.
    Logs(LogsArgs),
    /// The whole platform end to end: a server, a mock GitHub API, the demo deployed, its records.
    Quickstart(QuickstartArgs),
    /// Run the Nango platform: the HTTP API on 127.0.0.1:3003, data in SQLite.
    Server(ServerArgs),
    /// Manage the server's environments (on its data folder).
    Environment(EnvironmentArgs),
    /// Print the version.
    Version,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create.
    #[arg(default_value = "./nango-integrations")]
    pub path: PathBuf,

    /// A zero-yaml folder (the 0.71 line): `index.ts` and `createSync`/`createAction` scripts
    /// with zod models, no nango.yaml.
    #[arg(long)]
    pub zero_yaml: bool,
}

#[derive(Debug, Args)]
pub struct TypecheckArgs {
    /// Skip the TypeScript type check (syntax, imports and lints are still checked).
    #[arg(long)]
    pub no_typecheck: bool,
}

#[derive(Debug, Args)]
pub struct CompileArgs {
    /// Compile only these scripts (by name).
    #[arg(long = "script", short = 's', value_name = "NAME")]
    pub scripts: Vec<String>,

    #[command(flatten)]
    pub typecheck: TypecheckArgs,
}

#[derive(Debug, Args)]
pub struct DevArgs {
    #[command(flatten)]
    pub typecheck: TypecheckArgs,

    /// Accepted for compatibility with the Nango CLI; models.ts is always regenerated.
    #[arg(long, hide = true)]
    pub no_compile_interfaces: bool,
}

#[derive(Debug, Args)]
pub struct DryrunArgs {
    /// The sync or action to run.
    pub name: String,

    /// The connection to run it with (its credentials come from the Nango server).
    pub connection_id: String,

    /// Environment whose secret key is used (`NANGO_SECRET_KEY_<ENV>`).
    #[arg(short = 'e', long, default_value = "dev")]
    pub environment: String,

    /// An action's input: JSON, or `@file.json`.
    #[arg(short = 'i', long)]
    pub input: Option<String>,

    /// Metadata the script sees instead of the connection's: JSON, or `@file.json`.
    #[arg(short = 'm', long)]
    pub metadata: Option<String>,

    /// The checkpoint the sync starts from (`nango.getCheckpoint()`): a JSON object of strings,
    /// numbers and booleans, or `@file.json`.
    #[arg(short = 'c', long)]
    pub checkpoint: Option<String>,

    /// `lastSyncDate` for an incremental sync (an ISO date or date-time).
    #[arg(short = 'l', long = "lastSyncDate", alias = "last-sync-date")]
    pub last_sync_date: Option<String>,

    /// The integration, when the script name exists in several.
    #[arg(long = "integration-id")]
    pub integration_id: Option<String>,

    /// How proxy calls are sent: `local` (straight to the provider with the connection's
    /// credentials), `server` (through the Nango server's /proxy), or `auto` (local when possible).
    #[arg(long, value_enum, default_value = "auto")]
    pub proxy: ProxyArg,

    /// Print one JSON document (output or records, logs, requests, error) on stdout.
    #[arg(long)]
    pub json: bool,

    /// Fail on records, input or output that do not match their models (without it, mismatches
    /// are warnings).
    #[arg(long, alias = "validate")]
    pub validation: bool,

    /// Record every API response, the connection, the input and the results in the format
    /// `nango test` replays: under `<integration>/mocks/` (nango.yaml projects) or as
    /// `<integration>/tests/<script>.test.json` (zero-yaml projects).
    #[arg(long = "save-responses", alias = "save")]
    pub save_responses: bool,

    /// Accepted for compatibility with the Nango CLI.
    #[arg(long, hide = true)]
    pub auto_confirm: bool,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Test only these scripts (default: every sync and action with recordings).
    pub scripts: Vec<String>,

    /// Test only the scripts of this integration.
    #[arg(long = "integration", alias = "integration-id", value_name = "ID")]
    pub integration: Option<String>,

    /// Freeze the clock: `Date.now()` and `new Date()` return this instant (an RFC 3339 time,
    /// e.g. 2025-06-10T01:00:00Z), for scripts whose requests depend on the date.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,

    /// Fail on records that do not match their models in nango.yaml.
    #[arg(long)]
    pub validation: bool,
}

#[derive(Debug, Args)]
pub struct DeployArgs {
    /// The environment (`dev`, `prod`…): its key is `NANGO_SECRET_KEY_<ENV>`, the server
    /// `NANGO_HOSTPORT`.
    pub environment: String,

    /// Version of every script deployed (default: each one's `version` in nango.yaml).
    #[arg(short = 'v', long)]
    pub version: Option<String>,

    /// Deploy only this sync.
    #[arg(short = 's', long)]
    pub sync: Option<String>,

    /// Deploy only this action.
    #[arg(short = 'a', long)]
    pub action: Option<String>,

    /// Deploy only this integration's scripts.
    #[arg(short = 'i', long)]
    pub integration: Option<String>,

    /// Deploy without asking (the variable confirms when it is `true`).
    #[arg(long, env = settings::NANGO_DEPLOY_AUTO_CONFIRM, value_parser = settings::is_true)]
    pub auto_confirm: bool,

    /// Allow a deploy that deletes syncs with connections, or models (their records).
    #[arg(long)]
    pub allow_destructive: bool,

    #[command(flatten)]
    pub typecheck: TypecheckArgs,

    /// Accepted for compatibility with the Nango CLI (models.ts is always generated).
    #[arg(long, hide = true)]
    pub no_compile_interfaces: bool,
}

#[derive(Debug, Args)]
pub struct EnvArgs {
    #[command(subcommand)]
    pub command: EnvCommand,

    /// The environment: its key is `NANGO_SECRET_KEY_<ENV>`.
    #[arg(short = 'e', long, global = true, default_value = "dev")]
    pub environment: String,
}

#[derive(Debug, Subcommand)]
pub enum EnvCommand {
    /// Set a variable (scripts read it with `nango.getEnvironmentVariables()`).
    Set {
        /// Its name.
        name: String,
        /// Its value.
        value: String,
    },
    /// Remove a variable.
    Unset {
        /// Its name.
        name: String,
    },
    /// Print the variables.
    List,
}

#[derive(Debug, Args)]
pub struct WebhookArgs {
    #[command(subcommand)]
    pub command: WebhookCommand,

    /// The environment: its key is `NANGO_SECRET_KEY_<ENV>`.
    #[arg(short = 'e', long, global = true, default_value = "dev")]
    pub environment: String,
}

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Send the environment's webhooks to this URL.
    Set {
        /// An http(s) URL.
        url: String,
        /// The secret that signs them (default: the environment's secret key).
        #[arg(long)]
        secret: Option<String>,
    },
    /// Stop sending webhooks.
    Unset,
    /// Print the webhook URL.
    Show,
}

#[derive(Debug, Args)]
pub struct IntegrationArgs {
    #[command(subcommand)]
    pub command: IntegrationCommand,

    /// The environment: its key is `NANGO_SECRET_KEY_<ENV>`.
    #[arg(short = 'e', long, global = true, default_value = "dev")]
    pub environment: String,
}

#[derive(Debug, Subcommand)]
pub enum IntegrationCommand {
    /// Create an integration of a provider of the catalog, with its OAuth app.
    Create {
        /// Its key (letters, digits, `-`, `_`, `.`): the `provider_config_key` of its
        /// connections and the integration of nango.yaml.
        unique_key: String,
        /// A provider of the server's catalog (`github`, `slack`…).
        provider: String,
        /// The OAuth app's client id.
        #[arg(long, value_name = "ID")]
        client_id: Option<String>,
        /// The OAuth app's client secret (needs --client-id).
        #[arg(long, value_name = "SECRET", requires = "client_id")]
        client_secret: Option<String>,
        /// The scopes to ask for, comma-separated (`repo,user`; needs --client-id).
        #[arg(long, value_name = "SCOPES", requires = "client_id")]
        scopes: Option<String>,
        /// Shown instead of the provider's name.
        #[arg(long, value_name = "NAME")]
        display_name: Option<String>,
    },
    /// Print the integrations: key, provider and display name, tab-separated.
    List,
    /// Delete an integration and its connections.
    Delete {
        /// Its key.
        unique_key: String,
    },
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Show this operation's log lines (default: list the newest operations).
    pub operation: Option<i64>,

    /// Only `sync`, `action` or `proxy` operations.
    #[arg(long, value_parser = ["sync", "action", "proxy"])]
    pub kind: Option<String>,

    /// How many operations.
    #[arg(long, default_value_t = 20)]
    pub limit: u32,

    /// The environment: its key is `NANGO_SECRET_KEY_<ENV>`.
    #[arg(short = 'e', long, default_value = "dev")]
    pub environment: String,
}

#[derive(Debug, Args)]
pub struct QuickstartArgs {
    /// The folder for everything it creates (reused when run again).
    #[arg(long, default_value = "nango-quickstart", value_name = "DIR")]
    pub dir: PathBuf,

    /// The server's port.
    #[arg(long, default_value_t = 3003)]
    pub port: u16,

    /// Stop once the records are printed instead of keeping the server running.
    #[arg(long)]
    pub no_wait: bool,
}

/// Where the server's data is: `nango server`'s and `nango environment`'s.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// Folder of the database (`<DIR>/nango.db`, SQLite).
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = settings::NANGO_DATA_DIR,
        default_value = ".nango-data",
        value_parser = NonEmptyStringValueParser::new().map(PathBuf::from)
    )]
    pub data_dir: PathBuf,

    /// A database other than the data folder's SQLite file: a `sqlite:` URL, or a
    /// `postgres://` one (several server processes may share a PostgreSQL database).
    #[arg(
        long,
        global = true,
        value_name = "URL",
        env = settings::DATABASE_URL,
        hide_env_values = true
    )]
    pub database_url: Option<String>,

    /// At most this many connections from this process to a PostgreSQL database.
    #[arg(
        long,
        global = true,
        value_name = "N",
        env = settings::NANGO_DATABASE_POOL_SIZE,
        default_value_t = 10,
        value_parser = clap::value_parser!(u32).range(1..=1000)
    )]
    pub database_pool_size: u32,
}

#[derive(Debug, Args)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: Option<ServerCommand>,

    /// Port to listen on (0: any free port).
    #[arg(long, global = true, env = settings::NANGO_SERVER_PORT, default_value_t = 3003)]
    pub port: u16,

    /// Address to listen on.
    #[arg(
        long,
        global = true,
        env = settings::NANGO_SERVER_HOST,
        default_value = "127.0.0.1"
    )]
    pub host: IpAddr,

    #[command(flatten)]
    pub store: StoreArgs,

    /// Seals connection credentials and OAuth client secrets at rest: the base64 of 32 bytes
    /// (`openssl rand -base64 32`). Without it they are stored in clear (with a warning).
    #[arg(
        long,
        value_name = "KEY",
        env = settings::NANGO_ENCRYPTION_KEY,
        hide_env_values = true
    )]
    pub encryption_key: Option<String>,

    /// Keys the encryption key replaces, comma-separated: what they sealed is still read, and
    /// `nango server rotate-key` seals it again under the new key (then drop them).
    #[arg(
        long,
        value_name = "KEYS",
        env = settings::NANGO_ENCRYPTION_KEY_PREVIOUS,
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub encryption_key_previous: Vec<String>,

    /// The secret key the `dev` environment gets when the server creates it (first start);
    /// generated (and printed once) when not set. Same variable as the CLI's, so one `.env`
    /// serves both.
    #[arg(
        long,
        value_name = "KEY",
        env = settings::NANGO_SECRET_KEY_DEV,
        hide_env_values = true
    )]
    pub secret_key_dev: Option<String>,

    /// The secret key the `prod` environment gets when the server creates it (first start).
    #[arg(
        long,
        value_name = "KEY",
        env = settings::NANGO_SECRET_KEY_PROD,
        hide_env_values = true
    )]
    pub secret_key_prod: Option<String>,

    /// A providers.yaml in Nango's format whose providers add to or replace the built-in
    /// catalog.
    #[arg(long, value_name = "FILE", env = settings::NANGO_PROVIDERS_FILE)]
    pub providers_file: Option<PathBuf>,

    /// Where browsers and OAuth providers reach this server (`https://nango.example.com`): the
    /// OAuth callback URL to register with each provider is `<URL>/oauth/callback`. Without it,
    /// the address each request came to.
    #[arg(long, value_name = "URL", env = settings::NANGO_SERVER_URL, value_parser = settings::server_url)]
    pub server_url: Option<String>,

    /// What the server logs on stderr: a tracing filter (`info`, `debug`,
    /// `nango_server=debug,warn`…).
    #[arg(long, value_name = "FILTER", env = settings::NANGO_LOG, default_value = "info")]
    pub log: String,

    /// Threads that run scripts (actions and syncs): a number, or `auto` for one per CPU core.
    #[arg(
        long,
        value_name = "N",
        env = settings::NANGO_SCRIPT_WORKERS,
        default_value = "auto",
        value_parser = settings::script_workers
    )]
    pub script_workers: usize,

    /// What this process does: `api` (the HTTP API), `worker` (schedules, sync runs, webhooks;
    /// its port answers /health only) or `all`. Processes of several roles share a PostgreSQL
    /// DATABASE_URL.
    #[arg(long, value_name = "ROLE", env = settings::NANGO_SERVER_ROLE, default_value = "all", value_parser = ["api", "worker", "all"])]
    pub role: String,

    /// Seconds a worker holds a sync run without renewing it: a run whose worker died is run
    /// again elsewhere this long after its last heartbeat.
    #[arg(
        long,
        value_name = "SECONDS",
        env = settings::NANGO_SYNC_LEASE,
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(3..=3600)
    )]
    pub sync_lease: u64,

    /// Seconds a worker holds a webhook delivery it is sending: one whose sender died goes out
    /// again (with the same `X-Nango-Delivery-Id`) this long after it was claimed.
    #[arg(
        long,
        value_name = "SECONDS",
        env = settings::NANGO_WEBHOOK_LEASE,
        default_value_t = 300,
        value_parser = clap::value_parser!(u64).range(3..=3600)
    )]
    pub webhook_lease: u64,

    /// Serve the dashboard (the web UI) at `/`: `true` or `false`.
    #[arg(
        long,
        value_name = "BOOL",
        env = settings::NANGO_DASHBOARD,
        default_value_t = true,
        action = clap::ArgAction::Set
    )]
    pub dashboard: bool,

    /// The dashboard's account; with --dashboard-password, its password is set at every start.
    /// Without both, the first start creates `admin` with a generated password, printed once.
    #[arg(long, value_name = "NAME", env = settings::NANGO_DASHBOARD_USERNAME)]
    pub dashboard_username: Option<String>,

    /// The dashboard account's password.
    #[arg(
        long,
        value_name = "PASSWORD",
        env = settings::NANGO_DASHBOARD_PASSWORD,
        hide_env_values = true
    )]
    pub dashboard_password: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Print each environment's secret key.
    Keys,
    /// Seal every credential, OAuth client secret and record again under the encryption key,
    /// while servers that also know the previous keys (`--encryption-key-previous`) serve.
    RotateKey,
}

#[derive(Debug, Args)]
pub struct EnvironmentArgs {
    #[command(subcommand)]
    pub command: EnvironmentCommand,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Subcommand)]
pub enum EnvironmentCommand {
    /// Create an environment and print its secret key.
    Create {
        /// Its name (letters, digits, `-`, `_`).
        name: String,
    },
    /// List the environments.
    List,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProxyArg {
    Auto,
    Local,
    Server,
}
