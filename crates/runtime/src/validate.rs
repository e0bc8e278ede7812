//! Validation of records, inputs and outputs against the models of nango.yaml, in the JSON Schema
//! form `nango generate` writes to `.nango/schema.json` (the subset it uses: `type`, `properties`,
//! `required`, `additionalProperties`, `items`, `enum`, `const`, `anyOf`, `$ref`, `format:
//! date-time`).

use serde_json::Value;

/// What to do with records that do not match their model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Validation {
    /// Do not check (ids are always checked).
    #[default]
    Off,
    /// Log a warning per invalid record and keep it, as Nango does by default.
    Log,
    /// Reject the batch: the script gets an error naming the record and the field.
    Strict,
}

/// Checks `value` against model `model` of `definitions` (the `definitions` of schema.json).
/// Returns the first problem as `path: what` (`/title: expected string, got number`), or `None`
/// when it matches or the model is unknown.
pub fn check(definitions: &Value, model: &str, value: &Value) -> Option<String> {
    let schema = definitions.get(model)?;
    let mut problem = None;
    walk(
        definitions,
        schema,
        value,
        &mut String::new(),
        &mut problem,
        0,
    );
    problem
}

fn walk(
    definitions: &Value,
    schema: &Value,
    value: &Value,
    path: &mut String,
    problem: &mut Option<String>,
    depth: usize,
) {
    if problem.is_some() || depth > 64 {
        return;
    }
    let fail = |problem: &mut Option<String>, path: &str, what: String| {
        *problem = Some(format!(
            "{}: {what}",
            if path.is_empty() { "/" } else { path }
        ));
    };
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/definitions/");
        if let Some(target) = definitions.get(name) {
            walk(definitions, target, value, path, problem, depth + 1);
        }
        return;
    }
    if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
        let matches = options.iter().any(|option| {
            let mut inner = None;
            walk(
                definitions,
                option,
                value,
                &mut path.clone(),
                &mut inner,
                depth + 1,
            );
            inner.is_none()
        });
        if !matches {
            fail(
                problem,
                path,
                format!("{} matches none of the allowed types", describe(value)),
            );
        }
        return;
    }
    if let Some(expected) = schema.get("const")
        && expected != value
    {
        return fail(
            problem,
            path,
            format!("expected {expected}, got {}", short(value)),
        );
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        let list = allowed
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        return fail(
            problem,
            path,
            format!("expected one of {list}, got {}", short(value)),
        );
    }
    if schema.get("not").is_some() {
        return fail(problem, path, "must be absent (undefined)".into());
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return,
    };
    let type_ok = types.iter().any(|t| match *t {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.as_f64().is_some_and(|n| n.fract() == 0.0),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    });
    if !type_ok {
        return fail(
            problem,
            path,
            format!("expected {}, got {}", types.join(" or "), describe(value)),
        );
    }
    if schema.get("format").and_then(Value::as_str) == Some("date-time")
        && let Some(text) = value.as_str()
        && !looks_like_date_time(text)
    {
        return fail(
            problem,
            path,
            format!("expected an ISO 8601 date-time, got {}", short(value)),
        );
    }
    match value {
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("/{i}"));
                    walk(definitions, item_schema, item, path, problem, depth + 1);
                    path.truncate(len);
                }
            }
        }
        Value::Object(fields) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            for name in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if !fields.contains_key(name) {
                    return fail(problem, path, format!("missing required field `{name}`"));
                }
            }
            for (name, field) in fields {
                let len = path.len();
                path.push('/');
                path.push_str(name);
                match (
                    properties.and_then(|p| p.get(name)),
                    schema.get("additionalProperties"),
                ) {
                    (Some(field_schema), _) => {
                        walk(definitions, field_schema, field, path, problem, depth + 1)
                    }
                    (None, Some(Value::Bool(false))) if schema.get("type").is_some() => {
                        fail(problem, path, "is not a field of the model".into());
                    }
                    (None, Some(extra @ Value::Object(_))) => {
                        walk(definitions, extra, field, path, problem, depth + 1)
                    }
                    _ => {}
                }
                path.truncate(len);
                if problem.is_some() {
                    return;
                }
            }
        }
        _ => {}
    }
}

fn looks_like_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[..4].iter().all(u8::is_ascii_digit)
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "a boolean".into(),
        Value::Number(_) => "a number".into(),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.len() > 60 {
        format!(
            "{}…",
            &text[..text.char_indices().nth(57).map_or(text.len(), |(i, _)| i)]
        )
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn definitions() -> Value {
        json!({
            "Issue": {
                "type": "object",
                "properties": {
                    "id": { "type": "number" },
                    "title": { "type": "string" },
                    "state": { "type": "string", "enum": ["open", "closed"] },
                    "author": { "type": ["string", "null"] },
                    "created": { "type": "string", "format": "date-time" },
                    "labels": { "type": "array", "items": { "type": "string" } },
                    "repo": { "$ref": "#/definitions/Repo" }
                },
                "required": ["id", "title", "state"],
                "additionalProperties": false
            },
            "Repo": { "type": "object", "properties": { "name": { "type": "string" } }, "required": ["name"], "additionalProperties": false }
        })
    }

    #[test]
    fn valid_records_pass() {
        let record = json!({ "id": 1, "title": "t", "state": "open", "author": null, "created": "2024-01-01T00:00:00Z", "labels": ["a"], "repo": { "name": "r" } });
        assert_eq!(check(&definitions(), "Issue", &record), None);
        assert_eq!(check(&definitions(), "Unknown", &record), None);
    }

    #[test]
    fn problems_name_the_field() {
        let d = definitions();
        let cases = [
            (
                json!({ "id": 1, "state": "open" }),
                "/: missing required field `title`",
            ),
            (
                json!({ "id": 1, "title": 2, "state": "open" }),
                "/title: expected string, got a number",
            ),
            (
                json!({ "id": 1, "title": "t", "state": "lost" }),
                r#"/state: expected one of "open", "closed", got "lost""#,
            ),
            (
                json!({ "id": 1, "title": "t", "state": "open", "labels": ["a", 3] }),
                "/labels/1: expected string, got a number",
            ),
            (
                json!({ "id": 1, "title": "t", "state": "open", "repo": {} }),
                "/repo: missing required field `name`",
            ),
            (
                json!({ "id": 1, "title": "t", "state": "open", "extra": 1 }),
                "/extra: is not a field of the model",
            ),
            (
                json!({ "id": 1, "title": "t", "state": "open", "created": "yesterday" }),
                r#"/created: expected an ISO 8601 date-time, got "yesterday""#,
            ),
        ];
        for (record, expected) in cases {
            assert_eq!(
                check(&d, "Issue", &record).as_deref(),
                Some(expected),
                "{record}"
            );
        }
    }
}
