//! The model type system of nango.yaml.
//!
//! A field's type is written as a small expression: `string`, `number | null`, `Address[]`,
//! `open | closed`, `'literal'`, `42`, `(string | number)[]`. Names are resolved later, once every
//! model is known, because a model may reference another one defined further down the file.

use std::fmt::Write as _;

/// A type as written in nango.yaml, after parsing.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeExpr {
    /// `string` (also `char`, `varchar`).
    String,
    /// `number` (also `integer`, `int`, `float`, `bigint`).
    Number,
    /// `boolean` (also `bool`).
    Boolean,
    /// `date` / `Date`: a `Date` in scripts, an ISO date-time string in JSON.
    Date,
    /// `null`.
    Null,
    /// `undefined`.
    Undefined,
    /// `any`.
    Any,
    /// `object`: any JSON object.
    Object,
    /// `T[]` (and `array`, which is `any[]`).
    Array(Box<TypeExpr>),
    /// `A | B`.
    Union(Vec<TypeExpr>),
    /// A string literal: `'x'`, or a bare word that names neither a type nor a model.
    StringLit(String),
    /// A number literal.
    NumberLit(f64),
    /// `true` / `false`.
    BoolLit(bool),
    /// Another model, by name.
    Ref(String),
    /// An inline object (a YAML mapping as a field's value).
    Inline(Box<ObjectType>),
}

/// The fields of a model or of an inline object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectType {
    /// Fields in the order they are written; `__extends` inserts the parent's fields where it is
    /// written (those not defined before it).
    pub fields: Vec<Field>,
    /// The value type of `__string` (`[key: string]: T`), when present.
    pub index_signature: Option<TypeExpr>,
}

/// One field of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The key, without the `?` of optional fields.
    pub name: String,
    /// Written as `name?:`.
    pub optional: bool,
    /// Its type.
    pub ty: TypeExpr,
}

impl Field {
    /// Whether JSON records must contain the key: not `?` and not `| undefined`.
    pub fn is_required(&self) -> bool {
        !self.optional && !self.ty.admits_undefined()
    }
}

/// A token of a type expression that is not valid nango.yaml syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeSyntaxError {
    /// What is wrong.
    pub message: String,
}

/// What a bare word means, decided by the caller who knows the model names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// A model defined in the file.
    Model,
    /// Neither a type nor a model: used as a string literal.
    Unknown,
}

/// A bare word that resolved to nothing, reported as a warning by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord(pub String);

/// Parses a type expression. `resolve` classifies bare words that are not built-in types;
/// unknown words become string literals and are listed in the returned warnings.
pub fn parse_type(
    text: &str,
    resolve: &dyn Fn(&str) -> WordKind,
) -> Result<(TypeExpr, Vec<UnknownWord>), TypeSyntaxError> {
    let mut unknown = Vec::new();
    let ty = parse_union(text.trim(), resolve, &mut unknown)?;
    Ok((ty, unknown))
}

fn parse_union(
    text: &str,
    resolve: &dyn Fn(&str) -> WordKind,
    unknown: &mut Vec<UnknownWord>,
) -> Result<TypeExpr, TypeSyntaxError> {
    let parts = split_top_level(text)?;
    let mut members = Vec::new();
    for part in parts {
        let member = parse_term(part.trim(), resolve, unknown)?;
        match member {
            TypeExpr::Union(inner) => members.extend(inner),
            other => members.push(other),
        }
    }
    Ok(if members.len() == 1 {
        members.pop().unwrap_or(TypeExpr::Any)
    } else {
        TypeExpr::Union(members)
    })
}

/// Splits on `|` outside parentheses and quotes.
fn split_top_level(text: &str) -> Result<Vec<&str>, TypeSyntaxError> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth < 0 {
                    return Err(syntax("unbalanced `)`"));
                }
            }
            (None, '|') if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if quote.is_some() {
        return Err(syntax("unterminated string literal"));
    }
    if depth != 0 {
        return Err(syntax("unbalanced `(`"));
    }
    parts.push(&text[start..]);
    if parts.iter().any(|p| p.trim().is_empty()) {
        return Err(syntax(
            "empty member in a union (`|` with nothing on one side)",
        ));
    }
    Ok(parts)
}

