//! Benchmarks of the compile workflow, run as `cargo run --release -p nango-bench [-- <scripts>]`.
//!
//! 1. `nango compile` of a generated folder (default 200 scripts over 10 integrations, each script
//!    importing a shared helper and a mapper), with and without the type check, as whole processes.
//! 2. The incremental rebuild `nango dev` does after one script changes, and after a helper
//!    shared by 20 scripts changes, measured in-process (the watcher's debounce is not included).
//!
//! Figures are printed as min / median / max over several runs. They are not assertions.
//! `nango-bench all [--rounds N] [--out DIR]` runs every benchmark below and the comparisons
//! with the real tools (nango@0.60.5, Node.js, the storage-only reference) in one run, and
//! writes BENCHMARKS.md's generated part and benchmarks.json.
//! `nango-bench 200 --out <dir>` only writes the folder, to time other tools on the same input.
//! `nango-bench runtime` measures the script runtime: cold start, and a 100k-record sync.
//! `nango-bench server` measures action round trips through a `nango server` process.
//! `nango-bench syncs` measures sync ingest, `/records` pages and memory through one.
//! `nango-bench load [seconds]` holds 200 `/records` readers, 50 action callers and 20 syncs
//! writing on one server (a minute by default) and checks nothing failed or was lost.
//! `nango-bench scale [store|syncs|actions] [records]` measures the store on SQLite beside PostgreSQL, sync throughput
//! with 1, 2 and 3 worker processes, and actions run on a separate worker (needs PostgreSQL).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use nango_build::Bundler;
use nango_project::Project;

const INTEGRATIONS: usize = 10;

