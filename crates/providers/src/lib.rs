//! The provider catalog: what nango-rs knows about each API provider. How its connections
//! authenticate ([`AuthMode`]), its OAuth URLs, the proxy's base URL and headers, which response
//! headers say when to retry, and the pagination defaults of `nango.paginate`.
//!
//! # Why Nango's providers.yaml shape
//!
//! Nango publishes its catalog as `providers.yaml` in the npm package `@nangohq/providers`. The
//! catalog here is a file in that same shape ([`Catalog::builtin`]: 230 providers, every one
//! that NangoHQ/integration-templates uses, written for nango-rs), so a user who needs a provider we do not ship can point
//! `NANGO_PROVIDERS_FILE` (read by the CLI) at the file from that package (or at their own) and
//! get the same behaviour as Nango; same-named entries replace ours
//! ([`Catalog::builtin_with_file`], [`Catalog::with_overrides`]). The shape, in short:
//!
//! ```yaml
//! zendesk:                       # the provider's name, used as the integration's `provider`
//!     display_name: Zendesk
//!     auth_mode: OAUTH2          # OAUTH2, OAUTH2_CC, API_KEY, BASIC, OAUTH1, APP, JWT, TWO_STEP, …
//!     authorization_url: https://${connectionConfig.subdomain}.zendesk.com/oauth/authorizations/new
//!     token_url: https://${connectionConfig.subdomain}.zendesk.com/oauth/tokens
//!     proxy:
//!         base_url: https://${connectionConfig.subdomain}.zendesk.com
//!         headers: { accept: application/json }
//!         retry: { after: [retry-after] }          # header with seconds to wait
//!         paginate: { type: link, link_path_in_response_body: next_page, limit_name_in_request: per_page }
//!     connection_config:                           # what each connection must provide
//!         subdomain: { type: string, pattern: '^[a-z0-9_-]+$' }
//! zendesk-sandbox:
//!     alias: zendesk             # inherits every top-level key it does not set
//!     display_name: Zendesk (sandbox)
//! ```
//!
//! # Reading the file
//!
//! The real file grows every week and gains keys we do not model. Unknown keys are kept, not
//! rejected ([`Provider::extra`], [`ProxySettings::extra`]); only what the proxy and the OAuth flows
//! rely on is typed. An `alias` entry is merged over the entry it names one top-level key at a
//! time, as Nango's loader does (an alias's `proxy:` replaces the whole `proxy:`). Errors name
//! `file:line:column` ([`CatalogError`]).
//!
//! # Templates
//!
//! URLs, headers and query values are templates over the connection:
//! `https://${connectionConfig.subdomain}.zendesk.com`, `Bearer ${apiKey}`,
//! `Basic ${base64(${credentials.username}:${credentials.password})}`, and alternatives
//! `https://${connectionConfig.hostname} || https://login.salesforce.com`. [`interpolate`] fills
//! them in; the [`template`] module describes the grammar and what is not supported yet.
//!
//! This crate knows nothing about HTTP or storage; the proxy applies these settings.
#![deny(missing_docs)]

mod catalog;
mod error;
mod provider;
mod raw;
pub mod template;

pub use catalog::Catalog;
pub use error::CatalogError;
pub use provider::{AuthMode, Provider, ProxySettings, RetrySettings};
pub use template::{MissingReason, MissingValue, TemplateValues, interpolate, placeholders};
