//! The server's configuration: a value the caller builds (the CLI from `nango server`'s flags
//! and environment variables); the server reads no environment variable itself.

use std::net::IpAddr;
use std::path::PathBuf;

use rand::RngCore;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Address to listen on.
    pub host: IpAddr,
    /// Port (0: any free port).
    pub port: u16,
    /// Data folder.
    pub data_dir: PathBuf,
    /// Database URL, when not the default SQLite file.
    pub database_url: Option<String>,
    /// At most this many connections to a PostgreSQL `database_url` (each process has its own
    /// pool).
    pub database_pool_size: u32,
    /// Encryption key (base64).
    pub encryption_key: Option<String>,
    /// Keys the encryption key replaces (`NANGO_ENCRYPTION_KEY_PREVIOUS`): what they sealed is
    /// still read until `nango server rotate-key` has sealed it again.
    pub previous_encryption_keys: Vec<String>,
    /// The `dev` environment's key on first start (`NANGO_SECRET_KEY_DEV`).
    pub secret_key_dev: Option<String>,
    /// The `prod` environment's key on first start (`NANGO_SECRET_KEY_PROD`).
    pub secret_key_prod: Option<String>,
    /// A providers.yaml adding to the built-in catalog (`NANGO_PROVIDERS_FILE`).
    pub providers_file: Option<PathBuf>,
    /// Threads that run scripts.
    pub script_workers: usize,
    /// Timings of the scheduler and webhooks.
    pub settings: crate::Settings,
    /// The dashboard account (`NANGO_DASHBOARD_USERNAME`), with its password
    /// (`NANGO_DASHBOARD_PASSWORD`); without them a first start creates `admin`.
    pub dashboard_username: Option<String>,
    /// The dashboard account's password.
    pub dashboard_password: Option<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 3003,
            data_dir: PathBuf::from(".nango-data"),
            database_url: None,
            database_pool_size: 10,
            encryption_key: None,
            previous_encryption_keys: Vec::new(),
            secret_key_dev: None,
            secret_key_prod: None,
            providers_file: None,
            script_workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            settings: crate::Settings::default(),
            dashboard_username: None,
            dashboard_password: None,
        }
    }
}

/// A new secret key: a random UUID (v4), the shape of Nango's keys.
pub fn generate_secret_key() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn secret_keys_are_uuids() {
        let key = super::generate_secret_key();
        assert_eq!(key.len(), 36);
        assert_eq!(key.as_bytes()[14], b'4');
        assert_ne!(key, super::generate_secret_key());
    }
}
