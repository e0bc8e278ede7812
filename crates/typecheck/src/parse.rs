//! Reading tsc's `--pretty false` output: `path(line,col): error TS2322: message`, possibly followed
//! by indented lines that continue the message (elaborations such as "Type 'x' is not assignable…"),
//! and `error TS6053: message` for problems that belong to no file.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use nango_diagnostics::{Diagnostic, Severity, SourceFile};

/// One diagnostic as tsc printed it, before it is tied to a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawDiagnostic {
    /// The file as printed (relative to tsc's working folder, or absolute), with its 1-based line
    /// and column. tsc counts columns in UTF-16 code units.
    pub location: Option<(String, usize, usize)>,
    pub severity: Severity,
    /// `TS2322`.
    pub code: String,
    /// The message, with continuation lines joined by `\n` and their indentation kept.
    pub message: String,
}

/// Every diagnostic in tsc's output; lines that are neither a diagnostic nor a continuation of
/// one (such as a "Found 2 errors" summary) are skipped.
pub(crate) fn parse_output(output: &str) -> Vec<RawDiagnostic> {
    let mut diagnostics: Vec<RawDiagnostic> = Vec::new();
    let mut continues = false;
    for line in output.lines() {
        let line = line.trim_end_matches('\r');
        if let Some(diagnostic) = parse_header(line) {
            diagnostics.push(diagnostic);
            continues = true;
        } else if continues && line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            if let Some(last) = diagnostics.last_mut() {
                last.message.push('\n');
                last.message.push_str(line);
            }
        } else {
            continues = false;
        }
    }
    diagnostics
}

fn parse_header(line: &str) -> Option<RawDiagnostic> {
    if let Some((severity, code, message)) = parse_tail(line) {
        return Some(RawDiagnostic {
            location: None,
            severity,
            code,
            message,
        });
    }
    // `path(line,col): error TS…`: the path may itself contain parentheses, so look for the first
    // `(digits,digits): ` that is followed by a well-formed tail.
    for (open, _) in line.match_indices('(') {
        let Some(close) = line[open..].find("): ").map(|i| open + i) else {
            break;
        };
        let Some((row, col)) = line[open + 1..close].split_once(',') else {
            continue;
        };
        let (Ok(row), Ok(col)) = (row.parse::<usize>(), col.parse::<usize>()) else {
            continue;
        };
        if open == 0 {
            continue;
        }
        if let Some((severity, code, message)) = parse_tail(&line[close + 3..]) {
            return Some(RawDiagnostic {
                location: Some((line[..open].to_owned(), row, col)),
                severity,
                code,
                message,
            });
        }
    }
    None
}

/// `error TS2322: message` → severity, `TS2322`, message.
fn parse_tail(text: &str) -> Option<(Severity, String, String)> {
    let (severity, rest) = if let Some(rest) = text.strip_prefix("error ") {
        (Severity::Error, rest)
    } else {
        (Severity::Warning, text.strip_prefix("warning ")?)
    };
    let digits = rest.strip_prefix("TS")?;
    let end = digits.find(|c: char| !c.is_ascii_digit())?;
    let message = digits[end..].strip_prefix(": ")?;
    if end == 0 {
        return None;
    }
    Some((
        severity,
        format!("TS{}", &digits[..end]),
        message.to_owned(),
    ))
}

/// Ties raw diagnostics to their source files, read from disk once each. `cwd` is the folder tsc
/// ran in (the canonical project root): files under it get their path relative to it, with forward
/// slashes, as display name; files elsewhere (such as `node_modules` outside it) keep their absolute
/// path.
pub(crate) fn to_diagnostics(raw: Vec<RawDiagnostic>, cwd: &Path) -> Vec<Diagnostic> {
    let mut files: HashMap<PathBuf, Option<SourceFile>> = HashMap::new();
    raw.into_iter()
        .map(|raw| {
            let base = match raw.severity {
                Severity::Error => Diagnostic::error(raw.code, raw.message),
                Severity::Warning => Diagnostic::warning(raw.code, raw.message),
            };
            let Some((printed, line, utf16_col)) = raw.location else {
                return base;
            };
            let path = resolve(cwd, &printed);
            let file = files
                .entry(path.clone())
                .or_insert_with(|| {
                    let text = std::fs::read_to_string(&path).ok()?;
                    Some(SourceFile::new(display_name(cwd, &path), text))
                })
                .clone();
            match file {
                Some(file) => {
                    let (col, len) = column_and_length(&file, line, utf16_col);
                    base.at_line_col(&file, line, col, len)
                }
                // The file vanished after tsc read it: keep the position in the message.
                None => {
                    let message = format!(
                        "{}({line},{utf16_col}): {}",
                        display_name(cwd, &path),
                        base.message
                    );
                    Diagnostic { message, ..base }
                }
            }
        })
        .collect()
}

