//! The SDK inside the sandbox, call by call, against an in-memory host.

mod common;

use common::{Fake, json_response, script};
use nango_runtime::{
    LogLevel, ProxyResponse, RecordOp, RequestBody, ResponseOrigin, RunError, ScriptContext,
    ScriptKind,
};
use serde_json::json;

#[tokio::test]
async fn an_action_gets_its_input_and_returns_its_output() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction(nango, input) { return { doubled: input.n * 2, connection: nango.connectionId, key: nango.providerConfigKey }; }",
    );
    let out = fake
        .run(ScriptKind::Action, &code, Some(json!({ "n": 21 })))
        .await
        .unwrap();
    assert_eq!(
        out.output,
        Some(json!({ "doubled": 42, "connection": "conn-1", "key": "github" }))
    );
}

#[tokio::test]
async fn proxy_verbs_send_params_headers_and_bodies() {
    let fake = Fake::new(|req| json_response(200, json!({ "echo": req.endpoint })));
    let code = script(
        "async function runAction(nango) {
            const a = await nango.get({ endpoint: '/repos', params: { per_page: 10, state: 'open', ids: [1, 2] }, headers: { 'X-Custom': 'y' }, retries: 3, retryOn: [409] });
            await nango.post({ endpoint: '/issues', data: { title: 't' }, baseUrlOverride: 'https://api.other.test' });
            await nango.put({ endpoint: '/form', data: 'a=1&b=2', params: 'q=x%20y&z' });
            await nango.patch({ endpoint: '/p', data: {} });
            await nango.delete({ endpoint: '/d' });
            await nango.proxy({ method: 'post', endpoint: '/raw' });
            return { data: a.data, status: a.status, type: a.headers['content-type'] };
        }",
    );
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(
        out.output,
        Some(json!({ "data": { "echo": "/repos" }, "status": 200, "type": "application/json" }))
    );
    let requests = fake.seen.requests.lock().unwrap().clone();
    let methods: Vec<&str> = requests.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["GET", "POST", "PUT", "PATCH", "DELETE", "POST"]);
    let pairs = |v: &[(&str, &str)]| {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        requests[0].params,
        pairs(&[
            ("per_page", "10"),
            ("state", "open"),
            ("ids", "1"),
            ("ids", "2")
        ])
    );
    assert_eq!(requests[0].headers, pairs(&[("X-Custom", "y")]));
    assert_eq!(
        (requests[0].retries, requests[0].retry_on.clone()),
        (3, vec![409])
    );
    assert_eq!(
        requests[1].data,
        Some(RequestBody::Json(json!({ "title": "t" })))
    );
    assert_eq!(
        requests[1].base_url_override.as_deref(),
        Some("https://api.other.test")
    );
    assert_eq!(requests[2].data, Some(RequestBody::Text("a=1&b=2".into())));
    assert_eq!(requests[2].params, pairs(&[("q", "x y"), ("z", "")]));
}

#[tokio::test]
async fn http_errors_carry_the_response_and_can_be_caught() {
    let fake = Fake::new(|req| match req.endpoint.as_str() {
        "/missing" => json_response(404, json!({ "message": "Not Found" })),
        _ => json_response(401, json!({ "message": "Bad credentials" })),
    });
    let code = script(
        "async function runAction(nango) {
            try { await nango.get({ endpoint: '/missing' }); } catch (e) { return { status: e.response.status, data: e.response.data, message: e.message }; }
        }",
    );
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(
        out.output,
        Some(
            json!({ "status": 404, "data": { "message": "Not Found" }, "message": "Request failed with status code 404" })
        )
    );

    let uncaught =
        script("async function runAction(nango) { await nango.get({ endpoint: '/private' }); }");
    let err = fake
        .run(ScriptKind::Action, &uncaught, None)
        .await
        .unwrap_err();
    assert_eq!(
        err,
        RunError::Http {
            status: 401,
            data: json!({ "message": "Bad credentials" })
        }
    );
}

#[tokio::test]
async fn host_failures_become_catchable_errors() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction(nango) { try { await nango.get({ endpoint: '/network-error' }); } catch (e) { return [e.message, e.code]; } }",
    );
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(
        out.output,
        Some(json!(["connection refused", "network_error"]))
    );
}

