//! `nango init`: a new integrations folder with a working example.

use std::path::{Path, PathBuf};

use nango_config::codegen;

use crate::generate::write_generated;
use crate::layout::{CONFIG_FILE, Project, write_if_changed};

/// The example nango.yaml: one GitHub sync.
const EXAMPLE_CONFIG: &str = "\
integrations:
  demo-github-integration:
    syncs:
      github-issue-example:
        description: |
          Saves the issues of every repository the connected GitHub user can see.
          Full sync: each run fetches all issues again; deleted issues are not tracked.
        endpoint:
          method: GET
          path: /example/github/issues
          group: Issues
        sync_type: full
        track_deletes: false
        runs: every half hour
        auto_start: true
        scopes: public_repo
        output: GithubIssue

models:
  GithubIssue:
    id: integer
    owner: string
    repo: string
    issue_number: number
    title: string
    author: string
    author_id: string
    state: string
    date_created: date
    date_last_modified: date
";

const EXAMPLE_SCRIPT_PATH: &str = "demo-github-integration/syncs/github-issue-example.ts";

const DOT_ENV: &str = "\
# Secret keys of your Nango environments, read by `nango deploy <env>` and `nango dryrun`.
# Find them in your environment settings (or run `nango server keys` on a self-hosted nango-rs).
#NANGO_SECRET_KEY_DEV=xxxx-xxx-xxxx
#NANGO_SECRET_KEY_PROD=xxxx-xxx-xxxx

# The Nango instance the CLI talks to (default https://api.nango.dev).
# A self-hosted server listens on http://localhost:3003 by default.
#NANGO_HOSTPORT=https://api.nango.dev

# Deploy without asking for confirmation.
#NANGO_DEPLOY_AUTO_CONFIRM=false
";

const GITIGNORE: &str = "dist\n.env\n";

/// What `init` created.
#[derive(Debug, Clone)]
pub struct InitReport {
    /// The new folder (absolute).
    pub root: PathBuf,
    /// Files created, relative to the folder.
    pub created: Vec<String>,
}

/// Why `init` did nothing.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder already has a nango.yaml or a `.nango/` folder.
    #[error("{} is already a Nango integrations folder: nothing was changed", .0.display())]
    AlreadyInitialized(PathBuf),
    /// A file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What failed.
        source: std::io::Error,
    },
}

/// Creates an integrations folder at `path` (created if needed). Existing files such as a
/// `.gitignore` are kept.
pub fn init(path: &Path) -> Result<InitReport, InitError> {
    if path.join(CONFIG_FILE).exists() || path.join(".nango").exists() {
        return Err(InitError::AlreadyInitialized(path.to_path_buf()));
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InitError::Io { path, source }
    };
    std::fs::create_dir_all(path).map_err(io(path))?;
    let root = std::fs::canonicalize(path).map_err(io(path))?;
    let project = Project::at(&root);

    let mut created = Vec::new();
    for (name, content) in [
        (".env", DOT_ENV),
        (".gitignore", GITIGNORE),
        (CONFIG_FILE, EXAMPLE_CONFIG),
        (EXAMPLE_SCRIPT_PATH, codegen::EXAMPLE_SYNC_SCRIPT),
    ] {
        let file = root.join(name);
        if file.exists() {
            continue;
        }
        write_if_changed(&file, content).map_err(io(&file))?;
        created.push(name.to_string());
    }
    let loaded = nango_config::load(CONFIG_FILE, EXAMPLE_CONFIG);
    let config = loaded.config.expect("the example nango.yaml is valid");
    for file in write_generated(&project, &config).map_err(io(&root))? {
        created.push(project.display(&file));
    }
    created.sort();
    Ok(InitReport { root, created })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_is_valid_without_warnings() {
        let loaded = nango_config::load(CONFIG_FILE, EXAMPLE_CONFIG);
        assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    }

    #[test]
    fn init_creates_the_folder_and_refuses_twice() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nango-integrations");
        let report = init(&target).unwrap();
        for file in [
            ".env",
            ".gitignore",
            "nango.yaml",
            "models.ts",
            ".nango/nango.json",
            ".nango/schema.json",
            EXAMPLE_SCRIPT_PATH,
        ] {
            assert!(
                report.created.iter().any(|c| c == file),
                "{file} not in {:?}",
                report.created
            );
            assert!(target.join(file).is_file(), "{file}");
        }
        assert!(matches!(
            init(&target),
            Err(InitError::AlreadyInitialized(_))
        ));
    }
}
