//! When to send a request again, and after how long.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::{MAX_WAIT, ProxyError, ProxyRequest, ProxyResponse};

/// Exponential backoff with full jitter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Backoff {
    pub base: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(200),
            max: Duration::from_secs(30),
        }
    }
}

impl Backoff {
    fn wait(&self, attempt: u32) -> Duration {
        let cap = self
            .base
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max);
        let jittered = rand::random_range(0..=cap.as_millis().max(1) as u64);
        Duration::from_millis(jittered.max(self.base.as_millis() as u64 / 2))
    }
}

/// The wait before the next attempt, or `None` to stop and return `outcome`.
pub(crate) fn decide(
    outcome: &Result<ProxyResponse, ProxyError>,
    request: &ProxyRequest,
    provider: &nango_providers::Provider,
    attempt: u32,
    backoff: &Backoff,
) -> Option<Duration> {
    if attempt >= request.retries {
        return None;
    }
    let response = match outcome {
        Err(error) if error.is_transient() => return Some(backoff.wait(attempt)),
        Err(_) => return None,
        Ok(response) => response,
    };
    let status = response.status;
    let idempotent = !matches!(request.method.as_str(), "POST" | "PATCH");
    let provider_says = provider
        .proxy
        .as_ref()
        .and_then(|p| p.retry.as_ref())
        .and_then(|r| r.retries_status(status));
    let retryable = status == 429
        || status >= 500
        || (provider_says == Some(true) && (idempotent || status == 403))
        || (request.retry_on.contains(&status) && (idempotent || !(400..500).contains(&status)));
    if !retryable {
        return None;
    }
    let wait = rate_limit_wait(response, provider).unwrap_or_else(|| backoff.wait(attempt));
    (wait <= MAX_WAIT).then_some(wait)
}

/// What the provider says to wait: `Retry-After` (seconds or an HTTP date), or its own reset
/// headers from the catalog (`proxy.retry.at`: an epoch time; `proxy.retry.after`: seconds).
fn rate_limit_wait(
    response: &ProxyResponse,
    provider: &nango_providers::Provider,
) -> Option<Duration> {
    if let Some(value) = response.header("retry-after") {
        return parse_after(value);
    }
    let retry = provider.proxy.as_ref()?.retry.as_ref()?;
    let header = |name: &String| response.header(&name.to_ascii_lowercase());
    // Reset times first, as Nango does; the longest wait when several headers are present.
    let at = retry
        .at_headers
        .iter()
        .chain(&retry.at)
        .filter_map(header)
        .filter_map(parse_at)
        .max();
    at.or_else(|| {
        retry
            .after_headers
            .iter()
            .chain(&retry.after)
            .filter_map(header)
            .filter_map(parse_after)
            .max()
    })
}

fn parse_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (secs >= 0.0 && secs.is_finite()).then(|| Duration::from_secs_f64(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// An epoch time in seconds (or milliseconds, when it is too large to be seconds).
fn parse_at(value: &str) -> Option<Duration> {
    let raw: f64 = value.trim().parse().ok()?;
    let secs = if raw > 1e11 { raw / 1000.0 } else { raw };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_secs_f64();
    Some(Duration::from_secs_f64((secs - now).max(0.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_or_dates() {
        assert_eq!(parse_after("2"), Some(Duration::from_secs(2)));
        assert_eq!(parse_after("0.5"), Some(Duration::from_millis(500)));
        assert_eq!(
            parse_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_after("soon"), None);
    }

    #[test]
    fn reset_times_in_seconds_or_milliseconds() {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let wait = parse_at(&(now + 10).to_string()).unwrap();
        assert!(
            wait > Duration::from_secs(8) && wait <= Duration::from_secs(10),
            "{wait:?}"
        );
        let wait_ms = parse_at(&((now + 10) * 1000).to_string()).unwrap();
        assert!(wait_ms > Duration::from_secs(8), "{wait_ms:?}");
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let backoff = Backoff {
            base: Duration::from_millis(100),
            max: Duration::from_secs(1),
        };
        for attempt in 0..20 {
            assert!(backoff.wait(attempt) <= Duration::from_secs(1));
        }
    }
}