#[tokio::test]
async fn paginate_cursor_over_three_pages() {
    let fake = Fake::new(|req| {
        let cursor = req
            .params
            .iter()
            .find(|(k, _)| k == "after")
            .map(|(_, v)| v.clone());
        let (items, next) = match cursor.as_deref() {
            None => (json!([1, 2]), json!("c1")),
            Some("c1") => (json!([3, 4]), json!("c2")),
            Some("c2") => (json!([5]), json!(null)),
            Some(other) => panic!("unexpected cursor {other}"),
        };
        json_response(
            200,
            json!({ "results": items, "paging": { "next": { "after": next } } }),
        )
    });
    let code = script(
        "async function fetchData(nango) {
            const pages = [];
            for await (const page of nango.paginate({ endpoint: '/contacts', paginate: { type: 'cursor', cursor_path_in_response: 'paging.next.after', cursor_name_in_request: 'after', response_path: 'results', limit_name_in_request: 'limit', limit: 2 } })) pages.push(page);
            await nango.log(JSON.stringify(pages));
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    assert_eq!(fake.logs(), ["[[1,2],[3,4],[5]]"]);
    let requests = fake.seen.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 3);
    assert!(
        requests
            .iter()
            .all(|r| r.params.contains(&("limit".into(), "2".into())))
    );
}

#[tokio::test]
async fn paginate_link_header_and_body_and_offset() {
    let fake = Fake::new(|req| {
        let page = req
            .params
            .iter()
            .find(|(k, _)| k == "page")
            .map(|(_, v)| v.as_str())
            .unwrap_or("1")
            .to_string();
        match req.endpoint.as_str() {
            "/header" => {
                let mut response = json_response(200, json!([format!("h{page}")]));
                if page != "3" {
                    let next = page.parse::<u32>().unwrap() + 1;
                    response.headers.push(("link".into(), format!("<https://api.test/header?page={next}>; rel=\"next\", <https://api.test/header?page=3>; rel=\"last\"")));
                }
                response
            }
            "/body" => {
                let next = match page.as_str() {
                    "1" => json!("/body?page=2"),
                    "2" => json!("/body?page=3"),
                    _ => json!(null),
                };
                json_response(
                    200,
                    json!({ "items": [format!("b{page}")], "links": { "next": next } }),
                )
            }
            "/offset" => {
                let offset: usize = req
                    .params
                    .iter()
                    .find(|(k, _)| k == "offset")
                    .unwrap()
                    .1
                    .parse()
                    .unwrap();
                let all = ["o0", "o1", "o2", "o3", "o4"];
                json_response(
                    200,
                    json!({ "data": all.iter().skip(offset).take(2).collect::<Vec<_>>() }),
                )
            }
            other => panic!("unexpected {other}"),
        }
    });
    let code = script(
        "async function fetchData(nango) {
            const collect = async (config) => { const out = []; for await (const page of nango.paginate(config)) out.push(...page); return out; };
            const header = await collect({ endpoint: '/header', paginate: { type: 'link', link_rel_in_response_header: 'next' } });
            const body = await collect({ endpoint: '/body', paginate: { type: 'link', link_path_in_response_body: 'links.next', response_path: 'items' } });
            const offset = await collect({ endpoint: '/offset', paginate: { type: 'offset', offset_name_in_request: 'offset', response_path: 'data', limit: 2, limit_name_in_request: 'limit' } });
            await nango.log(JSON.stringify({ header, body, offset }));
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    assert_eq!(
        fake.logs(),
        [
            r#"{"header":["h1","h2","h3"],"body":["b1","b2","b3"],"offset":["o0","o1","o2","o3","o4"]}"#
        ]
    );
    let requests = fake.seen.requests.lock().unwrap().clone();
    // Absolute next links replace the base URL; relative ones keep it.
    assert_eq!(
        requests[1].base_url_override.as_deref(),
        Some("https://api.test")
    );
    assert_eq!(requests[4].base_url_override, None);
}

#[tokio::test]
async fn provider_pagination_defaults_apply_under_the_scripts_settings() {
    let fake = Fake::new(|req| {
        let page: u32 = req
            .params
            .iter()
            .find(|(k, _)| k == "page")
            .map_or(1, |(_, v)| v.parse().unwrap());
        let mut response = json_response(200, json!([page]));
        if page < 3 {
            response.headers.push((
                "link".into(),
                format!("</items?page={}>; rel=\"next\"", page + 1),
            ));
        }
        response
    });
    let code = script(
        "async function fetchData(nango) { const all = []; for await (const p of nango.paginate({ endpoint: '/items', paginate: { limit: 50 } })) all.push(...p); await nango.log(all.join(',')); }",
    );
    let mut context = common::context();
    context.pagination_defaults = Some(
        json!({ "type": "link", "link_rel_in_response_header": "next", "limit_name_in_request": "per_page" }),
    );
    let request = nango_runtime::RunRequest {
        script: nango_runtime::Script {
            name: "s.js".into(),
            code: code.into(),
            source_map: None,
        },
        kind: ScriptKind::Sync,
        input: None,
        context,
        limits: common::limits(),
        models: None,
        validation: nango_runtime::Validation::Off,
    };
    nango_runtime::run(request, fake.host()).await.unwrap();
    assert_eq!(fake.logs(), ["1,2,3"]);
    assert!(
        fake.seen.requests.lock().unwrap()[0]
            .params
            .contains(&("per_page".into(), "50".into()))
    );
}

#[tokio::test]
async fn batch_calls_reach_the_sink_in_chunks_and_ids_are_required() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function fetchData(nango) {
            const many = Array.from({ length: 25000 }, (_, i) => ({ id: String(i), n: i }));
            await nango.batchSave(many, 'Item');
            await nango.batchUpdate([{ id: 1, n: 2 }], 'Item');
            await nango.batchDelete([{ id: '3' }], 'Item');
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    let sizes: Vec<(RecordOp, usize)> = fake
        .seen
        .records
        .lock()
        .unwrap()
        .iter()
        .map(|(op, _, r)| (*op, r.len()))
        .collect();
    assert_eq!(
        sizes,
        [
            (RecordOp::Save, 10000),
            (RecordOp::Save, 10000),
            (RecordOp::Save, 5000),
            (RecordOp::Update, 1),
            (RecordOp::Delete, 1)
        ]
    );

    let bad = script(
        "async function fetchData(nango) { await nango.batchSave([{ id: 'a' }, { name: 'no id' }], 'Item'); }",
    );
    let err = fake.run(ScriptKind::Sync, &bad, None).await.unwrap_err();
    let RunError::Script { message, .. } = err else {
        panic!("{err:?}")
    };
    assert_eq!(
        message,
        "batchSave(…, 'Item'): record 1 has no `id`; every record needs a non-empty string or number `id`"
    );
}

#[tokio::test]
async fn actions_have_no_record_calls() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction(nango) { return [typeof nango.batchSave, typeof nango.get]; }",
    );
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(out.output, Some(json!(["undefined", "function"])));
}

