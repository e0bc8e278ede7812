//! `${…}` templates, as providers.yaml writes them in base URLs, headers, query parameters and
//! OAuth URLs.
//!
//! The grammar is Nango's, read off the real file rather than invented:
//!
//! * `${connectionConfig.subdomain}`, `${credentials.raw.id_token}`, `${metadata.region}`: a dotted
//!   path into one of the three value trees (`connection_config` is accepted for
//!   `connectionConfig`, as Nango's proxy rewrites one into the other). A path segment that is a
//!   number indexes an array. If the nested walk finds nothing, the rest of the path is tried as one
//!   flat key, as Nango does for keys that contain dots.
//! * `${apiKey}`, `${accessToken}` and other bare names: Nango spreads the credentials into the
//!   top level, so a bare name is a credential (`apiKey`; `accessToken` is the OAuth `access_token`
//!   or the `token` of client-credentials and JWT connections), else a connection-config value.
//! * `${base64(…)}`: the Base64 of the template inside, e.g.
//!   `Basic ${base64(${credentials.username}:${credentials.password})}`.
//! * `a || b`: alternatives, tried left to right. One is taken when every placeholder in it has a
//!   value and the result is not empty; the last one is taken as it is. Real uses:
//!   `https://${connectionConfig.hostname}/oauth2/token || https://login.salesforce.com/oauth2/token`
//!   and `${connectionConfig.version} || 2022-11-28`.
//!
//! The real file also uses request-time and signing templates (`${now:YYYY-MM-DD}`, `${random}`,
//! `${method}`, `${awsSigV4(…)}`, `${hmacSha1Hex(…)}`, `${sha256Hex(…)}`, `${ed25519Sign(…)}`,
//! `${fingerprint(…)}`). They need the outgoing request or a clock, which a catalog template does
//! not have, so [`interpolate`] reports them as [`MissingReason::Unsupported`] rather than
//! guessing; the proxy can treat them like a missing value.
//!
//! Values are inserted as they are: a value that itself contains `${` or `||` is never
//! interpolated again, so a secret cannot smuggle a template in.

use std::fmt;

use base64::Engine as _;
use serde_json::Value;

/// The values a template can read. Each is usually a JSON object; `Value::Null` stands for "none".
///
/// `connection_config` and `metadata` are the connection's; `credentials` is the connection's
/// credentials object in Nango's shape (`apiKey`, `username`/`password`, `access_token`, `token`,
/// `raw`, …).
#[derive(Debug, Clone, Copy)]
pub struct TemplateValues<'a> {
    /// The connection's `connection_config` (`${connectionConfig.x}`).
    pub connection_config: &'a Value,
    /// The connection's credentials (`${credentials.x}`, `${apiKey}`, `${accessToken}`).
    pub credentials: &'a Value,
    /// The connection's metadata (`${metadata.x}`).
    pub metadata: &'a Value,
}

static NULL: Value = Value::Null;

impl TemplateValues<'static> {
    /// No values at all: only templates without placeholders interpolate.
    pub fn empty() -> Self {
        TemplateValues {
            connection_config: &NULL,
            credentials: &NULL,
            metadata: &NULL,
        }
    }
}

/// Why a template could not be completed. [`MissingValue::variable`] names the placeholder.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct MissingValue {
    /// The placeholder as written between `${` and `}`, e.g. `connectionConfig.subdomain`, or the
    /// function name for an unsupported function, or the unclosed text for a malformed template.
    pub variable: String,
    /// What is wrong with it.
    pub reason: MissingReason,
}

/// The kinds of [`MissingValue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingReason {
    /// The values have nothing at this path.
    Absent,
    /// The path leads to an object, an array or `null`, which has no text form.
    NotText,
    /// A template function nango-rs does not evaluate (`awsSigV4`, `now:…`, …).
    Unsupported,
    /// A `${` without its closing `}`.
    Malformed,
}

impl fmt::Display for MissingValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let variable = &self.variable;
        match self.reason {
            MissingReason::Absent => write!(f, "`${{{variable}}}`"),
            MissingReason::NotText => {
                write!(
                    f,
                    "`${{{variable}}}` as text (it is not a string or number)"
                )
            }
            MissingReason::Unsupported => write!(
                f,
                "`${{{variable}…}}`, a template function nango-rs does not evaluate yet"
            ),
            MissingReason::Malformed => write!(f, "a closing `}}` after `{variable}`"),
        }
    }
}

