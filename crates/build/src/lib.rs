//! TypeScript → JavaScript for Nango scripts: transpiling with oxc, bundling each script with the
//! relative files and packages it imports into one self-contained CommonJS module, source maps,
//! and the lints Nango applies to scripts.
#![deny(missing_docs)]

pub mod bundle;
pub mod definition;
pub mod lint;
pub mod migrate;
pub mod nesting;
pub mod resolve;
pub mod transform;

pub use bundle::{Bundle, Bundler, relative_path};
