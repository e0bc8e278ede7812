//! Why a providers file could not be loaded.

use std::fmt;
use std::path::PathBuf;

/// A providers file that cannot be read, is not YAML of the expected shape, or describes a
/// provider that makes no sense. Messages start with `file:line:column` where the position is
/// known, so editors and terminals can jump to it.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The file could not be read.
    #[error("cannot read the providers file {}: {source}", path.display())]
    Io {
        /// The path as given.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// The text is not YAML, or a value has the wrong type (`auth_mode: [..]`).
    #[error("{}: {message}", Position { file, line: *line, column: *column })]
    Yaml {
        /// The file name given to [`crate::Catalog::from_yaml`] or the loaded path.
        file: String,
        /// 1-based line; 0 when unknown.
        line: u64,
        /// 1-based column; 0 when unknown.
        column: u64,
        /// What is wrong, without the position.
        message: String,
    },
    /// A well-formed entry that cannot be used: an alias of an unknown provider, no `auth_mode`, a
    /// `proxy` without `base_url`, …
    #[error("{}: provider `{provider}` {message}", Position { file, line: *line, column: *column })]
    Invalid {
        /// The file the entry is in.
        file: String,
        /// The provider's name.
        provider: String,
        /// 1-based line of the provider's key; 0 when unknown.
        line: u64,
        /// 1-based column of the provider's key; 0 when unknown.
        column: u64,
        /// What is wrong, to follow the provider's name in a sentence.
        message: String,
    },
}

/// `file:line:column`, or just `file` when the position is unknown.
struct Position<'a> {
    file: &'a str,
    line: u64,
    column: u64,
}

impl fmt::Display for Position<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => f.write_str(self.file),
            (line, 0) => write!(f, "{}:{line}", self.file),
            (line, column) => write!(f, "{}:{line}:{column}", self.file),
        }
    }
}
