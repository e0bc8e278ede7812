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

/// The zero-yaml example (the 0.71 line's layout): `index.ts` imports each script.
const ZERO_YAML_INDEX: &str = "\
// Every script of the project, one import each (`nango compile` reads this list).
// -- Integration: demo-github-integration
import './demo-github-integration/syncs/github-issue-example.js';
import './demo-github-integration/actions/create-issue.js';
";

/// The package.json of a zero-yaml folder: the versions the 0.71 CLI pins.
const ZERO_YAML_PACKAGE: &str = r#"{
    "name": "nango-integrations",
    "version": "1.0.0",
    "private": true,
    "type": "module",
    "scripts": {
        "compile": "nango compile",
        "dev": "nango dev"
    },
    "devDependencies": {
        "nango": "0.71.10",
        "zod": "4.3.6"
    }
}
"#;

/// The TypeScript settings zero-yaml scripts are checked with (Node 16 modules: relative
/// imports end in `.js`).
const ZERO_YAML_TSCONFIG: &str = r#"{
    "compilerOptions": {
        "module": "node16",
        "moduleResolution": "node16",
        "target": "esnext",
        "strict": true,
        "noUncheckedIndexedAccess": true,
        "noImplicitReturns": true,
        "noFallthroughCasesInSwitch": true,
        "skipLibCheck": true,
        "noEmit": true
    },
    "include": ["index.ts", "**/*.ts"],
    "exclude": ["node_modules", "dist", "build", ".nango"]
}
"#;

const ZERO_YAML_GITIGNORE: &str = "dist\nbuild\nnode_modules\n.env\n";

/// Creates a zero-yaml integrations folder at `path` (`nango init --zero-yaml`): `index.ts`, a
/// package.json that pins `nango` and `zod`, a tsconfig.json, and an example sync and action.
/// Its definitions are read with the folder's zod, so `npm install` comes before the first
/// compile. Existing files are kept.
pub fn init_zero_yaml(path: &Path) -> Result<InitReport, InitError> {
    if path.join(CONFIG_FILE).exists()
        || path.join(".nango").exists()
        || path.join(crate::zero_yaml::INDEX_FILE).exists()
    {
        return Err(InitError::AlreadyInitialized(path.to_path_buf()));
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InitError::Io { path, source }
    };
    std::fs::create_dir_all(path).map_err(io(path))?;
    let root = std::fs::canonicalize(path).map_err(io(path))?;
    let mut created = Vec::new();
    for (name, content) in [
        (".env", DOT_ENV),
        (".gitignore", ZERO_YAML_GITIGNORE),
        (".nango/.gitkeep", ""),
        (crate::zero_yaml::INDEX_FILE, ZERO_YAML_INDEX),
        ("package.json", ZERO_YAML_PACKAGE),
        ("tsconfig.json", ZERO_YAML_TSCONFIG),
        (
            "demo-github-integration/syncs/github-issue-example.ts",
            include_str!("init/zero-yaml-sync.ts"),
        ),
        (
            "demo-github-integration/actions/create-issue.ts",
            include_str!("init/zero-yaml-action.ts"),
        ),
    ] {
        let file = root.join(name);
        if file.exists() {
            continue;
        }
        write_if_changed(&file, content).map_err(io(&file))?;
        created.push(name.to_string());
    }
    created.sort();
    Ok(InitReport { root, created })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_yaml_folder_lists_its_scripts_and_refuses_twice() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("integrations");
        let report = init_zero_yaml(&target).unwrap();
        assert!(report.created.iter().any(|c| c == "index.ts"));
        assert!(crate::zero_yaml::is_zero_yaml(&target));
        let index = nango_diagnostics::SourceFile::new("index.ts", ZERO_YAML_INDEX);
        let (entries, diagnostics) = crate::zero_yaml::entry_points(&index);
        assert!(diagnostics.is_empty());
        for entry in entries {
            assert!(target.join(&entry.file).is_file(), "{}", entry.file);
        }
        assert!(matches!(
            init_zero_yaml(&target),
            Err(InitError::AlreadyInitialized(_))
        ));
    }

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
