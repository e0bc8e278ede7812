//! nango.yaml text → [`Config`], reporting every problem with its position.
//!
//! The walk never stops at the first problem: each part of the file is checked and its
//! diagnostics collected, and a [`Config`] is returned only when there is no error.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use nango_diagnostics::{Diagnostic, SourceFile};

use crate::interval::parse_runs;
use crate::model::{
    Action, Config, Endpoint, Event, Integration, LayoutMode, Model, ModelShape, OnEventScript,
    ScriptKind, Sync, SyncType,
};
use crate::types::{Field, ObjectType, TypeExpr, WordKind, is_identifier, parse_type};
use crate::yaml::{self, Node, NodeKind};

/// Where the documentation of nango.yaml lives, for help lines.
const DOCS: &str = "https://docs.nango.dev/reference/integration-configuration";
/// How deep models are parsed recursively (through `__extends` and references).
const MAX_MODEL_DEPTH: usize = 64;
const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const SYNC_KEYS: [&str; 14] = [
    "description",
    "runs",
    "output",
    "input",
    "endpoint",
    "endpoints",
    "sync_type",
    "track_deletes",
    "auto_start",
    "scopes",
    "version",
    "webhook-subscriptions",
    "layout_mode",
    "type",
];
const ACTION_KEYS: [&str; 9] = [
    "description",
    "output",
    "input",
    "endpoint",
    "scopes",
    "version",
    "layout_mode",
    "type",
    "runs",
];

/// The result of loading a nango.yaml: the config when it is valid, and every diagnostic found
/// (errors and warnings) in file order.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The configuration; `None` when there is at least one error.
    pub config: Option<Config>,
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and validates the text of a nango.yaml. `file_name` is how the file is named in messages.
pub fn load(file_name: &str, text: &str) -> Loaded {
    let mut cx = Cx::new(SourceFile::new(file_name, text));
    let config = cx.load();
    // Report in file order, whatever order the checks ran in.
    cx.diagnostics.sort_by_key(|d| {
        d.location
            .as_ref()
            .and_then(|l| l.span)
            .map(|(offset, _)| offset)
    });
    let has_errors = cx.diagnostics.iter().any(Diagnostic::is_error);
    Loaded {
        config: if has_errors { None } else { config },
        diagnostics: cx.diagnostics,
    }
}

struct Cx {
    file: SourceFile,
    /// Byte offset of each character, only for non-ASCII files (YAML positions count characters).
    char_offsets: Option<Vec<usize>>,
    diagnostics: Vec<Diagnostic>,
    /// Every name under `models:` (valid or not), to tell model references from literals.
    model_names: HashSet<String>,
    /// The YAML of each model that is a mapping, in file order.
    raw_models: IndexMap<String, Node>,
    /// Models parsed so far. As in Nango, a model is parsed when it is first extended or
    /// referenced and is inserted once its fields are known, so it comes after the models it
    /// extends or references: that is the order of models.ts and schema.json.
    parsed_models: IndexMap<String, ObjectType>,
    /// Models being parsed, outermost first (to detect cycles of `__extends`).
    model_stack: Vec<String>,
    /// Output models of the syncs of the integration being parsed, and the sync saving each:
    /// records are stored per model, so two syncs of an integration cannot share one.
    sync_outputs: HashMap<String, String>,
}

