//! Behaviours that follow the real Nango CLI (its nango.yaml parser and the JSON Schema that
//! `ts-json-schema-generator` derives from the generated `schema.ts`), found by comparing our
//! output with the CLI's on a large corpus of real nango.yaml files.

use nango_config::codegen::{model_declarations, nango_json, schema_json};
use nango_config::{Config, load};
use serde_json::{Value, json};

fn config(models: &str) -> Config {
    let yaml = format!(
        "\
integrations:
  my_crm-app:
    syncs:
      all_things:
        description: |
          Fetches things.
        runs: every day
        output: Thing
        endpoint: GET /things
    actions:
      count-things:
        output: number
        endpoint: GET /things/count
models:
  Thing:
    id: string
{models}"
    );
    let loaded = load("nango.yaml", &yaml);
    loaded
        .config
        .unwrap_or_else(|| panic!("{:#?}", loaded.diagnostics))
}

fn definition(config: &Config, model: &str) -> Value {
    schema_json(config, "0")["definitions"][model].clone()
}

#[test]
fn descriptions_are_trimmed() {
    let json = nango_json(&config(""));
    assert_eq!(json[0]["syncs"][0]["description"], "Fetches things.");
}

#[test]
fn anonymous_model_names_keep_underscores() {
    let config = config("");
    assert!(
        config
            .models
            .contains_key("Anonymous_my_crmapp_action_countthings_output"),
        "{:?}",
        config.models.keys().collect::<Vec<_>>()
    );
}

#[test]
fn models_come_after_the_models_they_extend_or_reference() {
    let config = config(
        "  Post:\n    __extends: Base\n    author: User\n  User:\n    name: string\n  Base:\n    created: date\n",
    );
    let names: Vec<&str> = config.models.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "Thing",
            "Base",
            "User",
            "Post",
            "Anonymous_my_crmapp_action_countthings_output"
        ]
    );
}

#[test]
fn extends_merges_where_written_and_the_first_definition_wins() {
    let config = config(
        "  A:\n    x: string\n    y: string\n  B:\n    x: number\n    z: number\n  C:\n    own: boolean\n    __extends: A, B\n    y: boolean\n",
    );
    let ts = model_declarations(&config);
    assert!(
        ts.contains(
            "export interface C {\n  own: boolean;\n  x: string;\n  y: boolean;\n  z: number;\n}"
        ),
        "{ts}"
    );
}

#[test]
fn extends_is_allowed_in_nested_objects() {
    let config = config(
        "  Base:\n    a: string\n  Outer:\n    inner:\n      __extends: Base\n      b: number\n",
    );
    assert_eq!(
        definition(&config, "Outer")["properties"]["inner"],
        json!({
            "type": "object",
            "properties": { "a": { "type": "string" }, "b": { "type": "number" } },
            "required": ["a", "b"],
            "additionalProperties": false
        })
    );
}

#[test]
fn objects_omit_empty_properties_and_required_and_any_index_signatures() {
    let config = config("  Bag:\n    __string: any\n  Opt:\n    a?: string\n");
    assert_eq!(definition(&config, "Bag"), json!({ "type": "object" }));
    assert_eq!(
        definition(&config, "Opt"),
        json!({ "type": "object", "properties": { "a": { "type": "string" } }, "additionalProperties": false })
    );
}

#[test]
fn unions_follow_ts_json_schema_generator() {
    let config = config(
        "  U:\n    prim: string | number | null\n    lits: \"'a' | 'b'\"\n    lits_null: \"'a' | 'b' | null\"\n    absorbed: \"'a' | 'b' | string\"\n    bools: true | false\n    nums: 1 | 2\n    mixed: \"'a' | number\"\n    date: date | null\n    optional: string | undefined\n",
    );
    let props = &definition(&config, "U")["properties"];
    assert_eq!(
        props["prim"],
        json!({ "type": ["string", "number", "null"] })
    );
    assert_eq!(
        props["lits"],
        json!({ "type": "string", "enum": ["a", "b"] })
    );
    assert_eq!(
        props["lits_null"],
        json!({ "type": ["string", "null"], "enum": ["a", "b", null] })
    );
    assert_eq!(props["absorbed"], json!({ "type": "string" }));
    assert_eq!(
        props["bools"],
        json!({ "type": "boolean", "enum": [true, false] })
    );
    assert_eq!(props["nums"], json!({ "type": "number", "enum": [1, 2] }));
    assert_eq!(
        props["mixed"],
        json!({ "anyOf": [{ "type": "string", "const": "a" }, { "type": "number" }] })
    );
    assert_eq!(
        props["date"],
        json!({ "anyOf": [{ "type": "string", "format": "date-time" }, { "type": "null" }] })
    );
    assert_eq!(props["optional"], json!({ "type": "string" }));
}

#[test]
fn words_with_punctuation_are_literals_and_aliases_ignore_case() {
    let config = config("  R:\n    kind: view(CC) | plain\n    s: String\n    d: DATE\n");
    let props = &definition(&config, "R")["properties"];
    assert_eq!(
        props["kind"],
        json!({ "type": "string", "enum": ["view(CC)", "plain"] })
    );
    assert_eq!(props["s"], json!({ "type": "string" }));
    assert_eq!(
        props["d"],
        json!({ "type": "string", "format": "date-time" })
    );
}

#[test]
fn a_nullable_or_optional_id_is_a_warning() {
    let yaml = "\
integrations:
  crm:
    syncs:
      things:
        runs: every day
        output: Thing
models:
  Thing:
    id?: string | null
";
    let loaded = load("nango.yaml", yaml);
    assert!(loaded.config.is_some(), "{:#?}", loaded.diagnostics);
    assert_eq!(
        loaded
            .diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.is_error()))
            .collect::<Vec<_>>(),
        [("invalid_id", false)]
    );
}
