//! The dashboard's accounts and sessions: who may open it, and the cookie that proves it.
//!
//! Accounts come from `NANGO_DASHBOARD_USERNAME`/`NANGO_DASHBOARD_PASSWORD` (their password is
//! set at every start), else a first-start `admin` account whose generated password the server
//! prints once. Passwords are argon2id hashes. A login opens a session: a random cookie value
//! (kept as its SHA-256) and a CSRF token that every change must send back. Failed logins are
//! limited per client and account.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use nango_store::{DashboardSession, Environment};
use rand::RngCore;
use serde::Serialize;
use utoipa::ToSchema;

use super::secrets::{random_hex, token_hash};
use super::{EnvironmentSettings, ErrorCode, Platform, PlatformError, Result, credentials};

/// How long a login lasts.
pub const DASHBOARD_SESSION_LIFETIME: Duration = Duration::from_secs(12 * 3600);

/// Failed logins allowed per client and account within [`LOGIN_WINDOW`].
const LOGIN_ATTEMPTS: usize = 5;
const LOGIN_WINDOW: Duration = Duration::from_secs(60);

/// The account a server start set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DashboardAccount {
    /// From the settings (`NANGO_DASHBOARD_USERNAME`/`_PASSWORD`).
    Configured(String),
    /// Created now, with a generated password to print once.
    Created {
        /// Its name.
        username: String,
        /// Its password (shown once, never stored in clear).
        password: String,
    },
    /// An account from an earlier start.
    Existing,
}

/// Recent failed logins, per `client|username`.
#[derive(Default)]
pub struct LoginAttempts {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginAttempts {
    fn recent(&self, key: &str) -> usize {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let list = failures.entry(key.to_string()).or_default();
        list.retain(|at| at.elapsed() < LOGIN_WINDOW);
        list.len()
    }

    fn failed(&self, key: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures
            .entry(key.to_string())
            .or_default()
            .push(Instant::now());
    }

    fn succeeded(&self, key: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.remove(key);
    }
}

/// A new login: the cookie's value and the CSRF token.
#[derive(Debug, Clone)]
pub struct DashboardLogin {
    /// The cookie's value.
    pub token: String,
    /// What changes must send as `X-CSRF-Token`.
    pub csrf_token: String,
}

/// The current environment as the dashboard shows it (its own key only).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DashboardEnvironment {
    /// What `GET /environment` shows (name, public key, webhooks).
    #[serde(flatten)]
    pub settings: EnvironmentSettings,
    /// Its secret key.
    pub secret_key: String,
    /// During a rotation, the new key (both work until it is activated or reverted).
    pub pending_secret_key: Option<String>,
    /// The OAuth callback URL to register with providers.
    pub callback_url: String,
}

impl Platform {
    /// At start: the configured account (its password set), or a first account with a generated
    /// password, or nothing to do.
    pub async fn ensure_dashboard_account(
        &self,
        username: Option<&str>,
        password: Option<&str>,
    ) -> Result<DashboardAccount> {
        match (username, password) {
            (Some(username), Some(password)) => {
                self.store
                    .upsert_dashboard_user(username, &hash_password(password)?)
                    .await?;
                Ok(DashboardAccount::Configured(username.to_string()))
            }
            (Some(_), None) | (None, Some(_)) => Err(PlatformError::new(
                ErrorCode::InvalidBody,
                "set both NANGO_DASHBOARD_USERNAME and NANGO_DASHBOARD_PASSWORD, or neither",
            )),
            (None, None) if self.store.dashboard_user_count().await? == 0 => {
                let password = random_hex(12);
                self.store
                    .upsert_dashboard_user("admin", &hash_password(&password)?)
                    .await?;
                Ok(DashboardAccount::Created {
                    username: "admin".into(),
                    password,
                })
            }
            (None, None) => Ok(DashboardAccount::Existing),
        }
    }

    /// Checks a username and password; `client` is who asks (their address), for the limit.
    pub async fn dashboard_login(
        &self,
        client: &str,
        username: &str,
        password: &str,
    ) -> Result<DashboardLogin> {
        let key = format!("{client}|{username}");
        if self.login_attempts.recent(&key) >= LOGIN_ATTEMPTS {
            return Err(PlatformError::new(
                ErrorCode::TooManyAttempts,
                "too many failed logins: wait a minute and try again",
            ));
        }
        let user = self.store.dashboard_user(username).await?;
        let verified = user.as_ref().is_some_and(|user| {
            PasswordHash::new(&user.password_hash).is_ok_and(|hash| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &hash)
                    .is_ok()
            })
        });
        let Some(user) = user.filter(|_| verified) else {
            self.login_attempts.failed(&key);
            return Err(PlatformError::new(
                ErrorCode::InvalidLogin,
                "wrong username or password",
            ));
        };
        self.login_attempts.succeeded(&key);
        let token = random_hex(32);
        let csrf_token = random_hex(24);
        self.store
            .create_dashboard_session(
                &token_hash(&token),
                user.id,
                &csrf_token,
                &credentials::format_time(SystemTime::now() + DASHBOARD_SESSION_LIFETIME),
            )
            .await?;
        Ok(DashboardLogin { token, csrf_token })
    }

    /// The live session of a cookie's value.
    pub async fn dashboard_session(&self, token: &str) -> Result<Option<DashboardSession>> {
        Ok(self
            .store
            .dashboard_session(&token_hash(token), &nango_store::now())
            .await?)
    }

    /// Ends a session.
    pub async fn dashboard_logout(&self, session: &DashboardSession) -> Result<()> {
        self.store
            .delete_dashboard_session(&session.token_hash)
            .await?;
        Ok(())
    }

    /// Removes ended sessions.
    pub async fn prune_dashboard_sessions(&self) -> Result<()> {
        self.store
            .prune_dashboard_sessions(&nango_store::now())
            .await?;
        Ok(())
    }

    /// The environment as its dashboard page shows it.
    pub fn dashboard_environment(
        &self,
        environment: &Environment,
        base_url: &str,
    ) -> DashboardEnvironment {
        DashboardEnvironment {
            settings: self.environment_settings(environment),
            secret_key: environment.secret_key.clone(),
            pending_secret_key: environment.pending_secret_key.clone(),
            callback_url: self.callback_url(base_url),
        }
    }

    /// Creates an environment from the dashboard (its secret and public keys generated).
    pub async fn create_environment(&self, name: &str) -> Result<Environment> {
        if !valid_environment_name(name) {
            return Err(PlatformError::invalid_body(format!(
                "environment name {name:?}: 1 to 64 letters, digits, `-` or `_` (as `nango environment create`)"
            )));
        }
        let environment = self
            .store
            .create_environment(name, &crate::generate_secret_key())
            .await?;
        self.store
            .set_public_key(environment.id, &crate::generate_secret_key())
            .await?;
        Ok(self
            .environment_by_id(environment.id)
            .await?
            .unwrap_or(environment))
    }
}

/// An environment's name: 1 to 64 letters, digits, `-` or `_` (the dashboard's and `nango
/// environment create`'s rule).
pub fn valid_environment_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn hash_password(password: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt)
        .map_err(|e| PlatformError::internal(format!("a password salt: {e}")))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PlatformError::internal(format!("hashing a password: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_argon2id_hashes_that_verify() {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let hash = super::hash_password("s3cret").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(
            argon2::Argon2::default()
                .verify_password(b"s3cret", &parsed)
                .is_ok()
        );
        assert!(
            argon2::Argon2::default()
                .verify_password(b"wrong", &parsed)
                .is_err()
        );
        assert_ne!(hash, super::hash_password("s3cret").unwrap(), "salted");
    }
}
