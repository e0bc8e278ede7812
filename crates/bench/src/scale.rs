//! Scale-out benchmarks (issue 14), each against a reference measured in the same run:
//!
//! 1. The records store in-process, SQLite beside PostgreSQL on the same data: ingest of new
//!    records, saves of unchanged ones (hash-gated), `/records`-style pages at random cursors
//!    in a stream of a million records, and a second connection's stream written after it.
//! 2. Sync throughput of real `nango server` processes on one PostgreSQL database: one
//!    `--role api` process and 1, 2 or 3 `--role worker` processes running the first run of one
//!    sync for many connections, from the deploy until every run has succeeded.
//! 3. Action round trips on an API process whose actions run on a separate worker (queued,
//!    claimed, the result told back by NOTIFY), beside one `--role all` process on SQLite.
//!
//! PostgreSQL is the machine's (`postgres://postgres@127.0.0.1:5432`, trust auth; set
//! `NANGO_BENCH_POSTGRES` for another); every measurement creates a database of its own and
//! drops it. Figures are printed as markdown tables; nothing here asserts a timing.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use nango_store::{
    NewConnection, NewIntegration, PostgresStore, RecordInput, RecordQuery, RecordWrite,
    SqliteStore, Store,
};
use rand::Rng;
use serde_json::{Value, json};
use sqlx::{Connection, PgConnection};

use crate::process::{ENCRYPTION_KEY, KEY, ServerProcess};

/// Records a batch saves, as a sync's `batchSave` of one page of a big API would.
const BATCH: usize = 1_000;
/// Records a `/records` page returns.
const PAGE: usize = 100;
/// Random pages read per backend.
const PAGE_SAMPLES: usize = 2_000;
/// Connections that sync in the worker benchmark, each its own run.
const CONNECTIONS: usize = 40;
/// Pages of [`PER_PAGE`] records the mock API serves each connection.
const PAGES: usize = 10;
const PER_PAGE: usize = 100;
/// Each worker count is measured this many times (interleaved); the median is reported.
const SYNC_ROUNDS: usize = 3;
/// Sequential action triggers per setup, after [`ACTION_WARMUP`] unmeasured ones.
const ACTIONS: usize = 400;
const ACTION_WARMUP: usize = 20;

/// Runs the benchmarks named in `args` (`store`, `syncs`, `actions`; all three without a name)
/// and prints their tables. A number in `args` is the size of the store's stream (1M unless
/// given).
pub fn run(nango: &Path, args: &[String]) {
    let records = args
        .iter()
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(1_000_000)
        .max(BATCH * 10)
        / BATCH
        * BATCH;
    let named: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| ["store", "syncs", "actions"].contains(a))
        .collect();
    let wanted = |part: &str| named.is_empty() || named.contains(&part);
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    let started = Instant::now();
    tokio.block_on(async {
        if wanted("store") {
            store_bench(records).await;
        }
        let mock = mock_api().await;
        if wanted("syncs") {
            sync_bench(nango, &mock).await;
        }
        if wanted("actions") {
            action_bench(nango, &mock).await;
        }
    });
    println!(
        "\n`nango-bench scale` took {:.0} s",
        started.elapsed().as_secs_f64()
    );
}

/// Progress on stderr: the whole run takes minutes.
fn progress(what: &str) {
    eprintln!("scale: {what}");
}

// ----- data

/// A contact as a CRM API returns it: about 300 bytes of JSON.
fn record(n: usize) -> Value {
    const FIRST: [&str; 8] = [
        "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
    ];
    const LAST: [&str; 8] = [
        "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson",
    ];
    json!({
        "id": format!("contact-{n}"),
        "first_name": FIRST[n % FIRST.len()],
        "last_name": LAST[n / FIRST.len() % LAST.len()],
        "email": format!("person.{n}@example.com"),
        "phone": format!("+1-555-{:04}", n % 10_000),
        "title": "Account Executive",
        "company": { "id": format!("co-{}", n % 997), "name": "Acme Corporation", "domain": "acme.example" },
        "tags": ["customer", "newsletter"],
        "active": !n.is_multiple_of(3),
        "created_at": "2024-03-01T12:00:00Z",
        "updated_at": "2025-01-15T08:30:00Z"
    })
}

