//! Running a compiler, with fake compilers (shell scripts) that record what they were given and
//! print canned tsc output. The real compiler is exercised in `tests/real_tsc.rs`.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A temp project with `models.ts` and one script, its canonical root, and a folder for the fake
/// compiler's records.
struct Project {
    _dir: tempfile::TempDir,
    root: PathBuf,
    records: PathBuf,
}

fn project() -> Project {
    let dir = tempfile::tempdir().unwrap();
    let base = fs::canonicalize(dir.path()).unwrap();
    let root = base.join("nango-integrations");
    write(
        &root.join("models.ts"),
        "export interface GithubIssue {\n    id: number;\n}\n",
    );
    write(
        &root.join("github/syncs/issues.ts"),
        "const issue: GithubIssue = { id: 'x' };\n",
    );
    let records = base.join("records");
    fs::create_dir_all(&records).unwrap();
    Project {
        _dir: dir,
        root,
        records,
    }
}

/// A native "compiler" that saves its arguments, working folder and tsconfig, prints `stdout` and
/// `stderr` and exits with `code`.
#[cfg(unix)]
fn fake_compiler(records: &Path, stdout: &str, stderr: &str, code: i32) -> Compiler {
    use std::os::unix::fs::PermissionsExt;
    write(&records.join("stdout"), stdout);
    write(&records.join("stderr"), stderr);
    let r = records.display();
    let script = format!(
        "#!/bin/sh\necho \"$@\" > '{r}/args'\npwd > '{r}/cwd'\ncp \"$2\" '{r}/tsconfig.json'\n\
         cat '{r}/stdout'\ncat '{r}/stderr' >&2\nexit {code}\n"
    );
    let exe = records.join("tsc");
    write(&exe, &script);
    fs::set_permissions(&exe, fs::Permissions::from_mode(0o755)).unwrap();
    Compiler::Native {
        exe,
        version: Some("7.0.2".into()),
    }
}

fn scripts() -> Vec<PathBuf> {
    vec![PathBuf::from("github/syncs/issues.ts")]
}

#[cfg(unix)]
#[test]
fn runs_tsc_in_the_project_and_reports_its_errors() {
    let p = project();
    let stdout = "github/syncs/issues.ts(1,30): error TS2322: Type 'string' is not assignable to type 'number'.\n";
    let compiler = fake_compiler(&p.records, stdout, "", 2);
    let diagnostics = typecheck(
        &compiler,
        &p.root,
        Path::new("models.ts"),
        &scripts(),
        &TypecheckOptions::default(),
    )
    .unwrap();
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "github/syncs/issues.ts:1:30: error[TS2322]: Type 'string' is not assignable to type 'number'."
        ]
    );

    let args = fs::read_to_string(p.records.join("args")).unwrap();
    assert!(
        args.starts_with("-p ") && args.ends_with("/tsconfig.json --pretty false\n"),
        "{args}"
    );
    assert_eq!(
        fs::read_to_string(p.records.join("cwd")).unwrap().trim(),
        p.root.to_str().unwrap()
    );

    let config: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(p.records.join("tsconfig.json")).unwrap())
            .unwrap();
    let files: Vec<&str> = config["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(files[0], p.root.join("models.ts").to_str().unwrap());
    assert_eq!(
        files[1],
        p.root.join("github/syncs/issues.ts").to_str().unwrap()
    );
    assert!(files[2].ends_with("/nango-globals.d.ts"), "{files:?}");
    assert!(
        !files[2].starts_with(p.root.to_str().unwrap()),
        "nothing is written into the project"
    );
    assert_eq!(files.len(), 3);
    assert_eq!(config["compilerOptions"]["types"], serde_json::json!([]));
    // The temporary folder is gone afterwards.
    assert!(!Path::new(files[2]).exists());
}

#[cfg(unix)]
#[test]
fn node_types_replace_the_globals() {
    let p = project();
    write(&p.root.join("node_modules/@types/node/package.json"), "{}");
    let compiler = fake_compiler(&p.records, "", "", 0);
    let scripts = [
        p.root.join("github/syncs/issues.ts"),
        p.root.join("models.ts"),
    ];
    let diagnostics = typecheck(
        &compiler,
        &p.root,
        &p.root.join("models.ts"),
        &scripts,
        &TypecheckOptions::default(),
    )
    .unwrap();
    assert!(diagnostics.is_empty());
    let config: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(p.records.join("tsconfig.json")).unwrap())
            .unwrap();
    // Absolute paths are kept, and a file listed twice is passed once.
    assert_eq!(config["files"].as_array().unwrap().len(), 2);
    assert_eq!(
        config["compilerOptions"]["types"],
        serde_json::json!(["node"])
    );
    assert_eq!(
        config["compilerOptions"]["typeRoots"],
        serde_json::json!([p.root.join("node_modules/@types").to_str().unwrap()])
    );
}

#[cfg(unix)]
#[test]
fn a_crash_carries_stderr() {
    let p = project();
    let compiler = fake_compiler(&p.records, "", "panic: runtime error\n", 3);
    let error = typecheck(
        &compiler,
        &p.root,
        Path::new("models.ts"),
        &scripts(),
        &TypecheckOptions::default(),
    )
    .unwrap_err();
    let TypecheckError::Crashed { status, stderr } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(status, "exit status: 3");
    assert_eq!(stderr, "panic: runtime error");
    assert_eq!(
        error.to_string(),
        "the TypeScript compiler failed (exit status: 3) without reporting an error:\npanic: runtime error"
    );
}

#[cfg(unix)]
#[test]
fn a_failure_without_diagnostics_is_a_crash_even_with_status_1() {
    let p = project();
    let compiler = fake_compiler(&p.records, "something odd\n", "", 1);
    let error = typecheck(
        &compiler,
        &p.root,
        Path::new("models.ts"),
        &scripts(),
        &TypecheckOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&error, TypecheckError::Crashed { stderr, .. } if stderr == "something odd"),
        "{error:?}"
    );
}

#[test]
fn a_missing_compiler_cannot_be_started() {
    let p = project();
    let compiler = Compiler::Native {
        exe: p.records.join("no-such-tsc"),
        version: None,
    };
    let error = typecheck(
        &compiler,
        &p.root,
        Path::new("models.ts"),
        &scripts(),
        &TypecheckOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(error, TypecheckError::Spawn { .. }), "{error:?}");
}

#[test]
fn a_missing_project_is_an_io_error() {
    let p = project();
    let compiler = Compiler::Native {
        exe: p.records.join("no-such-tsc"),
        version: None,
    };
    let missing = p.root.join("nope");
    let error = typecheck(
        &compiler,
        &missing,
        Path::new("models.ts"),
        &[],
        &TypecheckOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("could not open the project folder {}", missing.display())
    );
}

#[test]
fn simplified_strips_only_the_verbatim_drive_prefix() {
    assert_eq!(simplified(Path::new(r"\\?\C:\p")), PathBuf::from(r"C:\p"));
    assert_eq!(
        simplified(Path::new(r"\\?\UNC\server\share")),
        PathBuf::from(r"\\?\UNC\server\share")
    );
    assert_eq!(simplified(Path::new("/tmp/p")), PathBuf::from("/tmp/p"));
}
