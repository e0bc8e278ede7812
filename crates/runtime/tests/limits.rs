//! Limits end a run with an error naming them, and the host goes on.

mod common;

use std::time::{Duration, Instant};

use common::{Fake, json_response, limits, script};
use nango_runtime::{LimitKind, Limits, RunError, ScriptKind};
use serde_json::json;

fn fake() -> Fake {
    Fake::new(|_| json_response(200, json!({})))
}

fn short(wall_ms: u64) -> Limits {
    Limits {
        wall_time: Duration::from_millis(wall_ms),
        ..limits()
    }
}

fn limit_of(err: RunError) -> LimitKind {
    match err {
        RunError::Limit { limit, .. } => limit,
        other => panic!("expected a limit error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_busy_loop_is_interrupted_at_the_time_limit() {
    let started = Instant::now();
    let err = fake()
        .run_with(
            ScriptKind::Action,
            &script("async function runAction() { for (;;) {} }"),
            None,
            short(300),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&err, RunError::Limit { limit: LimitKind::WallTime, message } if message.contains("time limit (300 ms)")),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_loop_that_catches_the_interrupt_is_still_stopped() {
    let code =
        script("async function runAction() { for (;;) { try { for (;;) {} } catch (e) {} } }");
    let err = fake()
        .run_with(ScriptKind::Action, &code, None, short(300))
        .await
        .unwrap_err();
    assert_eq!(limit_of(err), LimitKind::WallTime);
}

#[tokio::test]
async fn waiting_forever_hits_the_time_limit() {
    let code = script("async function runAction() { await new Promise(() => {}); }");
    let err = fake()
        .run_with(ScriptKind::Action, &code, None, short(200))
        .await
        .unwrap_err();
    assert_eq!(limit_of(err), LimitKind::WallTime);
}

#[tokio::test]
async fn memory_is_limited() {
    let small = Limits {
        memory_bytes: 64 * 1024 * 1024,
        ..limits()
    };
    let grow = script(
        "async function runAction() { const all = []; for (;;) all.push(new Array(100000).fill('x' + all.length)); }",
    );
    assert_eq!(
        limit_of(
            fake()
                .run_with(ScriptKind::Action, &grow, None, small.clone())
                .await
                .unwrap_err()
        ),
        LimitKind::Memory
    );

    // One 1 GB allocation is refused under the default 512 MB limit.
    let huge = script(
        "async function runAction() { const b = new Uint8Array(1024 * 1024 * 1024); return b.length; }",
    );
    let err = fake()
        .run_with(ScriptKind::Action, &huge, None, Limits::action())
        .await
        .unwrap_err();
    assert_eq!(limit_of(err), LimitKind::Memory);
}

#[tokio::test]
async fn infinite_recursion_hits_the_stack_limit() {
    let code = script("async function runAction() { const f = (n) => f(n + 1) + 1; return f(0); }");
    assert_eq!(
        limit_of(
            fake()
                .run(ScriptKind::Action, &code, None)
                .await
                .unwrap_err()
        ),
        LimitKind::Stack
    );
}

#[tokio::test]
async fn action_output_size_is_limited() {
    let code =
        script("async function runAction() { return { blob: 'x'.repeat(3 * 1024 * 1024) }; }");
    let err = fake()
        .run(ScriptKind::Action, &code, None)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, RunError::Limit { limit: LimitKind::OutputSize, message } if message.contains("2 MB")),
        "{err:?}"
    );
}

#[tokio::test]
async fn long_log_lines_are_cut() {
    let fake = fake();
    let small = Limits {
        log_line_bytes: 100,
        ..limits()
    };
    fake.run_with(
        ScriptKind::Action,
        &script("async function runAction(nango) { await nango.log('y'.repeat(1000)); }"),
        None,
        small,
    )
    .await
    .unwrap();
    let line = &fake.logs()[0];
    assert!(line.starts_with(&"y".repeat(100)));
    assert!(
        line.ends_with("[900 more bytes cut: log lines are limited to 100 bytes]"),
        "{line}"
    );
}

#[tokio::test]
async fn the_host_is_fine_after_a_limit() {
    let fake = fake();
    let _ = fake
        .run_with(
            ScriptKind::Action,
            &script("async function runAction() { for (;;) {} }"),
            None,
            short(100),
        )
        .await;
    let out = fake
        .run(
            ScriptKind::Action,
            &script("async function runAction() { return 'still here'; }"),
            None,
        )
        .await
        .unwrap();
    assert_eq!(out.output, Some(json!("still here")));
}

#[tokio::test]
async fn the_sandbox_has_no_way_out() {
    let code = script(
        "async function runAction() {
            return [typeof process, typeof std, typeof os, typeof fetch, typeof XMLHttpRequest, (() => { try { require('fs'); return 'fs!'; } catch (e) { return e.message; } })()];
        }",
    );
    let out = fake().run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(
        out.output,
        Some(json!([
            "undefined",
            "undefined",
            "undefined",
            "undefined",
            "undefined",
            "module \"fs\" is not available in the nango-rs runtime"
        ]))
    );
}
