//! `nango generate`.

use nango_project::generate;

use crate::ExitStatus;
use crate::commands::open_project;
use crate::printer::Printer;

pub fn run(printer: Printer) -> ExitStatus {
    let (project, config) = match open_project(printer) {
        Ok(opened) => opened,
        Err(status) => return status,
    };
    match generate(&project, &config) {
        Ok(report) => {
            for path in &report.scaffolded {
                printer.out(&format!("created {} (scaffold)", project.display(path)));
            }
            let updated: Vec<String> = report.updated.iter().map(|p| project.display(p)).collect();
            if updated.is_empty() {
                printer.out(&format!(
                    "{} generated files are up to date",
                    printer.check()
                ));
            } else {
                printer.out(&format!(
                    "{} generated {}",
                    printer.check(),
                    updated.join(", ")
                ));
            }
            ExitStatus::Success
        }
        Err(e) => {
            printer.err(&format!("error: cannot write generated files: {e}"));
            ExitStatus::Failure
        }
    }
}
