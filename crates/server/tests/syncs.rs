//! Scheduled syncs, the records cache and its API, sync control, webhooks and logs, over HTTP on
//! 127.0.0.1 with the scheduler running on short timings and a mock provider on loopback.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use common::{DEV, World, serve};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

const CONTACTS: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const since = nango.lastSyncDate ? nango.lastSyncDate.toISOString() : 'never';
    const res = await nango.get({ endpoint: '/contacts', params: { since } });
    await nango.batchSave(res.data.contacts, 'Contact');
    await nango.log(`saved ${res.data.contacts.length} since ${since}`);
};
"#;

const CREATE: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) { return { id: 'new', name: input.name }; };
"#;

fn sync_flow(auto_start: bool) -> Value {
    let mut flow = common::flow("contacts", "sync", CONTACTS, None, &["Contact"]);
    flow["sync_type"] = json!("full");
    flow["track_deletes"] = json!(true);
    flow["auto_start"] = json!(auto_start);
    flow["endpoints"] = json!([{ "method": "GET", "path": "/crm/contacts" }]);
    flow
}

fn contact(id: &str, name: &str) -> Value {
    json!({ "id": id, "name": name })
}

async fn status(world: &World) -> Value {
    let (code, body) = try_status(world).await;
    assert_eq!(code, 200, "{body}");
    body["syncs"][0].clone()
}

async fn try_status(world: &World) -> (u16, Value) {
    world
        .dev(
            "GET",
            "/sync/status?syncs=contacts&provider_config_key=gh&connection_id=c1",
            None,
        )
        .await
}