/// Batch number `n` of the store's stream.
fn batch(n: usize) -> Vec<RecordInput> {
    (n * BATCH..(n + 1) * BATCH)
        .map(|i| RecordInput::from_value(format!("contact-{i}"), &record(i)))
        .collect()
}

// ----- statistics

/// The `q` quantile (0..=1) of some latencies, in milliseconds.
fn quantile(sorted: &[Duration], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3
}

/// The median of some figures (the upper one of an even count).
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// `12,345`: thousands separated, as BENCHMARKS.md writes them.
fn thousands(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

// ----- PostgreSQL databases

/// The PostgreSQL server, without a database name.
fn postgres_server() -> String {
    std::env::var("NANGO_BENCH_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_string())
}

/// Runs one statement on the server's `postgres` database (creating and dropping others).
async fn admin(sql: &str) {
    let url = format!("{}/postgres", postgres_server());
    let mut connection = PgConnection::connect(&url).await.unwrap_or_else(|e| {
        panic!("PostgreSQL at {url}: {e} (start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`)")
    });
    sqlx::query(sql)
        .execute(&mut connection)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// A database of its own for one measurement, dropped at the end (even on a panic).
struct Database {
    name: String,
}

impl Database {
    async fn create(label: &str) -> Self {
        let name = format!(
            "nango_bench_{label}_{}_{:x}",
            std::process::id(),
            rand::random::<u32>()
        );
        admin(&format!("CREATE DATABASE {name}")).await;
        Self { name }
    }

    fn url(&self) -> String {
        format!("{}/{}", postgres_server(), self.name)
    }

    /// A connection of the bench's own, to watch what the servers write.
    async fn connect(&self) -> PgConnection {
        PgConnection::connect(&self.url())
            .await
            .expect("connect to the bench database")
    }

    /// Gathers the planner's statistics, as autovacuum would.
    async fn analyze(&self) {
        let mut connection = self.connect().await;
        sqlx::query("ANALYZE")
            .execute(&mut connection)
            .await
            .expect("ANALYZE");
    }

    /// Its size on disk, in MiB.
    async fn size_mib(&self) -> f64 {
        let mut connection = self.connect().await;
        let bytes: i64 = sqlx::query_scalar("SELECT pg_database_size(current_database())")
            .fetch_one(&mut connection)
            .await
            .expect("database size");
        bytes as f64 / (1024.0 * 1024.0)
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // Drop runs inside the bench's runtime, which cannot block on another future: drop
        // the database from a thread with a runtime of its own. FORCE ends the sessions of
        // servers that are still stopping.
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let _ = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("tokio")
                .block_on(admin(&sql));
        })
        .join();
    }
}

// ----- 1. the store in-process

/// The first batches of a stream, after which the bench gathers PostgreSQL's statistics.
const BATCHES_BEFORE_STATISTICS: usize = 10;
/// Records of the second connection's stream.
const SECOND_STREAM: usize = 100_000;

/// What one backend measured.
struct StoreFigures {
    /// New records per second over the whole stream, and over its last tenth (is a big
    /// stream slower to write?).
    new_rate: f64,
    new_tail_rate: f64,
    /// Unchanged records per second.
    unchanged_rate: f64,
    /// Random page latencies, sorted.
    pages: Vec<Duration>,
    /// New records per second in the last tenth of a second connection's stream, written
    /// after the first with no new statistics.
    second_tail_rate: f64,
    /// The database on disk after it all.
    disk_mib: f64,
}

async fn store_bench(records: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    progress(&format!("store: SQLite, {records} records"));
    let sqlite_path = dir.path().join("bench.db");
    let sqlite = SqliteStore::open(&sqlite_path).await.expect("SQLite store");
    let mut lite = measure_store(&sqlite, records, None).await;
    drop(sqlite);
    lite.disk_mib = sqlite_size_mib(dir.path());

    progress(&format!("store: PostgreSQL, {records} records"));
    let database = Database::create("store").await;
    // The server's default pool size.
    let postgres = PostgresStore::connect(&database.url(), 10)
        .await
        .expect("PostgreSQL store");
    let mut pg = measure_store(&postgres, records, Some(&database)).await;
    drop(postgres);
    pg.disk_mib = database.size_mib().await;

    print_store_table(records, &lite, &pg);
}

/// Writes `records` new records in batches into one stream, saves a fifth of them again
/// unchanged, reads pages at random cursors, then writes a second connection's stream.
///
/// On PostgreSQL (`postgres`), the bench gathers statistics (`ANALYZE`) once, after the first
/// batches, as autovacuum does soon after a table's first writes: the machine's PostgreSQL
/// may run without autovacuum (CI configurations turn it off), and with no statistics at all
/// the planner reads a batch's stored rows by scanning the whole stream.
async fn measure_store(
    store: &dyn Store,
    records: usize,
    postgres: Option<&Database>,
) -> StoreFigures {
    let (environment, integration) = stream_owner(store).await;
    let first = connection(store, environment, integration, "c1").await;
    let batches = records / BATCH;

    let mut times = write_new(store, first, 0..BATCHES_BEFORE_STATISTICS).await;
    if let Some(database) = postgres {
        database.analyze().await;
    }
    times.extend(write_new(store, first, BATCHES_BEFORE_STATISTICS..batches).await);
    let rate = |times: &[Duration]| {
        (times.len() * BATCH) as f64 / times.iter().sum::<Duration>().as_secs_f64()
    };
    let new_rate = rate(&times);
    let new_tail_rate = rate(&times[batches - batches / 10..]);

    // Unchanged: the same batches again, spread over the whole stream.
    let resaved = batches / 5;
    let mut unchanged = Duration::ZERO;
    for n in (0..batches).step_by(batches / resaved) {
        let batch = batch(n);
        let at = Instant::now();
        let counts = store
            .write_records(first, "Contact", RecordWrite::Save, &batch)
            .await
            .expect("save unchanged records");
        unchanged += at.elapsed();
        assert_eq!(counts.unchanged, BATCH as u64, "nothing changed");
    }
    let unchanged_rate = (resaved * BATCH) as f64 / unchanged.as_secs_f64();

    let pages = random_pages(store, first, records).await;

    // Another connection's first sync, in a table whose statistics only know the first
    // (autovacuum analyzes again after a tenth of the table has changed: not before this
    // stream is written, once the table is big).
    let second = connection(store, environment, integration, "c2").await;
    let second_batches = SECOND_STREAM / BATCH;
    let second_times = write_new(store, second, 0..second_batches).await;
    let second_tail_rate = rate(&second_times[second_batches - second_batches / 10..]);

    StoreFigures {
        new_rate,
        new_tail_rate,
        unchanged_rate,
        pages,
        second_tail_rate,
        disk_mib: 0.0,
    }
}

/// Writes the batches `batches` of new records into a connection's stream; the time of each.
/// The batches are built before each timed call: only the store's work is timed.
async fn write_new(
    store: &dyn Store,
    connection: i64,
    batches: std::ops::Range<usize>,
) -> Vec<Duration> {
    let mut times = Vec::with_capacity(batches.len());
    for n in batches {
        let batch = batch(n);
        let at = Instant::now();
        let counts = store
            .write_records(connection, "Contact", RecordWrite::Save, &batch)
            .await
            .expect("write new records");
        times.push(at.elapsed());
        assert_eq!(counts.added, BATCH as u64, "every record is new");
    }
    times
}

/// An environment and an integration: the streams' owners.
async fn stream_owner(store: &dyn Store) -> (i64, i64) {
    let environment = store
        .create_environment("bench", "bench-store-key")
        .await
        .expect("environment");
    let integration = store
        .create_integration(
            environment.id,
            &NewIntegration {
                unique_key: "crm".into(),
                provider: "github".into(),
                ..NewIntegration::default()
            },
        )
        .await
        .expect("integration");
    (environment.id, integration.id)
}

/// A connection of the integration; its id.
async fn connection(store: &dyn Store, environment: i64, integration: i64, id: &str) -> i64 {
    store
        .upsert_connection(&NewConnection {
            environment_id: environment,
            integration_id: integration,
            connection_id: id.into(),
            credentials: "sealed".into(),
            connection_config: json!({}),
            metadata: json!({}),
            end_user: None,
            tags: json!({}),
            credentials_expires_at: None,
        })
        .await
        .expect("connection")
        .id
}

/// `/records` pages of 100 after random cursors of the stream, as many clients paging
/// through it from wherever they stopped would read them. The stream's cursors are
/// consecutive (one writer, nothing else written), from its first record's.
async fn random_pages(store: &dyn Store, connection: i64, records: usize) -> Vec<Duration> {
    let query = |after_cursor: Option<i64>| RecordQuery {
        connection,
        model: "Contact".into(),
        after_cursor,
        limit: PAGE as i64,
        ..RecordQuery::default()
    };
    let first = store.records(&query(None)).await.expect("first page")[0].cursor;
    let mut rng = rand::rng();
    let mut latencies = Vec::with_capacity(PAGE_SAMPLES);
    for _ in 0..PAGE_SAMPLES {
        let after = first - 1 + rng.random_range(0..(records - PAGE) as i64);
        let at = Instant::now();
        let page = store.records(&query(Some(after))).await.expect("page");
        latencies.push(at.elapsed());
        assert_eq!(page.len(), PAGE, "a full page after cursor {after}");
    }
    latencies.sort();
    latencies
}

/// The SQLite database and its write-ahead log, in MiB.
fn sqlite_size_mib(dir: &Path) -> f64 {
    let bytes: u64 = std::fs::read_dir(dir)
        .expect("temp dir")
        .filter_map(|entry| entry.ok()?.metadata().ok())
        .map(|metadata| metadata.len())
        .sum();
    bytes as f64 / (1024.0 * 1024.0)
}

fn print_store_table(records: usize, lite: &StoreFigures, pg: &StoreFigures) {
    let size = record(records / 2).to_string().len();
    let stream = thousands(records as f64);
    let batch = thousands(BATCH as f64);
    println!(
        "\n### The store in-process: {stream} records of ~{size} bytes in one stream, batches of {batch}\n"
    );
    println!("| measurement | SQLite | PostgreSQL | PostgreSQL ÷ SQLite |");
    println!("|---|---|---|---|");
    let rate_row = |name: &str, lite: f64, pg: f64| {
        println!(
            "| {name} | {} records/s | {} records/s | {:.2} |",
            thousands(lite),
            thousands(pg),
            pg / lite
        );
    };
    rate_row(
        &format!("new records, {stream} in batches of {batch}"),
        lite.new_rate,
        pg.new_rate,
    );
    rate_row(
        "new records, the last tenth of them",
        lite.new_tail_rate,
        pg.new_tail_rate,
    );
    rate_row(
        &format!(
            "unchanged records ({} saved again, not rewritten)",
            thousands((records / 5) as f64)
        ),
        lite.unchanged_rate,
        pg.unchanged_rate,
    );
    let latency_row = |name: &str, q: f64| {
        let (lite, pg) = (quantile(&lite.pages, q), quantile(&pg.pages, q));
        println!("| {name} | {lite:.2} ms | {pg:.2} ms | {:.2} |", pg / lite);
    };
    latency_row(
        &format!("page of {PAGE} at a random cursor ({PAGE_SAMPLES} pages), p50"),
        0.5,
    );
    latency_row("the same, p99", 0.99);
    rate_row(
        &format!(
            "a second connection's {} new records, the last tenth of them",
            thousands(SECOND_STREAM as f64)
        ),
        lite.second_tail_rate,
        pg.second_tail_rate,
    );
    println!(
        "| on disk | {:.0} MiB | {:.0} MiB | {:.2} |",
        lite.disk_mib,
        pg.disk_mib,
        pg.disk_mib / lite.disk_mib
    );
}

// ----- the mock API and the cluster

/// The mock API: `GET /items?page=N` pages through [`PAGES`] pages of [`PER_PAGE`]
/// contacts, and any request is answered at once.
async fn mock_api() -> String {
    async fn items(
        axum::extract::Query(query): axum::extract::Query<
            std::collections::HashMap<String, String>,
        >,
    ) -> axum::Json<Value> {
        let page: usize = query.get("page").and_then(|p| p.parse().ok()).unwrap_or(0);
        let items: Vec<Value> = (page * PER_PAGE..(page + 1) * PER_PAGE)
            .map(record)
            .collect();
        let next = if page + 1 < PAGES {
            json!(page + 1)
        } else {
            Value::Null
        };
        axum::Json(json!({ "items": items, "next": next }))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let app = axum::Router::new().route("/items", axum::routing::get(items));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The sync: every page of the mock, saved as it comes.
const SYNC: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    for await (const page of nango.paginate({ endpoint: '/items', paginate: { type: 'cursor', cursor_path_in_response: 'next', cursor_name_in_request: 'page', response_path: 'items' } })) {
        await nango.batchSave(page, 'Item');
    }
};
"#;

/// The action: its input back.
const ECHO: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    return input;
};
"#;

/// `github` (OAuth 2, an imported access token) proxied to the mock API.
fn providers_file(dir: &Path, mock: &str) -> std::path::PathBuf {
    let path = dir.join("providers.yaml");
    std::fs::write(
        &path,
        format!("github:\n    auth_mode: OAUTH2\n    authorization_url: https://github.com/login/oauth/authorize\n    token_url: https://github.com/login/oauth/access_token\n    proxy:\n        base_url: {mock}\n"),
    )
    .expect("providers file");
    path
}

/// A `nango server --role <role>` process, on `database_url` (PostgreSQL) or, without one, on
/// SQLite in `dir`.
fn server(nango: &Path, dir: &Path, role: &str, database_url: Option<&str>) -> ServerProcess {
    let mut command = Command::new(nango);
    command
        .args(["server", "--port", "0", "--role", role, "--data-dir"])
        .arg(dir.join("data"))
        .env("NANGO_SECRET_KEY_DEV", KEY)
        .env("NANGO_ENCRYPTION_KEY", ENCRYPTION_KEY)
        .env("NANGO_PROVIDERS_FILE", dir.join("providers.yaml"))
        .env("NANGO_DASHBOARD_USERNAME", "admin")
        .env("NANGO_DASHBOARD_PASSWORD", "bench-password")
        .env("NANGO_LOG", "warn")
        .env_remove("NANGO_SERVER_ROLE");
    match database_url {
        Some(url) => command.env("DATABASE_URL", url),
        None => command.env_remove("DATABASE_URL"),
    };
    ServerProcess::launch(command)
}

/// One `--role api` process and `workers` `--role worker` processes on one database, started
/// together as a deployment would start them.
struct Cluster {
    api: ServerProcess,
    workers: Vec<ServerProcess>,
}

impl Cluster {
    async fn start(nango: &Path, dir: &Path, database: &Database, workers: usize) -> Self {
        let url = database.url();
        let api = server(nango, dir, "api", Some(&url));
        let workers = (0..workers)
            .map(|_| server(nango, dir, "worker", Some(&url)))
            .collect();
        // Listening is printed before the workers' loops and LISTEN are up: let them settle,
        // so that every worker takes part from the first wake-up.
        tokio::time::sleep(Duration::from_millis(500)).await;
        Self { api, workers }
    }

    /// CPU seconds so far: the machine's, the workers' together, the API process's.
    fn cpu(&self) -> CpuUse {
        CpuUse {
            machine: machine_busy_ticks() as f64 / crate::process::TICKS_PER_SECOND,
            workers: self.workers.iter().map(ServerProcess::cpu_seconds).sum(),
            api: self.api.cpu_seconds(),
            bench: crate::process::cpu_seconds_of(std::process::id()),
        }
    }
}

/// The API of one server process, with the `dev` key.
#[derive(Clone)]
struct Api {
    http: reqwest::Client,
    base: String,
}

impl Api {
    fn new(base: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: base.to_string(),
        }
    }

    /// A POST that must succeed; its answer.
    async fn post(&self, path: &str, body: Value, connection: Option<&str>) -> Value {
        let mut request = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(KEY)
            .json(&body);
        if let Some(connection) = connection {
            request = request
                .header("Connection-Id", connection)
                .header("Provider-Config-Key", "gh");
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let answer: Value = response.json().await.unwrap_or(Value::Null);
        assert!(status.is_success(), "POST {path}: {status} {answer}");
        answer
    }

    /// The `gh` integration and `connections` connections with an imported token (16 imports
    /// at a time: a thousand one by one would take longer than what they are for).
    async fn integration(&self, connections: usize) {
        self.post(
            "/integrations",
            json!({ "unique_key": "gh", "provider": "github" }),
            None,
        )
        .await;
        let ids: Vec<String> = (0..connections).map(|n| format!("c{n}")).collect();
        for chunk in ids.chunks(16) {
            let mut imports = tokio::task::JoinSet::new();
            for id in chunk {
                let api = self.clone();
                let body = json!({ "provider_config_key": "gh", "connection_id": id, "access_token": "token" });
                imports.spawn(async move { api.post("/connections", body, None).await });
            }
            imports.join_all().await;
        }
    }

    async fn deploy(&self, flow: Value) {
        self.post(
            "/sync/deploy",
            json!({ "flowConfigs": [flow], "reconcile": true }),
            None,
        )
        .await;
    }
}

fn sync_flow() -> Value {
    json!({
        "syncName": "items", "providerConfigKey": "gh", "type": "sync", "models": ["Item"],
        "version": "1", "runs": "every day", "sync_type": "full", "track_deletes": false,
        "auto_start": true, "metadata": {}, "fileBody": { "js": SYNC, "ts": "" }, "endpoints": []
    })
}

fn action_flow() -> Value {
    json!({
        "syncName": "echo", "providerConfigKey": "gh", "type": "action", "models": [],
        "version": "1", "runs": null, "metadata": {}, "fileBody": { "js": ECHO, "ts": "" },
        "endpoints": []
    })
}

// ----- 2. sync throughput with 1, 2 and 3 workers

/// One measurement: how long the first runs took, how many each worker held, and where the
/// machine's CPU went meanwhile.
struct SyncRound {
    elapsed: Duration,
    per_worker: Vec<i64>,
    cpu: CpuUse,
}

/// CPU seconds used during a measurement.
#[derive(Default)]
struct CpuUse {
    /// By the whole machine (both cores: at most twice the wall time).
    machine: f64,
    /// By the worker processes together.
    workers: f64,
    /// By the API process.
    api: f64,
    /// By this process: the mock API, and the bench watching the runs.
    bench: f64,
}

impl CpuUse {
    /// What was used between two readings.
    fn since(&self, before: &CpuUse) -> CpuUse {
        CpuUse {
            machine: self.machine - before.machine,
            workers: self.workers - before.workers,
            api: self.api - before.api,
            bench: self.bench - before.bench,
        }
    }

    /// The rest of the machine: PostgreSQL, mostly.
    fn rest(&self) -> f64 {
        self.machine - self.workers - self.api - self.bench
    }
}

/// Busy ticks of the whole machine so far (`/proc/stat`: every state but idle and iowait).
fn machine_busy_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let fields: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|field| field.parse().ok())
        .collect();
    let idle = fields.get(3).copied().unwrap_or(0) + fields.get(4).copied().unwrap_or(0);
    fields.iter().take(8).sum::<u64>() - idle
}

