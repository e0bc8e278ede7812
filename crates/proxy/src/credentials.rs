//! A connection's credentials, as Nango stores them (`credentials.type` says which kind).

use base64::Engine as _;
use serde_json::Value;

/// What a connection authenticates with.
#[derive(Debug, Clone, PartialEq)]
pub enum Credentials {
    /// An OAuth 2 (or app / client-credentials) access token, sent as a bearer token.
    Bearer(String),
    /// Username and password, sent as HTTP basic auth.
    Basic {
        /// The username.
        username: String,
        /// The password.
        password: String,
    },
    /// An API key, placed by the provider's header or query templates (`${apiKey}`).
    ApiKey(String),
    /// OAuth 1 tokens (requests must be signed).
    OAuth1,
    /// Nothing to add.
    None,
}

impl Credentials {
    /// Reads Nango's credentials object. An unknown type with an `access_token` is a bearer token.
    pub fn from_json(credentials: &Value) -> Self {
        let text = |key: &str| {
            credentials
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        match credentials
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
        {
            "OAUTH1" => Credentials::OAuth1,
            "API_KEY" => text("apiKey")
                .or_else(|| text("api_key"))
                .map_or(Credentials::None, Credentials::ApiKey),
            "BASIC" => Credentials::Basic {
                username: text("username").unwrap_or_default(),
                password: text("password").unwrap_or_default(),
            },
            _ => text("access_token")
                .or_else(|| text("token"))
                .map_or(Credentials::None, Credentials::Bearer),
        }
    }

    /// The `Authorization` header these credentials send when the provider does not set one.
    pub fn authorization(&self) -> Option<String> {
        match self {
            Credentials::Bearer(token) => Some(format!("Bearer {token}")),
            Credentials::Basic { username, password } => {
                let encoded = base64::engine::general_purpose::STANDARD
                    .encode(format!("{username}:{password}"));
                Some(format!("Basic {encoded}"))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_each_kind() {
        assert_eq!(
            Credentials::from_json(&json!({"type": "OAUTH2", "access_token": "t"})),
            Credentials::Bearer("t".into())
        );
        assert_eq!(
            Credentials::from_json(&json!({"type": "API_KEY", "apiKey": "k"})),
            Credentials::ApiKey("k".into())
        );
        assert_eq!(
            Credentials::from_json(&json!({"type": "BASIC", "username": "u", "password": "p"}))
                .authorization()
                .as_deref(),
            Some("Basic dTpw")
        );
        assert_eq!(Credentials::from_json(&json!({})), Credentials::None);
    }
}
