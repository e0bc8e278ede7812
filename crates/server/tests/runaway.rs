//! Runaway scripts on a running server: a sync that loops forever (stopped at the time limit
//! its environment sets), one that recurses without end, one that logs a million lines, one
//! that saves a million records in one `batchSave`, and an action that returns 50 MB. Each
//! ends with a classified error in its run's status and in its log (the million records are
//! no error: they are stored), and a `/records` reader keeps being served meanwhile: its
//! latencies, idle and during the runs, are printed (figures, not assertions: this machine is
//! shared).

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{Backend, DEV, World};
use serde_json::{Value, json};

const SEED: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const items = [];
    for (let i = 0; i < 1000; i++) items.push({ id: `seed-${i}`, n: i });
    await nango.batchSave(items, 'Item');
};
"#;

const SPIN: &str = r#""use strict";
module.exports.default = async function fetchData(nango) { for (;;) {} };
"#;

const DEEP: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const down = (n) => down(n + 1) + 1;
    down(0);
};
"#;

const CHATTY: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    for (let i = 0; i < 1000000; i++) await nango.log(`line ${i}`);
};
"#;

const BULK: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const items = [];
    for (let i = 0; i < 1000000; i++) items.push({ id: `bulk-${i}`, n: i });
    await nango.batchSave(items, 'Bulk');
};
"#;

const HUGE: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) { return { blob: 'x'.repeat(50 * 1024 * 1024) }; };
"#;

fn sync(name: &str, js: &str, model: &str) -> Value {
    let mut flow = common::flow(name, "sync", js, None, &[model]);
    flow["auto_start"] = json!(true);
    flow["endpoints"] = json!([{ "method": "GET", "path": format!("/{name}") }]);
    flow
}

