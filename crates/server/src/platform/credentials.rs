//! Connection credentials: what an import creates, what the API shows, and OAuth 2 refresh.
//!
//! Stored as Nango's credentials object (sealed): `{type: "OAUTH2", access_token,
//! refresh_token?, expires_at?, raw}`, `{type: "API_KEY", apiKey}`, `{type: "BASIC", username,
//! password}`, `{type: "OAUTH1", oauth_token, oauth_token_secret}` or `{type: "NONE"}`.

use std::time::{Duration, SystemTime};

use nango_providers::{AuthMode, Provider, TemplateValues, interpolate};
use nango_store::{Connection, Integration};
use serde_json::{Value, json};

use super::{ErrorCode, Platform, PlatformError};

/// Tokens expiring sooner than this are refreshed before use.
const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// JWTs expiring sooner than this are signed again before use.
const JWT_MARGIN: Duration = Duration::from_secs(30);

/// How old `last_fetched_at` may be before a read updates it.
const FETCHED_PRECISION: Duration = Duration::from_secs(60);

/// The credential fields of a connection import (`POST /connections`), as Nango's clients
/// send them: OAuth 2 tokens, an API key, a username and password, or OAuth 1 tokens.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct ImportedCredentials {
    /// OAuth 2 access token.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub access_token: Option<String>,
    /// OAuth 2 refresh token.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub refresh_token: Option<String>,
    /// When the access token expires (ISO 8601).
    pub expires_at: Option<String>,
    /// Seconds until the access token expires (at most a hundred years).
    #[schema(maximum = 3_153_600_000_u64)]
    pub expires_in: Option<u64>,
    /// The access token does not expire.
    pub no_expiration: Option<bool>,
    /// API key.
    #[serde(alias = "apiKey")]
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub api_key: Option<String>,
    /// Basic auth user.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub username: Option<String>,
    /// Basic auth password.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub password: Option<String>,
    /// OAuth 1 token.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub oauth_token: Option<String>,
    /// OAuth 1 token secret.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub oauth_token_secret: Option<String>,
}

/// The kinds of credentials an import can carry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    OAuth2,
    ApiKey,
    Basic,
    OAuth1,
    None,
}

/// The credentials an import describes, of the kind the provider's auth mode takes (an OAuth 2
/// provider takes `access_token`, an API-key one `api_key`…: credentials of another kind would
/// be stored and then fail every call). Providers of other modes take whichever kind is given.
pub fn from_import(
    body: &ImportedCredentials,
    auth_mode: &AuthMode,
) -> Result<Value, PlatformError> {
    let given = [
        (Kind::OAuth2, body.access_token.is_some()),
        (Kind::ApiKey, body.api_key.is_some()),
        (Kind::Basic, body.username.is_some()),
        (Kind::OAuth1, body.oauth_token.is_some()),
    ]
    .into_iter()
    .find_map(|(kind, present)| present.then_some(kind));
    let kind = match auth_mode {
        AuthMode::OAuth2 | AuthMode::OAuth2ClientCredentials | AuthMode::App => Kind::OAuth2,
        AuthMode::ApiKey => Kind::ApiKey,
        AuthMode::Basic => Kind::Basic,
        AuthMode::OAuth1 => Kind::OAuth1,
        _ => given.unwrap_or(Kind::None),
    };
    let missing = |needed: &str| {
        PlatformError::new(
            ErrorCode::MissingCredentials,
            format!(
                "the provider authenticates with {}: the body must have {needed}",
                auth_mode.as_str()
            ),
        )
    };
    match kind {
        Kind::OAuth2 => {
            let Some(access_token) = &body.access_token else {
                return Err(missing(
                    "`access_token` (and `refresh_token`, `expires_at` or `expires_in`)",
                ));
            };
            let mut credentials = json!({ "type": "OAUTH2", "access_token": access_token });
            let mut raw = json!({ "access_token": access_token });
            if let Some(refresh_token) = &body.refresh_token {
                credentials["refresh_token"] = json!(refresh_token);
                raw["refresh_token"] = json!(refresh_token);
            }
            let expires_at = match (&body.expires_at, body.expires_in) {
                _ if body.no_expiration == Some(true) => None,
                (Some(at), _) => Some(normalize_time(at).ok_or_else(|| {
                    PlatformError::invalid_body(format!(
                        "`expires_at` {at:?} is not an ISO 8601 date-time"
                    ))
                })?),
                (None, Some(seconds)) => {
                    raw["expires_in"] = json!(seconds);
                    Some(expires_after(seconds).ok_or_else(|| {
                        PlatformError::invalid_body(format!(
                            "`expires_in` {seconds} is more than {MAX_EXPIRES_IN} seconds (a hundred years)"
                        ))
                    })?)
                }
                (None, None) => None,
            };
            if let Some(at) = expires_at {
                credentials["expires_at"] = json!(at);
            }
            credentials["raw"] = raw;
            Ok(credentials)
        }
        Kind::ApiKey => match &body.api_key {
            Some(key) => Ok(json!({ "type": "API_KEY", "apiKey": key })),
            None => Err(missing("`api_key`")),
        },
        Kind::Basic => match &body.username {
            Some(username) => Ok(
                json!({ "type": "BASIC", "username": username, "password": body.password.clone().unwrap_or_default() }),
            ),
            None => Err(missing("`username` and `password`")),
        },
        Kind::OAuth1 => match (&body.oauth_token, &body.oauth_token_secret) {
            (Some(token), Some(secret)) => {
                Ok(json!({ "type": "OAUTH1", "oauth_token": token, "oauth_token_secret": secret }))
            }
            (Some(_), None) => Err(PlatformError::invalid_body(
                "an OAuth 1 import needs `oauth_token_secret` with `oauth_token`",
            )),
            (None, _) => Err(missing("`oauth_token` and `oauth_token_secret`")),
        },
        Kind::None => Ok(json!({ "type": "NONE" })),
    }
}

