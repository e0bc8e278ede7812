//! nango.yaml models as zod 4 schemas: the `models.ts` of a project moved to zero-yaml
//! (`nango migrate-to-zero-yaml`). Each model becomes `export const X = z.object({…})` and
//! `export type X = z.infer<typeof X>`, so a script's `import { X } from '../../models.js'` gets
//! both the schema (for `models: { X }`) and the type.
//!
//! Nango's converter writes `null` as `z.nullable()` (which throws when the file loads) and an
//! `object` field as an empty `z.object({})` (which strips every key of the record); here
//! `null` is `z.null()` and `object` is `z.record(z.string(), z.any())`.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::model::{Config, Endpoint, ModelShape, ScriptKind, ScriptRef};
use crate::types::{ObjectType, TypeExpr, number_text, ts_property_name};

/// `models.ts` for a zero-yaml project: every model of `config`, referenced models first.
///
/// A sync's records are keyed by a string `id` in a zero-yaml project (the `nango` package types
/// a model as `z.ZodObject<{ id: z.ZodString }>`), where nango.yaml also took `id: number` or
/// `id?: string`: the `id` of those models is written `z.string()` (see
/// [`loose_id_models`]).
pub fn models_zod_ts(config: &Config) -> String {
    let order = dependency_order(config);
    let loose_ids = loose_id_models(config);
    let mut out = String::from("import * as z from 'zod';\n\n");
    let mut defined = HashSet::new();
    for name in &order {
        let Some(model) = config.models.get(name) else {
            continue;
        };
        let writer = ZodWriter {
            defined: &defined,
            models: config,
        };
        let schema = match &model.shape {
            ModelShape::Object(object) if loose_ids.contains(name) => {
                let mut object = object.clone();
                for field in &mut object.fields {
                    if field.name == "id" {
                        field.ty = TypeExpr::String;
                        field.optional = false;
                    }
                }
                writer.object(&object, 0)
            }
            ModelShape::Object(object) => writer.object(object, 0),
            ModelShape::Anonymous(ty) => writer.ty(ty, 0),
            ModelShape::JsonSchema(_) => continue,
        };
        let _ = writeln!(out, "export const {name} = {schema};");
        let _ = writeln!(out, "export type {name} = z.infer<typeof {name}>;\n");
        defined.insert(name.clone());
    }
    out.push_str("export const models = {\n");
    for name in &order {
        if defined.contains(name) {
            let _ = writeln!(out, "    {name},");
        }
    }
    out.push_str("};\n");
    out
}

/// The sync output models whose `id` is not a required string in nango.yaml (`id: number`,
/// `integer`, `id?: string`…).
pub fn loose_id_models(config: &Config) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for sync in config.integrations.iter().flat_map(|i| &i.syncs) {
        for name in &sync.output {
            let Some(ModelShape::Object(object)) = config.models.get(name).map(|m| &m.shape) else {
                continue;
            };
            let loose = object
                .fields
                .iter()
                .any(|f| f.name == "id" && (f.ty != TypeExpr::String || f.optional));
            if loose && !out.contains(name) {
                out.push(name.clone());
            }
        }
    }
    out
}

/// Model names, each after the models it references (a cycle is broken where it is met, and
/// the reference that closes it is written `z.lazy`).
fn dependency_order(config: &Config) -> Vec<String> {
    fn visit(name: &str, config: &Config, visiting: &mut HashSet<String>, done: &mut Vec<String>) {
        if done.iter().any(|d| d == name) || !visiting.insert(name.to_string()) {
            return;
        }
        if let Some(model) = config.models.get(name) {
            let mut refs = Vec::new();
            match &model.shape {
                ModelShape::Object(object) => object.refs(&mut refs),
                ModelShape::Anonymous(ty) => ty.refs(&mut refs),
                ModelShape::JsonSchema(_) => {}
            }
            for r in refs {
                visit(r, config, visiting, done);
            }
        }
        visiting.remove(name);
        done.push(name.to_string());
    }
    let mut done = Vec::new();
    let mut visiting = HashSet::new();
    for name in config.models.keys() {
        visit(name, config, &mut visiting, &mut done);
    }
    done
}

struct ZodWriter<'a> {
    /// Models already written above (a reference to one not yet written is lazy).
    defined: &'a HashSet<String>,
    models: &'a Config,
}

