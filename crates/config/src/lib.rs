//! nango.yaml: parsing (both the v1 and v2 layouts), validation with file/line/column, the model type
//! system, and generation of the files derived from it (`models.ts`, `.nango/*`, script scaffolds).
//!
//! This crate reads no files: it is handed the text of `nango.yaml` and returns a typed [`Config`]
//! plus diagnostics, so the CLI, the dev watcher and the server all validate the same way.
#![deny(missing_docs)]

pub mod interval;
mod model;
mod parse;
pub mod types;
pub mod yaml;

pub use model::*;
pub use parse::{Loaded, load};
pub mod codegen;
