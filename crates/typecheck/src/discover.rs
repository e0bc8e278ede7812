//! Finding a TypeScript compiler: the `NANGO_TSC` override, the project's own `typescript` package,
//! then TypeScript 7 in the nango-rs cache, installed there with npm on first use.
//!
//! This crate reads no environment: the caller gathers the machine's settings once into
//! [`Discovery`] (the CLI from `NANGO_TSC`, `NANGO_CACHE_DIR`, `HOME` and `PATH`), so the search is
//! a plain function of its inputs and tests can describe any machine without touching process
//! state.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Subfolder of the cache that holds the npm-installed TypeScript 7.
const CACHE_SUBDIR: &str = "typescript-7";

/// What to do when no compiler is found, appended to every "unavailable" reason.
const WHAT_TO_DO: &str =
    "install Node.js, or run `npm install -D typescript@7` in the folder, or pass --no-typecheck";

/// A TypeScript compiler that can be run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compiler {
    /// The native TypeScript 7 executable, run directly (no node, fast start-up).
    Native {
        /// Path to the executable.
        exe: PathBuf,
        /// Version from the package's `package.json`, when known.
        version: Option<String>,
    },
    /// The JavaScript compiler of TypeScript 5 or 6, run as `node <tsc_js>`.
    Node {
        /// The node executable.
        node: PathBuf,
        /// The package's `bin/tsc` script.
        tsc_js: PathBuf,
        /// Version from the package's `package.json`, when known.
        version: Option<String>,
    },
}

impl Compiler {
    /// The TypeScript version, when it could be read from the package.
    pub fn version(&self) -> Option<&str> {
        match self {
            Self::Native { version, .. } | Self::Node { version, .. } => version.as_deref(),
        }
    }

    /// The program to start, for error messages.
    pub(crate) fn program(&self) -> &Path {
        match self {
            Self::Native { exe, .. } => exe,
            Self::Node { node, .. } => node,
        }
    }

    /// A command that runs the compiler; the caller adds tsc's own arguments.
    pub(crate) fn command(&self) -> Command {
        match self {
            Self::Native { exe, .. } => Command::new(exe),
            Self::Node { node, tsc_js, .. } => {
                let mut command = Command::new(node);
                command.arg(tsc_js);
                command
            }
        }
    }
}

/// `typescript 7.0.2 (native)` or `typescript 5.9.3 (node)`.
impl fmt::Display for Compiler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self {
            Self::Native { .. } => "native",
            Self::Node { .. } => "node",
        };
        match self.version() {
            Some(version) => write!(f, "typescript {version} ({kind})"),
            None => write!(f, "typescript ({kind}, {})", self.program().display()),
        }
    }
}

/// The inputs of the compiler search that depend on the machine, gathered once by the caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovery {
    /// A tsc to use without searching (the user's `NANGO_TSC`): a native TypeScript 7 binary, or
    /// a JavaScript `tsc` (a file starting with `#!` or ending in `.js`) run with node.
    pub tsc_override: Option<PathBuf>,
    /// The nango-rs cache folder (TypeScript 7 is installed into its `typescript-7` subfolder);
    /// `None` when no home or cache folder is known.
    pub cache_dir: Option<PathBuf>,
    /// The `PATH` searched for `node` and `npm`.
    pub path: Option<OsString>,
    /// Whether TypeScript 7 may be installed into the cache with npm when nothing else is found.
    pub allow_install: bool,
}

/// Finds a compiler for the project at `project_root`; see the crate docs for the order.
/// `Err` carries the reason none is available, ending with what the user can do about it.
pub fn find_compiler_with(
    project_root: &Path,
    discovery: &Discovery,
    progress: &dyn Fn(&str),
) -> Result<Compiler, String> {
    let node = || which("node", discovery.path.as_deref());

    if let Some(tsc) = &discovery.tsc_override {
        return from_override(tsc, node);
    }

    // Why the project's own compiler could not be used, said before the final advice.
    let mut notes = Vec::new();
    // The project's TypeScript 5/6 runs on node, about ten times slower than the native
    // TypeScript 7: it is used only when no TypeScript 7 can be found or installed.
    let mut slow_fallback = None;
    if let Some(package) = find_typescript_package(project_root) {
        match package_version(&package) {
            Some(version) if major(&version) >= Some(7) => match native_exe(&package) {
                Some(exe) => {
                    return Ok(Compiler::Native {
                        exe,
                        version: Some(version),
                    });
                }
                None => notes.push(format!(
                    "typescript {version} in {} has no native compiler for this machine \
                     (@typescript/{} is not installed)",
                    package.display(),
                    platform_package().unwrap_or_else(|| "typescript-<platform>".into()),
                )),
            },
            Some(version) if major(&version) >= Some(5) => match node() {
                Some(node) => {
                    slow_fallback = Some(Compiler::Node {
                        node,
                        tsc_js: package.join("bin").join("tsc"),
                        version: Some(version),
                    });
                }
                None => notes.push(format!(
                    "typescript {version} in {} needs node, which is not on PATH",
                    package.display()
                )),
            },
            Some(version) => notes.push(format!(
                "typescript {version} in {} is too old (5.0 or newer is needed)",
                package.display()
            )),
            None => notes.push(format!(
                "{} has no readable version in its package.json",
                package.display()
            )),
        }
    }

    let native = find_or_install_native(discovery, progress, &mut notes);
    match (native, slow_fallback) {
        (Ok(compiler), _) | (Err(_), Some(compiler)) => Ok(compiler),
        (Err(()), None) => Err(unavailable(&notes)),
    }
}

