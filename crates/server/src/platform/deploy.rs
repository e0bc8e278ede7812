//! Deploys: the plan (what a reconciling deploy adds, changes and removes) and the deploy
//! itself, versioned and in one transaction; the deployed scripts in `nango.json`'s shape.

use std::collections::{BTreeMap, BTreeSet};

use nango_store::{ConnectionFilter, DeployScope, NewDeployment, NewScript, Script, ScriptKind};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::{Platform, Result};

/// A deploy, read from any of the clients' payloads.
#[derive(Debug, Clone)]
pub struct DeployPayload {
    /// The scripts.
    pub scripts: Vec<NewScript>,
    /// What a reconciling deploy may remove.
    pub scope: DeployScope,
    /// Remove active scripts the deploy does not name (within the scope).
    pub reconcile: bool,
    /// The models' JSON schema.
    pub json_schema: Option<Value>,
    /// Whether on-event scripts were sent at all (a single-script deploy has none).
    pub has_on_events: bool,
}

/// One script in a plan.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlannedScript {
    /// Its name.
    pub name: String,
    /// Its integration.
    #[serde(rename = "providerConfigKey")]
    pub provider_config_key: String,
    /// How many connections it runs for.
    pub connections: usize,
    /// Syncs: whether it starts on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_start: Option<bool>,
}

/// What a deploy will do.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeployPlan {
    /// Syncs it adds.
    pub new_syncs: Vec<PlannedScript>,
    /// Syncs it replaces.
    pub updated_syncs: Vec<PlannedScript>,
    /// Syncs it removes.
    pub deleted_syncs: Vec<PlannedScript>,
    /// Actions it adds.
    pub new_actions: Vec<PlannedScript>,
    /// Actions it replaces.
    pub updated_actions: Vec<PlannedScript>,
    /// Actions it removes.
    pub deleted_actions: Vec<PlannedScript>,
    /// On-event scripts it adds.
    pub new_on_event_scripts: Vec<PlannedScript>,
    /// On-event scripts it replaces.
    pub updated_on_event_scripts: Vec<PlannedScript>,
    /// On-event scripts it removes.
    pub deleted_on_event_scripts: Vec<PlannedScript>,
    /// Models no sync saves once the deploy is done (their records go).
    pub deleted_models: BTreeSet<String>,
}

/// A deployed script.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Deployed {
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// Its integration.
    #[serde(rename = "providerConfigKey")]
    pub provider_config_key: String,
    /// `sync` or `action`.
    #[serde(rename = "type")]
    pub kind: String,
}

impl DeployPlan {
    fn lists(&mut self, kind: ScriptKind) -> [&mut Vec<PlannedScript>; 3] {
        match kind {
            ScriptKind::Sync => [
                &mut self.new_syncs,
                &mut self.updated_syncs,
                &mut self.deleted_syncs,
            ],
            ScriptKind::Action => [
                &mut self.new_actions,
                &mut self.updated_actions,
                &mut self.deleted_actions,
            ],
            ScriptKind::OnEvent => [
                &mut self.new_on_event_scripts,
                &mut self.updated_on_event_scripts,
                &mut self.deleted_on_event_scripts,
            ],
        }
    }
}