async fn sync_bench(nango: &Path, mock: &str) {
    let worker_counts = [1usize, 2, 3];
    let mut rounds: Vec<Vec<SyncRound>> = worker_counts.iter().map(|_| Vec::new()).collect();
    // Interleaved (1, 2, 3, 1, 2, 3…) so that a slow spell of the machine hits all alike.
    for round in 0..SYNC_ROUNDS {
        for (i, &workers) in worker_counts.iter().enumerate() {
            progress(&format!(
                "syncs: {workers} worker(s), round {}/{SYNC_ROUNDS}",
                round + 1
            ));
            rounds[i].push(sync_round(nango, mock, workers).await);
        }
    }
    print_sync_table(&worker_counts, &rounds);
}

/// A fresh database and cluster; [`CONNECTIONS`] connections; the deploy starts one run per
/// connection, which the workers share. Timed from the deploy to the last run's success.
async fn sync_round(nango: &Path, mock: &str, workers: usize) -> SyncRound {
    let dir = tempfile::tempdir().expect("temp dir");
    providers_file(dir.path(), mock);
    let database = Database::create("syncs").await;
    let cluster = Cluster::start(nango, dir.path(), &database, workers).await;
    let api = Api::new(&cluster.api.base);
    api.integration(CONNECTIONS).await;

    // The bench watches the runs in the database: one query per look, where `/sync/status`
    // would cost the API process several per connection while it is being measured.
    let mut watch = database.connect().await;
    let cpu_before = cluster.cpu();
    let started = Instant::now();
    api.deploy(sync_flow()).await;
    loop {
        let (succeeded, failed): (i64, Option<String>) = sqlx::query_as(
            "SELECT COUNT(*) FILTER (WHERE status = 'success'), MAX(error) FROM sync_jobs",
        )
        .fetch_one(&mut watch)
        .await
        .expect("watch the runs");
        assert!(failed.is_none(), "a run failed: {failed:?}");
        if succeeded == CONNECTIONS as i64 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the runs did not end"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed();
    let cpu = cluster.cpu().since(&cpu_before);

    let records: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM records")
        .fetch_one(&mut watch)
        .await
        .expect("records");
    assert_eq!(records as usize, CONNECTIONS * PAGES * PER_PAGE);
    let per_worker: Vec<i64> = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sync_jobs GROUP BY lease_owner ORDER BY COUNT(*) DESC",
    )
    .fetch_all(&mut watch)
    .await
    .expect("runs per worker");
    drop(watch);
    drop(cluster);
    SyncRound {
        elapsed,
        per_worker,
        cpu,
    }
}

