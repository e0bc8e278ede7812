//! Store calls tried again while the database is briefly unavailable (a restart, a failover, a
//! cut connection): the pool opens a new connection on the next attempt. Only for calls that
//! are safe to repeat: each is one transaction that either committed or left nothing behind.

use std::future::Future;
use std::time::Duration;

/// Attempts in all; with the waits below, about seven seconds before giving up.
const ATTEMPTS: u32 = 8;
const FIRST_WAIT: Duration = Duration::from_millis(100);
const LONGEST_WAIT: Duration = Duration::from_secs(2);

/// Runs `call` until it succeeds, fails for another reason than an unavailable database, or
/// has been tried [`ATTEMPTS`] times.
pub(super) async fn while_unavailable<T, F, Fut>(what: &str, mut call: F) -> nango_store::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = nango_store::Result<T>>,
{
    let mut wait = FIRST_WAIT;
    let mut attempt = 1;
    loop {
        match call().await {
            Err(e) if e.is_transient() && attempt < ATTEMPTS => {
                tracing::warn!("{what}: {e}; trying again in {wait:?}");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(LONGEST_WAIT);
                attempt += 1;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nango_store::StoreError;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test(start_paused = true)]
    async fn transient_failures_are_tried_again_and_others_are_not() {
        let calls = AtomicU32::new(0);
        let answer = while_unavailable("test", || async {
            if calls.fetch_add(1, Ordering::SeqCst) < 3 {
                Err(StoreError::Unavailable("cut".into()))
            } else {
                Ok(7)
            }
        })
        .await;
        assert_eq!((answer.unwrap(), calls.load(Ordering::SeqCst)), (7, 4));

        let calls = AtomicU32::new(0);
        let answer: nango_store::Result<()> = while_unavailable("test", || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(StoreError::Database("syntax".into()))
        })
        .await;
        assert!(answer.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        let calls = AtomicU32::new(0);
        let answer: nango_store::Result<()> = while_unavailable("test", || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(StoreError::Unavailable("down".into()))
        })
        .await;
        assert!(answer.unwrap_err().is_transient());
        assert_eq!(calls.load(Ordering::SeqCst), ATTEMPTS);
    }
}
