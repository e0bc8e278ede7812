//! Typed extractors whose rejections are the API's own errors, naming the field: a JSON body
//! ([`Body`]), a query string ([`Query`]) and the connection headers ([`ConnectionHeaders`]).

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use utoipa::IntoParams;

use crate::error::ApiError;
use crate::platform::ErrorCode;

/// A JSON body deserialized into `T`. An empty body reads as `{}` (so a body of optional
/// fields may be left out); an error names the field's path (`flowConfigs[0].syncName`).
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state).await.map_err(|e| {
            ApiError::new(
                ErrorCode::InvalidBody,
                format!("the body cannot be read: {e}"),
            )
        })?;
        parse_json(&bytes).map(Body)
    }
}

/// Deserializes a JSON body, naming the bad field's path.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        bytes
    };
    let deserializer = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let message = if inner.is_syntax() || inner.is_eof() {
            format!("the body is not valid JSON: {inner}")
        } else if path == "." {
            format!("the body is not what this route takes: {inner}")
        } else {
            format!("`{path}`: {inner}")
        };
        ApiError::new(ErrorCode::InvalidBody, message).with_payload(json!({ "path": path }))
    })
}

/// A query string deserialized into `T` (repeated keys fill lists); an error names the
/// parameter.
pub struct Query<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let deserializer = serde_html_form::Deserializer::from_bytes(query.as_bytes());
        serde_path_to_error::deserialize(deserializer)
            .map(Query)
            .map_err(|error| {
                let path = error.path().to_string();
                let message = if path == "." {
                    format!("the query string: {}", error.into_inner())
                } else {
                    format!("`{path}`: {}", error.into_inner())
                };
                ApiError::new(ErrorCode::InvalidQuery, message)
                    .with_payload(json!({ "parameter": path }))
            })
    }
}

/// `Connection-Id` and `Provider-Config-Key`, both required.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Header)]
pub struct ConnectionHeaders {
    /// The connection.
    #[param(rename = "Connection-Id")]
    pub connection_id: String,
    /// Its integration.
    #[param(rename = "Provider-Config-Key")]
    pub provider_config_key: String,
}

impl<S: Send + Sync> FromRequestParts<S> for ConnectionHeaders {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let connection_id = header(parts, "connection-id").ok_or_else(|| {
            ApiError::new(
                ErrorCode::MissingConnectionId,
                "the Connection-Id header is required",
            )
        })?;
        let provider_config_key = header(parts, "provider-config-key").ok_or_else(|| {
            ApiError::new(
                ErrorCode::MissingProviderConfigKey,
                "the Provider-Config-Key header is required",
            )
        })?;
        Ok(Self {
            connection_id,
            provider_config_key,
        })
    }
}

/// A header's trimmed, non-empty value.
pub fn header(parts: &Parts, name: &str) -> Option<String> {
    header_value(&parts.headers, name)
}

/// A header's trimmed, non-empty value.
pub fn header_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// A lenient boolean for query flags: `true`/`1` and `false`/`0` (as Nango's clients send).
pub fn flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let text = String::deserialize(deserializer)?;
    match text.as_str() {
        "true" | "1" => Ok(true),
        "false" | "0" | "" => Ok(false),
        other => Err(serde::de::Error::custom(format!(
            "expected true or false, not {other:?}"
        ))),
    }
}

/// A field that may be absent, null or set: `None` absent, `Some(None)` null (to remove).
pub fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Flow {
        #[serde(rename = "syncName")]
        sync_name: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Deploy {
        #[serde(rename = "flowConfigs")]
        flow_configs: Vec<Flow>,
    }

    #[test]
    fn body_errors_name_the_fields_path() {
        let error = parse_json::<Deploy>(br#"{"flowConfigs": [{"syncName": 3}]}"#).unwrap_err();
        assert_eq!(error.0.code, ErrorCode::InvalidBody);
        assert!(
            error
                .0
                .message
                .starts_with("`flowConfigs[0].syncName`: invalid type"),
            "{}",
            error.0.message
        );
        let missing = parse_json::<Deploy>(b"").unwrap_err();
        assert!(
            missing.0.message.contains("flowConfigs"),
            "{}",
            missing.0.message
        );
        let not_json = parse_json::<Deploy>(b"{").unwrap_err();
        assert!(not_json.0.message.starts_with("the body is not valid JSON"));
    }
}
