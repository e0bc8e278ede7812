//! One module per command. Each takes its arguments and a printer and returns an exit status.

pub mod compile;
pub mod deploy;
pub mod dev;
pub mod dryrun;
pub mod generate;
pub mod init;
pub mod integration;
pub mod migrate;
pub mod quickstart;
pub mod server;
pub mod test;

use nango_config::Config;
use nango_project::{Project, TypecheckMode, load_config};

use crate::ExitStatus;
use crate::cli::TypecheckArgs;
use crate::printer::Printer;
use crate::settings::Settings;

/// An async runtime for a command: one thread, or a pool of `threads`.
pub fn async_runtime(
    printer: Printer,
    threads: usize,
) -> Result<tokio::runtime::Runtime, ExitStatus> {
    let mut builder = if threads <= 1 {
        tokio::runtime::Builder::new_current_thread()
    } else {
        let mut builder = tokio::runtime::Builder::new_multi_thread();
        builder.worker_threads(threads);
        builder
    };
    builder.enable_all().build().map_err(|e| {
        printer.err(&format!("error: cannot start the async runtime: {e}"));
        ExitStatus::Failure
    })
}

/// `--no-typecheck` as a mode; otherwise the compiler is searched for as the settings say.
pub fn typecheck_mode(args: &TypecheckArgs, settings: &Settings) -> TypecheckMode {
    if args.no_typecheck {
        TypecheckMode::Off
    } else {
        TypecheckMode::Auto(settings.typecheck.clone())
    }
}

/// Finds the project from the current folder (its `.env` was loaded by the settings step).
pub fn find_project(printer: Printer) -> Result<Project, ExitStatus> {
    let cwd = std::env::current_dir().map_err(|e| {
        printer.err(&format!("error: cannot read the current folder: {e}"));
        ExitStatus::Failure
    })?;
    Project::find(&cwd).map_err(|e| {
        printer.err(&format!("error: {e}"));
        ExitStatus::Failure
    })
}

/// The project of the current folder and its valid config (diagnostics printed).
pub fn open_project(printer: Printer) -> Result<(Project, Config), ExitStatus> {
    let project = find_project(printer)?;
    let config = load_valid_config(&project, printer)?;
    Ok((project, config))
}

/// Loads and validates nango.yaml, printing its diagnostics.
pub fn load_valid_config(project: &Project, printer: Printer) -> Result<Config, ExitStatus> {
    let loaded = load_config(project);
    printer.diagnostics(&loaded.diagnostics);
    match loaded.config {
        Some(config) => Ok(config),
        None => {
            let what = if project.is_zero_yaml() {
                "the scripts' definitions are invalid"
            } else {
                "nango.yaml is invalid"
            };
            printer.err(&format!(
                "{} {what}: {}",
                printer.cross(),
                Printer::summary(&loaded.diagnostics)
            ));
            Err(ExitStatus::ProjectErrors)
        }
    }
}
