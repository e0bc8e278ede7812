//! `nango test` through the binary, on recordings written here in Nango's mocks format: every
//! pagination type, the hash and legacy forms, a frozen clock, batchDelete expectations, action
//! input and output, and the failure report.
//!
//! The recordings are named by the SHA-1 of request identities written out by hand below, so
//! these tests also pin the identity text the SDK computes (value types, key order, filtered
//! headers, bodies) to what Nango's recorder and harness compute.

mod common;

use std::path::{Path, PathBuf};

use common::{Run, nango, write};
use nango_mocks::Identity;
use serde_json::{Value, json};

const YAML: &str = "\
integrations:
  acme:
    syncs:
      cursor-contacts:
        runs: every day
        output: Cursor
        endpoint: GET /cursor-contacts
      link-header-contacts:
        runs: every day
        output: LinkHeader
        endpoint: GET /link-header-contacts
      link-body-contacts:
        runs: every day
        output: LinkBody
        endpoint: GET /link-body-contacts
      offset-contacts:
        runs: every day
        output: Offset
        endpoint: GET /offset-contacts
      offset-body-contacts:
        runs: every day
        output: OffsetBody
        endpoint: GET /offset-body-contacts
      legacy-contacts:
        runs: every day
        output: Legacy
        endpoint: GET /legacy-contacts
      recent-contacts:
        runs: every day
        output: Recent
        endpoint: GET /recent-contacts
      deleted-contacts:
        runs: every day
        output: Deleted
        track_deletes: true
        endpoint: GET /deleted-contacts
      untested:
        runs: every day
        output: Untested
        endpoint: GET /untested
    actions:
      create-contact:
        input: CreateContact
        output: Contact
        endpoint: POST /contacts
models:
  Contact:
    id: string
    name: string
  Cursor:
    __extends: Contact
  LinkHeader:
    __extends: Contact
  LinkBody:
    __extends: Contact
  Offset:
    __extends: Contact
  OffsetBody:
    __extends: Contact
  Legacy:
    __extends: Contact
  Recent:
    __extends: Contact
  Deleted:
    __extends: Contact
  Untested:
    __extends: Contact
  CreateContact:
    name: string
";

/// The scripts, by name.
const SCRIPTS: &[(&str, &str)] = &[
    (
        "syncs/cursor-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    const config = { endpoint: '/contacts', params: { sort: 'name' }, headers: { 'X-Api-Version': '2', 'User-Agent': 'ignored' }, paginate: { type: 'cursor', cursor_path_in_response: 'meta.next', cursor_name_in_request: 'cursor', response_path: 'data', limit: 2, limit_name_in_request: 'limit' } };
    for await (const page of nango.paginate(config)) {
        await nango.batchSave(page.map((c: any) => ({ id: c.id, name: c.name })), 'Cursor');
    }
}
",
    ),
    (
        "syncs/link-header-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    for await (const page of nango.paginate({ endpoint: '/people', paginate: { type: 'link', link_rel_in_response_header: 'next' } })) {
        await nango.batchSave(page, 'LinkHeader');
    }
}
",
    ),
    (
        "syncs/link-body-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    for await (const page of nango.paginate({ endpoint: '/people-b', headers: { Accept: 'application/json' }, paginate: { type: 'link', link_path_in_response_body: 'links.next', response_path: 'items' } })) {
        await nango.batchSave(page, 'LinkBody');
    }
}
",
    ),
    (
        "syncs/offset-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    for await (const page of nango.paginate({ endpoint: '/accounts', paginate: { type: 'offset', offset_name_in_request: 'offset', limit: 2, limit_name_in_request: 'limit', response_path: 'results' } })) {
        await nango.batchSave(page, 'Offset');
    }
}
",
    ),
    (
        "syncs/offset-body-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    const config = { method: 'POST', endpoint: '/search', data: { query: 'x' }, paginate: { type: 'offset', offset_name_in_request: 'offset', offset_start_value: 1, offset_calculation_method: 'per-page', limit: 2, limit_name_in_request: 'size', response_path: 'hits' } };
    for await (const page of nango.paginate(config)) {
        await nango.batchSave(page, 'OffsetBody');
    }
}
",
    ),
    (
        "syncs/legacy-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    // A legacy recording is one page: its cursor is not followed.
    for await (const page of nango.paginate({ endpoint: '/legacy', paginate: { type: 'cursor', cursor_path_in_response: 'next', cursor_name_in_request: 'cursor', response_path: 'contacts' } })) {
        await nango.batchSave(page, 'Legacy');
    }
    // And it answers whatever the params.
    const extra = await nango.get({ endpoint: '/legacy/extra', params: { at: Math.random() } });
    await nango.batchSave([extra.data], 'Legacy');
}
",
    ),
    (
        "syncs/recent-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
    const res = await nango.get({ endpoint: '/recent', params: { since } });
    await nango.batchSave(res.data.map((c: any) => ({ id: c.id, name: `${c.name} since ${since}` })), 'Recent');
}
",
    ),
    (
        "syncs/deleted-contacts",
        "export default async function fetchData(nango: any): Promise<void> {
    const res = await nango.get({ endpoint: '/deleted' });
    await nango.batchDelete(res.data.map((id: string) => ({ id })), 'Deleted');
}
",
    ),
    (
        "syncs/untested",
        "export default async function fetchData(nango: any): Promise<void> {
    await nango.get({ endpoint: '/nothing' });
}
",
    ),
    (
        "actions/create-contact",
        "export default async function runAction(nango: any, input: { name: string }): Promise<{ id: string; name: string }> {
    if (!input.name) throw new nango.ActionError({ message: 'name is required' });
    const res = await nango.post({ endpoint: '/contacts', data: { name: input.name } });
    return { id: res.data.id, name: res.data.name };
}
",
    ),
];

