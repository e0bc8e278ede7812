//! Command-line arguments: declarations only (no behaviour here).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Build, test and deploy Nango integrations: a fast, single-binary Nango CLI.
#[derive(Debug, Parser)]
#[command(
    name = "nango",
    version,
    disable_version_flag = true,
    propagate_version = true
)]
pub struct Cli {
    /// Print the version.
    #[arg(short = 'v', long = "version", action = clap::ArgAction::Version, global = true)]
    version: Option<bool>,

    /// Print more about what happens (e.g. each bundle `compile` writes).
    #[arg(long, global = true)]
    pub debug: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an integrations folder with an example GitHub sync.
    Init(InitArgs),
    /// Write models.ts and .nango/* from nango.yaml, and scaffolds for scripts without a file.
    Generate,
    /// Type-check and bundle every script into dist/.
    Compile(CompileArgs),
    /// Watch the folder and recompile what changes.
    Dev(DevArgs),
    /// Print the version.
    Version,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create.
    #[arg(default_value = "./nango-integrations")]
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct TypecheckArgs {
    /// Skip the TypeScript type check (syntax, imports and lints are still checked).
    #[arg(long)]
    pub no_typecheck: bool,
}

#[derive(Debug, Args)]
pub struct CompileArgs {
    /// Compile only these scripts (by name).
    #[arg(long = "script", short = 's', value_name = "NAME")]
    pub scripts: Vec<String>,

    #[command(flatten)]
    pub typecheck: TypecheckArgs,
}

#[derive(Debug, Args)]
pub struct DevArgs {
    #[command(flatten)]
    pub typecheck: TypecheckArgs,

    /// Accepted for compatibility with the Nango CLI; models.ts is always regenerated.
    #[arg(long, hide = true)]
    pub no_compile_interfaces: bool,
}
