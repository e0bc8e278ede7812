//! End to end through the real binary: init, generate, compile, their errors and exit codes.

mod common;

use common::{command, init_project, nango, run_bundle, tsc, write};

const EXAMPLE: &str = "demo-github-integration/syncs/github-issue-example.ts";
const DIST: &str = "dist/github-issue-example-demo-github-integration.js";

#[test]
fn help_and_version() {
    let dir = tempfile::tempdir().unwrap();
    let run = nango(dir.path(), &["--help"]);
    assert_eq!(run.code, 0);
    for command in ["init", "generate", "compile", "dev", "version"] {
        assert!(run.stdout.contains(command), "{}", run.stdout);
    }
    let run = nango(dir.path(), &["compile", "--help"]);
    assert!(run.stdout.contains("--no-typecheck"), "{}", run.stdout);
    let version = format!("nango {} (nango-rs)\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(nango(dir.path(), &["version"]).stdout, version);
    assert!(
        nango(dir.path(), &["-v"])
            .stdout
            .contains(env!("CARGO_PKG_VERSION"))
    );
    let run = nango(dir.path(), &["frobnicate"]);
    assert_eq!(run.code, 2, "clap usage errors exit 2");
}

#[test]
fn init_creates_a_folder_that_compiles() {
    let (_dir, root) = init_project();
    for file in [
        ".env",
        ".gitignore",
        "nango.yaml",
        "models.ts",
        ".nango/nango.json",
        ".nango/schema.json",
        ".nango/schema.ts",
        EXAMPLE,
    ] {
        assert!(root.join(file).is_file(), "{file} missing");
    }
    let env = std::fs::read_to_string(root.join(".env")).unwrap();
    for var in [
        "#NANGO_SECRET_KEY_DEV",
        "#NANGO_SECRET_KEY_PROD",
        "#NANGO_HOSTPORT",
    ] {
        assert!(env.contains(var), "{var} not in .env");
    }
    let models = std::fs::read_to_string(root.join("models.ts")).unwrap();
    for decl in [
        "export interface GithubIssue",
        "export declare class NangoSync",
        "export declare class NangoAction",
        "export interface ProxyConfiguration",
        "export declare class ActionError",
        "export const NangoFlows",
    ] {
        assert!(models.contains(decl), "models.ts lacks {decl}");
    }

    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("compiled 1 script"), "{}", run.stdout);
    let bundle = std::fs::read_to_string(root.join(DIST)).unwrap();
    assert!(bundle.contains("module.exports = __nango_require(\"demo-github-integration/syncs/github-issue-example.ts\")"));
    let map: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join(format!("{DIST}.map"))).unwrap())
            .unwrap();
    assert_eq!(
        map["sources"][0],
        "../demo-github-integration/syncs/github-issue-example.ts"
    );
}