impl ZodWriter<'_> {
    fn object(&self, object: &ObjectType, indent: usize) -> String {
        if object.fields.is_empty()
            && let Some(values) = &object.index_signature
        {
            return format!("z.record(z.string(), {})", self.ty(values, indent));
        }
        let pad = "    ".repeat(indent + 1);
        let mut out = String::from("z.object({\n");
        for field in &object.fields {
            let mut schema = self.ty(&field.ty, indent + 1);
            if field.optional && !field.ty.admits_undefined() {
                schema.push_str(".optional()");
            }
            let _ = writeln!(out, "{pad}{}: {schema},", ts_property_name(&field.name));
        }
        let _ = write!(out, "{}}})", "    ".repeat(indent));
        if let Some(values) = &object.index_signature {
            let _ = write!(out, ".catchall({})", self.ty(values, indent));
        }
        out
    }

    fn ty(&self, ty: &TypeExpr, indent: usize) -> String {
        match ty {
            TypeExpr::String => "z.string()".into(),
            TypeExpr::Number => "z.number()".into(),
            TypeExpr::Boolean => "z.boolean()".into(),
            TypeExpr::Date => "z.date()".into(),
            TypeExpr::Null => "z.null()".into(),
            TypeExpr::Undefined => "z.undefined()".into(),
            TypeExpr::Any => "z.any()".into(),
            TypeExpr::Object => "z.record(z.string(), z.any())".into(),
            TypeExpr::Array(inner) => format!("z.array({})", self.ty(inner, indent)),
            TypeExpr::StringLit(s) => format!("z.literal({})", js_string(s)),
            TypeExpr::NumberLit(n) => format!("z.literal({})", number_text(*n)),
            TypeExpr::BoolLit(b) => format!("z.literal({b})"),
            TypeExpr::Ref(name) if self.models.models.contains_key(name) => {
                if self.defined.contains(name) {
                    name.clone()
                } else {
                    format!("z.lazy(() => {name})")
                }
            }
            TypeExpr::Ref(_) => "z.any()".into(),
            TypeExpr::Inline(object) => self.object(object, indent),
            TypeExpr::Union(members) => self.union(members, indent),
        }
    }

    /// `A | null` is `A.nullable()`, `A | undefined` is `A.optional()`, string literals alone
    /// are `z.enum`, the rest `z.union`.
    fn union(&self, members: &[TypeExpr], indent: usize) -> String {
        let undefined = members.contains(&TypeExpr::Undefined);
        let null = members.contains(&TypeExpr::Null);
        let rest: Vec<&TypeExpr> = members
            .iter()
            .filter(|m| !matches!(m, TypeExpr::Undefined | TypeExpr::Null))
            .collect();
        let mut out = if rest.is_empty() {
            (if null { "z.null()" } else { "z.undefined()" }).to_string()
        } else if rest.len() == 1 {
            self.ty(rest[0], indent)
        } else if rest.iter().all(|m| matches!(m, TypeExpr::StringLit(_))) {
            let values: Vec<String> = rest
                .iter()
                .filter_map(|m| match m {
                    TypeExpr::StringLit(s) => Some(js_string(s)),
                    _ => None,
                })
                .collect();
            format!("z.enum([{}])", values.join(", "))
        } else {
            let schemas: Vec<String> = rest.iter().map(|m| self.ty(m, indent)).collect();
            format!("z.union([{}])", schemas.join(", "))
        };
        if null && !rest.is_empty() {
            out.push_str(".nullable()");
        }
        if undefined && (null || !rest.is_empty()) {
            out.push_str(".optional()");
        }
        out
    }
}