/// The sync's status once a run of it has ended.
async fn ended(world: &World, name: &str) -> Value {
    let path = format!("/sync/status?syncs={name}&provider_config_key=gh&connection_id=c1");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(240) {
        let (code, body) = world.dev("GET", &path, None).await;
        let status = &body["syncs"][0];
        if code == 200 && status["status"] != "RUNNING" && !status["finishedAt"].is_null() {
            return status.clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("`{name}` did not end in 4 minutes");
}

/// The log lines of the last operation of a script.
async fn log_of(world: &World, kind: &str, name: &str) -> Vec<String> {
    let (_, operations) = world
        .dev(
            "GET",
            &format!("/logs/operations?kind={kind}&search={name}"),
            None,
        )
        .await;
    let operation = operations["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} operation of `{name}`: {operations}"))
        .clone();
    let (_, detail) = world
        .dev(
            "GET",
            &format!("/logs/operations/{}", operation["id"]),
            None,
        )
        .await;
    detail["data"]["logs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line["message"].as_str().unwrap().to_string())
        .collect()
}

/// `n` reads of a page of 100 records; their latencies, sorted.
async fn read_pages(world: &World, n: usize) -> Vec<Duration> {
    let mut took = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        let (code, body) = world
            .call(
                Some(DEV),
                "GET",
                "/records?model=Item&limit=100",
                None,
                &[("connection-id", "c1"), ("provider-config-key", "gh")],
            )
            .await;
        took.push(started.elapsed());
        assert_eq!(code, 200, "{body}");
        assert_eq!(body["records"].as_array().unwrap().len(), 100);
    }
    took.sort();
    took
}

/// Reads pages until `reading` turns false; the latencies, sorted.
async fn read_while(world: &World, reading: &AtomicBool) -> Vec<Duration> {
    let mut took = Vec::new();
    while reading.load(Ordering::Relaxed) {
        took.extend(read_pages(world, 10).await);
    }
    took.sort();
    took
}

fn p(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

#[tokio::test(flavor = "multi_thread")]
async fn runaway_scripts_end_with_a_classified_error_and_readers_are_still_served_on_sqlite() {
    runaway_scripts(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn runaway_scripts_end_with_a_classified_error_and_readers_are_still_served_on_postgres() {
    runaway_scripts(Backend::Postgres).await;
}

async fn runaway_scripts(backend: Backend) {
    let Some(world) = World::running_on(backend).await else {
        return;
    };
    // A reader's pace while nothing else runs.
    world.setup(vec![sync("seed", SEED, "Item")]).await;
    assert_eq!(ended(&world, "seed").await["status"], "SUCCESS");
    let idle = read_pages(&world, 200).await;

    // A million records in one batchSave: stored, while the reader reads.
    let started = Instant::now();
    let reading = AtomicBool::new(true);
    let (during_bulk, ()) = tokio::join!(read_while(&world, &reading), async {
        world
            .deploy(vec![sync("seed", SEED, "Item"), sync("bulk", BULK, "Bulk")])
            .await;
        let bulk = ended(&world, "bulk").await;
        reading.store(false, Ordering::Relaxed);
        assert_eq!(bulk["status"], "SUCCESS", "{bulk}");
        assert_eq!(bulk["recordCount"]["Bulk"], 1_000_000, "{bulk}");
    });
    let bulk_took = started.elapsed();

    // The environment's time limit for syncs: checked, then set to 3 s.
    for bad in [json!(0), json!(86_401), json!("3")] {
        let (status, body) = world
            .dev(
                "PATCH",
                "/environment",
                Some(json!({ "sync_time_limit_secs": bad })),
            )
            .await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert_eq!(body["error"]["code"], "invalid_body", "{body}");
    }
    let (status, body) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "sync_time_limit_secs": 3 })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, settings) = world.dev("GET", "/environment", None).await;
    assert_eq!(settings["sync_time_limit_secs"], 3, "{settings}");
    assert_eq!(settings["action_time_limit_secs"], 900, "{settings}");

    let reading = AtomicBool::new(true);
    let (during, ()) = tokio::join!(read_while(&world, &reading), async {
        let flows = vec![
            sync("seed", SEED, "Item"),
            sync("bulk", BULK, "Bulk"),
            sync("spin", SPIN, "Item"),
            sync("deep", DEEP, "Item"),
            sync("chatty", CHATTY, "Item"),
            common::flow("huge", "action", HUGE, None, &[]),
        ];
        world.deploy(flows).await;
        let (status, body) = world
            .call(
                Some(DEV),
                "POST",
                "/action/trigger",
                Some(json!({ "action_name": "huge", "input": {} })),
                &[("connection-id", "c1"), ("provider-config-key", "gh")],
            )
            .await;
        // The action's 50 MB output: refused, classified, logged.
        assert!(status >= 400, "{status} {body}");
        assert_eq!(body["error"]["code"], "script_limit_exceeded");
        let log = log_of(&world, "action", "huge").await;
        assert!(
            log.last().unwrap().starts_with(
                "the action failed (script_limit_exceeded): the action's output is larger than the limit (2 MB"
            ),
            "{log:?}"
        );
        for (name, error) in [
            ("spin", "the script ran longer than its time limit (3 s)"),
            (
                "deep",
                "the script exceeded the maximum call stack size (infinite recursion?)",
            ),
            (
                "chatty",
                "the script wrote more log lines than its limit (100000)",
            ),
        ] {
            let status = ended(&world, name).await;
            assert_eq!(status["status"], "ERROR", "{name}: {status}");
            assert_eq!(
                status["latestError"],
                format!("script_limit_exceeded: {error}"),
                "{name}"
            );
            let log = log_of(&world, "sync", name).await;
            assert_eq!(
                log.last().unwrap(),
                &format!("the run failed (script_limit_exceeded): {error}"),
                "{name}"
            );
            if name == "chatty" {
                // The first 10,000 lines are kept, the rest counted.
                assert_eq!(log.len(), 10_002, "{:?}", &log[log.len() - 3..]);
                assert_eq!(log[0], "line 0");
                assert_eq!(log[9_999], "line 9999");
                assert_eq!(
                    log[10_000],
                    "90000 more log lines were written and not kept (a run keeps its first 10000)"
                );
            }
        }
        reading.store(false, Ordering::Relaxed);
    });

    println!(
        "{backend:?}: /records page of 100: idle p50 {:?} p99 {:?} ({} reads); during the 1M-record batchSave ({bulk_took:?}) p50 {:?} p99 {:?} ({:.2}x idle, {} reads); during the runaway scripts p50 {:?} p99 {:?} ({:.2}x idle, {} reads)",
        p(&idle, 0.5),
        p(&idle, 0.99),
        idle.len(),
        p(&during_bulk, 0.5),
        p(&during_bulk, 0.99),
        p(&during_bulk, 0.99).as_secs_f64() / p(&idle, 0.99).as_secs_f64(),
        during_bulk.len(),
        p(&during, 0.5),
        p(&during, 0.99),
        p(&during, 0.99).as_secs_f64() / p(&idle, 0.99).as_secs_f64(),
        during.len(),
    );
}