fn print_sync_table(worker_counts: &[usize], rounds: &[Vec<SyncRound>]) {
    let records = CONNECTIONS * PAGES * PER_PAGE;
    println!(
        "\n### Sync throughput: {CONNECTIONS} connections × {} records ({PAGES} pages of {PER_PAGE}), one `--role api` process and N workers on PostgreSQL\n",
        thousands((PAGES * PER_PAGE) as f64)
    );
    println!(
        "| workers | time, median of {SYNC_ROUNDS} (min–max) | runs/s | records/s | ÷ 1 worker | runs per worker (last round) |"
    );
    println!("|---|---|---|---|---|---|");
    let medians: Vec<f64> = rounds
        .iter()
        .map(|r| median(r.iter().map(|r| r.elapsed.as_secs_f64()).collect()))
        .collect();
    for ((workers, rounds), &seconds) in worker_counts.iter().zip(rounds).zip(&medians) {
        let times: Vec<f64> = rounds.iter().map(|r| r.elapsed.as_secs_f64()).collect();
        let (min, max) = (
            times.iter().copied().fold(f64::MAX, f64::min),
            times.iter().copied().fold(0.0, f64::max),
        );
        let spread: Vec<String> = rounds
            .last()
            .map(|r| r.per_worker.iter().map(i64::to_string).collect())
            .unwrap_or_default();
        println!(
            "| {workers} | {seconds:.2} s ({min:.2}–{max:.2}) | {:.1} | {} | {:.2} | {} |",
            CONNECTIONS as f64 / seconds,
            thousands(records as f64 / seconds),
            medians[0] / seconds,
            spread.join(" / ")
        );
    }
    print_cpu_table(worker_counts, rounds);
}

