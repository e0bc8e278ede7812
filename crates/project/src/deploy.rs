//! `nango deploy`: the deploy request (in the shape the Nango server and ours accept: the
//! nango@0.60.5 payload, with the 0.71 `deployMode`), and the plan the server answers.

use nango_config::{Config, ScriptKind};
use serde_json::{Value, json};

use crate::compile::CompiledScript;
use crate::layout::Project;

/// What to deploy.
#[derive(Debug, Clone, Default)]
pub struct DeployOptions {
    /// Version for every script deployed (`--version`).
    pub version: Option<String>,
    /// Only this sync (`-s`).
    pub sync: Option<String>,
    /// Only this action (`-a`).
    pub action: Option<String>,
    /// Only this integration (`-i`).
    pub integration: Option<String>,
}

impl DeployOptions {
    fn single(&self) -> bool {
        self.sync.is_some() || self.action.is_some()
    }
}

/// The request of `POST /sync/deploy` (the confirmation is the same with `reconcile: false`).
pub fn payload(
    project: &Project,
    config: &Config,
    compiled: &[CompiledScript],
    options: &DeployOptions,
) -> Result<Value, String> {
    if let Some(name) = &options.sync
        && !config
            .scripts()
            .iter()
            .any(|s| s.kind == ScriptKind::Sync && s.name == name)
    {
        return Err(format!("no sync named `{name}` in nango.yaml"));
    }
    if let Some(name) = &options.action
        && !config
            .scripts()
            .iter()
            .any(|s| s.kind == ScriptKind::Action && s.name == name)
    {
        return Err(format!("no action named `{name}` in nango.yaml"));
    }
    if let Some(key) = &options.integration
        && !config
            .integrations
            .iter()
            .any(|i| i.provider_config_key == *key)
    {
        return Err(format!("no integration `{key}` in nango.yaml"));
    }
    let wanted = |integration: &str, kind: ScriptKind, name: &str| {
        let in_integration = options
            .integration
            .as_deref()
            .is_none_or(|i| i == integration);
        let by_name = match (&options.sync, &options.action) {
            (None, None) => true,
            (sync, action) => {
                (kind == ScriptKind::Sync && sync.as_deref() == Some(name))
                    || (kind == ScriptKind::Action && action.as_deref() == Some(name))
            }
        };
        in_integration && by_name
    };
    let bundle = |integration: &str, kind: ScriptKind, name: &str| -> Result<Value, String> {
        let script = compiled
            .iter()
            .find(|c| c.integration == integration && c.kind == kind && c.name == name)
            .ok_or_else(|| format!("`{name}` of `{integration}` was not compiled"))?;
        let js = std::fs::read_to_string(&script.dist)
            .map_err(|e| format!("{}: {e}", project.display(&script.dist)))?;
        let ts = std::fs::read_to_string(&script.source).ok();
        Ok(json!({ "js": js, "ts": ts }))
    };
    let version = |own: &str| options.version.clone().unwrap_or_else(|| own.to_string());
    let endpoint = nango_config::codegen::endpoint_json;
    let mut flows = Vec::new();
    let mut on_events = Vec::new();
    for integration in &config.integrations {
        let key = &integration.provider_config_key;
        for sync in &integration.syncs {
            if !wanted(key, ScriptKind::Sync, &sync.name) {
                continue;
            }
            let mut flow = json!({
                "syncName": sync.name,
                "providerConfigKey": key,
                "models": sync.output,
                "version": version(&sync.version),
                "runs": sync.runs,
                "track_deletes": sync.track_deletes,
                "auto_start": sync.auto_start,
                "attributes": {},
                "metadata": { "description": sync.description, "scopes": sync.scopes },
                "sync_type": sync.sync_type.as_str(),
                "type": "sync",
                "fileBody": bundle(key, ScriptKind::Sync, &sync.name)?,
                "endpoints": sync.endpoints.iter().map(endpoint).collect::<Vec<_>>(),
                "webhookSubscriptions": sync.webhook_subscriptions,
            });
            if let Some(input) = &sync.input {
                flow["input"] = json!(input);
            }
            zero_yaml_fields(&mut flow, config, key, ScriptKind::Sync, &sync.name);
            flows.push(flow);
        }
        for action in &integration.actions {
            if !wanted(key, ScriptKind::Action, &action.name) {
                continue;
            }
            let mut flow = json!({
                "syncName": action.name,
                "providerConfigKey": key,
                "models": action.output,
                "version": version(&action.version),
                "runs": null,
                "track_deletes": false,
                "metadata": { "description": action.description, "scopes": action.scopes },
                "type": "action",
                "fileBody": bundle(key, ScriptKind::Action, &action.name)?,
                "endpoints": action.endpoint.iter().map(endpoint).collect::<Vec<_>>(),
            });
            if let Some(input) = &action.input {
                flow["input"] = json!(input);
            }
            zero_yaml_fields(&mut flow, config, key, ScriptKind::Action, &action.name);
            flows.push(flow);
        }
        if !options.single() && options.integration.as_deref().is_none_or(|i| i == key) {
            let mut scripts = Vec::new();
            for script in &integration.on_events {
                scripts.push(json!({
                    "name": script.name,
                    "fileBody": bundle(key, ScriptKind::OnEvent, &script.name)?,
                    "event": script.event.as_str(),
                }));
            }
            if !scripts.is_empty() {
                on_events.push(json!({ "providerConfigKey": key, "scripts": scripts }));
            }
        }
    }
    let mut payload = json!({
        "flowConfigs": flows,
        "jsonSchema": nango_config::codegen::schema_json(config, crate::VERSION),
        "reconcile": true,
        "debug": false,
        "nangoYamlBody": std::fs::read_to_string(project.config_path()).unwrap_or_default(),
        "singleDeployMode": options.single() || options.integration.is_some(),
        "deployMode": if options.single() { "single" } else if options.integration.is_some() { "integration" } else { "all" },
        "sdkVersion": format!("{}-nango-rs", crate::VERSION),
    });
    if !options.single() {
        payload["onEventScriptsByProvider"] = Value::Array(on_events);
    }
    // A zero-yaml project has no nango.yaml and sends each flow's models with it (as the 0.71
    // CLI does); the `-zero` suffix tells the server so.
    if config.zero_yaml.is_some()
        && let Some(object) = payload.as_object_mut()
    {
        object.remove("jsonSchema");
        object.insert("nangoYamlBody".into(), json!(""));
        object.insert(
            "sdkVersion".into(),
            json!(format!("{}-nango-rs-zero", crate::VERSION)),
        );
    }
    Ok(payload)
}

