//! Module resolution: which file an import specifier names.
//!
//! Relative specifiers follow what TypeScript's `bundler` resolution accepts: the exact file, the
//! `.ts` file behind a `.js` specifier (scripts write `'../helpers/x.js'` for `x.ts`), the
//! specifier plus an extension, or a folder's `index`. Bare specifiers are looked up in
//! `node_modules` folders from the importer upwards, through the package's `exports` (the `import`,
//! `module`, `default` and `require` conditions), `module` or `main` fields.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Extensions tried, in order, after a specifier without one.
const EXTENSIONS: [&str; 8] = ["ts", "tsx", "mts", "cts", "js", "mjs", "cjs", "json"];

/// Packages a Nango script may import, and how they are provided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Bundled from the project's `node_modules`.
    Bundled,
    /// Provided by the script runtime (`require` at run time), never bundled.
    Runtime,
}

/// The packages Nango lets scripts import. `crypto` and `url` are Node built-ins the runtime
/// provides; `soap`, `botbuilder` and `unzipper` are allowed by Nango's runner, which provides
/// them too, so a bundle that uses them stays deployable to Nango. `nango` is the definition
/// helpers of zero-yaml scripts (`createSync`, `createAction`, `createOnEvent`).
pub const ALLOWED_PACKAGES: [(&str, Allowed); 11] = [
    ("zod", Allowed::Bundled),
    ("nango", Allowed::Runtime),
    ("crypto", Allowed::Runtime),
    ("node:crypto", Allowed::Runtime),
    ("url", Allowed::Runtime),
    ("node:url", Allowed::Runtime),
    ("buffer", Allowed::Runtime),
    ("node:buffer", Allowed::Runtime),
    ("soap", Allowed::Runtime),
    ("botbuilder", Allowed::Runtime),
    ("unzipper", Allowed::Runtime),
];

/// How a script-level bare import is treated, if it is allowed at all.
pub fn allowed(specifier: &str) -> Option<Allowed> {
    let package = package_name(specifier);
    ALLOWED_PACKAGES
        .iter()
        // `nango` itself only: its subpaths (`nango/test`, the vitest mocks) are not for scripts.
        .find(|(name, _)| *name == specifier || (*name == package && *name != "nango"))
        .map(|(_, a)| *a)
}

/// Whether a specifier is relative or absolute (a file), rather than a package.
pub fn is_path_specifier(specifier: &str) -> bool {
    specifier.starts_with("./")
        || specifier.starts_with("../")
        || specifier == "."
        || specifier == ".."
        || specifier.starts_with('/')
}

/// `@scope/name/sub` → `@scope/name`; `name/sub` → `name`.
pub fn package_name(specifier: &str) -> &str {
    let mut parts = specifier.splitn(3, '/');
    let first = parts.next().unwrap_or_default();
    if first.starts_with('@') {
        match parts.next() {
            Some(second) => &specifier[..first.len() + 1 + second.len()],
            None => first,
        }
    } else {
        first
    }
}

/// Resolves a relative or absolute specifier from the folder of the importing file.
pub fn resolve_path(from_dir: &Path, specifier: &str) -> Option<PathBuf> {
    resolve_file_or_dir(&normalize(&from_dir.join(specifier)))
}

fn resolve_file_or_dir(base: &Path) -> Option<PathBuf> {
    if base.is_file() {
        return Some(normalize(base));
    }
    let text = base.to_string_lossy();
    // `./x.js` written for `./x.ts`.
    for (js, ts) in [
        (".js", [".ts", ".tsx"]),
        (".mjs", [".mts", ".mts"]),
        (".cjs", [".cts", ".cts"]),
        (".jsx", [".tsx", ".tsx"]),
    ] {
        if let Some(stem) = text.strip_suffix(js) {
            for ext in ts {
                let candidate = PathBuf::from(format!("{stem}{ext}"));
                if candidate.is_file() {
                    return Some(normalize(&candidate));
                }
            }
        }
    }
    for ext in EXTENSIONS {
        let candidate = PathBuf::from(format!("{text}.{ext}"));
        if candidate.is_file() {
            return Some(normalize(&candidate));
        }
    }
    if base.is_dir() {
        if let Some(main) = read_package_json(base).and_then(|pkg| entry_from_fields(base, &pkg)) {
            return Some(main);
        }
        for ext in EXTENSIONS {
            let candidate = base.join(format!("index.{ext}"));
            if candidate.is_file() {
                return Some(normalize(&candidate));
            }
        }
    }
    None
}

/// Why a package import could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackageError {
    /// No `node_modules/<name>` from the importer up to the filesystem root.
    NotInstalled,
    /// The package exists but has no file for this subpath.
    NoEntry(PathBuf),
}

/// Resolves a bare specifier (`zod`, `zod/v4`) from the folder of the importing file.
pub fn resolve_package(from_dir: &Path, specifier: &str) -> Result<PathBuf, PackageError> {
    let name = package_name(specifier);
    let subpath = &specifier[name.len()..];
    let package_dir = from_dir
        .ancestors()
        .map(|dir| dir.join("node_modules").join(name))
        .find(|dir| dir.join("package.json").is_file() || dir.is_dir())
        .ok_or(PackageError::NotInstalled)?;
    let pkg = read_package_json(&package_dir).unwrap_or(Value::Null);
    let entry = if let Some(exports) = pkg.get("exports") {
        let key = format!(".{subpath}");
        exports_target(exports, &key)
            .and_then(|target| resolve_file_or_dir(&package_dir.join(target)))
    } else if subpath.is_empty() {
        entry_from_fields(&package_dir, &pkg)
            .or_else(|| resolve_file_or_dir(&package_dir.join("index")))
    } else {
        resolve_file_or_dir(&package_dir.join(subpath.trim_start_matches('/')))
    };
    entry.ok_or(PackageError::NoEntry(package_dir))
}

