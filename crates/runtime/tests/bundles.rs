//! Real bundles: ours (TypeScript compiled by nango-build, errors mapped back to TypeScript lines)
//! and the CommonJS shape the real Nango CLI produces (esbuild's `__toCommonJS`).

mod common;

use common::{Fake, json_response};
use nango_runtime::{RunError, ScriptKind};
use serde_json::json;

#[tokio::test]
async fn errors_point_at_typescript_lines() {
    let err = common::run_typescript(
        &[
            ("gh/helpers/check.ts", "interface Issue {\n    id: number;\n}\n\nexport function check(issue: Issue): Issue {\n    if (issue.id < 0) {\n        throw new TypeError(`negative id ${issue.id}`);\n    }\n    return issue;\n}\n"),
            ("gh/syncs/issues.ts", "import { check } from '../helpers/check.js';\n\ntype Nango = { batchSave(r: unknown[], m: string): Promise<boolean> };\n\nexport default async function fetchData(nango: Nango): Promise<void> {\n    const issues = [{ id: 1 }, { id: -2 }].map(check);\n    await nango.batchSave(issues, 'Issue');\n}\n"),
        ],
        "gh/syncs/issues.ts",
        ScriptKind::Sync,
        None,
    )
    .await
    .unwrap_err();
    let RunError::Script {
        name,
        message,
        stack,
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(
        (name.as_str(), message.as_str()),
        ("TypeError", "negative id -2")
    );
    assert!(stack[0].contains("gh/helpers/check.ts:7:"), "{stack:#?}");
    assert!(
        stack.iter().any(|f| f.contains("gh/syncs/issues.ts:6:")),
        "{stack:#?}"
    );
}

/// The shape esbuild gives CommonJS output, as in bundles the real Nango CLI deploys.
const ESBUILD_SHAPE: &str = r#""use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var create_issue_exports = {};
__export(create_issue_exports, {
  default: () => runAction
});
module.exports = __toCommonJS(create_issue_exports);
async function runAction(nango, input) {
  const res = await nango.post({ endpoint: "/repos/octo/hello/issues", data: { title: input.title } });
  return { id: res.data.id, title: input.title, state: String(res.status), labels: [] };
}
"#;

#[tokio::test]
async fn bundles_of_the_real_cli_run() {
    let fake = Fake::new(|req| json_response(201, json!({ "id": 7, "endpoint": req.endpoint })));
    let out = fake
        .run(
            ScriptKind::Action,
            ESBUILD_SHAPE,
            Some(json!({ "title": "hello" })),
        )
        .await
        .unwrap();
    assert_eq!(
        out.output,
        Some(json!({ "id": 7, "title": "hello", "state": "201", "labels": [] }))
    );
}
