//! Golden tests: each folder under `tests/golden/` holds a nango.yaml and the files generated from
//! it (`nango.json`, `schema.json`, `models.ts.models`: the Models section of models.ts, and
//! `diagnostics.txt`). Run with `UPDATE_GOLDEN=1` to rewrite the expected files after an intended
//! change, then review the diff.

use std::path::Path;

use nango_config::codegen;

fn check(case: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(case);
    let yaml = std::fs::read_to_string(dir.join("nango.yaml")).unwrap();
    let loaded = nango_config::load("nango.yaml", &yaml);
    let diagnostics: String = loaded
        .diagnostics
        .iter()
        .map(|d| format!("{d}\n"))
        .collect();
    let config = loaded
        .config
        .unwrap_or_else(|| panic!("{case}: invalid config:\n{diagnostics}"));
    let pretty = |v: serde_json::Value| serde_json::to_string_pretty(&v).unwrap() + "\n";
    let outputs = [
        ("nango.json", pretty(codegen::nango_json(&config))),
        (
            "schema.json",
            pretty(codegen::schema_json(&config, "0.0.0-test")),
        ),
        ("models.ts.models", codegen::model_declarations(&config)),
        ("diagnostics.txt", diagnostics),
    ];
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for (name, actual) in outputs {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{case}/{name} missing: run with UPDATE_GOLDEN=1"));
        pretty_assertions::assert_eq!(expected, actual, "{case}/{name}");
    }
}

#[test]
fn v2_all_features() {
    check("v2-all-features");
}

#[test]
fn v1_layout() {
    check("v1-layout");
}
