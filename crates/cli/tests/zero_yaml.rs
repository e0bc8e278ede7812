//! Zero-yaml projects (issue 15): `index.ts` imports the scripts, each a `createSync`,
//! `createAction` or `createOnEvent` definition with zod 4 schemas. The definitions are read by
//! running them in the sandbox with the real zod (4.3.6, from npm: `.ci/run` installs it as the
//! alias `zod4`), and `nango compile` writes what the 0.71 CLI writes.

mod common;

use std::path::{Path, PathBuf};

use common::node::modules;
use common::{nango, write};
use serde_json::{Value, json};

/// A zero-yaml project in a new folder, with the real zod 4 as its `node_modules/zod`.
fn project(files: &[(&str, &str)]) -> Option<(tempfile::TempDir, PathBuf)> {
    let zod = modules("zod4")?.join("zod4");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("integrations");
    write(
        &root.join("package.json"),
        r#"{ "name": "nango-integrations", "type": "module", "devDependencies": { "nango": "0.71.10", "zod": "4.3.6" } }"#,
    );
    std::fs::create_dir_all(root.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(&zod, root.join("node_modules/zod")).unwrap();
    for (path, text) in files {
        write(&root.join(path), text);
    }
    Some((dir, root))
}

const INDEX: &str = "// -- Integration: github\nimport './github/syncs/issues.js';\nimport './github/actions/create-issue.js';\nimport './github/on-events/check.js';\n";

const ISSUES: &str = r#"import { createSync } from 'nango';
import { z } from 'zod';
import { Issue } from '../models.js';

const sync = createSync({
    description: 'Issues of the repositories',
    version: '1.0.0',
    endpoints: [{ method: 'GET', path: '/issues', group: 'Issues' }],
    frequency: 'every hour',
    autoStart: true,
    metadata: z.object({ repos: z.array(z.string()) }),
    checkpoint: z.object({ page: z.number() }),
    models: { Issue },
    exec: async (nango) => {
        const checkpoint = await nango.getCheckpoint();
        const res = await nango.get({ endpoint: '/issues', params: { page: String(checkpoint?.page ?? 1) } });
        await nango.batchSave(res.data, 'Issue');
    }
});
export type NangoSyncLocal = Parameters<(typeof sync)['exec']>[0];
export default sync;
"#;

const MODELS: &str = r#"import { z } from 'zod';
export const Issue = z.object({
    id: z.string(),
    title: z.string(),
    closed: z.boolean().optional(),
    labels: z.array(z.string()),
    created_at: z.date(),
    state: z.enum(['open', 'closed']).nullable()
});
"#;

const CREATE_ISSUE: &str = r#"import { createAction } from 'nango';
import { z } from 'zod';

export default createAction({
    description: 'Create an issue',
    endpoint: { method: 'POST', path: '/issues' },
    input: z.object({ title: z.string() }),
    output: z.object({ id: z.string(), url: z.string().url() }),
    scopes: ['repo'],
    exec: async (nango, input) => {
        const res = await nango.post({ endpoint: '/issues', data: { title: input.title } });
        return { id: String(res.data.id), url: res.data.url };
    }
});
"#;

const CHECK: &str = r#"import { createOnEvent } from 'nango';

export default createOnEvent({
    event: 'validate-connection',
    description: 'Checks the token',
    exec: async (nango) => {
        await nango.get({ endpoint: '/user' });
    }
});
"#;

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_zero_yaml_project_compiles_to_what_the_071_cli_writes() {
    let Some((_dir, root)) = project(&[
        ("index.ts", INDEX),
        ("github/syncs/issues.ts", ISSUES),
        ("github/models.ts", MODELS),
        ("github/actions/create-issue.ts", CREATE_ISSUE),
        ("github/on-events/check.ts", CHECK),
    ]) else {
        return;
    };
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.all().contains("compiled 3 scripts"), "{}", run.all());
    for bundle in [
        "issues-github.js",
        "create-issue-github.js",
        "check-github.js",
    ] {
        assert!(root.join("dist").join(bundle).is_file(), "{bundle}");
    }
    // A zero-yaml project's models.ts is the user's: nothing is generated at the root.
    assert!(!root.join("models.ts").exists());
    assert!(!root.join(".nango/schema.ts").exists());

    let nango_json = read_json(&root.join(".nango/nango.json"));
    let github = &nango_json[0];
    assert_eq!(github["providerConfigKey"], "github");
    let sync = &github["syncs"][0];
    assert_eq!(
        (
            &sync["name"],
            &sync["runs"],
            &sync["auto_start"],
            &sync["input"],
            &sync["output"],
            &sync["features"],
        ),
        (
            &json!("issues"),
            &json!("every hour"),
            &json!(true),
            &json!("SyncMetadata_github_issues"),
            &json!(["Issue"]),
            &json!(["checkpoints"]),
        )
    );
    assert_eq!(
        sync["endpoints"],
        json!([{ "method": "GET", "path": "/issues", "group": "Issues" }])
    );
    // zod's own JSON Schema (draft 7), dates as date-time strings, as the 0.71 CLI writes it.
    assert_eq!(
        sync["json_schema"]["definitions"]["Issue"],
        json!({
            "type": "object",
            "properties": {
                "id": { "type": "string" },
                "title": { "type": "string" },
                "closed": { "type": "boolean" },
                "labels": { "type": "array", "items": { "type": "string" } },
                "created_at": { "type": "string", "format": "date-time" },
                "state": { "anyOf": [{ "type": "string", "enum": ["open", "closed"] }, { "type": "null" }] }
            },
            "required": ["id", "title", "labels", "created_at", "state"],
            "additionalProperties": false
        })
    );
    assert_eq!(
        sync["json_schema"]["definitions"]["SyncMetadata_github_issues"]["properties"]["repos"],
        json!({ "type": "array", "items": { "type": "string" } })
    );
    let action = &github["actions"][0];
    assert_eq!(
        (
            &action["name"],
            &action["input"],
            &action["output"],
            &action["scopes"],
            &action["endpoint"],
            &action["features"],
        ),
        (
            &json!("create-issue"),
            &json!("ActionInput_github_createissue"),
            &json!(["ActionOutput_github_createissue"]),
            &json!(["repo"]),
            &json!({ "method": "POST", "path": "/issues" }),
            &json!([]),
        )
    );
    assert_eq!(
        action["json_schema"]["definitions"]["ActionOutput_github_createissue"]["properties"]["url"]
            ["format"],
        "uri"
    );
    assert_eq!(
        github["onEventScripts"],
        json!({ "post-connection-creation": [], "pre-connection-deletion": [], "validate-connection": ["check"] })
    );
    // `.nango/schema.json` has every model too, for tools that read it.
    let schema = read_json(&root.join(".nango/schema.json"));
    assert!(schema["definitions"]["ActionInput_github_createissue"].is_object());
}