mod all;
mod ingest;
mod load;
mod node;
mod process;
mod real_cli;
mod report;
mod runtime;
mod scale;
mod server;
mod syncs;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `all`: every benchmark, written into BENCHMARKS.md and benchmarks.json.
    if args.first().is_some_and(|a| a == "all") {
        match all::Options::parse(&args[1..]) {
            Ok(options) => all::run(&nango_binary(), &options),
            Err(message) => {
                eprintln!("nango-bench: {message}");
                std::process::exit(2);
            }
        }
        return;
    }
    // `load [seconds]`: readers, action callers and syncs at once, held (default a minute).
    if args.first().is_some_and(|a| a == "load") {
        let seconds = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(60);
        load::run(&nango_binary(), seconds);
        return;
    }
    // `server`: action round trips through a `nango server` process.
    if args.first().is_some_and(|a| a == "server") {
        println!("| measurement | requests | p50 | p99 | throughput |");
        println!("|---|---|---|---|---|");
        server::run(&nango_binary());
        return;
    }
    // `ingest`: sync ingest through the server beside the Python reference, in one run.
    if args.first().is_some_and(|a| a == "ingest") {
        let rounds = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(3);
        print_sections(|| ingest::sections(&nango_binary(), rounds));
        return;
    }
    // `syncs`: ingest, /records latency and memory through a `nango server` process.
    if args.first().is_some_and(|a| a == "syncs") {
        println!("| measurement | time | figure |");
        println!("|---|---|---|");
        syncs::run(&nango_binary());
        return;
    }
    // `scale`: several processes on PostgreSQL, against SQLite and one worker; prints its own
    // tables.
    if args.first().is_some_and(|a| a == "scale") {
        scale::run(&nango_binary(), &args[1..]);
        return;
    }
    // `real-cli [rounds]`: our CLI beside the real nango@0.60.5 CLI (compile, dryrun), as
    // Markdown.
    if args.first().is_some_and(|a| a == "real-cli") {
        let rounds = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(3);
        print_sections(|| real_cli::sections(&nango_binary(), rounds));
        return;
    }
    // `batch-1m <build|save>`: one process of the runtime's memory row (see `runtime`).
    if args.first().is_some_and(|a| a == "batch-1m") {
        runtime::batch_1m(args.get(1).map_or("save", String::as_str));
        return;
    }
    // `node [rounds]`: the script runtime beside Node.js running the same bundles.
    if args.first().is_some_and(|a| a == "node") {
        let rounds = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(3);
        print_sections(|| vec![node::section(rounds)]);
        return;
    }
    // `runtime`: only the script runtime's rows.
    if args.first().is_some_and(|a| a == "runtime") {
        println!("| measurement | runs | min | median | max |");
        println!("|---|---|---|---|---|");
        runtime::run();
        return;
    }
    let scripts: usize = args.first().and_then(|n| n.parse().ok()).unwrap_or(200);
    // `--out <dir>`: only write the folder there (to time other tools on the same input).
    if let Some(out) = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
    {
        generate_folder(Path::new(out), scripts);
        println!("wrote {scripts} scripts to {out}");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("bench-integrations");
    generate_folder(&root, scripts);
    let nango = nango_binary();
    println!(
        "folder: {scripts} scripts in {INTEGRATIONS} integrations ({})",
        root.display()
    );
    println!("binary: {}\n", nango.display());
    println!("| measurement | runs | min | median | max |");
    println!("|---|---|---|---|---|");

    let compile = |args: &[&str]| {
        let status = Command::new(&nango)
            .args(args)
            .current_dir(&root)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("run nango");
        assert!(status.success(), "nango {args:?} failed");
    };
    compile(&["compile", "--no-typecheck"]);
    row(
        &format!("`nango compile --no-typecheck` ({scripts} scripts)"),
        7,
        || compile(&["compile", "--no-typecheck"]),
    );
    let typecheck = Command::new(&nango)
        .args(["compile"])
        .current_dir(&root)
        .output()
        .expect("run nango");
    if String::from_utf8_lossy(&typecheck.stderr).contains("type-checked with") {
        row(
            &format!("`nango compile` with tsc 7 type check ({scripts} scripts)"),
            5,
            || compile(&["compile"]),
        );
    } else {
        println!("| `nango compile` with type check | - | skipped: no TypeScript compiler | | |");
    }

    // Incremental rebuilds, as `nango dev` does them: warm module cache, one file changed.
    let project = Project::at(std::fs::canonicalize(&root).expect("root"));
    let config = nango_project::load_config(&project)
        .config
        .expect("valid config");
    let bundler = Bundler::new(project.root());
    let all = config.scripts();
    nango_project::build_scripts(&project, &bundler, &all);
    let script = &all[0];
    let script_path = project.script_path(script);
    let original = std::fs::read_to_string(&script_path).expect("script");
    let mut n = 0;
    row("incremental rebuild after editing 1 script", 30, || {
        n += 1;
        std::fs::write(&script_path, format!("{original}\n// edit {n}\n")).expect("write");
        bundler.invalidate(&script_path);
        let (built, diagnostics) =
            nango_project::build_scripts(&project, &bundler, std::slice::from_ref(script));
        assert!(diagnostics.is_empty() && built.len() == 1);
    });
    let helper = project.root().join(format!(
        "{}/helpers/paginate.ts",
        script.integration.provider_config_key
    ));
    let helper_text = std::fs::read_to_string(&helper).expect("helper");
    let dependents: Vec<_> = all
        .iter()
        .filter(|s| s.integration.provider_config_key == script.integration.provider_config_key)
        .copied()
        .collect();
    row(
        &format!(
            "incremental rebuild after editing a helper shared by {} scripts",
            dependents.len()
        ),
        15,
        || {
            n += 1;
            std::fs::write(&helper, format!("{helper_text}\n// edit {n}\n")).expect("write");
            bundler.invalidate(&helper);
            let (built, diagnostics) =
                nango_project::build_scripts(&project, &bundler, &dependents);
            assert!(diagnostics.is_empty() && built.len() == dependents.len());
        },
    );
}

/// Measures some sections and prints them as `nango-bench all` writes them into BENCHMARKS.md
/// (without the markers of its generated part).
fn print_sections(measure: impl FnOnce() -> Vec<report::Section>) {
    let mut machine = report::Machine::here();
    let started = Instant::now();
    let sections = measure();
    machine.wall_seconds = started.elapsed().as_secs_f64();
    print!("{}", report::Report { machine, sections }.body());
}

/// Runs `f` `runs` times and prints one table row.
fn row(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    println!(
        "| {name} | {runs} | {} | {} | {} |",
        ms(times[0]),
        ms(times[runs / 2]),
        ms(times[runs - 1])
    );
}

/// The workspace root (this crate is `crates/bench` in it).
pub(crate) fn workspace() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::canonicalize(&root).unwrap_or(root)
}

/// The `nango` binary next to this one (same profile), built by `cargo build -p nango-cli`.
fn nango_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let path = exe.with_file_name(format!("nango{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "{} not found: build it first with `cargo build --release -p nango-cli`",
        path.display()
    );
    path
}

