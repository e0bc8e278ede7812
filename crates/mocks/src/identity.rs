//! The identity of a request: what names its recording.

use serde_json::Value;
use sha1::{Digest, Sha1};

use crate::MockError;

/// A request's identity, as the script SDK computes it: the JSON text of
/// `{method, endpoint, params, headers, data}` (method lower case, endpoint without its leading
/// `/`, params and headers as sorted `[name, value]` pairs with their JavaScript types, headers
/// the platform sets left out, a body longer than 1,000 characters replaced by `sha1:<hex>`).
/// Its SHA-1 names the recording, so the text must be byte for byte what Nango computes.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    /// Lower-case method.
    pub method: String,
    /// Endpoint without its leading `/`.
    pub endpoint: String,
    /// SHA-1 of the text, lower-case hex.
    pub hash: String,
    /// The text.
    pub json: String,
    /// The text, parsed.
    pub value: Value,
}

impl Identity {
    /// Reads the identity text the SDK sent.
    pub fn parse(json: &str) -> Result<Self, MockError> {
        let value: Value = serde_json::from_str(json).map_err(|e| MockError::Invalid {
            path: "<request identity>".into(),
            message: e.to_string(),
        })?;
        let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_string);
        let (Some(method), Some(endpoint)) = (field("method"), field("endpoint")) else {
            return Err(MockError::Invalid {
                path: "<request identity>".into(),
                message: "a request identity needs `method` and `endpoint`".into(),
            });
        };
        let hash = Sha1::digest(json.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Self {
            method,
            endpoint,
            hash,
            json: json.to_string(),
            value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_sha1_of_the_text() {
        let text = r#"{"method":"get","endpoint":"api/1.0/projects","params":[["limit",100]],"headers":[]}"#;
        let identity = Identity::parse(text).unwrap();
        assert_eq!(identity.method, "get");
        assert_eq!(identity.endpoint, "api/1.0/projects");
        // `printf '%s' "$text" | sha1sum`
        assert_eq!(identity.hash, "164f07fc778d9fdf3ae29c97caf52f78d282e6f3");
        assert!(Identity::parse(r#"{"method":"get"}"#).is_err());
    }
}
