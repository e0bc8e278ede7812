//! Everything the CLI prints goes through here: results on stdout, diagnostics and notices on
//! stderr, colours only on a terminal (and never with `NO_COLOR`).

use std::io::{IsTerminal, Write};

use nango_diagnostics::{Diagnostic, RenderOptions, Severity, render};

/// Where output goes.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    color: bool,
    /// Wrap width for messages: the usual width on a terminal, none when piped (logs and tests
    /// should see each message on one line).
    width: usize,
}

impl Printer {
    /// A printer for this process's terminal; colours only when `color` allows them (`NO_COLOR`
    /// is not set) and stderr is a terminal.
    pub fn new(color: bool) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let color = terminal && color;
        Self {
            color,
            width: if terminal { 120 } else { 100_000 },
        }
    }

    /// A result line on stdout. A closed pipe is not an error worth reporting.
    pub fn out(&self, line: &str) {
        let _ = writeln!(std::io::stdout().lock(), "{line}");
    }

    /// A notice on stderr.
    pub fn err(&self, line: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    /// Diagnostics on stderr, with source snippets.
    pub fn diagnostics(&self, diagnostics: &[Diagnostic]) {
        let options = RenderOptions {
            color: self.color,
            width: self.width,
        };
        let mut stderr = std::io::stderr().lock();
        for d in diagnostics {
            let _ = writeln!(stderr, "{}", render(d, options));
        }
    }

    /// `3 errors, 1 warning`.
    pub fn summary(diagnostics: &[Diagnostic]) -> String {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = diagnostics.len() - errors;
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        match (errors, warnings) {
            (e, 0) => plural(e, "error"),
            (0, w) => plural(w, "warning"),
            (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
        }
    }

    /// `✓`, or a plain marker without a terminal.
    pub fn check(&self) -> &'static str {
        "✓"
    }

    /// `✗`.
    pub fn cross(&self) -> &'static str {
        "✗"
    }
}
