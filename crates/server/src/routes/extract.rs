//! Typed extractors whose rejections are the API's own errors, naming the field: a JSON body
//! ([`Body`]), a query string ([`Query`]) and the connection headers ([`ConnectionHeaders`]).
//!
//! A body is checked against the JSON schema the OpenAPI document gives for its type before it
//! is deserialized: serde alone is more lenient than the document (it takes an array for a
//! struct, ignores `minLength` and patterns), and the document must say exactly what is taken.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use jsonschema::paths::LocationSegment;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use utoipa::{IntoParams, ToSchema};

use crate::error::ApiError;
use crate::platform::ErrorCode;

/// A JSON body deserialized into `T`. An empty or `null` body reads as `{}` (so a body of
/// optional fields may be left out); an error names the field's path
/// (`flowConfigs[0].syncName`).
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + ToSchema + 'static> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state).await.map_err(|e| {
            ApiError::new(
                ErrorCode::InvalidBody,
                format!("the body cannot be read: {e}"),
            )
        })?;
        let mut value: Value = parse_json(&bytes)?;
        if value.is_null() {
            value = Value::Object(Map::new());
        }
        check_schema::<T>(&value)?;
        let deserialized = serde_path_to_error::deserialize(value).map_err(|error| {
            let path = error.path().to_string();
            invalid_field(&path, &error.into_inner().to_string())
        })?;
        Ok(Body(deserialized))
    }
}

fn invalid_field(path: &str, problem: &str) -> ApiError {
    let message = if path == "." {
        format!("the body is not what this route takes: {problem}")
    } else {
        format!("`{path}`: {problem}")
    };
    ApiError::new(ErrorCode::InvalidBody, message).with_payload(json!({ "path": path }))
}

/// The validator of `T`'s documented schema, compiled once.
fn validator<T: ToSchema + 'static>() -> Result<Arc<jsonschema::Validator>, ApiError> {
    static VALIDATORS: OnceLock<Mutex<HashMap<TypeId, Arc<jsonschema::Validator>>>> =
        OnceLock::new();
    let cache = VALIDATORS.get_or_init(Default::default);
    if let Some(validator) = cache
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&TypeId::of::<T>())
    {
        return Ok(validator.clone());
    }
    let root = root_of::<T>();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&root)
        .map_err(|e| {
            crate::platform::PlatformError::internal(format!(
                "the schema of {} does not compile: {e}",
                T::name()
            ))
        })?;
    let validator = Arc::new(validator);
    cache
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(TypeId::of::<T>(), validator.clone());
    Ok(validator)
}

/// `T`'s schema, with the schemas it refers to where its `$ref`s point.
fn root_of<T: ToSchema>() -> Value {
    let mut referenced = Vec::new();
    T::schemas(&mut referenced);
    let mut components = Map::new();
    for (name, schema) in referenced {
        components.insert(name, serde_json::to_value(schema).unwrap_or_default());
    }
    let mut root = serde_json::to_value(T::schema()).unwrap_or_default();
    if let Some(object) = root.as_object_mut() {
        object.insert("components".into(), json!({ "schemas": components }));
    }
    root
}

/// The schema a failed keyword belongs to: its schema path walked from the root (following
/// `$ref`s), without the keyword itself.
fn schema_at<'a>(root: &'a Value, location: &jsonschema::paths::Location) -> Option<&'a Value> {
    let segments: Vec<String> = location.iter().map(|s| s.to_string()).collect();
    let (_, parents) = segments.split_last()?;
    let mut node = root;
    for segment in parents {
        if segment == "$ref" {
            let target = node.get("$ref")?.as_str()?.strip_prefix('#')?;
            node = root.pointer(target)?;
        } else {
            node = match node {
                Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
                other => other.get(segment)?,
            };
        }
    }
    Some(node)
}

/// For `oneOf`/`anyOf` (an optional struct is `oneOf: [null, {$ref}]`), the failure of the
/// alternative that got furthest into the value, which names the field that is wrong.
fn most_specific<'e>(
    error: &'e jsonschema::ValidationError<'e>,
) -> &'e jsonschema::ValidationError<'e> {
    use jsonschema::error::ValidationErrorKind::{AnyOf, OneOfNotValid};
    let (OneOfNotValid { context } | AnyOf { context }) = error.kind() else {
        return error;
    };
    let depth = |e: &jsonschema::ValidationError<'_>| e.instance_path().iter().count();
    context
        .iter()
        .flatten()
        .map(|e| most_specific(e))
        .max_by_key(|e| depth(e))
        .filter(|e| depth(e) > depth(error))
        .unwrap_or(error)
}

