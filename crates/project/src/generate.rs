//! `nango generate`: models.ts, `.nango/*`, and scaffolds for scripts without a file.

use std::path::PathBuf;

use nango_config::{Config, codegen};

use crate::VERSION;
use crate::layout::{Project, write_if_changed};

/// What `generate` wrote.
#[derive(Debug, Default, Clone)]
pub struct GenerateReport {
    /// Generated files whose content changed.
    pub updated: Vec<PathBuf>,
    /// Script files created from a scaffold.
    pub scaffolded: Vec<PathBuf>,
}

/// Writes models.ts and `.nango/{nango.json,schema.json,schema.ts,.gitkeep}` for a valid config.
pub fn write_generated(project: &Project, config: &Config) -> std::io::Result<Vec<PathBuf>> {
    let nango_dir = project.nango_dir();
    let json =
        |value: serde_json::Value| serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
    // A zero-yaml project's models are its zod schemas: no models.ts or schema.ts (a models.ts
    // there is the user's own), and nango.json in the 0.71 CLI's shape.
    if let Some(zero_yaml) = &config.zero_yaml {
        let files = [
            (
                nango_dir.join("nango.json"),
                json(crate::zero_yaml::nango_json(config, zero_yaml)),
            ),
            (
                nango_dir.join("schema.json"),
                json(codegen::schema_json(config, VERSION)),
            ),
            (nango_dir.join(".gitkeep"), String::new()),
        ];
        let mut updated = Vec::new();
        for (path, content) in files {
            if write_if_changed(&path, &content)? {
                updated.push(path);
            }
        }
        return Ok(updated);
    }
    let files = [
        (project.models_path(), codegen::models_ts(config, VERSION)),
        (
            nango_dir.join("nango.json"),
            json(codegen::nango_json(config)),
        ),
        (
            nango_dir.join("schema.json"),
            json(codegen::schema_json(config, VERSION)),
        ),
        (
            nango_dir.join("schema.ts"),
            codegen::schema_ts(config, VERSION),
        ),
        (nango_dir.join(".gitkeep"), String::new()),
    ];
    let mut updated = Vec::new();
    for (path, content) in files {
        if write_if_changed(&path, &content)? {
            updated.push(path);
        }
    }
    Ok(updated)
}

/// Writes the generated files and creates a scaffold for every script that has no file yet.
/// Existing scripts are never touched.
pub fn generate(project: &Project, config: &Config) -> std::io::Result<GenerateReport> {
    let updated = write_generated(project, config)?;
    let mut scaffolded = Vec::new();
    // A zero-yaml project's scripts are its configuration: there is nothing to scaffold.
    let scripts = if config.zero_yaml.is_some() {
        Vec::new()
    } else {
        config.scripts()
    };
    for script in scripts {
        let path = project.script_path(&script);
        if path.exists() {
            continue;
        }
        write_if_changed(&path, &codegen::scaffold(&script))?;
        scaffolded.push(path);
    }
    Ok(GenerateReport {
        updated,
        scaffolded,
    })
}
