//! Runtime vs Node.js: the same compiled bundles run by nango-rs's runtime (QuickJS, in-process,
//! a fresh sandbox per run as the server runs every script) and by `node` under
//! `reference/node_harness.js` (a fresh `vm` context per run, with a fake `nango` that does no
//! I/O). Each figure is measured in pairs, ours then node's, `rounds` times.
//!
//! The harness times its own runs and prints them as JSON, so node's process start is not mixed
//! into the per-run figures; it has a row of its own.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::Ordering;
use std::time::Instant;

use nango_runtime::{Host, ScriptKind};
use serde::Deserialize;

use crate::report::{Better, Row, Section, number};
use crate::runtime::{Count, in_process, request};

/// Cold starts timed one by one per round (their median is the row; the first has its own).
const COLD_RUNS: usize = 200;
/// Trivial actions per round for the throughput row.
const TRIVIAL_RUNS: usize = 10_000;
/// Records the CPU-heavy sync makes (`TOTAL` in [`MAPPING_SYNC`]).
const MAPPED_RECORDS: usize = 100_000;

const TITLE: &str = "Runtime vs Node.js";

/// An action that does nothing but answer: what a run costs around the script.
const TRIVIAL_ACTION: &str = "\"use strict\";\nmodule.exports.default = async function runAction(nango, input) { return { ok: input.n + 1 }; };\n";

/// A sync that is all JavaScript: 100,000 items made deterministically (the same on both
/// engines), each mapped as sync mappers do (trims and case changes, template strings, a date
/// parsed and written with `toISOString`, tags filtered, deduplicated and sorted, nested objects,
/// two small regular expressions), saved 1,000 at a time. No I/O besides `batchSave`.
const MAPPING_SYNC: &str = r#""use strict";
const TOTAL = 100000;
const PAGE = 1000;
const FIRST = ['ada', 'Grace ', ' linus', 'Margaret', 'alan', 'Barbara ', 'ken', 'Dennis', ' edsger', 'Frances', 'john', 'Radia', 'tim'];
const LAST = ['Lovelace', 'hopper', 'TORVALDS', 'hamilton ', 'turing', 'Liskov', 'thompson', ' ritchie', 'Dijkstra', 'allen', 'McCarthy', 'perlman', 'Berners-Lee', 'knuth', 'Wirth', 'kay', 'Hoare'];
const DOMAINS = ['Example.com', 'mail.example.org', 'corp.example.net', 'EXAMPLE.io'];
const TAGS = ['VIP', 'lead', '', 'customer', 'Partner', 'churned', 'beta', 'Newsletter', 'lead'];
const CITIES = ['  Paris', 'Berlin ', 'london', 'New York', 'São Paulo', 'tokyo  '];
const STATUSES = ['active', 'inactive', 'active', 'pending'];
const PHONE_TYPES = ['mobile', 'work', 'fax', 'home'];

// An API item, its fields picked by small multiplicative hashes of its index: the same items
// on both engines, and integers that stay small (no engine pays for the generator itself).
const pick = (list, i, salt) => list[(i * salt + (i >> 4)) % list.length];
const pad = (n) => String(n).padStart(2, '0');

function sourceItem(i) {
    const tags = [];
    for (let t = 0; t < (i * 13) % 6; t++) tags.push(pick(TAGS, i + t, 7 + t));
    return {
        id: i,
        first_name: pick(FIRST, i, 31),
        last_name: pick(LAST, i, 37),
        email: `  ${FIRST[i % FIRST.length].trim()}.${i}@${pick(DOMAINS, i, 41)} `,
        created: `20${pad(15 + (i % 10))}-${pad(1 + ((i * 7) % 12))}-${pad(1 + ((i * 11) % 28))}T${pad((i * 5) % 24)}:${pad((i * 17) % 60)}:${pad((i * 31) % 60)}Z`,
        status: pick(STATUSES, i, 43),
        score: ((i * 7919) % 100000) / 997,
        tags,
        address: { street: ` ${1 + ((i * 37) % 999)} Main Street `, city: pick(CITIES, i, 47), zip: `${10000 + ((i * 7907) % 89999)} ` },
        phones: [0, 1, 2].map((p) => ({ type: pick(PHONE_TYPES, i + p, 53), number: `+1 (555) ${100 + ((i * 13 + p) % 900)}-${1000 + ((i * 7 + p * 101) % 9000)}` }))
    };
}

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
const DOMAIN = /@([a-z0-9.-]+)$/;

