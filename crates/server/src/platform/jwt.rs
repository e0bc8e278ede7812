//! JWT connections: the end user gives keys (`/auth/jwt/:key`), the server signs a short-lived
//! token from them as the catalog's `token:` says, and signs a new one before it expires.
//!
//! The catalog describes the token (Nango's shape): `signing_key` (a template over the
//! credentials), `header` (`alg`: HS256, RS256 or ES256, and templates such as `kid`), `payload`
//! (templates), `expires_in_ms`, and `signature.hmac_secret_encoding` (`hex`, the default, or
//! `utf8`) for HMAC keys. `iat` and `exp` are added.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use nango_providers::{AuthMode, Provider, TemplateValues, interpolate};
use serde_json::{Map, Value, json};

use super::{Connected, EndUserAuth, ErrorCode, Platform, PlatformError, Result, credentials};

/// A token's lifetime when the catalog does not say.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

impl Platform {
    /// `POST /auth/jwt/:key`: a JWT connection from the keys the end user gives.
    pub async fn connect_jwt(
        &self,
        auth: Option<&EndUserAuth>,
        integration_key: &str,
        connection_id: Option<String>,
        params: Map<String, Value>,
        given: Map<String, Value>,
    ) -> Result<Connected> {
        let grant = self
            .grant(auth, integration_key, connection_id, params)
            .await?;
        let result = async {
            if grant.provider.auth_mode != AuthMode::Jwt {
                return Err(super::oauth::wrong_mode(&grant, "JWT"));
            }
            let mut keys = given;
            keys.insert("type".into(), json!("JWT"));
            let credentials = sign(
                &grant.provider,
                &Value::Object(keys),
                &Value::Object(grant.connection_config.clone()),
            )
            .map_err(|e| PlatformError::new(ErrorCode::MissingCredentials, e))?;
            self.save_granted(&grant, &credentials, grant.connection_config.clone())
                .await
        }
        .await;
        match result {
            Ok(connection) => Ok(Connected {
                provider_config_key: connection.provider_config_key,
                connection_id: connection.connection_id,
            }),
            Err(error) => {
                self.auth_failed(&grant, &error).await;
                Err(error)
            }
        }
    }
}

/// The credentials with a freshly signed `token` and its `expires_at`. `Err` says what is wrong
/// with the keys or the catalog entry.
pub fn sign(
    provider: &Provider,
    credentials: &Value,
    connection_config: &Value,
) -> std::result::Result<Value, String> {
    let spec = provider
        .extra
        .get("token")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            format!(
                "provider `{}` does not describe its JWT (`token:`)",
                provider.name
            )
        })?;
    let values = TemplateValues {
        connection_config,
        credentials,
        metadata: &Value::Null,
    };
    let fill = |template: &str| {
        interpolate(template, &values).map_err(|missing| format!("the JWT needs {missing}"))
    };
    let header_spec = spec.get("header").and_then(Value::as_object);
    let alg = header_spec
        .and_then(|h| h.get("alg"))
        .and_then(Value::as_str)
        .unwrap_or("HS256");
    let algorithm: Algorithm = alg
        .parse()
        .map_err(|_| format!("JWT algorithm `{alg}` is not supported"))?;
    let signing_key = fill(
        spec.get("signing_key")
            .and_then(Value::as_str)
            .ok_or("the JWT description has no signing_key")?,
    )?;
    let key = match algorithm {
        Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512 => {
            let encoding = spec
                .get("signature")
                .and_then(|s| s.get("hmac_secret_encoding"))
                .and_then(Value::as_str)
                .unwrap_or("hex");
            let bytes = if encoding == "utf8" {
                signing_key.into_bytes()
            } else {
                hex_decode(&signing_key)
                    .ok_or("the key's secret is not hexadecimal, as this provider's keys are")?
            };
            EncodingKey::from_secret(&bytes).map_err(|e| format!("the key's secret: {e}"))?
        }
        Algorithm::RS256 | Algorithm::RS384 | Algorithm::RS512 | Algorithm::PS256 => {
            EncodingKey::from_rsa_pem(pem(&signing_key).as_bytes())
                .map_err(|e| format!("the private key is not an RSA key in PEM form: {e}"))?
        }
        Algorithm::ES256 | Algorithm::ES384 => {
            EncodingKey::from_ec_pem(pem(&signing_key).as_bytes())
                .map_err(|e| format!("the private key is not an EC key in PEM form: {e}"))?
        }
        other => return Err(format!("JWT algorithm {other:?} is not supported")),
    };
    let mut header = Header::new(algorithm);
    for (name, value) in header_spec.into_iter().flatten() {
        let Some(template) = value.as_str() else {
            continue;
        };
        match name.as_str() {
            "kid" => header.kid = Some(fill(template)?),
            "typ" => header.typ = Some(fill(template)?),
            _ => {}
        }
    }
    let lifetime = spec
        .get("expires_in_ms")
        .and_then(Value::as_u64)
        .map_or(DEFAULT_LIFETIME, Duration::from_millis);
    let now = SystemTime::now();
    let seconds = |t: SystemTime| t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut claims = match spec.get("payload") {
        Some(payload) => fill_value(payload, &fill)?,
        None => json!({}),
    };
    claims["iat"] = json!(seconds(now));
    claims["exp"] = json!(seconds(now + lifetime));
    let token = jsonwebtoken::encode(&header, &claims, &key)
        .map_err(|e| format!("the JWT could not be signed: {e}"))?;
    let mut signed = credentials.clone();
    signed["type"] = json!("JWT");
    signed["token"] = json!(token);
    signed["expires_at"] = json!(credentials::format_time(now + lifetime));
    Ok(signed)
}