impl MissingValue {
    fn new(variable: &str, reason: MissingReason) -> Self {
        MissingValue {
            variable: variable.to_owned(),
            reason,
        }
    }
}

/// Fills in the placeholders of `template` (see the [module docs](self) for the grammar).
///
/// Errors name the first placeholder that has no value. With alternatives (`a || b`) where none
/// completes, the error is that of the first one that failed: the one the provider prefers.
pub fn interpolate(template: &str, values: &TemplateValues<'_>) -> Result<String, MissingValue> {
    if !template.contains("${") {
        return Ok(template.to_owned());
    }
    let alternatives = split_alternatives(template);
    if let [only] = alternatives[..] {
        return render(only, values);
    }
    let mut alternatives = alternatives.into_iter().peekable();
    let mut preferred_error = None;
    while let Some(alternative) = alternatives.next() {
        let is_last = alternatives.peek().is_none();
        match render(alternative.trim(), values) {
            Ok(text) if is_last || !text.is_empty() => return Ok(text),
            Ok(_) => {}
            Err(error) if is_last => return Err(preferred_error.unwrap_or(error)),
            Err(error) => {
                preferred_error.get_or_insert(error);
            }
        }
    }
    // `split_alternatives` yields at least one alternative, and the last one always returns.
    Ok(String::new())
}

/// Every variable path a template reads, in order, without duplicates: `connectionConfig.x`,
/// `apiKey`, … (placeholders inside functions included, function names not).
///
/// Useful to tell which connection-config keys a provider needs. A malformed template yields the
/// placeholders before the error.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut found = Vec::new();
    collect_placeholders(template, &mut found);
    found
}

fn collect_placeholders(template: &str, found: &mut Vec<String>) {
    for alternative in split_alternatives(template) {
        let Ok(pieces) = parse(alternative) else {
            return;
        };
        for piece in pieces {
            match piece {
                Piece::Text(_) => {}
                Piece::Var(path) => {
                    if !found.iter().any(|f| f == path) {
                        found.push(path.to_owned());
                    }
                }
                Piece::Call { arg, .. } => collect_placeholders(arg, found),
            }
        }
    }
}

