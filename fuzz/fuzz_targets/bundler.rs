//! The bundler: a script (the input) in a project that has a helper file, a JSON file and a
//! package in node_modules, bundled as `nango compile` bundles it (resolution of every import,
//! the TypeScript transform, the source map), and the specifier rules on the input as one
//! specifier.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use nango_build::{Bundler, resolve};

/// A project folder made once: `github/helpers/paginate.ts`, `github/data.json` and
/// `node_modules/left-pad` (CommonJS); the input is written to `github/syncs/issues.ts`.
fn project() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let root = tempfile::tempdir().unwrap().keep();
        let write = |relative: &str, text: &str| {
            let path = root.join(relative);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "github/helpers/paginate.ts",
            "export function paginate<T>(items: T[]): T[] { return items; }\n",
        );
        write("github/data.json", "{\"a\": [1, 2, 3]}\n");
        write(
            "node_modules/left-pad/package.json",
            "{\"name\": \"left-pad\", \"main\": \"index.js\"}\n",
        );
        write(
            "node_modules/left-pad/index.js",
            "module.exports = function (s, n) { return String(s).padStart(n); };\n",
        );
        write("github/syncs/issues.ts", "");
        root
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let root = project();
    let entry = root.join("github/syncs/issues.ts");
    std::fs::write(&entry, text).unwrap();
    // A new bundler each time: nothing cached from the previous input.
    let _ = Bundler::new(root).bundle(&entry, "issues.cjs");

    resolve::allowed(text);
    resolve::package_name(text);
    if resolve::is_path_specifier(text) {
        let _ = resolve::resolve_path(&root.join("github/syncs"), text);
    } else {
        let _ = resolve::resolve_package(root, text);
    }
    resolve::normalize(Path::new(text));
});
