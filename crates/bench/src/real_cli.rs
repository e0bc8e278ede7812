//! Our CLI beside the real `nango@0.60.5` CLI from npm, both as whole processes: `nango compile`
//! of the generated 200-script folder (cold, and again after one script changed), and `nango
//! dryrun` of a sync that reads 100 pages of 100 records from a mock API on loopback, through
//! our `nango server` (connection lookup and proxied requests).
//!
//! Samples are taken in pairs, ours then the real CLI's, after one warm-up run of each. The real
//! CLI comes from [`real_cli_060`]; without node and npm the sections hold our rows only (and a
//! note), except with `CI=true`, where that is an error.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde_json::{Value, json};

use crate::process::{KEY, ServerProcess};
use crate::report::{Better, Row, Section};

/// The reference column.
const REFERENCE: &str = "nango@0.60.5";
const VERSION: &str = "0.60.5";
/// Scripts in the compile folder.
const SCRIPTS: usize = 200;
/// The dryrun's sync reads `PAGES` pages of `PER_PAGE` records.
const PAGES: usize = 100;
const PER_PAGE: usize = 100;
/// The sync script edited for the incremental compile (a sync of `generate_folder`).
const EDITED: &str = "provider-0/syncs/script-0.ts";

/// The "compile" and "dryrun" sections, `rounds` pairs each.
pub fn sections(nango: &Path, rounds: usize) -> Vec<Section> {
    let (real, missing) = match real_cli_060() {
        Ok(entry) => (Some(RealCli::at(entry)), None),
        Err(why) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "the real {REFERENCE} CLI is needed with CI=true: {why}"
            );
            eprintln!("note: {REFERENCE} unavailable, measuring nango-rs alone: {why}");
            (None, Some(why))
        }
    };
    let mut compile = compile_section(nango, real.as_ref(), rounds.max(1));
    let mut dryrun = dryrun_section(nango, real.as_ref(), rounds.max(1));
    if let Some(why) = missing {
        for section in [&mut compile, &mut dryrun] {
            section.method = format!(
                "**{REFERENCE} was not measured: {why}.** {}",
                section.method
            );
            if let Some(first) = section.rows.first_mut() {
                first.note = Some(format!("{REFERENCE} not measured"));
            }
        }
    }
    vec![compile, dryrun]
}

/// The 0.60.5 CLI's entry, `…/node_modules/nango/dist/index.js`: from `NANGO_BENCH_CLI_060` (a
/// `node_modules` folder), else where `.ci/run` installs it (`target/ci-node/nango-cli`), else
/// installed once with npm into `~/.cache/nango-bench/nango-0.60.5`. `Err` says why it cannot be
/// had.
pub(crate) fn real_cli_060() -> Result<PathBuf, String> {
    let node = Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !node.is_ok_and(|s| s.success()) {
        return Err("node is not on PATH".into());
    }
    if let Some(modules) = std::env::var_os("NANGO_BENCH_CLI_060") {
        let modules = PathBuf::from(modules);
        return entry_in(&modules).ok_or_else(|| {
            format!(
                "NANGO_BENCH_CLI_060={} holds no nango {VERSION} (nango/package.json)",
                modules.display()
            )
        });
    }
    let ci = crate::workspace().join("target/ci-node/nango-cli/node_modules");
    if let Some(entry) = entry_in(&ci) {
        return Ok(entry);
    }
    let home = std::env::var_os("HOME").ok_or("HOME is not set (for the npm install cache)")?;
    let prefix = PathBuf::from(home).join(format!(".cache/nango-bench/nango-{VERSION}"));
    if let Some(entry) = entry_in(&prefix.join("node_modules")) {
        return Ok(entry);
    }
    std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    eprintln!(
        "installing nango@{VERSION} into {} (once)…",
        prefix.display()
    );
    let installed = Command::new("npm")
        .arg("install")
        .arg("--prefix")
        .arg(&prefix)
        .args(["--no-audit", "--no-fund", "--no-save", "--loglevel=error"])
        .arg(format!("nango@{VERSION}"))
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("npm could not be run: {e}"))?;
    if !installed.success() {
        return Err(format!(
            "`npm install nango@{VERSION}` failed ({installed})"
        ));
    }
    entry_in(&prefix.join("node_modules"))
        .ok_or_else(|| format!("npm installed no nango {VERSION} into {}", prefix.display()))
}