impl Platform {
    /// What the deploy will do. The CLIs ask for the plan with `reconcile: false` and deploy
    /// with `true`: the plan is what the reconciling deploy will do.
    pub async fn plan_deploy(
        &self,
        environment: i64,
        payload: &DeployPayload,
    ) -> Result<DeployPlan> {
        self.check_named_integrations(
            environment,
            "the deploy",
            payload.scripts.iter().map(|s| &s.integration_key),
        )
        .await?;
        let existing = self.store.scripts(environment).await?;
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for key in payload
            .scripts
            .iter()
            .map(|s| &s.integration_key)
            .chain(existing.iter().map(|s| &s.integration_key))
        {
            if counts.contains_key(key) {
                continue;
            }
            let filter = ConnectionFilter {
                integrations: vec![key.clone()],
                ..ConnectionFilter::default()
            };
            let count = self.store.connections(environment, &filter).await?.len();
            counts.insert(key.clone(), count);
        }
        let mut plan = DeployPlan::default();
        for script in &payload.scripts {
            let item = PlannedScript {
                name: script.name.clone(),
                provider_config_key: script.integration_key.clone(),
                connections: counts[&script.integration_key],
                auto_start: (script.kind == ScriptKind::Sync).then(|| {
                    script.config.get("auto_start").and_then(Value::as_bool) != Some(false)
                }),
            };
            let [new, updated, _] = plan.lists(script.kind);
            if existing.iter().any(|e| same(e, script)) {
                updated.push(item);
            } else {
                new.push(item);
            }
        }
        let removed: Vec<&Script> = existing
            .iter()
            .filter(|e| in_scope(payload, e) && !payload.scripts.iter().any(|s| same(e, s)))
            .collect();
        for script in &removed {
            let [_, _, deleted] = plan.lists(script.kind);
            deleted.push(PlannedScript {
                name: script.name.clone(),
                provider_config_key: script.integration_key.clone(),
                connections: counts[&script.integration_key],
                auto_start: None,
            });
        }
        // Models no sync saves any more once the deploy is done.
        let remaining: BTreeSet<String> = existing
            .iter()
            .filter(|e| e.kind == ScriptKind::Sync && !removed.iter().any(|r| r.id == e.id))
            .filter(|e| !payload.scripts.iter().any(|s| same(e, s)))
            .flat_map(|e| e.models())
            .chain(
                payload
                    .scripts
                    .iter()
                    .filter(|s| s.kind == ScriptKind::Sync)
                    .flat_map(|s| nango_store::config_models(&s.config)),
            )
            .collect();
        plan.deleted_models = existing
            .iter()
            .filter(|e| e.kind == ScriptKind::Sync)
            .filter(|e| {
                removed.iter().any(|r| r.id == e.id) || payload.scripts.iter().any(|s| same(e, s))
            })
            .flat_map(|e| e.models())
            .filter(|m| !remaining.contains(m))
            .collect();
        Ok(plan)
    }

    /// Deploys: a script without a version gets the next patch version of what it replaces.
    pub async fn deploy(
        &self,
        environment: &nango_store::Environment,
        payload: DeployPayload,
    ) -> Result<Vec<Deployed>> {
        let names: Vec<String> = payload
            .scripts
            .iter()
            .map(|s| format!("{} {} ({})", s.kind.as_str(), s.name, s.integration_key))
            .collect();
        let outcome = self.deploy_scripts(environment, payload).await;
        self.log_deploy(environment.id, &names, &outcome).await;
        outcome
    }

    /// Every deploy is an operation of the logs (kind `deploy`), with the scripts it carried.
    async fn log_deploy(
        &self,
        environment: i64,
        names: &[String],
        outcome: &Result<Vec<Deployed>>,
    ) {
        let now = nango_store::now();
        let line = |level: &str, message: String| nango_store::LogLine {
            level: level.into(),
            message,
            created_at: now.clone(),
        };
        let mut lines: Vec<nango_store::LogLine> = names
            .iter()
            .map(|n| line("info", format!("deploying {n}")))
            .collect();
        let (status, name) = match outcome {
            Ok(deployed) => ("success", format!("{} script(s) deployed", deployed.len())),
            Err(e) => {
                lines.push(line("error", format!("{}: {}", e.code.as_str(), e.message)));
                ("failed", "deploy refused".to_string())
            }
        };
        let logged = async {
            let id = self
                .store
                .start_operation(environment, "deploy", None, None, Some(&name))
                .await?;
            self.store.finish_operation(id, status, &lines).await
        };
        if let Err(e) = logged.await {
            tracing::error!("cannot log a deploy: {e}");
        }
    }

    async fn deploy_scripts(
        &self,
        environment: &nango_store::Environment,
        mut payload: DeployPayload,
    ) -> Result<Vec<Deployed>> {
        self.check_named_integrations(
            environment.id,
            "the deploy",
            payload.scripts.iter().map(|s| &s.integration_key),
        )
        .await?;
        let existing = self.store.scripts(environment.id).await?;
        for script in &mut payload.scripts {
            if script.version.is_empty() {
                let previous = existing
                    .iter()
                    .find(|e| same(e, script))
                    .and_then(|e| e.version.strip_prefix("0.0."))
                    .and_then(|n| n.parse::<u64>().ok());
                script.version = format!("0.0.{}", previous.map_or(1, |n| n + 1));
            }
        }
        let deployment = self
            .store
            .deploy(
                environment.id,
                &NewDeployment {
                    scripts: payload.scripts.clone(),
                    scope: payload.scope.clone(),
                    reconcile: payload.reconcile,
                    json_schema: payload.json_schema.clone(),
                },
            )
            .await?;
        self.wake_workers(super::WakeFor::Reschedule).await;
        tracing::info!(
            environment = environment.name,
            version = deployment.version,
            scripts = payload.scripts.len(),
            "deployed"
        );
        Ok(payload
            .scripts
            .iter()
            .filter(|s| s.kind != ScriptKind::OnEvent)
            .map(|s| Deployed {
                name: s.name.clone(),
                version: s.version.clone(),
                provider_config_key: s.integration_key.clone(),
                kind: s.kind.as_str().to_string(),
            })
            .collect())
    }

