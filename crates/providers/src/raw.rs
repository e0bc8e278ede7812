//! The entries as the file writes them, before `alias` is applied.
//!
//! Every field is optional here, because an alias entry may set any subset of them and inherit the
//! rest; whether a resolved provider is usable is checked in [`RawProvider::into_provider`].

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::provider::{AuthMode, Provider, ProxySettings, RetrySettings};

#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RawProvider {
    pub alias: Option<String>,
    display_name: Option<String>,
    auth_mode: Option<String>,
    authorization_url: Option<String>,
    token_url: Option<TokenUrl>,
    refresh_url: Option<String>,
    authorization_params: Option<BTreeMap<String, String>>,
    token_params: Option<BTreeMap<String, Value>>,
    scope_separator: Option<String>,
    default_scopes: Option<OneOrMany>,
    proxy: Option<RawProxy>,
    connection_config: Option<BTreeMap<String, Value>>,
    credentials: Option<BTreeMap<String, Value>>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct RawProxy {
    base_url: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    #[serde(default)]
    query: BTreeMap<String, String>,
    retry: Option<RawRetry>,
    paginate: Option<Value>,
    #[serde(default)]
    decompress: bool,
    #[serde(default)]
    connection_config: BTreeMap<String, String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct RawRetry {
    #[serde(default)]
    at: OneOrMany,
    #[serde(default)]
    after: OneOrMany,
    #[serde(default)]
    error_code: OneOrMany,
    remaining: Option<String>,
    in_body: Option<Value>,
}

impl RawProvider {
    /// This entry with the fields it does not set taken from `base`: a shallow merge of top-level
    /// keys, as Nango's loader does (`{ ...base, ...entry }`). A `proxy:` in the alias entry
    /// therefore replaces the base's whole `proxy:`.
    pub fn inherit(&self, base: &RawProvider) -> RawProvider {
        fn pick<T: Clone>(own: &Option<T>, base: &Option<T>) -> Option<T> {
            own.as_ref().or(base.as_ref()).cloned()
        }
        let mut extra = base.extra.clone();
        extra.extend(self.extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        RawProvider {
            alias: self.alias.clone(),
            display_name: pick(&self.display_name, &base.display_name),
            auth_mode: pick(&self.auth_mode, &base.auth_mode),
            authorization_url: pick(&self.authorization_url, &base.authorization_url),
            token_url: pick(&self.token_url, &base.token_url),
            refresh_url: pick(&self.refresh_url, &base.refresh_url),
            authorization_params: pick(&self.authorization_params, &base.authorization_params),
            token_params: pick(&self.token_params, &base.token_params),
            scope_separator: pick(&self.scope_separator, &base.scope_separator),
            default_scopes: pick(&self.default_scopes, &base.default_scopes),
            proxy: pick(&self.proxy, &base.proxy),
            connection_config: pick(&self.connection_config, &base.connection_config),
            credentials: pick(&self.credentials, &base.credentials),
            extra,
        }
    }

    /// The resolved provider, or what is wrong with it (to follow "provider `x`").
    pub fn into_provider(self, name: &str) -> Result<Provider, String> {
        let Some(auth_mode) = self.auth_mode else {
            return Err(match self.alias {
                Some(alias) => format!("has no `auth_mode`, and neither has `{alias}`, its alias"),
                None => "has no `auth_mode`".to_owned(),
            });
        };
        let auth_mode = AuthMode::parse(auth_mode.trim());
        let (token_url, token_urls) = match self.token_url {
            None => (None, BTreeMap::new()),
            Some(TokenUrl::One(url)) => (Some(url), BTreeMap::new()),
            Some(TokenUrl::PerMode(urls)) => {
                let url = urls
                    .get(auth_mode.as_str())
                    .or_else(|| urls.get("OAUTH2"))
                    .or_else(|| urls.values().next())
                    .cloned();
                (url, urls)
            }
        };
        let proxy = match self.proxy {
            None => None,
            Some(proxy) => Some(proxy.into_settings()?),
        };
        Ok(Provider {
            name: name.to_owned(),
            alias: self.alias,
            display_name: self.display_name,
            auth_mode,
            authorization_url: self.authorization_url,
            token_url,
            token_urls,
            refresh_url: self.refresh_url,
            authorization_params: self.authorization_params.unwrap_or_default(),
            token_params: self.token_params.unwrap_or_default(),
            scope_separator: self.scope_separator,
            default_scopes: self.default_scopes.unwrap_or_default().0,
            proxy,
            connection_config: self.connection_config.unwrap_or_default(),
            credentials: self.credentials.unwrap_or_default(),
            extra: Value::Object(self.extra),
        })
    }
}

impl RawProxy {
    fn into_settings(self) -> Result<ProxySettings, String> {
        let base_url = match self.base_url {
            Some(url) if !url.trim().is_empty() => url,
            _ => return Err("has a `proxy` without a `base_url`".to_owned()),
        };
        Ok(ProxySettings {
            base_url,
            headers: self.headers,
            query: self.query,
            retry: self.retry.map(RawRetry::into_settings),
            paginate: self.paginate,
            decompress: self.decompress,
            connection_config: self.connection_config,
            extra: Value::Object(self.extra),
        })
    }
}

impl RawRetry {
    fn into_settings(self) -> RetrySettings {
        RetrySettings {
            at: self.at.0.first().cloned(),
            after: self.after.0.first().cloned(),
            error_code: self
                .error_code
                .0
                .iter()
                .find_map(|code| code.trim().parse().ok()),
            remaining: self.remaining,
            at_headers: self.at.0,
            after_headers: self.after.0,
            error_codes: self.error_code.0,
            in_body: self.in_body,
        }
    }
}

/// `token_url:` is a URL, or a map from auth mode to URL.
#[derive(Debug, Clone)]
enum TokenUrl {
    One(String),
    PerMode(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for TokenUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TokenUrlVisitor;
        impl<'de> Visitor<'de> for TokenUrlVisitor {
            type Value = TokenUrl;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a URL, or a map from auth mode to URL")
            }
            fn visit_str<E: de::Error>(self, url: &str) -> Result<TokenUrl, E> {
                Ok(TokenUrl::One(url.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TokenUrl, A::Error> {
                let mut urls = BTreeMap::new();
                while let Some((mode, url)) = map.next_entry::<String, String>()? {
                    urls.insert(mode, url);
                }
                Ok(TokenUrl::PerMode(urls))
            }
        }
        deserializer.deserialize_any(TokenUrlVisitor)
    }
}

/// A scalar or a list of scalars, as text: `at: x-ratelimit-reset` and `at: [x-ratelimit-reset]`
/// both mean one header; `error_code: 429` and `error_code: ['429', 5xx]` are both codes.
#[derive(Debug, Clone, Default)]
struct OneOrMany(Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor;
        impl<'de> Visitor<'de> for OneOrManyVisitor {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![text.to_owned()]))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![number.to_string()]))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![number.to_string()]))
            }
            fn visit_unit<E: de::Error>(self) -> Result<OneOrMany, E> {
                Ok(OneOrMany(Vec::new()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
        }
        deserializer.deserialize_any(OneOrManyVisitor)
    }
}
