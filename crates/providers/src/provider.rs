//! What the catalog says about one provider, once its `alias` is resolved.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

/// One provider: how to authorize against it and how the proxy reaches its API.
///
/// Field names are providers.yaml's. Keys this struct does not model are kept in
/// [`Provider::extra`] as they were written, so nothing in a newer file is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    /// The catalog key, e.g. `github`.
    pub name: String,
    /// The provider this one inherits from (`alias:` in the file), already applied to the fields.
    pub alias: Option<String>,
    /// Human name, e.g. `GitHub`.
    pub display_name: Option<String>,
    /// How connections authenticate.
    pub auth_mode: AuthMode,
    /// OAuth authorization endpoint (a template, e.g. `https://${connectionConfig.subdomain}.zendesk.com/...`).
    pub authorization_url: Option<String>,
    /// OAuth token endpoint (a template). When the file gives one per grant type (see
    /// [`Provider::token_urls`]), this is the one for [`Provider::auth_mode`], else the `OAUTH2` one.
    pub token_url: Option<String>,
    /// `token_url` per auth mode, when the file writes it as a map (GitHub App:
    /// `{OAUTH2: …, APP: …}`); empty when it is a single URL.
    pub token_urls: BTreeMap<String, String>,
    /// Token refresh endpoint, when it differs from the token endpoint.
    pub refresh_url: Option<String>,
    /// Extra query parameters of the authorization URL (values may be templates). Scalars are
    /// kept as written (`true` stays `"true"`), since they end up in a URL.
    pub authorization_params: BTreeMap<String, String>,
    /// Extra parameters of the token request. Values stay JSON because some providers send a
    /// nested body (JSON or XML), and numbers and booleans are not always strings there.
    pub token_params: BTreeMap<String, Value>,
    /// How scopes are joined (default a space).
    pub scope_separator: Option<String>,
    /// Scopes always requested.
    pub default_scopes: Vec<String>,
    /// How the proxy reaches the API; `None` for providers Nango cannot proxy.
    pub proxy: Option<ProxySettings>,
    /// The connection-config values a connection provides (or Nango fills in, `automated`), as
    /// declared: each value is a small JSON schema (`type`, `pattern`, `example`, `optional`, …).
    pub connection_config: BTreeMap<String, Value>,
    /// The credential fields a connection provides (`apiKey`, `username`, `password`, …), as
    /// declared, in the same schema form as `connection_config`.
    pub credentials: BTreeMap<String, Value>,
    /// Every other key of the entry (`docs`, `categories`, `refresh_params`, `body_format`,
    /// `token_request_auth_method`, `disable_pkce`, …), as a JSON object.
    pub extra: Value,
}

impl Provider {
    /// Every template string of the provider with a label saying where it is, e.g.
    /// `("proxy.headers.authorization", "Bearer ${apiKey}")`: OAuth URLs and parameters, the
    /// proxy base URL, headers, query and connection config. For checks and for finding which
    /// connection-config keys a provider reads ([`crate::placeholders`]).
    pub fn templates(&self) -> Vec<(String, &str)> {
        let mut found: Vec<(String, &str)> = Vec::new();
        for (label, value) in [
            ("authorization_url", &self.authorization_url),
            ("token_url", &self.token_url),
            ("refresh_url", &self.refresh_url),
        ] {
            if let Some(text) = value {
                found.push((label.to_owned(), text));
            }
        }
        for (mode, url) in &self.token_urls {
            found.push((format!("token_url.{mode}"), url));
        }
        for (key, value) in &self.authorization_params {
            found.push((format!("authorization_params.{key}"), value));
        }
        for (key, value) in &self.token_params {
            if let Value::String(text) = value {
                found.push((format!("token_params.{key}"), text));
            }
        }
        if let Some(proxy) = &self.proxy {
            found.push(("proxy.base_url".to_owned(), &proxy.base_url));
            for (section, map) in [
                ("headers", &proxy.headers),
                ("query", &proxy.query),
                ("connection_config", &proxy.connection_config),
            ] {
                for (key, value) in map {
                    found.push((format!("proxy.{section}.{key}"), value));
                }
            }
        }
        found
    }
}

/// How a provider authenticates, spelled in the file as `OAUTH2`, `API_KEY`, … Modes this enum
/// does not name (`MCP_OAUTH2`, `AWS_SIGV4`, `INSTALL_PLUGIN`, … and whatever comes next) are
/// kept in [`AuthMode::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuthMode {
    /// `OAUTH2`: authorization-code OAuth 2; the proxy sends `Authorization: Bearer <access_token>`.
    OAuth2,
    /// `OAUTH2_CC`: OAuth 2 client credentials; the proxy sends the fetched token.
    OAuth2ClientCredentials,
    /// `OAUTH1`: OAuth 1.0a (requests are signed).
    OAuth1,
    /// `API_KEY`: a key the user pastes; `proxy.headers`/`proxy.query` say where it goes.
    ApiKey,
    /// `BASIC`: username and password, sent as HTTP Basic unless `proxy.headers` says otherwise.
    Basic,
    /// `APP`: a GitHub-App-style installation token.
    App,
    /// `APP_STORE`: App Store Connect style signed tokens.
    AppStore,
    /// `CUSTOM`: an app plus a user OAuth flow (GitHub App OAuth).
    Custom,
    /// `TBA`: NetSuite token-based authentication.
    Tba,
    /// `JWT`: a token the server signs from the credentials.
    Jwt,
    /// `BILL`: Bill.com session login.
    Bill,
    /// `TWO_STEP`: credentials exchanged for a token by one or more requests.
    TwoStep,
    /// `SIGNATURE`: a token signed from the credentials.
    Signature,
    /// `NONE`: no authentication.
    None,
    /// Any other spelling, kept as written.
    Other(String),
}