/// A zero-yaml flow's own models (`models_json_schema`) and `features`, as the 0.71 CLI sends.
fn zero_yaml_fields(
    flow: &mut Value,
    config: &Config,
    integration: &str,
    kind: ScriptKind,
    name: &str,
) {
    if let Some(script) = config
        .zero_yaml
        .as_ref()
        .and_then(|z| z.script(integration, kind, name))
    {
        flow["models_json_schema"] = script.json_schema.clone();
        flow["features"] = json!(script.features);
    }
}

/// The confirmation request: the same, without the yaml, not reconciling.
pub fn confirmation_payload(payload: &Value) -> Value {
    let mut confirmation = payload.clone();
    if let Some(object) = confirmation.as_object_mut() {
        object.remove("nangoYamlBody");
        object.insert("reconcile".into(), json!(false));
    }
    confirmation
}

/// One change of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// `+` new, `~` updated, `-` deleted.
    pub sign: char,
    /// `sync`, `action` or `on-event script`.
    pub kind: &'static str,
    /// Integration.
    pub integration: String,
    /// Script.
    pub name: String,
    /// Connections of its integration.
    pub connections: u64,
}

/// What the server says a deploy will do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Every change, new first.
    pub changes: Vec<Change>,
    /// Models no sync will save any more (their records are lost).
    pub deleted_models: Vec<String>,
}

impl Plan {
    /// Reads the confirmation answer (both the 0.60 and the 0.71 shapes).
    pub fn from_confirmation(answer: &Value) -> Self {
        let mut changes = Vec::new();
        for (list, sign, kind) in [
            ("newSyncs", '+', "sync"),
            ("newActions", '+', "action"),
            ("newOnEventScripts", '+', "on-event script"),
            ("updatedSyncs", '~', "sync"),
            ("updatedActions", '~', "action"),
            ("updatedOnEventScripts", '~', "on-event script"),
            ("deletedSyncs", '-', "sync"),
            ("deletedActions", '-', "action"),
            ("deletedOnEventScripts", '-', "on-event script"),
        ] {
            for item in answer
                .get(list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                changes.push(Change {
                    sign,
                    kind,
                    integration: item
                        .get("providerConfigKey")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    name: item
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    connections: item.get("connections").and_then(Value::as_u64).unwrap_or(0),
                });
            }
        }
        let deleted_models = answer
            .get("deletedModels")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|m| m.as_str().map(str::to_string))
            .collect();
        Self {
            changes,
            deleted_models,
        }
    }

    /// Changes that lose data: deleted syncs that have connections, and deleted models.
    pub fn destructive(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .changes
            .iter()
            .filter(|c| c.sign == '-' && c.kind == "sync" && c.connections > 0)
            .map(|c| {
                format!(
                    "sync `{}` of `{}` is deleted ({} connection{} lose its records)",
                    c.name,
                    c.integration,
                    c.connections,
                    if c.connections == 1 { "" } else { "s" }
                )
            })
            .collect();
        if !self.deleted_models.is_empty() {
            out.push(format!(
                "model{} {} lose{} their records (renaming a model deletes it; run a full sync to refill the new one)",
                if self.deleted_models.len() == 1 { "" } else { "s" },
                self.deleted_models.join(", "),
                if self.deleted_models.len() == 1 { "s" } else { "" }
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_read_both_shapes_and_name_what_is_destructive() {
        let plan = Plan::from_confirmation(&json!({
            "newSyncs": [{ "name": "issues", "providerConfigKey": "gh", "connections": 0, "auto_start": true }],
            "deletedSyncs": [{ "name": "old", "providerConfigKey": "gh", "connections": 2 }],
            "updatedActions": [{ "name": "create", "providerConfigKey": "gh" }],
            "deletedModels": ["OldModel"]
        }));
        assert_eq!(plan.changes.len(), 3);
        assert_eq!(plan.changes[0].sign, '+');
        assert_eq!(plan.changes[1].kind, "action");
        assert_eq!(plan.destructive().len(), 2);
        assert!(plan.destructive()[0].contains("2 connections"));
        let old = Plan::from_confirmation(
            &json!({ "newSyncs": [{ "name": "s", "connections": 0 }], "deletedSyncs": [], "deletedModels": [] }),
        );
        assert!(old.destructive().is_empty());
    }
}
