//! The Node.js side of the tests: the real Nango packages and playwright-core from npm (under
//! `NANGO_TEST_NODE_MODULES`, where `.ci/run` installs them), Debian's chromium, and the
//! harness scripts of `tests/compat/` that drive them.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use super::{Run, node_oracle, npm_install, oracle_missing};

/// The `node_modules` folder that holds a package (`nango-node-060`, `nango-node-071` or
/// `nango`), or `None` after [`oracle_missing`] when it cannot be used here (the test skips, or
/// fails in CI).
pub fn modules(package: &str) -> Option<PathBuf> {
    node_oracle()?;
    let modules = std::env::var_os("NANGO_TEST_NODE_MODULES").map(PathBuf::from);
    let (modules, prefix, spec) = match package {
        "nango" => (
            modules.and_then(|m| Some(m.parent()?.join("nango-cli/node_modules"))),
            "target/ci-node/nango-cli",
            "nango@0.60.5",
        ),
        // The 0.71 CLI with the zod it pins, in a prefix of its own (its `nango` is not 0.60's).
        "nango@0.71" => (
            modules.and_then(|m| Some(m.parent()?.join("nango-cli-071/node_modules"))),
            "target/ci-node/nango-cli-071",
            "nango@0.71.10 zod@4.3.6",
        ),
        "nango-node-060" => (
            modules,
            "target/ci-node",
            "nango-node-060@npm:@nangohq/node@0.60.5",
        ),
        "nango-node-071" => (
            modules,
            "target/ci-node",
            "nango-node-071@npm:@nangohq/node@0.71.10",
        ),
        "@nangohq/frontend" => (modules, "target/ci-node", "@nangohq/frontend@0.71.10"),
        "playwright-core" => (modules, "target/ci-node", "playwright-core@1"),
        "zod4" => (modules, "target/ci-node", "zod4@npm:zod@4.3.6"),
        other => panic!("no install known for {other}"),
    };
    let folder = package
        .split('@')
        .next()
        .filter(|f| !f.is_empty())
        .unwrap_or(package);
    let folder = if package.starts_with('@') {
        package
    } else {
        folder
    };
    let found = modules.filter(|m| m.join(folder).join("package.json").is_file());
    if found.is_none() {
        oracle_missing(
            &format!("the real client {package} (a package under NANGO_TEST_NODE_MODULES)"),
            &npm_install(prefix, spec),
        );
    }
    found
}

/// Debian's chromium, or `None` after [`oracle_missing`].
pub fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if path.is_file() {
        return Some(path);
    }
    oracle_missing(
        "chromium (Debian's package, /usr/bin/chromium)",
        "`.ci/run` installs it with `apt-get install -y chromium`",
    );
    None
}

/// Runs a harness of `tests/compat/` with node; what it printed as JSON.
pub fn harness(name: &str, args: &[&str]) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/compat")
        .join(name);
    let output = Command::new("node")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    let run = Run::from(output);
    assert_eq!(run.code, 0, "{}", run.all());
    serde_json::from_str(run.stdout.trim()).unwrap_or_else(|e| panic!("{e}: {}", run.all()))
}