/// The credentials as the API shows them: the refresh token only when asked for.
pub fn present(credentials: &Value, with_refresh_token: bool) -> Value {
    let mut shown = credentials.clone();
    if let Some(object) = shown.as_object_mut() {
        object.remove("last_refreshed_at");
    }
    if !with_refresh_token && let Some(object) = shown.as_object_mut() {
        object.remove("refresh_token");
        if let Some(raw) = object.get_mut("raw").and_then(Value::as_object_mut) {
            raw.remove("refresh_token");
        }
    }
    shown
}

/// Whether a token of these credentials can be renewed: OAuth 2 with a refresh token, client
/// credentials (a new token is fetched with the client's keys), or a JWT (signed again).
fn renewable(credentials: &Value) -> bool {
    let has = |key: &str| credentials.get(key).and_then(Value::as_str).is_some();
    match credentials.get("type").and_then(Value::as_str) {
        Some("OAUTH2") => has("refresh_token"),
        Some("OAUTH2_CC") => has("client_id") && has("client_secret"),
        // Signed again from the keys it keeps.
        Some("JWT") => has("token"),
        _ => false,
    }
}

/// When the credentials' token expires, for those that can be renewed (the store keeps it in
/// the clear for the refresh job).
pub fn refreshable_expiry(credentials: &Value) -> Option<String> {
    // A JWT is signed here, on read, in no time: the job has nothing to do ahead of it.
    if !renewable(credentials) || credentials.get("type").and_then(Value::as_str) == Some("JWT") {
        return None;
    }
    credentials
        .get("expires_at")
        .and_then(Value::as_str)
        .and_then(normalize_time)
}

/// Whether OAuth 2 credentials should be refreshed now.
pub fn needs_refresh(credentials: &Value, forced: bool) -> bool {
    if !renewable(credentials) {
        return false;
    }
    if forced {
        return true;
    }
    // A JWT lives minutes (Ghost: five) and is signed locally: renewed just before it expires.
    let margin = if credentials.get("type").and_then(Value::as_str) == Some("JWT") {
        JWT_MARGIN
    } else {
        REFRESH_MARGIN
    };
    credentials
        .get("expires_at")
        .and_then(Value::as_str)
        .and_then(|at| humantime::parse_rfc3339_weak(&normalize_time(at)?).ok())
        .is_some_and(|at| at <= SystemTime::now() + margin)
}