impl Cx {
    fn new(file: SourceFile) -> Self {
        let char_offsets =
            (!file.text.is_ascii()).then(|| file.text.char_indices().map(|(i, _)| i).collect());
        Self {
            file,
            char_offsets,
            diagnostics: Vec::new(),
            model_names: HashSet::new(),
            raw_models: IndexMap::new(),
            parsed_models: IndexMap::new(),
            model_stack: Vec::new(),
            sync_outputs: HashMap::new(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        match &self.char_offsets {
            None => char_index.min(self.file.text.len()),
            Some(offsets) => offsets
                .get(char_index)
                .copied()
                .unwrap_or(self.file.text.len()),
        }
    }

    /// A diagnostic pointing at a node, its label the config path.
    fn at(&self, diagnostic: Diagnostic, node: &Node, path: &[&str]) -> Diagnostic {
        let start = self.byte(node.span.start);
        let mut end = self.byte(node.span.end).max(start);
        // Block nodes end where the next line starts; point at their first line only.
        if let Some(newline) = self.file.text[start..end].find('\n') {
            end = start + newline;
        }
        let end = self.file.text[start..end].trim_end().len() + start;
        let diagnostic = diagnostic.at(&self.file, start, end - start);
        if path.is_empty() {
            diagnostic
        } else {
            diagnostic.with_label(path.join(" > "))
        }
    }

    fn error(
        &mut self,
        code: &str,
        message: impl Into<String>,
        node: &Node,
        path: &[&str],
        help: Option<String>,
    ) {
        self.push(Diagnostic::error(code, message), node, path, help);
    }

    fn warning(
        &mut self,
        code: &str,
        message: impl Into<String>,
        node: &Node,
        path: &[&str],
        help: Option<String>,
    ) {
        self.push(Diagnostic::warning(code, message), node, path, help);
    }

    fn push(&mut self, diagnostic: Diagnostic, node: &Node, path: &[&str], help: Option<String>) {
        let mut diagnostic = self.at(diagnostic, node, path);
        diagnostic.help = help;
        self.diagnostics.push(diagnostic);
    }

    fn load(&mut self) -> Option<Config> {
        let root = match yaml::parse(&self.file.text) {
            Ok(Some(root)) => root,
            Ok(None) => {
                let d = Diagnostic::error("empty_config", "nango.yaml is empty")
                    .in_file(&self.file)
                    .with_help(format!(
                        "declare your integrations under an `integrations:` key, see {DOCS}"
                    ));
                self.diagnostics.push(d);
                return None;
            }
            Err(e) => {
                let offset = self.byte(e.index);
                let d = Diagnostic::error("yaml_syntax", format!("invalid YAML: {}", e.message))
                    .at(&self.file, offset, 0)
                    .with_help("fix the YAML syntax at this position (check the indentation and the quotes)");
                self.diagnostics.push(d);
                return None;
            }
        };
        let Some(entries) = root.as_map() else {
            self.error(
                "missing_integrations",
                format!(
                    "nango.yaml must be a mapping with an `integrations` key, but it is {}",
                    root.describe()
                ),
                &root,
                &[],
                Some(format!("see {DOCS}")),
            );
            return None;
        };
        self.check_duplicate_keys(entries, &[]);
        for (key, _) in entries {
            let name = key.as_str().unwrap_or_default();
            if !["integrations", "models"].contains(&name) {
                let help = suggest(name, &["integrations", "models"]);
                self.warning(
                    "unknown_key",
                    format!("unknown top-level key `{name}` is ignored"),
                    key,
                    &[],
                    help,
                );
            }
        }

        let models_node = root.get("models");
        let raw_models = models_node
            .map(|node| self.collect_model_names(node))
            .unwrap_or_default();
        for (name, node) in raw_models {
            if self.check_model_node(&name, node) {
                self.raw_models.insert(name, node.clone());
            }
        }
        let names: Vec<String> = self.raw_models.keys().cloned().collect();
        for name in names {
            self.parse_model(&name);
        }
        let mut models: IndexMap<String, Model> = std::mem::take(&mut self.parsed_models)
            .into_iter()
            .map(|(name, object)| {
                let model = Model {
                    name: name.clone(),
                    shape: ModelShape::Object(object),
                };
                (name, model)
            })
            .collect();

        let Some(integrations_node) = root.get("integrations") else {
            self.error(
                "missing_integrations",
                "nango.yaml has no `integrations` key",
                &root,
                &[],
                Some(format!(
                    "add an `integrations:` mapping at the root, with one entry per integration id (see {DOCS})"
                )),
            );
            return None;
        };
        let integrations = self.parse_integrations(integrations_node, &mut models);
        Some(Config {
            integrations,
            models,
            zero_yaml: None,
        })
    }

    fn check_duplicate_keys(&mut self, entries: &[(Node, Node)], path: &[&str]) {
        let mut seen: HashMap<&str, &Node> = HashMap::new();
        for (key, _) in entries {
            let Some(name) = key.as_str() else { continue };
            if let Some(first) = seen.get(name) {
                let (line, _) = self.file.line_col(self.byte(first.span.start));
                self.error(
                    "duplicate_key",
                    format!("`{name}` is defined twice"),
                    key,
                    path,
                    Some(format!(
                        "the first definition is on line {line}; remove or rename one of them"
                    )),
                );
            } else {
                seen.insert(name, key);
            }
        }
    }

    // ---- models -------------------------------------------------------------------------------

    fn collect_model_names<'n>(&mut self, node: &'n Node) -> Vec<(String, &'n Node)> {
        if node.is_null() {
            return Vec::new();
        }
        let Some(entries) = node.as_map() else {
            self.error(
                "invalid_value",
                format!(
                    "`models` must be a mapping of model names, not {}",
                    node.describe()
                ),
                node,
                &["models"],
                None,
            );
            return Vec::new();
        };
        self.check_duplicate_keys(entries, &["models"]);
        let mut out = Vec::new();
        for (key, value) in entries {
            let name = scalar_text(key);
            if !is_identifier(&name) {
                self.error(
                    "invalid_model_name",
                    format!("`{name}` is not a valid model name"),
                    key,
                    &["models"],
                    Some("model names become TypeScript interfaces: use letters, digits and `_`, not starting with a digit".into()),
                );
                continue;
            }
            if self.model_names.insert(name.clone()) {
                out.push((name, value));
            }
        }
        out
    }

    /// A model must be a mapping of fields (or empty).
    fn check_model_node(&mut self, name: &str, node: &Node) -> bool {
        if node.is_null() || node.as_map().is_some() {
            return true;
        }
        self.error(
            "invalid_model",
            format!(
                "model `{name}` must be a mapping of fields, not {}",
                node.describe()
            ),
            node,
            &["models", name],
            Some("write one `field: type` per line under the model name".into()),
        );
        false
    }

    /// Parses a model unless it is parsed already or being parsed (a recursive reference).
    fn parse_model(&mut self, name: &str) {
        if self.parsed_models.contains_key(name) || self.model_stack.iter().any(|n| n == name) {
            return;
        }
        let Some(node) = self.raw_models.get(name).cloned() else {
            return;
        };
        self.model_stack.push(name.to_string());
        let object = self.parse_object(&node, &["models", name], name);
        self.model_stack.pop();
        self.parsed_models.insert(name.to_string(), object);
    }

    /// The fields of a model named by `__extends`, parsing it first if needed.
    fn extended_model(
        &mut self,
        parent: &str,
        model: &str,
        node: &Node,
        path: &[&str],
    ) -> Option<ObjectType> {
        if !self.raw_models.contains_key(parent) {
            if !self.model_names.contains(parent) {
                let mut names: Vec<&str> = self.model_names.iter().map(String::as_str).collect();
                names.sort_unstable();
                let help = suggest(parent, &names)
                    .unwrap_or_else(|| format!("define a model `{parent}` under `models:`"));
                self.error(
                    "model_not_found",
                    format!("model `{model}` extends `{parent}`, which is not a model"),
                    node,
                    path,
                    Some(help),
                );
            }
            return None;
        }
        if let Some(start) = self.model_stack.iter().position(|n| n == parent) {
            let chain = self.model_stack[start..]
                .iter()
                .map(String::as_str)
                .chain([parent])
                .collect::<Vec<_>>()
                .join(" -> ");
            self.error(
                "cyclic_extends",
                format!("models extend each other in a cycle: {chain}"),
                node,
                path,
                Some("remove one `__extends` of the cycle".into()),
            );
            return None;
        }
        if self.model_stack.len() >= MAX_MODEL_DEPTH && !self.parsed_models.contains_key(parent) {
            self.error(
                "invalid_value",
                format!("`__extends` chains are limited to {MAX_MODEL_DEPTH} models"),
                node,
                path,
                None,
            );
            return None;
        }
        self.parse_model(parent);
        self.parsed_models.get(parent).cloned()
    }

    /// Parses a mapping of fields (a model or a nested object), in Nango's way: keys in order;
    /// `__extends` (allowed at any depth) adds the fields of each parent that are not defined
    /// yet; a field defined again (`name` then `name?`) is replaced where it first appeared.
    fn parse_object(&mut self, node: &Node, path: &[&str], model: &str) -> ObjectType {
        let mut object = ObjectType::default();
        let Some(entries) = node.as_map() else {
            return object;
        };
        self.check_duplicate_keys(entries, path);
        for (key, value) in entries {
            let raw_name = scalar_text(key);
            let field_path: Vec<&str> = path.iter().copied().chain([raw_name.as_str()]).collect();
            match raw_name.as_str() {
                "__extends" => {
                    let Some(text) = value.as_str() else {
                        self.error(
                            "invalid_value",
                            "`__extends` must be a model name or a comma-separated list of model names",
                            value,
                            &field_path,
                            None,
                        );
                        continue;
                    };
                    for parent in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                        let Some(inherited) =
                            self.extended_model(parent, model, value, &field_path)
                        else {
                            continue;
                        };
                        for field in inherited.fields {
                            if !object.fields.iter().any(|f| f.name == field.name) {
                                object.fields.push(field);
                            }
                        }
                        if inherited.index_signature.is_some() {
                            object.index_signature = inherited.index_signature;
                        }
                    }
                }
                "__string" => {
                    object.index_signature = Some(self.parse_field_type(value, &field_path, model));
                }
                _ => {
                    let (name, optional) = match raw_name.strip_suffix('?') {
                        Some(stripped) => (stripped.to_string(), true),
                        None => (raw_name.clone(), false),
                    };
                    let ty = self.parse_field_type(value, &field_path, model);
                    let field = Field { name, optional, ty };
                    match object.fields.iter_mut().find(|f| f.name == field.name) {
                        Some(existing) => *existing = field,
                        None => object.fields.push(field),
                    }
                }
            }
        }
        object
    }

