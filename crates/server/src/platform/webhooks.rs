//! Webhooks to the environment's URL after sync runs: one per model that changed (and one when a
//! run fails), queued in the store with the run's end (one transaction: none lost when the
//! process dies between the two, none sent by a worker that lost the run), so that none is lost
//! while the receiver is down either; delivered
//! with backoff, signed as `@nangohq/node`'s `verifyIncomingWebhookRequest` checks
//! (`X-Nango-Hmac-Sha256`: the hex HMAC-SHA256 of the body with the webhook secret, or the
//! environment's secret key).

use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use nango_store::{JobKind, NewWebhook, RecordCounts, SyncJob, SyncSchedule};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::circuit::Admit;
use super::{Platform, Result, credentials};

/// Attempts before a delivery is dropped (with the backoff capped at an hour: about a day).
const MAX_ATTEMPTS: i64 = 30;
/// The longest wait between attempts.
const MAX_WAIT: Duration = Duration::from_secs(3600);
/// The header that carries a delivery's id: the same on every attempt of it, so a receiver
/// that got it already (its answer lost, the sender killed before it recorded the delivery)
/// can drop the repeat.
pub const DELIVERY_ID_HEADER: &str = "X-Nango-Delivery-Id";

fn sync_type(kind: JobKind) -> &'static str {
    match kind {
        JobKind::Initial => "INITIAL",
        JobKind::Incremental => "INCREMENTAL",
        JobKind::Full => "INITIAL",
    }
}

impl Platform {
    /// What a successful run owes: one webhook per model whose records changed.
    pub(super) async fn success_webhooks(
        &self,
        schedule: &SyncSchedule,
        job: &SyncJob,
        started: &str,
        changed: &[(String, RecordCounts)],
    ) -> Result<Vec<NewWebhook>> {
        let mut owed = Vec::new();
        let Some(environment) = self.environment_by_id(schedule.environment_id).await? else {
            return Ok(owed);
        };
        if environment.webhook_urls().is_empty() {
            return Ok(owed);
        }
        let Some(connection) = self.store.connection_by_id(schedule.connection).await? else {
            return Ok(owed);
        };
        for (model, counts) in changed {
            let unchanged = counts.added + counts.updated + counts.deleted == 0;
            if unchanged && !environment.webhook_on_sync_success_always {
                continue;
            }
            let body = json!({
                "from": "nango",
                "type": "sync",
                "connectionId": connection.connection_id,
                "providerConfigKey": schedule.integration_key,
                "syncName": schedule.name,
                "syncVariant": schedule.variant,
                "model": model,
                "responseResults": { "added": counts.added, "updated": counts.updated, "deleted": counts.deleted },
                "syncType": sync_type(job.kind),
                "modifiedAfter": started,
                "success": true,
            });
            owed.extend(webhooks_to(&environment, &body));
        }
        Ok(owed)
    }

    /// What a run that failed for good owes.
    pub(super) async fn failure_webhooks(
        &self,
        job: &SyncJob,
        started: &str,
        kind: &str,
        message: &str,
    ) -> Result<Vec<NewWebhook>> {
        let Some(schedule) = self.store.sync_schedule(job.sync_id).await? else {
            return Ok(Vec::new());
        };
        let Some(environment) = self.environment_by_id(schedule.environment_id).await? else {
            return Ok(Vec::new());
        };
        if !environment.webhook_on_sync_error || environment.webhook_urls().is_empty() {
            return Ok(Vec::new());
        }
        let Some(connection) = self.store.connection_by_id(schedule.connection).await? else {
            return Ok(Vec::new());
        };
        let body = json!({
            "from": "nango",
            "type": "sync",
            "connectionId": connection.connection_id,
            "providerConfigKey": schedule.integration_key,
            "syncName": schedule.name,
            "syncVariant": schedule.variant,
            "syncType": sync_type(job.kind),
            "success": false,
            "error": { "type": kind, "description": message },
            "startedAt": started,
            "failedAt": nango_store::now(),
        });
        Ok(webhooks_to(&environment, &body))
    }

