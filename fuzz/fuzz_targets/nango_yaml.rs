//! nango.yaml: parsing and validation, the rendering of every diagnostic at its
//! file:line:col, and, for a valid file, the code generated from it (models.ts, the JSON
//! schema, nango.json, the zero-yaml migration's zod models).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nango_config::codegen;
use nango_diagnostics::{RenderOptions, render_all};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = nango_config::load("nango.yaml", text);
    let rendered = render_all(&loaded.diagnostics, RenderOptions::default());
    assert!(loaded.diagnostics.is_empty() || !rendered.is_empty());
    if let Some(config) = loaded.config {
        codegen::models_ts(&config, "0.0.0");
        codegen::schema_json(&config, "0.0.0");
        codegen::nango_json(&config);
        codegen::models_zod_ts(&config);
    }
});
