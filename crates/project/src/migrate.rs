//! `nango migrate-to-zero-yaml`: turns a nango.yaml project into a zero-yaml one, as the 0.71
//! CLI's command of that name does: the models become zod schemas in `models.ts`, each script
//! default-exports `createSync` / `createAction` / `createOnEvent` with the fields nango.yaml
//! gave it, helper files import the SDK types from `nango`, `index.ts` imports every script,
//! package.json gets `nango` and `zod`, and nango.yaml goes.
//!
//! Everything is computed before anything is written: a script that cannot be rewritten stops
//! the migration with the project untouched. The recordings (`mocks/`, `tests/*.test.json`)
//! are left as they are: `nango test` replays them for the migrated scripts.

use std::path::{Path, PathBuf};

use nango_build::migrate::{ScriptMigration, migrate_helper, migrate_script};
use nango_config::codegen::{definition_fields, loose_id_models, models_zod_ts};
use nango_config::{LayoutMode, ScriptKind};
use nango_diagnostics::{Diagnostic, SourceFile};
use serde_json::{Map, Value};

use crate::layout::{Project, load_config};

/// The versions package.json pins for a migrated project (the 0.71 line's).
const NANGO_VERSION: &str = "0.71.10";
const ZOD_VERSION: &str = "4.3.6";

/// What the migration did.
#[derive(Debug, Default)]
pub struct MigrationReport {
    /// Files written (relative to the project, `/`), in order.
    pub written: Vec<String>,
    /// Script files left as they were, and why (symbolic links: their target belongs to
    /// another folder).
    pub skipped: Vec<(String, String)>,
    /// What changed in meaning and may need a look.
    pub notes: Vec<String>,
}

/// Why the migration did not happen.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// The folder is already zero-yaml.
    #[error("{0} is already a zero-yaml project (it has index.ts and no nango.yaml)")]
    AlreadyZeroYaml(String),
    /// nango.yaml or a script has errors.
    #[error("the project has errors; fix them first")]
    Invalid(Vec<Diagnostic>),
    /// A file could not be read or written.
    #[error("{path}: {error}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        error: std::io::Error,
    },
}