/// Reads a connection's credentials, refreshing OAuth 2 tokens that expire (or when `forced`),
/// and saves what changed. Returns the credentials (open).
///
/// One refresh at a time per connection: a reader that finds the token expiring takes the
/// connection's lock, reads the connection again (another reader may have refreshed it while
/// it waited) and refreshes only if it still has to.
pub async fn current(
    state: &Platform,
    integration: &Integration,
    connection: &mut Connection,
    forced: bool,
) -> Result<Value, PlatformError> {
    let mut credentials = open(state, connection)?;
    let mut refreshed = false;
    if needs_refresh(&credentials, forced) {
        let lock = state.refresh_locks.of(connection.id);
        let _held = lock.lock().await;
        let seen = credentials.clone();
        if let Some(latest) = state.store.connection_by_id(connection.id).await? {
            *connection = latest;
            credentials = open(state, connection)?;
        }
        // Forced (the provider refused the token): unless someone renewed it meanwhile.
        let still = if forced {
            credentials == seen
        } else {
            needs_refresh(&credentials, false)
        };
        if still {
            match renew(state, integration, connection, &credentials).await {
                Ok(mut renewed) => {
                    // Kept with the credentials (the dashboard shows it; the API does not).
                    if let Some(object) = renewed.as_object_mut() {
                        object.insert("last_refreshed_at".into(), json!(nango_store::now()));
                    }
                    credentials = renewed;
                    connection.credentials = state.sealer.seal(&credentials.to_string());
                    connection.credentials_expires_at = refreshable_expiry(&credentials);
                    connection.errors = json!([]);
                    connection.last_fetched_at = Some(nango_store::now());
                    // Saved before the lock is let go: the next holder reads the new token.
                    state.store.update_connection(connection).await?;
                    refreshed = true;
                }
                Err(error) => {
                    state.refresh_failed(integration, connection, &error).await;
                    return Err(error);
                }
            }
        }
    }
    // `last_fetched_at` to the minute: reading credentials (every action run, every proxied
    // call) need not cost a database write each time.
    let stale = connection
        .last_fetched_at
        .as_deref()
        .and_then(|at| humantime::parse_rfc3339_weak(at).ok())
        .is_none_or(|at| at + FETCHED_PRECISION < SystemTime::now());
    if stale && !refreshed {
        connection.last_fetched_at = Some(nango_store::now());
        state.store.update_connection(connection).await?;
    }
    if refreshed {
        tracing::debug!(
            integration = integration.unique_key,
            connection = connection.connection_id,
            "token refreshed"
        );
    }
    Ok(credentials)
}

/// The connection's credentials, opened.
pub fn open(state: &Platform, connection: &Connection) -> Result<Value, PlatformError> {
    let text = state.sealer.open(&connection.credentials).map_err(|e| {
        PlatformError::internal(format!(
            "connection {}: credentials unreadable: {e}",
            connection.id
        ))
    })?;
    serde_json::from_str(&text)
        .map_err(|e| PlatformError::internal(format!("stored credentials are not JSON: {e}")))
}

/// A new token: the refresh token exchanged at the provider's token URL (OAuth 2), or a new
/// client-credentials token.
async fn renew(
    state: &Platform,
    integration: &Integration,
    connection: &Connection,
    credentials: &Value,
) -> Result<Value, PlatformError> {
    let failed =
        |message: String| PlatformError::new(ErrorCode::RefreshTokenExternalError, message);
    let provider: &Provider = state.catalog.get(&integration.provider).ok_or_else(|| {
        failed(format!(
            "provider `{}` is not in the catalog: its token URL is unknown",
            integration.provider
        ))
    })?;
    let config = connection
        .connection_config
        .as_object()
        .cloned()
        .unwrap_or_default();
    let text = |key: &str| {
        credentials
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    if credentials.get("type").and_then(Value::as_str) == Some("JWT") {
        return super::jwt::sign(provider, credentials, &connection.connection_config)
            .map_err(failed);
    }
    if credentials.get("type").and_then(Value::as_str) == Some("OAUTH2_CC") {
        return state
            .client_credentials_token(
                provider,
                &config,
                &text("client_id"),
                &text("client_secret"),
            )
            .await
            .map_err(failed);
    }
    let template = provider
        .refresh_url
        .as_deref()
        .or(provider.token_url.as_deref())
        .ok_or_else(|| failed(format!("provider `{}` has no token URL", provider.name)))?;
    let values = TemplateValues {
        connection_config: &connection.connection_config,
        credentials,
        metadata: &connection.metadata,
    };
    let url = interpolate(template, &values)
        .map_err(|missing| failed(format!("the token URL needs {missing}")))?;
    let client_secret = integration
        .oauth_client_secret
        .as_deref()
        .map(|sealed| state.sealer.open(sealed))
        .transpose()
        .map_err(|e| PlatformError::internal(format!("the client secret: {e}")))?
        .unwrap_or_default();
    let mut form: Vec<(String, String)> = vec![
        ("grant_type".into(), "refresh_token".into()),
        ("refresh_token".into(), text("refresh_token")),
    ];
    if let Some(params) = provider
        .extra
        .get("refresh_params")
        .and_then(Value::as_object)
    {
        for (name, value) in params {
            let value = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_string);
            form.retain(|(n, _)| n != name);
            form.push((name.clone(), value));
        }
    }
    let client_id = integration.oauth_client_id.clone().unwrap_or_default();
    let raw = state
        .token_request(provider, &url, form, &client_id, &client_secret)
        .await
        .map_err(|e| failed(format!("refreshing the token failed: {e}")))?;
    oauth2_credentials(
        &raw,
        credentials.get("refresh_token").and_then(Value::as_str),
    )
    .ok_or_else(|| failed("the token URL's answer has no access_token".to_string()))
}

