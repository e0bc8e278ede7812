//! One test per validation rule: each asserts the diagnostic's code, message and position.

use nango_config::load;
use nango_diagnostics::Severity;

/// (severity, code, "line:col", message) of every diagnostic.
fn diagnostics(yaml: &str) -> Vec<(Severity, String, String, String)> {
    load("nango.yaml", yaml)
        .diagnostics
        .into_iter()
        .map(|d| {
            let position = d
                .line_col()
                .map(|(l, c)| format!("{l}:{c}"))
                .unwrap_or_default();
            (d.severity, d.code, position, d.message)
        })
        .collect()
}

fn errors(yaml: &str) -> Vec<(String, String, String)> {
    diagnostics(yaml)
        .into_iter()
        .filter(|d| d.0 == Severity::Error)
        .map(|(_, code, pos, message)| (code, pos, message))
        .collect()
}

fn only_error(yaml: &str) -> (String, String, String) {
    let errors = errors(yaml);
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got {errors:#?}"
    );
    errors.into_iter().next().unwrap()
}

const VALID: &str = "\
integrations:
  github:
    syncs:
      issues:
        runs: every half hour
        output: Issue
        endpoint: GET /issues
models:
  Issue:
    id: string
    title: string
";

#[test]
fn valid_file_has_no_diagnostics() {
    let loaded = load("nango.yaml", VALID);
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert!(loaded.config.is_some());
}

#[test]
fn yaml_syntax_error_names_the_position_not_a_missing_file() {
    let (code, pos, message) =
        only_error("integrations:\n  github:\n    syncs: [a, b\n  other: 1\n");
    assert_eq!(code, "yaml_syntax");
    assert!(message.starts_with("invalid YAML"), "{message}");
    assert_eq!(pos, "4:8");
}

#[test]
fn missing_integrations_key() {
    let (code, pos, message) = only_error("models:\n  A:\n    id: string\n");
    assert_eq!(code, "missing_integrations");
    assert_eq!(pos, "1:1");
    assert_eq!(message, "nango.yaml has no `integrations` key");
}

#[test]
fn empty_file() {
    let (code, _, message) = only_error("# nothing here\n");
    assert_eq!(code, "empty_config");
    assert_eq!(message, "nango.yaml is empty");
}

#[test]
fn sync_without_output() {
    let yaml = VALID.replace("        output: Issue\n", "");
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "missing_output");
    assert_eq!(pos, "4:7");
    assert_eq!(message, "sync `issues` has no `output`");
}

#[test]
fn output_referencing_an_unknown_model_suggests_a_close_one() {
    let yaml = VALID.replace("output: Issue", "output: Isue");
    let loaded = load("nango.yaml", &yaml);
    let error = loaded.diagnostics.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(error.code, "model_not_found");
    assert_eq!(error.message, "output model `Isue` is not defined");
    assert_eq!(error.line_col(), Some((6, 17)));
    assert_eq!(error.help.as_deref(), Some("did you mean `Issue`?"));
    assert_eq!(
        error.label.as_deref(),
        Some("integrations > github > syncs > issues > output")
    );
}

#[test]
fn input_referencing_an_unknown_model() {
    let yaml = VALID.replace("output: Issue", "output: Issue\n        input: Metadata");
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "model_not_found");
    assert_eq!(pos, "7:16");
    assert_eq!(message, "input model `Metadata` is not defined");
}

#[test]
fn sync_output_without_id() {
    let yaml = VALID.replace("    id: string\n", "");
    let loaded = load("nango.yaml", &yaml);
    let error = loaded.diagnostics.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(error.code, "model_missing_id");
    assert_eq!(
        error.message,
        "model `Issue` has no `id` field, but it is the output of sync `issues`"
    );
    assert_eq!(error.line_col(), Some((6, 17)));
    assert!(
        error
            .help
            .as_deref()
            .unwrap()
            .contains("add `id: string` to model `Issue`")
    );
}

#[test]
fn invalid_runs() {
    let yaml = VALID.replace("every half hour", "every blue moon");
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "invalid_runs");
    assert_eq!(pos, "5:15");
    assert!(
        message.contains("`every blue moon` is not a frequency"),
        "{message}"
    );
}

#[test]
fn runs_too_frequent() {
    let (code, _, message) = only_error(&VALID.replace("every half hour", "every 5s"));
    assert_eq!(code, "invalid_runs");
    assert!(message.contains("too frequent"), "{message}");
}

#[test]
fn sync_without_runs() {
    let (code, pos, _) = only_error(&VALID.replace("        runs: every half hour\n", ""));
    assert_eq!(code, "missing_runs");
    assert_eq!(pos, "4:7");
}

#[test]
fn endpoint_path_without_slash() {
    let (code, pos, message) = only_error(&VALID.replace("GET /issues", "GET issues"));
    assert_eq!(code, "invalid_endpoint");
    assert_eq!(pos, "7:19");
    assert_eq!(message, "endpoint path `issues` must start with `/`");
}

#[test]
fn endpoint_bad_method() {
    let yaml = VALID.replace(
        "endpoint: GET /issues",
        "endpoint:\n          method: FETCH\n          path: /issues",
    );
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "invalid_endpoint");
    assert_eq!(pos, "8:19");
    assert_eq!(message, "`FETCH` is not an HTTP method");
}

#[test]
fn endpoint_without_method() {
    let (code, _, message) = only_error(&VALID.replace("GET /issues", "/issues"));
    assert_eq!(code, "invalid_endpoint");
    assert!(message.contains("write `<METHOD> /path`"), "{message}");
}