/// Templates filled in everywhere in a JSON value.
fn fill_value(
    value: &Value,
    fill: &dyn Fn(&str) -> std::result::Result<String, String>,
) -> std::result::Result<Value, String> {
    Ok(match value {
        Value::String(template) => Value::String(fill(template)?),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| fill_value(item, fill))
                .collect::<std::result::Result<_, _>>()?,
        ),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| Ok((k.clone(), fill_value(v, fill)?)))
                .collect::<std::result::Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

/// A key pasted into a form often has its line breaks written as `\n`.
fn pem(key: &str) -> String {
    key.replace("\\n", "\n")
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use nango_providers::Catalog;

    fn ghost_like() -> Provider {
        let yaml = "ghost-like:\n    auth_mode: JWT\n    token:\n        signing_key: ${credentials.privateKey.secret}\n        expires_in_ms: 300000\n        header:\n            alg: HS256\n            kid: ${credentials.privateKey.id}\n        payload:\n            aud: /admin/\n    proxy:\n        base_url: https://example.com\n";
        Catalog::from_yaml("test.yaml", yaml)
            .unwrap()
            .get("ghost-like")
            .unwrap()
            .clone()
    }

    #[test]
    fn signs_an_hs256_token_the_catalog_describes() {
        let credentials =
            json!({ "type": "JWT", "privateKey": { "id": "key-1", "secret": "00ff10" } });
        let signed = sign(&ghost_like(), &credentials, &json!({})).unwrap();
        let token = signed["token"].as_str().unwrap();
        let mut validation = jsonwebtoken::Validation::new(Algorithm::HS256);
        validation.set_audience(&["/admin/"]);
        let decoded = jsonwebtoken::decode::<Value>(
            token,
            &jsonwebtoken::DecodingKey::from_secret(&[0x00, 0xff, 0x10]).unwrap(),
            &validation,
        )
        .unwrap();
        assert_eq!(decoded.header.kid.as_deref(), Some("key-1"));
        let claims = decoded.claims;
        assert_eq!(
            claims["exp"].as_u64().unwrap() - claims["iat"].as_u64().unwrap(),
            300
        );
        assert_eq!(signed["privateKey"]["id"], "key-1");
        assert!(signed["expires_at"].as_str().unwrap().ends_with('Z'));
    }

    #[test]
    fn bad_keys_are_named() {
        let error = sign(
            &ghost_like(),
            &json!({ "privateKey": { "id": "k", "secret": "xyz" } }),
            &json!({}),
        )
        .unwrap_err();
        assert!(error.contains("hexadecimal"), "{error}");
        let error = sign(&ghost_like(), &json!({}), &json!({})).unwrap_err();
        assert!(error.contains("credentials.privateKey.secret"), "{error}");
    }
}