/// Where the CPU went, summed over every round of a worker count: how busy the machine was,
/// and the CPU time per 1,000 records of the workers, the API process, this process (the
/// mock API) and the rest of the machine (PostgreSQL, mostly).
fn print_cpu_table(worker_counts: &[usize], rounds: &[Vec<SyncRound>]) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    let thousands_of_records = (CONNECTIONS * PAGES * PER_PAGE * SYNC_ROUNDS) as f64 / 1000.0;
    println!(
        "\n| workers | machine busy ({cores:.0} cores) | CPU ms per 1,000 records: workers | API process | mock API (the bench) | PostgreSQL and the rest | all |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (workers, rounds) in worker_counts.iter().zip(rounds) {
        let wall: f64 = rounds.iter().map(|r| r.elapsed.as_secs_f64()).sum();
        let sum = |f: fn(&CpuUse) -> f64| rounds.iter().map(|r| f(&r.cpu)).sum::<f64>();
        let ms = |seconds: f64| seconds * 1000.0 / thousands_of_records;
        println!(
            "| {workers} | {:.0}% | {:.0} | {:.1} | {:.0} | {:.0} | {:.0} |",
            sum(|c| c.machine) / (wall * cores) * 100.0,
            ms(sum(|c| c.workers)),
            ms(sum(|c| c.api)),
            ms(sum(|c| c.bench)),
            ms(sum(CpuUse::rest)),
            ms(sum(|c| c.machine))
        );
    }
}

