//! What follows a connection's auth: the auth webhooks (`type: "auth"`, operation `creation`,
//! `override` or `refresh`), a failed refresh marking the connection, and the background job
//! that refreshes tokens before they expire.
//!
//! The webhooks go out as the sync ones do (queued, retried, signed) when the environment has
//! a webhook URL and its settings ask for them: `webhook_on_auth_creation` (new and renewed
//! connections, and failed attempts) and `webhook_on_auth_refresh_error`.

use nango_providers::Provider;
use nango_store::{Connection, Environment, Integration};
use serde_json::{Value, json};

use super::oauth::{Grant, Saved};
use super::{Platform, PlatformError, Result, credentials};

/// Connections refreshed per pass of the background job.
const REFRESH_BATCH: i64 = 50;

impl Platform {
    /// A connection was created or got new credentials.
    pub(super) async fn auth_succeeded(
        &self,
        environment: &Environment,
        connection: &Connection,
        provider: &Provider,
        operation: Saved,
    ) {
        if !environment.webhook_on_auth_creation {
            return;
        }
        let mut body = auth_body(environment, connection, provider.auth_mode.as_str());
        body["operation"] = json!(match operation {
            Saved::Creation => "creation",
            Saved::Override => "override",
        });
        body["success"] = json!(true);
        self.queue_auth_webhook(environment, body).await;
    }

    /// An attempt to connect failed (denied consent, a token endpoint's refusal…).
    pub(super) async fn auth_failed(&self, grant: &Grant, error: &PlatformError) {
        let environment = &grant.environment;
        if !environment.webhook_on_auth_creation {
            return;
        }
        let mut body = json!({
            "from": "nango",
            "type": "auth",
            "operation": if grant.renews.is_some() { "override" } else { "creation" },
            "success": false,
            "connectionId": grant.connection_id,
            "providerConfigKey": grant.integration.unique_key,
            "provider": grant.integration.provider,
            "authMode": grant.provider.auth_mode.as_str(),
            "environment": environment.name,
            "error": error_of(error),
        });
        if let Some(end_user) = end_user(grant.end_user.as_ref()) {
            body["endUser"] = end_user;
        }
        self.queue_auth_webhook(environment, body).await;
    }

    /// A refresh failed: the connection gets an auth error (shown by `GET /connections`), an
    /// operation in the logs says why, and the first failure sends a `refresh` webhook.
    pub(super) async fn refresh_failed(
        &self,
        integration: &Integration,
        connection: &mut Connection,
        error: &PlatformError,
    ) {
        let already = has_auth_error(connection);
        let result: Result<()> = async {
            let log = self
                .store
                .start_operation(
                    connection.environment_id,
                    "auth",
                    Some(&integration.unique_key),
                    Some(&connection.connection_id),
                    Some("token refresh"),
                )
                .await?;
            let line = nango_store::LogLine {
                level: "error".into(),
                message: error.message.clone(),
                created_at: nango_store::now(),
            };
            self.store.finish_operation(log, "failed", &[line]).await?;
            connection.errors = json!([{ "type": "auth", "log_id": log.to_string() }]);
            self.store.update_connection(connection).await?;
            Ok(())
        }
        .await;
        if let Err(e) = result {
            tracing::error!("cannot record a failed refresh: {}", e.message);
        }
        if already {
            return;
        }
        let Ok(Some(environment)) = self.environment_by_id(connection.environment_id).await else {
            return;
        };
        if !environment.webhook_on_auth_refresh_error {
            return;
        }
        let mode = self
            .catalog
            .get(&integration.provider)
            .map_or("OAUTH2", |p| p.auth_mode.as_str());
        let mut body = auth_body(&environment, connection, mode);
        body["operation"] = json!("refresh");
        body["success"] = json!(false);
        body["error"] = error_of(error);
        self.queue_auth_webhook(&environment, body).await;
    }

    async fn queue_auth_webhook(&self, environment: &Environment, body: Value) {
        if let Err(e) = self.queue_webhooks(environment, &body).await {
            tracing::error!("cannot queue an auth webhook: {}", e.message);
        }
    }

    /// The background job: refreshes the tokens that expire within `refresh_ahead`, skipping
    /// connections whose last refresh failed (reading them still tries). Returns how many were
    /// refreshed.
    pub async fn refresh_expiring_tokens(&self) -> Result<usize> {
        let horizon =
            credentials::format_time(std::time::SystemTime::now() + self.settings.refresh_ahead);
        let due = self
            .store
            .connections_expiring(&horizon, REFRESH_BATCH)
            .await?;
        let mut refreshed = 0;
        for mut connection in due {
            if has_auth_error(&connection) {
                continue;
            }
            let Some(integration) = self
                .store
                .integration(connection.environment_id, &connection.provider_config_key)
                .await?
            else {
                continue;
            };
            // Forced: the job's horizon is further out than the margin a read refreshes at.
            match credentials::current(self, &integration, &mut connection, true).await {
                Ok(_) => refreshed += 1,
                Err(e) => tracing::warn!(
                    integration = integration.unique_key,
                    connection = connection.connection_id,
                    "token refresh failed: {}",
                    e.message
                ),
            }
        }
        Ok(refreshed)
    }
}

fn has_auth_error(connection: &Connection) -> bool {
    connection
        .errors
        .as_array()
        .is_some_and(|errors| errors.iter().any(|e| e["type"] == "auth"))
}

/// The fields every auth webhook has.
fn auth_body(environment: &Environment, connection: &Connection, auth_mode: &str) -> Value {
    let mut body = json!({
        "from": "nango",
        "type": "auth",
        "connectionId": connection.connection_id,
        "providerConfigKey": connection.provider_config_key,
        "provider": connection.provider,
        "authMode": auth_mode,
        "environment": environment.name,
    });
    if let Some(end_user) = end_user(connection.end_user.as_ref()) {
        body["endUser"] = end_user;
    }
    if connection.tags.as_object().is_some_and(|t| !t.is_empty()) {
        body["tags"] = connection.tags.clone();
    }
    body
}

/// `endUser` as Nango's webhooks spell it: `{endUserId, organizationId?}`.
fn end_user(end_user: Option<&Value>) -> Option<Value> {
    let id = end_user?.get("id")?.as_str()?;
    let mut out = json!({ "endUserId": id });
    if let Some(organization) = end_user?["organization"]["id"].as_str() {
        out["organizationId"] = json!(organization);
    }
    Some(out)
}

fn error_of(error: &PlatformError) -> Value {
    let description = if error.code == super::ErrorCode::Internal {
        "the server failed; its log has the details".to_string()
    } else {
        error.message.clone()
    };
    json!({ "type": error.code.as_str(), "description": description })
}
