//! Compiler discovery on fake machines: temp folders with fake `node_modules`, fake executables and
//! a `PATH` of our choosing. Nothing here runs a real compiler or touches the network.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use super::*;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[cfg(unix)]
fn write_exe(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    write(path, text);
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(not(unix))]
fn write_exe(path: &Path, text: &str) {
    write(path, text);
}

fn exe_name(name: &str) -> String {
    if cfg!(windows) {
        format!("{name}.exe")
    } else {
        name.to_owned()
    }
}

/// `<dir>/node_modules/typescript` at `version`, with the native executable of this machine for 7.x.
/// Returns the path of the native executable (or of `bin/tsc` for older versions).
fn fake_typescript(dir: &Path, version: &str) -> PathBuf {
    let package = dir.join("node_modules/typescript");
    write(
        &package.join("package.json"),
        &format!(r#"{{ "name": "typescript", "version": "{version}" }}"#),
    );
    write(&package.join("bin/tsc"), "#!/usr/bin/env node\n");
    if major(version) >= Some(7) {
        let exe = dir
            .join("node_modules/@typescript")
            .join(platform_package().unwrap())
            .join("lib")
            .join(exe_name("tsc"));
        write_exe(&exe, "native");
        fs::canonicalize(exe).unwrap()
    } else {
        package.join("bin/tsc")
    }
}

/// A folder holding fake `node` (and `npm` when asked) executables, for `PATH`.
fn fake_bin(dir: &Path, tools: &[&str]) -> OsString {
    let bin = dir.join("bin");
    for tool in tools {
        write_exe(&bin.join(exe_name(tool)), "#!/bin/sh\n");
    }
    fs::create_dir_all(&bin).unwrap();
    std::env::join_paths([bin]).unwrap()
}

fn no_progress(_: &str) {}

fn machine(path: Option<OsString>, cache_dir: Option<PathBuf>) -> Discovery {
    Discovery {
        tsc_override: None,
        cache_dir,
        path,
        allow_install: true,
    }
}

#[test]
fn project_typescript_7_runs_natively() {
    let dir = tempfile::tempdir().unwrap();
    let exe = fake_typescript(dir.path(), "7.0.2");
    let found = find_compiler_with(dir.path(), &machine(None, None), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.0.2".into())
        }
    );
    assert_eq!(found.to_string(), "typescript 7.0.2 (native)");
}

#[test]
fn project_typescript_is_found_in_a_parent_folder() {
    let dir = tempfile::tempdir().unwrap();
    let exe = fake_typescript(dir.path(), "7.1.0");
    let project = dir.path().join("nango-integrations");
    fs::create_dir_all(&project).unwrap();
    let found = find_compiler_with(&project, &machine(None, None), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.1.0".into())
        }
    );
}

#[test]
fn the_nearest_typescript_wins() {
    let dir = tempfile::tempdir().unwrap();
    fake_typescript(dir.path(), "7.0.0");
    let project = dir.path().join("p");
    let exe = fake_typescript(&project, "7.0.2");
    let found = find_compiler_with(&project, &machine(None, None), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.0.2".into())
        }
    );
}

#[cfg(unix)]
#[test]
fn the_native_package_is_found_from_the_real_location_of_a_symlinked_package() {
    // pnpm: node_modules/typescript links into .pnpm/typescript@7/node_modules/typescript, and the
    // platform package sits beside it there, not in the project's node_modules.
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("node_modules/.pnpm/typescript@7.0.2");
    let exe = fake_typescript(&store, "7.0.2");
    let project = dir.path().join("p");
    fs::create_dir_all(project.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(
        store.join("node_modules/typescript"),
        project.join("node_modules/typescript"),
    )
    .unwrap();
    let found = find_compiler_with(&project, &machine(None, None), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.0.2".into())
        }
    );
}

#[test]
fn project_typescript_5_runs_on_node() {
    let dir = tempfile::tempdir().unwrap();
    let tsc_js = fake_typescript(dir.path(), "5.9.3");
    let path = fake_bin(dir.path(), &["node"]);
    let found = find_compiler_with(dir.path(), &machine(Some(path), None), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Node {
            node: dir.path().join("bin").join(exe_name("node")),
            tsc_js,
            version: Some("5.9.3".into())
        }
    );
    assert_eq!(found.to_string(), "typescript 5.9.3 (node)");
}

#[test]
fn project_typescript_5_without_node_falls_back_to_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    fake_typescript(dir.path(), "5.9.3");
    let cache = dir.path().join("cache");
    let exe = fake_typescript(&cache.join("typescript-7"), "7.0.2");
    let path = fake_bin(dir.path(), &[]);
    let found =
        find_compiler_with(dir.path(), &machine(Some(path), Some(cache)), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.0.2".into())
        }
    );
}

