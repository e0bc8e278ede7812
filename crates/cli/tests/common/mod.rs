//! Helpers for end-to-end tests: run the real `nango` binary in a temporary folder.
#![allow(dead_code)]

pub mod node;
pub mod platform;
pub mod postgres;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The result of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

impl From<Output> for Run {
    fn from(out: Output) -> Self {
        Self {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_nango")
}

/// A `nango` command in `dir`, isolated from the user's environment and caches.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(bin());
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    for var in [
        "NANGO_SECRET_KEY_DEV",
        "NANGO_SECRET_KEY_PROD",
        "NANGO_HOSTPORT",
        "NANGO_PROVIDERS_FILE",
        "NANGO_MOCKS_RESPONSE_DIRECTORY",
        "NANGO_DEPLOY_AUTO_CONFIRM",
        "NANGO_SERVER_PORT",
        "NANGO_SERVER_HOST",
        "NANGO_DATA_DIR",
        "DATABASE_URL",
        "NANGO_ENCRYPTION_KEY",
        "NANGO_LOG",
        "NANGO_SCRIPT_WORKERS",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

pub fn nango(dir: &Path, args: &[&str]) -> Run {
    command(dir, args).output().expect("run nango").into()
}

/// A fresh folder made by `nango init`.
pub fn init_project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let run = nango(dir.path(), &["init", "proj"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let root = dir.path().join("proj");
    (dir, root)
}

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Whether the tests run in CI (`CI=true`, as `.ci/run` and CI services set it): there a test
/// whose oracle is missing fails instead of passing without having run.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// An oracle a test compares against (TypeScript 7, zod, node, a real Nango client) is missing:
/// with `CI=true` the test fails saying what and how `.ci/run` installs it; elsewhere a note says
/// so and the caller returns, so machines without Node.js still run the rest of the suite.
pub fn oracle_missing(what: &str, install: &str) {
    let message = format!("{what} is missing: {install}");
    assert!(!in_ci(), "CI=true and {message}");
    eprintln!("note: {message} (test skipped; with CI=true it fails)");
}

/// How `.ci/run` installs an npm package the tests use, for [`oracle_missing`].
pub fn npm_install(prefix: &str, spec: &str) -> String {
    format!(
        "`.ci/run` installs it with `npm install --prefix {prefix} {spec}` and sets NANGO_TEST_NODE_MODULES=target/ci-node/node_modules"
    )
}

/// A TypeScript compiler for tests: `NANGO_TSC`, or the native tsc 7 under `NANGO_TEST_NODE_MODULES`
/// (which `.ci/run` installs). `None` when neither is there ([`oracle_missing`]: the type-check
/// tests then skip, or fail in CI).
pub fn tsc() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("NANGO_TSC") {
        return Some(PathBuf::from(path));
    }
    let exe = std::env::var_os("NANGO_TEST_NODE_MODULES")
        .map(|modules| PathBuf::from(modules).join("@typescript/typescript-linux-x64/lib/tsc"))
        .filter(|exe| exe.is_file());
    if exe.is_none() {
        oracle_missing(
            "TypeScript 7 (NANGO_TSC, or typescript@7 under NANGO_TEST_NODE_MODULES)",
            &npm_install("target/ci-node", "typescript@7"),
        );
    }
    exe
}

/// `node`, when installed (bundles are executed with it to prove they run).
pub fn node() -> Option<&'static str> {
    Command::new("node")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| "node")
}

/// [`node`], or `None` after [`oracle_missing`] (the test skips, or fails in CI).
pub fn node_oracle() -> Option<&'static str> {
    let node = node();
    if node.is_none() {
        oracle_missing(
            "node (Node.js on PATH)",
            "install Node.js; `.ci/run` needs it (and npm) for the other oracles too",
        );
    }
    node
}

/// Runs a bundle's default export with node. `nango_object` is the JavaScript source of the fake
/// `nango` the script gets; it records what it receives by pushing into the array `out`, which is
/// returned as JSON. `None` when node is not installed ([`node_oracle`]).
pub fn run_bundle(dist: &Path, nango_object: &str) -> Option<serde_json::Value> {
    let node = node_oracle()?;
    let harness = format!(
        "const script = require({dist:?});\nconst out = [];\nconst nango = {nango_object};\nscript.default(nango).then(() => console.log(JSON.stringify(out)));\n"
    );
    let output = Command::new(node)
        .arg("-e")
        .arg(harness)
        .current_dir("/")
        .output()
        .expect("run node");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("JSON from the harness"))
}