// ----- 3. action round trips

/// Where actions run.
#[derive(Clone, Copy)]
enum Setup {
    /// One `--role all` process on SQLite: it runs the actions it takes.
    AllOnSqlite,
    /// One `--role all` process on PostgreSQL.
    AllOnPostgres,
    /// `--role api` and one `--role worker` on PostgreSQL: the action is queued, the worker
    /// takes it, NOTIFY tells the API process.
    ApiAndWorker,
}

/// Connections in the environment for the rows that show what their number costs.
const MANY_CONNECTIONS: usize = 1_000;

async fn action_bench(nango: &Path, mock: &str) {
    let rows = [
        (
            "one `--role all` process on SQLite (the reference)",
            Setup::AllOnSqlite,
            1,
        ),
        (
            "one `--role all` process on PostgreSQL",
            Setup::AllOnPostgres,
            1,
        ),
        (
            "`--role api` + one `--role worker` on PostgreSQL",
            Setup::ApiAndWorker,
            1,
        ),
        (
            "one `--role all` process on PostgreSQL, 1,000 connections",
            Setup::AllOnPostgres,
            MANY_CONNECTIONS,
        ),
        (
            "`--role api` + one `--role worker` on PostgreSQL, 1,000 connections",
            Setup::ApiAndWorker,
            MANY_CONNECTIONS,
        ),
    ];
    let mut measured = Vec::new();
    for (name, setup, connections) in rows {
        progress(&format!("actions: {name}"));
        measured.push((name, action_setup(nango, mock, setup, connections).await));
    }

    println!(
        "\n### Action round trips: {ACTIONS} sequential `POST /action/trigger` of an action that returns its input\n"
    );
    println!("| setup | p50 | p99 | p50 ÷ reference | p99 ÷ reference |");
    println!("|---|---|---|---|---|");
    let reference = &measured[0].1;
    for (name, latencies) in &measured {
        let (p50, p99) = (quantile(latencies, 0.5), quantile(latencies, 0.99));
        println!(
            "| {name} | {p50:.2} ms | {p99:.2} ms | {:.2} | {:.2} |",
            p50 / quantile(reference, 0.5),
            p99 / quantile(reference, 0.99)
        );
    }
}

