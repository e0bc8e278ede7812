//! `nango dev`.

use nango_project::dev::{DevEvent, watch};

use crate::ExitStatus;
use crate::cli::DevArgs;
use crate::commands::compile::print_typecheck;
use crate::commands::find_project;
use crate::printer::Printer;
use crate::settings::Settings;

pub fn run(args: &DevArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let project = match find_project(printer) {
        Ok(project) => project,
        Err(status) => return status,
    };
    let mode = crate::commands::typecheck_mode(&args.typecheck, settings);
    let mut said_unavailable = false;
    let result = watch(&project, mode, &mut |event| match event {
        DevEvent::Watching(root) => printer.out(&format!(
            "watching {} for changes (Ctrl-C to stop)",
            root.display()
        )),
        DevEvent::ConfigReloaded => printer.out("nango.yaml changed: regenerated models.ts"),
        DevEvent::Diagnostics(diagnostics) => {
            printer.diagnostics(&diagnostics);
            if diagnostics.iter().any(|d| d.is_error()) {
                printer.out(&format!(
                    "{} {}",
                    printer.cross(),
                    Printer::summary(&diagnostics)
                ));
            }
        }
        DevEvent::Compiled { scripts, elapsed } => printer.out(&format!(
            "{} compiled {scripts} script{} in {} ms",
            printer.check(),
            if scripts == 1 { "" } else { "s" },
            elapsed.as_millis()
        )),
        DevEvent::Typechecked(report, errors) => {
            if let nango_project::TypecheckReport::Unavailable(_) = report {
                if !said_unavailable {
                    print_typecheck(&report, printer);
                    said_unavailable = true;
                }
            } else if errors == 0 {
                print_typecheck(&report, printer);
            }
        }
        DevEvent::Failed(message) => printer.err(&format!("error: {message}")),
    });
    match result {
        Ok(()) => ExitStatus::Success,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            ExitStatus::Failure
        }
    }
}
