//! Comparing what a script produced with what was recorded, and saying where they differ.
//!
//! Values are compared as JSON (what the script produced has been through `JSON.stringify`, as
//! Nango's harness does), numbers by value (`1` equals `1.0`), object keys in any order, arrays
//! in order. Lists of records with unique ids are matched by id, so that one missing record is
//! one difference, not a shift of every record after it.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;

/// Where an expected and an actual value differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The path to the value: `[3] (id "u-1").address.city`, empty for the whole value.
    pub path: String,
    /// What was expected there (`None`: nothing was).
    pub expected: Option<Value>,
    /// What is there (`None`: nothing is).
    pub actual: Option<Value>,
    /// An explanation instead of the values, e.g. for a different order.
    pub note: Option<String>,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "value"
        } else {
            &self.path
        };
        if let Some(note) = &self.note {
            return write!(f, "{path}: {note}");
        }
        match (&self.expected, &self.actual) {
            (Some(expected), Some(actual)) => write!(
                f,
                "{path}: expected {}, got {}",
                show(expected),
                show(actual)
            ),
            (Some(expected), None) => write!(f, "{path}: missing (expected {})", show(expected)),
            (None, Some(actual)) => write!(f, "{path}: unexpected {}", show(actual)),
            (None, None) => write!(f, "{path}: differs"),
        }
    }
}

/// A value in a message: compact JSON, cut when long.
fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= 120 {
        return text;
    }
    let cut: String = text.chars().take(117).collect();
    format!("{cut}…")
}

/// Every difference between `expected` and `actual` (empty when they are equal).
pub fn compare(expected: &Value, actual: &Value) -> Vec<Difference> {
    let mut differences = Vec::new();
    match (expected, actual) {
        (Value::Array(expected), Value::Array(actual))
            if unique_ids(expected).is_some() && unique_ids(actual).is_some() =>
        {
            compare_records(expected, actual, &mut differences);
        }
        _ => walk("", expected, actual, &mut differences),
    }
    differences
}