/// One parsed part of a template (one alternative).
#[derive(Debug, PartialEq)]
enum Piece<'t> {
    Text(&'t str),
    /// `${path}`, trimmed.
    Var(&'t str),
    /// `${name(arg)}`; `arg` is itself a template.
    Call {
        name: &'t str,
        arg: &'t str,
    },
}

/// Splits on `||` outside placeholders.
fn split_alternatives(template: &str) -> Vec<&str> {
    let bytes = template.as_bytes();
    let mut parts = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0, 0);
    while i < bytes.len() {
        if bytes[i..].starts_with(b"${") {
            depth += 1;
            i += 2;
            continue;
        }
        match bytes[i] {
            b'}' if depth > 0 => depth -= 1,
            b'|' if depth == 0 && bytes.get(i + 1) == Some(&b'|') => {
                parts.push(&template[start..i]);
                i += 2;
                start = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&template[start..]);
    parts
}

/// Splits one alternative into text and placeholders; `${` nests (`${base64(${a}:${b})}`).
fn parse(template: &str) -> Result<Vec<Piece<'_>>, MissingValue> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("${") {
        if open > 0 {
            pieces.push(Piece::Text(&rest[..open]));
        }
        let inner_start = open + 2;
        let close = matching_brace(&rest[inner_start..]).ok_or_else(|| {
            let unclosed: String = rest[open..].chars().take(40).collect();
            MissingValue::new(&unclosed, MissingReason::Malformed)
        })?;
        let inner = &rest[inner_start..inner_start + close];
        pieces.push(classify(inner));
        rest = &rest[inner_start + close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    Ok(pieces)
}

/// The byte offset of the `}` that closes a placeholder whose content starts `text`.
fn matching_brace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (1usize, 0);
    while i < bytes.len() {
        if bytes[i..].starts_with(b"${") {
            depth += 1;
            i += 2;
            continue;
        }
        if bytes[i] == b'}' {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// `name(arg)` is a function call when `name` is an identifier; anything else is a variable path.
fn classify(inner: &str) -> Piece<'_> {
    let trimmed = inner.trim();
    if let Some(paren) = trimmed.find('(')
        && trimmed.ends_with(')')
    {
        let name = &trimmed[..paren];
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Piece::Call {
                name,
                arg: &trimmed[paren + 1..trimmed.len() - 1],
            };
        }
    }
    Piece::Var(trimmed)
}

fn render(template: &str, values: &TemplateValues<'_>) -> Result<String, MissingValue> {
    let mut out = String::with_capacity(template.len());
    for piece in parse(template)? {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(path) => out.push_str(&resolve(path, values)?),
            Piece::Call {
                name: "base64",
                arg,
            } => {
                let inner = render(arg, values)?;
                out.push_str(&base64::engine::general_purpose::STANDARD.encode(inner));
            }
            Piece::Call { name, .. } => {
                return Err(MissingValue::new(name, MissingReason::Unsupported));
            }
        }
    }
    Ok(out)
}

/// Request-time values of Nango's proxy, which a catalog template cannot know.
const REQUEST_TIME: &[&str] = &[
    "random",
    "method",
    "endpoint",
    "host",
    "path",
    "params",
    "urlCanonicalParams",
    "bodyCanonicalParams",
    "contentType",
];

fn resolve(path: &str, values: &TemplateValues<'_>) -> Result<String, MissingValue> {
    let found = lookup(path, values);
    match found {
        Some(Value::String(text)) => Ok(text.clone()),
        Some(Value::Number(number)) => Ok(number.to_string()),
        Some(Value::Bool(flag)) => Ok(flag.to_string()),
        Some(_) => Err(MissingValue::new(path, MissingReason::NotText)),
        None if path == "now" || path.starts_with("now:") || path.starts_with("now+") => {
            Err(MissingValue::new("now", MissingReason::Unsupported))
        }
        None if REQUEST_TIME.contains(&path) => {
            Err(MissingValue::new(path, MissingReason::Unsupported))
        }
        None => Err(MissingValue::new(path, MissingReason::Absent)),
    }
}

fn lookup<'v>(path: &str, values: &TemplateValues<'v>) -> Option<&'v Value> {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    match (head, rest) {
        ("connectionConfig" | "connection_config", Some(rest)) => {
            walk(values.connection_config, rest)
        }
        ("credentials", Some(rest)) => walk(values.credentials, rest),
        ("metadata", Some(rest)) => walk(values.metadata, rest),
        ("accessToken", None) => ["access_token", "token", "accessToken"]
            .iter()
            .find_map(|key| walk(values.credentials, key)),
        _ => walk(values.credentials, path).or_else(|| walk(values.connection_config, path)),
    }
}

