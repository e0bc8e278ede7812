//! Limits on a source's shape, checked before it is parsed. oxc's parser slows down faster
//! than the input grows on two shapes the fuzz targets found, and its visitors recurse on the
//! thread's stack:
//! - brackets nested thousands deep (2,000 levels of `[` mixed with `<`: 1.8 s and 900 MB;
//!   2,800: past 20 GB);
//! - in TypeScript, long chains of `name<` without their `>` in one statement, each of which
//!   the parser tries as type arguments before it backs off (64 of them in an 800-byte line:
//!   4 s and 680 MB; every 8 more, about ten times that). JavaScript has no type arguments,
//!   so minified package code (`a<b` everywhere) is not checked.
//!
//! The two add up: 267 levels with 34 such `<` took 5 s and 720 MB, with 16 of them 0.17 s,
//! with 8 of them 0.02 s; hence limits well below where either alone runs away. Across the
//! 12,724 TypeScript files of NangoHQ/integration-templates the deepest nesting is 23 levels
//! and the longest chain 3.

use nango_diagnostics::{Diagnostic, SourceFile};

/// The deepest nesting of `(`, `[` and `{` a source may have.
pub const MAX_NESTING: usize = 256;

/// The most `name<` (a `<` right after a name, as type arguments are written) a TypeScript
/// statement may open without their `>`.
pub const MAX_OPEN_TYPE_ARGUMENTS: usize = 12;

/// Which limit a source passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// [`MAX_NESTING`].
    Nesting,
    /// [`MAX_OPEN_TYPE_ARGUMENTS`].
    TypeArguments,
}

/// Where a source passes a limit (the byte offset of the character past it), and which.
/// Brackets and `<` in strings and comments count too: a source would need hundreds of
/// unclosed ones there to be refused.
pub fn too_deep_at(text: &str, typescript: bool) -> Option<(usize, Limit)> {
    let mut depth = 0usize;
    let mut open_angles = 0usize;
    let mut previous = b' ';
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((offset, Limit::Nesting));
                }
            }
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' => {
                depth = depth.saturating_sub(1);
                open_angles = 0;
            }
            b';' => open_angles = 0,
            b'>' => open_angles = open_angles.saturating_sub(1),
            b'<' if typescript && (previous.is_ascii_alphanumeric() || previous == b'_') => {
                open_angles += 1;
                if open_angles > MAX_OPEN_TYPE_ARGUMENTS {
                    return Some((offset, Limit::TypeArguments));
                }
            }
            _ => {}
        }
        previous = byte;
    }
    None
}

/// The diagnostic of a source past a limit, at the character past it.
pub fn too_deep(file: &SourceFile, typescript: bool) -> Option<Diagnostic> {
    too_deep_at(&file.text, typescript).map(|(offset, limit)| {
        let (message, help) = match limit {
            Limit::Nesting => (
                format!("brackets are nested more than {MAX_NESTING} levels deep here"),
                "split the expression (a deeply nested literal can be built in steps)",
            ),
            Limit::TypeArguments => (
                format!(
                    "more than {MAX_OPEN_TYPE_ARGUMENTS} `<` after a name without their `>` in one statement"
                ),
                "write comparisons with spaces (`a < b`), or split the statement",
            ),
        };
        Diagnostic::error("nesting_too_deep", message)
            .at(file, offset, 1)
            .with_help(help)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_past_the_limit_is_found_at_its_first_bracket() {
        let ok = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert_eq!(too_deep_at(&ok, true), None);
        // Closed brackets do not add up.
        assert_eq!(too_deep_at(&ok.repeat(3), true), None);
        let deep = format!("x = {}", "([".repeat(MAX_NESTING));
        assert_eq!(
            too_deep_at(&deep, false),
            Some((4 + MAX_NESTING, Limit::Nesting))
        );
        let file = SourceFile::new("a.ts", deep);
        let diagnostic = too_deep(&file, true).unwrap();
        assert_eq!(diagnostic.code, "nesting_too_deep");
    }

    #[test]
    fn long_chains_of_type_argument_lookalikes_are_refused_in_typescript_only() {
        let chain = format!("x = [{}];", "Foo<Bar, ".repeat(MAX_OPEN_TYPE_ARGUMENTS + 1));
        assert_eq!(
            too_deep_at(&chain, true).map(|(_, limit)| limit),
            Some(Limit::TypeArguments)
        );
        // JavaScript (minified packages write `a<b` everywhere) is not checked.
        assert_eq!(too_deep_at(&chain, false), None);
        // Closed type arguments, comparisons with spaces, and statements apart are fine.
        let generics = "const m: Map<string, Array<number>> = new Map<string, Array<number>>();\n";
        assert_eq!(too_deep_at(&generics.repeat(100), true), None);
        let comparisons = format!("x = [{}];", "a < b, ".repeat(200));
        assert_eq!(too_deep_at(&comparisons, true), None);
        let loops = "for (let i = 0; i<n; i++) { t<u; }\n".repeat(100);
        assert_eq!(too_deep_at(&loops, true), None);
    }

    /// The `zero_yaml` fuzz target's finds: 2,810 levels of brackets (parsed, it did not end
    /// before 20 GB), 64 `name<` in one line (4 s, 680 MB; the whole input 20 s, 2.7 GB), and
    /// 267 levels with 34 of them (5 s, 720 MB).
    #[test]
    fn the_fuzzed_inputs_that_ran_away_are_refused_at_once() {
        let started = std::time::Instant::now();
        for input in [
            include_str!("../testdata/fuzz-zero_yaml-deep-nesting.ts"),
            include_str!("../testdata/fuzz-zero_yaml-type-argument-chain.ts"),
            include_str!("../testdata/fuzz-zero_yaml-slow-mix.ts"),
        ] {
            let file = SourceFile::new("github/syncs/issues.ts", input);
            let located = crate::definition::locate_definition(&file);
            assert!(located.default_export.is_none());
            assert_eq!(
                crate::lint::syntax_errors(&file)[0].code,
                "nesting_too_deep"
            );
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
