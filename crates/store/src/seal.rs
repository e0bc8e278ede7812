//! Sealing secrets at rest: AES-256-GCM with the key of `NANGO_ENCRYPTION_KEY` (base64 of 32
//! bytes). Sealed text is `v1:<base64 of nonce ‖ ciphertext>`. Without a key, secrets are
//! stored as `plain:<text>` (the server says so loudly at start), and a later start with a key
//! still reads them (and seals what it writes).
//!
//! Records are sealed the same way when there is a key ([`Sealer::seal_record`]): a record's
//! hash is taken of its plain text before, so a save that changes nothing is still found
//! unchanged. Without a key they are stored as they are, and a record stored before a key was
//! set stays readable.

use std::borrow::Cow;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;

/// Seals and opens secrets.
#[derive(Clone)]
pub struct Sealer {
    cipher: Option<Aes256Gcm>,
    /// Keys of before a rotation: what they sealed still opens, nothing is sealed with them.
    previous: Vec<Aes256Gcm>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer")
            .field("encrypted", &self.cipher.is_some())
            .field("previous_keys", &self.previous.len())
            .finish()
    }
}

/// Why a secret could not be opened or a key read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecretError {
    /// The key is not base64 of 32 bytes.
    #[error(
        "NANGO_ENCRYPTION_KEY must be the base64 of 32 bytes (e.g. `openssl rand -base64 32`): {0}"
    )]
    BadKey(String),
    /// A sealed secret cannot be opened (another key, or damaged data).
    #[error(
        "a stored secret cannot be decrypted: the encryption key differs from the one it was sealed with, or the data is damaged"
    )]
    Undecryptable,
}

impl Sealer {
    /// From the key's base64 text, or none.
    pub fn new(key: Option<&str>) -> Result<Self, SecretError> {
        Self::rotating(key, &[])
    }

    /// From the key's base64 text, and the keys it replaces (`NANGO_ENCRYPTION_KEY_PREVIOUS`):
    /// secrets are sealed with the key and opened with whichever sealed them, so a server
    /// reads everything while `nango server rotate-key` seals it again under the new key.
    pub fn rotating(key: Option<&str>, previous: &[String]) -> Result<Self, SecretError> {
        let Some(key) = key.map(str::trim).filter(|k| !k.is_empty()) else {
            if !previous.is_empty() {
                return Err(SecretError::BadKey(
                    "previous keys are set without a key to replace them".into(),
                ));
            }
            return Ok(Self::none());
        };
        let previous = previous
            .iter()
            .map(|key| cipher_of(key.trim()))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            cipher: Some(cipher_of(key)?),
            previous,
        })
    }

    /// Whether secrets are encrypted.
    pub fn encrypts(&self) -> bool {
        self.cipher.is_some()
    }

    /// Seals a secret.
    pub fn seal(&self, plain: &str) -> String {
        let Some(cipher) = &self.cipher else {
            return format!("plain:{plain}");
        };
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_bytes())
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!("v1:{}", STANDARD.encode(bytes))
    }

    /// No key: secrets are kept as `plain:…`, records as they are.
    pub fn none() -> Self {
        Self {
            cipher: None,
            previous: Vec::new(),
        }
    }

    /// Whether a stored secret or record is sealed with the current key (a rotation leaves
    /// it as it is).
    pub fn is_current(&self, stored: &str) -> bool {
        let Some(cipher) = &self.cipher else {
            return !stored.starts_with("v1:");
        };
        stored
            .strip_prefix("v1:")
            .and_then(|encoded| open_with(cipher, encoded))
            .is_some()
    }

    /// A record's JSON text as stored: sealed when there is a key, else as it is.
    pub fn seal_record<'a>(&self, plain: &'a str) -> Cow<'a, str> {
        if self.cipher.is_some() {
            Cow::Owned(self.seal(plain))
        } else {
            Cow::Borrowed(plain)
        }
    }

    /// A stored record's JSON text: opened when sealed (JSON never starts with `v1:`), else as
    /// it is (stored before there was a key).
    pub fn open_record<'a>(&self, stored: &'a str) -> Result<Cow<'a, str>, SecretError> {
        if stored.starts_with("v1:") {
            self.open(stored).map(Cow::Owned)
        } else {
            Ok(Cow::Borrowed(stored))
        }
    }

    /// A stored secret sealed again under the current key; `None` when it already is.
    pub fn reseal(&self, stored: &str) -> Result<Option<String>, SecretError> {
        if self.is_current(stored) {
            return Ok(None);
        }
        Ok(Some(self.seal(&self.open(stored)?)))
    }

    /// A stored record sealed again under the current key; `None` when it already is (or, with
    /// no key, when it is plain).
    pub fn reseal_record(&self, stored: &str) -> Result<Option<String>, SecretError> {
        if self.is_current(stored) {
            return Ok(None);
        }
        Ok(Some(
            self.seal_record(&self.open_record(stored)?).into_owned(),
        ))
    }

    /// Opens a sealed secret.
    pub fn open(&self, sealed: &str) -> Result<String, SecretError> {
        if let Some(plain) = sealed.strip_prefix("plain:") {
            return Ok(plain.to_string());
        }
        let Some(encoded) = sealed.strip_prefix("v1:") else {
            return Err(SecretError::Undecryptable);
        };
        self.cipher
            .iter()
            .chain(&self.previous)
            .find_map(|cipher| open_with(cipher, encoded))
            .ok_or(SecretError::Undecryptable)
    }
}