/// Follows a dotted path; when that fails at some object, the rest of the path is tried there as
/// one key (Nango's fallback for keys with dots in them).
fn walk<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    if let Value::Object(map) = value
        && let Some(found) = map.get(path)
    {
        return Some(found);
    }
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let child = match value {
        Value::Object(map) => map.get(head)?,
        Value::Array(items) => items.get(head.parse::<usize>().ok()?)?,
        _ => return None,
    };
    match rest {
        Some(rest) => walk(child, rest),
        None => Some(child),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(template: &str, config: Value, credentials: Value) -> Result<String, MissingValue> {
        let metadata = json!({ "region": "eu", "nested": { "list": ["a", "b"] } });
        interpolate(
            template,
            &TemplateValues {
                connection_config: &config,
                credentials: &credentials,
                metadata: &metadata,
            },
        )
    }

    fn ok(template: &str, config: Value, credentials: Value) -> String {
        run(template, config, credentials).unwrap()
    }

    #[test]
    fn text_without_placeholders_is_returned_as_is() {
        assert_eq!(
            ok("https://api.github.com", json!({}), json!({})),
            "https://api.github.com"
        );
        assert_eq!(ok("a || b", json!({}), json!({})), "a || b");
        assert_eq!(ok("", json!({}), json!({})), "");
    }

    #[test]
    fn dotted_paths_read_each_tree() {
        let config = json!({ "subdomain": "acme", "deep": { "er": { "still": "x" } } });
        let credentials = json!({ "raw": { "id_token": "tok" }, "apiKey": "k" });
        assert_eq!(
            ok(
                "https://${connectionConfig.subdomain}.zendesk.com",
                config.clone(),
                json!({})
            ),
            "https://acme.zendesk.com"
        );
        assert_eq!(
            ok("${connection_config.subdomain}", config.clone(), json!({})),
            "acme"
        );
        assert_eq!(
            ok("${connectionConfig.deep.er.still}", config, json!({})),
            "x"
        );
        assert_eq!(
            ok(
                "${credentials.raw.id_token}",
                json!({}),
                credentials.clone()
            ),
            "tok"
        );
        assert_eq!(
            ok(
                "${metadata.region}/${metadata.nested.list.1}",
                json!({}),
                json!({})
            ),
            "eu/b"
        );
        assert_eq!(ok("Bearer ${apiKey}", json!({}), credentials), "Bearer k");
    }

    #[test]
    fn a_flat_key_with_dots_is_found_too() {
        let config = json!({ "a.b": "flat" });
        assert_eq!(ok("${connectionConfig.a.b}", config, json!({})), "flat");
    }

    #[test]
    fn access_token_comes_from_oauth_or_token_credentials() {
        let oauth = json!({ "type": "OAUTH2", "access_token": "at" });
        let cc = json!({ "type": "OAUTH2_CC", "token": "tt" });
        assert_eq!(ok("Bearer ${accessToken}", json!({}), oauth), "Bearer at");
        assert_eq!(ok("Bearer ${accessToken}", json!({}), cc), "Bearer tt");
    }

    #[test]
    fn bare_names_fall_back_to_connection_config() {
        let config = json!({ "apiSubdomain": "eu" });
        assert_eq!(
            ok(
                "https://cognito-${apiSubdomain}.amazonaws.com",
                config,
                json!({})
            ),
            "https://cognito-eu.amazonaws.com"
        );
    }

    #[test]
    fn missing_values_name_the_variable() {
        let error = run(
            "https://${connectionConfig.subdomain}.x.com",
            json!({}),
            json!({}),
        )
        .unwrap_err();
        assert_eq!(error.variable, "connectionConfig.subdomain");
        assert_eq!(error.reason, MissingReason::Absent);
        assert_eq!(error.to_string(), "`${connectionConfig.subdomain}`");

        let error = run("${apiKey}", json!({}), json!({ "username": "u" })).unwrap_err();
        assert_eq!(error.variable, "apiKey");

        let error = run(
            "${connectionConfig.obj}",
            json!({ "obj": { "a": 1 } }),
            json!({}),
        )
        .unwrap_err();
        assert_eq!(error.reason, MissingReason::NotText);
        let error = run(
            "${connectionConfig.nothing}",
            json!({ "nothing": null }),
            json!({}),
        )
        .unwrap_err();
        assert_eq!(error.reason, MissingReason::NotText);
        // Null trees are fine to read from, and read nothing.
        assert!(interpolate("${credentials.x}", &TemplateValues::empty()).is_err());
    }

    #[test]
    fn values_with_special_characters_are_inserted_verbatim() {
        let config = json!({ "v": "a}b${c}||d é 🦀 \"q\" \\ %20" });
        assert_eq!(
            ok("<${connectionConfig.v}>", config, json!({})),
            "<a}b${c}||d é 🦀 \"q\" \\ %20>"
        );
        let config = json!({ "v": "${connectionConfig.v}" });
        assert_eq!(
            ok("${connectionConfig.v}", config, json!({})),
            "${connectionConfig.v}"
        );
    }

    #[test]
    fn numbers_and_booleans_are_written_as_json_does() {
        let config = json!({ "port": 8443, "ratio": 1.5, "neg": -3, "flag": true, "big": 9007199254740993u64 });
        assert_eq!(
            ok(
                "${connectionConfig.port} ${connectionConfig.ratio} ${connectionConfig.neg} ${connectionConfig.flag} ${connectionConfig.big}",
                config,
                json!({})
            ),
            "8443 1.5 -3 true 9007199254740993"
        );
    }

    #[test]
    fn alternatives_take_the_first_complete_one() {
        let template = "https://${connectionConfig.hostname}/services/oauth2/token || https://login.salesforce.com/services/oauth2/token";
        assert_eq!(
            ok(template, json!({}), json!({})),
            "https://login.salesforce.com/services/oauth2/token"
        );
        assert_eq!(
            ok(
                template,
                json!({ "hostname": "acme.my.salesforce.com" }),
                json!({})
            ),
            "https://acme.my.salesforce.com/services/oauth2/token"
        );
        // An empty value falls through, as in Nango.
        assert_eq!(
            ok(
                "${connectionConfig.version} || 2022-11-28",
                json!({ "version": "" }),
                json!({})
            ),
            "2022-11-28"
        );
        assert_eq!(
            ok(
                "${connectionConfig.version}||2022-11-28",
                json!({ "version": "2026-03-10" }),
                json!({})
            ),
            "2026-03-10"
        );
        // Neither: the preferred alternative's variable is reported.
        let error = run("https://${connectionConfig.hostname} || https://${connectionConfig.subdomain}.okta.com", json!({}), json!({})).unwrap_err();
        assert_eq!(error.variable, "connectionConfig.hostname");
        // Three alternatives.
        assert_eq!(
            ok(
                "${connectionConfig.a} || ${connectionConfig.b} || c",
                json!({ "b": "B" }),
                json!({})
            ),
            "B"
        );
    }

    #[test]
    fn base64_nests_placeholders() {
        let credentials = json!({ "username": "me@acme.com", "password": "p:w" });
        assert_eq!(
            ok(
                "Basic ${base64(${credentials.username}/token:${credentials.password})}",
                json!({}),
                credentials
            ),
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode("me@acme.com/token:p:w")
            )
        );
        assert_eq!(
            ok("${base64(${apiKey}:)}", json!({}), json!({ "apiKey": "k" })),
            "azo="
        );
        let error = run(
            "Basic ${base64(${credentials.username}:x)}",
            json!({}),
            json!({}),
        )
        .unwrap_err();
        assert_eq!(error.variable, "credentials.username");
    }

    #[test]
    fn signing_and_request_time_templates_are_reported_unsupported() {
        for (template, variable) in [
            (
                "${awsSigV4(${credentials.username}, ${credentials.password}, us-east-1, iam)}",
                "awsSigV4",
            ),
            ("${now:YYYYMMDDTHHmmss[Z]}", "now"),
            ("${now+7:days:YYYY-MM-DD}", "now"),
            ("${now}", "now"),
            (
                "${sha256Hex(${base64(${random}${credentials.appId})})}",
                "sha256Hex",
            ),
            ("${method}", "method"),
        ] {
            let error = run(
                template,
                json!({}),
                json!({ "username": "u", "password": "p", "appId": "a" }),
            )
            .unwrap_err();
            assert_eq!(
                (error.variable.as_str(), error.reason),
                (variable, MissingReason::Unsupported),
                "{template}"
            );
        }
        let error = run("${awsSigV4(a, b)}", json!({}), json!({})).unwrap_err();
        assert_eq!(
            error.to_string(),
            "`${awsSigV4…}`, a template function nango-rs does not evaluate yet"
        );
    }

    #[test]
    fn malformed_templates_are_errors_not_panics() {
        for template in ["${", "x ${connectionConfig.a", "${base64(${a)}", "${a}${"] {
            let error = run(template, json!({ "a": "1" }), json!({})).unwrap_err();
            assert_eq!(error.reason, MissingReason::Malformed, "{template}");
        }
        let error = run("https://${connectionConfig.host", json!({}), json!({})).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a closing `}` after `${connectionConfig.host`"
        );
    }

    #[test]
    fn placeholders_lists_variables_once() {
        assert_eq!(
            placeholders(
                "https://${connectionConfig.a}/${connectionConfig.a} || ${base64(${credentials.u}:${apiKey})}"
            ),
            ["connectionConfig.a", "credentials.u", "apiKey"]
        );
        assert!(placeholders("plain").is_empty());
    }

    #[test]
    fn parse_splits_text_and_calls() {
        assert_eq!(
            parse("Basic ${base64(${a}:${b})} ${ x }").unwrap(),
            vec![
                Piece::Text("Basic "),
                Piece::Call {
                    name: "base64",
                    arg: "${a}:${b}"
                },
                Piece::Text(" "),
                Piece::Var("x"),
            ]
        );
        assert_eq!(split_alternatives("${a||b} || c"), ["${a||b} ", " c"]);
    }
}
