//! Every environment variable the CLI reads, in one place.
//!
//! Values come from the process environment or from the `.env` file of the integrations folder;
//! the process environment wins, as with the real Nango CLI.

use std::path::Path;

/// Secret key of the `dev` environment (`nango deploy dev`, `nango dryrun`).
pub const NANGO_SECRET_KEY_DEV: &str = "NANGO_SECRET_KEY_DEV";
/// Secret key of the `prod` environment.
pub const NANGO_SECRET_KEY_PROD: &str = "NANGO_SECRET_KEY_PROD";
/// URL of the Nango instance (default `https://api.nango.dev`).
pub const NANGO_HOSTPORT: &str = "NANGO_HOSTPORT";
/// `true` to deploy without asking for confirmation.
pub const NANGO_DEPLOY_AUTO_CONFIRM: &str = "NANGO_DEPLOY_AUTO_CONFIRM";
/// Path of a `tsc` executable for the type check (see `nango-typecheck`).
pub const NANGO_TSC: &str = nango_typecheck::NANGO_TSC;
/// Cache folder (TypeScript for the type check is installed there).
pub const NANGO_CACHE_DIR: &str = nango_typecheck::NANGO_CACHE_DIR;

/// Loads `<root>/.env` into the process environment without overriding variables already set.
/// A missing file is fine; a malformed one is reported.
pub fn load_dotenv(root: &Path) -> Result<(), String> {
    let path = root.join(".env");
    if !path.is_file() {
        return Ok(());
    }
    match dotenvy::from_path(&path) {
        Ok(()) => Ok(()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// A path prefix for the mocks folders (`<prefix><integration>/mocks`) that `nango dryrun
/// --save-responses` writes and `nango test` reads, as in Nango's CLI (default: the folder of
/// each integration).
pub const NANGO_MOCKS_RESPONSE_DIRECTORY: &str = "NANGO_MOCKS_RESPONSE_DIRECTORY";

/// A Nango-format providers.yaml whose providers add to or replace the built-in catalog.
pub const NANGO_PROVIDERS_FILE: &str = nango_providers::NANGO_PROVIDERS_FILE;

/// The Nango instance: `NANGO_HOSTPORT` without its trailing `/`, default `https://api.nango.dev`.
pub fn hostport() -> String {
    std::env::var(NANGO_HOSTPORT)
        .ok()
        .filter(|h| !h.trim().is_empty())
        .map_or_else(
            || "https://api.nango.dev".to_string(),
            |h| h.trim().trim_end_matches('/').to_string(),
        )
}

/// The name of the secret-key variable of an environment: `NANGO_SECRET_KEY_<ENV>`.
pub fn secret_key_var(environment: &str) -> String {
    format!(
        "NANGO_SECRET_KEY_{}",
        environment.to_ascii_uppercase().replace('-', "_")
    )
}