/// The ids of a list of records, when every element is an object with a unique `id`.
fn unique_ids(records: &[Value]) -> Option<Vec<String>> {
    let mut seen = HashSet::new();
    let mut ids = Vec::with_capacity(records.len());
    for record in records {
        let id = record.get("id")?;
        let id = match id {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        if !seen.insert(id.clone()) {
            return None;
        }
        ids.push(id);
    }
    Some(ids)
}

fn compare_records(expected: &[Value], actual: &[Value], out: &mut Vec<Difference>) {
    let expected_ids = unique_ids(expected).unwrap_or_default();
    let actual_ids = unique_ids(actual).unwrap_or_default();
    let actual_at: HashMap<&str, usize> = actual_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let expected_set: HashSet<&str> = expected_ids.iter().map(String::as_str).collect();
    if expected.len() != actual.len() {
        out.push(Difference {
            path: String::new(),
            expected: None,
            actual: None,
            note: Some(format!(
                "expected {} record{}, got {}",
                expected.len(),
                if expected.len() == 1 { "" } else { "s" },
                actual.len()
            )),
        });
    }
    for (index, (id, record)) in expected_ids.iter().zip(expected).enumerate() {
        let path = format!("[{index}] (id {})", Value::String(id.clone()));
        match actual_at.get(id.as_str()) {
            Some(&at) => walk(&path, record, &actual[at], out),
            None => out.push(Difference {
                path,
                expected: Some(record.clone()),
                actual: None,
                note: None,
            }),
        }
    }
    for (index, (id, record)) in actual_ids.iter().zip(actual).enumerate() {
        if !expected_set.contains(id.as_str()) {
            out.push(Difference {
                path: format!("[{index}] (id {})", Value::String(id.clone())),
                expected: None,
                actual: Some(record.clone()),
                note: None,
            });
        }
    }
    let common_expected: Vec<&str> = expected_ids
        .iter()
        .map(String::as_str)
        .filter(|id| actual_at.contains_key(id))
        .collect();
    let common_actual: Vec<&str> = actual_ids
        .iter()
        .map(String::as_str)
        .filter(|id| expected_set.contains(id))
        .collect();
    if let Some(first) = common_expected
        .iter()
        .zip(&common_actual)
        .position(|(e, a)| e != a)
    {
        out.push(Difference {
            path: String::new(),
            expected: None,
            actual: None,
            note: Some(format!(
                "records are in another order: expected id {} where id {} is",
                Value::String(common_expected[first].to_string()),
                Value::String(common_actual[first].to_string())
            )),
        });
    }
}

fn walk(path: &str, expected: &Value, actual: &Value, out: &mut Vec<Difference>) {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => {
            if e != a && e.as_f64() != a.as_f64() {
                out.push(changed(path, expected, actual));
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            for (key, value) in e {
                let inner = key_path(path, key);
                match a.get(key) {
                    Some(other) => walk(&inner, value, other, out),
                    None => out.push(Difference {
                        path: inner,
                        expected: Some(value.clone()),
                        actual: None,
                        note: None,
                    }),
                }
            }
            for (key, value) in a {
                if !e.contains_key(key) {
                    out.push(Difference {
                        path: key_path(path, key),
                        expected: None,
                        actual: Some(value.clone()),
                        note: None,
                    });
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for (index, pair) in e.iter().zip(a).enumerate() {
                walk(&format!("{path}[{index}]"), pair.0, pair.1, out);
            }
            for (index, value) in e.iter().enumerate().skip(a.len()) {
                out.push(Difference {
                    path: format!("{path}[{index}]"),
                    expected: Some(value.clone()),
                    actual: None,
                    note: None,
                });
            }
            for (index, value) in a.iter().enumerate().skip(e.len()) {
                out.push(Difference {
                    path: format!("{path}[{index}]"),
                    expected: None,
                    actual: Some(value.clone()),
                    note: None,
                });
            }
        }
        _ => {
            if expected != actual {
                out.push(changed(path, expected, actual));
            }
        }
    }
}

fn changed(path: &str, expected: &Value, actual: &Value) -> Difference {
    Difference {
        path: path.to_string(),
        expected: Some(expected.clone()),
        actual: Some(actual.clone()),
        note: None,
    }
}

/// `a.b`, or `a["odd key"]` for keys that are not identifiers.
fn key_path(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[{}]", Value::String(key.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(expected: Value, actual: Value) -> Vec<String> {
        compare(&expected, &actual)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn equal_values_have_no_differences() {
        assert!(lines(json!({"a": [1, {"b": 2.0}]}), json!({"a": [1.0, {"b": 2}]})).is_empty());
    }

    #[test]
    fn a_wrong_field_is_named_by_its_path() {
        assert_eq!(
            lines(
                json!([{"id": "1", "email": "a@x.test", "tags": ["a"]}, {"id": "2", "email": "b@x.test"}]),
                json!([{"id": "1", "email": "a@x.test", "tags": ["b"]}, {"id": "2", "email": "B@x.test", "extra": true}])
            ),
            [
                r#"[0] (id "1").tags[0]: expected "a", got "b""#,
                r#"[1] (id "2").email: expected "b@x.test", got "B@x.test""#,
                r#"[1] (id "2").extra: unexpected true"#,
            ]
        );
    }

    #[test]
    fn records_are_matched_by_id() {
        assert_eq!(
            lines(
                json!([{"id": 1}, {"id": 2}, {"id": 3}]),
                json!([{"id": 1}, {"id": 3}, {"id": 4}])
            ),
            [
                r#"[1] (id "2"): missing (expected {"id":2})"#,
                r#"[2] (id "4"): unexpected {"id":4}"#,
            ]
        );
        assert_eq!(
            lines(
                json!([{"id": "a"}, {"id": "b"}]),
                json!([{"id": "b"}, {"id": "a"}])
            ),
            [r#"value: records are in another order: expected id "a" where id "b" is"#]
        );
        assert_eq!(
            lines(json!([{"id": "a"}]), json!([])),
            [
                "value: expected 1 record, got 0",
                r#"[0] (id "a"): missing (expected {"id":"a"})"#
            ]
        );
    }

    #[test]
    fn other_values_compare_in_place() {
        assert_eq!(
            lines(json!({"ok": true, "odd key": 1}), json!({"ok": "true"})),
            [
                r#"ok: expected true, got "true""#,
                r#"["odd key"]: missing (expected 1)"#
            ]
        );
        assert_eq!(
            lines(json!(null), json!({})),
            ["value: expected null, got {}"]
        );
    }
}
