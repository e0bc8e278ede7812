//! Where things are in an integrations folder.

use std::path::{Path, PathBuf};

use nango_config::{Config, LayoutMode, Loaded, ScriptRef};
use nango_diagnostics::{Diagnostic, SourceFile};

/// The config file's name.
pub const CONFIG_FILE: &str = "nango.yaml";

/// An integrations folder.
#[derive(Debug, Clone)]
pub struct Project {
    root: PathBuf,
}

/// Why a folder is not usable as a project.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    /// Neither this folder nor a parent has a nango.yaml.
    #[error(
        "not inside a Nango integrations folder: no nango.yaml in {} or its parents\n  hint: run `nango init` to create one, or cd into your nango-integrations folder",
        .0.display()
    )]
    NotFound(PathBuf),
    /// The starting folder cannot be read.
    #[error("cannot use folder {}: {source}", path.display())]
    Io {
        /// The folder.
        path: PathBuf,
        /// What failed.
        source: std::io::Error,
    },
}

impl Project {
    /// The project whose folder is `start` or its closest parent with a `nango.yaml` (or a
    /// `.nango/` folder, so a broken or missing nango.yaml is reported as such).
    pub fn find(start: &Path) -> Result<Self, ProjectError> {
        let start = std::fs::canonicalize(start).map_err(|source| ProjectError::Io {
            path: start.to_path_buf(),
            source,
        })?;
        start
            .ancestors()
            .find(|dir| {
                dir.join(CONFIG_FILE).is_file()
                    || dir.join(".nango").is_dir()
                    || is_zero_yaml_package(dir)
            })
            .map(|dir| Self {
                root: dir.to_path_buf(),
            })
            .ok_or(ProjectError::NotFound(start))
    }

    /// A project at a known folder.
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether it is a zero-yaml project (`index.ts`, no nango.yaml).
    pub fn is_zero_yaml(&self) -> bool {
        crate::zero_yaml::is_zero_yaml(&self.root)
    }

    /// `nango.yaml`.
    pub fn config_path(&self) -> PathBuf {
        self.root.join(CONFIG_FILE)
    }

    /// `models.ts`.
    pub fn models_path(&self) -> PathBuf {
        self.root.join("models.ts")
    }

    /// `.nango/`, where the parsed config and the JSON schema go.
    pub fn nango_dir(&self) -> PathBuf {
        self.root.join(".nango")
    }

    /// `dist/`, where bundles go.
    pub fn dist_dir(&self) -> PathBuf {
        self.root.join("dist")
    }

    /// The file of a script: the nested path (`<integration>/<kind>/<name>.ts`), or the root-level
    /// `<name>.ts` older projects use when only that one exists.
    pub fn script_path(&self, script: &ScriptRef<'_>) -> PathBuf {
        let nested = self.root.join(script.relative_path());
        if script.file.is_some() {
            return nested;
        }
        if script.layout_mode == LayoutMode::Nested && !nested.is_file() {
            let root_level = self.root.join(format!("{}.ts", script.name));
            if root_level.is_file() {
                return root_level;
            }
        }
        nested
    }

    /// A path relative to the folder, with `/`, for messages.
    pub fn display(&self, path: &Path) -> String {
        nango_build::relative_path(&self.root, path)
    }
}

/// A folder with `index.ts` and a package.json that depends on `nango`: a zero-yaml project
/// even before its first compile made `.nango/`.
fn is_zero_yaml_package(dir: &Path) -> bool {
    crate::zero_yaml::is_zero_yaml(dir)
        && std::fs::read_to_string(dir.join("package.json")).is_ok_and(|p| p.contains("\"nango\""))
}

/// Reads and validates the project's configuration: nango.yaml, or a zero-yaml project's
/// definitions (see [`crate::zero_yaml`]). A missing or unreadable file is an error diagnostic,
/// never a panic.
pub fn load_config(project: &Project) -> Loaded {
    if project.is_zero_yaml() {
        return crate::zero_yaml::load(project, &nango_build::Bundler::new(project.root()));
    }
    let path = project.config_path();
    match std::fs::read_to_string(&path) {
        Ok(text) => nango_config::load(CONFIG_FILE, &text),
        Err(e) => {
            let message = if e.kind() == std::io::ErrorKind::NotFound {
                format!("no {CONFIG_FILE} in {}", project.root.display())
            } else {
                format!("cannot read {}: {e}", path.display())
            };
            let d = Diagnostic::error("missing_config", message)
                .in_file(&SourceFile::new(CONFIG_FILE, ""))
                .with_help("create it with `nango init`, or restore it from version control");
            Loaded {
                config: None,
                diagnostics: vec![d],
            }
        }
    }
}

/// Writes a file only when its content changes, through a temporary file renamed into place, so
/// a crash never leaves a half-written file and unchanged files keep their timestamps.
pub fn write_if_changed(path: &Path, content: &str) -> std::io::Result<bool> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension(format!(
        "{}.tmp{}",
        path.extension().and_then(|e| e.to_str()).unwrap_or(""),
        std::process::id()
    ));
    std::fs::write(&tmp, content)?;
    std::fs::rename(&tmp, path)?;
    Ok(true)
}

/// Used by the compile and dev workflows: the script files of a config.
pub fn script_files(project: &Project, config: &Config) -> Vec<PathBuf> {
    config
        .scripts()
        .iter()
        .map(|s| project.script_path(s))
        .collect()
}
