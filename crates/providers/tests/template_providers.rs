//! The built-in catalog covers every provider that Nango's public integration templates
//! (NangoHQ/integration-templates) use, so a template deployed on nango-rs finds its provider.
//!
//! `fixtures/template-providers.txt` lists those provider keys; its first line says where the list
//! came from.

use std::collections::BTreeSet;

use nango_providers::Catalog;

const LIST: &str = include_str!("fixtures/template-providers.txt");

/// The keys of the list: one a line, `#` lines and blank lines skipped.
fn template_providers() -> Vec<&'static str> {
    LIST.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

#[test]
fn the_list_is_sorted_without_duplicates() {
    let keys = template_providers();
    assert!(keys.len() > 200, "only {} keys in the list", keys.len());
    let unique: BTreeSet<&str> = keys.iter().copied().collect();
    assert_eq!(unique.len(), keys.len(), "the list has duplicate keys");
    assert!(
        keys.windows(2).all(|pair| pair[0] < pair[1]),
        "the list is not sorted"
    );
    for key in &keys {
        assert!(
            key.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "`{key}` is not a provider key"
        );
    }
}

#[test]
fn every_template_provider_is_built_in() {
    let catalog = Catalog::builtin();
    let missing: Vec<&str> = template_providers()
        .into_iter()
        .filter(|key| catalog.get(key).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "{} template providers are not in providers.yaml: {}",
        missing.len(),
        missing.join(", ")
    );
}
