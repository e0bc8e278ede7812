//! The integrations folder (`nango-integrations/`): finding it, and the workflows that read and
//! write its files: `init`, `generate`, `compile` and the `dev` watcher.
//!
//! Parsing and compiling live in `nango-config` and `nango-build`; this crate decides which files
//! they get and where their results go. It never prints: commands return reports and diagnostics,
//! and the CLI renders them.
#![deny(missing_docs)]

mod compile;
pub mod deploy;
pub mod dev;
pub mod dryrun;
mod generate;
mod init;
mod layout;
pub mod migrate;
pub mod testing;
pub mod zero_yaml;

pub use compile::{
    CompileOptions, CompileReport, CompiledScript, TypecheckMode, TypecheckReport, build_scripts,
    compile,
};
pub use generate::{GenerateReport, generate, write_generated};
pub use init::{InitError, InitReport, init, init_zero_yaml};
pub use layout::{Project, ProjectError, load_config};
pub use nango_typecheck::Discovery;

/// Version written in generated file headers.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