/// Writes a hash-form recording of `script` for the request whose identity text is `identity`.
fn record(mocks: &Path, script: &str, identity: &str, status: u16, headers: Value, body: Value) {
    let parsed = Identity::parse(identity).unwrap();
    let path = mocks
        .join("nango")
        .join(&parsed.method)
        .join("proxy")
        .join(&parsed.endpoint)
        .join(script)
        .join(format!("{}.json", parsed.hash));
    let file = json!({
        "method": parsed.method, "endpoint": parsed.endpoint,
        "requestIdentityHash": parsed.hash, "requestIdentity": parsed.value,
        "response": body, "status": status, "headers": headers,
    });
    write(&path, &serde_json::to_string_pretty(&file).unwrap());
}

fn json_file(path: &Path, value: Value) {
    write(path, &serde_json::to_string_pretty(&value).unwrap());
}

/// A project with recordings for every script but `untested`.
fn project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("proj");
    write(&root.join("nango.yaml"), YAML);
    for (path, code) in SCRIPTS {
        write(&root.join(format!("acme/{path}.ts")), code);
    }
    let mocks = root.join("acme/mocks");
    let json_headers = json!({ "content-type": "application/json" });
    let contacts = |ids: &[&str]| -> Value {
        ids.iter()
            .map(|id| json!({ "id": id, "name": format!("name {id}") }))
            .collect()
    };

    // Cursor: three pages; `limit` stays a number, the script's header is kept, the user agent
    // is not.
    let cursor = |extra: &str| {
        format!(
            r#"{{"method":"get","endpoint":"contacts","params":[{extra}["limit",2],["sort","name"]],"headers":[["X-Api-Version","2"]]}}"#
        )
    };
    for (extra, ids, next) in [
        ("", &["c1", "c2"][..], json!("c2")),
        (r#"["cursor","c2"],"#, &["c3", "c4"][..], json!(" c4 ")),
        (r#"["cursor","c4"],"#, &["c5"][..], json!(null)),
    ] {
        record(
            &mocks,
            "cursor-contacts",
            &cursor(extra),
            200,
            json_headers.clone(),
            json!({ "data": contacts(ids), "meta": { "next": next } }),
        );
    }
    json_file(
        &mocks.join("cursor-contacts/Cursor/batchSave.json"),
        contacts(&["c1", "c2", "c3", "c4", "c5"]),
    );

    // Link in a header: an absolute next link becomes the endpoint (path and query), without
    // params.
    record(
        &mocks,
        "link-header-contacts",
        r#"{"method":"get","endpoint":"people","params":[],"headers":[]}"#,
        200,
        json!({ "content-type": "application/json", "link": "<https://api.acme.test/people?page=2&fields=a,b>; rel=\"next\", <https://api.acme.test/people?page=9>; rel=\"last\"" }),
        contacts(&["p1"]),
    );
    record(
        &mocks,
        "link-header-contacts",
        r#"{"method":"get","endpoint":"people?page=2&fields=a,b","params":[],"headers":[]}"#,
        200,
        json_headers.clone(),
        contacts(&["p2"]),
    );
    json_file(
        &mocks.join("link-header-contacts/LinkHeader/batchSave.json"),
        contacts(&["p1", "p2"]),
    );

    // Link in the body: a relative next link.
    let link_body = |endpoint: &str| {
        format!(
            r#"{{"method":"get","endpoint":"{endpoint}","params":[],"headers":[["Accept","application/json"]]}}"#
        )
    };
    record(
        &mocks,
        "link-body-contacts",
        &link_body("people-b"),
        200,
        json_headers.clone(),
        json!({ "items": contacts(&["b1"]), "links": { "next": "/people-b?page=2" } }),
    );
    record(
        &mocks,
        "link-body-contacts",
        &link_body("people-b?page=2"),
        200,
        json_headers.clone(),
        json!({ "items": contacts(&["b2"]), "links": { "next": null } }),
    );
    json_file(
        &mocks.join("link-body-contacts/LinkBody/batchSave.json"),
        contacts(&["b1", "b2"]),
    );

    // Offset in the params: a string offset, stopping on a short page.
    for (offset, ids) in [("0", &["o1", "o2"][..]), ("2", &["o3"][..])] {
        record(
            &mocks,
            "offset-contacts",
            &format!(
                r#"{{"method":"get","endpoint":"accounts","params":[["limit",2],["offset","{offset}"]],"headers":[]}}"#
            ),
            200,
            json_headers.clone(),
            json!({ "results": contacts(ids) }),
        );
    }
    json_file(
        &mocks.join("offset-contacts/Offset/batchSave.json"),
        contacts(&["o1", "o2", "o3"]),
    );

    // Offset in a POST body: a number, counted per page from 1.
    for (offset, ids) in [(1, &["s1", "s2"][..]), (2, &["s3"][..])] {
        let data = format!(r#"{{\"query\":\"x\",\"size\":2,\"offset\":{offset}}}"#);
        record(
            &mocks,
            "offset-body-contacts",
            &format!(
                r#"{{"method":"post","endpoint":"search","params":[],"headers":[],"data":"{data}"}}"#
            ),
            200,
            json_headers.clone(),
            json!({ "hits": contacts(ids) }),
        );
    }
    json_file(
        &mocks.join("offset-body-contacts/OffsetBody/batchSave.json"),
        contacts(&["s1", "s2", "s3"]),
    );

    // Legacy recordings: the whole file is the body.
    json_file(
        &mocks.join("nango/get/proxy/legacy/legacy-contacts.json"),
        json!({ "contacts": contacts(&["l1", "l2"]), "next": "never-followed" }),
    );
    json_file(
        &mocks.join("nango/get/proxy/legacy/extra/legacy-contacts.json"),
        json!({ "id": "l3", "name": "name l3" }),
    );
    json_file(
        &mocks.join("legacy-contacts/Legacy/batchSave.json"),
        contacts(&["l1", "l2", "l3"]),
    );

    // A request that depends on the clock.
    record(
        &mocks,
        "recent-contacts",
        r#"{"method":"get","endpoint":"recent","params":[["since","2025-06-09T01:00:00.000Z"]],"headers":[]}"#,
        200,
        json_headers.clone(),
        json!([{ "id": "r1", "name": "Recent" }]),
    );
    json_file(
        &mocks.join("recent-contacts/Recent/batchSave.json"),
        json!([{ "id": "r1", "name": "Recent since 2025-06-09T01:00:00.000Z" }]),
    );

    // Deletions.
    json_file(
        &mocks.join("nango/get/proxy/deleted/deleted-contacts.json"),
        json!(["d1", "d2"]),
    );
    json_file(
        &mocks.join("deleted-contacts/Deleted/batchSave.json"),
        json!([]),
    );
    json_file(
        &mocks.join("deleted-contacts/Deleted/batchDelete.json"),
        json!([{ "id": "d1" }, { "id": "d2" }]),
    );

    // An action: input, a POST whose body is in the identity, and the output.
    json_file(
        &mocks.join("create-contact/input.json"),
        json!({ "name": "Ada" }),
    );
    record(
        &mocks,
        "create-contact",
        r#"{"method":"post","endpoint":"contacts","params":[],"headers":[],"data":"{\"name\":\"Ada\"}"}"#,
        201,
        json_headers,
        json!({ "id": "c9", "name": "Ada", "created": true }),
    );
    json_file(
        &mocks.join("create-contact/output.json"),
        json!({ "id": "c9", "name": "Ada" }),
    );
    (dir, root)
}

fn test(root: &Path, args: &[&str]) -> Run {
    nango(root, &[&["test"], args].concat())
}

#[test]
fn every_recorded_script_passes() {
    let (_dir, root) = project();
    let run = test(&root, &["--now", "2025-06-10T01:00:00Z"]);
    assert_eq!(run.code, 0, "{}", run.all());
    for line in [
        "✓ acme/cursor-contacts (sync): 5 records, 3 requests",
        "✓ acme/link-header-contacts (sync): 2 records, 2 requests",
        "✓ acme/link-body-contacts (sync): 2 records, 2 requests",
        "✓ acme/offset-contacts (sync): 3 records, 2 requests",
        "✓ acme/offset-body-contacts (sync): 3 records, 2 requests",
        "✓ acme/legacy-contacts (sync): 3 records, 2 requests",
        "✓ acme/recent-contacts (sync): 1 record, 1 request",
        "✓ acme/deleted-contacts (sync): 0 records, 1 request",
        "✓ acme/create-contact (action): 1 request",
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.all());
    }
    assert!(
        run.stdout
            .contains("9 passed, 0 failed, 1 script without recordings"),
        "{}",
        run.all()
    );
}

#[test]
fn scripts_and_integrations_can_be_chosen() {
    let (_dir, root) = project();
    let run = test(&root, &["offset-contacts", "create-contact"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("2 passed, 0 failed"), "{}", run.all());
    let run = test(&root, &["--integration", "acme", "legacy-contacts"]);
    assert_eq!(run.code, 0, "{}", run.all());
    // A named script must have recordings; an unknown one is a usage error.
    let run = test(&root, &["untested"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stdout.contains("no recordings"), "{}", run.all());
    assert!(run.stdout.contains("--save-responses"), "{}", run.all());
    let run = test(&root, &["nope"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stderr.contains("no sync or action named `nope`"),
        "{}",
        run.all()
    );
    let run = test(&root, &["--now", "last tuesday"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stderr.contains("--now last tuesday"), "{}", run.all());
}

#[test]
fn the_clock_is_frozen_only_when_asked() {
    let (_dir, root) = project();
    let run = test(&root, &["recent-contacts"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stdout.contains("no recorded response for get /recent")
            && run.stdout.contains("differs from every recorded one"),
        "{}",
        run.all()
    );
    let run = test(&root, &["recent-contacts", "--now", "2025-06-10T01:00:00Z"]);
    assert_eq!(run.code, 0, "{}", run.all());
}

#[test]
fn a_wrong_record_fails_with_a_diff_that_points_at_the_field() {
    let (_dir, root) = project();
    let mocks = root.join("acme/mocks");
    json_file(
        &mocks.join("cursor-contacts/Cursor/batchSave.json"),
        json!([
            { "id": "c1", "name": "name c1" },
            { "id": "c2", "name": "Wrong" },
            { "id": "c3", "name": "name c3" },
            { "id": "c4", "name": "name c4" },
            { "id": "c5", "name": "name c5" },
            { "id": "c6", "name": "name c6" }
        ]),
    );
    json_file(
        &mocks.join("deleted-contacts/Deleted/batchDelete.json"),
        json!([{ "id": "d1" }]),
    );
    json_file(
        &mocks.join("create-contact/output.json"),
        json!({ "id": "c9", "name": "Grace" }),
    );
    let run = test(&root, &["--now", "2025-06-10T01:00:00Z"]);
    assert_eq!(run.code, 3, "three tests fail: {}", run.all());
    for line in [
        "✗ acme/cursor-contacts (sync): differs from the recordings",
        "    Cursor/batchSave.json:",
        "      value: expected 6 records, got 5",
        r#"      [1] (id "c2").name: expected "Wrong", got "name c2""#,
        r#"      [5] (id "c6"): missing (expected {"id":"c6","name":"name c6"})"#,
        "    Deleted/batchDelete.json:",
        "      no batchDelete call of Deleted passed exactly the expected records",
        "      value: expected 1 record, got 2",
        "✗ acme/create-contact (action): differs from the recordings",
        r#"      name: expected "Grace", got "Ada""#,
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.all());
    }
    assert!(run.stdout.contains("6 passed, 3 failed"), "{}", run.all());
}

#[test]
fn script_failures_and_bad_recordings_are_reported() {
    let (_dir, root) = project();
    let mocks = root.join("acme/mocks");
    // The action now throws: its ActionError is the reason.
    json_file(
        &mocks.join("create-contact/input.json"),
        json!({ "name": "" }),
    );
    // A recording that is not JSON names its file.
    write(
        &mocks.join("nango/get/proxy/legacy/legacy-contacts.json"),
        "{ not json",
    );
    let run = test(&root, &["create-contact", "legacy-contacts"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stdout
            .contains(r#"the script failed: action error: {"message":"name is required"}"#),
        "{}",
        run.all()
    );
    assert!(
        run.stdout.contains("legacy-contacts.json: not valid JSON"),
        "{}",
        run.all()
    );
}

#[test]
fn provider_pagination_defaults_come_from_the_catalog_and_providers_file() {
    let (_dir, root) = project();
    let yaml = "\
integrations:
  acme:
    syncs:
      defaulted:
        runs: every day
        output: Defaulted
        endpoint: GET /defaulted
models:
  Defaulted:
    id: string
";
    write(&root.join("nango.yaml"), yaml);
    write(
        &root.join("acme/syncs/defaulted.ts"),
        "export default async function fetchData(nango: any): Promise<void> {
    for await (const page of nango.paginate({ endpoint: '/items', paginate: { limit: 1 } })) await nango.batchSave(page, 'Defaulted');
}
",
    );
    let mocks = root.join("acme/mocks");
    let headers = json!({ "content-type": "application/json" });
    record(
        &mocks,
        "defaulted",
        r#"{"method":"get","endpoint":"items","params":[["count",1]],"headers":[]}"#,
        200,
        headers.clone(),
        json!({ "entries": [{ "id": "1" }], "cursor": { "next": "n2" } }),
    );
    record(
        &mocks,
        "defaulted",
        r#"{"method":"get","endpoint":"items","params":[["count",1],["from","n2"]],"headers":[]}"#,
        200,
        headers,
        json!({ "entries": [{ "id": "2" }], "cursor": {} }),
    );
    json_file(
        &mocks.join("defaulted/Defaulted/batchSave.json"),
        json!([{ "id": "1" }, { "id": "2" }]),
    );
    // `acme` is not a provider we know: without its defaults, paginate cannot work.
    let run = test(&root, &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stdout
            .contains("this provider has no default pagination"),
        "{}",
        run.all()
    );
    let providers = root.join("providers.yaml");
    write(
        &providers,
        "acme:\n    auth_mode: API_KEY\n    proxy:\n        base_url: https://api.acme.test\n        paginate:\n            type: cursor\n            cursor_path_in_response: cursor.next\n            cursor_name_in_request: from\n            limit_name_in_request: count\n            response_path: entries\n",
    );
    let run: Run = common::command(&root, &["test"])
        .env("NANGO_PROVIDERS_FILE", &providers)
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout
            .contains("✓ acme/defaulted (sync): 2 records, 2 requests"),
        "{}",
        run.all()
    );
}

/// `nango migrate-to-zero-yaml` (issue 15): the project's scripts become `createSync` /
/// `createAction` definitions with zod models, and the same recordings pass the same way.
#[test]
fn a_migrated_project_passes_the_same_recorded_tests() {
    let Some(zod) = common::node::modules("zod4").map(|m| m.join("zod4")) else {
        return;
    };
    let (_dir, root) = project();
    // A script that uses the generated models' types, and a helper module that does too.
    write(
        &root.join("acme/actions/create-contact.ts"),
        "import type { NangoAction, Contact, CreateContact } from '../../models';
import { check } from '../helpers/check.js';

export default async function runAction(nango: NangoAction, input: CreateContact): Promise<Contact> {
    check(nango, input);
    const res = await nango.post({ endpoint: '/contacts', data: { name: input.name } });
    return { id: res.data.id, name: res.data.name };
}
",
    );
    write(
        &root.join("acme/helpers/check.ts"),
        "import type { NangoAction, CreateContact } from '../../models';

export function check(nango: NangoAction, input: CreateContact): void {
    if (!input.name) throw new nango.ActionError({ message: 'name is required' });
}
",
    );
    let before = test(&root, &["--now", "2025-06-10T01:00:00Z"]);
    assert_eq!(before.code, 0, "{}", before.all());

    let run = nango(&root, &["migrate-to-zero-yaml"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(!root.join("nango.yaml").exists());
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let models = read("models.ts");
    assert!(
        models.contains(
            "export const Contact = z.object({\n    id: z.string(),\n    name: z.string(),\n});"
        ),
        "{models}"
    );
    let action = read("acme/actions/create-contact.ts");
    for expected in [
        "import { createAction } from 'nango';",
        "import { Contact, CreateContact } from '../../models.js';",
        "const action = createAction({\n    description: '',\n    endpoint: { method: 'POST', path: '/contacts' },\n    input: CreateContact,\n    output: Contact,\n    exec: async (nango, input): Promise<Contact> => {",
        "export default action;",
    ] {
        assert!(action.contains(expected), "{expected:?} in\n{action}");
    }
    assert!(
        read("acme/helpers/check.ts").starts_with("import type { NangoAction } from 'nango';\nimport type { CreateContact } from '../../models';\n"),
        "{}",
        read("acme/helpers/check.ts")
    );
    assert!(
        read("index.ts").contains("import './acme/syncs/cursor-contacts.js';\n"),
        "{}",
        read("index.ts")
    );
    let package: Value = serde_json::from_str(&read("package.json")).unwrap();
    assert_eq!(package["devDependencies"]["zod"], "4.3.6");

    // Once zod is installed, the same recordings give the same verdicts.
    std::fs::create_dir_all(root.join("node_modules")).unwrap();
    std::os::unix::fs::symlink(&zod, root.join("node_modules/zod")).unwrap();
    let after = test(&root, &["--now", "2025-06-10T01:00:00Z"]);
    assert_eq!(after.code, 0, "{}", after.all());
    let verdicts = |run: &Run| -> Vec<String> {
        run.stdout
            .lines()
            .filter(|l| l.starts_with('✓') || l.starts_with('✗') || l.contains(" passed, "))
            // Without the timings.
            .map(|l| {
                l.rsplit_once(" (")
                    .map_or(l, |(verdict, _)| verdict)
                    .to_string()
            })
            .collect()
    };
    assert_eq!(verdicts(&before), verdicts(&after), "{}", after.all());
    let compile = nango(&root, &["compile", "--no-typecheck"]);
    assert_eq!(compile.code, 0, "{}", compile.all());

    // A second run refuses: the folder is zero-yaml now.
    let again = nango(&root, &["migrate-to-zero-yaml"]);
    assert_ne!(again.code, 0, "{}", again.all());
    assert!(
        again.stderr.contains("already a zero-yaml project"),
        "{}",
        again.all()
    );
}
