//! A YAML tree that remembers where every node came from.
//!
//! We build our own tree from saphyr's event parser instead of deserialising straight into structs:
//! validation needs the position of *every* node (not just of the first serde error), mapping keys
//! must keep their order and their duplicates (a duplicated sync name is an error to report, not a
//! value to overwrite), and we want to report all problems of a file in one run.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// Start and end of a node, as character indexes into the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CharSpan {
    /// First character of the node.
    pub start: usize,
    /// One past the last character of the node.
    pub end: usize,
}

impl From<Span> for CharSpan {
    fn from(span: Span) -> Self {
        Self {
            start: span.start.index(),
            end: span.end.index().max(span.start.index()),
        }
    }
}

/// A YAML node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the node is in the source.
    pub span: CharSpan,
    /// What it holds.
    pub kind: NodeKind,
}

/// The content of a YAML node.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// A scalar: its text and how it was written (plain scalars may be numbers, booleans or null).
    Scalar {
        /// The text of the scalar, after YAML unescaping.
        value: String,
        /// Whether it was quoted, a block, or plain.
        style: ScalarStyle,
    },
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in source order, duplicates kept.
    Map(Vec<(Node, Node)>),
}

/// A YAML syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What the parser said.
    pub message: String,
    /// Character index where it happened.
    pub index: usize,
}

impl Node {
    /// The text of a scalar that is not null.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Scalar { value, .. } if !self.is_null() => Some(value),
            _ => None,
        }
    }

    /// Whether the scalar was written without quotes.
    pub fn is_plain(&self) -> bool {
        matches!(
            &self.kind,
            NodeKind::Scalar {
                style: ScalarStyle::Plain,
                ..
            }
        )
    }

    /// YAML null: an empty plain scalar, `~` or `null`.
    pub fn is_null(&self) -> bool {
        match &self.kind {
            NodeKind::Scalar {
                value,
                style: ScalarStyle::Plain,
            } => {
                matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL")
            }
            _ => false,
        }
    }

    /// A plain `true`/`false` scalar.
    pub fn as_bool(&self) -> Option<bool> {
        if !self.is_plain() {
            return None;
        }
        match self.as_str()? {
            "true" | "True" | "TRUE" => Some(true),
            "false" | "False" | "FALSE" => Some(false),
            _ => None,
        }
    }

    /// A plain scalar that YAML's core schema reads as a number.
    pub fn as_number(&self) -> Option<f64> {
        if !self.is_plain() {
            return None;
        }
        let text = self.as_str()?;
        let looks_numeric = text
            .trim_start_matches(['-', '+'])
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '.');
        if looks_numeric {
            text.parse().ok()
        } else {
            None
        }
    }

    /// The entries of a mapping.
    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.kind {
            NodeKind::Map(entries) => Some(entries),
            _ => None,
        }
    }

    /// The items of a sequence.
    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.kind {
            NodeKind::Seq(items) => Some(items),
            _ => None,
        }
    }

    /// The value of the first entry with this key in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// A short name of the node's type, for messages ("a list", "a mapping", "text").
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            NodeKind::Seq(_) => "a list",
            NodeKind::Map(_) => "a mapping",
            NodeKind::Scalar { .. } if self.is_null() => "empty",
            NodeKind::Scalar { .. } if self.as_bool().is_some() => "a boolean",
            NodeKind::Scalar { .. } if self.as_number().is_some() => "a number",
            NodeKind::Scalar { .. } => "text",
        }
    }
}

/// Parses the first document of a YAML text. An empty text gives `None`.
pub fn parse(text: &str) -> Result<Option<Node>, SyntaxError> {
    match parse_strict(text) {
        Err(error) if text.contains('\t') => parse_strict(&tolerate_tabs(text)).map_err(|_| error),
        result => result,
    }
}

fn parse_strict(text: &str) -> Result<Option<Node>, SyntaxError> {
    let mut builder = Builder::default();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| SyntaxError {
            message: e.info().to_string(),
            index: e.marker().index(),
        })?;
        if builder.push(event, span) {
            break;
        }
    }
    Ok(builder.root)
}

/// Nango's YAML parser (js-yaml) accepts a tab inside a plain scalar after a space, such as
/// `string |\tnull`, which strict YAML 1.2 parsers reject; real integration files contain it.
/// When the strict parse fails, tabs that are not indentation are replaced by spaces (so character
/// positions do not move) and the text is parsed again.
fn tolerate_tabs(text: &str) -> String {
    let fixed: Vec<String> = text
        .split('\n')
        .map(|line| {
            let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
            let (head, rest) = line.split_at(indent);
            format!("{head}{}", rest.replace('\t', " "))
        })
        .collect();
    fixed.join("\n")
}

