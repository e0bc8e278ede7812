//! An environment's own settings (where its webhooks go, how long its scripts may run), its
//! variables, its logs and the provider catalog it sees.

use nango_runtime::Limits;
use nango_store::{Environment, LogLine, Operation, OperationFilter};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ErrorCode, Platform, PlatformError, ProviderView, Result};

/// The environment as `GET /environment` shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EnvironmentSettings {
    /// Its name.
    pub name: String,
    /// Where webhooks go.
    pub webhook_url: Option<String>,
    /// Whether webhooks are signed with a secret of their own (else with the secret key).
    pub webhook_secret_set: bool,
    /// What older frontends start connections with (`new Nango({publicKey})`); not a secret.
    pub public_key: Option<String>,
    /// Whether an auth webhook goes out when a connection is created or renewed (or an
    /// attempt fails).
    pub webhook_on_auth_creation: bool,
    /// Whether an auth webhook goes out when a token refresh fails.
    pub webhook_on_auth_refresh_error: bool,
    /// A second place webhooks go.
    pub webhook_url_secondary: Option<String>,
    /// Whether a sync webhook goes out when a run fails.
    pub webhook_on_sync_error: bool,
    /// Whether a sync webhook goes out after every successful run, even one that changed
    /// nothing.
    pub webhook_on_sync_success_always: bool,
    /// How long a sync run may take, in seconds.
    pub sync_time_limit_secs: i64,
    /// How long an action run may take, in seconds.
    pub action_time_limit_secs: i64,
}

/// The longest time limit a run of a kind may be given, which is also its default: the
/// runtime's own (Nango's: a day for syncs, 15 minutes for actions).
fn max_time_limit_secs(limits: Limits) -> i64 {
    i64::try_from(limits.wall_time.as_secs()).unwrap_or(i64::MAX)
}

/// New settings: `None` leaves a field, `Some(None)` removes it (back to its default).
#[derive(Debug, Clone, Default)]
pub struct EnvironmentChanges {
    /// Where webhooks go (an http(s) URL).
    pub url: Option<Option<String>>,
    /// What signs them.
    pub secret: Option<Option<String>>,
    /// Send auth webhooks for new and renewed connections.
    pub on_auth_creation: Option<bool>,
    /// Send auth webhooks for failed refreshes.
    pub on_auth_refresh_error: Option<bool>,
    /// A second place webhooks go.
    pub url_secondary: Option<Option<String>>,
    /// Send sync webhooks for failed runs.
    pub on_sync_error: Option<bool>,
    /// Send sync webhooks after every successful run.
    pub on_sync_success_always: Option<bool>,
    /// How long a sync run may take, in seconds (1 to a day).
    pub sync_time_limit_secs: Option<Option<i64>>,
    /// How long an action run may take, in seconds (1 to 15 minutes).
    pub action_time_limit_secs: Option<Option<i64>>,
}

impl Platform {
    /// An environment by its id (the scheduler, webhooks and sessions know only that).
    pub(super) async fn environment_by_id(&self, id: i64) -> Result<Option<Environment>> {
        Ok(self
            .store
            .environments()
            .await?
            .into_iter()
            .find(|e| e.id == id))
    }

    /// The environment's settings.
    pub fn environment_settings(&self, environment: &Environment) -> EnvironmentSettings {
        EnvironmentSettings {
            name: environment.name.clone(),
            webhook_url: environment.webhook_url.clone(),
            webhook_secret_set: environment.webhook_secret.is_some(),
            public_key: environment.public_key.clone(),
            webhook_on_auth_creation: environment.webhook_on_auth_creation,
            webhook_on_auth_refresh_error: environment.webhook_on_auth_refresh_error,
            webhook_url_secondary: environment.webhook_url_secondary.clone(),
            webhook_on_sync_error: environment.webhook_on_sync_error,
            webhook_on_sync_success_always: environment.webhook_on_sync_success_always,
            sync_time_limit_secs: environment
                .sync_time_limit_secs
                .unwrap_or_else(|| max_time_limit_secs(Limits::sync())),
            action_time_limit_secs: environment
                .action_time_limit_secs
                .unwrap_or_else(|| max_time_limit_secs(Limits::action())),
        }
    }

