//! Rules of the sync-run and webhook queues, whatever database keeps them: when a new schedule
//! first runs, what an interrupted run is requeued with, when a webhook delivery stays queued.

/// When a new schedule first runs: at once (`now`), unless it is created paused; a paused
/// schedule gets its next run when it is resumed.
pub fn first_run_at(paused: bool, now: &str) -> Option<String> {
    (!paused).then(|| now.to_string())
}

/// The error of a run a stopping worker put back in the queue
/// ([`Store::release_sync_jobs`](crate::Store::release_sync_jobs)).
pub const INTERRUPTED_RUN: &str = "the server stopped during the run";

/// The error of a run claimed again because its worker's lease ended without an end recorded:
/// the worker's process died (or lost the database) during the run.
pub const ABANDONED_RUN: &str = "the worker running it stopped (its lease ended): run again";

/// After an attempt, when a webhook delivery is tried again: only when it failed and the caller
/// gave a time for the next attempt. `None`: it is removed (delivered, or out of attempts).
pub fn next_attempt(delivered: bool, next_attempt_at: Option<&str>) -> Option<&str> {
    next_attempt_at.filter(|_| !delivered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_schedule_runs_at_once_unless_paused() {
        assert_eq!(first_run_at(false, "t").as_deref(), Some("t"));
        assert_eq!(first_run_at(true, "t"), None);
    }

    #[test]
    fn a_delivery_stays_queued_only_when_it_failed_with_a_next_attempt() {
        assert_eq!(next_attempt(false, Some("t")), Some("t"));
        assert_eq!(next_attempt(false, None), None);
        assert_eq!(next_attempt(true, Some("t")), None);
        assert_eq!(next_attempt(true, None), None);
    }
}
