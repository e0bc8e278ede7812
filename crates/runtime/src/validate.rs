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
            for name in required(schema) {
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

/// Whether a record's JSON text certainly matches model `model`, read without building it: what
/// a sync saves mostly matches, and then [`check`]'s parse into a value is not needed. `false`
/// means it may not match (a mismatch, a schema that uses `anyOf`, `const`, `enum` or `not`, which
/// this does not read, or text that is not JSON): then [`check`] on the value says.
pub fn matches_text(definitions: &Value, model: &str, text: &str) -> bool {
    let Some(schema) = definitions.get(model) else {
        return true;
    };
    let mut reader = serde_json::Deserializer::from_str(text);
    let seed = Reading {
        definitions,
        schema,
        depth: 0,
    };
    serde::de::DeserializeSeed::deserialize(seed, &mut reader).is_ok() && reader.end().is_ok()
}

/// A value read against its schema; reading stops with an error at the first doubt.
#[derive(Clone, Copy)]
struct Reading<'a> {
    definitions: &'a Value,
    schema: &'a Value,
    depth: usize,
}

impl<'a> Reading<'a> {
    /// The schema a value is read against, past `$ref`s; `None`: nothing to check (an unknown
    /// reference, or no `type`). `Err`: what this does not read.
    fn resolved<E: serde::de::Error>(mut self) -> Result<Option<(Self, Vec<&'a str>)>, E> {
        let doubt = || E::custom("not read here");
        loop {
            if self.depth > 64 {
                return Err(doubt());
            }
            match self.schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let name = reference.trim_start_matches("#/definitions/");
                    match self.definitions.get(name) {
                        Some(target) => {
                            self.schema = target;
                            self.depth += 1;
                        }
                        None => return Ok(None),
                    }
                }
                None => break,
            }
        }
        if ["anyOf", "const", "enum", "not"]
            .iter()
            .any(|k| self.schema.get(*k).is_some())
        {
            return Err(doubt());
        }
        let types: Vec<&str> = match self.schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return Ok(None),
        };
        Ok(Some((self, types)))
    }

    fn inner(&self, schema: &'a Value) -> Self {
        Reading {
            definitions: self.definitions,
            schema,
            depth: self.depth + 1,
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Reading<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, reader: D) -> Result<(), D::Error> {
        match self.resolved::<D::Error>()? {
            None => serde::de::IgnoredAny::deserialize(reader).map(|_| ()),
            Some((reading, types)) => reader.deserialize_any(Typed { reading, types }),
        }
    }
}

use serde::Deserialize as _;

/// A value whose schema allows `types`.
struct Typed<'a> {
    reading: Reading<'a>,
    types: Vec<&'a str>,
}

impl Typed<'_> {
    /// Whether the schema allows one of `kinds` (a type it does not know allows anything).
    fn allows(&self, kinds: &[&str]) -> bool {
        self.types.iter().any(|t| {
            kinds.contains(t)
                || !matches!(
                    *t,
                    "string" | "number" | "integer" | "boolean" | "null" | "array" | "object"
                )
        })
    }

    fn check<E: serde::de::Error>(&self, ok: bool) -> Result<(), E> {
        if ok {
            Ok(())
        } else {
            Err(E::custom("does not match"))
        }
    }
}