#[test]
fn example_sync_runs_and_saves_issues() {
    let (_dir, root) = init_project();
    assert_eq!(nango(&root, &["compile", "--no-typecheck"]).code, 0);
    // A fake `nango` object: two repos, each with one issue and one pull request.
    let nango_object = r#"{
  async *paginate(config) {
    if (config.endpoint === '/user/repos') { yield [{ name: 'a', owner: { login: 'o' } }, { name: 'b', owner: { login: 'o' } }]; return; }
    yield [
      { id: config.endpoint.length, number: 1, title: 't ' + config.endpoint, state: 'open', user: { login: 'u', id: 7 }, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-02T00:00:00Z' },
      { id: 99, number: 2, title: 'pr', state: 'open', user: null, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z', pull_request: {} },
    ];
  },
  async batchSave(records, model) { out.push(...records.map((r) => [model, r.repo, r.title, r.author_id, r.date_created.toISOString()])); return true; },
  async log(message) { out.push(['log', message]); },
}"#;
    let Some(saved) = run_bundle(&root.join(DIST), nango_object) else {
        return;
    };

    assert_eq!(
        saved,
        serde_json::json!([
            [
                "GithubIssue",
                "a",
                "t /repos/o/a/issues",
                "7",
                "2024-01-01T00:00:00.000Z"
            ],
            [
                "GithubIssue",
                "b",
                "t /repos/o/b/issues",
                "7",
                "2024-01-01T00:00:00.000Z"
            ],
            ["log", "Saved 2 issues from 2 repositories"]
        ])
    );
}

#[test]
fn init_refuses_an_existing_folder() {
    let (dir, root) = init_project();
    let before = std::fs::read_to_string(root.join("nango.yaml")).unwrap();
    let run = nango(dir.path(), &["init", "proj"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("is already a Nango integrations folder: nothing was changed"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(root.join("nango.yaml")).unwrap(),
        before
    );
}

#[test]
fn commands_outside_a_project_say_so() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["generate", "compile", "dev"] {
        let run = nango(dir.path(), &[cmd]);
        assert_eq!(run.code, 1, "{cmd}");
        assert!(
            run.stderr
                .contains("not inside a Nango integrations folder"),
            "{cmd}: {}",
            run.stderr
        );
    }
}

#[test]
fn commands_work_from_a_subfolder() {
    let (_dir, root) = init_project();
    let run = nango(
        &root.join("demo-github-integration/syncs"),
        &["compile", "--no-typecheck"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
}

#[test]
fn config_errors_exit_10_with_file_line_and_column() {
    let (_dir, root) = init_project();
    let yaml = std::fs::read_to_string(root.join("nango.yaml")).unwrap();
    write(
        &root.join("nango.yaml"),
        &yaml
            .replace("runs: every half hour", "runs: every blue moon")
            .replace("output: GithubIssue", "output: GithubIsue"),
    );
    for cmd in ["generate", "compile"] {
        let run = nango(&root, &[cmd]);
        assert_eq!(run.code, 10, "{cmd}: {}", run.all());
        assert!(run.stderr.contains("nango.yaml:14:15"), "{}", run.stderr);
        assert!(
            run.stderr.contains("`every blue moon` is not a frequency"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("nango.yaml:17:17"), "{}", run.stderr);
        assert!(
            run.stderr.contains("did you mean `GithubIssue`?"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("nango.yaml is invalid: 2 errors"),
            "{}",
            run.stderr
        );
    }
    // A YAML syntax error is not "file not found".
    write(&root.join("nango.yaml"), "integrations:\n  x: [\n");
    let run = nango(&root, &["compile"]);
    assert_eq!(run.code, 10);
    assert!(run.stderr.contains("invalid YAML"), "{}", run.stderr);
    assert!(run.stderr.contains("nango.yaml:3:1"), "{}", run.stderr);
}

#[test]
fn script_errors_point_at_the_source() {
    let (_dir, root) = init_project();
    let script = root.join(EXAMPLE);
    let original = std::fs::read_to_string(&script).unwrap();
    let cases = [
        (
            "let repoCount = 0;",
            "let repoCount = = 0;",
            "syntax_error",
            "github-issue-example.ts:28:21",
        ),
        (
            "'GithubIssue');",
            "'GithubIsue');",
            "`GithubIsue` is not an output model of sync `github-issue-example`",
            "github-issue-example.ts:48:52",
        ),
        (
            "    await nango.log(`Saved",
            "    nango.log(`Saved",
            "`nango.log()` returns a promise that is not awaited",
            "github-issue-example.ts:55:5",
        ),
        (
            "let repoCount = 0;",
            "let repoCount = 0;\n    return repoCount;",
            "must not return a value",
            "github-issue-example.ts:29:5",
        ),
        (
            "interface GithubRepo {",
            "import _ from 'lodash';\nconsole.log(_);\ninterface GithubRepo {",
            "package `lodash` cannot be imported",
            "github-issue-example.ts:4:15",
        ),
        (
            "interface GithubRepo {",
            "import { x } from '../helpers/missing.js';\nconsole.log(x);\ninterface GithubRepo {",
            "cannot find `../helpers/missing.js`",
            "github-issue-example.ts:4:19",
        ),
    ];
    for (from, to, message, position) in cases {
        assert!(original.contains(from), "{from}");
        write(&script, &original.replacen(from, to, 1));
        let run = nango(&root, &["compile", "--no-typecheck"]);
        assert_eq!(run.code, 10, "{message}: {}", run.all());
        assert!(
            run.stderr.contains(message),
            "expected {message:?} in\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains(position),
            "expected {position} in\n{}",
            run.stderr
        );
    }
    std::fs::remove_file(&script).unwrap();
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 10);
    assert!(run.stderr.contains("sync `github-issue-example` of integration `demo-github-integration` has no script file"), "{}", run.stderr);
}

#[test]
fn generate_writes_scaffolds_and_never_touches_existing_scripts() {
    let (_dir, root) = init_project();
    let yaml = std::fs::read_to_string(root.join("nango.yaml")).unwrap();
    let extended = yaml.replace(
        "\nmodels:",
        "    actions:
      create-issue:
        endpoint: POST /example/github/issues
        input: CreateIssueInput
        output: GithubIssue
      count-issues:
        endpoint: GET /example/github/count
        output: number
    on-events:
      post-connection-creation:
        - setup-webhook

models:
  CreateIssueInput:
    title: string",
    );
    write(&root.join("nango.yaml"), &extended);
    let example = std::fs::read_to_string(root.join(EXAMPLE)).unwrap();
    let run = nango(&root, &["generate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    for created in [
        "demo-github-integration/actions/create-issue.ts",
        "demo-github-integration/actions/count-issues.ts",
        "demo-github-integration/on-events/setup-webhook.ts",
    ] {
        assert!(
            run.stdout
                .contains(&format!("created {created} (scaffold)")),
            "{}",
            run.stdout
        );
        assert!(root.join(created).is_file());
    }
    assert!(
        run.stderr.contains("model_is_literal"),
        "the `output: number` warning: {}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(root.join(EXAMPLE)).unwrap(),
        example
    );

    // Scaffolds compile, including under the real type check when a compiler is available.
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("compiled 4 scripts"), "{}", run.stdout);
    let Some(tsc) = tsc() else { return };
    let run: common::Run = command(&root, &["compile"])
        .env("NANGO_TSC", &tsc)
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("type-checked with"), "{}", run.stderr);
}

#[test]
fn type_errors_are_reported_like_other_errors() {
    let Some(tsc) = tsc() else { return };
    let (_dir, root) = init_project();
    let script = root.join(EXAMPLE);
    let original = std::fs::read_to_string(&script).unwrap();
    write(
        &script,
        &original.replace("author: issue.user?.login ?? 'unknown',", "author: 42,"),
    );
    let run: common::Run = command(&root, &["compile"])
        .env("NANGO_TSC", &tsc)
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 10, "{}", run.all());
    assert!(run.stderr.contains("TS2322"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Type 'number' is not assignable to type 'string'."),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("github-issue-example.ts:65:9"),
        "{}",
        run.stderr
    );

    let run: common::Run = command(&root, &["compile", "--no-typecheck"])
        .env("NANGO_TSC", &tsc)
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "--no-typecheck skips it: {}", run.all());
}

#[test]
fn without_node_the_type_check_is_skipped_with_a_notice() {
    let (_dir, root) = init_project();
    let empty = tempfile::tempdir().unwrap();
    let run: common::Run = command(&root, &["compile"])
        .env("PATH", empty.path())
        .env("NANGO_CACHE_DIR", empty.path().join("cache"))
        .env("HOME", empty.path())
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stderr.contains("warning: type check skipped"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("type check skipped").count(), 1);
}

#[test]
fn dotenv_is_loaded_but_the_process_environment_wins() {
    // Observable through the type check: NANGO_TSC from .env points at a missing compiler.
    let (_dir, root) = init_project();
    write(
        &root.join(".env"),
        "NANGO_TSC=/nonexistent/tsc-from-dotenv\n",
    );
    let run = nango(&root, &["compile"]);
    assert!(run.all().contains("tsc-from-dotenv"), "{}", run.all());
    let run: common::Run = command(&root, &["compile"])
        .env("NANGO_TSC", "/nonexistent/tsc-from-process")
        .output()
        .unwrap()
        .into();
    assert!(run.all().contains("tsc-from-process"), "{}", run.all());
}