    /// The deployed scripts per integration, in `nango.json`'s shape.
    pub async fn scripts_config(&self, environment: i64) -> Result<Vec<Value>> {
        let scripts = self.store.scripts(environment).await?;
        let integrations = self.store.integrations(environment).await?;
        let mut out = Vec::new();
        for integration in &integrations {
            let mine: Vec<&Script> = scripts
                .iter()
                .filter(|s| s.integration_key == integration.unique_key)
                .collect();
            if mine.is_empty() {
                continue;
            }
            let config = |kind: ScriptKind| -> Vec<Value> {
                mine.iter()
                    .filter(|s| s.kind == kind)
                    .map(|s| {
                        let mut config = s.config.clone();
                        if let Some(object) = config.as_object_mut() {
                            object.remove("syncName");
                            object.insert("name".into(), json!(s.name));
                            object.insert("version".into(), json!(s.version));
                            object.insert("type".into(), json!(kind.as_str()));
                        }
                        config
                    })
                    .collect()
            };
            let mut events: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for event in ["post-connection-creation", "pre-connection-deletion"] {
                events.insert(event.to_string(), Vec::new());
            }
            for script in mine.iter().filter(|s| s.kind == ScriptKind::OnEvent) {
                let event = script
                    .config
                    .get("event")
                    .and_then(Value::as_str)
                    .unwrap_or("post-connection-creation");
                events
                    .entry(event.to_string())
                    .or_default()
                    .push(script.name.clone());
            }
            out.push(json!({
                "providerConfigKey": integration.unique_key,
                "provider": integration.provider,
                "syncs": config(ScriptKind::Sync),
                "actions": config(ScriptKind::Action),
                "onEventScripts": events,
            }));
        }
        Ok(out)
    }

    /// The deployed script that serves an endpoint (`GET /crm/contacts`), if any.
    pub async fn endpoint_script(
        &self,
        environment: i64,
        method: &str,
        path: &str,
    ) -> Result<Option<Script>> {
        Ok(self
            .store
            .scripts(environment)
            .await?
            .into_iter()
            .find(|s| {
                s.config
                    .get("endpoints")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .any(|e| {
                        e.get("method")
                            .and_then(Value::as_str)
                            .is_some_and(|m| m.eq_ignore_ascii_case(method))
                            && e.get("path")
                                .and_then(Value::as_str)
                                .is_some_and(|p| path_matches(p, path))
                    })
            }))
    }
}

/// Whether an existing script is replaced or removed by this deploy.
fn in_scope(payload: &DeployPayload, script: &Script) -> bool {
    match &payload.scope {
        DeployScope::Environment => script.kind != ScriptKind::OnEvent || payload.has_on_events,
        DeployScope::Integration(key) => *key == script.integration_key,
        DeployScope::Scripts => false,
    }
}

fn same(a: &Script, b: &NewScript) -> bool {
    a.integration_key == b.integration_key && a.kind == b.kind && a.name == b.name
}

/// Whether a request path matches a script's endpoint path (`:id` and `{id}` match any
/// segment).
fn path_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let path: Vec<&str> = path.trim_matches('/').split('/').collect();
    pattern.len() == path.len()
        && pattern
            .iter()
            .zip(&path)
            .all(|(p, s)| p == s || p.starts_with(':') || (p.starts_with('{') && p.ends_with('}')))
}

#[cfg(test)]
mod tests {
    #[test]
    fn endpoint_paths_match_with_parameters() {
        assert!(super::path_matches("/crm/contacts", "/crm/contacts"));
        assert!(super::path_matches("/tickets/{id}", "/tickets/42"));
        assert!(super::path_matches(
            "/tickets/:id/comments",
            "/tickets/42/comments"
        ));
        assert!(!super::path_matches("/tickets/{id}", "/tickets"));
        assert!(!super::path_matches("/crm/contacts", "/crm/contact"));
    }
}
