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
export const LIMIT = 10;
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
        "`createSync` does not take a `frequncy` field: it is ignored",
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
        // A value exported beside the definition.
        "github/actions/broken.ts:9:1",
        "exports `LIMIT`: a script exports only its definition",
        "the scripts' definitions are invalid: 6 errors",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

const CONTACTS_SYNC: &str = r#"import { createSync } from 'nango';
import { z } from 'zod';

const Contact = z.object({ id: z.string(), name: z.string(), run: z.number() });

export default createSync({
    description: 'Contacts',
    frequency: 'every day',
    autoStart: true,
    checkpoint: z.object({ run: z.number() }),
    models: { Contact },
    exec: async (nango) => {
        const checkpoint = await nango.getCheckpoint();
        const run = checkpoint ? checkpoint.run : 0;
        await nango.trackDeletesStart('Contact');
        const res = await nango.get({ endpoint: '/contacts' });
        await nango.batchSave(res.data.contacts.map((c) => ({ id: String(c.id), name: c.name, run })), 'Contact');
        const { deletedKeys } = await nango.trackDeletesEnd('Contact');
        await nango.saveCheckpoint({ run: run + 1 });
        if (deletedKeys.length > 0) await nango.log(`deleted ${deletedKeys.join(',')}`);
    }
});
"#;

const WHO_AM_I: &str = r#"import { createAction } from 'nango';
import { z } from 'zod';

export default createAction({
    description: 'Who am I',
    input: z.object({ greeting: z.string() }),
    output: z.object({ text: z.string() }),
    exec: async (nango, input) => {
        const res = await nango.get({ endpoint: '/user' });
        return { text: `${input.greeting}, ${res.data.login}` };
    }
});
"#;