/// `<modules>/nango/dist/index.js` when `<modules>/nango` is version 0.60.5.
fn entry_in(modules: &Path) -> Option<PathBuf> {
    let package: Value =
        serde_json::from_str(&std::fs::read_to_string(modules.join("nango/package.json")).ok()?)
            .ok()?;
    let entry = modules.join("nango/dist/index.js");
    (package["version"] == VERSION && entry.is_file()).then_some(entry)
}

/// The real CLI: its entry, run with node, and the `node_modules` it was installed in.
struct RealCli {
    entry: PathBuf,
    modules: PathBuf,
}

impl RealCli {
    fn at(entry: PathBuf) -> Self {
        let modules = entry
            .ancestors()
            .nth(3)
            .expect("…/node_modules/nango/dist/index.js")
            .to_path_buf();
        Self { entry, modules }
    }

    /// `node <entry> <args>` in `dir`, never asking to upgrade.
    fn job(&self, dir: &Path, args: &[&str]) -> Job {
        let mut job = Job::new("node", dir);
        job.args.push(self.entry.clone().into());
        job.args.extend(args.iter().map(OsString::from));
        job.env("NANGO_CLI_UPGRADE_MODE", "ignore");
        job
    }
}

/// A process to time.
struct Job {
    program: PathBuf,
    args: Vec<OsString>,
    dir: PathBuf,
    env: Vec<(String, OsString)>,
}

impl Job {
    fn new(program: impl Into<PathBuf>, dir: &Path) -> Self {
        Self {
            program: program.into(),
            args: Vec::new(),
            dir: dir.to_path_buf(),
            env: vec![("NO_COLOR".into(), "1".into())],
        }
    }

    fn ours(nango: &Path, dir: &Path, args: &[&str]) -> Self {
        let mut job = Self::new(nango, dir);
        job.args.extend(args.iter().map(OsString::from));
        job
    }

    fn env(&mut self, name: &str, value: impl Into<OsString>) -> &mut Self {
        self.env.push((name.into(), value.into()));
        self
    }

    /// Runs it to the end: wall time, and with GNU time the CPU time (user + system of it and
    /// the children it waited for) and the largest process's peak RSS.
    fn run(&self) -> Measured {
        let time_file = tempfile::NamedTempFile::new().expect("temp file");
        let gnu_time = Path::new("/usr/bin/time");
        let mut command = if gnu_time.is_file() {
            let mut command = Command::new(gnu_time);
            command
                .args(["-f", "%e %U %S %M", "-o"])
                .arg(time_file.path())
                .arg(&self.program);
            command
        } else {
            Command::new(&self.program)
        };
        command
            .args(&self.args)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .env_remove("NANGO_SECRET_KEY_PROD")
            .env_remove("NANGO_HOSTPORT");
        for (name, value) in &self.env {
            command.env(name, value);
        }
        // Output goes to files, as to a terminal: Node writes to files synchronously, while to a
        // pipe it writes asynchronously and loses what is pending when the CLI calls
        // `process.exit`.
        let stdout = tempfile::NamedTempFile::new().expect("temp file");
        let stderr = tempfile::NamedTempFile::new().expect("temp file");
        command
            .stdout(stdout.reopen().expect("stdout file"))
            .stderr(stderr.reopen().expect("stderr file"));
        let started = Instant::now();
        let status = command.status().expect("run the CLI");
        let wall = started.elapsed().as_secs_f64();
        let figures: Vec<f64> = std::fs::read_to_string(time_file.path())
            .unwrap_or_default()
            .lines()
            .last()
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|f| f.parse().ok())
            .collect();
        let (cpu, rss_mib) = match figures[..] {
            [_, user, system, kib] => (Some(user + system), Some(kib / 1024.0)),
            _ => (None, None),
        };
        Measured {
            wall,
            cpu,
            rss_mib,
            success: status.success(),
            stdout: read(stdout.path()),
            stderr: read(stderr.path()),
        }
    }

    /// [`Job::run`], which must succeed and print `expected` (on stdout or stderr).
    fn run_expecting(&self, expected: &str) -> Measured {
        let measured = self.run();
        assert!(
            measured.success && measured.all().contains(expected),
            "{} {:?} in {} failed or did not print {expected:?}:\n{}",
            self.program.display(),
            self.args,
            self.dir.display(),
            tail(&measured.all())
        );
        measured
    }
}

