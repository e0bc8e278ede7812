//! Human rendering of diagnostics through miette's graphical report: the message, the file with
//! `name:line:col`, the offending line with a caret under the span, the label and the help.

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode, SourceSpan,
};

use crate::{Diagnostic, Severity};

/// How to render diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Use ANSI colours (only when the output is a terminal).
    pub color: bool,
    /// Maximum line width before messages wrap.
    pub width: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            color: false,
            width: 120,
        }
    }
}

/// Renders one diagnostic to a string ending with a newline.
pub fn render(diagnostic: &Diagnostic, options: RenderOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_context_lines(1)
        .with_links(false)
        .with_urls(false);
    let report = Report::new(diagnostic);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering only fails on a formatter error; fall back to the one-line form.
        out = format!("{diagnostic}\n");
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Renders several diagnostics, separated by blank lines.
pub fn render_all(diagnostics: &[Diagnostic], options: RenderOptions) -> String {
    diagnostics
        .iter()
        .map(|d| render(d, options))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Adapter from our data type to miette's protocol.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<NamedSource<String>>,
}

impl<'a> Report<'a> {
    fn new(diagnostic: &'a Diagnostic) -> Self {
        let source = diagnostic.location.as_ref().and_then(|location| {
            location.span.map(|_| {
                NamedSource::new(location.file.name.clone(), location.file.text.to_string())
            })
        });
        Self { diagnostic, source }
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        // Without a span miette shows no file name, so put the file in the message itself.
        match &d.location {
            Some(location) if location.span.is_none() => {
                write!(f, "{}: {}", location.file.name, d.message)
            }
            _ => f.write_str(&d.message),
        }
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.diagnostic.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diagnostic
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let location = self.diagnostic.location.as_ref()?;
        let (offset, len) = location.span?;
        let span = SourceSpan::new(offset.into(), len);
        let label = LabeledSpan::new_primary_with_span(self.diagnostic.label.clone(), span);
        Some(Box::new(std::iter::once(label)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SourceFile;

    #[test]
    fn renders_file_line_col_caret_and_help() {
        let file = SourceFile::new(
            "nango.yaml",
            "integrations:\n  x:\n    runs: every blue moon\n",
        );
        let d = Diagnostic::error("invalid_runs", "`every blue moon` is not a sync frequency")
            .at_line_col(&file, 3, 11, 15)
            .with_label("integrations > x > syncs > y")
            .with_help("use a form like `every 30min`");
        let out = render(&d, RenderOptions::default());
        assert!(out.contains("nango.yaml:3:11"), "{out}");
        assert!(out.contains("runs: every blue moon"), "{out}");
        assert!(out.contains("integrations > x > syncs > y"), "{out}");
        assert!(out.contains("help: use a form like"), "{out}");
        assert!(out.contains("invalid_runs"), "{out}");
    }

    #[test]
    fn file_without_span_names_the_file() {
        let file = SourceFile::new("github/syncs/a.ts", "");
        let d = Diagnostic::error("missing_script", "script file not found").in_file(&file);
        assert!(
            render(&d, RenderOptions::default())
                .contains("github/syncs/a.ts: script file not found")
        );
    }
}
