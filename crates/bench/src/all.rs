//! `nango-bench all`: every benchmark in one run, each comparison measured side by side with
//! its reference in the same run, written into BENCHMARKS.md (between the generated-part
//! markers) and as JSON beside it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::report::{Better, Machine, Report, Row, Section};

/// Options of `nango-bench all`.
pub struct Options {
    /// Rounds of each paired comparison (A B per round).
    pub rounds: usize,
    /// Where BENCHMARKS.md and benchmarks.json are (the workspace root unless told).
    pub out: PathBuf,
}

impl Options {
    /// `all [--rounds N] [--out DIR]`.
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let mut options = Self {
            rounds: 3,
            out: crate::workspace(),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--rounds" => {
                    options.rounds = value()?
                        .parse()
                        .ok()
                        .filter(|&n: &usize| n > 0)
                        .ok_or("--rounds takes a positive number")?;
                }
                "--out" => options.out = PathBuf::from(value()?),
                other => {
                    return Err(format!(
                        "unknown argument {other:?} (all [--rounds N] [--out DIR])"
                    ));
                }
            }
        }
        Ok(options)
    }
}

/// Runs every benchmark, then writes BENCHMARKS.md's generated part and benchmarks.json.
pub fn run(nango: &Path, options: &Options) {
    let started = Instant::now();
    let mut machine = Machine::here();
    let rounds = options.rounds;
    let mut sections = Vec::new();
    let mut step = |name: &str, f: &mut dyn FnMut() -> Vec<Section>| {
        eprintln!(
            "== {name} ({:.0} s so far)",
            started.elapsed().as_secs_f64()
        );
        sections.extend(f());
    };
    step("compile and dryrun against nango@0.60.5", &mut || {
        crate::real_cli::sections(nango, rounds)
    });
    step("the runtime against Node.js", &mut || {
        vec![crate::node::section(rounds)]
    });
    // Ingest is the noisiest figure (a shared machine's disk and cores): two more rounds.
    step("ingest", &mut || crate::ingest::sections(nango, rounds + 2));
    step("serve and footprint", &mut || {
        serve_and_footprint(nango, rounds)
    });
    step("load held", &mut || vec![crate::load::section(nango, 60)]);
    machine.wall_seconds = started.elapsed().as_secs_f64();
    let report = Report { machine, sections };
    write(&report, &options.out);
    println!("{}", report.markdown());
}

/// Writes the report's part of BENCHMARKS.md and the whole report as benchmarks.json.
fn write(report: &Report, out: &Path) {
    let markdown = out.join("BENCHMARKS.md");
    let existing = std::fs::read_to_string(&markdown).unwrap_or_default();
    std::fs::write(&markdown, report.splice_into(&existing))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", markdown.display()));
    let json = out.join("benchmarks.json");
    let text = serde_json::to_string_pretty(&report.json()).expect("a report is JSON");
    std::fs::write(&json, text + "\n")
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", json.display()));
    eprintln!("wrote {} and {}", markdown.display(), json.display());
}

