//! The `nango` binary: parses arguments, runs one command, maps its outcome to an exit code.

mod cli;
mod commands;
mod printer;
mod settings;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::printer::Printer;
use crate::settings::Settings;

/// How a command ended. The codes follow the newest Nango CLI: 10 for errors in the user's
/// project (nango.yaml or scripts), 12 for a script that failed in `dryrun`, 1 for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Done.
    Success,
    /// The project has errors (config, compile, type check).
    ProjectErrors,
    /// The script ran and failed (`dryrun`).
    ScriptFailed,
    /// Usage error, not a project folder, I/O failure.
    Failure,
    /// `test`: this many tests failed.
    TestFailures(usize),
    /// `deploy`: the server refused, or the deploy was not confirmed.
    DeployFailed,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::ProjectErrors => ExitCode::from(10),
            ExitStatus::ScriptFailed => ExitCode::from(12),
            ExitStatus::Failure => ExitCode::from(1),
            ExitStatus::DeployFailed => ExitCode::from(11),
            // An exit code is a byte: 256 failures must not read as success.
            ExitStatus::TestFailures(count) => ExitCode::from(count.min(100) as u8),
        }
    }
}

fn main() -> ExitCode {
    // The settings step: the folder's .env joins the environment before clap reads the
    // variables of the arguments, and the others are read once, here.
    let dotenv = settings::load_dotenv();
    let cli = Cli::parse();
    let settings = Settings::from_env();
    let printer = Printer::new(settings.color);
    if let Err(e) = dotenv {
        printer.err(&format!("warning: .env ignored: {e}"));
    }
    let status = match cli.command {
        Command::Init(args) => commands::init::run(&args, printer),
        Command::Generate => commands::generate::run(printer),
        Command::Compile(args) => commands::compile::run(&args, cli.debug, &settings, printer),
        Command::Dev(args) => commands::dev::run(&args, &settings, printer),
        Command::Dryrun(args) => commands::dryrun::run(&args, &settings, printer),
        Command::Test(args) => commands::test::run(&args, &settings, printer),
        Command::Deploy(args) => commands::deploy::run(&args, &settings, printer),
        Command::MigrateToZeroYaml => commands::migrate::run(printer),
        Command::Env(args) => commands::deploy::env(&args, &settings, printer),
        Command::Webhook(args) => commands::deploy::webhook(&args, &settings, printer),
        Command::Integration(args) => commands::integration::run(&args, &settings, printer),
        Command::Logs(args) => commands::deploy::logs(&args, &settings, printer),
        Command::Quickstart(args) => commands::quickstart::run(&args, printer),
        Command::Server(args) => commands::server::run(&args, printer),
        Command::Environment(args) => commands::server::environment(&args, printer),
        Command::Version => {
            printer.out(&format!("nango {} (nango-rs)", env!("CARGO_PKG_VERSION")));
            ExitStatus::Success
        }
    };
    status.into()
}