impl AuthMode {
    /// The spelling providers.yaml uses.
    pub fn as_str(&self) -> &str {
        match self {
            AuthMode::OAuth2 => "OAUTH2",
            AuthMode::OAuth2ClientCredentials => "OAUTH2_CC",
            AuthMode::OAuth1 => "OAUTH1",
            AuthMode::ApiKey => "API_KEY",
            AuthMode::Basic => "BASIC",
            AuthMode::App => "APP",
            AuthMode::AppStore => "APP_STORE",
            AuthMode::Custom => "CUSTOM",
            AuthMode::Tba => "TBA",
            AuthMode::Jwt => "JWT",
            AuthMode::Bill => "BILL",
            AuthMode::TwoStep => "TWO_STEP",
            AuthMode::Signature => "SIGNATURE",
            AuthMode::None => "NONE",
            AuthMode::Other(other) => other,
        }
    }

    /// Reads the file's spelling; unknown ones become [`AuthMode::Other`].
    pub fn parse(text: &str) -> AuthMode {
        match text {
            "OAUTH2" => AuthMode::OAuth2,
            "OAUTH2_CC" => AuthMode::OAuth2ClientCredentials,
            "OAUTH1" => AuthMode::OAuth1,
            "API_KEY" => AuthMode::ApiKey,
            "BASIC" => AuthMode::Basic,
            "APP" => AuthMode::App,
            "APP_STORE" => AuthMode::AppStore,
            "CUSTOM" => AuthMode::Custom,
            "TBA" => AuthMode::Tba,
            "JWT" => AuthMode::Jwt,
            "BILL" => AuthMode::Bill,
            "TWO_STEP" => AuthMode::TwoStep,
            "SIGNATURE" => AuthMode::Signature,
            "NONE" => AuthMode::None,
            other => AuthMode::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for AuthMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `proxy:` of an entry: where the API is and what every request to it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxySettings {
    /// The API's base URL, a template (`https://${connectionConfig.subdomain}.zendesk.com`, or
    /// alternatives: `https://${connectionConfig.hostname} || https://api.example.com`).
    pub base_url: String,
    /// Headers added to every request (values are templates: `Bearer ${apiKey}`). Nango drops a
    /// header whose `${connectionConfig.…}` value is missing instead of failing the request
    /// (e.g. Stripe's optional `stripe-context`).
    pub headers: BTreeMap<String, String>,
    /// Query parameters added to every request (API keys in the URL: `key: ${apiKey}`).
    pub query: BTreeMap<String, String>,
    /// Which response headers say when to retry.
    pub retry: Option<RetrySettings>,
    /// Pagination defaults for `nango.paginate`, as written: `type` (`cursor`, `link`, `offset`)
    /// and `cursor_path_in_response`, `cursor_name_in_request`, `limit_name_in_request`,
    /// `response_path`, `link_rel_in_response_header`, `link_path_in_response_body`,
    /// `offset_name_in_request`, …
    pub paginate: Option<Value>,
    /// Whether responses must be decompressed even without a `content-encoding` header.
    pub decompress: bool,
    /// Connection-config values the API needs beyond the base URL (QuickBooks `realmId`), as
    /// templates.
    pub connection_config: BTreeMap<String, String>,
    /// Other `proxy:` keys, as a JSON object (`verification`, `body`,
    /// `forward_headers_on_redirect`, …).
    pub extra: Value,
}

/// `proxy.retry:` of an entry.
///
/// The file wrote one header name and one status code (`at: x-ratelimit-reset`, `error_code: 429`)
/// until 2025, and lists since (`at: [x-ratelimit-reset]`, `error_code: ['403', '5xx']`). Both are
/// read: the lists are in `*_headers`/`error_codes`, and `at`/`after`/`error_code` hold the
/// first entry for code that only needs one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RetrySettings {
    /// A response header holding the time (epoch seconds) when requests may resume; the first of
    /// [`RetrySettings::at_headers`].
    pub at: Option<String>,
    /// A response header holding how many seconds to wait; the first of
    /// [`RetrySettings::after_headers`].
    pub after: Option<String>,
    /// The first plain status code of [`RetrySettings::error_codes`].
    pub error_code: Option<u16>,
    /// A response header holding the number of requests left; `0` means wait.
    pub remaining: Option<String>,
    /// Every `at` header. Nango waits for the longest when several are present, and prefers `at`
    /// headers over `after` headers.
    pub at_headers: Vec<String>,
    /// Every `after` header.
    pub after_headers: Vec<String>,
    /// Status codes to retry, replacing the default (429, 5xx, 401) when not empty. Entries are
    /// codes (`"403"`) or classes (`"5xx"`); see [`RetrySettings::retries_status`].
    pub error_codes: Vec<String>,
    /// A wait found in the response body instead of headers (Google): `path`, `value` (a regular
    /// expression) and `strategy` (`at` or `after`), as written.
    pub in_body: Option<Value>,
}

impl RetrySettings {
    /// Whether `error_codes` lists `status`; `None` when it lists nothing and the default set
    /// applies.
    pub fn retries_status(&self, status: u16) -> Option<bool> {
        if self.error_codes.is_empty() {
            return None;
        }
        let text = status.to_string();
        Some(self.error_codes.iter().any(|code| {
            let code = code.trim();
            code == text
                || (code.len() == 3
                    && code
                        .get(1..)
                        .is_some_and(|xx| xx.eq_ignore_ascii_case("xx"))
                    && code.as_bytes()[0] == text.as_bytes()[0])
        }))
    }
}