#[tokio::test]
async fn action_error_payload_reaches_the_caller() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction(nango) { throw new nango.ActionError({ message: 'bad input', field: 'title' }); }",
    );
    let err = fake.run(ScriptKind::Action, &code, None).await.unwrap_err();
    assert_eq!(
        err,
        RunError::Action {
            payload: json!({ "message": "bad input", "field": "title" })
        }
    );
}

#[tokio::test]
async fn connection_metadata_token_and_environment() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction(nango) {
            const connection = await nango.getConnection();
            const again = await nango.getConnection();
            return {
                subdomain: connection.connection_config.subdomain,
                same: connection === again,
                metadata: await nango.getMetadata(),
                token: await nango.getToken(),
                set: (await nango.setMetadata({ a: 1 })).metadata,
                update: (await nango.updateMetadata({ b: 2 })).metadata,
                env: await nango.getEnvironmentVariables(),
                webhook: await nango.getWebhookURL(),
                integration: (await nango.getIntegration()).unique_key,
                triggered: await nango.triggerAction('github', 'conn-2', 'create-issue', { title: 'x' }),
                lastSyncDate: nango.lastSyncDate.toISOString(),
                missing: await nango.getConnection('github', 'missing').catch((e) => e.message),
            };
        }",
    );
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(
        out.output,
        Some(json!({
            "subdomain": "acme",
            "same": true,
            "metadata": { "team": "core" },
            "token": "tok-123",
            "set": { "a": 1 },
            "update": { "b": 2 },
            "env": [{ "name": "REGION", "value": "eu" }],
            "webhook": "https://hooks.test/x",
            "integration": "github",
            "triggered": { "ran": "create-issue", "input": { "title": "x" } },
            "lastSyncDate": "2024-05-01T10:00:00.000Z",
            "missing": "connection missing not found"
        }))
    );
    // The connection is fetched once for the two getConnection() calls, then again after
    // setMetadata invalidated it (getMetadata, getToken: one fetch).
    let gets = fake
        .seen
        .calls
        .lock()
        .unwrap()
        .iter()
        .filter(|c| matches!(c, nango_runtime::HostCall::GetConnection { .. }))
        .count();
    assert_eq!(gets, 2);
}

