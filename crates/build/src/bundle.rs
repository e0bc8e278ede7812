//! Bundling: a script and every module it imports, in one self-contained CommonJS file.
//!
//! The output is what Nango's runners expect (`module.exports.default` is the script's function),
//! so a bundle runs on our runtime and on Nango's. Each module becomes a factory in a table; a
//! small loader instantiates them on first import. Packages the runtime provides (`crypto`, `url`)
//! are left to the host's `require`.
//!
//! Transformed modules are cached by path and checked against the file's size and modification
//! time, so `nango dev` re-transforms only what changed and a compile of many scripts transforms a
//! shared helper (or `zod`) once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use nango_diagnostics::{Diagnostic, SourceFile};
use oxc_sourcemap::{ConcatSourceMapBuilder, SourceMap};

use crate::resolve::{self, Allowed, PackageError};
use crate::transform::{self, FACTORY_PARAMS, ImportRequest, ModuleFormat};

/// A module after transformation, with what it imports.
#[derive(Debug)]
struct ModuleRecord {
    format: ModuleFormat,
    code: String,
    map: Option<String>,
    /// Modules this one imports (absolute paths), in import order.
    deps: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

struct CacheEntry {
    stamp: Stamp,
    result: Result<Arc<ModuleRecord>, Vec<Diagnostic>>,
}

/// A bundled script.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The CommonJS code.
    pub code: String,
    /// Its source map (JSON), pointing back to the TypeScript files.
    pub map: String,
    /// Every file of the bundle (absolute paths), entry first.
    pub files: Vec<PathBuf>,
}

/// Bundles scripts of one project folder, caching transformed modules between calls.
/// It is `Sync`: scripts can be bundled from several threads at once.
pub struct Bundler {
    root: PathBuf,
    cache: Mutex<HashMap<PathBuf, Arc<CacheEntry>>>,
}

