//! `nango test [<script>…]`.

use std::time::{Instant, UNIX_EPOCH};

use nango_project::testing::{Outcome, TestOptions, TestReport, TestResult, run_tests};
use nango_runtime::{LogLevel, ScriptKind};

use crate::ExitStatus;
use crate::cli::TestArgs;
use crate::commands::{async_runtime, open_project};
use crate::printer::Printer;
use crate::settings::Settings;

/// Differences shown per expectation file; the rest are counted.
const SHOWN_DIFFERENCES: usize = 10;
/// Log lines of a failed script shown (its last ones).
const SHOWN_LOGS: usize = 10;

pub fn run(args: &TestArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let now = match args.now.as_deref().map(parse_time).transpose() {
        Ok(now) => now,
        Err(e) => {
            printer.err(&format!(
                "error: --now {}: {e}",
                args.now.as_deref().unwrap_or_default()
            ));
            return ExitStatus::Failure;
        }
    };
    let (project, config) = match open_project(printer) {
        Ok(opened) => opened,
        Err(status) => return status,
    };
    let options = TestOptions {
        scripts: args.scripts.clone(),
        integration: args.integration.clone(),
        now,
        validation: args.validation,
        providers_file: settings.providers_file.clone(),
        mocks_directory: settings.mocks_directory.clone(),
    };
    let runtime = match async_runtime(printer, 1) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    let started = Instant::now();
    let report = match runtime.block_on(run_tests(&project, &config, &options)) {
        Ok(report) => report,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    for result in &report.results {
        print_result(result, printer);
    }
    print_summary(&report, started.elapsed().as_millis(), printer);
    ExitStatus::TestFailures(report.failures())
}

/// Milliseconds since the epoch of an RFC 3339 time (a date alone is midnight UTC).
fn parse_time(text: &str) -> Result<i64, String> {
    let full = if text.len() == 10 {
        format!("{text}T00:00:00Z")
    } else {
        text.to_string()
    };
    let time = humantime::parse_rfc3339_weak(&full)
        .map_err(|e| format!("not an RFC 3339 time ({e}); write e.g. 2025-06-10T01:00:00Z"))?;
    let millis = match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_millis() as i64,
        Err(before) => -(before.duration().as_millis() as i64),
    };
    Ok(millis)
}

fn print_result(result: &TestResult, printer: Printer) {
    let kind = match result.kind {
        ScriptKind::Sync => "sync",
        ScriptKind::Action => "action",
        ScriptKind::OnEvent => "on-event",
    };
    let name = format!("{}/{}", result.integration, result.script);
    let millis = result.elapsed.as_millis();
    let requests = plural(result.requests, "request");
    match &result.outcome {
        Outcome::Passed => {
            let detail = match result.kind {
                ScriptKind::Sync => format!("{}, {requests}", plural(result.records, "record")),
                _ => requests,
            };
            printer.out(&format!(
                "{} {name} ({kind}): {detail} ({millis} ms)",
                printer.check()
            ));
        }
        Outcome::Mismatch(mismatches) => {
            printer.out(&format!(
                "{} {name} ({kind}): differs from the recordings ({millis} ms)",
                printer.cross()
            ));
            for mismatch in mismatches {
                printer.out(&format!("    {}:", mismatch.file));
                if let Some(note) = &mismatch.note {
                    printer.out(&format!("      {note}"));
                }
                for difference in mismatch.differences.iter().take(SHOWN_DIFFERENCES) {
                    printer.out(&format!("      {difference}"));
                }
                let more = mismatch.differences.len().saturating_sub(SHOWN_DIFFERENCES);
                if more > 0 {
                    printer.out(&format!("      … and {}", plural(more, "more difference")));
                }
            }
            print_logs(result, printer);
        }
        Outcome::Error(message) => {
            printer.out(&format!("{} {name} ({kind}): {millis} ms", printer.cross()));
            for line in message.lines() {
                printer.out(&format!("    {line}"));
            }
            print_logs(result, printer);
        }
    }
}

fn print_logs(result: &TestResult, printer: Printer) {
    if result.logs.is_empty() {
        return;
    }
    let skipped = result.logs.len().saturating_sub(SHOWN_LOGS);
    printer.out(&format!(
        "    logs{}:",
        if skipped > 0 {
            format!(" (last {SHOWN_LOGS} of {})", result.logs.len())
        } else {
            String::new()
        }
    ));
    for (level, message) in &result.logs[skipped..] {
        let level = match level {
            LogLevel::Debug => "debug",
            LogLevel::Info => "info",
            LogLevel::Warn => "warn",
            LogLevel::Error => "error",
        };
        let first = message.lines().next().unwrap_or_default();
        printer.out(&format!("      [{level}] {first}"));
    }
}

fn print_summary(report: &TestReport, millis: u128, printer: Printer) {
    let failed = report.failures();
    let passed = report.results.len() - failed;
    let mut line = format!("{passed} passed, {failed} failed");
    if !report.without_recordings.is_empty() {
        line.push_str(&format!(
            ", {} without recordings",
            plural(report.without_recordings.len(), "script")
        ));
    }
    if report.results.is_empty() {
        printer.out(&format!(
            "no recorded tests found ({line}): record some with `nango dryrun <script> <connection-id> --save-responses`"
        ));
        return;
    }
    printer.out(&format!("{line} ({millis} ms)"));
}

fn plural(count: usize, word: &str) -> String {
    format!("{count} {word}{}", if count == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_to_epoch_milliseconds() {
        assert_eq!(parse_time("2025-06-10T01:00:00Z"), Ok(1_749_517_200_000));
        assert_eq!(
            parse_time("2025-05-27T15:49:10.826Z"),
            Ok(1_748_360_950_826)
        );
        assert_eq!(parse_time("1970-01-02"), Ok(86_400_000));
        assert!(parse_time("yesterday").is_err());
    }
}
