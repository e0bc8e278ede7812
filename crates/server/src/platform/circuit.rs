//! A circuit breaker per webhook receiver (URL): after [`FAILURES_TO_OPEN`] failed deliveries
//! in a row the circuit opens and nothing is sent there until its cool-down ends; then one
//! delivery probes the receiver. A success closes the circuit; a failure opens it again for
//! twice as long (at most [`MAX_COOL_DOWN`]). Deliveries held back by an open circuit wait
//! without counting an attempt, so a receiver down for hours loses nothing and is not
//! hammered meanwhile, with every delivery retrying on its own backoff.
//!
//! The state is this process's: with several workers, each has its own breaker.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// Failures in a row that open a receiver's circuit.
pub const FAILURES_TO_OPEN: u32 = 5;
/// The first cool-down of an open circuit.
pub const FIRST_COOL_DOWN: Duration = Duration::from_secs(30);
/// The longest cool-down.
pub const MAX_COOL_DOWN: Duration = Duration::from_secs(600);

/// What to do with a delivery to a receiver now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admit {
    /// Send it.
    Send,
    /// Hold it until then (the circuit is open).
    HoldUntil(SystemTime),
}

#[derive(Debug, Default)]
struct Receiver {
    failures: u32,
    cool_down: Duration,
    open_until: Option<SystemTime>,
}

/// The breakers of every receiver.
#[derive(Debug, Default)]
pub struct CircuitBreakers {
    receivers: Mutex<HashMap<String, Receiver>>,
}

impl CircuitBreakers {
    /// Whether a delivery to `url` goes out at `now`. When a cool-down has ended, the next
    /// delivery is the probe: the deliverer sends one at a time, so the ones after it are
    /// asked about once its outcome is known.
    pub fn admit(&self, url: &str, now: SystemTime) -> Admit {
        let receivers = self.receivers.lock().unwrap_or_else(|e| e.into_inner());
        match receivers.get(url).and_then(|r| r.open_until) {
            Some(until) if now < until => Admit::HoldUntil(until),
            _ => Admit::Send,
        }
    }

    /// A delivery to `url` succeeded: its circuit closes.
    pub fn succeeded(&self, url: &str) {
        self.receivers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(url);
    }

    /// A delivery to `url` failed at `now`; whether its circuit is open now.
    pub fn failed(&self, url: &str, now: SystemTime) -> bool {
        let mut receivers = self.receivers.lock().unwrap_or_else(|e| e.into_inner());
        let receiver = receivers.entry(url.to_string()).or_default();
        receiver.failures += 1;
        if receiver.open_until.is_some() {
            // A probe failed.
            receiver.cool_down = (receiver.cool_down * 2).min(MAX_COOL_DOWN);
        } else if receiver.failures >= FAILURES_TO_OPEN {
            receiver.cool_down = FIRST_COOL_DOWN;
        } else {
            return false;
        }
        receiver.open_until = Some(now + receiver.cool_down);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://receiver.test/hook";

    #[test]
    fn a_receiver_failing_in_a_row_is_held_back_and_probed_with_longer_cool_downs() {
        let breakers = CircuitBreakers::default();
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        for n in 1..FAILURES_TO_OPEN {
            assert_eq!(breakers.admit(URL, start), Admit::Send);
            assert!(!breakers.failed(URL, start), "open after {n}");
        }
        assert!(breakers.failed(URL, start));
        let reopen = start + FIRST_COOL_DOWN;
        assert_eq!(breakers.admit(URL, start), Admit::HoldUntil(reopen));
        // Cool-down over: a probe, which fails.
        assert_eq!(breakers.admit(URL, reopen), Admit::Send);
        assert!(breakers.failed(URL, reopen));
        assert_eq!(
            breakers.admit(URL, reopen),
            Admit::HoldUntil(reopen + FIRST_COOL_DOWN * 2)
        );
        // Doubling stops at the longest cool-down.
        let mut now = reopen;
        for _ in 0..10 {
            let Admit::HoldUntil(until) = breakers.admit(URL, now) else {
                panic!("open");
            };
            now = until;
            assert_eq!(breakers.admit(URL, now), Admit::Send);
            breakers.failed(URL, now);
        }
        assert_eq!(
            breakers.admit(URL, now),
            Admit::HoldUntil(now + MAX_COOL_DOWN)
        );
        // A probe that succeeds closes it; another receiver was never affected.
        assert_eq!(breakers.admit(URL, now + MAX_COOL_DOWN), Admit::Send);
        breakers.succeeded(URL);
        assert_eq!(breakers.admit(URL, now + MAX_COOL_DOWN), Admit::Send);
        assert_eq!(breakers.admit("https://other.test", start), Admit::Send);
    }

    #[test]
    fn a_success_resets_the_count_of_failures() {
        let breakers = CircuitBreakers::default();
        let now = SystemTime::UNIX_EPOCH;
        for _ in 0..FAILURES_TO_OPEN - 1 {
            breakers.failed(URL, now);
        }
        breakers.succeeded(URL);
        for _ in 0..FAILURES_TO_OPEN - 1 {
            assert!(!breakers.failed(URL, now));
        }
    }
}