#[tokio::test]
async fn records_by_ids_merging_strategy_and_locks() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function fetchData(nango) {
            await nango.setMergingStrategy({ strategy: 'ignore_if_modified_after' }, 'Item');
            const found = await nango.getRecordsByIds(['a', 'b'], 'Item');
            const first = await nango.tryAcquireLock({ key: 'k', ttlMs: 60000 });
            const second = await nango.tryAcquireLock({ key: 'k', ttlMs: 60000 });
            await nango.releaseLock({ key: 'k' });
            const third = await nango.tryAcquireLock({ key: 'k', ttlMs: 60000 });
            await nango.log(JSON.stringify([found instanceof Map, found.get('b'), first, second, third]));
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    assert_eq!(
        fake.logs(),
        [r#"[true,{"id":"b","title":"t"},true,false,true]"#]
    );
}

#[tokio::test]
async fn logs_have_levels_and_console_works() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction(nango) {
            await nango.log('plain');
            await nango.log('with object', { a: 1 });
            await nango.log('warned', { level: 'warn' });
            await nango.log('old alias', { level: 'verbose' });
            console.error('from console', 42);
        }",
    );
    fake.run(ScriptKind::Action, &code, None).await.unwrap();
    let logs = fake.seen.logs.lock().unwrap().clone();
    assert_eq!(
        logs,
        [
            (LogLevel::Info, "plain".to_string()),
            (LogLevel::Info, "with object {\n  \"a\": 1\n}".to_string()),
            (LogLevel::Warn, "warned".to_string()),
            (LogLevel::Debug, "old alias".to_string()),
            (LogLevel::Error, "from console 42".to_string()),
        ]
    );
}

#[tokio::test]
async fn text_and_binary_responses() {
    let fake = Fake::new(|req| match req.endpoint.as_str() {
        "/text" => ProxyResponse {
            status: 200,
            headers: vec![("content-type".into(), "text/plain".into())],
            body: b"hello".to_vec(),
            ..ProxyResponse::default()
        },
        _ => ProxyResponse {
            status: 204,
            ..ProxyResponse::default()
        },
    });
    let code = script(
        "async function runAction(nango) { const t = await nango.get({ endpoint: '/text' }); const e = await nango.delete({ endpoint: '/empty' }); return [t.data, e.status, e.data]; }",
    );
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(out.output, Some(json!(["hello", 204, ""])));
}

#[tokio::test]
async fn records_are_checked_against_their_model() {
    let models = std::sync::Arc::new(json!({
        "Item": { "type": "object", "properties": { "id": { "type": "string" }, "n": { "type": "number" } }, "required": ["id", "n"], "additionalProperties": false }
    }));
    let code = script(
        "async function fetchData(nango) { await nango.batchSave([{ id: 'a', n: 1 }, { id: 'b', n: 'two' }], 'Item'); }",
    );
    let run = |validation| {
        let fake = Fake::new(|_| json_response(200, json!({})));
        let request = nango_runtime::RunRequest {
            script: nango_runtime::Script {
                name: "s.js".into(),
                code: code.as_str().into(),
                source_map: None,
            },
            kind: ScriptKind::Sync,
            input: None,
            context: common::context(),
            limits: common::limits(),
            models: Some(models.clone()),
            validation,
        };
        async move {
            let result = nango_runtime::run(request, fake.host()).await;
            let saved = fake
                .seen
                .records
                .lock()
                .unwrap()
                .iter()
                .map(|(_, _, r)| r.len())
                .sum::<usize>();
            (result, saved, fake.logs())
        }
    };
    let expected = "batchSave(…, 'Item'): record 1 (id \"b\") does not match the model: /n: expected number, got a string";
    let (result, saved, logs) = run(nango_runtime::Validation::Log).await;
    assert!(result.is_ok());
    assert_eq!((saved, logs), (2, vec![expected.to_string()]));
    let (result, saved, _) = run(nango_runtime::Validation::Strict).await;
    assert!(
        matches!(&result, Err(RunError::Script { message, .. }) if message == expected),
        "{result:?}"
    );
    assert_eq!(saved, 0);
}