fn read(path: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(path).unwrap_or_default()).into_owned()
}

/// One run's figures and output.
struct Measured {
    wall: f64,
    cpu: Option<f64>,
    rss_mib: Option<f64>,
    success: bool,
    stdout: String,
    stderr: String,
}

impl Measured {
    fn all(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}

/// The last 4,000 characters of a long output.
fn tail(text: &str) -> &str {
    let start = text.len().saturating_sub(4000);
    let start = (start..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    &text[start..]
}

/// Samples of one figure, ours and the reference's, in pairs.
#[derive(Default)]
struct Series {
    ours: Vec<f64>,
    real: Vec<f64>,
}

impl Series {
    fn row(self, name: &str, unit: &str) -> Row {
        if self.real.is_empty() {
            Row::ours(name, unit, Better::Lower, self.ours)
        } else {
            Row::paired(name, unit, Better::Lower, self.ours, self.real)
        }
    }
}

/// The wall, CPU and peak-RSS series of one measurement.
#[derive(Default)]
struct Figures {
    wall: Series,
    cpu: Series,
    rss: Series,
}

impl Figures {
    fn push(&mut self, ours: bool, measured: &Measured) {
        fn pick(series: &mut Series, ours: bool) -> &mut Vec<f64> {
            if ours {
                &mut series.ours
            } else {
                &mut series.real
            }
        }
        pick(&mut self.wall, ours).push(measured.wall);
        if let Some(cpu) = measured.cpu {
            pick(&mut self.cpu, ours).push(cpu);
        }
        if let Some(rss) = measured.rss_mib {
            pick(&mut self.rss, ours).push(rss);
        }
    }
}

/// The folder with `node_modules` → the real CLI's install, when there is one.
fn link_modules(root: &Path, real: Option<&RealCli>) {
    if let Some(real) = real {
        #[cfg(unix)]
        std::os::unix::fs::symlink(&real.modules, root.join("node_modules")).expect("symlink");
        #[cfg(not(unix))]
        panic!("the real CLI comparison links node_modules, which needs a Unix symlink");
    }
}

/// A native TypeScript 7 compiler from the test oracles' `node_modules`
/// (`NANGO_TEST_NODE_MODULES`, else `target/ci-node/node_modules`), for `NANGO_TSC`: found as
/// `nango compile` finds a project's own, with nothing else searched or installed.
fn typescript_7() -> Option<PathBuf> {
    let modules = std::env::var_os("NANGO_TEST_NODE_MODULES")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::workspace().join("target/ci-node/node_modules"));
    let only_there = nango_typecheck::Discovery::default();
    match nango_typecheck::find_compiler_with(modules.parent()?, &only_there, &|_| {}) {
        Ok(nango_typecheck::Compiler::Native { exe, .. }) => Some(exe),
        _ => None,
    }
}

/// Removes what a compile writes (ours: `dist/`, `.nango/`; the real CLI: `dist/`, `build/`,
/// `.nango/`).
fn remove_output(root: &Path) {
    for dir in ["dist", "build", ".nango"] {
        let _ = std::fs::remove_dir_all(root.join(dir));
    }
}

fn compile_section(nango: &Path, real: Option<&RealCli>, rounds: usize) -> Section {
    let dir = tempfile::tempdir().expect("temp dir");
    let ours_root = dir.path().join("ours");
    let real_root = dir.path().join("real");
    for root in [&ours_root, &real_root] {
        crate::generate_folder(root, SCRIPTS);
        link_modules(root, real);
    }
    let tsc = typescript_7();
    let mut ours = Job::ours(nango, &ours_root, &["compile"]);
    if let Some(tsc) = &tsc {
        ours.env("NANGO_TSC", tsc);
    }
    let theirs = real.map(|real| real.job(&real_root, &["compile"]));
    const OURS_DONE: &str = "compiled 200 scripts";
    const REAL_DONE: &str = "Successfully compiled all files";

    // Warm-up (and the type check's compiler, as our CLI reports it).
    remove_output(&ours_root);
    let warm = ours.run_expecting(OURS_DONE);
    let checked = warm
        .stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("type-checked with "))
        .map(|l| {
            l.rsplit_once(" in ")
                .map_or(l, |(compiler, _)| compiler)
                .to_string()
        });
    if let Some(theirs) = &theirs {
        remove_output(&real_root);
        theirs.run_expecting(REAL_DONE);
    }

