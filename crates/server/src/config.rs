//! The server's configuration, from the environment (flags of `nango server` override it).

use std::net::IpAddr;
use std::path::PathBuf;

use rand::RngCore;

/// `NANGO_SERVER_PORT`: the port (default 3003).
pub const NANGO_SERVER_PORT: &str = "NANGO_SERVER_PORT";
/// `NANGO_SERVER_HOST`: the address to listen on (default 127.0.0.1).
pub const NANGO_SERVER_HOST: &str = "NANGO_SERVER_HOST";
/// `NANGO_DATA_DIR`: where the SQLite database lives (default `.nango-data`).
pub const NANGO_DATA_DIR: &str = "NANGO_DATA_DIR";
/// `DATABASE_URL`: another database (default: SQLite in the data folder).
pub const DATABASE_URL: &str = "DATABASE_URL";
/// `NANGO_ENCRYPTION_KEY`: base64 of 32 bytes, to encrypt credentials at rest.
pub const NANGO_ENCRYPTION_KEY: &str = "NANGO_ENCRYPTION_KEY";

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
    /// Encryption key (base64).
    pub encryption_key: Option<String>,
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
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 3003,
            data_dir: PathBuf::from(".nango-data"),
            database_url: None,
            encryption_key: None,
            secret_key_dev: None,
            secret_key_prod: None,
            providers_file: None,
            script_workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            settings: crate::Settings::default(),
        }
    }
}

impl ServerConfig {
    /// From the environment; an unparsable port or host is an error naming the variable.
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let mut config = Self::default();
        if let Some(port) = var(NANGO_SERVER_PORT) {
            config.port = port
                .trim()
                .parse()
                .map_err(|_| format!("{NANGO_SERVER_PORT}={port} is not a port number"))?;
        }
        if let Some(host) = var(NANGO_SERVER_HOST) {
            config.host = host
                .trim()
                .parse()
                .map_err(|_| format!("{NANGO_SERVER_HOST}={host} is not an IP address"))?;
        }
        if let Some(dir) = var(NANGO_DATA_DIR) {
            config.data_dir = PathBuf::from(dir);
        }
        config.database_url = var(DATABASE_URL);
        config.encryption_key = var(NANGO_ENCRYPTION_KEY);
        config.secret_key_dev = var("NANGO_SECRET_KEY_DEV");
        config.secret_key_prod = var("NANGO_SECRET_KEY_PROD");
        config.providers_file = var(nango_providers::NANGO_PROVIDERS_FILE).map(PathBuf::from);
        Ok(config)
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