fn parse_term(
    text: &str,
    resolve: &dyn Fn(&str) -> WordKind,
    unknown: &mut Vec<UnknownWord>,
) -> Result<TypeExpr, TypeSyntaxError> {
    let mut base = text;
    let mut dims = 0;
    while let Some(stripped) = base.strip_suffix("[]") {
        base = stripped.trim_end();
        dims += 1;
    }
    let mut ty = if let Some(inner) = base.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        parse_union(inner.trim(), resolve, unknown)?
    } else if let Some(lit) = quoted(base) {
        TypeExpr::StringLit(lit.to_string())
    } else {
        parse_word(base, resolve, unknown)?
    };
    for _ in 0..dims {
        ty = TypeExpr::Array(Box::new(ty));
    }
    Ok(ty)
}

fn quoted(text: &str) -> Option<&str> {
    ['\'', '"'].into_iter().find_map(|q| {
        let inner = text.strip_prefix(q)?.strip_suffix(q)?;
        (!inner.contains(q)).then_some(inner)
    })
}

fn parse_word(
    word: &str,
    resolve: &dyn Fn(&str) -> WordKind,
    unknown: &mut Vec<UnknownWord>,
) -> Result<TypeExpr, TypeSyntaxError> {
    // TypeScript syntax nango.yaml does not support: generics, object types, intersections.
    // Other punctuation (`view(CC)`, `a,b`, `it's`) is part of a string literal, as in Nango.
    if let Some(c) = word.chars().find(|c| "<>{}&".contains(*c)) {
        return Err(syntax(format!(
            "`{word}` is not a type nango.yaml understands (`{c}` is not allowed here)"
        )));
    }
    if let Some(builtin) = builtin(word) {
        return Ok(builtin);
    }
    if let Ok(n) = word.parse::<f64>()
        && n.is_finite()
        && word
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '-')
    {
        return Ok(TypeExpr::NumberLit(n));
    }
    Ok(match resolve(word) {
        WordKind::Model => TypeExpr::Ref(word.to_string()),
        WordKind::Unknown => {
            unknown.push(UnknownWord(word.to_string()));
            TypeExpr::StringLit(word.to_string())
        }
    })
}

/// The built-in type names and their aliases. As in Nango, case does not matter (`String`,
/// `Date`, `NULL`), and other words (`double`, `unknown`) are not types.
pub fn builtin(word: &str) -> Option<TypeExpr> {
    Some(match word.to_ascii_lowercase().as_str() {
        "string" | "char" | "varchar" => TypeExpr::String,
        "number" | "integer" | "int" | "float" | "bigint" => TypeExpr::Number,
        "boolean" | "bool" => TypeExpr::Boolean,
        "date" => TypeExpr::Date,
        "null" => TypeExpr::Null,
        "undefined" => TypeExpr::Undefined,
        "any" => TypeExpr::Any,
        "object" => TypeExpr::Object,
        "array" => TypeExpr::Array(Box::new(TypeExpr::Any)),
        "true" => TypeExpr::BoolLit(true),
        "false" => TypeExpr::BoolLit(false),
        _ => return None,
    })
}

fn syntax(message: impl Into<String>) -> TypeSyntaxError {
    TypeSyntaxError {
        message: message.into(),
    }
}

impl TypeExpr {
    /// Whether `undefined` is one of the values (then the key may be absent from JSON).
    pub fn admits_undefined(&self) -> bool {
        match self {
            TypeExpr::Undefined => true,
            TypeExpr::Union(members) => members.iter().any(TypeExpr::admits_undefined),
            _ => false,
        }
    }

    /// Whether the type is a literal or a union of literals (a warning when used as a script's
    /// whole input or output).
    pub fn is_primitive(&self) -> bool {
        !matches!(self, TypeExpr::Ref(_) | TypeExpr::Inline(_))
    }