/// The fields of the `createSync` / `createAction` / `createOnEvent` definition a nango.yaml
/// script becomes, as `key: value` source text in the 0.71 CLI's order (without `exec` and
/// `onWebhook`, which come from the script's code). Fields left at their default are not written.
pub fn definition_fields(script: &ScriptRef<'_>, config: &Config) -> Vec<String> {
    let integration = script.integration;
    let mut fields = Vec::new();
    let strings = |items: &[String]| {
        let items: Vec<String> = items.iter().map(|s| js_string(s)).collect();
        format!("[{}]", items.join(", "))
    };
    let endpoint = |e: &Endpoint| {
        let mut text = format!(
            "{{ method: {}, path: {}",
            js_string(&e.method),
            js_string(&e.path)
        );
        if let Some(group) = &e.group {
            let _ = write!(text, ", group: {}", js_string(group));
        }
        text + " }"
    };
    let model = |name: &str| {
        if config.models.contains_key(name) {
            name.to_string()
        } else {
            "z.any()".to_string()
        }
    };
    match script.kind {
        ScriptKind::Sync => {
            let Some(sync) = integration.syncs.iter().find(|s| s.name == script.name) else {
                return fields;
            };
            fields.push(format!("description: {}", js_string(&sync.description)));
            if !sync.version.is_empty() {
                fields.push(format!("version: {}", js_string(&sync.version)));
            }
            fields.push(format!("frequency: {}", js_string(&sync.runs)));
            fields.push(format!("autoStart: {}", sync.auto_start));
            fields.push(format!("syncType: {}", js_string(sync.sync_type.as_str())));
            fields.push(format!("trackDeletes: {}", sync.track_deletes));
            if !sync.endpoints.is_empty() {
                let endpoints: Vec<String> = sync.endpoints.iter().map(endpoint).collect();
                fields.push(format!("endpoints: [{}]", endpoints.join(", ")));
            }
            if !sync.webhook_subscriptions.is_empty() {
                fields.push(format!(
                    "webhookSubscriptions: {}",
                    strings(&sync.webhook_subscriptions)
                ));
            }
            if !sync.scopes.is_empty() {
                fields.push(format!("scopes: {}", strings(&sync.scopes)));
            }
            let models: Vec<String> = sync
                .output
                .iter()
                .map(|name| format!("{}: {}", ts_property_name(name), model(name)))
                .collect();
            fields.push(format!("models: {{ {} }}", models.join(", ")));
            if let Some(metadata) = &sync.input {
                fields.push(format!("metadata: {}", model(metadata)));
            }
        }
        ScriptKind::Action => {
            let Some(action) = integration.actions.iter().find(|a| a.name == script.name) else {
                return fields;
            };
            fields.push(format!("description: {}", js_string(&action.description)));
            if !action.version.is_empty() {
                fields.push(format!("version: {}", js_string(&action.version)));
            }
            if let Some(e) = &action.endpoint {
                fields.push(format!("endpoint: {}", endpoint(e)));
            }
            // A definition names both; `z.void()` is "none".
            let input = action.input.as_deref().map_or("z.void()".into(), model);
            fields.push(format!("input: {input}"));
            let output = action
                .output
                .first()
                .map_or("z.void()".into(), |o| model(o));
            fields.push(format!("output: {output}"));
            if !action.scopes.is_empty() {
                fields.push(format!("scopes: {}", strings(&action.scopes)));
            }
        }
        ScriptKind::OnEvent => {
            let event = integration
                .on_events
                .iter()
                .find(|e| e.name == script.name)
                .map_or("post-connection-creation", |e| e.event.as_str());
            fields.push(format!("event: {}", js_string(event)));
            fields.push(format!(
                "description: {}",
                js_string(&format!("Runs on {event}"))
            ));
        }
    }
    fields
}

/// A single-quoted JavaScript string.
fn js_string(s: &str) -> String {
    format!(
        "'{}'",
        s.replace('\\', "\\\\")
            .replace('\'', "\\'")
            .replace('\n', "\\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(yaml: &str) -> Config {
        crate::load("nango.yaml", yaml)
            .config
            .expect("valid nango.yaml")
    }

    #[test]
    fn models_become_zod_schemas_referenced_ones_first() {
        let config = config(
            r#"
integrations:
  github:
    actions:
      create-issue:
        endpoint: POST /issues
        input: IssueInput
        output: Issue
models:
  Issue:
    id: string
    author: User
    state: open | closed
    closed_at: Date | null
    labels?: string[]
    meta:
      score: number
      kind: "'a' | 2 | true"
    extra: object
    __string: any
  User:
    login: string
    email: string | undefined
  IssueInput:
    title: string
"#,
        );
        let ts = models_zod_ts(&config);
        let user = ts.find("export const User").unwrap();
        let issue = ts.find("export const Issue =").unwrap();
        assert!(user < issue, "{ts}");
        for expected in [
            "    author: User,\n",
            "    state: z.enum(['open', 'closed']),\n",
            "    closed_at: z.date().nullable(),\n",
            "    labels: z.array(z.string()).optional(),\n",
            "    extra: z.record(z.string(), z.any()),\n",
            "}).catchall(z.any());",
            "    email: z.string().optional(),\n",
            "export type Issue = z.infer<typeof Issue>;",
            "export const models = {\n    User,\n    Issue,\n    IssueInput,\n};",
        ] {
            assert!(ts.contains(expected), "{expected:?} in\n{ts}");
        }
    }

    #[test]
    fn a_sync_models_numeric_id_becomes_a_string_and_actions_name_void() {
        let config = config(
            r#"
integrations:
  x:
    syncs:
      owners:
        runs: every day
        output: Owner
    actions:
      whoami:
        endpoint: GET /whoami
models:
  Owner:
    id: integer
    email: string
"#,
        );
        assert_eq!(loose_id_models(&config), ["Owner"]);
        let ts = models_zod_ts(&config);
        assert!(
            ts.contains("export const Owner = z.object({\n    id: z.string(),\n"),
            "{ts}"
        );
        let script = config
            .scripts()
            .into_iter()
            .find(|s| s.name == "whoami")
            .unwrap();
        let fields = definition_fields(&script, &config);
        assert!(
            fields.contains(&"input: z.void()".to_string()),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"output: z.void()".to_string()),
            "{fields:?}"
        );
    }

    #[test]
    fn a_cycle_is_closed_with_z_lazy() {
        let config = config(
            r#"
integrations:
  x:
    syncs:
      nodes:
        runs: every day
        output: Node
models:
  Node:
    id: string
    children: Node[]
"#,
        );
        let ts = models_zod_ts(&config);
        assert!(
            ts.contains("children: z.array(z.lazy(() => Node)),"),
            "{ts}"
        );
    }
}
