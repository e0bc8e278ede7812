//! Zero-yaml projects (the `nango` 0.71 line): no nango.yaml; `index.ts` imports every script,
//! and each script default-exports `createSync({…})`, `createAction({…})` or
//! `createOnEvent({…})` with zod schemas for its models.
//!
//! The configuration is read by running the definitions, not by guessing from the source: each
//! script is bundled (zod included, from the project's `node_modules`) and evaluated in the
//! sandbox without calling `exec`; zod itself turns the schemas into JSON Schema. The result is
//! the same [`Config`] a nango.yaml gives, plus [`ZeroYaml`] (each script's file and schemas), so
//! every command works on both formats. Problems are reported at the field that has them.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use indexmap::IndexMap;
use nango_build::Bundler;
use nango_build::definition::{DefinitionSource, locate_definition};
use nango_config::{
    Action, Config, Endpoint, Event, Integration, LayoutMode, Loaded, Model, ModelShape,
    OnEventScript, ScriptKind, Sync, SyncType, ZeroYaml, ZeroYamlScript,
};
use nango_diagnostics::{Diagnostic, SourceFile};
use serde_json::{Map, Value, json};

use crate::layout::Project;

/// The file that lists a zero-yaml project's scripts.
pub const INDEX_FILE: &str = "index.ts";

/// Whether a folder is a zero-yaml project: an `index.ts` and no `nango.yaml`.
pub fn is_zero_yaml(root: &Path) -> bool {
    root.join(INDEX_FILE).is_file() && !root.join(crate::layout::CONFIG_FILE).exists()
}

/// One `import './<integration>/<folder>/<name>.js';` line of `index.ts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryPoint {
    /// The script's TypeScript file, relative to the project, e.g. `github/syncs/issues.ts`.
    pub file: String,
    /// Its integration: the first folder of the path.
    pub integration: String,
    /// Its name: the file's name without its extension.
    pub name: String,
    /// Where the specifier is written in `index.ts` (offset, length).
    pub span: (usize, usize),
}

/// The scripts `index.ts` imports: every line `import './…';` (Nango's rule: a side-effect
/// import of a path that starts with `./`; other lines are ignored). A path outside an
/// integration folder is an error.
pub fn entry_points(index: &SourceFile) -> (Vec<EntryPoint>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut diagnostics = Vec::new();
    let mut offset = 0;
    for line in index.text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(rest) = line.strip_prefix("import") else {
            continue;
        };
        let after_keyword = rest.trim_start_matches([' ', '\t']);
        if after_keyword.len() == rest.len() {
            continue;
        }
        let Some(quote) = after_keyword
            .chars()
            .next()
            .filter(|c| *c == '\'' || *c == '"')
        else {
            continue;
        };
        let Some(end) = after_keyword[1..].find(quote) else {
            continue;
        };
        let specifier = &after_keyword[1..1 + end];
        let at = start + (line.len() - after_keyword.len()) + 1;
        let span = (at, specifier.len());
        if specifier.starts_with("../") {
            diagnostics.push(
                Diagnostic::error(
                    "script_outside_project",
                    format!("`{specifier}` is outside the project folder"),
                )
                .at(index, span.0, span.1)
                .with_help("scripts live in `<integration>/syncs|actions|on-events/<name>.ts` inside the project"),
            );
            continue;
        }
        let Some(path) = specifier.strip_prefix("./") else {
            continue;
        };
        let path = path.strip_suffix(".js").unwrap_or(path);
        let file = format!("{path}.ts");
        let Some((integration, _)) = file.split_once('/') else {
            diagnostics.push(
                Diagnostic::error(
                    "script_outside_integration",
                    format!("`{specifier}` is not inside an integration folder"),
                )
                .at(index, span.0, span.1)
                .with_help("move it to `<integration>/syncs|actions|on-events/<name>.ts`: the folder names the integration"),
            );
            continue;
        };
        let name = file
            .rsplit('/')
            .next()
            .and_then(|f| f.strip_suffix(".ts"))
            .unwrap_or_default()
            .to_string();
        entries.push(EntryPoint {
            integration: integration.to_string(),
            file,
            name,
            span,
        });
    }
    (entries, diagnostics)
}

/// What the sandbox may spend reading one definition (building zod schemas is quick; a script
/// that does real work at load time is stopped).
fn definition_limits() -> nango_runtime::Limits {
    nango_runtime::Limits {
        wall_time: Duration::from_secs(10),
        memory_bytes: 256 * 1024 * 1024,
        ..nango_runtime::Limits::sync()
    }
}