/// Nango's OAuth 2 credentials from a token endpoint's answer: `{type: "OAUTH2", access_token,
/// refresh_token?, expires_at?, raw}`. A refresh answer without a new refresh token keeps
/// `previous_refresh_token`.
pub fn oauth2_credentials(raw: &Value, previous_refresh_token: Option<&str>) -> Option<Value> {
    let access_token = raw.get("access_token").and_then(Value::as_str)?;
    let mut credentials = json!({ "type": "OAUTH2", "access_token": access_token });
    if let Some(refresh_token) = raw
        .get("refresh_token")
        .and_then(Value::as_str)
        .or(previous_refresh_token)
    {
        credentials["refresh_token"] = json!(refresh_token);
    }
    if let Some(at) = expiry_of(raw) {
        credentials["expires_at"] = json!(at);
    }
    credentials["raw"] = raw.clone();
    Some(credentials)
}

/// When a token endpoint's answer says its token expires (`expires_in` seconds, a number or a
/// string), if within a hundred years.
pub fn expiry_of(raw: &Value) -> Option<String> {
    raw.get("expires_in")
        .and_then(|v| {
            v.as_u64()
                .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
        })
        .and_then(expires_after)
}

/// The longest token lifetime taken: a hundred years.
const MAX_EXPIRES_IN: u64 = 3_153_600_000;

/// When a token that lives `seconds` from now expires, if that is within a hundred years.
fn expires_after(seconds: u64) -> Option<String> {
    (seconds <= MAX_EXPIRES_IN)
        .then(|| format_time(SystemTime::now() + Duration::from_secs(seconds)))
}

/// RFC 3339 with milliseconds, UTC.
pub fn format_time(time: SystemTime) -> String {
    humantime::format_rfc3339_millis(time).to_string()
}

