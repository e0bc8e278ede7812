//! The tsconfig we hand to tsc. It is written outside the user's folder and lists the files to check
//! by absolute path, so the check never depends on (or touches) a `tsconfig.json` the user may have.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

/// The ambient declarations used when the project has no `@types/node`: `Buffer`, `URL`,
/// `URLSearchParams`, `TextEncoder`/`TextDecoder`, `console`, timers, and the `crypto`/`url` modules
/// (also as `node:crypto`/`node:url`), which the nango-rs runtime provides to scripts.
pub(crate) const NANGO_GLOBALS: &str = include_str!("nango-globals.d.ts");

/// File name of [`NANGO_GLOBALS`] next to the generated tsconfig.
pub(crate) const NANGO_GLOBALS_FILE: &str = "nango-globals.d.ts";

/// Type-checking options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypecheckOptions {
    /// The real Nango CLI's strict settings (`strict`, `noUnusedLocals`, `noUnusedParameters`,
    /// `noImplicitReturns`, `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`,
    /// `noPropertyAccessFromIndexSignature`), which real scripts are written for. `false` turns all
    /// of them off. Default `true`.
    pub strict: bool,
    /// A zero-yaml project: checked as Nango's 0.71 CLI checks it, with its compiler options
    /// (Node 16 modules, so relative imports end in `.js`; no `lib`, so the defaults of
    /// `esnext`) and the types of the folder's `node_modules` (`nango`, `zod`, `@types/*`),
    /// starting from `index.ts`. Default `false`.
    pub zero_yaml: bool,
}

impl Default for TypecheckOptions {
    fn default() -> Self {
        Self {
            strict: true,
            zero_yaml: false,
        }
    }
}

/// The tsconfig as JSON. `node_types` is the `node_modules/@types` folder holding `@types/node`, when
/// the project has one; `files` are absolute and include the globals file when there is none.
pub(crate) fn tsconfig(
    files: &[PathBuf],
    node_types: Option<&Path>,
    options: TypecheckOptions,
) -> Value {
    let strict = options.strict;
    if options.zero_yaml {
        let mut compiler_options = json!({
            "module": "node16",
            "moduleResolution": "node16",
            "target": "esnext",
            "strict": strict,
            "esModuleInterop": true,
            "skipLibCheck": true,
            "forceConsistentCasingInFileNames": true,
            "allowUnusedLabels": false,
            "allowUnreachableCode": false,
            "exactOptionalPropertyTypes": strict,
            "noFallthroughCasesInSwitch": strict,
            "noImplicitOverride": strict,
            "noImplicitReturns": strict,
            "noPropertyAccessFromIndexSignature": strict,
            "noUncheckedIndexedAccess": strict,
            "noUnusedLocals": strict,
            "noUnusedParameters": strict,
            "noEmit": true,
            "pretty": false,
        });
        if let Some(types_dir) = node_types {
            compiler_options["typeRoots"] = json!([path_string(types_dir)]);
        }
        return json!({
            "compilerOptions": compiler_options,
            "files": files.iter().map(|f| path_string(f)).collect::<Vec<_>>(),
        });
    }
    let mut compiler_options = json!({
        "strict": strict,
        "noUnusedLocals": strict,
        "noUnusedParameters": strict,
        "noImplicitReturns": strict,
        "noUncheckedIndexedAccess": strict,
        "exactOptionalPropertyTypes": strict,
        "noPropertyAccessFromIndexSignature": strict,
        "module": "esnext",
        "moduleResolution": "bundler",
        "target": "es2022",
        "lib": ["es2022"],
        "skipLibCheck": true,
        "noEmit": true,
        "pretty": false,
        "types": [],
    });
    if let Some(types_dir) = node_types {
        // `types` is resolved from `typeRoots`, which default to the tsconfig's own folder: ours is
        // not in the project, so point at the project's `@types` explicitly.
        compiler_options["types"] = json!(["node"]);
        compiler_options["typeRoots"] = json!([path_string(types_dir)]);
    }
    json!({
        "compilerOptions": compiler_options,
        "files": files.iter().map(|f| path_string(f)).collect::<Vec<_>>(),
    })
}

fn path_string(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_config_without_node_types() {
        let files = [
            PathBuf::from("/p/models.ts"),
            PathBuf::from("/tmp/x/nango-globals.d.ts"),
        ];
        let config = tsconfig(&files, None, TypecheckOptions::default());
        let expected = json!({
            "compilerOptions": {
                "strict": true,
                "noUnusedLocals": true,
                "noUnusedParameters": true,
                "noImplicitReturns": true,
                "noUncheckedIndexedAccess": true,
                "exactOptionalPropertyTypes": true,
                "noPropertyAccessFromIndexSignature": true,
                "module": "esnext",
                "moduleResolution": "bundler",
                "target": "es2022",
                "lib": ["es2022"],
                "skipLibCheck": true,
                "noEmit": true,
                "pretty": false,
                "types": [],
            },
            "files": ["/p/models.ts", "/tmp/x/nango-globals.d.ts"],
        });
        assert_eq!(config, expected);
    }

    #[test]
    fn node_types_are_used_when_present() {
        let files = [PathBuf::from("/p/models.ts")];
        let config = tsconfig(
            &files,
            Some(Path::new("/p/node_modules/@types")),
            TypecheckOptions::default(),
        );
        assert_eq!(config["compilerOptions"]["types"], json!(["node"]));
        assert_eq!(
            config["compilerOptions"]["typeRoots"],
            json!(["/p/node_modules/@types"])
        );
    }

    #[test]
    fn lenient_mode_turns_the_strict_flags_off() {
        let config = tsconfig(
            &[],
            None,
            TypecheckOptions {
                strict: false,
                ..TypecheckOptions::default()
            },
        );
        let options = config["compilerOptions"].as_object().unwrap();
        for flag in ["strict", "noUnusedLocals", "exactOptionalPropertyTypes"] {
            assert_eq!(options[flag], json!(false), "{flag}");
        }
        assert_eq!(options["noEmit"], json!(true));
    }

    #[test]
    fn globals_are_a_script_not_a_module() {
        // A top-level import or export would turn the globals into module-scoped declarations.
        for line in NANGO_GLOBALS.lines() {
            assert!(
                !line.starts_with("import ") && !line.starts_with("export "),
                "{line}"
            );
        }
    }
}
