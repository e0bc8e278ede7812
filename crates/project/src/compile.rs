//! `nango compile`: every script → `dist/<script>-<integration>.js` (+ `.map`), with lints and
//! an optional real TypeScript type check running alongside.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use nango_build::Bundler;
use nango_build::lint::{LintTarget, lint};
use nango_config::{Config, ScriptKind, ScriptRef};
use nango_diagnostics::{Diagnostic, SourceFile};
use nango_typecheck::{Discovery, Outcome, TypecheckOptions};

use crate::generate::write_generated;
use crate::layout::{Project, write_if_changed};

/// Whether to run the TypeScript type check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypecheckMode {
    /// Run it when a compiler is available, searched for as the [`Discovery`] says (which may
    /// allow installing TypeScript 7 into the cache).
    Auto(Discovery),
    /// Skip it (`--no-typecheck`).
    Off,
}

/// Options of a compile.
#[derive(Debug, Clone)]
pub struct CompileOptions {
    /// Type check or not.
    pub typecheck: TypecheckMode,
    /// Only these scripts (by name); all when empty.
    pub only: Vec<String>,
}

/// One compiled script.
#[derive(Debug, Clone)]
pub struct CompiledScript {
    /// Integration id.
    pub integration: String,
    /// Script name.
    pub name: String,
    /// Sync, action or on-event.
    pub kind: ScriptKind,
    /// The TypeScript entry file.
    pub source: PathBuf,
    /// The bundle written.
    pub dist: PathBuf,
    /// Every project file of the bundle (entry first), for the watcher.
    pub files: Vec<PathBuf>,
}

/// How the type check went.
#[derive(Debug, Clone)]
pub enum TypecheckReport {
    /// It ran, with this compiler, in this time.
    Checked {
        /// e.g. `typescript 7.0.2 (native)`.
        compiler: String,
        /// Time taken by tsc.
        elapsed: Duration,
    },
    /// It could not run, and why.
    Unavailable(String),
    /// `--no-typecheck`.
    Skipped,
}

/// The result of a compile.
#[derive(Debug, Clone)]
pub struct CompileReport {
    /// Scripts whose bundle was written.
    pub compiled: Vec<CompiledScript>,
    /// Problems found (lint warnings included), script by script, then the type check's.
    pub diagnostics: Vec<Diagnostic>,
    /// Time spent transpiling and bundling (the type check runs alongside).
    pub build_time: Duration,
    /// The type check.
    pub typecheck: TypecheckReport,
}

