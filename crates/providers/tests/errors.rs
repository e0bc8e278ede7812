//! What a user sees when a providers file is wrong: every message names `file:line:column`.

use std::path::Path;

use nango_providers::{Catalog, CatalogError};

fn error(text: &str) -> String {
    Catalog::from_yaml("my-providers.yaml", text)
        .unwrap_err()
        .to_string()
}

#[test]
fn yaml_syntax_errors_name_the_position() {
    let text = "github:\n    auth_mode: OAUTH2\n    display_name: \"GitHub\n";
    insta::assert_snapshot!(error(text), @"my-providers.yaml:3:19: unclosed quote");
    let text = "github:\n    auth_mode: OAUTH2\n  display_name: GitHub\n";
    insta::assert_snapshot!(
        error(text),
        @"my-providers.yaml:3:3: while parsing a block mapping, did not find expected key"
    );
    let text = "github:\n    auth_mode: OAUTH2\n    display_name: a: b\n";
    insta::assert_snapshot!(error(text), @"my-providers.yaml:3:20: mapping values are not allowed in this context");
    let text = "github:\n\tauth_mode: OAUTH2\n";
    insta::assert_snapshot!(
        error(text),
        @"my-providers.yaml:2:2: tabs disallowed within this context (block indentation)"
    );
}

#[test]
fn type_errors_name_the_position_of_the_value() {
    let text = "github:\n    auth_mode: OAUTH2\n    proxy:\n        base_url: https://api.github.com\n        headers:\n            accept: [a, b]\n";
    insta::assert_snapshot!(error(text), @"my-providers.yaml:6:21: expected string scalar");
    let text = "github:\n    auth_mode: [OAUTH2]\n";
    insta::assert_snapshot!(error(text), @"my-providers.yaml:2:16: expected string scalar");
}

#[test]
fn the_document_must_be_a_map_of_providers() {
    insta::assert_snapshot!(error("- github\n- gitlab\n"), @"my-providers.yaml:1:1: expected mapping start");
    insta::assert_snapshot!(error("github: OAUTH2\n"), @"my-providers.yaml:1:9: expected mapping start");
}

#[test]
fn duplicate_providers_are_errors() {
    let text = "github:\n    auth_mode: OAUTH2\ngithub:\n    auth_mode: API_KEY\n";
    let message = error(text);
    assert!(
        message.starts_with("my-providers.yaml:3:1: duplicate mapping key"),
        "{message}"
    );
}

#[test]
fn unknown_aliases_name_the_provider() {
    let text = "github:\n    auth_mode: OAUTH2\n\nconfluence:\n    alias: jira\n";
    insta::assert_snapshot!(
        error(text),
        @"my-providers.yaml:4:1: provider `confluence` is an alias of `jira`, which is not in the catalog"
    );
    let text = "a:\n    alias: b\nb:\n    alias: c\n";
    insta::assert_snapshot!(
        error(text),
        @"my-providers.yaml:1:1: provider `a` is an alias of an alias of `c` (a -> b), which is not in the catalog"
    );
    let text = "a:\n    alias: b\nb:\n    alias: a\n";
    insta::assert_snapshot!(error(text), @"my-providers.yaml:1:1: provider `a` has an alias cycle: a -> b -> a");
}

#[test]
fn incomplete_providers_are_errors() {
    insta::assert_snapshot!(
        error("github:\n    display_name: GitHub\n"),
        @"my-providers.yaml:1:1: provider `github` has no `auth_mode`"
    );
    insta::assert_snapshot!(
        error("base:\n    display_name: Base\nchild:\n    alias: base\n"),
        @"my-providers.yaml:1:1: provider `base` has no `auth_mode`"
    );
    insta::assert_snapshot!(
        error("github:\n    auth_mode: OAUTH2\n    proxy:\n        headers: {}\n"),
        @"my-providers.yaml:1:1: provider `github` has a `proxy` without a `base_url`"
    );
}

#[test]
fn error_fields_are_data() {
    let text = "ok:\n    auth_mode: NONE\nbad:\n    auth_mode: {}\n";
    match Catalog::from_yaml("f.yaml", text).unwrap_err() {
        CatalogError::Yaml {
            file, line, column, ..
        } => assert_eq!((file.as_str(), line, column), ("f.yaml", 4, 16)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_empty_file_is_an_empty_catalog() {
    for text in ["", "# nothing yet\n", "~\n"] {
        let catalog = Catalog::from_yaml("empty.yaml", text).unwrap();
        assert!(catalog.is_empty());
        assert_eq!(catalog.len(), 0);
    }
}

#[test]
fn a_missing_file_names_the_path() {
    let message = Catalog::load(Path::new("/nonexistent/providers.yaml"))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("cannot read the providers file /nonexistent/providers.yaml: "),
        "{message}"
    );
    let message = Catalog::builtin_with_file(Some(Path::new("/nonexistent/providers.yaml")))
        .unwrap_err()
        .to_string();
    assert!(message.contains("/nonexistent/providers.yaml"), "{message}");
}

#[test]
fn loaded_files_use_their_path_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("providers.yaml");
    std::fs::write(&path, "x:\n    auth_mode: OAUTH2\n    proxy: 3\n").unwrap();
    let message = Catalog::load(&path).unwrap_err().to_string();
    assert_eq!(
        message,
        format!("{}:3:12: expected mapping start", path.display())
    );
}