    /// Changes where webhooks go, what signs them and how long scripts may run.
    pub async fn update_environment(
        &self,
        environment: &Environment,
        settings: EnvironmentChanges,
    ) -> Result<()> {
        let text =
            |field: &str, value: Option<Option<String>>, current: &Option<String>| match value {
                None => Ok(current.clone()),
                Some(None) => Ok(None),
                Some(Some(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
                Some(Some(_)) => Err(PlatformError::invalid_body(format!(
                    "`{field}` must be a non-empty string or null"
                ))),
            };
        let url_of = |field: &str, value, current| {
            let url = text(field, value, current)?;
            if let Some(url) = &url
                && !(url.starts_with("http://") || url.starts_with("https://"))
            {
                return Err(PlatformError::invalid_body(format!(
                    "`{field}` {url:?} must be an http(s) URL"
                )));
            }
            Ok(url)
        };
        let mut updated = environment.clone();
        updated.webhook_url = url_of("webhook_url", settings.url, &environment.webhook_url)?;
        updated.webhook_url_secondary = url_of(
            "webhook_url_secondary",
            settings.url_secondary,
            &environment.webhook_url_secondary,
        )?;
        updated.webhook_secret = text(
            "webhook_secret",
            settings.secret,
            &environment.webhook_secret,
        )?;
        let flags = [
            (
                &mut updated.webhook_on_auth_creation,
                settings.on_auth_creation,
            ),
            (
                &mut updated.webhook_on_auth_refresh_error,
                settings.on_auth_refresh_error,
            ),
            (&mut updated.webhook_on_sync_error, settings.on_sync_error),
            (
                &mut updated.webhook_on_sync_success_always,
                settings.on_sync_success_always,
            ),
        ];
        for (flag, new) in flags {
            if let Some(new) = new {
                *flag = new;
            }
        }
        let limit = |field: &str, value: Option<Option<i64>>, current: Option<i64>, max: i64| {
            match value {
                None => Ok(current),
                Some(None) => Ok(None),
                Some(Some(secs)) if (1..=max).contains(&secs) => Ok(Some(secs)),
                Some(Some(secs)) => Err(PlatformError::invalid_body(format!(
                    "`{field}` is {secs}: it must be a number of seconds from 1 to {max}, or null for the default ({max})"
                ))),
            }
        };
        updated.sync_time_limit_secs = limit(
            "sync_time_limit_secs",
            settings.sync_time_limit_secs,
            environment.sync_time_limit_secs,
            max_time_limit_secs(Limits::sync()),
        )?;
        updated.action_time_limit_secs = limit(
            "action_time_limit_secs",
            settings.action_time_limit_secs,
            environment.action_time_limit_secs,
            max_time_limit_secs(Limits::action()),
        )?;
        self.store.update_environment(&updated).await?;
        Ok(())
    }

    /// The environment's variables, by name.
    pub async fn environment_variables(&self, environment: i64) -> Result<Vec<(String, String)>> {
        Ok(self.store.environment_variables(environment).await?)
    }

    /// Sets variables (a `None` value removes one); every name is checked before any is set.
    pub async fn set_environment_variables(
        &self,
        environment: i64,
        variables: &[(String, Option<String>)],
    ) -> Result<()> {
        if let Some((name, _)) = variables.iter().find(|(name, _)| !valid_name(name)) {
            return Err(PlatformError::invalid_body(format!(
                "variable name {name:?}: names are letters, digits and `_`, not starting with a digit"
            )));
        }
        for (name, value) in variables {
            self.store
                .set_environment_variable(environment, name, value.as_deref())
                .await?;
        }
        Ok(())
    }

    /// The environment's operations matching a filter, newest first.
    pub async fn operations(
        &self,
        environment: i64,
        filter: &OperationFilter,
    ) -> Result<Vec<Operation>> {
        if !(1..=1000).contains(&filter.limit) {
            return Err(PlatformError::new(
                ErrorCode::InvalidQuery,
                format!("`limit` must be from 1 to 1000, not {}", filter.limit),
            ));
        }
        Ok(self.store.operations(environment, filter).await?)
    }

    /// One operation and its log lines.
    pub async fn operation(&self, environment: i64, id: i64) -> Result<(Operation, Vec<LogLine>)> {
        self.store.operation(environment, id).await?.ok_or_else(|| {
            PlatformError::new(
                ErrorCode::UnknownOperation,
                format!("no operation {id} in this environment"),
            )
        })
    }

    /// A provider's logo, drawn here (no image leaves for or comes from elsewhere): its
    /// initials on a colour of its own, as an SVG. `None` for a provider the catalog lacks.
    pub fn provider_logo(&self, name: &str) -> Option<String> {
        let provider = self.catalog.get(name)?;
        let label = provider.display_name.as_deref().unwrap_or(&provider.name);
        let initials: String = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .take(2)
            .filter_map(|word| word.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        // A stable hue per provider (FNV-1a of its name).
        let hue = name.bytes().fold(0x811c9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x01000193)
        }) % 360;
        Some(format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="{label}"><rect width="64" height="64" rx="14" fill="hsl({hue},55%,42%)"/><text x="32" y="41" font-family="system-ui,Arial,sans-serif" font-size="24" font-weight="600" fill="#fff" text-anchor="middle">{initials}</text></svg>"##,
            label = xml_escape(label),
            initials = xml_escape(&initials),
        ))
    }

    /// Providers of the catalog whose name or display name contains `search`.
    pub fn providers(&self, search: Option<&str>) -> Vec<ProviderView> {
        let search = search.map(str::to_ascii_lowercase);
        self.catalog
            .iter()
            .filter(|p| {
                search.as_deref().is_none_or(|s| {
                    p.name.contains(s)
                        || p.display_name
                            .as_deref()
                            .is_some_and(|d| d.to_ascii_lowercase().contains(s))
                })
            })
            .map(ProviderView::of)
            .collect()
    }

    /// One provider.
    pub fn provider(&self, name: &str) -> Result<ProviderView> {
        self.catalog.get(name).map(ProviderView::of).ok_or_else(|| {
            PlatformError::new(
                ErrorCode::UnknownProvider,
                format!("no provider named `{name}`"),
            )
        })
    }
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Text safe inside XML.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