    let mut cold = Figures::default();
    let mut incremental = Figures::default();
    for round in 0..rounds {
        remove_output(&ours_root);
        cold.push(true, &ours.run_expecting(OURS_DONE));
        if let Some(theirs) = &theirs {
            remove_output(&real_root);
            cold.push(false, &theirs.run_expecting(REAL_DONE));
        }
        append_comment(&ours_root.join(EDITED), round);
        incremental.push(true, &ours.run_expecting(OURS_DONE));
        if let Some(theirs) = &theirs {
            append_comment(&real_root.join(EDITED), round);
            incremental.push(false, &theirs.run_expecting(REAL_DONE));
        }
    }

    let typecheck = match (&checked, &tsc) {
        (Some(compiler), Some(_)) => format!(
            "Ours type-checked the folder with {compiler} (`NANGO_TSC` set to the native compiler \
             of the test oracles' TypeScript 7)"
        ),
        (Some(compiler), None) => {
            format!("Ours type-checked the folder with {compiler}, found by its own search")
        }
        (None, _) => "Ours found no TypeScript compiler: its type check did not run, so its \
                      figures are for transpiling and bundling only"
            .to_string(),
    };
    let modules = if real.is_some() {
        " Each folder's `node_modules` is a symlink to the nango@0.60.5 install's `node_modules`: \
         the real CLI needs its dependencies resolvable from the folder, and our type check then \
         also loads `@types/node` from it (without it, ours checks against a small declaration \
         file of its runtime's globals)."
    } else {
        ""
    };
    let pairs = pairs(rounds);
    let method = format!(
        "`nango compile` of the folder `nango-bench --out` writes ({SCRIPTS} scripts in 10 \
         integrations, each importing a shared paginate helper and a mapper), in two identical \
         copies, one per CLI, timed as whole processes with their output sent to files: ours is \
         `target/release/nango compile`, the real one `node …/node_modules/nango/dist/index.js \
         compile` with `NANGO_CLI_UPGRADE_MODE=ignore` (its code reads no telemetry switch). \
         Cold: `dist/`, `build/` and `.nango/` removed before each run (neither CLI keeps \
         anything else on disk between runs). After editing 1 script: a comment appended to \
         `{EDITED}`, then `nango compile` again with the previous output in place; neither CLI \
         reuses work across processes (ours caches only inside `nango dev`; 0.60.5 compiles every \
         file again with ts-node and tsup), so this is the edit-then-compile loop a user sees. \
         {typecheck}; the real CLI type-checks each file through ts-node with the TypeScript 5.8 \
         it depends on.{modules} One warm-up run of each, then {pairs} A B. CPU time is user + \
         system of the process and of the children it waited for (tsc, esbuild), peak RSS that \
         of the largest single process, both from GNU time."
    );
    let mut section = Section::new("compile", REFERENCE, method);
    section.push(
        cold.wall
            .row(&format!("cold `nango compile`, {SCRIPTS} scripts"), "s"),
    );
    section.push(cold.cpu.row("cold, CPU time (user + system)", "s"));
    section.push(cold.rss.row("cold, peak RSS (largest process)", "MiB"));
    section.push(
        incremental
            .wall
            .row("`nango compile` after editing 1 script", "s"),
    );
    section.push(
        incremental
            .cpu
            .row("after editing 1 script, CPU time (user + system)", "s"),
    );
    section.rows.retain(|row| !row.ours.is_empty());
    section
}

/// "3 pairs", "1 pair".
fn pairs(rounds: usize) -> String {
    if rounds == 1 {
        "1 pair".into()
    } else {
        format!("{rounds} pairs")
    }
}

/// Appends a comment to a script (a one-file edit).
fn append_comment(path: &Path, round: usize) {
    let mut text = std::fs::read_to_string(path).expect("script");
    text.push_str(&format!("\n// edit {round}\n"));
    std::fs::write(path, text).expect("write script");
}

const DRYRUN_YAML: &str = "integrations:
  bench:
    syncs:
      contacts:
        runs: every day
        output: Contact
        endpoint: GET /contacts
models:
  Contact:
    id: string
    name: string
    email: string
    company: string
    tags: string[]
";

const DRYRUN_SYNC: &str = "import type { NangoSync, Contact } from '../../models';