#[tokio::test]
async fn request_identities_are_computed_as_nangos_recorder_does() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function fetchData(nango) {
            await nango.get({ endpoint: '/a', params: { b: 2, a: 'x' }, headers: { Authorization: 'no', 'X-Z': 1, 'user-agent': 'u' } });
            await nango.post({ endpoint: 'b', data: { big: 'x'.repeat(1200) } });
            await nango.put({ endpoint: '/c', data: 'raw text' });
            await nango.patch({ endpoint: '/d?e=1', data: { keep: 1, drop: undefined } });
        }",
    );
    let context = ScriptContext {
        request_identity: true,
        ..common::context()
    };
    fake.run_in(ScriptKind::Sync, &code, context).await.unwrap();
    let requests = fake.seen.requests.lock().unwrap().clone();
    let identities: Vec<&str> = requests
        .iter()
        .map(|r| r.identity.as_deref().unwrap())
        .collect();
    use sha1::Digest;
    let big = format!(r#"{{"big":"{}"}}"#, "x".repeat(1200));
    let big_hash: String = sha1::Sha1::digest(big.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        identities,
        [
            r#"{"method":"get","endpoint":"a","params":[["a","x"],["b",2]],"headers":[["X-Z",1]]}"#.to_string(),
            format!(r#"{{"method":"post","endpoint":"b","params":[],"headers":[],"data":"sha1:{big_hash}"}}"#),
            r#"{"method":"put","endpoint":"c","params":[],"headers":[],"data":"raw text"}"#.to_string(),
            r#"{"method":"patch","endpoint":"d?e=1","params":[],"headers":[],"data":"{\"keep\":1}"}"#.to_string(),
        ]
    );
    // The query string of an endpoint still reaches the provider as params.
    assert_eq!(requests[3].endpoint, "/d");
    assert_eq!(requests[3].params, [("e".to_string(), "1".to_string())]);

    // Without the flag (a production run), nothing is computed.
    let fake = Fake::new(|_| json_response(200, json!({})));
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    assert!(
        fake.seen
            .requests
            .lock()
            .unwrap()
            .iter()
            .all(|r| r.identity.is_none())
    );
}

#[tokio::test]
async fn a_frozen_clock_fixes_now_and_nothing_else() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function fetchData(nango) {
            await nango.log([Date.now(), new Date().toISOString(), new Date(0).toISOString(), new Date('2020-02-03').getTime(), new Date() instanceof Date, new Date().constructor === Date, typeof Date(), Date.UTC(2020, 0, 1), Date.name, nango.lastSyncDate.toISOString()].join(' '));
        }",
    );
    let context = ScriptContext {
        frozen_time: Some(1_749_517_200_000),
        ..common::context()
    };
    fake.run_in(ScriptKind::Sync, &code, context).await.unwrap();
    assert_eq!(
        fake.logs(),
        [
            "1749517200000 2025-06-10T01:00:00.000Z 1970-01-01T00:00:00.000Z 1580688000000 true true string 1577836800000 Date 2024-05-01T10:00:00.000Z"
        ]
    );
}

