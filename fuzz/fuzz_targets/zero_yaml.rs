//! Zero-yaml definitions: the lines of `index.ts`, the locator of a script's definition fields
//! in its source, and the checks of an evaluated definition (any JSON value the sandbox could
//! hand over), with their diagnostics rendered.
//!
//! The input is a script's source; when it is also JSON, it is checked as that script's
//! evaluated definition.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nango_diagnostics::{RenderOptions, SourceFile, render_all};
use nango_project::zero_yaml::{EntryPoint, check_definitions, entry_points};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let index = SourceFile::new("index.ts", text);
    let (entries, diagnostics) = entry_points(&index);
    render_all(&diagnostics, RenderOptions::default());
    for entry in &entries {
        assert!(
            index
                .text
                .get(entry.span.0..entry.span.0 + entry.span.1)
                .is_some()
        );
    }

    let file = SourceFile::new("github/syncs/issues.ts", text);
    nango_build::definition::locate_definition(&file);
    let definition = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
    let entry = EntryPoint {
        file: "github/syncs/issues.ts".into(),
        integration: "github".into(),
        name: "issues".into(),
        span: (0, 0),
    };
    let loaded = check_definitions(&[(entry, file, definition)]);
    render_all(&loaded.diagnostics, RenderOptions::default());
});
