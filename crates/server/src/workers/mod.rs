//! Background work: the scheduler (schedules brought in line with deploys and connections,
//! due runs queued, queued runs claimed and run) and the webhook deliverer. Both loop over
//! platform calls; every rule they follow is the platform's.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::platform::Platform;

/// Starts the scheduler and the webhook deliverer; they run until the process ends.
pub fn start(platform: Platform) {
    tokio::spawn(listen_for_work(platform.clone()));
    tokio::spawn(schedule_forever(platform.clone()));
    tokio::spawn(deliver_forever(platform));
}

/// Other processes on the same database (an API process that took a deploy, a trigger, a new
/// connection) wake this one's scheduler, so that work does not wait for a poll.
async fn listen_for_work(platform: Platform) {
    let mut messages = match platform.store.listen(crate::platform::WAKE_CHANNEL).await {
        Ok(Some(messages)) => messages,
        Ok(None) => return,
        Err(e) => {
            tracing::warn!("workers are not woken by other processes (polling only): {e}");
            return;
        }
    };
    while let Some(payload) = messages.recv().await {
        platform
            .wake
            .ring(crate::platform::WakeFor::from_payload(&payload));
    }
}

async fn schedule_forever(platform: Platform) {
    // Runs left by a process that died are claimed again once their lease ends (a stopped
    // process gave its runs back as it stopped): nothing to do at start.
    let mut ticks: u64 = 0;
    // Schedules follow deploys and connections: they are brought in line at start, when a
    // deploy or a connection asks for it, and every 30 ticks; not on every wake-up (a queued
    // action, a run that ended), which would list every connection each time.
    let mut reschedule = true;
    loop {
        reschedule |= platform.wake.take_reschedule();
        if let Err(e) = tick(&platform, ticks, reschedule || ticks.is_multiple_of(30)).await {
            tracing::error!("scheduler: {}", e.message);
        }
        reschedule = false;
        ticks += 1;
        tokio::select! {
            () = tokio::time::sleep(platform.settings.scheduler_tick) => {}
            () = platform.wake.rung() => {}
        }
    }
}

/// One pass: schedules in line, due runs queued, queued runs started (as many as there is room
/// for), expiring tokens refreshed every 30 ticks, old logs, expired connect sessions and
/// abandoned OAuth flows pruned every 600 ticks.
async fn tick(platform: &Platform, ticks: u64, reconcile_now: bool) -> crate::platform::Result<()> {
    if reconcile_now {
        platform.reconcile_schedules().await?;
    }
    platform.queue_due_syncs().await?;
    let running = platform.running_syncs.load(Ordering::Relaxed);
    let free = platform
        .settings
        .max_concurrent_syncs
        .saturating_sub(running);
    if free > 0 {
        let now = nango_store::now();
        let lease_until = platform.lease_end();
        let claimed = platform
            .store
            .claim_sync_jobs(&now, free as i64, &platform.worker_id, &lease_until)
            .await?;
        for job in claimed {
            platform.running_syncs.fetch_add(1, Ordering::Relaxed);
            let platform = platform.clone();
            tokio::spawn(async move {
                let heartbeat = tokio::spawn(heartbeat(platform.clone(), job.id, job.sync_id));
                platform.run_sync_job(job).await;
                heartbeat.abort();
                platform.running_syncs.fetch_sub(1, Ordering::Relaxed);
                platform.wake.ring(crate::platform::WakeFor::Claim);
            });
        }
    }
    // Actions that API processes queued: as many as there is room for.
    let running = platform.running_actions.load(Ordering::Relaxed);
    let free = platform
        .settings
        .max_concurrent_syncs
        .saturating_sub(running);
    if free > 0 {
        let lease_until = platform.lease_end();
        for run in platform
            .store
            .claim_action_runs(&platform.worker_id, free as i64, &lease_until)
            .await?
        {
            platform.running_actions.fetch_add(1, Ordering::Relaxed);
            let platform = platform.clone();
            tokio::spawn(async move {
                let heartbeat = tokio::spawn(platform.clone().keep_action_lease(run.id.clone()));
                platform.run_queued_action(run).await;
                heartbeat.abort();
                platform.running_actions.fetch_sub(1, Ordering::Relaxed);
            });
        }
    }
    platform.fail_abandoned_actions().await?;
    // Tokens that expire soon are refreshed before anyone needs them.
    if ticks.is_multiple_of(30) {
        platform.refresh_expiring_tokens().await?;
    }
    if ticks.is_multiple_of(600) {
        platform.prune_logs().await?;
        platform.prune_connect_sessions().await?;
        platform.prune_oauth_flows().await?;
        platform.prune_dashboard_sessions().await?;
    }
    Ok(())
}

/// A sync run's heartbeat. A run whose lease was lost (this process could not reach the
/// database for a whole lease, and another worker took the run over) is stopped here, so one
/// sync of a connection never runs twice at once.
async fn heartbeat(platform: Platform, job: i64, schedule: i64) {
    platform
        .keep_lease(&format!("sync run {job}"), |until| {
            let platform = platform.clone();
            async move {
                platform
                    .store
                    .renew_sync_lease(job, &platform.worker_id, &until)
                    .await
            }
        })
        .await;
    tracing::error!(
        job,
        "the run's lease was lost to another worker: stopping it"
    );
    platform.running.cancel(schedule);
}

async fn deliver_forever(platform: Platform) {
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
    {
        Ok(client) => client,
        Err(e) => {
            tracing::error!("webhooks are not delivered: {e}");
            return;
        }
    };
    loop {
        match platform.deliver_due_webhooks(&client).await {
            // A backlog (a receiver back after a while) drains without waiting for a tick.
            Ok(delivered) if delivered > 0 => continue,
            Ok(_) => {}
            Err(e) => tracing::error!("webhooks: {}", e.message),
        }
        tokio::time::sleep(platform.settings.scheduler_tick).await;
    }
}