#[tokio::test]
async fn recorded_responses_come_back_as_recorded() {
    let fake = Fake::new(|req| {
        let body = match req.endpoint.as_str() {
            "/text" => json!("plain \"text\""),
            _ => json!({ "items": [1, 2], "more": [3], "next": "never" }),
        };
        ProxyResponse {
            status: 200,
            headers: Vec::new(),
            body: body.to_string().into_bytes(),
            origin: if req.endpoint == "/text" {
                ResponseOrigin::Recorded
            } else {
                ResponseOrigin::RecordedBodyOnly
            },
        }
    });
    let code = script(
        "async function fetchData(nango) {
            const text = await nango.get({ endpoint: '/text', responseType: 'text' });
            const pages = [];
            for await (const page of nango.paginate({ endpoint: '/legacy', paginate: { type: 'cursor', cursor_name_in_request: 'c', cursor_path_in_response: 'next' } })) pages.push(page);
            await nango.log(JSON.stringify({ text: text.data, pages }));
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    // A body-only recording is one request: its pages are every list at its top.
    assert_eq!(
        fake.logs(),
        [r#"{"text":"plain \"text\"","pages":[[1,2],[3]]}"#]
    );
    assert_eq!(fake.seen.requests.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn live_bodies_are_data_when_json_and_text_when_asked() {
    let fake = Fake::new(|req| {
        let (body, kind) = match req.endpoint.as_str() {
            "/json" => (
                r#"{"a":[1,{"b":"\u00e9\"x"}],"n":1e400}"#,
                "application/json",
            ),
            "/not-json" => ("{oops", "application/json"),
            "/empty" => ("", "application/json"),
            _ => ("[1, 2]", "text/plain"),
        };
        ProxyResponse {
            status: 200,
            headers: vec![("content-type".into(), kind.into())],
            body: body.as_bytes().to_vec(),
            origin: ResponseOrigin::Live,
        }
    });
    let code = script(
        "async function fetchData(nango) {
            const got = [];
            for (const [endpoint, responseType] of [['/json'], ['/json', 'text'], ['/not-json'], ['/empty'], ['/plain']]) {
                const { data } = await nango.get({ endpoint, responseType });
                got.push([typeof data, data]);
            }
            await nango.log(JSON.stringify(got));
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    assert_eq!(
        fake.logs(),
        [
            r#"[["object",{"a":[1,{"b":"é\"x"}],"n":null}],["string","{\"a\":[1,{\"b\":\"\\u00e9\\\"x\"}],\"n\":1e400}"],["string","{oops"],["object",null],["object",[1,2]]]"#
        ]
    );
}

#[tokio::test]
async fn paginate_puts_values_in_the_body_of_posts_and_reads_lodash_paths() {
    let fake = Fake::new(|req| {
        let Some(RequestBody::Json(body)) = &req.data else {
            panic!("no body")
        };
        let (data, next) = match body["page"]["cursor"].as_str() {
            None => (json!(["a"]), json!("n2")),
            Some("n2") => (json!(["b"]), json!("   ")),
            Some(other) => panic!("unexpected cursor {other}"),
        };
        json_response(200, json!({ "data": data, "meta": [{ "next": next }] }))
    });
    let code = script(
        "async function fetchData(nango) {
            const all = [];
            for await (const page of nango.paginate({ method: 'POST', endpoint: '/search', data: { q: 1 }, paginate: { type: 'cursor', cursor_name_in_request: 'page.cursor', cursor_path_in_response: 'meta[0].next', response_path: 'data', limit: 10, limit_name_in_request: 'page.size' } })) all.push(...page);
            let error;
            try { for await (const _ of nango.paginate({ endpoint: '/x', paginate: { type: 'cursor' } })) {} } catch (e) { error = e.message; }
            await nango.log(JSON.stringify({ all, error }));
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    assert_eq!(
        fake.logs(),
        [
            r#"{"all":["a","b"],"error":"nango.paginate(): `paginate.cursor_name_in_request` is required for cursor pagination"}"#
        ]
    );
    let bodies: Vec<Option<RequestBody>> = fake
        .seen
        .requests
        .lock()
        .unwrap()
        .iter()
        .map(|r| r.data.clone())
        .collect();
    assert_eq!(
        bodies,
        [
            Some(RequestBody::Json(json!({ "q": 1, "page": { "size": 10 } }))),
            Some(RequestBody::Json(
                json!({ "q": 1, "page": { "size": 10, "cursor": "n2" } })
            )),
        ]
    );
}

#[tokio::test]
async fn a_zero_yaml_definition_runs_its_exec_with_checkpoints() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    // What a zero-yaml bundle exports: `createSync({…})` from the runtime's `nango` module.
    let code = "\"use strict\";\nconst { createSync } = require('nango');\nmodule.exports.default = createSync({ description: 'd', exec: async (nango) => {\n    const first = await nango.getCheckpoint();\n    await nango.saveCheckpoint({ page: first.page + 1, cursor: 'c', done: false });\n    const second = await nango.getCheckpoint();\n    second.page = 99;\n    const third = await nango.getCheckpoint();\n    let refused = null;\n    try { await nango.saveCheckpoint({ nested: { no: 1 } }); } catch (e) { refused = e.message; }\n    await nango.clearCheckpoint();\n    await nango.batchSave([{ id: 'r', first, third, refused, cleared: await nango.getCheckpoint() }], 'Out');\n} });\n";
    fake.run(ScriptKind::Sync, code, None).await.unwrap();
    let saved = fake.seen.records.lock().unwrap().clone();
    let record = &saved[0].2[0];
    // The host's checkpoint (`{page: 2}`), then the saved one, which the script cannot change
    // by mutating what it read; a nested value is refused; a cleared checkpoint is null.
    assert_eq!(record["first"], json!({ "page": 2 }));
    assert_eq!(
        record["third"],
        json!({ "page": 3, "cursor": "c", "done": false })
    );
    assert!(
        record["refused"]
            .as_str()
            .unwrap()
            .contains("strings, numbers or booleans"),
        "{record}"
    );
    assert_eq!(record["cleared"], json!(null));
}

#[tokio::test]
async fn list_records_pages_through_the_cache() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function fetchData(nango) { const ids = []; for await (const r of nango.listRecords('Item')) ids.push(r.id); await nango.batchSave([{ id: 'seen', ids }], 'Out'); }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    let saved = fake.seen.records.lock().unwrap().clone();
    assert_eq!(saved[0].2[0]["ids"], json!(["1", "2"]));
}

#[tokio::test]
async fn zod_is_provided_to_bundles_that_keep_it_external() {
    // Nango's 0.71 CLI leaves `require("zod")` in its bundles for the runner to answer.
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = "\"use strict\";\nconst zod = require('zod');\nconst Input = zod.z.object({ n: zod.z.number() });\nmodule.exports.default = { type: 'action', exec: async (nango, input) => {\n    const ok = Input.safeParse(input);\n    const bad = Input.safeParse({ n: 'x' });\n    return { ok: ok.success, bad: bad.success, schema: Input.toJSONSchema().properties };\n} };\n";
    let out = fake
        .run(ScriptKind::Action, code, Some(json!({ "n": 1 })))
        .await
        .unwrap();
    assert_eq!(
        out.output,
        Some(json!({ "ok": true, "bad": false, "schema": { "n": { "type": "number" } } }))
    );
}

#[tokio::test]
async fn records_that_are_not_plain_data_are_saved_as_json_stringify_writes_them() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function fetchData(nango) {
            class Contact { constructor(id) { this.id = id; this.kind = 'class'; } }
            await nango.batchSave([{ id: 'plain', n: -0, big: 1e21 }], 'M');
            await nango.batchSave([{ id: 'date', at: new Date(0) }, new Contact('c'), { id: 'plain2' }], 'M');
            const cycle = { id: 'cycle' };
            cycle.self = cycle;
            let error = null;
            try { await nango.batchSave([cycle], 'M'); } catch (e) { error = e.constructor.name; }
            await nango.log(String(error));
            try { await nango.batchSave([{ id: 'g', get bad() { throw new Error('boom'); } }], 'M'); } catch (e) { error = e.message; }
            await nango.log(String(error));
            await nango.batchSave([{ id: 'after' }], 'M');
        }",
    );
    fake.run(ScriptKind::Sync, &code, None).await.unwrap();
    let saved = fake.seen.records.lock().unwrap().clone();
    let batches: Vec<Vec<serde_json::Value>> = saved.into_iter().map(|(_, _, r)| r).collect();
    assert_eq!(
        batches,
        [
            vec![json!({ "id": "plain", "n": 0, "big": 1e21 })],
            vec![
                json!({ "id": "date", "at": "1970-01-01T00:00:00.000Z" }),
                json!({ "id": "c", "kind": "class" }),
                json!({ "id": "plain2" }),
            ],
            vec![json!({ "id": "after" })],
        ]
    );
    // A cycle fails as JSON.stringify fails, and so does a getter that throws; saving goes on.
    assert_eq!(fake.logs(), ["TypeError", "boom"]);
}