#[test]
fn endpoint_path_params_are_accepted() {
    let yaml = VALID.replace("GET /issues", "GET /issues/{id}");
    assert!(errors(&yaml).is_empty());
}

#[test]
fn duplicate_script_names_across_kinds() {
    let yaml = VALID.replace(
        "models:",
        "    actions:\n      issues:\n        output: Issue\n        endpoint: POST /issues\nmodels:",
    );
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "duplicate_script");
    assert_eq!(pos, "9:7");
    assert_eq!(
        message,
        "script name `issues` is used twice in this integration: a sync on line 4 and an action here"
    );
}

#[test]
fn duplicate_keys_are_reported_not_overwritten() {
    let yaml = VALID.replace(
        "models:",
        "      issues:\n        runs: every day\n        output: Issue\nmodels:",
    );
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "duplicate_key");
    assert_eq!(pos, "8:7");
    assert_eq!(message, "`issues` is defined twice");
}

#[test]
fn duplicate_endpoints() {
    let yaml = VALID.replace(
        "models:",
        "    actions:\n      list:\n        output: Issue\n        endpoint: GET /issues\nmodels:",
    );
    let (code, _, message) = only_error(&yaml);
    assert_eq!(code, "duplicate_endpoint");
    assert_eq!(
        message,
        "endpoint `GET /issues` is already used by `issues`"
    );
}

#[test]
fn unsupported_type_syntax() {
    let yaml = format!("{VALID}    payload: Record<string, any>\n");
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "type_syntax_error");
    assert_eq!(pos, "12:14");
    assert!(message.starts_with("unsupported type syntax"), "{message}");
}

#[test]
fn unknown_model_type_is_a_warning() {
    let yaml = format!("{VALID}    state: FooBar\n");
    let diags = diagnostics(&yaml);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let (severity, code, pos, message) = &diags[0];
    assert_eq!(*severity, Severity::Warning);
    assert_eq!(code, "model_not_found_fallback");
    assert_eq!(pos, "12:12");
    assert_eq!(
        message,
        "`FooBar` is neither a type nor a model: it is used as the string literal 'FooBar'"
    );
    assert!(load("nango.yaml", &yaml).config.is_some());
}

#[test]
fn quoted_literals_do_not_warn() {
    let yaml = format!("{VALID}    state: \"'open' | 'closed'\"\n    kind: 'issue'\n");
    assert!(diagnostics(&yaml).is_empty(), "{:#?}", diagnostics(&yaml));
}

#[test]
fn several_errors_are_reported_in_one_run() {
    let yaml = "\
integrations:
  github:
    syncs:
      a:
        runs: every blue moon
        output: Missing
      b:
        runs: every day
    actions:
      c:
        endpoint: FETCH /x
models:
  M:
    x: Record<a, b>
";
    let codes: Vec<String> = errors(yaml).into_iter().map(|e| e.0).collect();
    assert_eq!(
        codes,
        [
            "invalid_runs",
            "model_not_found",
            "missing_output",
            "invalid_endpoint",
            "type_syntax_error"
        ]
    );
}

#[test]
fn invalid_event_and_unknown_keys() {
    let yaml = VALID.replace(
        "models:",
        "    on-events:\n      post-connection-create:\n        - setup\nmodels:",
    );
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "invalid_event");
    assert_eq!(pos, "9:7");
    assert_eq!(message, "`post-connection-create` is not an event");

    let yaml = VALID.replace("runs:", "track_delete: true\n        runs:");
    let diags = diagnostics(&yaml);
    assert_eq!(diags[0].1, "unknown_key");
    assert_eq!(diags[0].0, Severity::Warning);
}

#[test]
fn invalid_boolean_and_sync_type() {
    let yaml = VALID.replace(
        "runs:",
        "track_deletes: maybe\n        sync_type: partial\n        runs:",
    );
    let codes: Vec<(String, String)> = errors(&yaml).into_iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(
        codes,
        [
            ("invalid_value".to_string(), "5:24".to_string()),
            ("invalid_value".to_string(), "6:20".to_string())
        ]
    );
}

#[test]
fn extends_of_unknown_model_and_cycles() {
    let yaml =
        format!("{VALID}    __extends: Bse\n  A:\n    __extends: B\n  B:\n    __extends: A\n");
    let errors = errors(&yaml);
    let codes: Vec<&str> = errors.iter().map(|e| e.0.as_str()).collect();
    // A cycle is reported once, where it closes.
    assert_eq!(codes, ["model_not_found", "cyclic_extends"]);
    assert_eq!(
        errors[1].2,
        "models extend each other in a cycle: A -> B -> A"
    );
}

#[test]
fn two_syncs_of_an_integration_cannot_save_the_same_model() {
    let yaml = VALID.replace(
        "models:",
        "      closed-issues:\n        runs: every day\n        output: Issue\nmodels:",
    );
    let (code, pos, message) = only_error(&yaml);
    assert_eq!(code, "duplicate_model");
    assert_eq!(pos, "10:17");
    assert_eq!(
        message,
        "model `Issue` is already the output of sync `issues`"
    );
    // Another integration may use it.
    let yaml = VALID.replace("models:", "  gitlab:\n    syncs:\n      issues:\n        runs: every day\n        output: Issue\nmodels:");
    assert!(errors(&yaml).is_empty());
}