/// The serving figures (`/records` at 1M records, actions at 1, 16 and 64 clients) and the
/// footprint (idle, 100 syncs at once, binary size): `rounds` passes of the action loads, one
/// pass of the 1M-record sync bench (its pages give hundreds of samples).
fn serve_and_footprint(nango: &Path, rounds: usize) -> Vec<Section> {
    let syncs = crate::syncs::measure(nango);
    let passes: Vec<crate::server::Figures> =
        (0..rounds).map(|_| crate::server::measure(nango)).collect();

    let mut records = Section::new(
        "Serving records",
        "",
        "One `nango server` (SQLite) with 1M records of about 1 kB cached by syncs from a mock \
         API on loopback (`nango-bench syncs`): `GET /records` pages of 100, one client, 500 \
         pages walking the cursor from the start and 200 pages after 10k records with \
         `modified_after`. The same run gives the ingest of the 900k after the first 100k.",
    );
    let (p50, p99) = crate::syncs::quantiles(&syncs.pages);
    records.push(Row::ours(
        "`/records` page of 100 at 1M records, p50",
        "ms",
        Better::Lower,
        vec![p50],
    ));
    records.push(Row::ours(
        "`/records` page of 100 at 1M records, p99",
        "ms",
        Better::Lower,
        vec![p99],
    ));
    let (p50, p99) = crate::syncs::quantiles(&syncs.deep_pages);
    records.push(Row::ours(
        "the same after 10k records with `modified_after`, p50",
        "ms",
        Better::Lower,
        vec![p50],
    ));
    records.push(Row::ours(
        "the same after 10k records with `modified_after`, p99",
        "ms",
        Better::Lower,
        vec![p99],
    ));
    let mut flat = Section::new(
        "Sync ingest as the cache grows",
        "the first 100k",
        "The same run: 900k new records on a second connection after the first 100k (1M \
         cached at the end), beside the first 100k new.",
    );
    flat.push(Row::paired(
        "900k new records after 100k (1M cached at the end)",
        "records/s",
        Better::Higher,
        vec![syncs.more],
        vec![syncs.new],
    ));

    let mut actions = Section::new(
        "Actions through the server",
        "",
        format!(
            "`POST /action/trigger` of a deployed action that returns at once (`noop`) and of one \
             that makes one proxied call to a mock API on loopback (`proxied`), by 1, 16 and 64 \
             concurrent clients (about 1,600 requests a load, at least 25 a client) on one \
             connection; a fresh server a pass, {rounds} passes: each cell is over the passes' \
             p50, p99 and requests/s. The clients share the server's 2 cores."
        ),
    );
    for action in ["noop", "proxied"] {
        for clients in crate::server::CLIENTS {
            let loads: Vec<&crate::server::ActionLoad> = passes
                .iter()
                .flat_map(|p| &p.loads)
                .filter(|l| l.action == action && l.clients == clients)
                .collect();
            let quantile = |pick: fn((f64, f64)) -> f64| {
                loads
                    .iter()
                    .map(|l| pick(crate::syncs::quantiles(&l.latencies)))
                    .collect::<Vec<_>>()
            };
            let name = format!(
                "`{action}`, {clients} client{}",
                if clients == 1 { "" } else { "s" }
            );
            actions.push(Row::ours(
                format!("{name}: p50"),
                "ms",
                Better::Lower,
                quantile(|q| q.0),
            ));
            actions.push(Row::ours(
                format!("{name}: p99"),
                "ms",
                Better::Lower,
                quantile(|q| q.1),
            ));
            actions.push(Row::ours(
                format!("{name}: throughput"),
                "requests/s",
                Better::Higher,
                loads.iter().map(|l| l.throughput).collect(),
            ));
        }
    }

    let mut footprint = Section::new(
        "Footprint",
        "",
        "Resident memory of the `nango server` process (`VmRSS`): just started (SQLite, \
         nothing deployed), after the action loads, and at its peak while 100 connections' syncs \
         of 1,000 records each run (8 at a time) with 1M records cached; and the size of the \
         release binary (the whole product: CLI, server, dashboard, Connect UI).",
    );
    footprint.push(Row::ours(
        "idle RSS",
        "MiB",
        Better::Lower,
        passes
            .iter()
            .map(|p| p.rss_idle)
            .chain([syncs.rss_idle])
            .collect(),
    ));
    footprint.push(Row::ours(
        "RSS after the action loads",
        "MiB",
        Better::Lower,
        passes.iter().map(|p| p.rss_after).collect(),
    ));
    footprint.push(Row::ours(
        "peak RSS, 100 syncs at once",
        "MiB",
        Better::Lower,
        vec![syncs.rss_peak_many],
    ));
    let size = std::fs::metadata(nango).map_or(0, |m| m.len());
    footprint.push(Row::ours(
        "binary size",
        "MiB",
        Better::Lower,
        vec![size as f64 / (1024.0 * 1024.0)],
    ));
    vec![records, flat, actions, footprint]
}
