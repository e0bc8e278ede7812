//! The providers' `${…}` templates: the input's first line is a template, the rest (when it is
//! JSON) the values it reads as connection config, credentials and metadata.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nango_providers::template::{TemplateValues, interpolate, placeholders};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (template, values) = text.split_once('\n').unwrap_or((text, ""));
    let values: Value = serde_json::from_str(values).unwrap_or(Value::Null);
    let values = TemplateValues {
        connection_config: &values["connectionConfig"],
        credentials: &values["credentials"],
        metadata: &values["metadata"],
    };
    placeholders(template);
    if let Ok(out) = interpolate(template, &values) {
        // A template without `${` or `||` is its own result.
        if !template.contains("${") && !template.contains("||") {
            assert_eq!(out, template);
        }
    }
    let _ = interpolate(template, &TemplateValues::empty());
});
