//! Helpers for end-to-end tests: run the real `nango` binary in a temporary folder.
#![allow(dead_code)]

pub mod platform;

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

/// A TypeScript compiler for tests: `NANGO_TSC`, or the native tsc 7 under `NANGO_TEST_NODE_MODULES`
/// (which `.ci/run` installs). `None` when neither is there: type-check tests then skip.
pub fn tsc() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("NANGO_TSC") {
        return Some(PathBuf::from(path));
    }
    let modules = std::env::var_os("NANGO_TEST_NODE_MODULES").map(PathBuf::from)?;
    let exe = modules.join("@typescript/typescript-linux-x64/lib/tsc");
    exe.is_file().then_some(exe)
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

/// Runs a bundle's default export with node. `nango_object` is the JavaScript source of the fake
/// `nango` the script gets; it records what it receives by pushing into the array `out`, which is
/// returned as JSON. `None` when node is not installed.
pub fn run_bundle(dist: &Path, nango_object: &str) -> Option<serde_json::Value> {
    let Some(node) = node() else {
        eprintln!("note: node not found, not executing the bundle");
        return None;
    };
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