#[test]
fn a_bad_definition_is_reported_at_its_field() {
    let Some((_dir, root)) = project(&[
        (
            "index.ts",
            "import './github/syncs/issues.js';\nimport './github/actions/broken.js';\nimport './github/syncs/missing.js';\n",
        ),
        (
            "github/syncs/issues.ts",
            r#"import { createSync } from 'nango';
import { z } from 'zod';

export default createSync({
    description: 'Issues',
    frequncy: 'every hour',
    models: { Issue: z.object({ title: z.string() }) },
    exec: async () => {}
});
"#,
        ),
        (
            "github/actions/broken.ts",
            r#"import { createAction } from 'nango';
import { z } from 'zod';

export default createAction({
    description: 'Broken',
    input: z.void(),
    output: { id: 'not a schema' },
});
"#,
        ),
    ]) else {
        return;
    };
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 10, "{}", run.all());
    let out = run.all();
    for expected in [
        // The misspelt field, where it is written.
        "github/syncs/issues.ts:6:5",
        "`createSync` does not take a `frequncy` field",
        // So the sync has no frequency.
        "has no `frequency`",
        // A model without an id, at the model.
        "github/syncs/issues.ts:7:15",
        "model `Issue` must be a zod object with a string `id`",
        // The action's output is not a zod schema, and it has no exec.
        "github/actions/broken.ts:7:5",
        "`output` of `broken` must be a zod schema, not an object",
        "`createAction` of `broken` has no `exec`",
        // The import of a file that does not exist, at its line of index.ts.
        "index.ts:3:9",
        "cannot read `github/syncs/missing.ts`",
        "the scripts' definitions are invalid: 6 errors",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}