function toContact(item) {
    const email = item.email.trim().toLowerCase();
    const domain = DOMAIN.exec(email);
    const created = new Date(item.created);
    return {
        id: `contact-${item.id}`,
        name: `${capitalise(item.first_name.trim())} ${capitalise(item.last_name.trim())}`,
        email,
        domain: domain ? domain[1] : null,
        created_at: created.toISOString(),
        created_year: created.getUTCFullYear(),
        active: item.status === 'active',
        score: Math.round(item.score * 100) / 100,
        tags: [...new Set(item.tags.filter((tag) => tag.length > 0).map((tag) => tag.toLowerCase()))].sort(),
        address: { line1: item.address.street.trim(), city: item.address.city.trim(), postal_code: item.address.zip.trim() },
        phones: item.phones.filter((phone) => phone.type !== 'fax').map((phone) => ({ type: phone.type, number: phone.number.replace(/[^0-9+]/g, '') }))
    };
}

module.exports.default = async function fetchData(nango) {
    let batch = [];
    for (let i = 0; i < TOTAL; i++) {
        batch.push(toContact(sourceItem(i)));
        if (batch.length === PAGE) {
            await nango.batchSave(batch, 'Contact');
            batch = [];
        }
    }
    if (batch.length > 0) await nango.batchSave(batch, 'Contact');
};
"#;

/// Where the CPU goes in ours on the CPU-heavy sync, from `perf record` of `nango-bench node 1`
/// (written by hand from one profile; re-take it when the runtime changes).
const PROFILE: &str = "Where ours spends its time (`perf record -F 999 --call-graph dwarf` of \
     `nango-bench node 1`, ours only, on 2 cores of an AMD EPYC): on the CPU-heavy sync, \
     QuickJS's bytecode interpreter loop (`JS_CallInternal`) takes 14% of the samples by itself, \
     reference counting and freeing (`JS_FreeValueRT`, `js_free_rt`, `free_object`, `free`) 16%, \
     allocation (`js_malloc_rt`, `js_realloc_rt`, `malloc`) 11%, property lookup and object \
     building (`JS_GetPropertyInternal`, `find_own_property`, `add_property`, \
     `JS_DefineProperty`) 15%, `String.prototype.replace` with a regular expression 10% \
     (`lre_exec` 4% by itself), dates 3%, and writing the records as JSON in the host \
     (`encode_batch`, callees included) 17%: work V8 turns into machine code with inline \
     caches and a generational GC. On the trivial runs, about 40% of ours is QuickJS parsing and \
     compiling JavaScript (`js_parse_*`, `resolve_variables`, `resolve_labels`, …), since each \
     fresh sandbox compiles the SDK's source again, where a new V8 context is deserialised from \
     V8's snapshot and reuses the compiled bundle.";

/// What `node_harness.js` prints.
#[derive(Deserialize)]
struct HarnessOutput {
    /// Each run's time, in order.
    times_us: Vec<f64>,
    /// All runs, the harness's loop included.
    total_us: f64,
    /// Records its fake `batchSave` wrote as JSON.
    records: usize,
}

/// `node` and the harness, with the bundles written where the harness can read them.
struct Node {
    version: String,
    harness: PathBuf,
    bundles: tempfile::TempDir,
}