#[test]
fn native_typescript_7_is_preferred_to_the_projects_typescript_5() {
    let dir = tempfile::tempdir().unwrap();
    fake_typescript(dir.path(), "5.9.3");
    let cache = dir.path().join("cache");
    let exe = fake_typescript(&cache.join("typescript-7"), "7.0.2");
    let path = fake_bin(dir.path(), &["node"]);
    let found =
        find_compiler_with(dir.path(), &machine(Some(path), Some(cache)), &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.0.2".into())
        }
    );
}

#[test]
fn old_typescript_is_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    fake_typescript(dir.path(), "4.9.5");
    let path = fake_bin(dir.path(), &["node"]);
    let reason =
        find_compiler_with(dir.path(), &machine(Some(path), None), &no_progress).unwrap_err();
    assert!(reason.contains("typescript 4.9.5"), "{reason}");
    assert!(reason.contains("too old"), "{reason}");
}

#[test]
fn typescript_7_without_its_native_package_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("node_modules/typescript/package.json"),
        r#"{ "name": "typescript", "version": "7.0.2" }"#,
    );
    let reason = find_compiler_with(dir.path(), &machine(None, None), &no_progress).unwrap_err();
    assert!(reason.contains("has no native compiler"), "{reason}");
    assert!(reason.contains(&platform_package().unwrap()), "{reason}");
}

#[test]
fn the_override_wins_over_the_project() {
    let dir = tempfile::tempdir().unwrap();
    fake_typescript(dir.path(), "7.0.2");
    let tsc = dir.path().join("elsewhere").join(exe_name("tsc"));
    write_exe(&tsc, "\x7fELF");
    let discovery = Discovery {
        tsc_override: Some(tsc.clone()),
        ..machine(None, None)
    };
    let found = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe: tsc,
            version: None
        }
    );
}

#[test]
fn an_override_inside_a_package_reports_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let exe = fake_typescript(dir.path(), "7.0.2");
    write(
        &exe.parent().unwrap().parent().unwrap().join("package.json"),
        r#"{ "name": "@typescript/typescript-linux-x64", "version": "7.0.2" }"#,
    );
    let discovery = Discovery {
        tsc_override: Some(exe.clone()),
        ..machine(None, None)
    };
    let found = find_compiler_with(Path::new("/nonexistent"), &discovery, &no_progress).unwrap();
    assert_eq!(
        found,
        Compiler::Native {
            exe,
            version: Some("7.0.2".into())
        }
    );
}

#[test]
fn a_javascript_override_runs_on_node() {
    let dir = tempfile::tempdir().unwrap();
    let path = fake_bin(dir.path(), &["node"]);
    let node = dir.path().join("bin").join(exe_name("node"));
    for (name, text) in [("tsc.js", "require('x')"), ("tsc", "#!/usr/bin/env node\n")] {
        let tsc = dir.path().join("js").join(name);
        write(&tsc, text);
        let discovery = Discovery {
            tsc_override: Some(tsc.clone()),
            ..machine(Some(path.clone()), None)
        };
        let found = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap();
        assert_eq!(
            found,
            Compiler::Node {
                node: node.clone(),
                tsc_js: tsc,
                version: None
            },
            "{name}"
        );
    }
}

#[test]
fn a_bad_override_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let discovery = Discovery {
        tsc_override: Some(dir.path().join("nope")),
        ..machine(None, None)
    };
    let reason = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap_err();
    assert!(reason.starts_with("NANGO_TSC is set to"), "{reason}");

    let tsc = dir.path().join("tsc.js");
    write(&tsc, "");
    let discovery = Discovery {
        tsc_override: Some(tsc),
        ..machine(Some(fake_bin(dir.path(), &[])), None)
    };
    let reason = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap_err();
    assert!(reason.contains("node is not on PATH"), "{reason}");
}

#[test]
fn nothing_found_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = fake_bin(dir.path(), &[]);
    let cache = dir.path().join("cache");
    let reason = find_compiler_with(
        dir.path(),
        &machine(Some(path), Some(cache.clone())),
        &no_progress,
    )
    .unwrap_err();
    assert_eq!(
        reason,
        "node/npm not found: install Node.js, or run `npm install -D typescript@7` in the folder, \
         or pass --no-typecheck"
    );
    assert!(
        !cache.exists(),
        "nothing is written when nothing can be installed"
    );
}

#[test]
fn installing_can_be_forbidden() {
    let dir = tempfile::tempdir().unwrap();
    let discovery = Discovery {
        allow_install: false,
        ..machine(
            Some(fake_bin(dir.path(), &["npm"])),
            Some(dir.path().join("cache")),
        )
    };
    let reason = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap_err();
    assert!(
        reason.starts_with("TypeScript 7 is not installed in"),
        "{reason}"
    );
}

