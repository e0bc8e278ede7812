//! Leases on claimed work (sync runs, action runs): how long one taken now lasts, and the
//! heartbeat that keeps it while the work runs.

use super::Platform;

impl Platform {
    /// When a lease taken now ends (`sync_lease` from now).
    pub(crate) fn lease_end(&self) -> String {
        super::format_time(std::time::SystemTime::now() + self.settings.sync_lease)
    }

    /// Keeps a lease while its work runs: `renew` extends it every third of the lease and
    /// answers whether this process still holds it. Returns once it does not. While the
    /// database cannot be reached it keeps trying: the lease may still hold.
    pub(crate) async fn keep_lease<F, Fut>(&self, what: &str, renew: F)
    where
        F: Fn(String) -> Fut,
        Fut: std::future::Future<Output = nango_store::Result<bool>>,
    {
        loop {
            tokio::time::sleep(self.settings.sync_lease / 3).await;
            match renew(self.lease_end()).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => tracing::warn!("cannot renew the lease of {what}: {e}"),
            }
        }
    }

    /// An action run's heartbeat while this process runs it: until the run has ended (or
    /// another process failed it for a lost lease).
    pub(crate) async fn keep_action_lease(self, id: String) {
        let (store, worker, run) = (&self.store, &self.worker_id, id.as_str());
        self.keep_lease(&format!("action run {id}"), |until| async move {
            store.renew_action_lease(run, worker, &until).await
        })
        .await;
    }
}