/// The column in characters of a tsc column in UTF-16 code units, and the length of the identifier
/// (or other token character) there, at least 1.
fn column_and_length(file: &SourceFile, line: usize, utf16_col: usize) -> (usize, usize) {
    let text = file
        .text
        .split('\n')
        .nth(line.saturating_sub(1))
        .unwrap_or("");
    let target = utf16_col.saturating_sub(1);
    let mut units = 0;
    let mut position = (text.chars().count() + 1, text.len());
    for (index, (byte, c)) in text.char_indices().enumerate() {
        if units >= target {
            position = (index + 1, byte);
            break;
        }
        units += c.len_utf16();
    }
    let (col, byte) = position;
    let is_identifier = |c: &char| c.is_alphanumeric() || *c == '_' || *c == '$';
    let len = text[byte..]
        .chars()
        .take_while(is_identifier)
        .count()
        .max(1);
    (col, len)
}

/// An absolute, normalised path for a path tsc printed relative to `cwd`, following symlinks when
/// the file exists so it compares equal to the canonical project root.
fn resolve(cwd: &Path, printed: &str) -> PathBuf {
    let mut path = PathBuf::new();
    for component in cwd.join(printed).components() {
        match component {
            Component::ParentDir => {
                path.pop();
            }
            Component::CurDir => {}
            other => path.push(other),
        }
    }
    std::fs::canonicalize(&path).map_or(path, |real| crate::simplified(&real))
}