/// Starts a setup (a database of its own for PostgreSQL) and measures its round trips.
async fn action_setup(nango: &Path, mock: &str, setup: Setup, connections: usize) -> Vec<Duration> {
    let dir = tempfile::tempdir().expect("temp dir");
    providers_file(dir.path(), mock);
    match setup {
        Setup::AllOnSqlite => {
            let all = server(nango, dir.path(), "all", None);
            action_latencies(&all.base, connections).await
        }
        Setup::AllOnPostgres => {
            let database = Database::create("actions").await;
            let all = server(nango, dir.path(), "all", Some(&database.url()));
            action_latencies(&all.base, connections).await
        }
        Setup::ApiAndWorker => {
            let database = Database::create("actions").await;
            let cluster = Cluster::start(nango, dir.path(), &database, 1).await;
            action_latencies(&cluster.api.base, connections).await
        }
    }
}

/// Deploys the echo action on a server with `connections` connections and triggers it
/// [`ACTIONS`] times in a row on the first; the latencies, sorted.
async fn action_latencies(base: &str, connections: usize) -> Vec<Duration> {
    let api = Api::new(base);
    api.integration(connections).await;
    api.deploy(action_flow()).await;
    let mut latencies = Vec::with_capacity(ACTIONS);
    for n in 0..ACTION_WARMUP + ACTIONS {
        let input = json!({ "n": n, "name": "Ada Lovelace" });
        let at = Instant::now();
        let output = api
            .post(
                "/action/trigger",
                json!({ "action_name": "echo", "input": input }),
                Some("c0"),
            )
            .await;
        let elapsed = at.elapsed();
        assert_eq!(output, input, "the action answers its input");
        if n >= ACTION_WARMUP {
            latencies.push(elapsed);
        }
    }
    latencies.sort();
    latencies
}