#[derive(Default)]
struct Builder {
    stack: Vec<Partial>,
    anchors: HashMap<usize, Node>,
    root: Option<Node>,
}

enum Partial {
    Seq {
        span: CharSpan,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        span: CharSpan,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
    },
}

impl Builder {
    /// Feeds one event; returns true once the first document is complete.
    fn push(&mut self, event: Event<'_>, span: Span) -> bool {
        match event {
            Event::Scalar(value, style, anchor, _tag) => {
                let node = Node {
                    span: span.into(),
                    kind: NodeKind::Scalar {
                        value: value.into_owned(),
                        style,
                    },
                };
                self.remember(anchor, &node);
                self.add(node);
            }
            Event::Alias(anchor) => {
                let mut node = self.anchors.get(&anchor).cloned().unwrap_or(Node {
                    span: span.into(),
                    kind: NodeKind::Scalar {
                        value: String::new(),
                        style: ScalarStyle::Plain,
                    },
                });
                node.span = span.into();
                self.add(node);
            }
            Event::SequenceStart(anchor, _) => {
                self.stack.push(Partial::Seq {
                    span: span.into(),
                    anchor,
                    items: Vec::new(),
                });
            }
            Event::MappingStart(anchor, _) => {
                self.stack.push(Partial::Map {
                    span: span.into(),
                    anchor,
                    entries: Vec::new(),
                    key: None,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let end = CharSpan::from(span).end;
                let (node, anchor) = match self.stack.pop() {
                    Some(Partial::Seq {
                        span,
                        anchor,
                        items,
                    }) => (
                        Node {
                            span: CharSpan {
                                start: span.start,
                                end,
                            },
                            kind: NodeKind::Seq(items),
                        },
                        anchor,
                    ),
                    Some(Partial::Map {
                        span,
                        anchor,
                        entries,
                        ..
                    }) => (
                        Node {
                            span: CharSpan {
                                start: span.start,
                                end,
                            },
                            kind: NodeKind::Map(entries),
                        },
                        anchor,
                    ),
                    None => return false,
                };
                self.remember(anchor, &node);
                self.add(node);
            }
            Event::DocumentEnd => return self.root.is_some(),
            Event::StreamEnd => return true,
            _ => {}
        }
        false
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    fn add(&mut self, node: Node) {
        match self.stack.last_mut() {
            Some(Partial::Seq { items, .. }) => items.push(node),
            Some(Partial::Map { entries, key, .. }) => match key.take() {
                Some(k) => entries.push((k, node)),
                None => *key = Some(node),
            },
            None => self.root = Some(node),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_duplicates_and_positions() {
        let root = parse("a: 1\nb:\n  - x\n  - y\na: 2\n").unwrap().unwrap();
        let entries = root.as_map().unwrap();
        let keys: Vec<_> = entries.iter().map(|(k, _)| k.as_str().unwrap()).collect();
        assert_eq!(keys, ["a", "b", "a"]);
        let seq = entries[1].1.as_seq().unwrap();
        assert_eq!(seq[1].as_str(), Some("y"));
        assert_eq!(seq[1].span.start, 18);
    }

    #[test]
    fn scalars_know_their_type() {
        let root = parse("a: 42\nb: '42'\nc: true\nd:\ne: ~\n")
            .unwrap()
            .unwrap();
        assert_eq!(root.get("a").unwrap().as_number(), Some(42.0));
        assert_eq!(root.get("b").unwrap().as_number(), None);
        assert_eq!(root.get("c").unwrap().as_bool(), Some(true));
        assert!(root.get("d").unwrap().is_null());
        assert!(root.get("e").unwrap().is_null());
    }

    #[test]
    fn aliases_copy_the_anchored_node() {
        let root = parse("a: &x {k: v}\nb: *x\n").unwrap().unwrap();
        assert_eq!(root.get("b").unwrap().get("k").unwrap().as_str(), Some("v"));
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(err.index > 0, "{err:?}");
    }

    #[test]
    fn tabs_inside_plain_scalars_are_tolerated() {
        let root = parse("m:\n  f: string |\tnull\n").unwrap().unwrap();
        assert_eq!(
            root.get("m").unwrap().get("f").unwrap().as_str(),
            Some("string |\tnull")
        );
    }

    #[test]
    fn empty_text_is_none() {
        assert_eq!(parse("").unwrap(), None);
        assert_eq!(parse("# only a comment\n").unwrap(), None);
    }
}