impl Bundler {
    /// A bundler for the project folder `root` (absolute).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The project folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Bundles the script at `entry` (absolute). `dist_name` is the bundle's file name, used to
    /// link the source map. All errors of all modules are returned together.
    pub fn bundle(&self, entry: &Path, dist_name: &str) -> Result<Bundle, Vec<Diagnostic>> {
        // Depth-first over imports, collecting each module once.
        let mut order: Vec<(PathBuf, Arc<ModuleRecord>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![resolve::normalize(entry)];
        let mut errors = Vec::new();
        while let Some(path) = stack.pop() {
            if !seen.insert(path.clone()) {
                continue;
            }
            match self.module(&path) {
                Ok(record) => {
                    stack.extend(record.deps.iter().rev().cloned());
                    order.push((path, record));
                }
                Err(mut diagnostics) => errors.append(&mut diagnostics),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(self.assemble(&order, dist_name))
    }

    /// Drops a file from the cache (the watcher calls this; stale entries are also detected by
    /// their size and modification time).
    pub fn invalidate(&self, path: &Path) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.remove(&resolve::normalize(path));
        }
    }

    /// The transformed module at `path`, from the cache when the file has not changed.
    fn module(&self, path: &Path) -> Result<Arc<ModuleRecord>, Vec<Diagnostic>> {
        let stamp = stamp(path);
        if let Some(entry) = self.cache.lock().ok().and_then(|c| c.get(path).cloned())
            && Some(entry.stamp) == stamp
        {
            return entry.result.clone();
        }
        let result = self.load(path).map(Arc::new);
        if let (Some(stamp), Ok(mut cache)) = (stamp, self.cache.lock()) {
            cache.insert(
                path.to_path_buf(),
                Arc::new(CacheEntry {
                    stamp,
                    result: result.clone(),
                }),
            );
        }
        result
    }

    fn load(&self, path: &Path) -> Result<ModuleRecord, Vec<Diagnostic>> {
        let name = self.module_id(path);
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Diagnostic::error(
                "read_error",
                format!("cannot read {name}: {e}"),
            )]
        })?;
        let file = SourceFile::new(name.clone(), text);
        let in_packages = resolve::in_node_modules(path);
        let format = match path.extension().and_then(|e| e.to_str()) {
            Some("json") => ModuleFormat::Json,
            _ if !in_packages || resolve::is_esm_package_file(path) => ModuleFormat::Esm,
            _ => ModuleFormat::CommonJs,
        };
        let dir = path.parent().unwrap_or(&self.root).to_path_buf();
        let mut deps = Vec::new();
        let mut resolve = |request: &ImportRequest| -> Result<String, Diagnostic> {
            let at = |d: Diagnostic| d.at(&file, request.span.0, request.span.1);
            let specifier = request.specifier.as_str();
            let target = if resolve::is_path_specifier(specifier) {
                resolve::resolve_path(&dir, specifier).ok_or_else(|| {
                    at(Diagnostic::error("unresolved_import", format!("cannot find `{specifier}` from {name}"))
                        .with_help("check the path: relative imports are resolved from this file's folder, and `./x.js` finds `./x.ts`"))
                })?
            } else {
                match (in_packages, resolve::allowed(specifier)) {
                    (_, Some(Allowed::Runtime)) => return Ok(specifier.to_string()),
                    (false, None) => {
                        let names: Vec<&str> =
                            resolve::ALLOWED_PACKAGES.iter().map(|(n, _)| *n).collect();
                        return Err(at(Diagnostic::error(
                            "disallowed_import",
                            format!("package `{specifier}` cannot be imported in a Nango script"),
                        )
                        .with_help(format!(
                            "scripts may import relative files and these packages: {}",
                            names.join(", ")
                        ))));
                    }
                    _ => resolve::resolve_package(&dir, specifier).map_err(|e| {
                        at(match e {
                            PackageError::NotInstalled => Diagnostic::error(
                                "unresolved_import",
                                format!("package `{specifier}` is not installed"),
                            )
                            .with_help(format!(
                                "run `npm install {}` in the integrations folder",
                                resolve::package_name(specifier)
                            )),
                            PackageError::NoEntry(dir) => Diagnostic::error(
                                "unresolved_import",
                                format!(
                                    "package `{specifier}` has no such entry point ({})",
                                    dir.display()
                                ),
                            ),
                        })
                    })?,
                }
            };
            let id = self.module_id(&target);
            deps.push(target);
            Ok(id)
        };
        let map_name = format!("../{name}");
        let transformed = transform::transform(path, &file, format, &map_name, &mut resolve)?;
        let keep_map = !in_packages;
        Ok(ModuleRecord {
            format: transformed.format,
            code: transformed.code,
            map: transformed.map.filter(|_| keep_map),
            deps,
        })
    }

    /// The id of a module in a bundle: its path relative to the project, with `/`.
    fn module_id(&self, path: &Path) -> String {
        relative_path(&self.root, path)
    }

    fn assemble(&self, modules: &[(PathBuf, Arc<ModuleRecord>)], dist_name: &str) -> Bundle {
        let entry_id = modules
            .first()
            .map(|(p, _)| self.module_id(p))
            .unwrap_or_default();
        let mut code = String::new();
        let mut line = 0u32;
        let push = |code: &mut String, line: &mut u32, text: &str| {
            *line += text.matches('\n').count() as u32;
            code.push_str(text);
        };
        push(
            &mut code,
            &mut line,
            &format!(
                "\"use strict\";\n// {entry_id}, bundled by nango-rs.\nvar __nango_modules = Object.create(null);\n"
            ),
        );
        let mut maps: Vec<(SourceMap<'static>, u32)> = Vec::new();
        for (path, record) in modules {
            let id = self.module_id(path);
            let header = match record.format {
                ModuleFormat::CommonJs | ModuleFormat::Json => {
                    format!(
                        "__nango_modules[{}] = [1, function (module, exports, require) {{\n",
                        js_string(&id)
                    )
                }
                ModuleFormat::Esm => {
                    format!(
                        "__nango_modules[{}] = [0, function ({FACTORY_PARAMS}) {{\n",
                        js_string(&id)
                    )
                }
            };
            push(&mut code, &mut line, &header);
            if let Some(map) = record
                .map
                .as_deref()
                .and_then(|m| SourceMap::from_json_string(m).ok())
            {
                maps.push((map.into_owned(), line));
            }
            push(&mut code, &mut line, &record.code);
            if !record.code.ends_with('\n') {
                push(&mut code, &mut line, "\n");
            }
            push(&mut code, &mut line, "}];\n");
        }
        push(&mut code, &mut line, LOADER);
        push(
            &mut code,
            &mut line,
            &format!(
                "module.exports = __nango_require({});\n",
                js_string(&entry_id)
            ),
        );
        code.push_str(&format!("//# sourceMappingURL={dist_name}.map\n"));
        let refs: Vec<(&SourceMap<'_>, u32)> = maps.iter().map(|(m, l)| (m, *l)).collect();
        let mut map = ConcatSourceMapBuilder::from_sourcemaps(&refs).into_sourcemap();
        map.set_file(dist_name);
        Bundle {
            code,
            map: map.to_json_string(),
            files: modules.iter().map(|(p, _)| p.clone()).collect(),
        }
    }
}

/// The module loader of a bundle. ES modules get a namespace object whose getters the module
/// defines; CommonJS modules get `module`/`exports`/`require`; anything not in the bundle comes
/// from the host's `require` (the runtime's built-in `crypto`, `url`, …).
const LOADER: &str = r#"var __nango_records = Object.create(null);
function __nango_interop(value) {
	if (value && value.__esModule) return value;
	var ns = Object.create(null);
	if (value !== null && (typeof value === "object" || typeof value === "function")) {
		Object.keys(value).forEach(function (key) {
			Object.defineProperty(ns, key, { enumerable: true, get: function () { return value[key]; } });
		});
	}
	Object.defineProperty(ns, "default", { enumerable: true, value: value });
	return ns;
}
function __nango_instantiate(id) {
	var record = __nango_records[id];
	if (record) return record;
	var def = __nango_modules[id];
	if (!def) {
		if (typeof require !== "function") throw new Error("module \"" + id + "\" is not available in this runtime");
		var external = require(id);
		record = { esm: false, module: { exports: external } };
		__nango_records[id] = record;
		return record;
	}
	if (def[0] === 0) {
		var ns = Object.create(null);
		Object.defineProperty(ns, Symbol.toStringTag, { value: "Module" });
		Object.defineProperty(ns, "__esModule", { value: true });
		record = { esm: true, module: { exports: ns } };
		__nango_records[id] = record;
		def[1](__nango_import, __nango_dynamic_import, ns, function (from) {
			Object.keys(from).forEach(function (key) {
				if (key !== "default" && !Object.prototype.hasOwnProperty.call(ns, key)) {
					Object.defineProperty(ns, key, { enumerable: true, configurable: true, get: function () { return from[key]; } });
				}
			});
		}, { url: "nango:" + id });
	} else {
		record = { esm: false, module: { exports: {} } };
		__nango_records[id] = record;
		def[1].call(record.module.exports, record.module, record.module.exports, __nango_require);
	}
	return record;
}
function __nango_import(id) {
	var record = __nango_instantiate(id);
	return record.esm ? record.module.exports : __nango_interop(record.module.exports);
}
function __nango_require(id) {
	return __nango_instantiate(id).module.exports;
}
function __nango_dynamic_import(id) {
	return Promise.resolve().then(function () { return __nango_import(id); });
}
"#;

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some(Stamp {
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

/// `path` relative to `root` with `/` separators (`../` when outside).
pub fn relative_path(root: &Path, path: &Path) -> String {
    let root: Vec<_> = root.components().collect();
    let path_components: Vec<_> = path.components().collect();
    let common = root
        .iter()
        .zip(&path_components)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<String> = Vec::new();
    for _ in common..root.len() {
        parts.push("..".into());
    }
    for component in &path_components[common..] {
        parts.push(component.as_os_str().to_string_lossy().into_owned());
    }
    parts.join("/")
}

fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}