/// A server with integration `gh` (the mock provider as `github`), connection `c1`, and the
/// provider's contacts Ada and Alan; returns the server, the provider's URL and the providers file.
async fn server_with_connection(dir: &Path) -> (common::platform::Server, String, PathBuf) {
    use common::platform::{api, mock_provider, providers_file, start_server};
    let provider = mock_provider().await;
    let providers = providers_file(dir, &provider);
    let (server, _log) = start_server(dir, &providers);
    let must = |status: u16, body: &Value| assert!(status < 300, "{status} {body}");
    let (status, body) = api(
        &server,
        "dev-secret",
        "POST",
        "/integrations",
        Some(json!({ "unique_key": "gh", "provider": "github" })),
        &[],
    )
    .await;
    must(status, &body);
    let (status, body) = api(&server, "dev-secret", "POST", "/connections", Some(json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": "tok-123", "metadata": { "team": "core" } })), &[]).await;
    must(status, &body);
    reqwest::Client::new()
        .post(format!("{provider}/__contacts"))
        .json(&json!([{ "id": 1, "name": "Ada" }, { "id": 2, "name": "Alan" }]))
        .send()
        .await
        .unwrap();
    (server, provider, providers)
}

#[tokio::test(flavor = "multi_thread")]
async fn dryrun_save_writes_a_test_json_that_nango_test_replays() {
    let Some((dir, root)) = project(&[
        (
            "index.ts",
            "import './gh/syncs/contacts.js';\nimport './gh/actions/whoami.js';\n",
        ),
        ("gh/syncs/contacts.ts", CONTACTS_SYNC),
        ("gh/actions/whoami.ts", WHO_AM_I),
    ]) else {
        return;
    };
    let (server, _provider, providers) = server_with_connection(dir.path()).await;
    let dryrun = |args: &[&str]| -> common::Run {
        common::command(&root, &[&["dryrun"], args].concat())
            .env("NANGO_HOSTPORT", &server.url)
            .env("NANGO_SECRET_KEY_DEV", "dev-secret")
            .env("NANGO_PROVIDERS_FILE", &providers)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
            .into()
    };
    let run = dryrun(&["contacts", "c1", "--save"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stderr
            .contains("recorded 1 response in gh/tests/contacts.test.json"),
        "{}",
        run.all()
    );
    let fixture = read_json(&root.join("gh/tests/contacts.test.json"));
    assert_eq!(
        fixture["nango"]["batchSave"]["Contact"],
        json!([{ "id": "1", "name": "Ada", "run": 0 }, { "id": "2", "name": "Alan", "run": 0 }])
    );
    assert_eq!(fixture["nango"]["getMetadata"], json!({ "team": "core" }));
    let contacts = &fixture["api"]["get"]["/contacts"];
    assert_eq!(contacts["status"], 200, "{fixture}");
    assert_eq!(contacts["response"]["contacts"][0]["name"], "Ada");
    assert!(contacts["hash"].as_str().is_some_and(|h| h.len() == 40));
    // No credential reaches the file.
    assert!(!fixture.to_string().contains("tok-123"), "{fixture}");

    let run = dryrun(&["whoami", "c1", "--input", r#"{"greeting":"Hi"}"#, "--save"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let fixture = read_json(&root.join("gh/tests/whoami.test.json"));
    assert_eq!(fixture["input"], json!({ "greeting": "Hi" }));
    assert_eq!(fixture["output"], json!({ "text": "Hi, octo" }));

    // Replayed offline, with no server.
    drop(server);
    let run = nango(&root, &["test"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("2 passed, 0 failed"), "{}", run.all());
    write(
        &root.join("gh/actions/whoami.ts"),
        &WHO_AM_I.replace("${input.greeting}, ", "${input.greeting}! "),
    );
    let run = nango(&root, &["test", "whoami"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stdout.contains(r#""Hi! octo""#), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_zero_yaml_project_deploys_and_runs_on_the_server() {
    use common::platform::api;
    let Some((dir, root)) = project(&[
        (
            "index.ts",
            "import './gh/syncs/contacts.js';\nimport './gh/actions/whoami.js';\n",
        ),
        ("gh/syncs/contacts.ts", CONTACTS_SYNC),
        ("gh/actions/whoami.ts", WHO_AM_I),
    ]) else {
        return;
    };
    let (server, provider, _providers) = server_with_connection(dir.path()).await;
    let must = |status: u16, body: &Value| assert!(status < 300, "{status} {body}");

    let run = common::command(
        &root,
        &["deploy", "dev", "--auto-confirm", "--no-typecheck"],
    )
    .env("NANGO_HOSTPORT", &server.url)
    .env("NANGO_SECRET_KEY_DEV", "dev-secret")
    .stdin(std::process::Stdio::null())
    .output()
    .unwrap();
    let run: common::Run = run.into();
    assert_eq!(run.code, 0, "{}", run.all());

    let headers = [("Connection-Id", "c1"), ("Provider-Config-Key", "gh")];
    // The live records, once each of them was saved by run `expected_run`.
    let records = |expected_run: i64, expected_live: usize| {
        let server = &server;
        async move {
            for _ in 0..200 {
                let (status, page) = api(
                    server,
                    "dev-secret",
                    "GET",
                    "/records?model=Contact",
                    None,
                    &headers,
                )
                .await;
                let live: Vec<Value> = page["records"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|r| r["_nango_metadata"]["deleted_at"].is_null())
                    .cloned()
                    .collect();
                if status == 200
                    && live.len() == expected_live
                    && live.iter().all(|r| r["run"] == expected_run)
                {
                    return page["records"].as_array().cloned().unwrap_or_default();
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            panic!("no records of run {expected_run}");
        }
    };
    // The first run (autoStart) starts without a checkpoint.
    let first = records(0, 2).await;
    assert_eq!(first[0]["name"], "Ada");
    // The next run reads the checkpoint the first one saved; Alan is gone from the API, and
    // trackDeletesStart/End deletes his record.
    reqwest::Client::new()
        .post(format!("{provider}/__contacts"))
        .json(&json!([{ "id": 1, "name": "Ada" }]))
        .send()
        .await
        .unwrap();
    let (status, body) = api(
        &server,
        "dev-secret",
        "POST",
        "/sync/trigger",
        Some(json!({ "provider_config_key": "gh", "connection_id": "c1", "syncs": ["contacts"] })),
        &[],
    )
    .await;
    must(status, &body);
    let second = records(1, 1).await;
    let alan = second
        .iter()
        .find(|r| r["id"] == "2")
        .expect("Alan's record");
    assert_eq!(alan["_nango_metadata"]["last_action"], "DELETED", "{alan}");

    // The action runs with its zod-described input and output.
    let (status, output) = api(
        &server,
        "dev-secret",
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "whoami", "input": { "greeting": "Hello" } })),
        &headers,
    )
    .await;
    assert_eq!((status, output), (200, json!({ "text": "Hello, octo" })));
    // An input that does not match its zod schema is refused before the script runs.
    let (status, output) = api(
        &server,
        "dev-secret",
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "whoami", "input": { "greeting": 7 } })),
        &headers,
    )
    .await;
    assert_eq!(
        (status, &output["error"]["code"]),
        (400, &json!("invalid_action_input")),
        "{output}"
    );
}

const PAGED_SYNC: &str = r#"import { createSync } from 'nango';
import { z } from 'zod';

export default createSync({
    description: 'Tickets, page by page',
    frequency: 'every hour',
    models: { Ticket: z.object({ id: z.string(), subject: z.string() }) },
    exec: async (nango) => {
        await nango.trackDeletesStart('Ticket');
        let page = (await nango.getCheckpoint())?.page ?? 1;
        while (true) {
            const res = await nango.get({ endpoint: '/tickets', params: { page, per_page: 2 } });
            await nango.batchSave(res.data.tickets.map((t) => ({ id: String(t.id), subject: t.subject })), 'Ticket');
            if (!res.data.next) break;
            page += 1;
            await nango.saveCheckpoint({ page });
        }
        await nango.clearCheckpoint();
        await nango.trackDeletesEnd('Ticket');
    }
});
"#;

const FIND_USER: &str = r#"import { createAction } from 'nango';
import { z } from 'zod';

export default createAction({
    description: 'Finds a user, or says there is none',
    input: z.object({ email: z.string() }),
    output: z.object({ found: z.boolean(), id: z.string().optional() }),
    exec: async (nango, input) => {
        const res = await nango.post({ endpoint: '/users/search', data: { email: input.email } });
        if (res.status === 404) {
            return { found: false };
        }
        return { found: true, id: res.data.id };
    }
});
"#;

#[test]
fn nango_test_replays_test_json_fixtures_as_nango_test_does() {
    // Page 1 is found by its hash (as recorded), page 2 by its request (the hash is stale, as
    // in fixtures edited after recording); the action's recorded 404 is a response it handles.
    let page_one_hash = nango_mocks::Identity::parse(
        r#"{"method":"get","endpoint":"tickets","params":[["page","1"],["per_page","2"]],"headers":[]}"#,
    )
    .unwrap()
    .hash;
    let tickets = json!({
        "nango": {
            "getConnection": {},
            "batchSave": { "Ticket": [
                { "id": "1", "subject": "a" }, { "id": "2", "subject": "b" }, { "id": "3", "subject": "c" }
            ] },
            "batchDelete": { "Ticket": [] }
        },
        "api": { "get": { "/tickets": [
            { "response": { "tickets": [{ "id": 1, "subject": "a" }, { "id": 2, "subject": "b" }], "next": true },
              "status": 200, "headers": {}, "hash": page_one_hash, "request": { "params": { "page": "1", "per_page": "2" } } },
            { "response": { "tickets": [{ "id": 3, "subject": "c" }], "next": false },
              "status": 200, "hash": "0000000000000000000000000000000000000000", "request": { "params": { "page": "2", "per_page": "2" } } }
        ] } }
    });
    let find = json!({
        "input": { "email": "nobody@example.com" },
        "output": { "found": false },
        "nango": { "getConnection": {} },
        "api": { "post": { "/users/search": {
            "response": { "message": "Not Found" }, "status": 404,
            "request": { "data": { "email": "nobody@example.com" } }
        } } }
    });
    let Some((_dir, root)) = project(&[
        (
            "index.ts",
            "import './desk/syncs/tickets.js';\nimport './desk/actions/find-user.js';\n",
        ),
        ("desk/syncs/tickets.ts", PAGED_SYNC),
        ("desk/actions/find-user.ts", FIND_USER),
        ("desk/tests/tickets.test.json", &tickets.to_string()),
        ("desk/tests/find-user.test.json", &find.to_string()),
    ]) else {
        return;
    };
    let run = nango(&root, &["test"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.all().contains("2 passed, 0 failed"), "{}", run.all());
    assert!(
        run.all()
            .contains("desk/tickets (sync): 3 records, 2 requests"),
        "{}",
        run.all()
    );

    // A record the fixture does not expect, and a request it has no recording for, fail with
    // what differs.
    let mut wrong = tickets.clone();
    wrong["nango"]["batchSave"]["Ticket"][2]["subject"] = json!("z");
    write(
        &root.join("desk/tests/tickets.test.json"),
        &wrong.to_string(),
    );
    let mut unrecorded = find.clone();
    unrecorded["api"]["post"]["/users/search"]["request"]["data"]["email"] = json!("x@example.com");
    write(
        &root.join("desk/tests/find-user.test.json"),
        &unrecorded.to_string(),
    );
    let run = nango(&root, &["test"]);
    assert_ne!(run.code, 0, "{}", run.all());
    let out = run.all();
    assert!(out.contains("0 passed, 2 failed"), "{out}");
    assert!(out.contains("nango.batchSave.Ticket"), "{out}");
    assert!(
        out.contains("no recorded response for post /users/search"),
        "{out}"
    );
}

/// A script that installs a test helper on `nango/test`'s vitest mocks when it loads (as some
/// of the corpus' scripts do for `uncontrolledFetch`) gets it under `nango test`, built on the
/// mocks' `proxyData` (outside `nango test` there is no `globalThis.vitest`, as in Nango's
/// runner).
#[test]
fn helpers_installed_on_the_vitest_mocks_work_under_nango_test() {
    const FETCHING: &str = r#"import { createAction } from 'nango';
import { z } from 'zod';

if (typeof globalThis !== 'undefined' && globalThis.vitest && globalThis.vitest.NangoActionMock && !globalThis.vitest.NangoActionMock.prototype.uncontrolledFetch) {
    globalThis.vitest.NangoActionMock.prototype.uncontrolledFetch = async function (options: { url: URL; method?: string }) {
        const result = await this.proxyData({ endpoint: options.url.pathname, method: (options.method || 'GET').toLowerCase() });
        return { ok: result.status < 400, status: result.status, json: async () => result.data, headers: new Headers(result.headers || {}) };
    };
}

export default createAction({
    description: 'Reads a page with a plain fetch',
    input: z.object({}),
    output: z.object({ title: z.string(), type: z.string().nullable() }),
    exec: async (nango) => {
        const response = await nango.uncontrolledFetch({ url: new URL('https://api.example.com/pages/1') });
        const page = await response.json();
        return { title: page.title, type: response.headers.get('Content-Type') };
    }
});
"#;
    let fixture = json!({
        "input": {},
        "output": { "title": "Hello", "type": "application/json" },
        "nango": { "getConnection": {} },
        "api": { "get": { "/pages/1": { "response": { "title": "Hello" }, "status": 200, "headers": { "content-type": "application/json" } } } }
    });
    let Some((_dir, root)) = project(&[
        ("index.ts", "import './web/actions/fetch-page.js';\n"),
        ("web/actions/fetch-page.ts", FETCHING),
        ("web/tests/fetch-page.test.json", &fixture.to_string()),
    ]) else {
        return;
    };
    let run = nango(&root, &["test"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.all().contains("1 passed, 0 failed"), "{}", run.all());
}

#[test]
fn init_makes_a_zero_yaml_folder_that_compiles() {
    let Some(zod) = modules("zod4").map(|m| m.join("zod4")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let run = nango(dir.path(), &["init", "--zero-yaml", "integrations"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("npm install"), "{}", run.all());
    let root = dir.path().join("integrations");
    assert!(!root.join("nango.yaml").exists());
    // What `npm install` would bring: zod 4.
    std::fs::create_dir_all(root.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(&zod, root.join("node_modules/zod")).unwrap();
    let run = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let nango_json = read_json(&root.join(".nango/nango.json"));
    let demo = &nango_json[0];
    assert_eq!(demo["providerConfigKey"], "demo-github-integration");
    assert_eq!(demo["syncs"][0]["name"], "github-issue-example");
    assert_eq!(demo["syncs"][0]["output"], json!(["GithubIssue"]));
    assert_eq!(demo["actions"][0]["name"], "create-issue");
    // A second init there changes nothing.
    let run = nango(dir.path(), &["init", "--zero-yaml", "integrations"]);
    assert_ne!(run.code, 0, "{}", run.all());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_real_071_cli_deploys_its_example_to_our_server() {
    use common::platform::{api, mock_provider, providers_file, start_server};
    let Some(cli_modules) = modules("nango@0.71") else {
        return;
    };
    let Some(node) = common::node_oracle() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let (server, _log) = start_server(dir.path(), &providers);
    let (status, body) = api(
        &server,
        "dev-secret",
        "POST",
        "/integrations",
        Some(json!({ "unique_key": "github", "provider": "github" })),
        &[],
    )
    .await;
    assert!(status < 300, "{body}");
    let (status, body) = api(&server, "dev-secret", "POST", "/connections", Some(json!({ "provider_config_key": "github", "connection_id": "c1", "access_token": "tok-123" })), &[]).await;
    assert!(status < 300, "{body}");

    let cli = cli_modules.join("nango/dist/index.js");
    let real = |cwd: &Path, args: &[&str]| -> common::Run {
        std::process::Command::new(node)
            .arg(&cli)
            .args(args)
            .current_dir(cwd)
            .env("CI", "true")
            .env("NANGO_HOSTPORT", &server.url)
            .env("NANGO_SECRET_KEY_DEV", "dev-secret")
            .env("NANGO_CLI_UPGRADE_MODE", "ignore")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
            .into()
    };
    // Its own example folder, with its own node_modules (nango 0.71.10, zod 4.3.6).
    let run = real(dir.path(), &["init", "proj", "--copy"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let root = dir.path().join("proj");
    std::os::unix::fs::symlink(&cli_modules, root.join("node_modules")).unwrap();
    let run = real(
        &root,
        &["deploy", "dev", "--auto-confirm", "--allow-destructive"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.all().contains("fetchIssues@v1.0.0"), "{}", run.all());
    assert!(run.all().contains("createIssue@v1.0.0"), "{}", run.all());

    // Our own compile of the same folder reads the same definitions.
    let ours = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(ours.code, 0, "{}", ours.all());

    // Its bundle (zod left external) loads and runs on our server: the action reaches the
    // provider (the mock answers whatever it is asked), whatever the script then makes of it.
    let headers = [("Connection-Id", "c1"), ("Provider-Config-Key", "github")];
    let input = json!({ "id": "1", "owner": "o", "repo": "r", "issue_number": 1, "title": "t", "state": "open", "author": "a", "author_id": 1, "body": "b", "date_created": "x", "date_last_modified": "y" });
    let (_, output) = api(
        &server,
        "dev-secret",
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "createIssue", "input": input })),
        &headers,
    )
    .await;
    assert_ne!(output["error"]["code"], "invalid_script", "{output}");
}

/// The type check of a zero-yaml project runs as Nango's 0.71 CLI's does: from index.ts, with
/// the types of the real `nango` package (0.71.10 from npm) and zod in node_modules, TypeScript 7
/// as the compiler.
#[test]
fn a_zero_yaml_project_is_type_checked_with_nangos_own_types() {
    let Some(cli_modules) = modules("nango@0.71") else {
        return;
    };
    let Some(tsc) = common::tsc() else { return };
    let dir = tempfile::tempdir().unwrap();
    let run = nango(dir.path(), &["init", "--zero-yaml", "integrations"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let root = dir.path().join("integrations");
    let compile = |root: &Path| -> common::Run {
        common::command(root, &["compile"])
            .env("NANGO_TSC", &tsc)
            .output()
            .unwrap()
            .into()
    };
    // Without node_modules there is nothing to check against: said, and not an error.
    std::fs::create_dir_all(root.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(cli_modules.join("zod"), root.join("node_modules/zod")).unwrap();
    let run = compile(&root);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("run `npm install`"), "{}", run.all());
    // With nango installed the example is clean.
    std::fs::remove_dir_all(root.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(&cli_modules, root.join("node_modules")).unwrap();
    let run = compile(&root);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("type-checked with"), "{}", run.all());
    // An output that does not match the action's zod schema is a type error, at `exec` (where
    // TypeScript puts it).
    let action = root.join("demo-github-integration/actions/create-issue.ts");
    let text = std::fs::read_to_string(&action).unwrap();
    let returned = "return { number: response.data.number, url: response.data.html_url };";
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("exec:"))
        .expect("the example has an exec")
        + 1;
    write(
        &action,
        &text.replace(
            returned,
            "return { number: String(response.data.number), url: response.data.html_url };",
        ),
    );
    let run = compile(&root);
    assert_eq!(run.code, 10, "{}", run.all());
    assert!(run.stderr.contains("TS2322"), "{}", run.all());
    assert!(
        run.stderr
            .contains("Type 'string' is not assignable to type 'number'."),
        "{}",
        run.all()
    );
    assert!(
        run.stderr.contains(&format!("create-issue.ts:{line}:5")),
        "{}",
        run.all()
    );
}