interface ApiContact {
    id: string;
    name: string;
    email: string;
    company: { id: number; name: string };
    tags: string[];
}

interface Page {
    records: ApiContact[];
    next: number | null;
}

export default async function fetchData(nango: NangoSync): Promise<void> {
    let page: number | null = 0;
    while (page !== null) {
        const response: { data: Page } = await nango.get<Page>({ endpoint: '/records', params: { page: String(page) } });
        const contacts: Contact[] = response.data.records.map((c) => ({ id: c.id, name: c.name, email: c.email, company: c.company.name, tags: c.tags }));
        await nango.batchSave(contacts, 'Contact');
        page = response.data.next;
    }
}
";

/// The id of the last record the mock API serves.
fn last_id() -> String {
    format!("c{}", PAGES * PER_PAGE - 1)
}

/// The mock API: `GET /records?page=N` (N from 0; without it, 0), `PER_PAGE`
/// records a page, `PAGES` pages, each request counted.
async fn mock_api(requests: Arc<AtomicUsize>) -> String {
    let pages: Arc<Vec<String>> = Arc::new(
        (0..PAGES)
            .map(|page| {
                let records: Vec<Value> = (page * PER_PAGE..(page + 1) * PER_PAGE)
                    .map(|i| {
                        json!({
                            "id": format!("c{i}"),
                            "name": format!("Contact {i}"),
                            "email": format!("contact{i}@example.com"),
                            "company": { "id": i % 97, "name": "Acme Corporation" },
                            "tags": ["customer", "newsletter"],
                        })
                    })
                    .collect();
                let next = if page + 1 < PAGES {
                    json!(page + 1)
                } else {
                    Value::Null
                };
                json!({ "records": records, "next": next }).to_string()
            })
            .collect(),
    );
    let app = axum::Router::new().route(
        "/records",
        axum::routing::get(
            move |axum::extract::Query(q): axum::extract::Query<
                std::collections::HashMap<String, String>,
            >| {
                let (pages, requests) = (pages.clone(), requests.clone());
                async move {
                    requests.fetch_add(1, Ordering::SeqCst);
                    let page = q
                        .get("page")
                        .and_then(|p| p.parse::<usize>().ok())
                        .unwrap_or(0);
                    match pages.get(page) {
                        Some(body) => (
                            axum::http::StatusCode::OK,
                            [(axum::http::header::CONTENT_TYPE, "application/json")],
                            body.clone(),
                        ),
                        None => (
                            axum::http::StatusCode::NOT_FOUND,
                            [(axum::http::header::CONTENT_TYPE, "application/json")],
                            "{\"error\":\"no such page\"}".to_string(),
                        ),
                    }
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// Creates the `bench` integration and the connection `conn-1` on our server.
async fn seed(base: &str) {
    let http = reqwest::Client::new();
    for (path, body) in [
        (
            "/integrations",
            json!({ "unique_key": "bench", "provider": "bench" }),
        ),
        (
            "/connections",
            json!({ "provider_config_key": "bench", "connection_id": "conn-1", "api_key": "k" }),
        ),
    ] {
        let response = http
            .post(format!("{base}{path}"))
            .bearer_auth(KEY)
            .json(&body)
            .send()
            .await
            .expect("request");
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        assert!(status.is_success(), "{path}: {status} {text}");
    }
}

fn dryrun_section(nango: &Path, real: Option<&RealCli>, rounds: usize) -> Section {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    let dir = tempfile::tempdir().expect("temp dir");
    let requests = Arc::new(AtomicUsize::new(0));
    let api = tokio.block_on(mock_api(requests.clone()));
    let server = ServerProcess::start(nango, dir.path(), &api);
    tokio.block_on(seed(&server.base));

    let root = dir.path().join("project");
    std::fs::create_dir_all(root.join("bench/syncs")).expect("mkdir");
    std::fs::write(root.join("nango.yaml"), DRYRUN_YAML).expect("nango.yaml");
    std::fs::write(root.join("bench/syncs/contacts.ts"), DRYRUN_SYNC).expect("script");
    link_modules(&root, real);
    let point = |job: &mut Job| {
        job.env("NANGO_HOSTPORT", &server.base)
            .env("NANGO_SECRET_KEY_DEV", KEY);
    };
    let mut ours = Job::ours(
        nango,
        &root,
        &[
            "dryrun",
            "contacts",
            "conn-1",
            "--proxy",
            "server",
            "--auto-confirm",
        ],
    );
    point(&mut ours);
    let theirs = real.map(|real| {
        let mut job = real.job(&root, &["dryrun", "contacts", "conn-1", "--auto-confirm"]);
        point(&mut job);
        job
    });

    // Each run must have fetched every page through the server and printed every record.
    let last = last_id();
    let checked = |job: &Job, ours: bool| {
        requests.store(0, Ordering::SeqCst);
        let measured = job.run_expecting(&last);
        let fetched = requests.load(Ordering::SeqCst);
        assert_eq!(
            fetched,
            PAGES,
            "the dryrun fetched {fetched} pages, not {PAGES}:\n{}",
            tail(&measured.all())
        );
        let printed = measured.stdout.matches("@example.com").count();
        assert!(
            printed >= PAGES * PER_PAGE,
            "the dryrun printed {printed} records, not {}:\n{}",
            PAGES * PER_PAGE,
            tail(&measured.all())
        );
        if ours {
            // Ours prints `{ "<model>": { "saved": [...] } }` on stdout.
            let saved: Value = serde_json::from_str(&measured.stdout).unwrap_or(Value::Null);
            assert_eq!(
                saved["Contact"]["saved"].as_array().map(Vec::len),
                Some(PAGES * PER_PAGE),
                "{}",
                tail(&measured.all())
            );
        }
        measured
    };

    checked(&ours, true);
    if let Some(theirs) = &theirs {
        checked(theirs, false);
    }
    let mut figures = Figures::default();
    for _ in 0..rounds {
        figures.push(true, &checked(&ours, true));
        if let Some(theirs) = &theirs {
            figures.push(false, &checked(theirs, false));
        }
    }
    drop(server);

    let records = crate::report::number((PAGES * PER_PAGE) as f64);
    let pairs = pairs(rounds);
    let modules = if real.is_some() {
        " The folder's `node_modules` is a symlink to the nango@0.60.5 install's, as for compile."
    } else {
        ""
    };
    let method = format!(
        "`nango dryrun contacts conn-1` in a folder of one sync: `nango.yaml` and one script that \
         follows the API's cursor with `nango.get`, maps each record to the model and \
         `batchSave`s each page (not `nango.paginate`: in 0.60.5 it looks the provider up in the \
         CLI's own catalog, which does not have the benchmark's mock provider). Both CLIs run \
         against our `nango server` on loopback, which answers their connection lookup and \
         forwards their requests from its `/proxy` to a mock API in the benchmark serving \
         {PAGES} pages of {PER_PAGE} records ({records} in all). Ours runs `nango dryrun \
         contacts conn-1 --proxy server --auto-confirm`, the real one `node \
         …/nango/dist/index.js dryrun contacts conn-1 --auto-confirm` with \
         `NANGO_CLI_UPGRADE_MODE=ignore`, both with `NANGO_HOSTPORT` and `NANGO_SECRET_KEY_DEV` \
         set for the server.{modules} Every run is checked: the mock API counted {PAGES} \
         requests and all {records} records were printed (so a failing run cannot be timed as a \
         fast one). Whole-process wall time, stdout and stderr sent to files, so it includes \
         printing the records and each CLI's steps before the script runs: the real CLI \
         type-checks and compiles the script with ts-node and tsup first, ours bundles it without \
         a type check. The server's work is in both wall times; CPU time and peak RSS (GNU time, \
         as for compile) are the CLI's alone. One warm-up run of each, then {pairs} A B."
    );
    let mut section = Section::new("dryrun", REFERENCE, method);
    section.push(figures.wall.row(
        &format!("`nango dryrun` of a sync, {PAGES} pages × {PER_PAGE} records via the server"),
        "s",
    ));
    section.push(figures.cpu.row("dryrun, CPU time (user + system)", "s"));
    section.push(figures.rss.row("dryrun, peak RSS (largest process)", "MiB"));
    section.rows.retain(|row| !row.ours.is_empty());
    section
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_oracles_typescript_7_is_found_as_nango_compile_finds_one() {
        match super::typescript_7() {
            Some(exe) => assert!(exe.ends_with("lib/tsc"), "{}", exe.display()),
            None => assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "CI=true and no TypeScript 7 in the test oracles' node_modules: `.ci/run` installs it"
            ),
        }
    }
}
