//! `nango compile`.

use nango_build::Bundler;
use nango_project::{CompileOptions, TypecheckReport, compile};

use crate::ExitStatus;
use crate::cli::CompileArgs;
use crate::commands::{open_project, typecheck_mode};
use crate::printer::Printer;
use crate::settings::Settings;

pub fn run(args: &CompileArgs, debug: bool, settings: &Settings, printer: Printer) -> ExitStatus {
    let (project, config) = match open_project(printer) {
        Ok(opened) => opened,
        Err(status) => return status,
    };
    for name in &args.scripts {
        if !config.scripts().iter().any(|s| s.name == name) {
            printer.err(&format!("error: no script named `{name}` in nango.yaml"));
            return ExitStatus::Failure;
        }
    }
    let options = CompileOptions {
        typecheck: typecheck_mode(&args.typecheck, settings),
        only: args.scripts.clone(),
    };
    let bundler = Bundler::new(project.root());
    let report = match compile(&project, &config, &bundler, &options, &|notice| {
        printer.err(notice)
    }) {
        Ok(report) => report,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    printer.diagnostics(&report.diagnostics);
    if debug {
        for script in &report.compiled {
            printer.err(&format!(
                "{} -> {} ({} project file{})",
                project.display(&script.source),
                project.display(&script.dist),
                script.files.len(),
                if script.files.len() == 1 { "" } else { "s" }
            ));
        }
    }
    print_typecheck(&report.typecheck, printer);
    if report.has_errors() {
        printer.err(&format!(
            "{} compilation failed: {}",
            printer.cross(),
            Printer::summary(&report.diagnostics)
        ));
        return ExitStatus::ProjectErrors;
    }
    printer.out(&format!(
        "{} compiled {} script{} in {} ms",
        printer.check(),
        report.compiled.len(),
        if report.compiled.len() == 1 { "" } else { "s" },
        report.build_time.as_millis()
    ));
    ExitStatus::Success
}

pub fn print_typecheck(report: &TypecheckReport, printer: Printer) {
    match report {
        TypecheckReport::Checked { compiler, elapsed } => {
            printer.err(&format!(
                "type-checked with {compiler} in {} ms",
                elapsed.as_millis()
            ));
        }
        TypecheckReport::Unavailable(reason) => {
            printer.err(&format!("warning: type check skipped: {reason}"))
        }
        TypecheckReport::Skipped => {}
    }
}