/// An ISO 8601 date-time (with `Z` or an offset, or without one meaning UTC) or a date, as
/// RFC 3339 in UTC; `None` if it is neither.
pub fn normalize_time(text: &str) -> Option<String> {
    let text = text.trim();
    let full = if text.len() == 10 {
        format!("{text}T00:00:00Z")
    } else {
        text.to_string()
    };
    let timestamp = match full.parse::<jiff::Timestamp>() {
        Ok(timestamp) => timestamp,
        Err(_) => jiff::Timestamp::try_from(humantime::parse_rfc3339_weak(&full).ok()?).ok()?,
    };
    // Stored times compare as text: four-digit years only (dates before 1970 are fine).
    if !(0..=9999).contains(&timestamp.to_zoned(jiff::tz::TimeZone::UTC).year()) {
        return None;
    }
    Some(timestamp.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(value: Value) -> ImportedCredentials {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn imports_become_nangos_credential_objects() {
        let oauth = from_import(
            &body(json!({ "access_token": "a", "refresh_token": "r", "expires_at": "2030-01-01T00:00:00Z" })),
            &AuthMode::OAuth2,
        )
        .unwrap();
        assert_eq!(
            oauth,
            json!({ "type": "OAUTH2", "access_token": "a", "refresh_token": "r", "expires_at": "2030-01-01T00:00:00.000Z", "raw": { "access_token": "a", "refresh_token": "r" } })
        );
        let in_an_hour = from_import(
            &body(json!({ "access_token": "a", "expires_in": 3600 })),
            &AuthMode::OAuth2,
        )
        .unwrap();
        assert!(in_an_hour["expires_at"].as_str().unwrap().ends_with('Z'));
        let forever = from_import(
            &body(json!({ "access_token": "a", "expires_in": 11_827_289_219_036_u64 })),
            &AuthMode::OAuth2,
        )
        .unwrap_err();
        assert_eq!(forever.code, ErrorCode::InvalidBody);
        assert_eq!(
            from_import(&body(json!({ "api_key": "k" })), &AuthMode::ApiKey).unwrap(),
            json!({ "type": "API_KEY", "apiKey": "k" })
        );
        assert_eq!(
            from_import(
                &body(json!({ "username": "u", "password": "p" })),
                &AuthMode::Basic
            )
            .unwrap(),
            json!({ "type": "BASIC", "username": "u", "password": "p" })
        );
        assert_eq!(
            from_import(&body(json!({})), &AuthMode::None).unwrap(),
            json!({ "type": "NONE" })
        );
        // Credentials of another kind than the provider's are refused, not stored.
        let wrong = from_import(
            &body(json!({ "oauth_token": "t", "oauth_token_secret": "s" })),
            &AuthMode::OAuth2,
        )
        .unwrap_err();
        assert_eq!(wrong.code, ErrorCode::MissingCredentials);
        let missing = from_import(&body(json!({})), &AuthMode::ApiKey).unwrap_err();
        assert_eq!(missing.code, ErrorCode::MissingCredentials);
        assert!(missing.message.contains("`api_key`"), "{}", missing.message);
        assert!(
            from_import(
                &body(json!({ "access_token": "a", "expires_at": "soon" })),
                &AuthMode::OAuth2
            )
            .is_err()
        );
    }

    #[test]
    fn times_with_offsets_dates_and_no_zone_are_read_as_utc() {
        assert_eq!(
            normalize_time("2024-03-01T12:00:00+02:00").as_deref(),
            Some("2024-03-01T10:00:00.000Z")
        );
        assert_eq!(
            normalize_time("2024-03-01").as_deref(),
            Some("2024-03-01T00:00:00.000Z")
        );
        assert_eq!(
            normalize_time("2024-03-01T12:00:00.5").as_deref(),
            Some("2024-03-01T12:00:00.500Z")
        );
        assert_eq!(
            normalize_time("1969-01-01T00:00:00Z").as_deref(),
            Some("1969-01-01T00:00:00.000Z")
        );
        assert_eq!(normalize_time("-0001-01-01T00:00:00Z"), None);
        assert_eq!(normalize_time("soon"), None);
    }

    #[test]
    fn refresh_tokens_are_hidden_unless_asked_for() {
        let credentials = json!({ "type": "OAUTH2", "access_token": "a", "refresh_token": "r", "raw": { "refresh_token": "r" } });
        assert_eq!(
            present(&credentials, false),
            json!({ "type": "OAUTH2", "access_token": "a", "raw": {} })
        );
        assert_eq!(present(&credentials, true), credentials);
    }

    #[test]
    fn tokens_are_refreshed_when_they_expire_soon() {
        let expiring = |at: SystemTime| json!({ "type": "OAUTH2", "access_token": "a", "refresh_token": "r", "expires_at": format_time(at) });
        let now = SystemTime::now();
        assert!(needs_refresh(
            &expiring(now + Duration::from_secs(60)),
            false
        ));
        assert!(!needs_refresh(
            &expiring(now + Duration::from_secs(3600)),
            false
        ));
        assert!(needs_refresh(
            &expiring(now + Duration::from_secs(3600)),
            true
        ));
        assert!(!needs_refresh(
            &json!({ "type": "OAUTH2", "access_token": "a" }),
            true
        ));
        assert!(!needs_refresh(
            &json!({ "type": "API_KEY", "apiKey": "k" }),
            true
        ));
    }
}