impl CompileReport {
    /// Whether an error was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Compiles a project: refreshes models.ts and `.nango/*`, then bundles, lints and type-checks
/// the scripts. `progress` receives one-line notices (e.g. a TypeScript install).
pub fn compile(
    project: &Project,
    config: &Config,
    bundler: &Bundler,
    options: &CompileOptions,
    progress: &(dyn Fn(&str) + Sync),
) -> std::io::Result<CompileReport> {
    write_generated(project, config)?;
    let scripts: Vec<ScriptRef<'_>> = config
        .scripts()
        .into_iter()
        .filter(|s| options.only.is_empty() || options.only.iter().any(|o| o == s.name))
        .collect();
    let existing: Vec<PathBuf> = scripts
        .iter()
        .map(|s| project.script_path(s))
        .filter(|p| p.is_file())
        .collect();

    let (built, typecheck) = std::thread::scope(|scope| {
        let typecheck = scope.spawn(|| match &options.typecheck {
            TypecheckMode::Off => (TypecheckReport::Skipped, Vec::new()),
            TypecheckMode::Auto(discovery) => {
                run_typecheck(project, &existing, discovery, progress)
            }
        });
        let started = Instant::now();
        let built = build_scripts(project, bundler, &scripts);
        let build_time = started.elapsed();
        let typecheck = typecheck.join().unwrap_or((
            TypecheckReport::Unavailable("the type check crashed".into()),
            Vec::new(),
        ));
        ((built, build_time), typecheck)
    });
    let ((compiled, mut diagnostics), build_time) = built;
    let (typecheck, type_errors) = typecheck;
    diagnostics.extend(without_duplicates_of(type_errors, &diagnostics));
    Ok(CompileReport {
        compiled,
        diagnostics,
        build_time,
        typecheck,
    })
}

/// tsc reports syntax errors our parser already reported: keep one report per file and line.
fn without_duplicates_of(type_errors: Vec<Diagnostic>, reported: &[Diagnostic]) -> Vec<Diagnostic> {
    let key = |d: &Diagnostic| Some((d.location.as_ref()?.file.name.clone(), d.line_col()?.0));
    let taken: HashSet<_> = reported
        .iter()
        .filter(|d| d.is_error())
        .filter_map(key)
        .collect();
    type_errors
        .into_iter()
        .filter(|d| key(d).is_none_or(|k| !taken.contains(&k)))
        .collect()
}

/// Runs the type check over `scripts` with a compiler found as `discovery` says: its report and
/// the type errors.
pub(crate) fn run_typecheck(
    project: &Project,
    scripts: &[PathBuf],
    discovery: &Discovery,
    progress: &(dyn Fn(&str) + Sync),
) -> (TypecheckReport, Vec<Diagnostic>) {
    let zero_yaml = project.is_zero_yaml();
    let options = TypecheckOptions {
        zero_yaml,
        ..TypecheckOptions::default()
    };
    // A zero-yaml project is checked from its index.ts, with the types of `nango` and `zod` from
    // its node_modules, as Nango's 0.71 CLI checks it.
    let entry = if zero_yaml {
        if !has_package(project.root(), "nango") {
            return (
                TypecheckReport::Unavailable(
                    "a zero-yaml project's type check reads the types of `nango` and `zod` from its node_modules: run `npm install`".into(),
                ),
                Vec::new(),
            );
        }
        project.root().join("index.ts")
    } else {
        project.models_path()
    };
    match nango_typecheck::check_project(
        project.root(),
        &entry,
        scripts,
        &options,
        discovery,
        &|m| progress(m),
    ) {
        Ok(Outcome::Checked {
            diagnostics,
            compiler,
            elapsed,
        }) => (TypecheckReport::Checked { compiler, elapsed }, diagnostics),
        Ok(Outcome::Unavailable { reason }) => (TypecheckReport::Unavailable(reason), Vec::new()),
        Err(e) => (
            TypecheckReport::Unavailable(e.to_string()),
            vec![Diagnostic::error(
                "typecheck_failed",
                format!("the TypeScript type check failed: {e}"),
            )],
        ),
    }
}

/// Whether `node_modules/<name>` is installed in the folder or one above it.
fn has_package(root: &Path, name: &str) -> bool {
    root.ancestors().any(|dir| {
        dir.join("node_modules")
            .join(name)
            .join("package.json")
            .is_file()
    })
}

/// Bundles and lints scripts in parallel and writes their bundles. Diagnostics come back in
/// script order, duplicates (a helper shared by several scripts) removed.
pub fn build_scripts(
    project: &Project,
    bundler: &Bundler,
    scripts: &[ScriptRef<'_>],
) -> (Vec<CompiledScript>, Vec<Diagnostic>) {
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(scripts.len().max(1));
    let mut results: Vec<(usize, ScriptOutcome)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(script) = scripts.get(i) else { break };
                        out.push((i, build_script(project, bundler, script)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);

    let mut compiled = Vec::new();
    let mut diagnostics = Vec::new();
    let mut seen = HashSet::new();
    for (_, (result, findings)) in results {
        let errors = match result {
            Ok(script) => {
                compiled.push(script);
                Vec::new()
            }
            Err(errors) => errors,
        };
        for d in errors.into_iter().chain(findings) {
            if seen.insert(d.to_string()) {
                diagnostics.push(d);
            }
        }
    }
    (compiled, diagnostics)
}

/// A script's bundle (or its errors), and its lint findings.
type ScriptOutcome = (Result<CompiledScript, Vec<Diagnostic>>, Vec<Diagnostic>);

/// One script: the bundle (or its errors) and the lint findings.
fn build_script(project: &Project, bundler: &Bundler, script: &ScriptRef<'_>) -> ScriptOutcome {
    let source = project.script_path(script);
    if !source.is_file() {
        let expected = project.display(&source);
        let d = Diagnostic::error(
            "missing_script",
            format!(
                "{} `{}` of integration `{}` has no script file",
                script.kind.noun(),
                script.name,
                script.integration.provider_config_key
            ),
        )
        .in_file(&SourceFile::new(expected, ""))
        .with_help("create it, or run `nango generate` to write a scaffold");
        return (Err(vec![d]), Vec::new());
    }
    let dist_name = script.dist_file_name();
    let bundle = match bundler.bundle(&source, &dist_name) {
        Ok(bundle) => bundle,
        Err(errors) => return (Err(errors), Vec::new()),
    };
    let mut findings = Vec::new();
    let project_files: Vec<PathBuf> = bundle
        .files
        .iter()
        .filter(|f| !nango_build::resolve::in_node_modules(f))
        .cloned()
        .collect();
    for (i, file) in project_files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let source_file = SourceFile::new(project.display(file), text);
        let target = LintTarget {
            kind: script.kind,
            script: script.name,
            outputs: script.output,
            is_entry: i == 0,
        };
        findings.extend(lint(&source_file, target));
    }
    if findings.iter().any(Diagnostic::is_error) {
        return (Err(Vec::new()), findings);
    }
    let dist = project.dist_dir().join(&dist_name);
    let written = write_if_changed(&dist, &bundle.code)
        .and_then(|_| write_if_changed(&dist.with_extension("js.map"), &bundle.map));
    if let Err(e) = written {
        let d = Diagnostic::error(
            "write_error",
            format!("cannot write {}: {e}", dist.display()),
        );
        return (Err(vec![d]), findings);
    }
    let compiled = CompiledScript {
        integration: script.integration.provider_config_key.clone(),
        name: script.name.to_string(),
        kind: script.kind,
        source,
        dist,
        files: project_files,
    };
    (Ok(compiled), findings)
}