/// Reads a zero-yaml project's configuration. Every problem of every script is reported; the
/// configuration is `None` when there is an error.
pub fn load(project: &Project, bundler: &Bundler) -> Loaded {
    let index_path = project.root().join(INDEX_FILE);
    let index = match std::fs::read_to_string(&index_path) {
        Ok(text) => SourceFile::new(INDEX_FILE, text),
        Err(e) => {
            return failed(vec![Diagnostic::error(
                "missing_config",
                format!("cannot read {}: {e}", index_path.display()),
            )]);
        }
    };
    let (entries, mut diagnostics) = entry_points(&index);
    if entries.is_empty() && diagnostics.is_empty() {
        diagnostics.push(
            Diagnostic::error("no_scripts", "index.ts imports no script")
                .in_file(&index)
                .with_help("add one line per script: `import './github/syncs/issues.js';`"),
        );
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            return failed(vec![Diagnostic::error(
                "internal_error",
                format!("cannot start the script runtime: {e}"),
            )]);
        }
    };
    let mut reader = Reader::default();
    let mut seen_files = HashSet::new();
    for entry in &entries {
        if !seen_files.insert(entry.file.clone()) {
            diagnostics.push(
                Diagnostic::warning(
                    "duplicate_import",
                    format!("`{}` is imported twice", entry.file),
                )
                .at(&index, entry.span.0, entry.span.1),
            );
            continue;
        }
        let path = project.root().join(&entry.file);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error(
                        "missing_script",
                        format!("cannot read `{}`: {e}", entry.file),
                    )
                    .at(&index, entry.span.0, entry.span.1)
                    .with_help("create the file, or remove its line from index.ts"),
                );
                continue;
            }
        };
        let file = SourceFile::new(entry.file.clone(), text);
        let bundle = match bundler.bundle(&path, &format!("{}.cjs", entry.name)) {
            Ok(bundle) => bundle,
            Err(mut errors) => {
                diagnostics.append(&mut errors);
                continue;
            }
        };
        let script = nango_runtime::Script {
            name: entry.file.clone(),
            code: Arc::from(bundle.code),
            source_map: Some(Arc::from(bundle.map)),
        };
        let read = runtime.block_on(nango_runtime::read_definition(
            &script,
            &definition_limits(),
        ));
        let source = locate_definition(&file);
        match read {
            Ok(definition) => reader.add(entry, &file, &source, &definition, &mut diagnostics),
            Err(e) => diagnostics.push(
                Diagnostic::error(
                    "invalid_definition",
                    format!("the definition of `{}` could not be read: {e}", entry.file),
                )
                .at_or_in(&file, source.default_export),
            ),
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return failed(diagnostics);
    }
    Loaded {
        config: Some(reader.finish()),
        diagnostics,
    }
}

/// Checks evaluated definitions as [`load`] does once it has run them: each `(entry, script
/// file, definition value)` in order, reported at the script's fields. For what cannot run the
/// sandbox (the parsers' fuzz targets, tests of one rule).
pub fn check_definitions(definitions: &[(EntryPoint, SourceFile, Value)]) -> Loaded {
    let mut reader = Reader::default();
    let mut diagnostics = Vec::new();
    for (entry, file, definition) in definitions {
        let source = locate_definition(file);
        reader.add(entry, file, &source, definition, &mut diagnostics);
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return failed(diagnostics);
    }
    Loaded {
        config: Some(reader.finish()),
        diagnostics,
    }
}

fn failed(diagnostics: Vec<Diagnostic>) -> Loaded {
    Loaded {
        config: None,
        diagnostics,
    }
}

/// Reporting at a span when there is one, else in the file.
trait AtOrIn {
    fn at_or_in(self, file: &SourceFile, span: Option<(usize, usize)>) -> Self;
}

impl AtOrIn for Diagnostic {
    fn at_or_in(self, file: &SourceFile, span: Option<(usize, usize)>) -> Self {
        match span {
            Some((offset, len)) => self.at(file, offset, len),
            None => self.in_file(file),
        }
    }
}

/// The fields each kind of definition may have (as the 0.71 CLI's types list them).
const SYNC_FIELDS: [&str; 14] = [
    "type",
    "description",
    "version",
    "endpoints",
    "frequency",
    "models",
    "syncType",
    "trackDeletes",
    "autoStart",
    "scopes",
    "metadata",
    "checkpoint",
    "webhookSubscriptions",
    "exec",
];
const SYNC_OPTIONAL_EXTRA: [&str; 1] = ["onWebhook"];
const ACTION_FIELDS: [&str; 10] = [
    "type",
    "description",
    "version",
    "endpoint",
    "input",
    "output",
    "metadata",
    "checkpoint",
    "scopes",
    "exec",
];
const ON_EVENT_FIELDS: [&str; 7] = [
    "type",
    "event",
    "description",
    "version",
    "metadata",
    "checkpoint",
    "exec",
];