/// Migrates the project in place.
pub fn migrate_to_zero_yaml(project: &Project) -> Result<MigrationReport, MigrateError> {
    if project.is_zero_yaml() {
        return Err(MigrateError::AlreadyZeroYaml(
            project.root().display().to_string(),
        ));
    }
    let loaded = load_config(project);
    let Some(config) = loaded.config else {
        return Err(MigrateError::Invalid(loaded.diagnostics));
    };
    let io = |path: &Path| {
        let path = project.display(path);
        move |error| MigrateError::Io { path, error }
    };
    let model_names: Vec<String> = config.models.keys().cloned().collect();
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut report = MigrationReport::default();
    let mut errors = Vec::new();
    let mut index = String::from(
        "// Every script of the project, one import each (`nango compile` reads this list).\n",
    );
    let mut scripts = Vec::new();
    for integration in &config.integrations {
        index.push_str(&format!(
            "// -- Integration: {}\n",
            integration.provider_config_key
        ));
        for script in config
            .scripts()
            .into_iter()
            .filter(|s| s.integration.provider_config_key == integration.provider_config_key)
        {
            let path = project.script_path(&script);
            let relative = project.display(&path);
            if script.layout_mode == LayoutMode::Root || !relative.contains('/') {
                errors.push(
                    Diagnostic::error(
                        "root_level_script",
                        format!(
                            "{relative} is at the project's root: zero-yaml scripts live in <integration>/{}/",
                            script.kind.folder()
                        ),
                    )
                    .with_help(format!(
                        "move it to {}/{}/{}.ts and update nango.yaml, then migrate",
                        integration.provider_config_key,
                        script.kind.folder(),
                        script.name
                    )),
                );
                continue;
            }
            index.push_str(&format!(
                "import './{}';\n",
                relative.trim_end_matches(".ts").to_string() + ".js"
            ));
            if has_symlink(project.root(), &path) {
                report.skipped.push((
                    relative,
                    "a symbolic link: migrate the folder it points to".into(),
                ));
                scripts.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(io(&path))?;
            let fields = definition_fields(&script, &config);
            let depth = relative.matches('/').count();
            let models_import = format!("{}models.js", "../".repeat(depth));
            let migration = ScriptMigration {
                helper: match script.kind {
                    ScriptKind::Sync => "createSync",
                    ScriptKind::Action => "createAction",
                    ScriptKind::OnEvent => "createOnEvent",
                },
                fields: &fields,
                models: &model_names,
                models_import: &models_import,
            };
            match migrate_script(&SourceFile::new(relative.clone(), text), &migration) {
                Ok(migrated) => {
                    if !migrated.unexported.is_empty() {
                        report.notes.push(format!(
                            "{relative}: no longer exports {} (a zero-yaml script exports only its definition and types; move what other files import into a helper file)",
                            migrated.unexported.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                        ));
                    }
                    files.push((path.clone(), migrated.text));
                }
                Err(d) => errors.push(d),
            }
            scripts.push(path);
        }
        index.push('\n');
    }
    if !errors.is_empty() {
        return Err(MigrateError::Invalid(errors));
    }

    // Helper modules: every other .ts file of the project.
    for path in typescript_files(project.root()) {
        let relative = project.display(&path);
        if scripts.contains(&path)
            || relative == "models.ts"
            || relative == "index.ts"
            || has_symlink(project.root(), &path)
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(io(&path))?;
        if let Some(migrated) = migrate_helper(&text) {
            files.push((path, migrated));
        }
    }

    files.push((project.models_path(), models_zod_ts(&config)));
    for model in loose_id_models(&config) {
        report.notes.push(format!(
            "model `{model}`: its `id` was not a required string in nango.yaml and is `z.string()` now, as zero-yaml sync models need; the type check asks the script to save `String(id)`"
        ));
    }
    files.push((
        project.root().join("index.ts"),
        index.trim_end().to_string() + "\n",
    ));
    let package_path = project.root().join("package.json");
    let package = match std::fs::read_to_string(&package_path) {
        Ok(text) => serde_json::from_str::<Value>(&text).map_err(|e| {
            MigrateError::Invalid(vec![
                Diagnostic::error(
                    "invalid_package_json",
                    format!("package.json is not valid JSON: {e}"),
                )
                .in_file(&SourceFile::new("package.json", text.clone())),
            ])
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => serde_json::json!({
            "name": "nango-integrations",
            "version": "1.0.0",
            "private": true,
            "type": "module",
        }),
        Err(e) => return Err(io(&package_path)(e)),
    };
    files.push((package_path, with_dependencies(package)));

    for (path, content) in &files {
        crate::layout::write_if_changed(path, content).map_err(io(path))?;
        report.written.push(project.display(path));
    }
    let config_path = project.config_path();
    std::fs::remove_file(&config_path).map_err(io(&config_path))?;
    Ok(report)
}

/// package.json with `nango` and `zod` as development dependencies (and not as dependencies).
fn with_dependencies(mut package: Value) -> String {
    if let Some(object) = package.as_object_mut() {
        if let Some(Value::Object(dependencies)) = object.get_mut("dependencies") {
            dependencies.remove("nango");
            dependencies.remove("zod");
        }
        let dev = object
            .entry("devDependencies")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(dev) = dev {
            dev.insert("nango".into(), Value::String(NANGO_VERSION.into()));
            dev.insert("zod".into(), Value::String(ZOD_VERSION.into()));
        }
    }
    serde_json::to_string_pretty(&package).unwrap_or_default() + "\n"
}

/// Whether the file or a folder between it and the project root is a symbolic link.
fn has_symlink(root: &Path, path: &Path) -> bool {
    let mut current = path.to_path_buf();
    while current.starts_with(root) && current != root {
        if current
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            return true;
        }
        if !current.pop() {
            break;
        }
    }
    false
}

/// The project's `.ts` files outside `node_modules`, `.nango`, `dist` and `build`.
fn typescript_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !matches!(
                    name.as_ref(),
                    "node_modules" | ".nango" | "dist" | "build" | ".git"
                ) {
                    stack.push(path);
                }
            } else if name.ends_with(".ts") && !name.ends_with(".d.ts") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_gets_nango_and_zod_as_dev_dependencies() {
        let text = with_dependencies(serde_json::json!({
            "name": "x",
            "dependencies": { "zod": "3", "lodash": "4" },
            "devDependencies": { "typescript": "5" }
        }));
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["dependencies"], serde_json::json!({ "lodash": "4" }));
        assert_eq!(
            value["devDependencies"],
            serde_json::json!({ "typescript": "5", "nango": NANGO_VERSION, "zod": ZOD_VERSION })
        );
    }
}
