//! `nango-bench ingest`: sync ingest through a whole `nango server` (mock API on loopback →
//! sandbox → records cache) beside the storage work alone, done by the Python reference
//! (`crates/bench/reference/sqlite_ingest.py`: parse, serialize, hash, hash-gated upserts of
//! 1,000 records a transaction, on one core), interleaved A B A B in the same run.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::process::ServerProcess;
use crate::scale::median;
use crate::syncs::{Api, provider};

/// Records per run.
const RECORDS: usize = 100_000;

/// One round of ours: a fresh server, 100k new records, then the same 100k unchanged, then 100
/// connections of 1,000 new records each at once. Returns their records/s.
async fn ours(nango: &Path) -> Ours {
    let dir = tempfile::tempdir().expect("temp dir");
    let provider = provider().await;
    let server = ServerProcess::start(nango, dir.path(), &provider);
    let api = Api {
        http: reqwest::Client::new(),
        base: server.base.clone(),
    };
    api.deploy().await;
    api.connection("ingest", RECORDS, 0, 0).await;
    tokio::time::sleep(Duration::from_millis(1500)).await; // the scheduler creates the schedule
    let (new, result) = api.run("ingest").await;
    assert_eq!(result["Contact"]["added"], RECORDS, "{result}");
    let (same, result) = api.run("ingest").await;
    assert_eq!(result["Contact"]["added"], 0, "{result}");
    let (many, _, _) = crate::syncs::many_at_once(&api, &server, 1_000_000).await;
    crate::syncs::forget_pages();
    Ours {
        new: RECORDS as f64 / new.as_secs_f64(),
        unchanged: RECORDS as f64 / same.as_secs_f64(),
        many: 100_000.0 / many.as_secs_f64(),
    }
}

/// Records/s of one round of ours.
#[derive(Clone, Copy)]
struct Ours {
    /// 100k new records, one connection.
    new: f64,
    /// The same again, unchanged.
    unchanged: f64,
    /// 100 connections × 1,000 new records, at once.
    many: f64,
}

/// The reference script's path.
fn reference_script() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("reference/sqlite_ingest.py")
}

/// One round of the reference: a fresh database, 100k new records, then the same again.
fn reference() -> (f64, f64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ref.db");
    let run = || {
        let out = Command::new("python3")
            .arg(reference_script())
            .arg(&db)
            .arg(RECORDS.to_string())
            .output()
            .expect("python3 (the ingest reference needs it)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("its report");
        RECORDS as f64 / report["seconds"].as_f64().unwrap_or(f64::NAN)
    };
    (run(), run())
}

/// One round: ours and the reference's (new, unchanged), in records/s.
type Round = (Ours, (f64, f64));

/// Prints the ingest rows: ours, the reference and the ratio (median of the rounds' ratios).
pub fn run(nango: &Path, rounds: usize) {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    let mut pairs: Vec<Round> = Vec::new();
    for round in 0..rounds {
        // A B, then B A: neither side always runs on a warmer machine.
        let (a, b) = if round % 2 == 0 {
            let a = tokio.block_on(ours(nango));
            (a, reference())
        } else {
            let b = reference();
            (tokio.block_on(ours(nango)), b)
        };
        eprintln!(
            "round {round}: ours {:.0}/{:.0} (100 connections: {:.0}), reference {:.0}/{:.0} records/s (new/unchanged)",
            a.new, a.unchanged, a.many, b.0, b.1
        );
        pairs.push((a, b));
    }
    for (name, pick) in [
        ("100k new 1 kB records", 0),
        ("the same 100k again, unchanged", 1),
    ] {
        let side = |f: &dyn Fn(&Round) -> f64| {
            let v: Vec<f64> = pairs.iter().map(f).collect();
            (
                median(v.clone()),
                v.iter().copied().fold(f64::INFINITY, f64::min),
                v.iter().copied().fold(0.0, f64::max),
            )
        };
        let get = |p: (f64, f64)| if pick == 0 { p.0 } else { p.1 };
        let ours = side(&|p| get((p.0.new, p.0.unchanged)));
        let reference = side(&|p| get(p.1));
        let ratio = side(&|p| get((p.0.new, p.0.unchanged)) / get(p.1));
        println!(
            "| sync ingest, {name} | {:.0} records/s ({:.0}–{:.0}) | {:.0} records/s ({:.0}–{:.0}) | {:.2} |",
            ours.0, ours.1, ours.2, reference.0, reference.1, reference.2, ratio.0
        );
    }
    let many: Vec<f64> = pairs.iter().map(|p| p.0.many).collect();
    let against_one: Vec<f64> = pairs.iter().map(|p| p.0.many / p.0.new).collect();
    println!(
        "| 100 connections × 1,000 new records at once (ratio: against one connection's 100k) | {:.0} records/s ({:.0}–{:.0}) | | {:.2} |",
        median(many.clone()),
        many.iter().copied().fold(f64::INFINITY, f64::min),
        many.iter().copied().fold(0.0, f64::max),
        median(against_one)
    );
}
