//! `nango dryrun <script> <connection-id>`.

use std::sync::Arc;

use nango_project::dryrun::{
    DryrunError, DryrunEvent, DryrunOptions, DryrunReport, ProxyMode, Saved, ServerSettings,
    dryrun, summary,
};
use nango_runtime::{LogLevel, RecordOp, RunError};
use serde_json::{Value, json};

use crate::ExitStatus;
use crate::cli::{DryrunArgs, ProxyArg};
use crate::commands::{async_runtime, open_project};
use crate::printer::Printer;
use crate::settings::Settings;

pub fn run(args: &DryrunArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let (project, config) = match open_project(printer) {
        Ok(opened) => opened,
        Err(status) => return status,
    };
    let secret_key = match settings.secret_key(&args.environment) {
        Ok(key) => key.to_string(),
        Err(key_var) => {
            printer.err(&format!("error: {key_var} is not set: add it to the folder's .env or to the environment (the secret key of the `{}` environment)", args.environment));
            return ExitStatus::Failure;
        }
    };
    let parse = |flag: &str, value: &Option<String>| -> Result<Option<Value>, String> {
        let Some(value) = value else { return Ok(None) };
        let text = match value.strip_prefix('@') {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| format!("--{flag} {value}: cannot read {path}: {e}"))?,
            None => value.clone(),
        };
        // A plain string that is not JSON is taken as a JSON string, as the help of the real CLI promises.
        Ok(Some(
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        ))
    };
    let (input, metadata, checkpoint) = match (
        parse("input", &args.input),
        parse("metadata", &args.metadata),
        parse("checkpoint", &args.checkpoint),
    ) {
        (Ok(input), Ok(metadata), Ok(checkpoint)) => (input, metadata, checkpoint),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    let flat = |object: &serde_json::Map<String, Value>| {
        object
            .values()
            .all(|v| v.is_string() || v.is_number() || v.is_boolean())
    };
    if checkpoint
        .as_ref()
        .is_some_and(|c| !c.as_object().is_some_and(flat))
    {
        printer.err("error: --checkpoint must be a JSON object whose values are strings, numbers or booleans");
        return ExitStatus::Failure;
    }
    if metadata.as_ref().is_some_and(|m| !m.is_object()) {
        printer.err("error: --metadata must be a JSON object");
        return ExitStatus::Failure;
    }
    let options = DryrunOptions {
        script: args.name.clone(),
        connection_id: args.connection_id.clone(),
        integration: args.integration_id.clone(),
        input,
        metadata,
        checkpoint,
        last_sync_date: args.last_sync_date.clone(),
        proxy: match args.proxy {
            ProxyArg::Auto => ProxyMode::Auto,
            ProxyArg::Local => ProxyMode::Local,
            ProxyArg::Server => ProxyMode::Server,
        },
        validation: args.validation,
        save_responses: args.save_responses,
        providers_file: settings.providers_file.clone(),
        mocks_directory: settings.mocks_directory.clone(),
    };
    let server = ServerSettings {
        host: settings.hostport.clone(),
        secret_key,
    };
    let progress = Progress::new(!args.json);
    let on_event: Arc<dyn Fn(DryrunEvent) + Send + Sync> =
        Arc::new(move |event| progress.show(&event));
    let runtime = match async_runtime(printer, 2) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    let result = runtime.block_on(dryrun(&project, &config, &options, &server, on_event));
    let report = match result {
        Ok(report) => report,
        Err(DryrunError::Compile(diagnostics)) => {
            printer.diagnostics(&diagnostics);
            printer.err(&format!(
                "{} the script does not compile: {}",
                printer.cross(),
                Printer::summary(&diagnostics)
            ));
            return ExitStatus::ProjectErrors;
        }
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    if args.json {
        printer.out(&serde_json::to_string_pretty(&envelope(&report)).unwrap_or_default());
    } else {
        print_human(&report, printer);
    }
    match &report.saved {
        Some(Saved::Mocks { dir, files }) => printer.err(&format!(
            "recorded {files} file{} under {}{}",
            if *files == 1 { "" } else { "s" },
            project.display(dir),
            if report.error.is_some() {
                " (the script failed: its output and records were not recorded)"
            } else {
                ""
            }
        )),
        Some(Saved::Fixture {
            file,
            responses,
            written: true,
        }) => printer.err(&format!(
            "recorded {responses} response{} in {}",
            if *responses == 1 { "" } else { "s" },
            project.display(file),
        )),
        Some(Saved::Fixture { file, .. }) => printer.err(&format!(
            "{} was not written: the script failed",
            project.display(file)
        )),
        None => {}
    }
    for mismatch in &report.mismatches {
        let severity = if args.validation { "error" } else { "warning" };
        printer.err(&format!("{severity}: {mismatch}"));
    }
    if report.error.is_some() || (args.validation && !report.mismatches.is_empty()) {
        ExitStatus::ScriptFailed
    } else {
        ExitStatus::Success
    }
}

/// Progress on stderr: log lines, requests and records as they happen.
struct Progress {
    enabled: bool,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Self { enabled }
    }

    fn show(&self, event: &DryrunEvent) {
        if !self.enabled {
            return;
        }
        let line = match event {
            DryrunEvent::Log(level, message) => format!("[{}] {message}", level_name(*level)),
            DryrunEvent::Request(r) => {
                let status = r
                    .status
                    .map_or_else(|| "failed".to_string(), |s| s.to_string());
                format!(
                    "http {status} {} {} ({} ms)",
                    r.method, r.endpoint, r.millis
                )
            }
            DryrunEvent::Records { op, model, count } => {
                let verb = match op {
                    RecordOp::Save => "batchSave",
                    RecordOp::Update => "batchUpdate",
                    RecordOp::Delete => "batchDelete",
                };
                format!(
                    "{verb}: {count} {model} record{}",
                    if *count == 1 { "" } else { "s" }
                )
            }
        };
        eprintln!("{line}");
    }
}

