//! What users read, pinned: help texts and the rendering of diagnostics. Review changes with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test` and `git diff`).

mod common;

use common::{init_project, nango, write};

#[test]
fn help_texts() {
    let dir = tempfile::tempdir().unwrap();
    insta::assert_snapshot!("help", nango(dir.path(), &["--help"]).stdout);
    insta::assert_snapshot!(
        "help_compile",
        nango(dir.path(), &["compile", "--help"]).stdout
    );
    insta::assert_snapshot!("help_init", nango(dir.path(), &["init", "--help"]).stdout);
    // Every variable the server reads, with its default; never a secret's value.
    let server = common::command(dir.path(), &["server", "--help"])
        .env("NANGO_ENCRYPTION_KEY", "not-shown")
        .env("NANGO_SECRET_KEY_DEV", "not-shown")
        .output()
        .unwrap();
    let server = String::from_utf8_lossy(&server.stdout);
    assert!(!server.contains("not-shown"), "{server}");
    insta::assert_snapshot!("help_server", server);
    insta::assert_snapshot!(
        "help_deploy",
        nango(dir.path(), &["deploy", "--help"]).stdout
    );
}

#[test]
fn config_errors_render_with_source_and_help() {
    let (_dir, root) = init_project();
    let yaml = std::fs::read_to_string(root.join("nango.yaml")).unwrap();
    write(
        &root.join("nango.yaml"),
        &yaml
            .replace("runs: every half hour", "runs: every blue moon")
            .replace(
                "    state: string\n",
                "    state: open | closed\n    labels: Record<string, string>\n",
            ),
    );
    let run = nango(&root, &["compile"]);
    assert_eq!(run.code, 10);
    insta::assert_snapshot!("config_errors", run.stderr);
}

#[test]
fn script_errors_render_with_source_and_help() {
    let (_dir, root) = init_project();
    let script = root.join("demo-github-integration/syncs/github-issue-example.ts");
    let text = std::fs::read_to_string(&script).unwrap();
    write(
        &script,
        &text
            .replace("'GithubIssue');", "'GithubIsue');")
            .replace("    await nango.log(`Saved", "    nango.log(`Saved"),
    );
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 10);
    insta::assert_snapshot!("script_errors", run.stderr);
}