/// Waits until the sync has finished a run after `after` (a `finishedAt`, or null).
async fn finished_after(world: &World, after: &Value) -> Value {
    for _ in 0..1000 {
        // The scheduler creates the schedule soon after the deploy.
        let (code, body) = try_status(world).await;
        let status = body["syncs"][0].clone();
        if code != 200 {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        }
        if status["status"] != "RUNNING"
            && status["finishedAt"] != *after
            && !status["finishedAt"].is_null()
        {
            return status;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the sync did not finish: {}", status(world).await);
}

async fn records(world: &World, query: &str) -> Value {
    let (code, body) = world
        .call(
            Some(DEV),
            "GET",
            &format!("/records?model=Contact{query}"),
            None,
            &[("connection-id", "c1"), ("provider-config-key", "gh")],
        )
        .await;
    assert_eq!(code, 200, "{body}");
    body
}

fn ids(page: &Value) -> Vec<String> {
    page["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn deployed_syncs_run_and_their_records_are_served_with_change_tracking() {
    let world = World::running().await;
    *world.provider.contacts.lock().unwrap() =
        vec![contact("1", "a"), contact("2", "b"), contact("3", "c")];
    world.setup(vec![sync_flow(true)]).await;
    let first = finished_after(&world, &Value::Null).await;
    assert_eq!(first["status"], "SUCCESS", "{first}");
    assert_eq!(first["type"], "INITIAL");
    assert_eq!(
        first["latestResult"],
        json!({ "Contact": { "added": 3, "updated": 0, "deleted": 0 } })
    );
    assert_eq!(first["recordCount"], json!({ "Contact": 3 }));
    assert_eq!(first["frequency"], "every day");
    assert!(first["nextScheduledSyncAt"].is_string());

    let page = records(&world, "").await;
    assert_eq!(ids(&page), ["1", "2", "3"]);
    assert_eq!(page["records"][0]["name"], "a");
    assert_eq!(
        page["records"][0]["_nango_metadata"]["last_action"],
        "ADDED"
    );
    let one_before = page["records"][0]["_nango_metadata"].clone();
    let between = nango_store::now();
    tokio::time::sleep(Duration::from_millis(5)).await;

    // The provider changes: 2 updated, 3 gone, 4 new; 1 is the same.
    *world.provider.contacts.lock().unwrap() =
        vec![contact("1", "a"), contact("2", "B"), contact("4", "d")];
    let (code, _) = world
        .dev(
            "POST",
            "/sync/trigger",
            Some(json!({ "syncs": ["contacts"], "provider_config_key": "gh", "connection_id": "c1" })),
        )
        .await;
    assert_eq!(code, 200);
    let second = finished_after(&world, &first["finishedAt"]).await;
    assert_eq!(
        second["latestResult"],
        json!({ "Contact": { "added": 1, "updated": 1, "deleted": 1 } }),
        "{second}"
    );
    assert_eq!(second["type"], "INCREMENTAL");
    assert_eq!(second["recordCount"], json!({ "Contact": 3 }));

    assert_eq!(ids(&records(&world, "&filter=added").await), ["1", "4"]);
    assert_eq!(ids(&records(&world, "&filter=updated").await), ["2"]);
    let deleted = records(&world, "&filter=deleted").await;
    assert_eq!(ids(&deleted), ["3"]);
    assert!(deleted["records"][0]["_nango_metadata"]["deleted_at"].is_string());
    assert_eq!(
        ids(&records(&world, "&filter=added,updated").await),
        ["1", "2", "4"]
    );
    // The unchanged record was not rewritten.
    let all = records(&world, "").await;
    assert_eq!(all["records"][0]["_nango_metadata"], one_before);
    // Change order: 4 was saved during the run, 3 deleted at its end.
    assert_eq!(ids(&all), ["1", "2", "4", "3"]);
    let since = records(&world, &format!("&modified_after={between}")).await;
    assert_eq!(ids(&since), ["2", "4", "3"]);
    assert_eq!(ids(&records(&world, "&ids=4&ids=2").await), ["2", "4"]);

    // Page by page with the cursor: every record once, in order.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = records(&world, &format!("&limit=1&cursor={cursor}")).await;
        seen.extend(ids(&page));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_string(),
            None => break,
        }
    }
    assert_eq!(seen, ["1", "2", "4", "3"]);
    let (code, body) = world
        .call(
            Some(DEV),
            "GET",
            "/records?model=Contact&cursor=nope",
            None,
            &[("connection-id", "c1"), ("provider-config-key", "gh")],
        )
        .await;
    assert_eq!(
        (code, body["error"]["code"].clone()),
        (400, json!("invalid_cursor"))
    );
    let (code, body) = world
        .call(
            Some(DEV),
            "GET",
            "/records/?model=Contact&limit=10001",
            None,
            &[("connection-id", "c1"), ("provider-config-key", "gh")],
        )
        .await;
    assert_eq!(
        (code, body["error"]["code"].clone()),
        (400, json!("invalid_query"))
    );

    // lastSyncDate: never on the first run, the first run's start on the second.
    let sinces: Vec<String> = world
        .provider
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r.1.starts_with("/contacts"))
        .map(|r| r.1.split("since=").nth(1).unwrap_or_default().to_string())
        .collect();
    assert_eq!(sinces[0], "never");
    assert!(sinces[1].starts_with("20"), "{sinces:?}");

    // Each run is an operation with its log lines.
    let (_, operations) = world.dev("GET", "/logs/operations?kind=sync", None).await;
    let operations = operations["data"].as_array().unwrap().clone();
    assert_eq!(operations.len(), 2);
    assert_eq!(operations[0]["status"], "success");
    let (_, detail) = world
        .dev(
            "GET",
            &format!("/logs/operations/{}", operations[1]["id"]),
            None,
        )
        .await;
    assert_eq!(detail["data"]["logs"][0]["message"], "saved 3 since never");
    let (_, proxied) = world.dev("GET", "/logs/operations?kind=proxy", None).await;
    assert!(
        proxied["data"].as_array().unwrap().is_empty(),
        "scripts' calls are part of their run"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn syncs_are_paused_started_and_their_frequency_changed() {
    let world = World::running().await;
    *world.provider.contacts.lock().unwrap() = vec![contact("1", "a")];
    world.setup(vec![sync_flow(false)]).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let paused = status(&world).await;
    assert_eq!(paused["status"], "PAUSED", "{paused}");
    assert!(paused["nextScheduledSyncAt"].is_null());
    assert!(
        world
            .provider
            .seen
            .lock()
            .unwrap()
            .iter()
            .all(|r| !r.1.starts_with("/contacts"))
    );

    let body = json!({ "syncs": ["contacts"], "provider_config_key": "gh", "connection_id": "c1" });
    assert_eq!(
        world.dev("POST", "/sync/start", Some(body.clone())).await.0,
        200
    );
    let ran = finished_after(&world, &Value::Null).await;
    assert_eq!(ran["status"], "SUCCESS");
    assert_eq!(
        world.dev("POST", "/sync/pause", Some(body.clone())).await.0,
        200
    );
    assert_eq!(status(&world).await["status"], "PAUSED");

    let (code, answer) = world
        .dev(
            "PUT",
            "/sync/update-connection-frequency",
            Some(json!({ "sync_name": "contacts", "provider_config_key": "gh", "connection_id": "c1", "frequency": "every 5 minutes" })),
        )
        .await;
    assert_eq!(
        (code, answer),
        (200, json!({ "frequency": "every 5 minutes" }))
    );
    assert_eq!(
        world.dev("POST", "/sync/start", Some(body.clone())).await.0,
        200
    );
    // Started: it runs now, then every 5 minutes.
    let started = finished_after(&world, &ran["finishedAt"]).await;
    assert_eq!(started["frequency"], "every 5 minutes");
    let next = started["nextScheduledSyncAt"].as_str().unwrap().to_string();
    assert!(next > nango_store::now(), "{next}");
    let (code, answer) = world
        .dev(
            "PUT",
            "/sync/update-connection-frequency",
            Some(json!({ "sync_name": "contacts", "provider_config_key": "gh", "connection_id": "c1", "frequency": null })),
        )
        .await;
    assert_eq!((code, answer), (200, json!({ "frequency": "every 1 day" })));
    let (code, answer) = world
        .dev(
            "PUT",
            "/sync/update-connection-frequency",
            Some(json!({ "sync_name": "contacts", "provider_config_key": "gh", "connection_id": "c1", "frequency": "every blue moon" })),
        )
        .await;
    assert_eq!(
        (code, answer["error"]["code"].clone()),
        (400, json!("invalid_frequency"))
    );
    let (code, answer) = world
        .dev(
            "POST",
            "/sync/trigger",
            Some(json!({ "syncs": ["nope"], "provider_config_key": "gh" })),
        )
        .await;
    assert_eq!(
        (code, answer["error"]["code"].clone()),
        (404, json!("unknown_sync"))
    );
    // Every sync of the integration, all connections.
    let (code, all) = world
        .dev("GET", "/sync/status?syncs=*&provider_config_key=gh", None)
        .await;
    assert_eq!(code, 200);
    assert_eq!(all["syncs"].as_array().unwrap().len(), 1);
}

type Received = Arc<Mutex<Vec<(Option<String>, String)>>>;

/// A webhook receiver that refuses its first delivery.
async fn receiver() -> (String, Received) {
    async fn receive(State(got): State<Received>, request: Request) -> axum::response::Response {
        let signature = request
            .headers()
            .get("x-nango-hmac-sha256")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = axum::body::to_bytes(request.into_body(), 1 << 20)
            .await
            .unwrap();
        let mut got = got.lock().unwrap();
        got.push((signature, String::from_utf8_lossy(&body).into_owned()));
        if got.len() == 1 {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        StatusCode::OK.into_response()
    }
    let got = Received::default();
    let url = serve(Router::new().fallback(receive).with_state(got.clone())).await;
    (url, got)
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_runs_are_retried_and_webhooks_are_signed_and_delivered_again() {
    let world = World::running().await;
    let (url, got) = receiver().await;
    let (code, _) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_url": format!("{url}/hooks"), "webhook_secret": "whsec" })),
        )
        .await;
    assert_eq!(code, 200);
    *world.provider.contacts.lock().unwrap() = vec![contact("1", "a")];
    // The first attempt fails (the provider answers 500): retried, then it works.
    *world.provider.contacts_failures.lock().unwrap() = 1;
    world.setup(vec![sync_flow(true)]).await;
    let ran = finished_after(&world, &Value::Null).await;
    assert_eq!(ran["status"], "SUCCESS", "{ran}");
    // The webhook: refused once, delivered on the next attempt, signed.
    for _ in 0..1000 {
        if got.lock().unwrap().len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let deliveries = got.lock().unwrap().clone();
    assert_eq!(deliveries.len(), 2, "{deliveries:?}");
    assert_eq!(deliveries[0], deliveries[1], "the same webhook again");
    let (signature, body) = &deliveries[1];
    let mut mac = Hmac::<Sha256>::new_from_slice(b"whsec").unwrap();
    mac.update(body.as_bytes());
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(signature.as_deref(), Some(expected.as_str()));
    let body: Value = serde_json::from_str(body).unwrap();
    assert_eq!(body["type"], "sync");
    assert_eq!(body["connectionId"], "c1");
    assert_eq!(body["syncName"], "contacts");
    assert_eq!(body["model"], "Contact");
    assert_eq!(
        body["responseResults"],
        json!({ "added": 1, "updated": 0, "deleted": 0 })
    );
    assert_eq!(body["success"], true);

    // Failing for good: three attempts, then ERROR and a failure webhook.
    *world.provider.contacts_failures.lock().unwrap() = 100;
    world
        .dev(
            "POST",
            "/sync/trigger",
            Some(json!({ "syncs": ["contacts"], "provider_config_key": "gh", "connection_id": "c1", "sync_mode": "full_refresh" })),
        )
        .await;
    let failed = finished_after(&world, &ran["finishedAt"]).await;
    assert_eq!(failed["status"], "ERROR", "{failed}");
    assert!(
        failed["latestError"].as_str().unwrap().contains("500"),
        "{failed}"
    );
    for _ in 0..1000 {
        if got.lock().unwrap().len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let failure: Value = serde_json::from_str(&got.lock().unwrap()[2].1).unwrap();
    assert_eq!(failure["success"], false);
    assert!(
        failure["error"]["description"]
            .as_str()
            .unwrap()
            .contains("500")
    );
    assert_eq!(
        *world.provider.contacts_failures.lock().unwrap(),
        97,
        "three attempts"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn runs_interrupted_by_a_stop_are_run_again() {
    // A server without its scheduler, as if it stopped while a run was in progress.
    let world = World::new().await;
    *world.provider.contacts.lock().unwrap() = vec![contact("1", "a")];
    world.setup(vec![sync_flow(true)]).await;
    let store = world.state.store.clone();
    let environment = store.environment_by_key(DEV).await.unwrap().unwrap();
    let connection = store
        .connection(environment.id, "gh", "c1")
        .await
        .unwrap()
        .unwrap();
    let schedule = store
        .ensure_sync_schedule(
            environment.id,
            connection.id,
            "gh",
            "contacts",
            "base",
            true,
        )
        .await
        .unwrap();
    store
        .queue_sync_job(
            schedule.id,
            nango_store::JobKind::Initial,
            &nango_store::now(),
        )
        .await
        .unwrap();
    // Claimed by a worker that then died: its lease ends at once.
    assert_eq!(
        store
            .claim_sync_jobs(
                &nango_store::now(),
                10,
                "a-dead-worker",
                &nango_store::now()
            )
            .await
            .unwrap()
            .len(),
        1
    );
    // The next start's worker claims it again once the lease has ended.
    nango_server::start_background(&world.state);
    let ran = finished_after(&world, &Value::Null).await;
    assert_eq!(
        ran["status"], "PAUSED",
        "the schedule stays paused, the run happened: {ran}"
    );
    assert_eq!(ran["recordCount"], json!({ "Contact": 1 }));
}

#[tokio::test(flavor = "multi_thread")]
async fn scripts_endpoints_serve_records_and_run_actions() {
    let world = World::running().await;
    *world.provider.contacts.lock().unwrap() = vec![contact("1", "a"), contact("2", "b")];
    let mut action = common::flow("create-contact", "action", CREATE, None, &[]);
    action["endpoints"] = json!([{ "method": "POST", "path": "/crm/contact" }]);
    world.setup(vec![sync_flow(true), action]).await;
    finished_after(&world, &Value::Null).await;
    let headers = [("connection-id", "c1"), ("provider-config-key", "gh")];
    let (code, page) = world
        .call(Some(DEV), "GET", "/crm/contacts?limit=1", None, &headers)
        .await;
    assert_eq!(code, 200, "{page}");
    assert_eq!(ids(&page), ["1"]);
    assert!(page["next_cursor"].is_string());
    let (code, output) = world
        .call(
            Some(DEV),
            "POST",
            "/crm/contact",
            Some(json!({ "name": "Ada" })),
            &headers,
        )
        .await;
    assert_eq!((code, output), (200, json!({ "id": "new", "name": "Ada" })));
    let (code, body) = world
        .call(Some(DEV), "GET", "/crm/nothing", None, &headers)
        .await;
    assert_eq!(
        (code, body["error"]["code"].clone()),
        (404, json!("unknown_route"))
    );
    let (_, actions) = world.dev("GET", "/logs/operations?kind=action", None).await;
    assert_eq!(actions["data"][0]["name"], "create-contact");
}
