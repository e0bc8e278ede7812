//! From a script's request to the provider's URL, headers and body.

use nango_providers::{AuthMode, Provider, TemplateValues, interpolate};

use crate::credentials::Credentials;
use crate::{Connection, ProxyRequest, RequestBody};

/// Why a request could not be made (not an HTTP error status: those are responses).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ProxyError {
    /// Stable code: `network_error`, `timeout`, `connection_failed`, `missing_connection_config`,
    /// `invalid_url`, `unsupported_auth`, …
    pub code: String,
    /// What happened.
    pub message: String,
}

impl ProxyError {
    /// An error with a code.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }

    /// Network failures worth retrying.
    pub fn is_transient(&self) -> bool {
        matches!(
            self.code.as_str(),
            "network_error" | "timeout" | "connection_failed"
        )
    }
}

/// A request ready to send.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub method: String,
    pub url: String,
    /// The URL without its query string (which may hold an API key), for messages.
    pub display_url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

pub(crate) fn prepare(
    provider: &Provider,
    connection: &Connection,
    request: &ProxyRequest,
) -> Result<Prepared, ProxyError> {
    let values = TemplateValues {
        connection_config: &connection.connection_config,
        credentials: &connection.credentials,
        metadata: &connection.metadata,
    };
    let fill = |template: &str, what: &str| {
        interpolate(template, &values).map_err(|missing| {
            ProxyError::new(
                "missing_connection_config",
                format!("provider `{}` needs {missing} for its {what}, and the connection does not have it", provider.name),
            )
        })
    };
    let settings = provider.proxy.as_ref();
    let absolute =
        request.endpoint.starts_with("https://") || request.endpoint.starts_with("http://");
    let base = match (&request.base_url_override, settings) {
        _ if absolute => String::new(),
        (Some(base), _) if !base.is_empty() => base.clone(),
        (_, Some(settings)) => fill(&settings.base_url, "base URL")?,
        (_, None) => {
            return Err(ProxyError::new(
                "no_base_url",
                format!(
                    "provider `{}` has no proxy base URL: set `baseUrlOverride` in the request",
                    provider.name
                ),
            ));
        }
    };
    // As in Nango, a provider header or query parameter whose value the connection does not
    // have is left out (e.g. an optional account header) instead of failing the request.
    let optional = |template: &str| interpolate(template, &values).ok();
    let mut params = request.params.clone();
    if let Some(settings) = settings {
        for (name, template) in &settings.query {
            if let Some(value) = optional(template) {
                params.push((name.clone(), value));
            }
        }
    }
    let url = build_url(&base, &request.endpoint, &params)?;

    let mut headers: Vec<(String, String)> = Vec::new();
    if let Some(settings) = settings {
        for (name, template) in &settings.headers {
            if let Some(value) = optional(template) {
                headers.push((name.to_ascii_lowercase(), value));
            }
        }
    }
    let credentials = Credentials::from_json(&connection.credentials);
    let oauth1 =
        matches!(provider.auth_mode, AuthMode::OAuth1) || credentials == Credentials::OAuth1;
    let oauth1_keys = match (&connection.oauth1, oauth1) {
        (_, false) => None,
        (Some(keys), true) => Some(keys),
        (None, true) => {
            return Err(ProxyError::new(
                "missing_credentials",
                format!(
                    "provider `{}` uses OAuth 1: its requests are signed with the integration's consumer key and secret, which it does not have",
                    provider.name
                ),
            ));
        }
    };
    if !headers.iter().any(|(n, _)| n == "authorization")
        && let Some(authorization) = credentials.authorization()
    {
        headers.push(("authorization".into(), authorization));
    }
    // The script's own headers come last and win.
    for (name, value) in &request.headers {
        let name = name.to_ascii_lowercase();
        headers.retain(|(n, _)| *n != name);
        headers.push((name, value.clone()));
    }
    let has_content_type = headers.iter().any(|(n, _)| n == "content-type");
    let body = match &request.data {
        None => None,
        Some(RequestBody::Json(value)) => {
            if !has_content_type {
                headers.push(("content-type".into(), "application/json".into()));
            }
            Some(serde_json::to_vec(value).unwrap_or_default())
        }
        Some(RequestBody::Text(text)) => {
            if !has_content_type {
                headers.push((
                    "content-type".into(),
                    "application/x-www-form-urlencoded".into(),
                ));
            }
            Some(text.clone().into_bytes())
        }
    };
    if let Some(keys) = oauth1_keys {
        // A form body is part of the signature (RFC 5849 §3.4.1.3); other bodies are not.
        let form: Vec<(String, String)> = match (
            &request.data,
            headers.iter().find(|(n, _)| n == "content-type"),
        ) {
            (Some(RequestBody::Text(text)), Some((_, kind)))
                if kind.starts_with("application/x-www-form-urlencoded") =>
            {
                url::form_urlencoded::parse(text.as_bytes())
                    .into_owned()
                    .collect()
            }
            _ => Vec::new(),
        };
        let method = request.method.to_ascii_uppercase();
        let signed = crate::oauth1::authorization_header(&method, &url, &form, keys, &[])
            .map_err(|e| ProxyError::new("invalid_url", format!("{url}: {e}")))?;
        headers.retain(|(n, _)| n != "authorization");
        headers.push(("authorization".into(), signed));
    }
    let display_url = url.split('?').next().unwrap_or_default().to_string();
    Ok(Prepared {
        method: request.method.to_ascii_uppercase(),
        url,
        display_url,
        headers,
        body,
    })
}

/// `base` + `endpoint` (one `/` between them) + `params` appended to any query the endpoint has.
/// An absolute `endpoint` is used as is.
pub fn build_url(
    base: &str,
    endpoint: &str,
    params: &[(String, String)],
) -> Result<String, ProxyError> {
    let joined = if endpoint.starts_with("http://") || endpoint.starts_with("https://") {
        endpoint.to_string()
    } else if endpoint.is_empty() {
        base.to_string()
    } else {
        format!(
            "{}/{}",
            base.trim_end_matches('/'),
            endpoint.trim_start_matches('/')
        )
    };
    let mut url = url::Url::parse(&joined).map_err(|e| {
        ProxyError::new("invalid_url", format!("`{joined}` is not a valid URL: {e}"))
    })?;
    if !params.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (name, value) in params {
            pairs.append_pair(name, value);
        }
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_join_and_keep_queries() {
        let p = |v: &[(&str, &str)]| {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            build_url("https://api.test/v1/", "/repos", &[]).unwrap(),
            "https://api.test/v1/repos"
        );
        assert_eq!(
            build_url(
                "https://api.test",
                "repos?sort=x",
                &p(&[("page", "2"), ("q", "a b&c")])
            )
            .unwrap(),
            "https://api.test/repos?sort=x&page=2&q=a+b%26c"
        );
        assert_eq!(
            build_url("https://api.test", "https://other.test/x", &[]).unwrap(),
            "https://other.test/x"
        );
        assert!(build_url("not a url", "/x", &[]).is_err());
    }
}