/// TypeScript 7 from the cache, installed there with npm the first time.
fn find_or_install_native(
    discovery: &Discovery,
    progress: &dyn Fn(&str),
    notes: &mut Vec<String>,
) -> Result<Compiler, ()> {
    let Some(cache_dir) = &discovery.cache_dir else {
        notes.push("no cache folder is known (set NANGO_CACHE_DIR or HOME)".into());
        return Err(());
    };
    let install_dir = cache_dir.join(CACHE_SUBDIR);
    if let Some(compiler) = cached_compiler(&install_dir) {
        return Ok(compiler);
    }
    if !discovery.allow_install {
        notes.push(format!(
            "TypeScript 7 is not installed in {}",
            install_dir.display()
        ));
        return Err(());
    }
    let Some(npm) = which("npm", discovery.path.as_deref()) else {
        notes.push("node/npm not found".into());
        return Err(());
    };
    install_typescript_7(&npm, cache_dir, progress).map_err(|reason| notes.push(reason))
}

fn unavailable(notes: &[String]) -> String {
    if notes.is_empty() {
        format!("no TypeScript compiler found: {WHAT_TO_DO}")
    } else {
        format!("{}: {WHAT_TO_DO}", notes.join("; "))
    }
}

fn from_override(tsc: &Path, node: impl Fn() -> Option<PathBuf>) -> Result<Compiler, String> {
    if !tsc.is_file() {
        return Err(format!(
            "NANGO_TSC is set to {}, which is not a file: point it at a tsc executable, \
             or unset it",
            tsc.display()
        ));
    }
    let version = tsc
        .parent()
        .and_then(Path::parent)
        .filter(|package| {
            package_name(package).is_some_and(|name| {
                name == "typescript" || name.starts_with("@typescript/typescript-")
            })
        })
        .and_then(package_version);
    if !is_javascript(tsc) {
        return Ok(Compiler::Native {
            exe: tsc.to_path_buf(),
            version,
        });
    }
    match node() {
        Some(node) => Ok(Compiler::Node {
            node,
            tsc_js: tsc.to_path_buf(),
            version,
        }),
        None => Err(format!(
            "NANGO_TSC is set to {}, a JavaScript file, but node is not on PATH: install Node.js, \
             or point NANGO_TSC at the native TypeScript 7 executable",
            tsc.display()
        )),
    }
}

/// A JavaScript tsc (run with node) rather than a native executable: a `.js`/`.mjs`/`.cjs` file or a
/// script starting with `#!` (such as `node_modules/typescript/bin/tsc`).
fn is_javascript(path: &Path) -> bool {
    let js_extension = path
        .extension()
        .and_then(OsStr::to_str)
        .is_some_and(|ext| matches!(ext, "js" | "mjs" | "cjs"));
    js_extension || read_prefix(path, 2).is_some_and(|prefix| prefix == b"#!")
}

fn read_prefix(path: &Path, len: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut buffer = Vec::with_capacity(len);
    let file = fs::File::open(path).ok()?;
    file.take(len as u64).read_to_end(&mut buffer).ok()?;
    Some(buffer)
}

/// The nearest `node_modules/typescript` package folder, walking up from `start` like Node does.
pub(crate) fn find_typescript_package(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("node_modules").join("typescript"))
        .find(|package| package.join("package.json").is_file())
}

/// The `@types` folder holding `@types/node` visible from `start`, walking up like Node does.
pub(crate) fn find_node_types(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("node_modules").join("@types"))
        .find(|types| types.join("node").join("package.json").is_file())
}

fn package_json(package: &Path) -> Option<serde_json::Value> {
    let text = fs::read_to_string(package.join("package.json")).ok()?;
    serde_json::from_str(&text).ok()
}

fn package_version(package: &Path) -> Option<String> {
    Some(package_json(package)?.get("version")?.as_str()?.to_owned())
}

fn package_name(package: &Path) -> Option<String> {
    Some(package_json(package)?.get("name")?.as_str()?.to_owned())
}

fn major(version: &str) -> Option<u64> {
    version.split('.').next()?.parse().ok()
}

/// The native executable of a TypeScript 7 package: `@typescript/typescript-<platform>-<arch>/lib/tsc`,
/// resolved from the package's real location the way its own `bin/tsc` wrapper does (in its own
/// `node_modules`, then in each parent's), so npm, pnpm and yarn layouts all work.
pub(crate) fn native_exe(typescript_package: &Path) -> Option<PathBuf> {
    let platform_package = platform_package()?;
    let real = fs::canonicalize(typescript_package).unwrap_or_else(|_| typescript_package.into());
    let exe_name = if cfg!(windows) { "tsc.exe" } else { "tsc" };
    real.ancestors()
        .map(|dir| {
            dir.join("node_modules")
                .join("@typescript")
                .join(&platform_package)
                .join("lib")
                .join(exe_name)
        })
        .find(|exe| exe.is_file())
}

