//! The typed configuration a valid nango.yaml describes.

use indexmap::IndexMap;

use crate::types::{ObjectType, TypeExpr};

/// A whole nango.yaml, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Integrations in file order.
    pub integrations: Vec<Integration>,
    /// Every model: those written under `models:` and the anonymous ones made for scripts whose
    /// input or output is a type expression rather than a model name. In a zero-yaml project,
    /// each name once (the first script's); [`ZeroYaml`] has each script's own.
    pub models: IndexMap<String, Model>,
    /// What a zero-yaml project (`index.ts`, no nango.yaml) adds; `None` for nango.yaml.
    pub zero_yaml: Option<ZeroYaml>,
}

/// What a zero-yaml project's configuration adds to the shape both formats share: where each
/// script is, and its models as JSON Schema. Models belong to their script there: two
/// integrations may each define their own `User`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ZeroYaml {
    /// Every script, in `index.ts` order.
    pub scripts: Vec<ZeroYamlScript>,
}

/// One script of a zero-yaml project.
#[derive(Debug, Clone, PartialEq)]
pub struct ZeroYamlScript {
    /// Its integration (the first folder of its path).
    pub integration: String,
    /// Sync, action or on-event script.
    pub kind: ScriptKind,
    /// Its name (the file's name without `.ts`).
    pub name: String,
    /// Its file, relative to the project, with `/`.
    pub file: String,
    /// `{"definitions": {…}}`: its models, an action's input and output, a sync's metadata.
    pub json_schema: serde_json::Value,
    /// What the server must support to run it (`checkpoints`).
    pub features: Vec<String>,
}

impl ZeroYaml {
    /// A script by integration, kind and name.
    pub fn script(
        &self,
        integration: &str,
        kind: ScriptKind,
        name: &str,
    ) -> Option<&ZeroYamlScript> {
        self.scripts
            .iter()
            .find(|s| s.integration == integration && s.kind == kind && s.name == name)
    }
}

/// One integration (a provider config key) and its scripts.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    /// The integration's unique key, e.g. `github` or `demo-github-integration`.
    pub provider_config_key: String,
    /// Sync scripts in file order.
    pub syncs: Vec<Sync>,
    /// Action scripts in file order.
    pub actions: Vec<Action>,
    /// On-event scripts in file order.
    pub on_events: Vec<OnEventScript>,
}

/// Where a script file lives: `<integration>/<kind>/<name>.ts` (nested, the default) or
/// `<name>.ts` at the project root (the layout of older projects).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LayoutMode {
    /// `<integration>/syncs|actions|on-events/<name>.ts`
    #[default]
    Nested,
    /// `<name>.ts` next to nango.yaml.
    Root,
}

/// An HTTP endpoint a script is exposed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path starting with `/`.
    pub path: String,
    /// Optional group name used by the dashboard.
    pub group: Option<String>,
}

/// How a sync's records relate to the previous run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncType {
    /// Every run fetches everything.
    #[default]
    Full,
    /// Runs fetch what changed since `lastSyncDate`.
    Incremental,
}

impl SyncType {
    /// The spelling in nango.yaml and nango.json.
    pub fn as_str(self) -> &'static str {
        match self {
            SyncType::Full => "full",
            SyncType::Incremental => "incremental",
        }
    }
}

/// A sync: a script run on a schedule that saves records of its output models.
#[derive(Debug, Clone, PartialEq)]
pub struct Sync {
    /// Script name, also its file name.
    pub name: String,
    /// Free text.
    pub description: String,
    /// Frequency as written, e.g. `every half hour`.
    pub runs: String,
    /// The frequency in seconds.
    pub interval_secs: u64,
    /// Models the sync saves (each has an `id`).
    pub output: Vec<String>,
    /// The metadata model, if any.
    pub input: Option<String>,
    /// Endpoints the records are served on.
    pub endpoints: Vec<Endpoint>,
    /// Full or incremental.
    pub sync_type: SyncType,
    /// Whether records missing from a full run are deleted.
    pub track_deletes: bool,
    /// Whether the schedule starts when a connection is created.
    pub auto_start: bool,
    /// OAuth scopes the script needs.
    pub scopes: Vec<String>,
    /// Version string, empty when unset.
    pub version: String,
    /// Provider webhook event types this sync handles.
    pub webhook_subscriptions: Vec<String>,
    /// Where the script file lives.
    pub layout_mode: LayoutMode,
    /// Models this sync touches: outputs, the models they reference, the input.
    pub used_models: Vec<String>,
}

/// An action: a script run on demand with an input that returns an output.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// Script name, also its file name.
    pub name: String,
    /// Free text.
    pub description: String,
    /// The output model (zero or one).
    pub output: Vec<String>,
    /// The input model, if any.
    pub input: Option<String>,
    /// The endpoint the action is exposed on.
    pub endpoint: Option<Endpoint>,
    /// OAuth scopes the script needs.
    pub scopes: Vec<String>,
    /// Version string, empty when unset.
    pub version: String,
    /// Where the script file lives.
    pub layout_mode: LayoutMode,
    /// Models this action touches: output, the models it references, the input.
    pub used_models: Vec<String>,
}

