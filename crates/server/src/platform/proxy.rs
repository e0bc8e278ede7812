//! Proxied calls: a request to the provider of a connection with its credentials (refreshed
//! once when the provider answers 401), logged as an operation.

use nango_proxy::ProxyRequest;

use super::{ErrorCode, Platform, PlatformError, Result, credentials};

/// One request for a connection's provider.
#[derive(Debug, Clone)]
pub struct ProxyCall {
    /// The integration.
    pub provider_config_key: String,
    /// The connection.
    pub connection_id: String,
    /// The request (endpoint, params, headers, body, retries).
    pub request: ProxyRequest,
}

impl Platform {
    /// Sends the call; the provider's response comes back as it arrives (its body streams).
    pub async fn proxy(&self, environment: i64, call: &ProxyCall) -> Result<reqwest::Response> {
        let key = &call.provider_config_key;
        let (integration, mut connection) = self
            .integration_and_connection(environment, key, &call.connection_id)
            .await?;
        let provider = self.catalog.get(&integration.provider).ok_or_else(|| {
            PlatformError::new(
                ErrorCode::UnknownProvider,
                format!(
                    "provider `{}` of integration `{key}` is not in the catalog",
                    integration.provider
                ),
            )
        })?;
        let started = std::time::Instant::now();
        let mut creds = self
            .credentials(&integration, &mut connection, false)
            .await?;
        let mut response = self
            .send(provider, &integration, &connection, &creds, &call.request)
            .await;
        if let Ok(first) = &response
            // A token the provider no longer accepts: refresh it once and try again.
            && first.status() == reqwest::StatusCode::UNAUTHORIZED
            && credentials::needs_refresh(&creds, true)
        {
            creds = self
                .credentials(&integration, &mut connection, true)
                .await?;
            response = self
                .send(provider, &integration, &connection, &creds, &call.request)
                .await;
        }
        self.log_proxied(environment, call, &response, started)
            .await;
        response
    }

    async fn send(
        &self,
        provider: &nango_providers::Provider,
        integration: &nango_store::Integration,
        connection: &nango_store::Connection,
        creds: &serde_json::Value,
        request: &ProxyRequest,
    ) -> Result<reqwest::Response> {
        let target = nango_proxy::Connection {
            provider: provider.name.clone(),
            credentials: creds.clone(),
            connection_config: connection.connection_config.clone(),
            metadata: connection.metadata.clone(),
            oauth1: self.oauth1_keys(integration, creds)?,
        };
        self.http
            .send_streaming(provider, &target, request)
            .await
            .map_err(|e| {
                let code = if e.is_transient() {
                    ErrorCode::ProviderUnreachable
                } else {
                    ErrorCode::ProxyFailed
                };
                PlatformError::new(code, e.message)
            })
    }

    /// The proxied call as an operation of the logs.
    async fn log_proxied(
        &self,
        environment: i64,
        call: &ProxyCall,
        response: &Result<reqwest::Response>,
        started: std::time::Instant,
    ) {
        let request = &call.request;
        let (status, line) = match response {
            Ok(r) => (
                if r.status().is_success() {
                    "success"
                } else {
                    "failed"
                },
                format!(
                    "{} {} → {} ({} ms)",
                    request.method,
                    request.endpoint,
                    r.status().as_u16(),
                    started.elapsed().as_millis()
                ),
            ),
            Err(e) => (
                "failed",
                format!(
                    "{} {} failed: {}",
                    request.method, request.endpoint, e.message
                ),
            ),
        };
        let name = format!("{} {}", request.method, request.endpoint);
        let result = async {
            let id = self
                .store
                .start_operation(
                    environment,
                    "proxy",
                    Some(&call.provider_config_key),
                    Some(&call.connection_id),
                    Some(&name),
                )
                .await?;
            let line = nango_store::LogLine {
                level: "http".into(),
                message: line,
                created_at: nango_store::now(),
            };
            self.store.finish_operation(id, status, &[line]).await
        }
        .await;
        if let Err(e) = result {
            tracing::error!("cannot log a proxied call: {e}");
        }
    }
}