    fn parse_field_type(&mut self, node: &Node, path: &[&str], model: &str) -> TypeExpr {
        match &node.kind {
            NodeKind::Map(_) => TypeExpr::Inline(Box::new(self.parse_object(node, path, model))),
            NodeKind::Seq(items) => {
                let mut members: Vec<TypeExpr> = Vec::new();
                for item in items {
                    let ty = self.parse_field_type(item, path, model);
                    if !members.contains(&ty) {
                        members.push(ty);
                    }
                }
                let inner = match members.len() {
                    0 => TypeExpr::Any,
                    1 => members.remove(0),
                    _ => TypeExpr::Union(members),
                };
                TypeExpr::Array(Box::new(inner))
            }
            NodeKind::Scalar { .. } if node.is_null() => TypeExpr::Null,
            NodeKind::Scalar { .. } if node.as_bool().is_some() => {
                TypeExpr::BoolLit(node.as_bool().unwrap_or_default())
            }
            NodeKind::Scalar { .. } if node.as_number().is_some() => {
                TypeExpr::NumberLit(node.as_number().unwrap_or_default())
            }
            NodeKind::Scalar { value, .. } => {
                self.parse_type_text(value, node, path, !node.is_plain())
            }
        }
    }

    /// Parses a type expression written in a scalar, reporting unknown words as warnings.
    /// A quoted scalar that is a single unknown word is an intended literal: no warning.
    fn parse_type_text(
        &mut self,
        text: &str,
        node: &Node,
        path: &[&str],
        quoted: bool,
    ) -> TypeExpr {
        let names = &self.model_names;
        let resolve = |word: &str| {
            if names.contains(word) {
                WordKind::Model
            } else {
                WordKind::Unknown
            }
        };
        match parse_type(text, &resolve) {
            Ok((ty, unknown)) => {
                let literal_intended = quoted && matches!(ty, TypeExpr::StringLit(_));
                if !literal_intended && !unknown.is_empty() {
                    let mut candidates: Vec<&str> =
                        self.model_names.iter().map(String::as_str).collect();
                    candidates.sort_unstable();
                    let words: Vec<&str> = unknown.iter().map(|w| w.0.as_str()).collect();
                    let listed = words
                        .iter()
                        .map(|w| format!("`{w}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let message = if words.len() == 1 {
                        format!(
                            "{listed} is neither a type nor a model: it is used as the string literal '{}'",
                            words[0]
                        )
                    } else {
                        format!(
                            "{listed} are neither types nor models: they are used as string literals"
                        )
                    };
                    let help = words.iter().find_map(|w| suggest(w, &candidates)).unwrap_or_else(|| {
                        let quoted = text
                            .split('|')
                            .map(|part| {
                                let part = part.trim();
                                if words.contains(&part) { format!("'{part}'") } else { part.to_string() }
                            })
                            .collect::<Vec<_>>()
                            .join(" | ");
                        format!("if literal values are meant, quote them to silence this warning: \"{quoted}\"")
                    });
                    self.warning("model_not_found_fallback", message, node, path, Some(help));
                }
                // Parse referenced models now, for Nango's order of models (bounded, so that a
                // long chain of references cannot exhaust the stack; they are parsed later).
                if self.model_stack.len() < MAX_MODEL_DEPTH {
                    let mut refs = Vec::new();
                    ty.refs(&mut refs);
                    for name in refs {
                        self.parse_model(name);
                    }
                }
                ty
            }
            Err(e) => {
                self.error(
                    "type_syntax_error",
                    format!("unsupported type syntax: {}", e.message),
                    node,
                    path,
                    Some(format!(
                        "use nango.yaml types: string, number, boolean, date, null, undefined, any, object, a model name, `T[]`, `A | B`, or a nested mapping for an object (see {DOCS}#model-types)"
                    )),
                );
                TypeExpr::Any
            }
        }
    }

    // ---- integrations and scripts -------------------------------------------------------------

    fn parse_integrations(
        &mut self,
        node: &Node,
        models: &mut IndexMap<String, Model>,
    ) -> Vec<Integration> {
        let Some(entries) = node.as_map() else {
            if node.is_null() {
                return Vec::new();
            }
            self.error(
                "invalid_value",
                format!(
                    "`integrations` must be a mapping of integration ids, not {}",
                    node.describe()
                ),
                node,
                &["integrations"],
                Some(format!("see {DOCS}")),
            );
            return Vec::new();
        };
        self.check_duplicate_keys(entries, &["integrations"]);
        let mut integrations = Vec::new();
        let mut seen = HashSet::new();
        for (key, value) in entries {
            let name = scalar_text(key);
            if !seen.insert(name.clone()) {
                continue;
            }
            if !is_script_name(&name) {
                self.error(
                    "invalid_name",
                    format!("`{name}` is not a valid integration id"),
                    key,
                    &["integrations"],
                    Some("use letters, digits, `-` and `_` (the id is also a folder name)".into()),
                );
                continue;
            }
            integrations.push(self.parse_integration(&name, key, value, models));
        }
        integrations
    }

    fn parse_integration(
        &mut self,
        key: &str,
        key_node: &Node,
        node: &Node,
        models: &mut IndexMap<String, Model>,
    ) -> Integration {
        let mut integration = Integration {
            provider_config_key: key.to_string(),
            syncs: Vec::new(),
            actions: Vec::new(),
            on_events: Vec::new(),
        };
        let path = ["integrations", key];
        let Some(entries) = node.as_map() else {
            if !node.is_null() {
                self.error(
                    "invalid_value",
                    format!(
                        "integration `{key}` must be a mapping, not {}",
                        node.describe()
                    ),
                    node,
                    &path,
                    None,
                );
            } else {
                self.warning(
                    "empty_integration",
                    format!("integration `{key}` has no scripts"),
                    key_node,
                    &path,
                    None,
                );
            }
            return integration;
        };
        self.check_duplicate_keys(entries, &path);
        let v2_keys = ["syncs", "actions", "on-events", "post-connection-scripts"];
        let is_v2 = entries
            .iter()
            .any(|(k, _)| k.as_str().is_some_and(|k| v2_keys.contains(&k)));
        let mut names: HashMap<String, (&'static str, usize)> = HashMap::new();
        let mut endpoints: HashMap<(String, String), String> = HashMap::new();
        self.sync_outputs.clear();

        for (entry_key, value) in entries {
            let entry = scalar_text(entry_key);
            if is_v2 {
                match entry.as_str() {
                    "syncs" | "actions" => {
                        let kind = if entry == "syncs" {
                            ScriptKind::Sync
                        } else {
                            ScriptKind::Action
                        };
                        let section_path = ["integrations", key, entry.as_str()];
                        let Some(scripts) = self.section(value, &section_path) else {
                            continue;
                        };
                        for (name_node, script) in scripts {
                            self.parse_script(
                                &mut integration,
                                kind,
                                name_node,
                                script,
                                &section_path,
                                models,
                                &mut names,
                                &mut endpoints,
                            );
                        }
                    }
                    "on-events" | "post-connection-scripts" => {
                        self.parse_on_events(&mut integration, &entry, value, &mut names);
                    }
                    other => {
                        let help = suggest(other, &v2_keys);
                        self.warning(
                            "unknown_key",
                            format!("unknown key `{other}` in integration `{key}` is ignored"),
                            entry_key,
                            &path,
                            help,
                        );
                    }
                }
            } else {
                // v1: every key is a script, with `type: sync|action` (sync by default).
                let kind = match value.get("type").and_then(Node::as_str) {
                    Some("action") => ScriptKind::Action,
                    Some("sync") | None => ScriptKind::Sync,
                    Some(other) => {
                        let type_node = value.get("type").unwrap_or(value);
                        self.error(
                            "invalid_value",
                            format!("`type: {other}` is not a script type"),
                            type_node,
                            &["integrations", key, &entry, "type"],
                            Some("use `type: sync` or `type: action`".into()),
                        );
                        continue;
                    }
                };
                self.parse_script(
                    &mut integration,
                    kind,
                    entry_key,
                    value,
                    &path,
                    models,
                    &mut names,
                    &mut endpoints,
                );
            }
        }
        integration
    }

    /// A `syncs:`/`actions:` section: a mapping of script names (or empty).
    /// Duplicated names are reported once and only their first definition is kept.
    fn section<'n>(&mut self, node: &'n Node, path: &[&str]) -> Option<Vec<&'n (Node, Node)>> {
        if node.is_null() {
            return None;
        }
        match node.as_map() {
            Some(entries) => {
                self.check_duplicate_keys(entries, path);
                let mut seen = HashSet::new();
                Some(
                    entries
                        .iter()
                        .filter(|(k, _)| seen.insert(scalar_text(k)))
                        .collect(),
                )
            }
            None => {
                self.error(
                    "invalid_value",
                    format!(
                        "`{}` must be a mapping of script names, not {}",
                        path.last().copied().unwrap_or_default(),
                        node.describe()
                    ),
                    node,
                    path,
                    None,
                );
                None
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn parse_script(
        &mut self,
        integration: &mut Integration,
        kind: ScriptKind,
        name_node: &Node,
        node: &Node,
        section_path: &[&str],
        models: &mut IndexMap<String, Model>,
        names: &mut HashMap<String, (&'static str, usize)>,
        endpoints: &mut HashMap<(String, String), String>,
    ) {
        let name = scalar_text(name_node);
        let path: Vec<&str> = section_path
            .iter()
            .copied()
            .chain([name.as_str()])
            .collect();
        if !is_script_name(&name) {
            self.error(
                "invalid_name",
                format!("`{name}` is not a valid {} name", kind.noun()),
                name_node,
                section_path,
                Some(
                    "use letters, digits, `-` and `_`: the name is also the script's file name"
                        .into(),
                ),
            );
            return;
        }
        if !self.claim_name(names, &name, kind.noun(), name_node, &path) {
            return;
        }
        let empty = Node {
            span: node.span,
            kind: NodeKind::Map(Vec::new()),
        };
        let node = if node.is_null() { &empty } else { node };
        let Some(entries) = node.as_map() else {
            self.error(
                "invalid_value",
                format!(
                    "{} `{name}` must be a mapping of its settings, not {}",
                    kind.noun(),
                    node.describe()
                ),
                node,
                &path,
                None,
            );
            return;
        };
        let allowed: &[&str] = if kind == ScriptKind::Sync {
            &SYNC_KEYS
        } else {
            &ACTION_KEYS
        };
        for (key, _) in entries {
            let k = scalar_text(key);
            if !allowed.contains(&k.as_str()) && k != "returns" {
                let help = suggest(&k, allowed);
                self.warning(
                    "unknown_key",
                    format!("unknown key `{k}` in {} `{name}` is ignored", kind.noun()),
                    key,
                    &path,
                    help,
                );
            }
        }
        let field = |k: &str| node.get(k);
        // Nango trims the description (a block scalar ends with a newline).
        let description = self
            .string_field(field("description"), &path, "description")
            .unwrap_or_default()
            .trim()
            .to_string();
        let version = self.version(field("version"), &path);
        let scopes = self.string_list(field("scopes"), &path, "scopes", true);
        let layout_mode = self.layout_mode(field("layout_mode"), &path);
        // v1 spells the output `returns`.
        let output_node = field("output").or_else(|| field("returns"));
        let output = self.script_io(
            output_node,
            integration,
            kind,
            &name,
            "output",
            &path,
            models,
        );
        let input = self
            .script_io(
                field("input"),
                integration,
                kind,
                &name,
                "input",
                &path,
                models,
            )
            .into_iter()
            .next();
        let endpoint_node = field("endpoint").or_else(|| field("endpoints"));
        let script_endpoints = self.endpoints(endpoint_node, &path);
        for endpoint in &script_endpoints {
            let key = (endpoint.method.clone(), endpoint.path.clone());
            if let Some(other) = endpoints.get(&key) {
                self.error(
                    "duplicate_endpoint",
                    format!(
                        "endpoint `{} {}` is already used by `{other}`",
                        endpoint.method, endpoint.path
                    ),
                    endpoint_node.unwrap_or(name_node),
                    &path,
                    Some("each endpoint of an integration must belong to one script".into()),
                );
            } else {
                endpoints.insert(key, name.clone());
            }
        }

        match kind {
            ScriptKind::Sync => {
                if output.is_empty() && output_node.is_none() {
                    self.error(
                        "missing_output",
                        format!("sync `{name}` has no `output`"),
                        name_node,
                        &path,
                        Some("add `output: <Model>`: the model of the records the sync saves (it needs an `id` field)".into()),
                    );
                }
                for (model_name, output_node) in output.iter().zip(io_nodes(output_node)) {
                    self.check_record_model(model_name, output_node, &name, &path, models);
                    match self.sync_outputs.get(model_name) {
                        Some(other) if *other != name => {
                            let p: Vec<&str> = path.iter().copied().chain(["output"]).collect();
                            let message = format!(
                                "model `{model_name}` is already the output of sync `{other}`"
                            );
                            let help = format!(
                                "records are stored per model: give each sync its own model (it can `__extends: {model_name}` to share its fields)"
                            );
                            self.error("duplicate_model", message, output_node, &p, Some(help));
                        }
                        _ => {
                            self.sync_outputs.insert(model_name.clone(), name.clone());
                        }
                    }
                }
                let (runs, interval_secs) = match field("runs") {
                    None => {
                        self.error(
                            "missing_runs",
                            format!("sync `{name}` has no `runs` frequency"),
                            name_node,
                            &path,
                            Some("add e.g. `runs: every day` or `runs: every 30min`".into()),
                        );
                        (String::new(), 0)
                    }
                    Some(runs_node) => {
                        let runs_path: Vec<&str> = path.iter().copied().chain(["runs"]).collect();
                        match runs_node.as_str().map(|text| (text, parse_runs(text))) {
                            Some((text, Ok(secs))) => (text.to_string(), secs),
                            Some((_, Err(message))) => {
                                self.error("invalid_runs", message, runs_node, &runs_path, Some("examples: `every 30min`, `every half hour`, `every 2 hours`, `every day`, `every week`".into()));
                                (String::new(), 0)
                            }
                            None => {
                                self.error(
                                    "invalid_runs",
                                    format!(
                                        "`runs` must be text like `every day`, not {}",
                                        runs_node.describe()
                                    ),
                                    runs_node,
                                    &runs_path,
                                    None,
                                );
                                (String::new(), 0)
                            }
                        }
                    }
                };
                let sync_type = match field("sync_type") {
                    None => SyncType::Full,
                    Some(n) => match n.as_str().map(str::to_ascii_lowercase).as_deref() {
                        Some("full") => SyncType::Full,
                        Some("incremental") => SyncType::Incremental,
                        _ => {
                            let p: Vec<&str> = path.iter().copied().chain(["sync_type"]).collect();
                            self.error(
                                "invalid_value",
                                format!(
                                    "`sync_type` must be `full` or `incremental`, not `{}`",
                                    scalar_text(n)
                                ),
                                n,
                                &p,
                                None,
                            );
                            SyncType::Full
                        }
                    },
                };
                let track_deletes = self
                    .bool_field(field("track_deletes"), &path, "track_deletes")
                    .unwrap_or(false);
                let auto_start = self
                    .bool_field(field("auto_start"), &path, "auto_start")
                    .unwrap_or(true);
                let webhook_subscriptions = self.string_list(
                    field("webhook-subscriptions"),
                    &path,
                    "webhook-subscriptions",
                    false,
                );
                let used_models = used_models(&output, input.as_deref(), models);
                integration.syncs.push(Sync {
                    name,
                    description,
                    runs,
                    interval_secs,
                    output,
                    input,
                    endpoints: script_endpoints,
                    sync_type,
                    track_deletes,
                    auto_start,
                    scopes,
                    version,
                    webhook_subscriptions,
                    layout_mode,
                    used_models,
                });
            }
            ScriptKind::Action => {
                if output.len() > 1 {
                    self.error(
                        "invalid_value",
                        format!(
                            "action `{name}` lists {} outputs, but an action returns one value",
                            output.len()
                        ),
                        output_node.unwrap_or(name_node),
                        &path,
                        Some("return one model (it may have several fields)".into()),
                    );
                }
                if script_endpoints.len() > 1 {
                    self.error(
                        "invalid_endpoint",
                        format!(
                            "action `{name}` has {} endpoints, but an action has one",
                            script_endpoints.len()
                        ),
                        endpoint_node.unwrap_or(name_node),
                        &path,
                        None,
                    );
                }
                let used_models = used_models(&output, input.as_deref(), models);
                integration.actions.push(Action {
                    name,
                    description,
                    output,
                    input,
                    endpoint: script_endpoints.into_iter().next(),
                    scopes,
                    version,
                    layout_mode,
                    used_models,
                });
            }
            ScriptKind::OnEvent => {}
        }
    }

    /// Records a script name in its integration; reports a duplicate and returns false.
    fn claim_name(
        &mut self,
        names: &mut HashMap<String, (&'static str, usize)>,
        name: &str,
        noun: &'static str,
        node: &Node,
        path: &[&str],
    ) -> bool {
        let start = self.byte(node.span.start);
        if let Some((other_noun, other_start)) = names.get(name) {
            let (line, _) = self.file.line_col(*other_start);
            self.error(
                "duplicate_script",
                format!("script name `{name}` is used twice in this integration: {} on line {line} and {} here", with_article(other_noun), with_article(noun)),
                node,
                path,
                Some("script names must be unique within an integration: they name the script file and the compiled bundle".into()),
            );
            return false;
        }
        names.insert(name.to_string(), (noun, start));
        true
    }

    fn parse_on_events(
        &mut self,
        integration: &mut Integration,
        entry: &str,
        node: &Node,
        names: &mut HashMap<String, (&'static str, usize)>,
    ) {
        let key = integration.provider_config_key.clone();
        let path = ["integrations", key.as_str(), entry];
        let mut lists: Vec<(Event, &Node)> = Vec::new();
        if entry == "post-connection-scripts" {
            lists.push((Event::PostConnectionCreation, node));
        } else if let Some(entries) = node.as_map() {
            self.check_duplicate_keys(entries, &path);
            for (event_key, list) in entries {
                let event_name = scalar_text(event_key);
                match Event::ALL.into_iter().find(|e| e.as_str() == event_name) {
                    Some(event) => lists.push((event, list)),
                    None => {
                        let valid: Vec<&str> = Event::ALL.iter().map(|e| e.as_str()).collect();
                        self.error(
                            "invalid_event",
                            format!("`{event_name}` is not an event"),
                            event_key,
                            &path,
                            Some(format!("events are: {}", valid.join(", "))),
                        );
                    }
                }
            }
        } else if !node.is_null() {
            self.error(
                "invalid_value",
                format!(
                    "`on-events` must map event names to lists of scripts, not {}",
                    node.describe()
                ),
                node,
                &path,
                None,
            );
        }
        for (event, list) in lists {
            let event_path: Vec<&str> = path.iter().copied().chain([event.as_str()]).collect();
            let items: Vec<&Node> = match (&list.kind, list.is_null()) {
                (_, true) => Vec::new(),
                (NodeKind::Seq(items), _) => items.iter().collect(),
                (NodeKind::Scalar { .. }, _) => vec![list],
                (NodeKind::Map(_), _) => {
                    self.error(
                        "invalid_value",
                        "list the script names of an event, e.g. `- setup-webhook`",
                        list,
                        &event_path,
                        None,
                    );
                    Vec::new()
                }
            };
            for item in items {
                let Some(name) = item.as_str() else {
                    self.error(
                        "invalid_value",
                        format!("a script name must be text, not {}", item.describe()),
                        item,
                        &event_path,
                        None,
                    );
                    continue;
                };
                if !is_script_name(name) {
                    self.error(
                        "invalid_name",
                        format!("`{name}` is not a valid script name"),
                        item,
                        &event_path,
                        Some("use letters, digits, `-` and `_`".into()),
                    );
                    continue;
                }
                if self.claim_name(names, name, "on-event script", item, &event_path) {
                    integration.on_events.push(OnEventScript {
                        name: name.to_string(),
                        event,
                    });
                }
            }
        }
    }

    /// `output`/`input`: model names, or type expressions that become anonymous models.
    #[allow(clippy::too_many_arguments)]
    fn script_io(
        &mut self,
        node: Option<&Node>,
        integration: &Integration,
        kind: ScriptKind,
        script: &str,
        which: &str,
        path: &[&str],
        models: &mut IndexMap<String, Model>,
    ) -> Vec<String> {
        let Some(node) = node else { return Vec::new() };
        let io_path: Vec<&str> = path.iter().copied().chain([which]).collect();
        let items = io_nodes(Some(node));
        if items.is_empty() && !node.is_null() {
            self.error(
                "invalid_value",
                format!(
                    "`{which}` must be a model name or a list of model names, not {}",
                    node.describe()
                ),
                node,
                &io_path,
                None,
            );
        }
        let mut names = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            let Some(text) = item.as_str().map(str::trim) else {
                self.error(
                    "invalid_value",
                    format!("`{which}` must name a model, not {}", item.describe()),
                    item,
                    &io_path,
                    None,
                );
                continue;
            };
            if self.model_names.contains(text) {
                names.push(text.to_string());
                continue;
            }
            let single_word = is_identifier(text) && crate::types::builtin(text).is_none();
            if single_word {
                let mut candidates: Vec<&str> =
                    self.model_names.iter().map(String::as_str).collect();
                candidates.sort_unstable();
                let help = suggest(text, &candidates)
                    .unwrap_or_else(|| format!("define `{text}` under `models:`"));
                self.error(
                    "model_not_found",
                    format!("{which} model `{text}` is not defined"),
                    item,
                    &io_path,
                    Some(help),
                );
                continue;
            }
            let ty = self.parse_type_text(text, item, &io_path, !item.is_plain());
            let suffix = if i == 0 {
                which.to_string()
            } else {
                format!("{which}_{i}")
            };
            // As Nango names it: characters other than `[A-Za-z0-9_]` are removed.
            let clean = |name: &str| -> String {
                name.chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect()
            };
            let anonymous = format!(
                "Anonymous_{}_{}_{}_{suffix}",
                clean(&integration.provider_config_key),
                match kind {
                    ScriptKind::Sync => "sync",
                    _ => "action",
                },
                clean(script),
            );
            if ty.is_primitive() {
                self.warning(
                    "model_is_literal",
                    format!(
                        "{which} `{text}` is a type, not a model: it becomes the type `{anonymous}`"
                    ),
                    item,
                    &io_path,
                    Some(
                        "a model (under `models:`) gives callers a named, documented shape".into(),
                    ),
                );
            }
            models.insert(
                anonymous.clone(),
                Model {
                    name: anonymous.clone(),
                    shape: ModelShape::Anonymous(ty),
                },
            );
            names.push(anonymous);
        }
        names
    }

    /// A sync's output must be an object model with an `id`.
    fn check_record_model(
        &mut self,
        model_name: &str,
        node: &Node,
        sync: &str,
        path: &[&str],
        models: &IndexMap<String, Model>,
    ) {
        let p: Vec<&str> = path.iter().copied().chain(["output"]).collect();
        match models.get(model_name).map(|m| &m.shape) {
            Some(ModelShape::Object(object)) if object.fields.iter().any(|f| f.name == "id") => {
                if let Some(id) = object.fields.iter().find(|f| f.name == "id")
                    && (id.optional || !matches!(id.ty, TypeExpr::String | TypeExpr::Number))
                {
                    // Nango only requires the field to exist: records whose id is missing or not
                    // a string or number are rejected when they are saved.
                    self.warning(
                        "invalid_id",
                        format!("the `id` of model `{model_name}` should be a required string or number, not `{}{}`: records without one cannot be saved", if id.optional { "?" } else { "" }, id.ty.to_typescript(0)),
                        node,
                        &p,
                        Some(format!("declare `id: string` (or `id: number`) in model `{model_name}`")),
                    );
                }
            }
            Some(ModelShape::Object(_)) => self.error(
                "model_missing_id",
                format!("model `{model_name}` has no `id` field, but it is the output of sync `{sync}`"),
                node,
                &p,
                Some(format!("add `id: string` to model `{model_name}`: Nango stores and updates records by id")),
            ),
            Some(ModelShape::Anonymous(_)) => self.error(
                "model_missing_id",
                format!("the output of sync `{sync}` must be a model with an `id` field, not a type"),
                node,
                &p,
                Some("declare a model under `models:` with an `id` field and use its name".into()),
            ),
            // Only zero-yaml projects have these, and they are checked where they are read.
            Some(ModelShape::JsonSchema(_)) | None => {}
        }
    }

    fn endpoints(&mut self, node: Option<&Node>, path: &[&str]) -> Vec<Endpoint> {
        let Some(node) = node else { return Vec::new() };
        let p: Vec<&str> = path.iter().copied().chain(["endpoint"]).collect();
        let items: Vec<&Node> = match &node.kind {
            NodeKind::Seq(items) => items.iter().collect(),
            _ if node.is_null() => Vec::new(),
            _ => vec![node],
        };
        let mut out = Vec::new();
        for item in items {
            let parsed = match &item.kind {
                NodeKind::Scalar { value, .. } => {
                    let parts: Vec<&str> = value.split_whitespace().collect();
                    match parts.as_slice() {
                        [method, route] => {
                            Some((method.to_string(), route.to_string(), None, item, item))
                        }
                        _ => {
                            self.error("invalid_endpoint", format!("`{value}` is not an endpoint: write `<METHOD> /path`, e.g. `GET /tickets`"), item, &p, Some(endpoint_help()));
                            None
                        }
                    }
                }
                NodeKind::Map(_) => {
                    for (k, _) in item.as_map().unwrap_or_default() {
                        let k = scalar_text(k);
                        if !["method", "path", "group"].contains(&k.as_str()) {
                            self.warning(
                                "unknown_key",
                                format!("unknown key `{k}` in endpoint is ignored"),
                                item,
                                &p,
                                suggest(&k, &["method", "path", "group"]),
                            );
                        }
                    }
                    match (item.get("method"), item.get("path")) {
                        (Some(m), Some(r)) => Some((
                            scalar_text(m),
                            scalar_text(r),
                            item.get("group").and_then(Node::as_str).map(str::to_string),
                            m,
                            r,
                        )),
                        _ => {
                            self.error(
                                "invalid_endpoint",
                                "an endpoint mapping needs both `method` and `path`",
                                item,
                                &p,
                                Some(endpoint_help()),
                            );
                            None
                        }
                    }
                }
                NodeKind::Seq(_) => {
                    self.error(
                        "invalid_endpoint",
                        "nested lists are not endpoints",
                        item,
                        &p,
                        Some(endpoint_help()),
                    );
                    None
                }
            };
            let Some((method, route, group, method_node, route_node)) = parsed else {
                continue;
            };
            let upper = method.to_ascii_uppercase();
            let mut ok = true;
            if !METHODS.contains(&upper.as_str()) {
                self.error(
                    "invalid_endpoint",
                    format!("`{method}` is not an HTTP method"),
                    method_node,
                    &p,
                    Some(format!("use one of {}", METHODS.join(", "))),
                );
                ok = false;
            }
            if let Err(problem) = check_path(&route) {
                self.error("invalid_endpoint", format!("endpoint path `{route}` {problem}"), route_node, &p, Some("paths start with `/` and use letters, digits and `-_.:/{}`, e.g. `/tickets/{id}`".into()));
                ok = false;
            }
            if ok {
                out.push(Endpoint {
                    method: upper,
                    path: route,
                    group,
                });
            }
        }
        out
    }

    fn string_field(&mut self, node: Option<&Node>, path: &[&str], key: &str) -> Option<String> {
        let node = node?;
        if node.is_null() {
            return None;
        }
        match &node.kind {
            NodeKind::Scalar { value, .. } => Some(value.clone()),
            _ => {
                let p: Vec<&str> = path.iter().copied().chain([key]).collect();
                self.error(
                    "invalid_value",
                    format!("`{key}` must be text, not {}", node.describe()),
                    node,
                    &p,
                    None,
                );
                None
            }
        }
    }

    fn version(&mut self, node: Option<&Node>, path: &[&str]) -> String {
        self.string_field(node, path, "version").unwrap_or_default()
    }

    fn bool_field(&mut self, node: Option<&Node>, path: &[&str], key: &str) -> Option<bool> {
        let node = node?;
        if node.is_null() {
            return None;
        }
        let value = node.as_bool();
        if value.is_none() {
            let p: Vec<&str> = path.iter().copied().chain([key]).collect();
            self.error(
                "invalid_value",
                format!(
                    "`{key}` must be `true` or `false`, not `{}`",
                    scalar_text(node)
                ),
                node,
                &p,
                None,
            );
        }
        value
    }

    /// A string or a list of strings. With `split_commas`, `a,b` in a single string gives two items.
    fn string_list(
        &mut self,
        node: Option<&Node>,
        path: &[&str],
        key: &str,
        split_commas: bool,
    ) -> Vec<String> {
        let Some(node) = node else { return Vec::new() };
        let p: Vec<&str> = path.iter().copied().chain([key]).collect();
        match &node.kind {
            _ if node.is_null() => Vec::new(),
            NodeKind::Scalar { value, .. } if split_commas => value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            NodeKind::Scalar { value, .. } => vec![value.clone()],
            NodeKind::Seq(items) => items
                .iter()
                .filter_map(|item| match &item.kind {
                    NodeKind::Scalar { value, .. } => Some(value.clone()),
                    _ => {
                        self.error(
                            "invalid_value",
                            format!("items of `{key}` must be text, not {}", item.describe()),
                            item,
                            &p,
                            None,
                        );
                        None
                    }
                })
                .collect(),
            NodeKind::Map(_) => {
                self.error(
                    "invalid_value",
                    format!("`{key}` must be text or a list, not a mapping"),
                    node,
                    &p,
                    None,
                );
                Vec::new()
            }
        }
    }

    fn layout_mode(&mut self, node: Option<&Node>, path: &[&str]) -> LayoutMode {
        match node.and_then(Node::as_str) {
            None | Some("nested") => LayoutMode::Nested,
            Some("root") => LayoutMode::Root,
            Some(other) => {
                let p: Vec<&str> = path.iter().copied().chain(["layout_mode"]).collect();
                if let Some(n) = node {
                    self.error(
                        "invalid_value",
                        format!("`layout_mode` must be `nested` or `root`, not `{other}`"),
                        n,
                        &p,
                        None,
                    );
                }
                LayoutMode::Nested
            }
        }
    }
}

/// The items of an `output`/`input` node: the node itself, or the items of a list.
fn io_nodes(node: Option<&Node>) -> Vec<&Node> {
    match node {
        None => Vec::new(),
        Some(n) if n.is_null() => Vec::new(),
        Some(Node {
            kind: NodeKind::Seq(items),
            ..
        }) => items.iter().collect(),
        Some(n) => vec![n],
    }
}

/// Models a script touches: each output and the models it references (depth first), then the input.
fn used_models(
    output: &[String],
    input: Option<&str>,
    models: &IndexMap<String, Model>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    fn visit(name: &str, models: &IndexMap<String, Model>, out: &mut Vec<String>) {
        if out.iter().any(|n| n == name) || !models.contains_key(name) {
            return;
        }
        out.push(name.to_string());
        let mut refs = Vec::new();
        match &models[name].shape {
            ModelShape::Object(object) => object.refs(&mut refs),
            ModelShape::Anonymous(ty) => ty.refs(&mut refs),
            ModelShape::JsonSchema(_) => {}
        }
        for r in refs {
            visit(r, models, out);
        }
    }
    for name in output.iter().map(String::as_str).chain(input) {
        visit(name, models, &mut out);
    }
    out
}

fn check_path(path: &str) -> Result<(), &'static str> {
    if !path.starts_with('/') {
        return Err("must start with `/`");
    }
    if path.len() < 2 {
        return Err("is empty");
    }
    if path
        .chars()
        .any(|c| !(c.is_ascii_alphanumeric() || "-_.:/{}".contains(c)))
    {
        return Err("contains characters that are not allowed");
    }
    Ok(())
}

fn endpoint_help() -> String {
    "write `endpoint: GET /tickets`, or `endpoint: {method: GET, path: /tickets}`, or a list of those".into()
}

fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

fn is_script_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The text of any scalar (numbers and booleans included), empty for collections.
fn scalar_text(node: &Node) -> String {
    match &node.kind {
        NodeKind::Scalar { value, .. } => value.clone(),
        _ => String::new(),
    }
}

/// `did you mean "x"?` when a candidate is close enough.
fn suggest(word: &str, candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .map(|c| {
            (
                strsim::jaro_winkler(&word.to_ascii_lowercase(), &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}