    /// Every delivery attempt is an operation of the logs (kind `webhook`), so the dashboard
    /// charts and lists them beside the runs that caused them.
    async fn log_delivery(
        &self,
        delivery: &nango_store::WebhookDelivery,
        took: Duration,
        error: Option<&str>,
    ) {
        let body: serde_json::Value = serde_json::from_str(&delivery.body).unwrap_or_default();
        let text = |field: &str| body.get(field).and_then(|v| v.as_str());
        let name = format!(
            "{} webhook to {}",
            text("type").unwrap_or("a"),
            delivery.url
        );
        let logged = async {
            let id = self
                .store
                .start_operation(
                    delivery.environment_id,
                    "webhook",
                    text("providerConfigKey"),
                    text("connectionId"),
                    Some(&name),
                )
                .await?;
            let message = match error {
                None => format!("POST {} delivered in {} ms", delivery.url, took.as_millis()),
                Some(error) => format!(
                    "POST {} failed (attempt {}): {error}",
                    delivery.url,
                    delivery.attempts + 1
                ),
            };
            let line = nango_store::LogLine {
                level: if error.is_some() { "error" } else { "info" }.into(),
                message,
                created_at: nango_store::now(),
            };
            let status = if error.is_some() { "failed" } else { "success" };
            self.store.finish_operation(id, status, &[line]).await
        };
        if let Err(e) = logged.await {
            tracing::error!("cannot log a webhook delivery: {e}");
        }
    }

    /// Queues one delivery of a webhook to each of the environment's URLs (after the earlier
    /// ones of the connection the body names, if it names one).
    pub async fn queue_webhooks(
        &self,
        environment: &nango_store::Environment,
        body: &serde_json::Value,
    ) -> Result<()> {
        for webhook in webhooks_to(environment, body) {
            self.store.queue_webhook(&webhook).await?;
        }
        Ok(())
    }
}

/// One delivery of `body` to each of the environment's URLs, each with an id of its own and,
/// when the body names a connection, ordered after the earlier webhooks of that connection.
fn webhooks_to(
    environment: &nango_store::Environment,
    body: &serde_json::Value,
) -> Vec<NewWebhook> {
    let ordering_key = match (
        body.get("providerConfigKey").and_then(|v| v.as_str()),
        body.get("connectionId").and_then(|v| v.as_str()),
    ) {
        (Some(integration), Some(connection)) => Some(format!("{integration}\n{connection}")),
        _ => None,
    };
    let body = body.to_string();
    environment
        .webhook_urls()
        .into_iter()
        .map(|url| NewWebhook {
            environment_id: environment.id,
            url: url.to_string(),
            body: body.clone(),
            delivery_id: super::random_hex(16),
            ordering_key: ordering_key.clone(),
        })
        .collect()
}

