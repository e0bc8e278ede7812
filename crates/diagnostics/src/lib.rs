//! Diagnostics shared by every nango-rs crate: a diagnostic is *data* (severity, stable code, message,
//! location, help) and rendering is a separate step, so the CLI, `nango dev` and tests can all show the
//! same facts in the form they need.
//!
//! Locations are kept as a byte span into the source text the diagnostic carries, so a renderer can
//! print the offending line with a caret; [`Diagnostic::line_col`] gives the 1-based line and column.
#![deny(missing_docs)]

use std::fmt;
use std::sync::Arc;

mod render;

pub use render::{RenderOptions, render, render_all};

/// How bad a diagnostic is. Errors fail the command; warnings are printed and the command goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something the user should look at, that does not stop the command.
    Warning,
    /// The command cannot produce a correct result.
    Error,
}

/// A source file a diagnostic points into: its display name (relative to the project root where
/// possible) and its full text, shared between all diagnostics of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path shown to the user, e.g. `nango.yaml` or `github/syncs/issues.ts`.
    pub name: String,
    /// Full text of the file.
    pub text: Arc<str>,
}

impl SourceFile {
    /// A source file from its display name and text.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Byte offset of a 1-based line and a 1-based column counted in characters.
    /// Positions past the end of a line or of the file are clamped.
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let mut offset = 0;
        for (index, text_line) in self.text.split_inclusive('\n').enumerate() {
            if index + 1 == line {
                let content = text_line.trim_end_matches(['\n', '\r']);
                let in_line = content
                    .char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(content.len(), |(byte, _)| byte);
                return offset + in_line;
            }
            offset += text_line.len();
        }
        self.text.len()
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where a diagnostic points: a file and, when known, a byte range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file.
    pub file: SourceFile,
    /// Byte offset and length of the offending text; `None` points at the whole file.
    pub span: Option<(usize, usize)>,
}

/// One problem found in the user's project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable, machine-readable code, e.g. `model_missing_id` or `TS2322`.
    pub code: String,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where it is, when it is in a file.
    pub location: Option<Location>,
    /// Short text shown under the caret, e.g. the config path `integrations > github > syncs > issues`.
    pub label: Option<String>,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A new error with a code and a message and no location yet.
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A new warning with a code and a message and no location yet.
    pub fn warning(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity,
            code: code.into(),
            message: message.into(),
            location: None,
            label: None,
            help: None,
        }
    }

    /// Points the diagnostic at a byte range of a file.
    #[must_use]
    pub fn at(mut self, file: &SourceFile, offset: usize, len: usize) -> Self {
        self.location = Some(Location {
            file: file.clone(),
            span: Some((offset, len)),
        });
        self
    }

    /// Points the diagnostic at a 1-based line and column of a file, `len` characters long.
    #[must_use]
    pub fn at_line_col(self, file: &SourceFile, line: usize, col: usize, len: usize) -> Self {
        let start = file.offset_of(line, col);
        let end = file.text[start..]
            .char_indices()
            .take_while(|(_, c)| *c != '\n')
            .nth(len)
            .map_or_else(|| line_end(&file.text, start), |(byte, _)| start + byte);
        self.at(file, start, end - start)
    }

    /// Points the diagnostic at a whole file.
    #[must_use]
    pub fn in_file(mut self, file: &SourceFile) -> Self {
        self.location = Some(Location {
            file: file.clone(),
            span: None,
        });
        self
    }

    /// Sets the text shown under the caret.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Sets what the user should do.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// 1-based line and column of the start of the span, when the diagnostic has one.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let location = self.location.as_ref()?;
        let (offset, _) = location.span?;
        Some(location.file.line_col(offset))
    }

    /// `file:line:col`, `file`, or nothing, for one-line summaries.
    pub fn position(&self) -> Option<String> {
        let location = self.location.as_ref()?;
        Some(match self.line_col() {
            Some((line, col)) => format!("{}:{line}:{col}", location.file.name),
            None => location.file.name.clone(),
        })
    }
}

fn line_end(text: &str, from: usize) -> usize {
    text[from..].find('\n').map_or(text.len(), |i| from + i)
}

/// One line per diagnostic: `file:line:col: error[code]: message`. Used in logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position() {
            write!(f, "{position}: ")?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}[{}]: {}", self.code, self.message)
    }
}

/// Counts errors in a list of diagnostics.
pub fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_round_trip() {
        let file = SourceFile::new("a.yaml", "a: 1\nbé: two\n");
        let offset = file.offset_of(2, 5);
        assert_eq!(&file.text[offset..], "two\n");
        assert_eq!(file.line_col(offset), (2, 5));
        let d = Diagnostic::error("x", "bad").at_line_col(&file, 2, 5, 3);
        assert_eq!(d.location.unwrap().span, Some((offset, 3)));
    }

    #[test]
    fn display_is_one_line_with_position() {
        let file = SourceFile::new("nango.yaml", "integrations:\n  x: 1\n");
        let d = Diagnostic::warning("w", "careful").at_line_col(&file, 2, 3, 1);
        assert_eq!(d.to_string(), "nango.yaml:2:3: warning[w]: careful");
    }

    #[test]
    fn spans_are_clamped_to_the_line() {
        let file = SourceFile::new("f", "ab\ncd");
        let d = Diagnostic::error("x", "m").at_line_col(&file, 1, 2, 10);
        assert_eq!(d.location.unwrap().span, Some((1, 1)));
    }
}
