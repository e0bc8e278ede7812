//! `nango init [path]`.

use nango_project::{InitError, init, init_zero_yaml};

use crate::ExitStatus;
use crate::cli::InitArgs;
use crate::printer::Printer;

pub fn run(args: &InitArgs, printer: Printer) -> ExitStatus {
    let made = if args.zero_yaml {
        init_zero_yaml(&args.path)
    } else {
        init(&args.path)
    };
    match made {
        Ok(report) => {
            printer.out(&format!(
                "{} Nango integrations folder created in {}",
                printer.check(),
                report.root.display()
            ));
            for file in &report.created {
                printer.out(&format!("  {file}"));
            }
            if args.zero_yaml {
                printer.out("Next: cd into it, run `npm install` (the scripts' zod models are read with it), set NANGO_SECRET_KEY_DEV in .env, then run `nango compile`.");
            } else {
                printer.out("Next: cd into it, set NANGO_SECRET_KEY_DEV in .env, then run `nango dev` and edit the example sync.");
            }
            ExitStatus::Success
        }
        Err(e @ InitError::AlreadyInitialized(_)) => {
            printer.err(&format!("error: {e}"));
            printer.err("  hint: run `nango generate` there to refresh its generated files, or pass another path");
            ExitStatus::Failure
        }
        Err(e) => {
            printer.err(&format!("error: {e}"));
            ExitStatus::Failure
        }
    }
}