/// The signature headers of a body.
pub fn signatures(key: &str, body: &str) -> [(&'static str, String); 2] {
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key");
    mac.update(body.as_bytes());
    let hmac = hex(&mac.finalize().into_bytes());
    // The older `verifyWebhookSignature`: sha256(key + body).
    let legacy = hex(&Sha256::digest(format!("{key}{body}").as_bytes()));
    [("X-Nango-Hmac-Sha256", hmac), ("X-Nango-Signature", legacy)]
}

impl Platform {
    /// Sends the webhooks that are due (signed, with their delivery id), and decides what
    /// happens to those that failed: another attempt with backoff, or dropped after
    /// [`MAX_ATTEMPTS`]. Deliveries to a receiver whose circuit is open wait without an
    /// attempt (see [`super::circuit`]). Returns how many were delivered, so that a caller can
    /// go on at once while a backlog drains.
    pub async fn deliver_due_webhooks(&self, client: &reqwest::Client) -> Result<usize> {
        let state = self;
        let now = state.clock.now();
        // Claimed for longer than a delivery can take (20 s per request): should this process
        // die meanwhile, they are due again when the lease ends (`webhook_lease`).
        let lease = credentials::format_time(now + state.settings.webhook_lease);
        let due = state
            .store
            .claim_webhooks(&credentials::format_time(now), 20, &lease)
            .await?;
        if due.is_empty() {
            return Ok(0);
        }
        let environments = state.store.environments().await?;
        let mut delivered = 0;
        for delivery in due {
            if let Admit::HoldUntil(until) = state.breakers.admit(&delivery.url, state.clock.now())
            {
                state
                    .store
                    .postpone_webhook(delivery.id, &credentials::format_time(until))
                    .await?;
                continue;
            }
            let key = environments
                .iter()
                .find(|e| e.id == delivery.environment_id)
                .map(|e| {
                    e.webhook_secret
                        .clone()
                        .unwrap_or_else(|| e.secret_key.clone())
                })
                .unwrap_or_default();
            let mut request = client
                .post(&delivery.url)
                .header("content-type", "application/json")
                .header(DELIVERY_ID_HEADER, &delivery.delivery_id)
                .body(delivery.body.clone());
            for (name, value) in signatures(&key, &delivery.body) {
                request = request.header(name, value);
            }
            let started = std::time::Instant::now();
            let error = match request.send().await {
                Ok(response) if response.status().is_success() => None,
                Ok(response) => Some(format!("the receiver answered HTTP {}", response.status())),
                Err(e) => Some(format!("cannot reach the receiver: {e}")),
            };
            self.log_delivery(&delivery, started.elapsed(), error.as_deref())
                .await;
            let now = state.clock.now();
            match error {
                None => {
                    state.breakers.succeeded(&delivery.url);
                    delivered += 1;
                    state
                        .store
                        .webhook_attempted(delivery.id, true, None, None)
                        .await?
                }
                Some(error) if delivery.attempts + 1 >= MAX_ATTEMPTS => {
                    state.breakers.failed(&delivery.url, now);
                    tracing::error!(
                        url = delivery.url,
                        "webhook dropped after {MAX_ATTEMPTS} attempts: {error}"
                    );
                    state
                        .store
                        .webhook_attempted(delivery.id, false, None, Some(&error))
                        .await?;
                }
                Some(error) => {
                    if state.breakers.failed(&delivery.url, now) {
                        tracing::warn!(
                            url = delivery.url,
                            "webhook receiver failing: its deliveries wait for it to answer again"
                        );
                    }
                    let wait = (state.settings.webhook_retry_base
                        * 2u32.saturating_pow(delivery.attempts as u32))
                    .min(MAX_WAIT);
                    tracing::warn!(
                        url = delivery.url,
                        "webhook not delivered, retried in {wait:?}: {error}"
                    );
                    let next = credentials::format_time(now + wait);
                    state
                        .store
                        .webhook_attempted(delivery.id, false, Some(&next), Some(&error))
                        .await?;
                }
            }
        }
        Ok(delivered)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn signatures_are_hmac_sha256_and_the_legacy_hash() {
        let [(hmac_name, hmac), (legacy_name, legacy)] = super::signatures("key", "{}");
        assert_eq!(hmac_name, "X-Nango-Hmac-Sha256");
        // `printf '{}' | openssl dgst -sha256 -hmac key`
        assert_eq!(
            hmac,
            "a777724d943eb48dc69bca8a4a6d57a04db3f9ec7e1de4e581e860265bdf3032"
        );
        assert_eq!(legacy_name, "X-Nango-Signature");
        // `printf 'key{}' | sha256sum`
        assert_eq!(
            legacy,
            "93b867377527644eb6c4262976b0f8a032db9db581af1c7497af5fdc5ca0f2d7"
        );
    }
}