/// `typescript-<platform>-<arch>` with Node's spelling of `process.platform` and `process.arch`,
/// or `None` on a machine TypeScript publishes no native compiler for.
pub(crate) fn platform_package() -> Option<String> {
    let platform = match std::env::consts::OS {
        "linux" | "android" => "linux",
        "macos" => "darwin",
        "windows" => "win32",
        "freebsd" => "freebsd",
        "openbsd" => "openbsd",
        "netbsd" => "netbsd",
        "aix" => "aix",
        "solaris" | "illumos" => "sunos",
        _ => return None,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "arm" => "arm",
        "x86" => "ia32",
        "powerpc64" => "ppc64",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        "loongarch64" => "loong64",
        "mips64" if cfg!(target_endian = "little") => "mips64el",
        _ => return None,
    };
    Some(format!("typescript-{platform}-{arch}"))
}

/// TypeScript 7 as installed into the cache by [`install_typescript_7`].
fn cached_compiler(install_dir: &Path) -> Option<Compiler> {
    let package = install_dir.join("node_modules").join("typescript");
    let version = package_version(&package)?;
    if major(&version)? < 7 {
        return None;
    }
    Some(Compiler::Native {
        exe: native_exe(&package)?,
        version: Some(version),
    })
}

/// Installs TypeScript 7 into `<cache_dir>/typescript-7` with npm. npm works in a temporary sibling
/// folder that is renamed into place only once complete, so an interrupted install never leaves a
/// half-installed compiler behind, and two concurrent installs cannot corrupt each other.
fn install_typescript_7(
    npm: &Path,
    cache_dir: &Path,
    progress: &dyn Fn(&str),
) -> Result<Compiler, String> {
    let target = cache_dir.join(CACHE_SUBDIR);
    let fail = |what: String| format!("{what}: {WHAT_TO_DO}");
    fs::create_dir_all(cache_dir)
        .map_err(|e| fail(format!("could not create {}: {e}", cache_dir.display())))?;
    progress(&format!(
        "installing TypeScript 7 into {} (once)…",
        target.display()
    ));

    let staging = tempfile::Builder::new()
        .prefix(".typescript-7-")
        .tempdir_in(cache_dir)
        .map_err(|e| {
            fail(format!(
                "could not create a folder in {}: {e}",
                cache_dir.display()
            ))
        })?;
    let manifest = r#"{ "name": "nango-rs-typescript", "private": true }"#;
    fs::write(staging.path().join("package.json"), manifest).map_err(|e| {
        fail(format!(
            "could not write to {}: {e}",
            staging.path().display()
        ))
    })?;
    let output = Command::new(npm)
        .arg("install")
        .arg("--prefix")
        .arg(staging.path())
        .args(["--no-audit", "--no-fund", "--no-save", "typescript@7"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| fail(format!("could not run {}: {e}", npm.display())))?;
    if !output.status.success() {
        return Err(fail(format!(
            "`npm install typescript@7` failed ({}): {}",
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 10)
        )));
    }
    if cached_compiler(staging.path()).is_none() {
        return Err(fail(format!(
            "npm installed TypeScript 7 but not its native compiler for this machine ({})",
            platform_package().unwrap_or_else(|| "unsupported platform".into())
        )));
    }

    // A folder left by an older, broken install would make the rename fail; a complete one means
    // another process finished first, and its copy is as good as ours.
    if target.exists() && cached_compiler(&target).is_none() {
        let _ = fs::remove_dir_all(&target);
    }
    let staged = staging.keep();
    if let Err(error) = fs::rename(&staged, &target) {
        let _ = fs::remove_dir_all(&staged);
        if cached_compiler(&target).is_none() {
            return Err(fail(format!(
                "could not move TypeScript 7 into {}: {error}",
                target.display()
            )));
        }
    }
    cached_compiler(&target).ok_or_else(|| {
        fail(format!(
            "TypeScript 7 is missing from {} after installing it",
            target.display()
        ))
    })
}

/// The last `lines` non-empty lines of a text, for quoting a tool's error output.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// The first executable called `name` in `path` (on Windows also `name.exe`, `.cmd`, `.bat`).
pub(crate) fn which(name: &str, path: Option<&OsStr>) -> Option<PathBuf> {
    let extensions: &[&str] = if cfg!(windows) {
        &[".exe", ".cmd", ".bat", ""]
    } else {
        &[""]
    };
    std::env::split_paths(path?)
        .filter(|dir| !dir.as_os_str().is_empty())
        .flat_map(|dir| {
            extensions
                .iter()
                .map(move |ext| dir.join(format!("{name}{ext}")))
        })
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

#[cfg(test)]
mod tests;