/// The first way `value` breaks `T`'s documented schema, as an `invalid_body` naming the field.
fn check_schema<T: ToSchema + 'static>(value: &Value) -> Result<(), ApiError> {
    let validator = validator::<T>()?;
    let Some(error) = validator.iter_errors(value).next() else {
        return Ok(());
    };
    let error = most_specific(&error);
    let mut path = String::new();
    for segment in error.instance_path().iter() {
        match segment {
            LocationSegment::Property(name) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&name);
            }
            LocationSegment::Index(index) => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    if let jsonschema::error::ValidationErrorKind::Required { property } = error.kind() {
        let name = property.as_str().unwrap_or_default();
        let field = if path == "." {
            name.to_string()
        } else {
            format!("{path}.{name}")
        };
        return Err(
            ApiError::new(ErrorCode::InvalidBody, format!("`{field}` is required"))
                .with_payload(json!({ "path": field })),
        );
    }
    if let jsonschema::error::ValidationErrorKind::Pattern { .. } = error.kind()
        && let Some(pattern) = schema_at(&root_of::<T>(), error.schema_path())
            .and_then(|node| node.get("pattern"))
            .and_then(Value::as_str)
        && let Some((_, meaning)) = PATTERN_MEANINGS.iter().find(|(p, _)| *p == pattern)
    {
        return Err(
            ApiError::new(ErrorCode::InvalidBody, format!("`{path}` {meaning}"))
                .with_payload(json!({ "path": path })),
        );
    }
    Err(invalid_field(&path, &error.masked().to_string()))
}

/// What each pattern of the document's bodies means, for the error that says a value breaks
/// it (a test checks that every pattern of a body has one).
pub const PATTERN_MEANINGS: &[(&str, &str)] = &[
    (r"^\s*https?://", "must be an http(s) URL"),
    (r"\S", "must not be blank"),
    (
        r"^[A-Za-z0-9_.\-]{1,255}$",
        "must be 1 to 255 letters, digits, `-`, `_` or `.`",
    ),
    (
        r"^[A-Za-z_][A-Za-z0-9_]*$",
        "must be letters, digits and `_`, not starting with a digit",
    ),
    (
        r"^[A-Za-z0-9_-]{1,64}$",
        "must be 1 to 64 letters, digits, `-` or `_`",
    ),
    (
        r"^[^\x00-\x1f\x7f]*$",
        "must not contain control characters (it is sent in HTTP headers)",
    ),
];

/// Deserializes a JSON body, naming the bad field's path.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let bytes: &[u8] = if bytes.is_empty() { b"{}" } else { bytes };
    let deserializer = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            ApiError::new(
                ErrorCode::InvalidBody,
                format!("the body is not valid JSON: {inner}"),
            )
        } else {
            invalid_field(&path, &inner.to_string())
        }
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
    #[param(rename = "Connection-Id", min_length = 1, pattern = r"\S")]
    pub connection_id: String,
    /// Its integration.
    #[param(rename = "Provider-Config-Key", min_length = 1, pattern = r"\S")]
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

/// A header's trimmed, non-empty value: UTF-8 when its bytes are, else ISO-8859-1 (what HTTP
/// header bytes beyond ASCII historically are), so a connection id is never dropped for its
/// characters.
pub fn header_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    let bytes = headers.get(name)?.as_bytes();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    };
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The token of `Authorization: Bearer <token>` (either case of `Bearer`), trimmed; `None`
/// when the header is absent, of another scheme or empty.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = header_value(headers, "authorization")?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))?
        .trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// A lenient boolean for query flags: `true`/`1` and `false`/`0` (as Nango's clients send).
pub fn flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let text = String::deserialize(deserializer)?;
    match text.as_str() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        other => Err(serde::de::Error::custom(format!(
            "expected true or false, not {other:?}"
        ))),
    }
}

/// A text in a query string kept as sent: absent is `None`, an empty value `Some("")` (the query
/// extractor alone would read `since=` as absent), for parameters whose empty value is wrong.
pub fn text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    String::deserialize(deserializer).map(Some)
}

/// A number in a query string: absent is `None`, but an empty value is an error (the query
/// extractor alone would read `limit=` as absent, which the document does not allow).
pub fn number<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
{
    let text = String::deserialize(deserializer)?;
    text.trim()
        .parse()
        .map(Some)
        .map_err(|_| serde::de::Error::custom(format!("expected a whole number, not {text:?}")))
}