fn read_package_json(dir: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(dir.join("package.json")).ok()?;
    serde_json::from_str(&text).ok()
}

fn entry_from_fields(dir: &Path, pkg: &Value) -> Option<PathBuf> {
    ["module", "main"]
        .iter()
        .filter_map(|field| pkg.get(field).and_then(Value::as_str))
        .find_map(|target| resolve_file_or_dir(&dir.join(target)))
}

/// The target of `key` (`.` or `./sub`) in a package's `exports`, choosing conditions as a bundler
/// for the runtime would: `import`, `module`, `default`, then `require`.
fn exports_target(exports: &Value, key: &str) -> Option<String> {
    let is_subpath_map = exports
        .as_object()
        .is_some_and(|map| map.keys().all(|k| k.starts_with('.')));
    if !is_subpath_map {
        return (key == ".").then(|| pick_condition(exports)).flatten();
    }
    let map = exports.as_object()?;
    if let Some(value) = map.get(key) {
        return pick_condition(value);
    }
    // Patterns: `"./*": "./dist/*.js"`.
    map.iter().find_map(|(pattern, value)| {
        let (prefix, suffix) = pattern.split_once('*')?;
        let middle = key.strip_prefix(prefix)?.strip_suffix(suffix)?;
        pick_condition(value).map(|target| target.replace('*', middle))
    })
}

fn pick_condition(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(pick_condition),
        Value::Object(map) => ["import", "module", "default", "require", "node"]
            .iter()
            .find_map(|condition| map.get(*condition).and_then(pick_condition)),
        _ => None,
    }
}

/// Lexically removes `.` and `..` components.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether a file is inside a `node_modules` folder.
pub fn in_node_modules(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "node_modules")
}

/// Whether a `.js` file in a package is an ES module: `.mjs`, or `"type": "module"` in the nearest
/// package.json.
pub fn is_esm_package_file(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some("mjs" | "mts" | "ts" | "tsx") => true,
        Some("cjs" | "cts") => false,
        _ => path
            .ancestors()
            .skip(1)
            .find_map(read_package_json)
            .and_then(|pkg| {
                pkg.get("type")
                    .and_then(Value::as_str)
                    .map(|t| t == "module")
            })
            .unwrap_or(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn relative_specifiers_find_ts_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(&root.join("gh/helpers/paginate.ts"), "");
        write(&root.join("gh/mappers/index.ts"), "");
        write(&root.join("gh/data.json"), "{}");
        let from = root.join("gh/syncs");
        assert_eq!(
            resolve_path(&from, "../helpers/paginate.js"),
            Some(root.join("gh/helpers/paginate.ts"))
        );
        assert_eq!(
            resolve_path(&from, "../helpers/paginate"),
            Some(root.join("gh/helpers/paginate.ts"))
        );
        assert_eq!(
            resolve_path(&from, "../mappers"),
            Some(root.join("gh/mappers/index.ts"))
        );
        assert_eq!(
            resolve_path(&from, "../data.json"),
            Some(root.join("gh/data.json"))
        );
        assert_eq!(resolve_path(&from, "../nope"), None);
    }

    #[test]
    fn packages_resolve_through_exports_with_import_condition() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            &root.join("node_modules/zod/package.json"),
            r#"{"main":"./index.cjs","exports":{".":{"types":"./index.d.ts","import":"./index.js","require":"./index.cjs"},"./v4":{"import":"./v4/index.js"},"./locales/*":"./locales/*.js"}}"#,
        );
        for f in ["index.js", "index.cjs", "v4/index.js", "locales/en.js"] {
            write(&root.join("node_modules/zod").join(f), "");
        }
        let from = root.join("gh/syncs");
        std::fs::create_dir_all(&from).unwrap();
        let zod = root.join("node_modules/zod");
        assert_eq!(resolve_package(&from, "zod"), Ok(zod.join("index.js")));
        assert_eq!(
            resolve_package(&from, "zod/v4"),
            Ok(zod.join("v4/index.js"))
        );
        assert_eq!(
            resolve_package(&from, "zod/locales/en"),
            Ok(zod.join("locales/en.js"))
        );
        assert_eq!(
            resolve_package(&from, "zod/missing"),
            Err(PackageError::NoEntry(zod))
        );
        assert_eq!(
            resolve_package(&from, "lodash"),
            Err(PackageError::NotInstalled)
        );
    }

    #[test]
    fn package_fields_without_exports() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            &root.join("node_modules/old/package.json"),
            r#"{"main":"lib/main"}"#,
        );
        write(&root.join("node_modules/old/lib/main.js"), "");
        assert_eq!(
            resolve_package(root, "old"),
            Ok(root.join("node_modules/old/lib/main.js"))
        );
    }

    #[test]
    fn package_names() {
        assert_eq!(package_name("zod/v4"), "zod");
        assert_eq!(package_name("@scope/pkg/sub"), "@scope/pkg");
        assert_eq!(allowed("node:crypto"), Some(Allowed::Runtime));
        assert_eq!(allowed("zod/v4"), Some(Allowed::Bundled));
        assert_eq!(allowed("lodash"), None);
    }
}
