//! `nango dev`: watch the folder and recompile what changed.
//!
//! A change to a script or a helper rebuilds only the scripts whose bundle contains that file (the
//! bundler's module cache keeps every other module transformed). A change to nango.yaml reloads
//! the config, regenerates models.ts and `.nango/*`, and rebuilds everything, because any
//! script's models may have changed. The type check runs after each rebuild when enabled.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nango_build::Bundler;
use nango_config::Config;
use nango_diagnostics::Diagnostic;
use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::compile::{
    CompiledScript, TypecheckMode, TypecheckReport, build_scripts, run_typecheck,
};
use crate::generate::write_generated;
use crate::layout::{CONFIG_FILE, Project, load_config};

/// Something the watcher wants the user to know.
#[derive(Debug)]
pub enum DevEvent {
    /// The watcher is running.
    Watching(PathBuf),
    /// nango.yaml changed and was reloaded; models.ts and `.nango/*` were regenerated.
    ConfigReloaded,
    /// Problems found by the last rebuild (config, lints, compile or type errors).
    Diagnostics(Vec<Diagnostic>),
    /// Scripts rebuilt without errors, and how long it took (type check excluded).
    Compiled {
        /// How many scripts were rebuilt.
        scripts: usize,
        /// Time spent.
        elapsed: Duration,
    },
    /// The type check ran (or could not).
    Typechecked(TypecheckReport, usize),
    /// Something went wrong that is not about the user's code (I/O, watcher).
    Failed(String),
}

/// Watches the project until the watcher fails. `on_event` is called from this thread.
pub fn watch(
    project: &Project,
    typecheck: TypecheckMode,
    on_event: &mut dyn FnMut(DevEvent),
) -> Result<(), String> {
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(Duration::from_millis(40), None, tx)
        .map_err(|e| format!("cannot start the file watcher: {e}"))?;
    debouncer
        .watch(project.root(), RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", project.root().display()))?;

    let mut state = DevState {
        project: project.clone(),
        bundler: Bundler::new(project.root()),
        config: None,
        compiled: Vec::new(),
        typecheck,
    };
    state.reload(on_event);
    on_event(DevEvent::Watching(project.root().to_path_buf()));

    for result in rx {
        let events = match result {
            Ok(events) => events,
            Err(errors) => {
                on_event(DevEvent::Failed(format!("file watcher: {errors:?}")));
                continue;
            }
        };
        let changed: HashSet<PathBuf> = events
            .iter()
            .filter(|e| !e.kind.is_access() && !e.kind.is_other())
            .flat_map(|e| e.paths.iter().cloned())
            .filter(|p| state.is_relevant(p))
            .collect();
        if changed.is_empty() {
            continue;
        }
        // A zero-yaml project's configuration is its scripts' definitions: any change may
        // change it, so everything is read again (as a nango.yaml change does).
        if state.project.is_zero_yaml()
            || changed
                .iter()
                .any(|p| p.file_name().is_some_and(|n| n == CONFIG_FILE))
        {
            on_event(DevEvent::ConfigReloaded);
            state.reload(on_event);
        } else {
            state.rebuild_changed(&changed, on_event);
        }
    }
    Ok(())
}

struct DevState {
    project: Project,
    bundler: Bundler,
    config: Option<Config>,
    compiled: Vec<CompiledScript>,
    typecheck: TypecheckMode,
}

impl DevState {
    /// Files whose change matters: sources and nango.yaml, not what we generate.
    fn is_relevant(&self, path: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(self.project.root()) else {
            return false;
        };
        let first = relative
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        if ["dist", ".nango", "node_modules", ".git"].contains(&first.as_str()) {
            return false;
        }
        // The root models.ts is generated from nango.yaml; in a zero-yaml project it is the
        // user's own.
        if first == "models.ts" && !self.project.is_zero_yaml() {
            return false;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if name == CONFIG_FILE {
            return true;
        }
        matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ts" | "mts" | "cts" | "js" | "mjs" | "cjs" | "json")
        ) && !name.contains(".tmp")
    }

    /// Reloads nango.yaml, regenerates, rebuilds everything.
    fn reload(&mut self, on_event: &mut dyn FnMut(DevEvent)) {
        let loaded = load_config(&self.project);
        let mut diagnostics = loaded.diagnostics;
        self.config = loaded.config;
        let Some(config) = &self.config else {
            on_event(DevEvent::Diagnostics(diagnostics));
            return;
        };
        if let Err(e) = write_generated(&self.project, config) {
            on_event(DevEvent::Failed(format!(
                "cannot write generated files: {e}"
            )));
        }
        let started = Instant::now();
        let scripts = config.scripts();
        let (compiled, found) = build_scripts(&self.project, &self.bundler, &scripts);
        let elapsed = started.elapsed();
        diagnostics.extend(found);
        self.compiled = compiled;
        self.report(scripts.len(), elapsed, diagnostics, on_event);
    }

    /// Rebuilds the scripts that contain one of the changed files (or are one).
    fn rebuild_changed(&mut self, changed: &HashSet<PathBuf>, on_event: &mut dyn FnMut(DevEvent)) {
        let Some(config) = &self.config else {
            // The config is broken: only a change to nango.yaml can fix that.
            return;
        };
        for path in changed {
            self.bundler.invalidate(path);
        }
        let affected: Vec<_> = config
            .scripts()
            .into_iter()
            .filter(|script| {
                let entry = self.project.script_path(script);
                changed.contains(&entry)
                    || self.compiled.iter().any(|c| {
                        c.name == script.name
                            && c.integration == script.integration.provider_config_key
                            && c.files.iter().any(|f| changed.contains(f))
                    })
                    // A script that failed before is retried on any change: the fix may be in a helper.
                    || !self.compiled.iter().any(|c| c.name == script.name && c.integration == script.integration.provider_config_key)
            })
            .collect();
        if affected.is_empty() {
            return;
        }
        let started = Instant::now();
        let (compiled, diagnostics) = build_scripts(&self.project, &self.bundler, &affected);
        let elapsed = started.elapsed();
        let rebuilt: HashSet<(String, String)> = affected
            .iter()
            .map(|s| {
                (
                    s.integration.provider_config_key.clone(),
                    s.name.to_string(),
                )
            })
            .collect();
        self.compiled
            .retain(|c| !rebuilt.contains(&(c.integration.clone(), c.name.clone())));
        self.compiled.extend(compiled);
        self.report(affected.len(), elapsed, diagnostics, on_event);
    }

    fn report(
        &self,
        scripts: usize,
        elapsed: Duration,
        diagnostics: Vec<Diagnostic>,
        on_event: &mut dyn FnMut(DevEvent),
    ) {
        let failed = diagnostics.iter().any(Diagnostic::is_error);
        if !diagnostics.is_empty() {
            on_event(DevEvent::Diagnostics(diagnostics));
        }
        if !failed {
            on_event(DevEvent::Compiled { scripts, elapsed });
        }
        if let TypecheckMode::Auto(discovery) = &self.typecheck {
            let files: Vec<PathBuf> = self
                .config
                .as_ref()
                .map(|c| crate::layout::script_files(&self.project, c))
                .unwrap_or_default()
                .into_iter()
                .filter(|p| p.is_file())
                .collect();
            let (report, diagnostics) = run_typecheck(&self.project, &files, discovery, &|_| {});
            let count = diagnostics.len();
            if count > 0 {
                on_event(DevEvent::Diagnostics(diagnostics));
            }
            on_event(DevEvent::Typechecked(report, count));
        }
    }
}