fn display_name(cwd: &Path, path: &Path) -> String {
    match path.strip_prefix(cwd) {
        Ok(relative) => relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        Err(_) => path.to_string_lossy().into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(location: Option<(&str, usize, usize)>, code: &str, message: &str) -> RawDiagnostic {
        RawDiagnostic {
            location: location.map(|(f, l, c)| (f.to_owned(), l, c)),
            severity: Severity::Error,
            code: code.into(),
            message: message.into(),
        }
    }

    #[test]
    fn parses_several_lines_with_continuations() {
        let output = "\
github/syncs/b.ts(1,14): error TS2322: Type '(x: number) => void' is not assignable to type '(x: string) => void'.
  Types of parameters 'x' and 'x' are incompatible.
    Type 'string' is not assignable to type 'number'.
github/syncs/b.ts(3,14): error TS2322: Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'.
models.ts(9,10): error TS7030: Not all code paths return a value.
";
        assert_eq!(
            parse_output(output),
            vec![
                raw(
                    Some(("github/syncs/b.ts", 1, 14)),
                    "TS2322",
                    "Type '(x: number) => void' is not assignable to type '(x: string) => void'.\n  \
                     Types of parameters 'x' and 'x' are incompatible.\n    \
                     Type 'string' is not assignable to type 'number'."
                ),
                raw(
                    Some(("github/syncs/b.ts", 3, 14)),
                    "TS2322",
                    "Type 'string | undefined' is not assignable to type 'string'.\n  \
                     Type 'undefined' is not assignable to type 'string'."
                ),
                raw(
                    Some(("models.ts", 9, 10)),
                    "TS7030",
                    "Not all code paths return a value."
                ),
            ]
        );
    }

    #[test]
    fn parses_errors_without_a_file() {
        let output = "error TS6053: File '/p/missing.ts' not found.\r\n  The file is in the program because:\r\n    Part of 'files' list in tsconfig.json\r\n";
        assert_eq!(
            parse_output(output),
            vec![raw(
                None,
                "TS6053",
                "File '/p/missing.ts' not found.\n  The file is in the program because:\n    Part of 'files' list in tsconfig.json"
            )]
        );
    }

    #[test]
    fn paths_may_contain_parentheses_and_noise_is_skipped() {
        let output = "\
Version 7.0.2
a (copy)/x(2).ts(4,5): error TS2304: Cannot find name 'foo'.

  an indented line after a blank line is not a continuation
Found 1 error.
src/y.ts(1,1): warning TS9999: odd (1,2): error TS1: not a header
";
        let parsed = parse_output(output);
        assert_eq!(parsed.len(), 2);
        assert_eq!(
            parsed[0],
            raw(
                Some(("a (copy)/x(2).ts", 4, 5)),
                "TS2304",
                "Cannot find name 'foo'."
            )
        );
        assert_eq!(parsed[1].location, Some(("src/y.ts".into(), 1, 1)));
        assert_eq!(parsed[1].severity, Severity::Warning);
        assert_eq!(parsed[1].message, "odd (1,2): error TS1: not a header");
    }

    #[test]
    fn rejects_malformed_headers() {
        for line in [
            "x.ts(1,a): error TS1: m",
            "x.ts(1,2): error TS: m",
            "x.ts(1,2): note TS1: m",
            "(1,2): error TS1: m",
            "error TS12 m",
        ] {
            assert_eq!(parse_output(line), vec![], "{line}");
        }
    }

    #[test]
    fn diagnostics_point_at_the_identifier() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("github/syncs")).unwrap();
        let text = "export const e = '😀😀'; export const name: string = 5;\n";
        std::fs::write(root.join("github/syncs/a.ts"), text).unwrap();
        // tsc counts the two emoji as four UTF-16 code units.
        let raw = parse_output(
            "github/syncs/a.ts(1,39): error TS2322: Type 'number' is not assignable to type 'string'.",
        );
        let diagnostics = to_diagnostics(raw, &root);
        assert_eq!(diagnostics.len(), 1);
        let d = &diagnostics[0];
        assert_eq!(d.code, "TS2322");
        assert!(d.is_error());
        assert_eq!(d.line_col(), Some((1, 37)));
        let location = d.location.as_ref().unwrap();
        assert_eq!(location.file.name, "github/syncs/a.ts");
        let (offset, len) = location.span.unwrap();
        assert_eq!(&text[offset..offset + len], "name");
        assert_eq!(
            d.to_string(),
            "github/syncs/a.ts:1:37: error[TS2322]: Type 'number' is not assignable to type 'string'."
        );
    }

    #[test]
    fn files_outside_the_root_keep_their_absolute_path() {
        let dir = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(dir.path()).unwrap();
        let root = base.join("project");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(base.join("shared.ts"), "{ x }").unwrap();
        let raw = parse_output(
            "../shared.ts(1,1): error TS1005: ';' expected.\nerror TS5023: Unknown compiler option 'x'.",
        );
        let diagnostics = to_diagnostics(raw, &root);
        let location = diagnostics[0].location.as_ref().unwrap();
        assert_eq!(location.file.name, base.join("shared.ts").to_string_lossy());
        // Not an identifier: the span is one character.
        assert_eq!(location.span, Some((0, 1)));
        assert!(diagnostics[1].location.is_none());
        assert_eq!(diagnostics[1].code, "TS5023");
    }

    #[test]
    fn a_vanished_file_keeps_its_position_in_the_message() {
        let dir = tempfile::tempdir().unwrap();
        let raw = parse_output("gone.ts(3,7): error TS2322: bad");
        let diagnostics = to_diagnostics(raw, dir.path());
        assert!(diagnostics[0].location.is_none());
        assert_eq!(diagnostics[0].message, "gone.ts(3,7): bad");
    }

    #[test]
    fn columns_past_the_line_are_clamped() {
        let file = SourceFile::new("a.ts", "ab\ncd");
        assert_eq!(column_and_length(&file, 1, 1), (1, 2));
        assert_eq!(column_and_length(&file, 1, 9), (3, 1));
        assert_eq!(column_and_length(&file, 7, 2), (1, 1));
    }
}
