//! Starting points for scripts declared in nango.yaml that have no file yet.
//!
//! Every scaffold compiles cleanly under the strict compiler options real Nango scripts are written
//! for (unused parameters and imports are errors there), so each one uses what it declares.

use std::fmt::Write as _;

use crate::model::{LayoutMode, ScriptKind, ScriptRef};

/// The example sync `nango init` writes: a paginated GitHub issues sync.
pub const EXAMPLE_SYNC_SCRIPT: &str = include_str!("example-github-issues.ts");

/// The scaffold of a script (its integration gives its models and settings).
pub fn scaffold(script: &ScriptRef<'_>) -> String {
    let models_path = match script.layout_mode {
        LayoutMode::Nested => "../../models",
        LayoutMode::Root => "./models",
    };
    let integration = &script.integration.provider_config_key;
    match script.kind {
        ScriptKind::Sync => {
            let sync = script
                .integration
                .syncs
                .iter()
                .find(|s| s.name == script.name);
            let outputs: Vec<&str> = sync
                .map(|s| s.output.iter().map(String::as_str).collect())
                .unwrap_or_default();
            let runs = sync.map(|s| s.runs.as_str()).unwrap_or_default();
            let mut imports = vec!["NangoSync"];
            imports.extend(outputs.iter().copied());
            let mut body = String::new();
            for model in &outputs {
                let var = lower_first(model);
                let _ = write!(
                    body,
                    "    const {var}Records: {model}[] = [];\n    await nango.batchSave({var}Records, '{model}');\n"
                );
            }
            format!(
                "import type {{ {imports} }} from '{models_path}';\n\
                 \n\
                 /**\n\
                 \x20* Sync `{name}` of integration `{integration}`, run {runs}.\n\
                 \x20*\n\
                 \x20* Fetch records from the provider's API with `nango.get()` or `nango.paginate()`\n\
                 \x20* (Nango adds the connection's credentials), map them to the output model and save them\n\
                 \x20* with `nango.batchSave()`. `nango.lastSyncDate` is when the last successful run started.\n\
                 \x20*/\n\
                 export default async function fetchData(nango: NangoSync): Promise<void> {{\n\
                 \x20   // Replace with real calls, e.g.:\n\
                 \x20   // for await (const page of nango.paginate<{{ id: string }}>({{ endpoint: '/items' }})) {{ ... }}\n\
                 {body}\
                 \x20   await nango.log(`{name}: nothing fetched yet for connection ${{nango.connectionId}}`);\n\
                 }}\n",
                imports = imports.join(", "),
                name = script.name,
            )
        }
        ScriptKind::Action => {
            let action = script
                .integration
                .actions
                .iter()
                .find(|a| a.name == script.name);
            let output = action.and_then(|a| a.output.first()).map(String::as_str);
            let input = action.and_then(|a| a.input.as_deref());
            let mut imports = vec!["NangoAction"];
            for model in input.into_iter().chain(output) {
                if !imports.contains(&model) {
                    imports.push(model);
                }
            }
            let params = match input {
                Some(model) => format!("nango: NangoAction, input: {model}"),
                None => "nango: NangoAction".to_string(),
            };
            let payload = if input.is_some() { ", input" } else { "" };
            let returns = output.unwrap_or("void");
            format!(
                "import type {{ {imports} }} from '{models_path}';\n\
                 \n\
                 /**\n\
                 \x20* Action `{name}` of integration `{integration}`.\n\
                 \x20*\n\
                 \x20* Call the provider's API with `nango.get/post/put/patch/delete()` (Nango adds the\n\
                 \x20* connection's credentials) and return the result; throw `nango.ActionError` to fail\n\
                 \x20* with a payload the caller receives.\n\
                 \x20*/\n\
                 export default async function runAction({params}): Promise<{returns}> {{\n\
                 \x20   throw new nango.ActionError({{ message: 'action {name} is not implemented yet'{payload} }});\n\
                 }}\n",
                imports = imports.join(", "),
                name = script.name,
            )
        }
        ScriptKind::OnEvent => {
            let event = script
                .integration
                .on_events
                .iter()
                .find(|e| e.name == script.name)
                .map(|e| e.event.as_str())
                .unwrap_or_default();
            format!(
                "import type {{ NangoAction }} from '{models_path}';\n\
                 \n\
                 /**\n\
                 \x20* On-event script `{name}` of integration `{integration}`, run on `{event}`.\n\
                 \x20*/\n\
                 export default async function onEvent(nango: NangoAction): Promise<void> {{\n\
                 \x20   await nango.log(`{event}: connection ${{nango.connectionId}}`);\n\
                 }}\n",
                name = script.name,
            )
        }
    }
}

fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}