fn level_name(level: LogLevel) -> &'static str {
    match level {
        LogLevel::Debug => "debug",
        LogLevel::Info => "info",
        LogLevel::Warn => "warn",
        LogLevel::Error => "error",
    }
}

fn print_human(report: &DryrunReport, printer: Printer) {
    let requests = report.requests.len();
    printer.err(&format!(
        "ran {} `{}` of `{}` in {} ms ({requests} request{}, proxy: {})",
        match report.kind {
            nango_runtime::ScriptKind::Sync => "sync",
            nango_runtime::ScriptKind::Action => "action",
            nango_runtime::ScriptKind::OnEvent => "on-event script",
        },
        report.script,
        report.integration,
        report.elapsed.as_millis(),
        if requests == 1 { "" } else { "s" },
        if report.proxy == ProxyMode::Local {
            "local"
        } else {
            "server"
        }
    ));
    if let Some(error) = &report.error {
        printer.err(&format!(
            "{} the script failed: {}",
            printer.cross(),
            describe(error)
        ));
        if let RunError::Script { stack, .. } = error {
            for frame in stack.iter().filter(|f| f.trim_start().starts_with("at ")) {
                printer.err(frame);
            }
        }
        return;
    }
    match report.kind {
        nango_runtime::ScriptKind::Sync => {
            let records: serde_json::Map<String, Value> = report
                .records
                .iter()
                .map(|(model, r)| {
                    (
                        model.clone(),
                        json!({ "saved": r.saved, "updated": r.updated, "deleted": r.deleted }),
                    )
                })
                .collect();
            printer.out(&serde_json::to_string_pretty(&records).unwrap_or_default());
            printer.err(&format!(
                "{} the dry run would produce: {}",
                printer.check(),
                serde_json::to_string(&summary(report)).unwrap_or_default()
            ));
        }
        _ => {
            let output = report.output.clone().unwrap_or(Value::Null);
            printer.out(&serde_json::to_string_pretty(&output).unwrap_or_default());
        }
    }
}

fn describe(error: &RunError) -> String {
    match error {
        RunError::Action { payload } => format!("ActionError {payload}"),
        RunError::Http { status, data } => format!("HTTP {status} from the provider: {data}"),
        other => other.to_string(),
    }
}

/// The `--json` document.
fn envelope(report: &DryrunReport) -> Value {
    let error = report.error.as_ref().map(|error| match error {
        RunError::Script {
            name,
            message,
            stack,
        } => json!({ "type": "script_error", "name": name, "message": message, "stack": stack }),
        RunError::Action { payload } => json!({ "type": "action_error", "payload": payload }),
        RunError::Http { status, data } => {
            json!({ "type": "http_error", "status": status, "data": data })
        }
        RunError::Limit { message, .. } => json!({ "type": "limit", "message": message }),
        RunError::InvalidScript(message) => json!({ "type": "invalid_script", "message": message }),
        RunError::Internal(message) => json!({ "type": "internal_error", "message": message }),
    });
    let counts = summary(report);
    let records: serde_json::Map<String, Value> = report
        .records
        .iter()
        .map(|(model, r)| {
            (model.clone(), json!({ "counts": counts.get(model), "saved": r.saved, "updated": r.updated, "deleted": r.deleted }))
        })
        .collect();
    json!({
        "script": report.script,
        "integration": report.integration,
        "kind": report.kind,
        "proxy": report.proxy,
        "output": report.output,
        "records": records,
        "logs": report.logs.iter().map(|(level, message)| json!({ "level": level_name(*level), "message": message })).collect::<Vec<_>>(),
        "requests": report.requests,
        "error": error,
        "mismatches": report.mismatches,
        "elapsed_ms": report.elapsed.as_millis() as u64,
        "saved": report.saved.as_ref().map(|saved| match saved {
            Saved::Mocks { dir, files } => json!({ "dir": dir, "files": files }),
            Saved::Fixture { file, responses, written } => json!({ "file": file, "responses": responses, "written": written }),
        }),
    })
}