impl<'de> serde::de::Visitor<'de> for Typed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a record")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<(), E> {
        let date_time =
            self.reading.schema.get("format").and_then(Value::as_str) == Some("date-time");
        self.check(self.allows(&["string"]) && (!date_time || looks_like_date_time(text)))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.check(self.allows(&["number", "integer"]))
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.check(self.allows(&["number", "integer"]))
    }

    fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<(), E> {
        let kinds: &[&str] = if n.fract() == 0.0 {
            &["number", "integer"]
        } else {
            &["number"]
        };
        self.check(self.allows(kinds))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.check(self.allows(&["boolean"]))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.check(self.allows(&["null"]))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        self.check::<A::Error>(self.allows(&["array"]))?;
        match self.reading.schema.get("items") {
            Some(schema) => {
                let reading = self.reading.inner(schema);
                while items.next_element_seed(reading)?.is_some() {}
            }
            None => while items.next_element::<serde::de::IgnoredAny>()?.is_some() {},
        }
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut fields: A) -> Result<(), A::Error> {
        self.check::<A::Error>(self.allows(&["object"]))?;
        let schema = self.reading.schema;
        let properties = schema.get("properties").and_then(Value::as_object);
        let required: Vec<&str> = required(schema).collect();
        let closed = schema.get("additionalProperties");
        let mut seen = vec![false; required.len()];
        while let Some(name) = fields.next_key::<std::borrow::Cow<'de, str>>()? {
            if let Some(at) = required.iter().position(|r| *r == name) {
                seen[at] = true;
            }
            match (properties.and_then(|p| p.get(name.as_ref())), closed) {
                (Some(field), _) => fields.next_value_seed(self.reading.inner(field))?,
                (None, Some(Value::Bool(false))) if schema.get("type").is_some() => {
                    return self.check(false);
                }
                (None, Some(extra @ Value::Object(_))) => {
                    fields.next_value_seed(self.reading.inner(extra))?
                }
                _ => {
                    fields.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        self.check(seen.iter().all(|s| *s))
    }
}

/// The names an object schema's `required` lists.
pub fn required(schema: &Value) -> impl Iterator<Item = &str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
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

    /// Models without the keywords `matches_text` leaves to `check`.
    fn plain_definitions() -> Value {
        json!({
            "Contact": {
                "type": "object",
                "properties": {
                    "id": { "type": "string" },
                    "n": { "type": "integer" },
                    "score": { "type": ["number", "null"] },
                    "at": { "type": "string", "format": "date-time" },
                    "tags": { "type": "array", "items": { "type": "string" } },
                    "company": { "$ref": "#/definitions/Company" },
                    "extra": { "type": "object", "additionalProperties": { "type": "boolean" } },
                    "anything": {}
                },
                "required": ["id", "n"],
                "additionalProperties": false
            },
            "Company": { "type": "object", "properties": { "name": { "type": "string" } }, "required": ["name"], "additionalProperties": false }
        })
    }

    #[test]
    fn reading_the_text_agrees_with_checking_the_value() {
        let plain = plain_definitions();
        let with_enum = definitions();
        let mut seed: u64 = 7;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let values = [
            json!("s"),
            json!(""),
            json!(1),
            json!(-2),
            json!(1.5),
            json!(3.0),
            json!(true),
            json!(null),
            json!([]),
            json!(["a", "b"]),
            json!(["a", 1]),
            json!({}),
            json!({ "name": "x" }),
            json!({ "name": 1 }),
            json!({ "name": "x", "other": 1 }),
            json!({ "flag": true }),
            json!({ "flag": "no" }),
            json!("2024-01-01T00:00:00Z"),
            json!("yesterday"),
        ];
        let names = [
            "id", "n", "score", "at", "tags", "company", "extra", "anything", "unknown", "title",
            "state", "labels", "repo", "author", "created",
        ];
        let mut checked = 0;
        for _ in 0..20_000 {
            let mut record = serde_json::Map::new();
            for _ in 0..next(7) {
                let name = names[next(names.len() as u64) as usize];
                record.insert(
                    name.into(),
                    values[next(values.len() as u64) as usize].clone(),
                );
            }
            if next(3) > 0 {
                record.insert("id".into(), json!(format!("r{}", next(100))));
                record.insert("n".into(), json!(next(5)));
            }
            let record = Value::Object(record);
            let text = record.to_string();
            for (definitions, model, exact) in [
                (&plain, "Contact", true),
                (&with_enum, "Issue", false),
                (&with_enum, "Repo", true),
            ] {
                let valid = check(definitions, model, &record).is_none();
                let read = matches_text(definitions, model, &text);
                // Reading the text never passes what the value check fails, and where it reads
                // the whole schema it passes what the value check passes.
                assert!(!read || valid, "{model}: {text}");
                if exact {
                    assert_eq!(read, valid, "{model}: {text}");
                }
                checked += usize::from(valid);
            }
        }
        // The generated records include valid ones for each model, not only mismatches.
        assert!(checked > 1_000, "{checked}");
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