/// A folder of `scripts` scripts: per integration, a shared paginate helper and mapper, and
/// syncs (4 in 5) and actions (1 in 5) that use them.
pub(crate) fn generate_folder(root: &Path, scripts: usize) {
    let write = |path: PathBuf, text: String| {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    let mut yaml = String::from("integrations:\n");
    let mut models = String::from("models:\n");
    for i in 0..INTEGRATIONS {
        let integration = format!("provider-{i}");
        let model = format!("Record{i}");
        yaml.push_str(&format!("  {integration}:\n"));
        let mut syncs = String::new();
        let mut actions = String::new();
        for s in (0..scripts).filter(|s| s % INTEGRATIONS == i) {
            let name = format!("script-{s}");
            if s % 5 == 4 {
                actions.push_str(&format!("      {name}:\n        input: {model}Input\n        output: {model}\n        endpoint: POST /{integration}/{name}\n"));
                write(
                    root.join(format!("{integration}/actions/{name}.ts")),
                    action_script(&model),
                );
            } else {
                // Each sync saves its own model (Nango requires it), sharing the fields of the base.
                let sync_model = format!("{model}S{s}");
                models.push_str(&format!("  {sync_model}:\n    __extends: {model}\n"));
                syncs.push_str(&format!("      {name}:\n        runs: every hour\n        sync_type: incremental\n        output: {sync_model}\n        endpoint: GET /{integration}/{name}\n"));
                write(
                    root.join(format!("{integration}/syncs/{name}.ts")),
                    sync_script(&sync_model, s),
                );
            }
        }
        if !syncs.is_empty() {
            yaml.push_str("    syncs:\n");
            yaml.push_str(&syncs);
        }
        if !actions.is_empty() {
            yaml.push_str("    actions:\n");
            yaml.push_str(&actions);
        }
        models.push_str(&format!(
            "  {model}:\n    id: string\n    name: string\n    email: string | null\n    tags: string[]\n    created_at: date\n    owner:\n      id: string\n      login?: string\n  {model}Input:\n    name: string\n"
        ));
        write(
            root.join(format!("{integration}/helpers/paginate.ts")),
            "import type { NangoSync } from '../../models';\n\nexport interface ApiItem { id: number; name: string; email?: string; tags: string[]; created: string; owner: { id: number; login?: string } }\n\nexport async function* pages(nango: NangoSync, endpoint: string): AsyncGenerator<ApiItem[]> {\n    for await (const page of nango.paginate<ApiItem>({ endpoint, paginate: { type: 'cursor', cursor_path_in_response: 'next', cursor_name_in_request: 'cursor', response_path: 'items', limit: 100 }, retries: 5 })) {\n        yield page;\n    }\n}\n".to_string(),
        );
        write(
            root.join(format!("{integration}/mappers/to-record.ts")),
            format!(
                "import type {{ {model} }} from '../../models';\nimport type {{ ApiItem }} from '../helpers/paginate.js';\n\nexport function toRecord(item: ApiItem): {model} {{\n    return {{\n        id: String(item.id),\n        name: item.name.trim(),\n        email: item.email ?? null,\n        tags: [...item.tags].sort(),\n        created_at: new Date(item.created),\n        owner: {{ id: String(item.owner.id), ...(item.owner.login ? {{ login: item.owner.login }} : {{}}) }}\n    }};\n}}\n"
            ),
        );
    }
    yaml.push('\n');
    yaml.push_str(&models);
    write(root.join("nango.yaml"), yaml);
}

fn sync_script(model: &str, n: usize) -> String {
    format!(
        "import type {{ NangoSync, {model} }} from '../../models';\nimport {{ pages }} from '../helpers/paginate.js';\nimport {{ toRecord }} from '../mappers/to-record.js';\n\nexport default async function fetchData(nango: NangoSync): Promise<void> {{\n    const since = nango.lastSyncDate?.toISOString();\n    let count = 0;\n    for await (const page of pages(nango, since ? `/items/{n}?since=${{since}}` : '/items/{n}')) {{\n        const records: {model}[] = page.filter((item) => item.name.length > 0).map(toRecord);\n        await nango.batchSave(records, '{model}');\n        count += records.length;\n    }}\n    await nango.log(`saved ${{count}} records`, {{ level: 'info' }});\n}}\n"
    )
}

fn action_script(model: &str) -> String {
    format!(
        "import type {{ NangoAction, {model}, {model}Input }} from '../../models';\nimport {{ toRecord }} from '../mappers/to-record.js';\nimport type {{ ApiItem }} from '../helpers/paginate.js';\n\nexport default async function runAction(nango: NangoAction, input: {model}Input): Promise<{model}> {{\n    if (!input.name) {{\n        throw new nango.ActionError({{ message: 'name is required' }});\n    }}\n    const response = await nango.post<ApiItem>({{ endpoint: '/items', data: {{ name: input.name }}, retries: 3 }});\n    return toRecord(response.data);\n}}\n"
    )
}
