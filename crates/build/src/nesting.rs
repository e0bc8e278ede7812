//! A limit on how deeply a source nests brackets, checked before it is parsed. oxc's parser
//! slows down faster than the depth grows on some deeply nested, ambiguous inputs (found by
//! the `zero_yaml` fuzz target: 2,000 levels of `[` mixed with `<`, as TypeScript reads type
//! arguments, took 1.8 s and 900 MB; 2,800 levels did not end before 20 GB), and its visitors
//! recurse on the thread's stack. No real script comes near the limit.

use nango_diagnostics::{Diagnostic, SourceFile};

/// The deepest nesting of `(`, `[` and `{` a source may have.
pub const MAX_NESTING: usize = 500;

/// The byte offset of the first bracket past [`MAX_NESTING`] levels, if any. Brackets in strings
/// and comments count too: a source would need hundreds of unclosed ones there to be refused.
pub fn too_deep_at(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(offset);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The diagnostic of a source nested too deeply, at the bracket past the limit.
pub fn too_deep(file: &SourceFile) -> Option<Diagnostic> {
    too_deep_at(&file.text).map(|offset| {
        Diagnostic::error(
            "nesting_too_deep",
            format!("brackets are nested more than {MAX_NESTING} levels deep here"),
        )
        .at(file, offset, 1)
        .with_help("split the expression (a deeply nested literal can be built in steps)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_past_the_limit_is_found_at_its_first_bracket() {
        let ok = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert_eq!(too_deep_at(&ok), None);
        // Closed brackets do not add up.
        assert_eq!(too_deep_at(&ok.repeat(3)), None);
        let deep = format!("x = {}", "([".repeat(MAX_NESTING));
        assert_eq!(too_deep_at(&deep), Some(4 + MAX_NESTING));
        let file = SourceFile::new("a.ts", deep);
        let diagnostic = too_deep(&file).unwrap();
        assert_eq!(diagnostic.code, "nesting_too_deep");
    }

    /// The `zero_yaml` fuzz target's find (2,810 levels): parsed, it did not end before 20 GB.
    #[test]
    fn the_fuzzed_input_that_ran_away_is_refused_at_once() {
        let input = include_str!("../testdata/fuzz-zero_yaml-deep-nesting.ts");
        let file = SourceFile::new("github/syncs/issues.ts", input);
        let started = std::time::Instant::now();
        assert!(
            crate::definition::locate_definition(&file)
                .default_export
                .is_none()
        );
        assert!(crate::lint::syntax_errors(&file)[0].code == "nesting_too_deep");
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
