//! How work reaches the scheduler without waiting for its poll: a wake-up says whether the
//! schedules themselves may have changed (a deploy, a connection) or only that there is work
//! to claim (a queued action, a triggered run, a run that ended and freed a slot). Only the
//! first kind costs a reconcile, which lists every schedule and connection.

use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

/// What a wake-up asks of the scheduler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WakeFor {
    /// Queued work: claim it now.
    Claim,
    /// Deploys or connections changed: bring schedules in line, then claim.
    Reschedule,
}

impl WakeFor {
    /// The payload sent to other processes on the wake channel.
    pub fn as_payload(self) -> &'static str {
        match self {
            Self::Claim => "claim",
            Self::Reschedule => "reschedule",
        }
    }

    /// Reads a payload from another process; anything unknown (an older process sent an empty
    /// one) is taken as the costlier kind, which is always correct.
    pub fn from_payload(payload: &str) -> Self {
        if payload == "claim" {
            Self::Claim
        } else {
            Self::Reschedule
        }
    }
}

/// The scheduler's doorbell.
#[derive(Debug, Default)]
pub struct Wake {
    notify: Notify,
    reschedule: AtomicBool,
}

impl Wake {
    /// Rings: the scheduler runs a pass now (or right after the one it is in).
    pub fn ring(&self, why: WakeFor) {
        if why == WakeFor::Reschedule {
            self.reschedule.store(true, Ordering::Release);
        }
        self.notify.notify_one();
    }

    /// Waits for a ring.
    pub async fn rung(&self) {
        self.notify.notified().await;
    }

    /// Whether a reschedule was asked for since the last call (and forgets it).
    pub fn take_reschedule(&self) -> bool {
        self.reschedule.swap(false, Ordering::AcqRel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_and_unknown_ones_reschedule() {
        for why in [WakeFor::Claim, WakeFor::Reschedule] {
            assert_eq!(WakeFor::from_payload(why.as_payload()), why);
        }
        assert_eq!(WakeFor::from_payload(""), WakeFor::Reschedule);
    }

    #[tokio::test]
    async fn a_claim_does_not_ask_for_a_reschedule() {
        let wake = Wake::default();
        wake.ring(WakeFor::Claim);
        wake.rung().await;
        assert!(!wake.take_reschedule());
        wake.ring(WakeFor::Reschedule);
        wake.ring(WakeFor::Claim);
        wake.rung().await;
        assert!(wake.take_reschedule());
        assert!(!wake.take_reschedule());
    }
}