/// A fake `npm` that lays out what `npm install --prefix <dir> typescript@7` would, and records
/// its arguments in `<dir>/npm-args`.
#[cfg(unix)]
fn fake_npm(dir: &Path, ok: bool) -> OsString {
    let platform = platform_package().unwrap();
    let script = if ok {
        format!(
            r#"#!/bin/sh
prefix="$3"
echo "$@" > "$prefix/npm-args"
mkdir -p "$prefix/node_modules/typescript" "$prefix/node_modules/@typescript/{platform}/lib"
echo '{{ "name": "typescript", "version": "7.0.2" }}' > "$prefix/node_modules/typescript/package.json"
printf native > "$prefix/node_modules/@typescript/{platform}/lib/tsc"
chmod +x "$prefix/node_modules/@typescript/{platform}/lib/tsc"
"#
        )
    } else {
        "#!/bin/sh\necho 'npm ERR! network down' >&2\nexit 1\n".to_owned()
    };
    let bin = dir.join("npm-bin");
    write_exe(&bin.join("npm"), &script);
    std::env::join_paths([bin]).unwrap()
}

#[cfg(unix)]
#[test]
fn typescript_7_is_installed_into_the_cache_once() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let discovery = machine(Some(fake_npm(dir.path(), true)), Some(cache.clone()));
    let messages = RefCell::new(Vec::new());
    let progress = |m: &str| messages.borrow_mut().push(m.to_owned());

    let found = find_compiler_with(dir.path(), &discovery, &progress).unwrap();
    let target = cache.join("typescript-7");
    let exe = target
        .join("node_modules/@typescript")
        .join(platform_package().unwrap())
        .join("lib/tsc");
    assert_eq!(
        found,
        Compiler::Native {
            exe: fs::canonicalize(&exe).unwrap(),
            version: Some("7.0.2".into())
        }
    );
    assert_eq!(
        *messages.borrow(),
        [format!(
            "installing TypeScript 7 into {} (once)…",
            target.display()
        )]
    );
    let args = fs::read_to_string(target.join("npm-args")).unwrap();
    assert!(args.starts_with("install --prefix "), "{args}");
    assert!(
        args.ends_with(" --no-audit --no-fund --no-save typescript@7\n"),
        "{args}"
    );
    assert!(target.join("package.json").is_file());
    // Only the finished install is left in the cache.
    let entries: Vec<_> = fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, ["typescript-7"]);

    // The second time, the cached compiler is used without npm.
    messages.borrow_mut().clear();
    let discovery = machine(None, Some(cache));
    assert_eq!(
        find_compiler_with(dir.path(), &discovery, &progress).unwrap(),
        found
    );
    assert!(messages.borrow().is_empty());
}

#[cfg(unix)]
#[test]
fn a_failed_install_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let discovery = machine(Some(fake_npm(dir.path(), false)), Some(cache.clone()));
    let reason = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap_err();
    assert!(
        reason.contains("`npm install typescript@7` failed"),
        "{reason}"
    );
    assert!(reason.contains("npm ERR! network down"), "{reason}");
    assert!(reason.ends_with("or pass --no-typecheck"), "{reason}");
    assert_eq!(fs::read_dir(&cache).unwrap().count(), 0);
}

#[cfg(unix)]
#[test]
fn a_broken_cache_folder_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    write(&cache.join("typescript-7/node_modules/junk"), "");
    let discovery = machine(Some(fake_npm(dir.path(), true)), Some(cache.clone()));
    let found = find_compiler_with(dir.path(), &discovery, &no_progress).unwrap();
    assert!(matches!(found, Compiler::Native { .. }));
    assert!(!cache.join("typescript-7/node_modules/junk").exists());
}

#[test]
fn which_finds_only_executables() {
    let dir = tempfile::tempdir().unwrap();
    let path = fake_bin(dir.path(), &["node"]);
    assert_eq!(
        which("node", Some(&path)),
        Some(dir.path().join("bin").join(exe_name("node")))
    );
    assert_eq!(which("npm", Some(&path)), None);
    assert_eq!(which("node", None), None);
    #[cfg(unix)]
    {
        write(&dir.path().join("bin/npm"), "not executable");
        assert_eq!(which("npm", Some(&path)), None);
    }
}

#[test]
fn versions_and_javascript_detection() {
    assert_eq!(major("7.0.2"), Some(7));
    assert_eq!(major("5.9.0-beta"), Some(5));
    assert_eq!(major("next"), None);
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        write(&path, text);
        path
    };
    assert!(is_javascript(&file("a.js", "")));
    assert!(is_javascript(&file("a.mjs", "")));
    assert!(is_javascript(&file("tsc", "#!/usr/bin/env node")));
    assert!(!is_javascript(&file("tsc-native", "\x7fELF")));
    assert!(!is_javascript(&file("empty", "")));
}