/// The cipher of a key's base64 text.
fn cipher_of(key: &str) -> Result<Aes256Gcm, SecretError> {
    let bytes = STANDARD
        .decode(key)
        .map_err(|e| SecretError::BadKey(e.to_string()))?;
    if bytes.len() != 32 {
        return Err(SecretError::BadKey(format!(
            "it decodes to {} bytes",
            bytes.len()
        )));
    }
    Aes256Gcm::new_from_slice(&bytes).map_err(|e| SecretError::BadKey(e.to_string()))
}

/// The text a cipher sealed (`None` when another key sealed it, or it is damaged).
fn open_with(cipher: &Aes256Gcm, encoded: &str) -> Option<String> {
    let bytes = STANDARD.decode(encoded).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, data) = bytes.split_at(12);
    let plain = cipher.decrypt(Nonce::from_slice(nonce), data).ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    #[test]
    fn sealed_secrets_open_only_with_their_key() {
        let sealer = Sealer::new(Some(KEY)).unwrap();
        let sealed = sealer.seal("tok-123");
        assert!(sealed.starts_with("v1:") && !sealed.contains("tok-123"));
        assert_ne!(sealer.seal("tok-123"), sealed, "nonces differ");
        assert_eq!(sealer.open(&sealed).unwrap(), "tok-123");
        let other = Sealer::new(Some("MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=")).unwrap();
        assert_eq!(other.open(&sealed), Err(SecretError::Undecryptable));
        assert_eq!(
            Sealer::new(None).unwrap().open(&sealed),
            Err(SecretError::Undecryptable)
        );
    }

    #[test]
    fn without_a_key_secrets_are_plain_and_stay_readable() {
        let plain = Sealer::new(None).unwrap();
        let stored = plain.seal("s");
        assert_eq!(stored, "plain:s");
        assert_eq!(Sealer::new(Some(KEY)).unwrap().open(&stored).unwrap(), "s");
    }

    #[test]
    fn records_are_sealed_only_with_a_key_and_plain_ones_stay_readable() {
        let sealer = Sealer::new(Some(KEY)).unwrap();
        let record = r#"{"id":"1","email":"a@b.test"}"#;
        let stored = sealer.seal_record(record);
        assert!(stored.starts_with("v1:") && !stored.contains("a@b.test"));
        assert_eq!(sealer.open_record(&stored).unwrap(), record);
        assert_eq!(sealer.open_record(record).unwrap(), record);
        let plain = Sealer::new(None).unwrap();
        assert_eq!(plain.seal_record(record), record);
        assert_eq!(plain.open_record(&stored), Err(SecretError::Undecryptable));
    }

    #[test]
    fn a_rotating_sealer_opens_the_old_keys_secrets_and_seals_with_the_new() {
        const NEW: &str = "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=";
        let old = Sealer::new(Some(KEY)).unwrap();
        let sealed = old.seal("tok-123");
        let rotating = Sealer::rotating(Some(NEW), &[KEY.to_string()]).unwrap();
        assert_eq!(rotating.open(&sealed).unwrap(), "tok-123");
        assert!(!rotating.is_current(&sealed));
        let resealed = rotating.seal("tok-123");
        assert!(rotating.is_current(&resealed));
        let new_only = Sealer::new(Some(NEW)).unwrap();
        assert_eq!(new_only.open(&resealed).unwrap(), "tok-123");
        assert_eq!(new_only.open(&sealed), Err(SecretError::Undecryptable));
        assert!(Sealer::rotating(None, &[KEY.to_string()]).is_err());
    }

    #[test]
    fn bad_keys_are_refused_with_a_reason() {
        assert!(matches!(
            Sealer::new(Some("short")),
            Err(SecretError::BadKey(_))
        ));
        assert!(
            matches!(Sealer::new(Some("c2hvcnQ=")), Err(SecretError::BadKey(m)) if m.contains("5 bytes"))
        );
    }
}
