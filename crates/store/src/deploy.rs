//! Deploy rules, whatever database keeps the scripts: which active scripts a deploy removes.
//! A backend writes the new deployment version and the deploy's scripts (each replacing its
//! same-named one), and deletes the active scripts for which [`removes`] is true, all in one
//! transaction.

use crate::model::{DeployScope, NewDeployment};

/// Whether a script of `integration_key` is within a deploy's scope: every script for a whole
/// environment's deploy, that integration's for an integration's, none when only the deployed
/// scripts are replaced.
pub fn in_scope(scope: &DeployScope, integration_key: &str) -> bool {
    match scope {
        DeployScope::Environment => true,
        DeployScope::Integration(scope) => scope == integration_key,
        DeployScope::Scripts => false,
    }
}

/// Whether `deploy` removes the active script `integration_key`/`kind`/`name` (`kind` as stored,
/// [`ScriptKind::as_str`](crate::ScriptKind::as_str)): a reconciling deploy removes what its
/// scope had and it does not bring.
pub fn removes(deploy: &NewDeployment, integration_key: &str, kind: &str, name: &str) -> bool {
    let brought = deploy.scripts.iter().any(|script| {
        script.integration_key == integration_key
            && script.kind.as_str() == kind
            && script.name == name
    });
    deploy.reconcile && in_scope(&deploy.scope, integration_key) && !brought
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NewScript, ScriptKind};

    fn deploy(scope: DeployScope, reconcile: bool) -> NewDeployment {
        NewDeployment {
            scripts: vec![NewScript {
                integration_key: "a".into(),
                name: "one".into(),
                kind: ScriptKind::Sync,
                version: "1".into(),
                config: serde_json::json!({}),
                js: String::new(),
                ts: None,
            }],
            scope,
            reconcile,
            json_schema: None,
        }
    }

    #[test]
    fn an_environment_deploy_removes_every_script_it_does_not_bring() {
        let deploy = deploy(DeployScope::Environment, true);
        assert!(!removes(&deploy, "a", "sync", "one"));
        assert!(removes(&deploy, "a", "action", "one"), "another kind");
        assert!(removes(&deploy, "a", "sync", "two"));
        assert!(removes(&deploy, "b", "sync", "one"));
    }

    #[test]
    fn an_integration_deploy_removes_only_within_its_integration() {
        let deploy = deploy(DeployScope::Integration("a".into()), true);
        assert!(removes(&deploy, "a", "sync", "two"));
        assert!(!removes(&deploy, "b", "sync", "two"));
    }

    #[test]
    fn a_scripts_deploy_or_one_without_reconcile_removes_nothing() {
        assert!(!removes(
            &deploy(DeployScope::Scripts, true),
            "a",
            "sync",
            "two"
        ));
        assert!(!removes(
            &deploy(DeployScope::Environment, false),
            "b",
            "sync",
            "two"
        ));
    }
}