impl Node {
    /// `None` when `node` cannot be run.
    fn find() -> Option<Self> {
        let out = Command::new("node").arg("--version").output().ok()?;
        if !out.status.success() {
            return None;
        }
        let version = String::from_utf8_lossy(&out.stdout)
            .trim()
            .trim_start_matches('v')
            .to_string();
        let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("reference/node_harness.js");
        assert!(harness.is_file(), "{} is missing", harness.display());
        let bundles = tempfile::tempdir().expect("temp dir");
        for (name, code) in [("action.js", TRIVIAL_ACTION), ("sync.js", MAPPING_SYNC)] {
            std::fs::write(bundles.path().join(name), code).expect("write bundle");
        }
        Some(Self {
            version,
            harness,
            bundles,
        })
    }

    /// One harness process: `runs` runs of the bundle in `mode` (`action` or `sync`).
    fn harness(&self, mode: &str, runs: usize) -> HarnessOutput {
        let bundle = self.bundles.path().join(if mode == "sync" {
            "sync.js"
        } else {
            "action.js"
        });
        let out = Command::new("node")
            .arg(&self.harness)
            .arg(mode)
            .arg(&bundle)
            .arg(runs.to_string())
            .output()
            .expect("run node");
        assert!(
            out.status.success(),
            "node harness {mode} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "node harness printed {:?}: {e}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Wall time of a `node` process that loads the harness and exits, in ms.
    fn process_start_ms(&self) -> f64 {
        let started = Instant::now();
        let status = Command::new("node")
            .arg(&self.harness)
            .arg("start")
            .stdout(std::process::Stdio::null())
            .status()
            .expect("run node");
        assert!(status.success(), "node harness start failed");
        started.elapsed().as_secs_f64() * 1e3
    }
}

/// Ours: the runtime in this process, with the host `nango-bench runtime` uses (records are
/// encoded as JSON and counted by the sink).
struct Ours {
    tokio: tokio::runtime::Runtime,
    sink: std::sync::Arc<Count>,
    host: Host,
}

impl Ours {
    fn new() -> Self {
        let (tokio, sink, host) = in_process();
        Self { tokio, sink, host }
    }

    /// `runs` trivial actions, each in a fresh sandbox; each one's time in µs.
    fn actions(&self, runs: usize) -> Vec<f64> {
        (0..runs)
            .map(|_| {
                let run = request(ScriptKind::Action, TRIVIAL_ACTION);
                let started = Instant::now();
                let out = self
                    .tokio
                    .block_on(nango_runtime::run(run, self.host.clone()))
                    .expect("trivial action");
                let elapsed = started.elapsed();
                assert_eq!(out.output, Some(serde_json::json!({ "ok": 2 })));
                elapsed.as_secs_f64() * 1e6
            })
            .collect()
    }

    /// One run of the CPU-heavy sync; records per second.
    fn mapping(&self) -> f64 {
        self.sink.0.store(0, Ordering::Relaxed);
        let run = request(ScriptKind::Sync, MAPPING_SYNC);
        let started = Instant::now();
        self.tokio
            .block_on(nango_runtime::run(run, self.host.clone()))
            .expect("mapping sync");
        let elapsed = started.elapsed();
        assert_eq!(self.sink.0.load(Ordering::Relaxed), MAPPED_RECORDS);
        MAPPED_RECORDS as f64 / elapsed.as_secs_f64()
    }
}

fn median(samples: &[f64]) -> f64 {
    crate::report::Stats::of(samples).map_or(f64::NAN, |s| s.median)
}

/// One figure's samples on both sides, in measurement order.
#[derive(Default)]
struct Pairs {
    ours: Vec<f64>,
    node: Vec<f64>,
}

/// Everything measured: ours, then node's (when there is `node`), `rounds` times per figure.
#[derive(Default)]
struct Measured {
    cold_median: Pairs,
    cold_first: Pairs,
    trivial: Pairs,
    mapping: Pairs,
    node_start: Vec<f64>,
}

fn measure(ours: &Ours, node: Option<&Node>, rounds: usize) -> Measured {
    // Ours' code paths run once before anything is timed; node's start in a new process each
    // round, as the rows say.
    ours.actions(3);
    ours.mapping();
    let mut measured = Measured::default();
    for _ in 0..rounds {
        let times = ours.actions(COLD_RUNS);
        measured.cold_first.ours.push(times[0]);
        measured.cold_median.ours.push(median(&times));
        if let Some(node) = node {
            let theirs = node.harness("action", COLD_RUNS);
            measured.cold_first.node.push(theirs.times_us[0]);
            measured.cold_median.node.push(median(&theirs.times_us));
        }
    }
    for _ in 0..rounds {
        let started = Instant::now();
        ours.actions(TRIVIAL_RUNS);
        measured
            .trivial
            .ours
            .push(TRIVIAL_RUNS as f64 / started.elapsed().as_secs_f64());
        if let Some(node) = node {
            let theirs = node.harness("action", TRIVIAL_RUNS);
            measured
                .trivial
                .node
                .push(TRIVIAL_RUNS as f64 / (theirs.total_us / 1e6));
        }
    }
    for _ in 0..rounds {
        measured.mapping.ours.push(ours.mapping());
        if let Some(node) = node {
            let theirs = node.harness("sync", 1);
            assert_eq!(
                theirs.records, MAPPED_RECORDS,
                "records node's batchSave saw"
            );
            measured
                .mapping
                .node
                .push(MAPPED_RECORDS as f64 / (theirs.times_us[0] / 1e6));
        }
    }
    if let Some(node) = node {
        measured.node_start = (0..rounds).map(|_| node.process_start_ms()).collect();
    }
    measured
}

/// A compared figure: the words the method paragraph names it by, its row's name, unit and
/// direction, its samples and an optional note.
struct Figure {
    label: &'static str,
    name: String,
    unit: &'static str,
    better: Better,
    pairs: Pairs,
    note: Option<&'static str>,
}

/// The section of `nango-bench all` (and `nango-bench node [rounds]`).
pub fn section(rounds: usize) -> Section {
    let rounds = rounds.max(1);
    let ours = Ours::new();
    let node = Node::find();
    assert!(
        node.is_some() || std::env::var("CI").as_deref() != Ok("true"),
        "`node` is not on PATH: the runtime vs Node.js benchmark needs Node.js in CI (CI=true)"
    );
    let measured = measure(&ours, node.as_ref(), rounds);

    let figures = [
        Figure {
            label: "the median cold start",
            name: format!(
                "cold start: fresh sandbox/context + load bundle + trivial action (median of {} runs)",
                number(COLD_RUNS as f64)
            ),
            unit: "µs",
            better: Better::Lower,
            pairs: measured.cold_median,
            note: None,
        },
        Figure {
            label: "the first cold start",
            name: format!(
                "cold start: the first of those {} runs",
                number(COLD_RUNS as f64)
            ),
            unit: "µs",
            better: Better::Lower,
            pairs: measured.cold_first,
            note: Some(
                "node: the first context of a fresh `node` process, before V8 has compiled the \
                 bundle; ours: the round's first run, and no compiled code outlives a run",
            ),
        },
        Figure {
            label: "trivial runs",
            name: format!(
                "{} runs of a trivial action, each in a fresh sandbox/context",
                number(TRIVIAL_RUNS as f64)
            ),
            unit: "runs/s",
            better: Better::Higher,
            pairs: measured.trivial,
            note: None,
        },
        Figure {
            label: "the CPU-heavy mapping",
            name: format!(
                "CPU-heavy sync: {} records generated and mapped in JS, saved 1,000 at a time",
                number(MAPPED_RECORDS as f64)
            ),
            unit: "records/s",
            better: Better::Higher,
            pairs: measured.mapping,
            note: None,
        },
    ];

    let Some(node) = node else {
        let mut section = Section::new(
            TITLE,
            "",
            "node not found on PATH: nango-rs's figures alone, measured as they are when Node.js \
             is there.",
        );
        for f in figures {
            section.push(
                Row::ours(f.name, f.unit, f.better, f.pairs.ours).with_note("node not found"),
            );
        }
        return section;
    };

    let mut labelled: Vec<(&str, Row)> = figures
        .into_iter()
        .map(|f| {
            let row = Row::paired(f.name, f.unit, f.better, f.pairs.ours, f.pairs.node);
            let row = match f.note {
                Some(note) => row.with_note(note),
                None => row,
            };
            (f.label, row)
        })
        .collect();
    // Node only: what a process per run would add; ours runs in the server's process.
    labelled.push((
        "",
        Row::paired(
            "`node` process start, harness loaded, no run",
            "ms",
            Better::Lower,
            Vec::new(),
            measured.node_start,
        )
        .with_note("node only, for scale: ours needs no process per run"),
    ));
    let mut section = Section::new(
        TITLE,
        format!("Node.js {}", node.version),
        method(&node.version, &labelled),
    );
    for (_, row) in labelled {
        section.push(row);
    }
    section
}

/// The paragraph above the table: how, and where ours loses in this run and by how much.
fn method(version: &str, rows: &[(&str, Row)]) -> String {
    // The rows where ours loses (or wins), with by how many times.
    let compared = |ours_loses: bool| -> Vec<String> {
        rows.iter()
            .filter_map(|(label, row)| {
                let ratio = row.ratio()?;
                if ours_loses {
                    (ratio < 1.0).then(|| format!("{label} by {}×", number(1.0 / ratio)))
                } else {
                    (ratio >= 1.0).then(|| format!("{label} by {}×", number(ratio)))
                }
            })
            .collect()
    };
    let (losses, wins) = (compared(true), compared(false));
    let verdict = match (losses.is_empty(), wins.is_empty()) {
        (false, true) => format!(
            "In this run ours is slower on every compared figure: {}.",
            losses.join(", ")
        ),
        (true, false) => format!(
            "In this run ours is faster on every compared figure: {}.",
            wins.join(", ")
        ),
        (false, false) => format!(
            "In this run ours is slower on {}, and faster on {}.",
            losses.join(", "),
            wins.join(", ")
        ),
        (true, true) => String::new(),
    };
    format!(
        "The same CommonJS bundles run by nango-rs's runtime in-process (QuickJS, an \
         interpreter; a fresh sandbox with the SDK per run, as the server runs every script; \
         records go through the real SDK and host, which writes each record as JSON for a sink \
         that counts it) and by Node.js {version} (V8, with its JIT) under \
         `crates/bench/reference/node_harness.js`, which runs a bundle as a Node runner of Nango \
         scripts does: a new `vm` context per run, the bundle compiled with `new vm.Script` and \
         run in it, its default export called with a fake `nango` whose `batchSave` runs \
         `JSON.stringify` on each record and counts it (an action's output is stringified too). \
         The harness times its runs with `process.hrtime.bigint()`, so node's process start is \
         only in its own row. V8 keeps the compiled code of a source text it has seen, so node's \
         runs after the first do not compile the bundle again; ours compiles it, and the SDK, \
         every run. Per round, ours then node's (each in a new `node` process): {cold} cold \
         starts timed one by one; {trivial} trivial actions timed together; one run of a sync \
         that makes {records} items in JS (fields picked by small hashes of the index, the same \
         on both engines) and maps each with trims and case changes, template strings, a date \
         parsed and written back with `toISOString`, tags filtered, deduplicated and sorted, \
         nested objects and two small regular expressions, saving 1,000 at a time. {verdict} \
         {PROFILE}",
        cold = number(COLD_RUNS as f64),
        trivial = number(TRIVIAL_RUNS as f64),
        records = number(MAPPED_RECORDS as f64),
    )
}
