//! `nango migrate-to-zero-yaml`.

use nango_project::migrate::{MigrateError, migrate_to_zero_yaml};

use crate::ExitStatus;
use crate::commands::find_project;
use crate::printer::Printer;

pub fn run(printer: Printer) -> ExitStatus {
    let project = match find_project(printer) {
        Ok(project) => project,
        Err(status) => return status,
    };
    match migrate_to_zero_yaml(&project) {
        Ok(report) => {
            for path in &report.written {
                printer.out(&format!("wrote {path}"));
            }
            for note in &report.notes {
                printer.err(&format!("note: {note}"));
            }
            for (path, why) in &report.skipped {
                printer.err(&format!("warning: left {path} as it is: {why}"));
            }
            printer.out(&format!(
                "{} migrated to zero-yaml: nango.yaml removed, index.ts imports every script",
                printer.check()
            ));
            printer.out(
                "next: `npm install` (the definitions are read with the folder's zod), then `nango compile` and `nango test`",
            );
            ExitStatus::Success
        }
        Err(MigrateError::Invalid(diagnostics)) => {
            printer.diagnostics(&diagnostics);
            printer.err(&format!(
                "{} nothing was changed: {}",
                printer.cross(),
                Printer::summary(&diagnostics)
            ));
            ExitStatus::ProjectErrors
        }
        Err(e) => {
            printer.err(&format!("error: {e}"));
            ExitStatus::Failure
        }
    }
}