/// Connection lifecycle events a script can run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// After a connection is created.
    PostConnectionCreation,
    /// Before a connection is deleted.
    PreConnectionDeletion,
    /// When a connection's credentials are checked (zero-yaml projects, the 0.71 line).
    ValidateConnection,
}

impl Event {
    /// The events of nango.yaml, in nango.json order.
    pub const ALL: [Event; 2] = [Event::PostConnectionCreation, Event::PreConnectionDeletion];

    /// The events of zero-yaml scripts (`createOnEvent`), in nango.json order.
    pub const ZERO_YAML: [Event; 3] = [
        Event::PostConnectionCreation,
        Event::PreConnectionDeletion,
        Event::ValidateConnection,
    ];

    /// The spelling in nango.yaml and in `createOnEvent({ event })`.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::PostConnectionCreation => "post-connection-creation",
            Event::PreConnectionDeletion => "pre-connection-deletion",
            Event::ValidateConnection => "validate-connection",
        }
    }
}

/// An on-event script.
#[derive(Debug, Clone, PartialEq)]
pub struct OnEventScript {
    /// Script name, also its file name.
    pub name: String,
    /// When it runs.
    pub event: Event,
}

/// A model: a named object type, or (for anonymous models) any type.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The model's name.
    pub name: String,
    /// Its shape.
    pub shape: ModelShape,
}

/// What a model is.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelShape {
    /// Written under `models:`: an object with fields (`__extends` already inlined).
    Object(ObjectType),
    /// Made for a script whose input or output is a type expression such as `boolean` or `User[]`.
    Anonymous(TypeExpr),
    /// A zod schema of a zero-yaml script, as the JSON Schema zod made of it.
    JsonSchema(serde_json::Value),
}

/// The kinds of scripts, which decide their folder and their entry point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptKind {
    /// `syncs/`, `fetchData(nango: NangoSync)`.
    Sync,
    /// `actions/`, `runAction(nango: NangoAction, input)`.
    Action,
    /// `on-events/`, `onEvent(nango: NangoAction)`.
    OnEvent,
}

impl ScriptKind {
    /// The folder the kind's scripts live in.
    pub fn folder(self) -> &'static str {
        match self {
            ScriptKind::Sync => "syncs",
            ScriptKind::Action => "actions",
            ScriptKind::OnEvent => "on-events",
        }
    }

    /// Singular noun for messages.
    pub fn noun(self) -> &'static str {
        match self {
            ScriptKind::Sync => "sync",
            ScriptKind::Action => "action",
            ScriptKind::OnEvent => "on-event script",
        }
    }
}

/// A reference to any script of the config, for code that treats all kinds alike.
#[derive(Debug, Clone, Copy)]
pub struct ScriptRef<'a> {
    /// The integration it belongs to.
    pub integration: &'a Integration,
    /// Its name.
    pub name: &'a str,
    /// Its kind.
    pub kind: ScriptKind,
    /// Where its file lives.
    pub layout_mode: LayoutMode,
    /// Output models (empty for on-event scripts).
    pub output: &'a [String],
    /// A zero-yaml script's file, relative to the project (`index.ts` says where it is).
    pub file: Option<&'a str>,
}

impl ScriptRef<'_> {
    /// Path of the script file relative to the project root, with `/` separators.
    pub fn relative_path(&self) -> String {
        if let Some(file) = self.file {
            return file.to_string();
        }
        match self.layout_mode {
            LayoutMode::Nested => format!(
                "{}/{}/{}.ts",
                self.integration.provider_config_key,
                self.kind.folder(),
                self.name
            ),
            LayoutMode::Root => format!("{}.ts", self.name),
        }
    }

    /// Name of the compiled bundle, as Nango names it: `<script>-<integration>.js`.
    pub fn dist_file_name(&self) -> String {
        format!("{}-{}.js", self.name, self.integration.provider_config_key)
    }
}

impl Config {
    /// Every script of every integration: syncs, then actions, then on-event scripts.
    pub fn scripts(&self) -> Vec<ScriptRef<'_>> {
        let mut out = Vec::new();
        let file = |integration: &Integration, kind: ScriptKind, name: &str| {
            self.zero_yaml
                .as_ref()
                .and_then(|z| z.script(&integration.provider_config_key, kind, name))
                .map(|s| s.file.as_str())
        };
        for integration in &self.integrations {
            out.extend(integration.syncs.iter().map(|s| ScriptRef {
                integration,
                name: &s.name,
                kind: ScriptKind::Sync,
                layout_mode: s.layout_mode,
                output: &s.output,
                file: file(integration, ScriptKind::Sync, &s.name),
            }));
            out.extend(integration.actions.iter().map(|a| ScriptRef {
                integration,
                name: &a.name,
                kind: ScriptKind::Action,
                layout_mode: a.layout_mode,
                output: &a.output,
                file: file(integration, ScriptKind::Action, &a.name),
            }));
            out.extend(integration.on_events.iter().map(|e| ScriptRef {
                integration,
                name: &e.name,
                kind: ScriptKind::OnEvent,
                layout_mode: LayoutMode::Nested,
                output: &[],
                file: file(integration, ScriptKind::OnEvent, &e.name),
            }));
        }
        out
    }
}
