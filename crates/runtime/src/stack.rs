//! Stack traces mapped back to the TypeScript sources through the bundle's source map.

use oxc_sourcemap::SourceMap;

/// Rewrites frames `at f (bundle.js:L:C)` to `at f (github/syncs/x.ts:L:C)` when the source map
/// knows the position; other frames are kept. Frames inside the SDK are dropped: they are ours.
pub fn remap(stack: &[String], bundle_name: &str, source_map: Option<&str>) -> Vec<String> {
    let map = source_map.and_then(|m| SourceMap::from_json_string(m).ok());
    let table = map.as_ref().map(SourceMap::generate_lookup_table);
    stack
        .iter()
        .filter(|frame| !frame.contains("nango-sdk.js"))
        .map(|frame| {
            let (Some(map), Some(table)) = (&map, &table) else {
                return frame.clone();
            };
            let lookup = |line: u32, column: u32| {
                let token = map.lookup_source_view_token(table, line, column)?;
                Some((
                    token.get_source()?.trim_start_matches("../").to_string(),
                    token.get_src_line(),
                    token.get_src_col(),
                ))
            };
            remap_frame(frame, bundle_name, &lookup).unwrap_or_else(|| frame.clone())
        })
        .collect()
}

/// `lookup(line, column)` (0-based, in the bundle) gives the source, line and column (0-based).
fn remap_frame(
    frame: &str,
    bundle_name: &str,
    lookup: &dyn Fn(u32, u32) -> Option<(String, u32, u32)>,
) -> Option<String> {
    let marker = format!("{bundle_name}:");
    let start = frame.find(&marker)?;
    let rest = &frame[start + marker.len()..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let mut numbers = rest[..end].split(':').filter_map(|n| n.parse::<u32>().ok());
    let line = numbers.next()?;
    let column = numbers.next().unwrap_or(1);
    let (source, src_line, src_col) = lookup(line.checked_sub(1)?, column.saturating_sub(1))?;
    Some(format!(
        "{}{source}:{}:{}{}",
        &frame[..start],
        src_line + 1,
        src_col + 1,
        &rest[end..]
    ))
}
