//! Tokens and keys: random ones, their hashes, and sealing at rest ([`Sealer`], which the store
//! also uses for records).

use rand::RngCore;

pub use nango_store::{Sealer, SecretError};

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random token: `bytes` random bytes as hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    hex(&buffer)
}

/// How tokens are kept in the store (session tokens, OAuth states, dashboard cookies): their
/// SHA-256 in hex, so a copy of the database holds no usable token.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest as _;
    hex(&sha2::Sha256::digest(token.as_bytes()))
}