/// [`nullable`] for a whole number. JSON has one number type: `30.0` is the whole number 30
/// (as JSON Schema's `integer` says, and as a client in JavaScript may well send it); `30.5`
/// is refused.
pub fn nullable_whole_number<'de, D>(deserializer: D) -> Result<Option<Option<i64>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let Some(number) = Option::<serde_json::Number>::deserialize(deserializer)? else {
        return Ok(Some(None));
    };
    // Past 2^53 a float holds no exact whole number.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    number
        .as_i64()
        .or_else(|| {
            number
                .as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() <= EXACT)
                .map(|f| f as i64)
        })
        .map(|whole| Some(Some(whole)))
        .ok_or_else(|| serde::de::Error::custom(format!("expected a whole number, not {number}")))
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

    #[test]
    fn whole_numbers_may_be_written_as_floats_but_fractions_are_refused() {
        #[derive(Debug, Deserialize)]
        struct Limit {
            #[serde(default, deserialize_with = "nullable_whole_number")]
            secs: Option<Option<i64>>,
        }
        let read = |text: &str| serde_json::from_str::<Limit>(text).map(|l| l.secs);
        assert_eq!(read(r#"{"secs": 30}"#).unwrap(), Some(Some(30)));
        assert_eq!(read(r#"{"secs": 30.0}"#).unwrap(), Some(Some(30)));
        assert_eq!(read(r#"{"secs": null}"#).unwrap(), Some(None));
        assert_eq!(read("{}").unwrap(), None);
        assert!(read(r#"{"secs": 30.5}"#).is_err());
        assert!(read(r#"{"secs": "30"}"#).is_err());
    }

    #[derive(Debug, Deserialize, ToSchema)]
    #[allow(dead_code)]
    struct Flow {
        #[serde(rename = "syncName")]
        #[schema(min_length = 1)]
        sync_name: String,
    }

    #[derive(Debug, Deserialize, ToSchema)]
    #[allow(dead_code)]
    struct Deploy {
        #[serde(rename = "flowConfigs")]
        flow_configs: Vec<Flow>,
    }

    #[test]
    fn every_pattern_of_a_body_says_what_it_means() {
        let document = crate::routes::openapi_json();
        let mut patterns = Vec::new();
        collect_patterns(&document["components"]["schemas"], &mut patterns);
        assert!(!patterns.is_empty());
        for pattern in patterns {
            assert!(
                PATTERN_MEANINGS.iter().any(|(p, _)| *p == pattern),
                "pattern {pattern:?} of a body has no meaning in PATTERN_MEANINGS"
            );
        }
    }

    fn collect_patterns(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                if let Some(Value::String(pattern)) = object.get("pattern") {
                    out.push(pattern.clone());
                }
                object.values().for_each(|v| collect_patterns(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect_patterns(v, out)),
            _ => {}
        }
    }

    #[derive(Debug, Deserialize, ToSchema)]
    #[allow(dead_code)]
    struct Hook {
        #[schema(pattern = r"^\s*https?://")]
        url: Option<String>,
        inner: Option<Flow>,
    }

    #[test]
    fn pattern_errors_say_what_the_pattern_means() {
        let error = check_schema::<Hook>(&json!({ "url": "ftp://x" })).unwrap_err();
        assert_eq!(error.0.message, "`url` must be an http(s) URL");
        // Through a `$ref`: the generic message, with the field's path.
        let nested = check_schema::<Hook>(&json!({ "inner": { "syncName": "" } })).unwrap_err();
        assert!(
            nested.0.message.starts_with("`inner.syncName`:"),
            "{}",
            nested.0.message
        );
    }

    #[test]
    fn bodies_are_held_to_their_documented_schema() {
        let error =
            check_schema::<Deploy>(&json!({ "flowConfigs": [{ "syncName": "" }] })).unwrap_err();
        assert_eq!(error.0.code, ErrorCode::InvalidBody);
        assert!(
            error.0.message.starts_with("`flowConfigs[0].syncName`:"),
            "{}",
            error.0.message
        );
        // serde would take an array for the struct; the document does not.
        assert!(check_schema::<Deploy>(&json!([[]])).is_err());
        assert!(check_schema::<Deploy>(&json!({ "flowConfigs": [{ "syncName": "a" }] })).is_ok());
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