/// The checkpoint SDK calls that make a script need the `checkpoints` feature.
const CHECKPOINT_CALLS: [&str; 3] = ["getCheckpoint", "saveCheckpoint", "clearCheckpoint"];

/// The definitions read so far, by integration.
#[derive(Default)]
struct Reader {
    integrations: IndexMap<String, Integration>,
    scripts: Vec<ZeroYamlScript>,
    models: IndexMap<String, Model>,
    /// Per integration: which sync defined each model name, and where.
    sync_models: HashMap<String, HashMap<String, String>>,
    /// Per integration: which script uses each `METHOD path`.
    endpoints: HashMap<String, HashMap<String, String>>,
}

/// One definition being checked: its file, where its parts are, and the diagnostics so far.
struct Checking<'a> {
    entry: &'a EntryPoint,
    file: &'a SourceFile,
    source: &'a DefinitionSource,
    fields: &'a Map<String, Value>,
    helper: &'static str,
    errors: usize,
}

impl Checking<'_> {
    fn report(&mut self, diagnostics: &mut Vec<Diagnostic>, field: &str, d: Diagnostic) {
        if d.is_error() {
            self.errors += 1;
        }
        diagnostics.push(d.at_or_in(self.file, self.source.near(field)));
    }

    fn missing(&mut self, diagnostics: &mut Vec<Diagnostic>, field: &str, what: &str) {
        let d = Diagnostic::error(
            "missing_field",
            format!(
                "`{}` of `{}` has no `{field}`",
                self.helper, self.entry.name
            ),
        )
        .with_help(format!("add `{field}`: {what}"));
        self.report(diagnostics, field, d);
    }

    fn wrong(&mut self, diagnostics: &mut Vec<Diagnostic>, field: &str, expected: &str) {
        let d = Diagnostic::error(
            "invalid_field",
            format!(
                "`{field}` of `{}` must be {expected}, not {}",
                self.entry.name,
                describe(self.fields.get(field))
            ),
        );
        self.report(diagnostics, field, d);
    }

    fn string(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        field: &str,
        required: Option<&str>,
    ) -> Option<String> {
        if self.is_absent(field) {
            if let Some(what) = required {
                self.missing(diagnostics, field, what);
            }
            return None;
        }
        match self.fields.get(field) {
            Some(Value::String(s)) => Some(s.clone()),
            _ => {
                self.wrong(diagnostics, field, "a string");
                None
            }
        }
    }

    fn boolean(&mut self, diagnostics: &mut Vec<Diagnostic>, field: &str) -> Option<bool> {
        if self.is_absent(field) {
            return None;
        }
        match self.fields.get(field) {
            Some(Value::Bool(b)) => Some(*b),
            _ => {
                self.wrong(diagnostics, field, "`true` or `false`");
                None
            }
        }
    }

    fn strings(&mut self, diagnostics: &mut Vec<Diagnostic>, field: &str) -> Vec<String> {
        match self.fields.get(field) {
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ if self.is_absent(field) => Vec::new(),
            _ => {
                self.wrong(diagnostics, field, "an array of strings");
                Vec::new()
            }
        }
    }

    /// Not written, or written as `undefined`.
    fn is_absent(&self, field: &str) -> bool {
        match self.fields.get(field) {
            None => true,
            Some(Value::Object(o)) => o.contains_key("$undefined"),
            Some(_) => false,
        }
    }

    fn function(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        field: &str,
        required: Option<&str>,
    ) -> bool {
        match self.fields.get(field) {
            Some(Value::Object(o)) if o.contains_key("$function") => true,
            _ if self.is_absent(field) => {
                if let Some(what) = required {
                    self.missing(diagnostics, field, what);
                }
                false
            }
            _ => {
                self.wrong(diagnostics, field, "a function");
                false
            }
        }
    }

    /// A zod schema's JSON Schema; `None` (reported) when the field is something else.
    fn schema(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        field: &str,
        value: &Value,
        required: bool,
    ) -> Option<Value> {
        let name = field.to_string();
        match value.as_object() {
            Some(o) if o.contains_key("$zod") => {
                if let Some(error) = o.get("error").and_then(Value::as_str) {
                    let d = Diagnostic::error(
                        "invalid_model",
                        format!("zod could not describe `{name}` as JSON Schema: {error}"),
                    );
                    self.report(diagnostics, field, d);
                    return None;
                }
                Some(o.get("schema").cloned().unwrap_or_else(|| json!({})))
            }
            Some(o) if o.contains_key("$zod3") => {
                let d = Diagnostic::error(
                    "zod_3_schema",
                    format!("`{name}` is a zod 3 schema: the 0.71 line reads zod 4 (4.3.6) schemas"),
                )
                .with_help("install zod 4 in the project (`npm install zod@4.3.6`) and import it as `import { z } from 'zod'`");
                self.report(diagnostics, field, d);
                None
            }
            Some(o) if o.contains_key("$undefined") && !required => None,
            _ => {
                let d = Diagnostic::error(
                    "not_a_zod_schema",
                    format!(
                        "`{name}` of `{}` must be a zod schema, not {}",
                        self.entry.name,
                        describe(Some(value))
                    ),
                )
                .with_help("write it with zod, e.g. `z.object({ id: z.string() })`");
                self.report(diagnostics, field, d);
                None
            }
        }
    }

    fn unknown_fields(&mut self, diagnostics: &mut Vec<Diagnostic>, known: &[&str]) {
        let unknown: Vec<String> = self
            .fields
            .keys()
            .filter(|k| !known.contains(&k.as_str()))
            .cloned()
            .collect();
        for field in unknown {
            // Nango's CLI ignores it (TypeScript refuses it, unless told not to): a warning, so
            // that a misspelt field is seen and a project Nango accepts still compiles.
            let d = Diagnostic::warning(
                "unknown_field",
                format!(
                    "`{}` does not take a `{field}` field: it is ignored",
                    self.helper
                ),
            )
            .with_help(format!(
                "its fields are: {}",
                known
                    .iter()
                    .filter(|f| **f != "type")
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            self.report(diagnostics, &field, d);
        }
    }
}

/// A value as a message names it.
fn describe(value: Option<&Value>) -> String {
    match value {
        None => "missing".into(),
        Some(Value::Null) => "null".into(),
        Some(Value::Bool(b)) => format!("`{b}`"),
        Some(Value::Number(n)) => format!("the number {n}"),
        Some(Value::String(s)) => format!("the string {s:?}"),
        Some(Value::Array(_)) => "an array".into(),
        Some(Value::Object(o)) if o.contains_key("$function") => "a function".into(),
        Some(Value::Object(o)) if o.contains_key("$undefined") => "`undefined`".into(),
        Some(Value::Object(o)) if o.contains_key("$zod") => format!(
            "a zod {} schema",
            o.get("$zod").and_then(Value::as_str).unwrap_or("")
        ),
        Some(Value::Object(_)) => "an object".into(),
    }
}

/// `github` → `github`, `google-calendar` → `google_calendar` (Nango's model-name rule).
fn integration_part(integration: &str) -> String {
    integration
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// `create-user` → `createuser` (Nango's model-name rule).
fn name_part(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// A sync model's name: an upper-case letter, then at least one letter, digit or `_`.
fn valid_model_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && name.len() >= 2
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether a JSON Schema is an object with a string `id` (what a sync's records need).
fn has_string_id(schema: &Value) -> bool {
    schema["type"] == "object"
        && schema["properties"]["id"]["type"] == "string"
        && schema["required"]
            .as_array()
            .is_some_and(|r| r.iter().any(|v| v == "id"))
}

const HTTP_METHODS: [&str; 7] = [
    "GET", "POST", "PATCH", "PUT", "DELETE", "PROPFIND", "REPORT",
];

impl Reader {
    fn add(
        &mut self,
        entry: &EntryPoint,
        file: &SourceFile,
        source: &DefinitionSource,
        definition: &Value,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let Some(fields) = definition
            .as_object()
            .filter(|o| !o.contains_key("$notObject"))
        else {
            diagnostics.push(
                Diagnostic::error(
                    "invalid_default_export",
                    format!("`{}` must default-export `createSync({{…}})`, `createAction({{…}})` or `createOnEvent({{…}})`", entry.file),
                )
                .at_or_in(file, source.default_export),
            );
            return;
        };
        let kind = match fields.get("type").and_then(Value::as_str) {
            Some("sync") => ScriptKind::Sync,
            Some("action") => ScriptKind::Action,
            Some("onEvent") => ScriptKind::OnEvent,
            _ => {
                diagnostics.push(
                    Diagnostic::error(
                        "invalid_default_export",
                        format!("the default export of `{}` is not made with `createSync`, `createAction` or `createOnEvent`", entry.file),
                    )
                    .at_or_in(file, source.default_export)
                    .with_help("`export default createSync({ description, frequency, models, exec })`, imported from 'nango'"),
                );
                return;
            }
        };
        let helper = match kind {
            ScriptKind::Sync => "createSync",
            ScriptKind::Action => "createAction",
            ScriptKind::OnEvent => "createOnEvent",
        };
        let mut checking = Checking {
            entry,
            file,
            source,
            fields,
            helper,
            errors: 0,
        };
        // The 0.71 CLI finds each script by its kind's folder: `<integration>/syncs/<name>.ts`.
        let expected = format!("{}/{}/{}.ts", entry.integration, kind.folder(), entry.name);
        if entry.file != expected {
            // It compiles and runs from where it is; Nango's own deploy would look for it at
            // the conventional place, so say so.
            let d = Diagnostic::warning(
                "misplaced_script",
                format!(
                    "a {} belongs at `{expected}`, not `{}`: Nango's CLI deploys it from there",
                    kind.noun(),
                    entry.file
                ),
            )
            .with_help(format!(
                "move the file into `{}/{}/` and update index.ts",
                entry.integration,
                kind.folder()
            ));
            checking.report(diagnostics, "type", d);
        }
        // Nango's CLI refuses a script that exports values besides its definition (the
        // definition helpers aside); types may be exported.
        for (name, span) in &source.value_exports {
            if nango_build::definition::DEFINITION_HELPERS.contains(&name.as_str()) {
                continue;
            }
            checking.errors += 1;
            diagnostics.push(
                Diagnostic::error(
                    "named_export",
                    format!(
                        "`{}` exports `{name}`: a script exports only its definition (and types)",
                        entry.file
                    ),
                )
                .at(file, span.0, span.1)
                .with_help(
                    "move it to a helper file (e.g. `../helpers/x.ts`) and import it from there",
                ),
            );
        }
        let features = if CHECKPOINT_CALLS
            .iter()
            .any(|call| file.text.contains(&format!(".{call}(")))
        {
            vec!["checkpoints".to_string()]
        } else {
            Vec::new()
        };
        let integration = self
            .integrations
            .entry(entry.integration.clone())
            .or_insert_with(|| Integration {
                provider_config_key: entry.integration.clone(),
                syncs: Vec::new(),
                actions: Vec::new(),
                on_events: Vec::new(),
            });
        let duplicate = match kind {
            ScriptKind::Sync => integration.syncs.iter().any(|s| s.name == entry.name),
            ScriptKind::Action => integration.actions.iter().any(|a| a.name == entry.name),
            ScriptKind::OnEvent => integration.on_events.iter().any(|e| e.name == entry.name),
        };
        if duplicate {
            let d = Diagnostic::error(
                "duplicate_name",
                format!(
                    "`{}` has two {}s named `{}`",
                    entry.integration,
                    kind.noun(),
                    entry.name
                ),
            );
            checking.report(diagnostics, "type", d);
            return;
        }
        let int_part = integration_part(&entry.integration);
        let name_part = name_part(&entry.name);
        let mut definitions = Map::new();
        match kind {
            ScriptKind::Sync => {
                checking.unknown_fields(
                    diagnostics,
                    &[&SYNC_FIELDS[..], &SYNC_OPTIONAL_EXTRA[..]].concat(),
                );
                let description = checking
                    .string(diagnostics, "description", Some("what the sync does"))
                    .unwrap_or_default();
                let version = checking
                    .string(diagnostics, "version", None)
                    .unwrap_or_default();
                let runs = checking
                    .string(
                        diagnostics,
                        "frequency",
                        Some("how often it runs, e.g. 'every hour'"),
                    )
                    .unwrap_or_default();
                let mut interval_secs = 0;
                if !runs.is_empty() {
                    match nango_config::interval::parse_runs(&runs) {
                        Ok(secs) => interval_secs = secs,
                        Err(message) => {
                            let d = Diagnostic::error("invalid_frequency", message);
                            checking.report(diagnostics, "frequency", d);
                        }
                    }
                }
                let sync_type = match checking.string(diagnostics, "syncType", None).as_deref() {
                    None | Some("full") => SyncType::Full,
                    Some("incremental") => SyncType::Incremental,
                    Some(other) => {
                        let d = Diagnostic::error(
                            "invalid_field",
                            format!("`syncType` must be 'full' or 'incremental', not {other:?}"),
                        );
                        checking.report(diagnostics, "syncType", d);
                        SyncType::Full
                    }
                };
                let track_deletes = checking.boolean(diagnostics, "trackDeletes") == Some(true);
                if track_deletes && sync_type == SyncType::Incremental {
                    let d = Diagnostic::error(
                        "invalid_field",
                        "`trackDeletes` cannot be used with `syncType: 'incremental'`",
                    )
                    .with_help("an incremental run does not see every record: call `nango.trackDeletesStart`/`trackDeletesEnd` in a full run instead");
                    checking.report(diagnostics, "trackDeletes", d);
                }
                // As the 0.71 CLI applies it: only `autoStart: true` starts the schedule.
                let auto_start = checking.boolean(diagnostics, "autoStart") == Some(true);
                let scopes = checking.strings(diagnostics, "scopes");
                let webhook_subscriptions = checking.strings(diagnostics, "webhookSubscriptions");
                checking.function(diagnostics, "exec", Some("`exec: async (nango) => { … }`"));
                checking.function(diagnostics, "onWebhook", None);
                let mut output = Vec::new();
                match fields.get("models") {
                    Some(Value::Array(pairs)) if !pairs.is_empty() => {
                        for pair in pairs {
                            let (Some(name), Some(value)) = (pair[0].as_str(), pair.get(1)) else {
                                continue;
                            };
                            let span = source.model(name).or(source.field("models"));
                            if !valid_model_name(name) {
                                checking.errors += 1;
                                diagnostics.push(
                                    Diagnostic::error(
                                        "invalid_model_name",
                                        format!("model name `{name}` must start with an upper-case letter and have only letters, digits and `_` (at least two characters)"),
                                    )
                                    .at_or_in(file, span),
                                );
                            }
                            let Some(schema) = checking.schema(diagnostics, "models", value, true)
                            else {
                                continue;
                            };
                            if !has_string_id(&schema) {
                                checking.errors += 1;
                                diagnostics.push(
                                    Diagnostic::error(
                                        "model_without_id",
                                        format!("model `{name}` must be a zod object with a string `id`: a sync's records are saved by it"),
                                    )
                                    .at_or_in(file, span)
                                    .with_help(format!("`{name}: z.object({{ id: z.string(), … }})`")),
                                );
                            }
                            let defined_by = self
                                .sync_models
                                .entry(entry.integration.clone())
                                .or_default();
                            if let Some(other) = defined_by.get(name) {
                                checking.errors += 1;
                                diagnostics.push(
                                    Diagnostic::error(
                                        "duplicate_model",
                                        format!("model `{name}` is also a model of sync `{other}` of `{}`: each sync of an integration needs its own model names", entry.integration),
                                    )
                                    .at_or_in(file, span),
                                );
                            } else {
                                defined_by.insert(name.to_string(), entry.name.clone());
                            }
                            definitions.insert(name.to_string(), schema);
                            output.push(name.to_string());
                        }
                    }
                    _ if checking.is_absent("models") => checking.missing(
                        diagnostics,
                        "models",
                        "`models: { Contact: z.object({ id: z.string(), … }) }`",
                    ),
                    _ => checking.wrong(
                        diagnostics,
                        "models",
                        "an object of zod schemas, with at least one",
                    ),
                }
                let mut input = None;
                if !checking.is_absent("metadata")
                    && let Some(value) = fields.get("metadata")
                    && let Some(schema) = checking.schema(diagnostics, "metadata", value, false)
                {
                    let name = format!("SyncMetadata_{int_part}_{name_part}");
                    definitions.insert(name.clone(), schema);
                    input = Some(name);
                }
                if let Some(value) = fields
                    .get("checkpoint")
                    .filter(|_| !checking.is_absent("checkpoint"))
                {
                    checking.schema(diagnostics, "checkpoint", value, false);
                }
                let endpoints = self.endpoints_of(&mut checking, diagnostics, "endpoints");
                if !endpoints.is_empty() && endpoints.len() != output.len() {
                    let d = Diagnostic::error(
                        "endpoint_mismatch",
                        format!(
                            "`endpoints` has {} entries for {} models: one endpoint per model, in the models' order",
                            endpoints.len(),
                            output.len()
                        ),
                    );
                    checking.report(diagnostics, "endpoints", d);
                }
                let mut used_models = output.clone();
                used_models.extend(input.clone());
                integration_mut(&mut self.integrations, &entry.integration)
                    .syncs
                    .push(Sync {
                        name: entry.name.clone(),
                        description,
                        runs,
                        interval_secs,
                        output,
                        input,
                        endpoints,
                        sync_type,
                        track_deletes,
                        auto_start,
                        scopes,
                        version,
                        webhook_subscriptions,
                        layout_mode: LayoutMode::Nested,
                        used_models,
                    });
            }
            ScriptKind::Action => {
                checking.unknown_fields(diagnostics, &ACTION_FIELDS);
                let description = checking
                    .string(diagnostics, "description", Some("what the action does"))
                    .unwrap_or_default();
                let version = checking
                    .string(diagnostics, "version", None)
                    .unwrap_or_default();
                let scopes = checking.strings(diagnostics, "scopes");
                checking.function(
                    diagnostics,
                    "exec",
                    Some("`exec: async (nango, input) => { … }`"),
                );
                let input_name = format!("ActionInput_{int_part}_{name_part}");
                let output_name = format!("ActionOutput_{int_part}_{name_part}");
                for (field, name) in [("input", &input_name), ("output", &output_name)] {
                    match fields.get(field).filter(|_| !checking.is_absent(field)) {
                        Some(value) => {
                            if let Some(schema) = checking.schema(diagnostics, field, value, true) {
                                definitions.insert(name.clone(), schema);
                            }
                        }
                        None => checking.missing(
                            diagnostics,
                            field,
                            "a zod schema (`z.void()` for none)",
                        ),
                    }
                }
                if let Some(value) = fields
                    .get("checkpoint")
                    .filter(|_| !checking.is_absent("checkpoint"))
                {
                    checking.schema(diagnostics, "checkpoint", value, false);
                }
                if let Some(value) = fields
                    .get("metadata")
                    .filter(|_| !checking.is_absent("metadata"))
                {
                    checking.schema(diagnostics, "metadata", value, false);
                }
                let endpoint = self
                    .endpoints_of(&mut checking, diagnostics, "endpoint")
                    .into_iter()
                    .next();
                integration_mut(&mut self.integrations, &entry.integration)
                    .actions
                    .push(Action {
                        name: entry.name.clone(),
                        description,
                        output: vec![output_name.clone()],
                        input: Some(input_name.clone()),
                        endpoint,
                        scopes,
                        version,
                        layout_mode: LayoutMode::Nested,
                        used_models: vec![input_name, output_name],
                    });
            }
            ScriptKind::OnEvent => {
                checking.unknown_fields(diagnostics, &ON_EVENT_FIELDS);
                checking.string(diagnostics, "description", Some("what the script does"));
                checking.string(diagnostics, "version", None);
                checking.function(diagnostics, "exec", Some("`exec: async (nango) => { … }`"));
                let event = match checking.string(diagnostics, "event", Some("one of 'post-connection-creation', 'pre-connection-deletion', 'validate-connection'")) {
                    Some(name) => match Event::ZERO_YAML.into_iter().find(|e| e.as_str() == name) {
                        Some(event) => Some(event),
                        None => {
                            let valid: Vec<&str> = Event::ZERO_YAML.iter().map(|e| e.as_str()).collect();
                            let d = Diagnostic::error(
                                "invalid_event",
                                format!("unknown event {name:?}: it must be one of {}", valid.join(", ")),
                            );
                            checking.report(diagnostics, "event", d);
                            None
                        }
                    },
                    None => None,
                };
                if let Some(event) = event {
                    integration_mut(&mut self.integrations, &entry.integration)
                        .on_events
                        .push(OnEventScript {
                            name: entry.name.clone(),
                            event,
                        });
                }
            }
        }
        for (name, schema) in &definitions {
            self.models.entry(name.clone()).or_insert_with(|| Model {
                name: name.clone(),
                shape: ModelShape::JsonSchema(schema.clone()),
            });
        }
        if checking.errors == 0 {
            self.scripts.push(ZeroYamlScript {
                integration: entry.integration.clone(),
                kind,
                name: entry.name.clone(),
                file: entry.file.clone(),
                json_schema: json!({ "definitions": definitions }),
                features,
            });
        }
    }

    /// `endpoints: [{ method, path, group? }]` of a sync, or `endpoint: {…}` of an action; each
    /// `METHOD path` once per integration.
    fn endpoints_of(
        &mut self,
        checking: &mut Checking<'_>,
        diagnostics: &mut Vec<Diagnostic>,
        field: &str,
    ) -> Vec<Endpoint> {
        let values: Vec<&Value> = match checking.fields.get(field) {
            _ if checking.is_absent(field) => return Vec::new(),
            Some(Value::Array(items)) if field == "endpoints" => items.iter().collect(),
            Some(value @ Value::Object(_)) if field == "endpoint" => vec![value],
            _ => {
                let expected = if field == "endpoints" {
                    "an array of `{ method, path }`"
                } else {
                    "`{ method, path }`"
                };
                checking.wrong(diagnostics, field, expected);
                return Vec::new();
            }
        };
        let mut endpoints = Vec::new();
        for value in values {
            let method = value["method"]
                .as_str()
                .unwrap_or_default()
                .to_ascii_uppercase();
            let path = value["path"].as_str().unwrap_or_default().to_string();
            let group = value["group"].as_str().map(str::to_string);
            if !HTTP_METHODS.contains(&method.as_str()) || !path.starts_with('/') {
                let d = Diagnostic::error(
                    "invalid_endpoint",
                    format!(
                        "an endpoint needs a `method` ({}) and a `path` starting with `/`",
                        HTTP_METHODS.join(", ")
                    ),
                );
                checking.report(diagnostics, field, d);
                continue;
            }
            let key = format!("{method} {path}");
            let used = self
                .endpoints
                .entry(checking.entry.integration.clone())
                .or_default();
            if let Some(other) = used.get(&key) {
                let d = Diagnostic::error(
                    "duplicate_endpoint",
                    format!(
                        "`{key}` is also the endpoint of `{other}` in `{}`",
                        checking.entry.integration
                    ),
                );
                checking.report(diagnostics, field, d);
                continue;
            }
            used.insert(key, checking.entry.name.clone());
            endpoints.push(Endpoint {
                method,
                path,
                group,
            });
        }
        endpoints
    }

    fn finish(self) -> Config {
        Config {
            integrations: self.integrations.into_values().collect(),
            models: self.models,
            zero_yaml: Some(ZeroYaml {
                scripts: self.scripts,
            }),
        }
    }
}

/// `.nango/nango.json` as the 0.71 CLI writes it: per integration, its syncs and actions with
/// their JSON Schema and features, and its on-event scripts under all three events.
pub fn nango_json(config: &Config, zero_yaml: &ZeroYaml) -> Value {
    let endpoint = nango_config::codegen::endpoint_json;
    let script =
        |integration: &str, kind: ScriptKind, name: &str| zero_yaml.script(integration, kind, name);
    let integrations: Vec<Value> = config
        .integrations
        .iter()
        .map(|integration| {
            let key = integration.provider_config_key.as_str();
            let actions: Vec<Value> = integration
                .actions
                .iter()
                .map(|a| {
                    let own = script(key, ScriptKind::Action, &a.name);
                    json!({
                        "type": "action",
                        "description": a.description,
                        "endpoint": a.endpoint.as_ref().map(endpoint),
                        "input": a.input,
                        "name": a.name,
                        "output": a.output,
                        "scopes": a.scopes,
                        "usedModels": a.used_models,
                        "version": a.version,
                        "json_schema": own.map(|s| s.json_schema.clone()),
                        "features": own.map(|s| s.features.clone()).unwrap_or_default(),
                    })
                })
                .collect();
            let syncs: Vec<Value> = integration
                .syncs
                .iter()
                .map(|s| {
                    let own = script(key, ScriptKind::Sync, &s.name);
                    json!({
                        "type": "sync",
                        "description": s.description,
                        "auto_start": s.auto_start,
                        "endpoints": s.endpoints.iter().map(endpoint).collect::<Vec<_>>(),
                        "input": s.input,
                        "name": s.name,
                        "output": s.output,
                        "runs": s.runs,
                        "scopes": s.scopes,
                        "sync_type": s.sync_type.as_str(),
                        "track_deletes": s.track_deletes,
                        "usedModels": s.used_models,
                        "version": s.version,
                        "webhookSubscriptions": s.webhook_subscriptions,
                        "json_schema": own.map(|o| o.json_schema.clone()),
                        "features": own.map(|o| o.features.clone()).unwrap_or_default(),
                    })
                })
                .collect();
            json!({
                "providerConfigKey": key,
                "actions": actions,
                "syncs": syncs,
                "onEventScripts": nango_config::codegen::on_event_scripts(integration, &Event::ZERO_YAML),
            })
        })
        .collect();
    Value::Array(integrations)
}

fn integration_mut<'a>(
    integrations: &'a mut IndexMap<String, Integration>,
    key: &str,
) -> &'a mut Integration {
    integrations
        .get_mut(key)
        .expect("the integration was inserted before its scripts")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_lines_name_scripts_and_integrations() {
        let index = SourceFile::new(
            INDEX_FILE,
            "// -- Integration: github\nimport './github/syncs/issues.js';\nimport \"./github/actions/create-issue\"\nimport x from './ignored.js';\n  import './indented-is-ignored.js';\nimport '../outside.js';\nimport './root-level.js';\n",
        );
        let (entries, diagnostics) = entry_points(&index);
        let files: Vec<(&str, &str, &str)> = entries
            .iter()
            .map(|e| (e.file.as_str(), e.integration.as_str(), e.name.as_str()))
            .collect();
        assert_eq!(
            files,
            [
                ("github/syncs/issues.ts", "github", "issues"),
                ("github/actions/create-issue.ts", "github", "create-issue")
            ]
        );
        assert_eq!(
            &index.text[entries[0].span.0..][..entries[0].span.1],
            "./github/syncs/issues.js"
        );
        let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["script_outside_project", "script_outside_integration"]
        );
        assert_eq!(diagnostics[0].line_col(), Some((6, 9)));
    }

    #[test]
    fn model_names_follow_nangos_rules() {
        assert_eq!(integration_part("google-calendar"), "google_calendar");
        assert_eq!(name_part("create-user"), "createuser");
        assert!(valid_model_name("GithubIssue"));
        assert!(valid_model_name("A_1"));
        assert!(!valid_model_name("A"));
        assert!(!valid_model_name("issue"));
        assert!(!valid_model_name("Is-sue"));
        assert!(has_string_id(
            &json!({"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]})
        ));
        assert!(!has_string_id(
            &json!({"type": "object", "properties": {"id": {"type": "number"}}, "required": ["id"]})
        ));
    }
}
