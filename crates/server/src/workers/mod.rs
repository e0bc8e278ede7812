//! Background work: the scheduler (schedules brought in line with deploys and connections,
//! due runs queued, queued runs claimed and run) and the webhook deliverer. Both loop over
//! platform calls; every rule they follow is the platform's.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::platform::Platform;

/// Starts the scheduler and the webhook deliverer; they run until the process ends.
pub fn start(platform: Platform) {
    tokio::spawn(schedule_forever(platform.clone()));
    tokio::spawn(deliver_forever(platform));
}

async fn schedule_forever(platform: Platform) {
    match platform.store.requeue_running_jobs().await {
        Ok(0) => {}
        Ok(n) => tracing::warn!("{n} sync run(s) interrupted by the last stop are queued again"),
        Err(e) => tracing::error!("cannot requeue interrupted runs: {e}"),
    }
    let mut ticks: u64 = 0;
    // Schedules follow deploys and connections: they are brought in line when something wakes
    // the scheduler (a deploy, an import, a trigger) and every 30 ticks, not on every tick
    // (which would list every connection once a second).
    let mut woken = true;
    loop {
        if let Err(e) = tick(&platform, ticks, woken || ticks.is_multiple_of(30)).await {
            tracing::error!("scheduler: {}", e.message);
        }
        ticks += 1;
        woken = tokio::select! {
            () = tokio::time::sleep(platform.settings.scheduler_tick) => false,
            () = platform.wake.notified() => true,
        };
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
        for job in platform.store.claim_sync_jobs(&now, free as i64).await? {
            platform.running_syncs.fetch_add(1, Ordering::Relaxed);
            let platform = platform.clone();
            tokio::spawn(async move {
                platform.run_sync_job(job).await;
                platform.running_syncs.fetch_sub(1, Ordering::Relaxed);
                platform.wake.notify_one();
            });
        }
    }
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
        if let Err(e) = platform.deliver_due_webhooks(&client).await {
            tracing::error!("webhooks: {}", e.message);
        }
        tokio::time::sleep(platform.settings.scheduler_tick).await;
    }
}