    /// Every model this type references, in order of appearance.
    pub fn refs<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            TypeExpr::Ref(name) => out.push(name),
            TypeExpr::Array(inner) => inner.refs(out),
            TypeExpr::Union(members) => members.iter().for_each(|m| m.refs(out)),
            TypeExpr::Inline(object) => object.refs(out),
            _ => {}
        }
    }

    /// The TypeScript spelling, indented for nested objects at `indent` levels.
    pub fn to_typescript(&self, indent: usize) -> String {
        let mut out = String::new();
        self.write_ts(&mut out, indent);
        out
    }

    fn write_ts(&self, out: &mut String, indent: usize) {
        match self {
            TypeExpr::String => out.push_str("string"),
            TypeExpr::Number => out.push_str("number"),
            TypeExpr::Boolean => out.push_str("boolean"),
            TypeExpr::Date => out.push_str("Date"),
            TypeExpr::Null => out.push_str("null"),
            TypeExpr::Undefined => out.push_str("undefined"),
            TypeExpr::Any => out.push_str("any"),
            TypeExpr::Object => out.push_str("Record<string, any>"),
            TypeExpr::Array(inner) => {
                let wrap = matches!(**inner, TypeExpr::Union(_));
                if wrap {
                    out.push('(');
                }
                inner.write_ts(out, indent);
                if wrap {
                    out.push(')');
                }
                out.push_str("[]");
            }
            TypeExpr::Union(members) => {
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    member.write_ts(out, indent);
                }
            }
            TypeExpr::StringLit(s) => {
                let _ = write!(out, "'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"));
            }
            TypeExpr::NumberLit(n) => out.push_str(&number_text(*n)),
            TypeExpr::BoolLit(b) => out.push_str(if *b { "true" } else { "false" }),
            TypeExpr::Ref(name) => out.push_str(name),
            TypeExpr::Inline(object) => {
                out.push_str("{\n");
                object.write_ts_body(out, indent + 1);
                out.push_str(&"  ".repeat(indent));
                out.push('}');
            }
        }
    }
}

/// `42` rather than `42.0`.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

impl ObjectType {
    /// Every model the fields reference, in order of appearance.
    pub fn refs<'a>(&'a self, out: &mut Vec<&'a str>) {
        for field in &self.fields {
            field.ty.refs(out);
        }
        // Nango keeps the `__string` field after the others.
        if let Some(index) = &self.index_signature {
            index.refs(out);
        }
    }

    /// The lines between the braces of a TypeScript interface or object type.
    pub fn write_ts_body(&self, out: &mut String, indent: usize) {
        let pad = "  ".repeat(indent);
        if let Some(index) = &self.index_signature {
            let _ = writeln!(out, "{pad}[key: string]: {};", index.to_typescript(indent));
        }
        for field in &self.fields {
            let _ = writeln!(
                out,
                "{pad}{}{}: {};",
                ts_property_name(&field.name),
                if field.optional { "?" } else { "" },
                field.ty.to_typescript(indent)
            );
        }
    }
}

/// A property name as TypeScript needs it: bare when it is an identifier, quoted otherwise.
pub fn ts_property_name(name: &str) -> String {
    if is_identifier(name) {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "\\'"))
    }
}

/// Whether a name is a JavaScript identifier (ASCII subset).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn models(word: &str) -> WordKind {
        if ["Address", "User"].contains(&word) {
            WordKind::Model
        } else {
            WordKind::Unknown
        }
    }

    fn ts(text: &str) -> String {
        parse_type(text, &models).unwrap().0.to_typescript(0)
    }

    #[test]
    fn builtins_and_aliases() {
        assert_eq!(ts("integer"), "number");
        assert_eq!(ts("bool"), "boolean");
        assert_eq!(ts("date"), "Date");
        assert_eq!(ts("object"), "Record<string, any>");
        assert_eq!(ts("array"), "any[]");
    }

    #[test]
    fn unions_arrays_literals_and_refs() {
        assert_eq!(ts("string | null"), "string | null");
        assert_eq!(ts("Address[]"), "Address[]");
        assert_eq!(ts("(string | number)[]"), "(string | number)[]");
        assert_eq!(ts("'in progress'"), "'in progress'");
        assert_eq!(ts("42"), "42");
        assert_eq!(ts("\"hello\""), "'hello'");
        assert_eq!(ts("User | undefined"), "User | undefined");
    }

    #[test]
    fn unknown_words_become_literals_and_are_reported() {
        let (ty, unknown) = parse_type("open | closed | Address", &models).unwrap();
        assert_eq!(ty.to_typescript(0), "'open' | 'closed' | Address");
        assert_eq!(
            unknown,
            [UnknownWord("open".into()), UnknownWord("closed".into())]
        );
    }

    #[test]
    fn typescript_generics_and_objects_are_rejected() {
        for bad in [
            "Record<string, any>",
            "{ a: string }",
            "Array<string>",
            "string |",
            "(string",
        ] {
            assert!(
                parse_type(bad, &models).is_err(),
                "{bad} should be rejected"
            );
        }
    }

    #[test]
    fn undefined_makes_a_field_optional_in_json() {
        let field = Field {
            name: "a".into(),
            optional: false,
            ty: parse_type("string | undefined", &models).unwrap().0,
        };
        assert!(!field.is_required());
    }
}
