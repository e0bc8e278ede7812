//! A mock OAuth provider for the tests, served on 127.0.0.1: what a real provider does during
//! the flows, with knobs to make it refuse.
//!
//! OAuth 2 (authorization code with PKCE, refresh, client credentials):
//! - `GET /oauth/authorize` — a page with **Approve** and **Deny** buttons (`#approve`,
//!   `#deny`), leading to `GET /oauth/decide`, which redirects to the `redirect_uri` with a code
//!   (or `error=access_denied`) and the `state`;
//! - `POST /oauth/token` — `authorization_code` (checks the client, the redirect URI and the PKCE
//!   verifier), `refresh_token`, `client_credentials`;
//! - `GET /api/me` — the protected API: `Authorization: Bearer <a live access token>`.
//!
//! OAuth 1.0a (HMAC-SHA1, every request's signature checked here, written independently of the
//! server's signer): `POST /oauth1/request_token`, `GET /oauth1/authorize` (the same page),
//! `POST /oauth1/access_token`, `GET /oauth1/api/me`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, RawQuery, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The app registered at the mock provider.
pub const CLIENT_ID: &str = "mock-client";
/// Its secret.
pub const CLIENT_SECRET: &str = "mock-secret";
/// The hex secret of the JWT key `key-1` that `GET /jwt/me` accepts tokens signed with.
pub const JWT_SECRET_HEX: &str = "6a7774207365637265742c20736f2073656372657421";

/// What the provider does, and what it saw.
#[derive(Debug, Default)]
pub struct Behaviour {
    /// Lifetime of the access tokens it issues (`expires_in`).
    pub expires_in: u64,
    /// Whether refresh requests are refused (`invalid_grant`).
    pub refuse_refresh: bool,
    /// Whether code exchanges are refused (HTTP 400 `invalid_grant`).
    pub refuse_code: bool,
    /// The client must authenticate with HTTP Basic at the token URL (else in the body).
    pub basic_client_auth: bool,
    /// How long each token request takes (to make concurrent refreshes overlap).
    pub token_delay: Duration,
    /// Token requests by grant type.
    pub token_requests: HashMap<String, usize>,
    /// The query of every authorization request.
    pub authorize_queries: Vec<HashMap<String, String>>,
    /// Access tokens that work, and refresh tokens that work.
    access_tokens: Vec<String>,
    refresh_tokens: Vec<String>,
    /// Codes not yet exchanged: code → (redirect_uri, PKCE challenge).
    codes: HashMap<String, (String, Option<String>)>,
    /// OAuth 1: request token → (secret, callback, verifier once approved).
    request_tokens: HashMap<String, (String, String, Option<String>)>,
    /// OAuth 1: access token → secret.
    oauth1_tokens: HashMap<String, String>,
    /// Requests whose OAuth 1 signature did not verify.
    pub bad_signatures: usize,
    counter: u64,
}

/// The running mock: its base URL and its state.
#[derive(Clone)]
pub struct MockOAuth {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// Its behaviour and what it saw.
    pub state: Arc<Mutex<Behaviour>>,
}

impl MockOAuth {
    /// Starts the provider on a free loopback port.
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(Behaviour {
            expires_in: 3600,
            ..Behaviour::default()
        }));
        let app = Router::new()
            .route("/oauth/authorize", get(authorize_page))
            .route("/oauth/decide", get(decide))
            .route("/oauth/token", post(token))
            .route("/api/me", get(me))
            .route("/oauth1/request_token", post(request_token))
            .route("/oauth1/authorize", get(authorize_page))
            .route("/oauth1/decide", get(decide_oauth1))
            .route("/oauth1/access_token", post(access_token))
            .route("/oauth1/api/me", get(me_oauth1))
            .route("/jwt/me", get(me_jwt))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let url = format!("http://{}", listener.local_addr().expect("an address"));
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { url, state }
    }

    /// Changes the behaviour.
    pub fn set(&self, change: impl FnOnce(&mut Behaviour)) {
        change(&mut self.state.lock().expect("the mock's state"));
    }

    /// Reads the behaviour (what it saw).
    pub fn get<T>(&self, read: impl FnOnce(&Behaviour) -> T) -> T {
        read(&self.state.lock().expect("the mock's state"))
    }

    /// Token requests of a grant type so far.
    pub fn token_requests(&self, grant_type: &str) -> usize {
        self.get(|b| b.token_requests.get(grant_type).copied().unwrap_or(0))
    }

    /// A providers.yaml with `mock-oauth2` (PKCE), `mock-tenant` (a `subdomain` in its URL),
    /// `mock-oauth2-basic` (client auth with HTTP
    /// Basic, `instance_url` from the token response), `mock-cc` (client credentials),
    /// `mock-oauth1`, `mock-jwt` (HS256, key id `key-1`, secret [`JWT_SECRET_HEX`]) and `mock-apikey`.
    pub fn providers_yaml(&self) -> String {
        let url = &self.url;
        format!(
            "mock-oauth2:\n    display_name: Mock OAuth\n    auth_mode: OAUTH2\n    authorization_url: {url}/oauth/authorize\n    token_url: {url}/oauth/token\n    authorization_params:\n        access_type: offline\n    default_scopes: [profile]\n    proxy:\n        base_url: {url}\n\
mock-oauth2-basic:\n    display_name: Mock OAuth (basic client auth)\n    auth_mode: OAUTH2\n    authorization_url: {url}/oauth/authorize\n    token_url: {url}/oauth/token\n    token_request_auth_method: basic\n    disable_pkce: true\n    scope_separator: ','\n    token_response_metadata: [instance_url]\n    proxy:\n        base_url: ${{connectionConfig.instance_url}}\n    connection_config:\n        instance_url:\n            type: string\n            automated: true\n\
mock-tenant:\n    display_name: Mock OAuth (per tenant)\n    auth_mode: OAUTH2\n    authorization_url: {url}/oauth/authorize?tenant=${{connectionConfig.subdomain}}\n    token_url: {url}/oauth/token\n    proxy:\n        base_url: {url}\n    connection_config:\n        subdomain:\n            type: string\n            title: Subdomain\n            pattern: '^[a-z0-9-]+$'\n\
mock-cc:\n    display_name: Mock client credentials\n    auth_mode: OAUTH2_CC\n    token_url: {url}/oauth/token\n    proxy:\n        base_url: {url}\n\
mock-oauth1:\n    display_name: Mock OAuth 1\n    auth_mode: OAUTH1\n    request_url: {url}/oauth1/request_token\n    authorization_url: {url}/oauth1/authorize\n    token_url: {url}/oauth1/access_token\n    proxy:\n        base_url: {url}/oauth1\n\
mock-jwt:\n    display_name: Mock JWT\n    auth_mode: JWT\n    token:\n        signing_key: ${{credentials.privateKey.secret}}\n        expires_in_ms: 300000\n        header:\n            alg: HS256\n            kid: ${{credentials.privateKey.id}}\n        payload:\n            aud: /admin/\n    proxy:\n        base_url: {url}\n        headers:\n            authorization: Ghost ${{accessToken}}\n    credentials:\n        privateKey:\n            type: string\n            title: Admin API key\n\
mock-apikey:\n    display_name: Mock API key\n    auth_mode: API_KEY\n    proxy:\n        base_url: {url}\n        headers:\n            authorization: Bearer ${{apiKey}}\n    credentials:\n        apiKey:\n            type: string\n            title: API key\n"
        )
    }
}

fn next(state: &mut Behaviour, what: &str) -> String {
    state.counter += 1;
    format!("{what}-{}", state.counter)
}

/// The consent page: the app, the scopes, Approve and Deny.
async fn authorize_page(
    State(state): State<Arc<Mutex<Behaviour>>>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let oauth1 = request.uri().path().starts_with("/oauth1");
    state
        .lock()
        .expect("state")
        .authorize_queries
        .push(query.clone());
    if !oauth1 && query.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return (
            StatusCode::BAD_REQUEST,
            Html("unknown client_id".to_string()),
        )
            .into_response();
    }
    let decide = if oauth1 {
        "/oauth1/decide"
    } else {
        "/oauth/decide"
    };
    let carried = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(query.iter())
        .finish();
    let scope = query.get("scope").cloned().unwrap_or_default();
    Html(format!(
        r#"<!doctype html><html><head><title>Mock provider: authorize</title>
<style>body{{font:15px system-ui;margin:40px}} a{{display:inline-block;padding:8px 16px;margin-right:8px;border-radius:6px;text-decoration:none;color:#fff}} #approve{{background:#16794c}} #deny{{background:#b42318}}</style></head>
<body><h1>Mock provider</h1><p>An app asks for access: <code id="scope">{scope}</code></p>
<a id="approve" href="{decide}?decision=approve&amp;{carried}">Approve</a>
<a id="deny" href="{decide}?decision=deny&amp;{carried}">Deny</a></body></html>"#,
        carried = carried.replace('&', "&amp;")
    ))
    .into_response()
}

/// The user's decision: back to the app with a code, or with `access_denied`.
async fn decide(
    State(state): State<Arc<Mutex<Behaviour>>>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(redirect_uri) = query.get("redirect_uri") else {
        return (StatusCode::BAD_REQUEST, "no redirect_uri").into_response();
    };
    let mut target = match url::Url::parse(redirect_uri) {
        Ok(url) => url,
        Err(_) => return (StatusCode::BAD_REQUEST, "bad redirect_uri").into_response(),
    };
    {
        let mut pairs = target.query_pairs_mut();
        if query.get("decision").map(String::as_str) == Some("approve") {
            let mut state = state.lock().expect("state");
            let code = next(&mut state, "code");
            let challenge = query.get("code_challenge").cloned();
            state
                .codes
                .insert(code.clone(), (redirect_uri.clone(), challenge));
            pairs.append_pair("code", &code);
        } else {
            pairs.append_pair("error", "access_denied");
            pairs.append_pair("error_description", "The user denied access");
        }
        if let Some(state) = query.get("state") {
            pairs.append_pair("state", state);
        }
    }
    Redirect::to(target.as_str()).into_response()
}

fn refuse(error: &str, description: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

/// The client's credentials, from the body or HTTP Basic.
fn client_of(
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> (Option<String>, Option<String>, bool) {
    if let Some(basic) = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        && let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(basic)
        && let Some((id, secret)) = String::from_utf8_lossy(&decoded).split_once(':')
    {
        return (Some(id.to_string()), Some(secret.to_string()), true);
    }
    (
        form.get("client_id").cloned(),
        form.get("client_secret").cloned(),
        false,
    )
}

async fn token(
    State(state): State<Arc<Mutex<Behaviour>>>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let grant = form.get("grant_type").cloned().unwrap_or_default();
    let delay = {
        let mut state = state.lock().expect("state");
        *state.token_requests.entry(grant.clone()).or_default() += 1;
        state.token_delay
    };
    tokio::time::sleep(delay).await;
    let (id, secret, basic) = client_of(&headers, &form);
    let mut state = state.lock().expect("state");
    if grant == "client_credentials" {
        // Any client whose secret is its id reversed: the end user's own app.
        let (Some(id), Some(secret)) = (id, secret) else {
            return refuse("invalid_client", "no client credentials");
        };
        if secret.chars().rev().collect::<String>() != id {
            return refuse("invalid_client", "bad client secret");
        }
        let access = next(&mut state, "cc-token");
        state.access_tokens.push(access.clone());
        return axum::Json(json!({ "access_token": access, "token_type": "bearer", "expires_in": state.expires_in }))
            .into_response();
    }
    if id.as_deref() != Some(CLIENT_ID) || secret.as_deref() != Some(CLIENT_SECRET) {
        return refuse("invalid_client", "unknown client or bad secret");
    }
    if basic != state.basic_client_auth {
        return refuse("invalid_client", "wrong client authentication method");
    }
    match grant.as_str() {
        "authorization_code" => {
            if state.refuse_code {
                return refuse("invalid_grant", "the code was refused");
            }
            let code = form.get("code").cloned().unwrap_or_default();
            let Some((redirect_uri, challenge)) = state.codes.remove(&code) else {
                return refuse("invalid_grant", "unknown or used code");
            };
            if form.get("redirect_uri") != Some(&redirect_uri) {
                return refuse("invalid_grant", "redirect_uri differs");
            }
            if let Some(challenge) = challenge {
                let verifier = form.get("code_verifier").cloned().unwrap_or_default();
                let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .encode(Sha256::digest(verifier.as_bytes()));
                if computed != challenge {
                    return refuse("invalid_grant", "PKCE verification failed");
                }
            }
        }
        "refresh_token" => {
            let given = form.get("refresh_token").cloned().unwrap_or_default();
            if state.refuse_refresh || !state.refresh_tokens.contains(&given) {
                return refuse("invalid_grant", "the refresh token is revoked");
            }
        }
        other => return refuse("unsupported_grant_type", other),
    }
    let access = next(&mut state, "access");
    let refresh = next(&mut state, "refresh");
    state.access_tokens.push(access.clone());
    state.refresh_tokens.push(refresh.clone());
    axum::Json(json!({
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "bearer",
        "expires_in": state.expires_in,
        "scope": "profile",
        "instance_url": "http://127.0.0.1:1/instance",
    }))
    .into_response()
}

async fn me(State(state): State<Arc<Mutex<Behaviour>>>, headers: HeaderMap) -> Response {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .to_string();
    if !state.lock().expect("state").access_tokens.contains(&token) {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "error": "invalid_token" })),
        )
            .into_response();
    }
    axum::Json(json!({ "id": "user-1", "name": "Mock User", "token": token })).into_response()
}

// ----- OAuth 1.0a

/// RFC 3986 percent-encoding of everything but unreserved characters.
fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
        .replace('*', "%2A")
        .replace("%7E", "~")
}

/// The `oauth_*` fields of an `Authorization: OAuth …` header.
fn oauth_fields(headers: &HeaderMap) -> HashMap<String, String> {
    let header = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("OAuth "))
        .unwrap_or_default();
    header
        .split(',')
        .filter_map(|field| {
            let (name, value) = field.trim().split_once('=')?;
            let value = value.trim_matches('"');
            let decode = |s: &str| {
                url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
                    .next()
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            };
            Some((decode(name), decode(value)))
        })
        .collect()
}

/// Whether the request's signature is right for these secrets.
fn verify(
    method: &str,
    url: &str,
    query: &str,
    fields: &HashMap<String, String>,
    consumer_secret: &str,
    token_secret: &str,
) -> bool {
    let Some(signature) = fields.get("oauth_signature") else {
        return false;
    };
    let mut params: Vec<String> = fields
        .iter()
        .filter(|(k, _)| *k != "oauth_signature")
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .chain(
            url::form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| format!("{}={}", encode(&k), encode(&v))),
        )
        .collect();
    params.sort();
    let base = [method, &encode(url), &encode(&params.join("&"))].join("&");
    let key = format!("{}&{}", encode(consumer_secret), encode(token_secret));
    let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(key.as_bytes()).expect("any key");
    mac.update(base.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()) == *signature
}

fn form_answer(pairs: &[(&str, &str)]) -> Response {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    (
        [("content-type", "application/x-www-form-urlencoded")],
        body,
    )
        .into_response()
}

fn host_url(headers: &HeaderMap, path: &str) -> String {
    let host = headers
        .get("host")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}{path}")
}

async fn request_token(State(state): State<Arc<Mutex<Behaviour>>>, headers: HeaderMap) -> Response {
    let fields = oauth_fields(&headers);
    let url = host_url(&headers, "/oauth1/request_token");
    let mut state = state.lock().expect("state");
    if fields.get("oauth_consumer_key").map(String::as_str) != Some(CLIENT_ID)
        || !verify("POST", &url, "", &fields, CLIENT_SECRET, "")
    {
        state.bad_signatures += 1;
        return (StatusCode::UNAUTHORIZED, "bad signature").into_response();
    }
    let Some(callback) = fields.get("oauth_callback").cloned() else {
        return (StatusCode::BAD_REQUEST, "no oauth_callback").into_response();
    };
    let token = next(&mut state, "rt");
    let secret = next(&mut state, "rts");
    state
        .request_tokens
        .insert(token.clone(), (secret.clone(), callback, None));
    form_answer(&[
        ("oauth_token", &token),
        ("oauth_token_secret", &secret),
        ("oauth_callback_confirmed", "true"),
    ])
}

async fn decide_oauth1(
    State(state): State<Arc<Mutex<Behaviour>>>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let token = query.get("oauth_token").cloned().unwrap_or_default();
    let mut state = state.lock().expect("state");
    let verifier = next(&mut state, "verifier");
    let Some(entry) = state.request_tokens.get_mut(&token) else {
        return (StatusCode::BAD_REQUEST, "unknown oauth_token").into_response();
    };
    let Ok(mut target) = url::Url::parse(&entry.1) else {
        return (StatusCode::BAD_REQUEST, "bad callback").into_response();
    };
    if query.get("decision").map(String::as_str) == Some("approve") {
        entry.2 = Some(verifier.clone());
        target
            .query_pairs_mut()
            .append_pair("oauth_token", &token)
            .append_pair("oauth_verifier", &verifier);
    } else {
        target.query_pairs_mut().append_pair("denied", &token);
    }
    Redirect::to(target.as_str()).into_response()
}

async fn access_token(State(state): State<Arc<Mutex<Behaviour>>>, headers: HeaderMap) -> Response {
    let fields = oauth_fields(&headers);
    let url = host_url(&headers, "/oauth1/access_token");
    let mut state = state.lock().expect("state");
    let token = fields.get("oauth_token").cloned().unwrap_or_default();
    let Some((secret, _, verifier)) = state.request_tokens.get(&token).cloned() else {
        return (StatusCode::UNAUTHORIZED, "unknown request token").into_response();
    };
    if !verify("POST", &url, "", &fields, CLIENT_SECRET, &secret) {
        state.bad_signatures += 1;
        return (StatusCode::UNAUTHORIZED, "bad signature").into_response();
    }
    if verifier.is_none() || fields.get("oauth_verifier") != verifier.as_ref() {
        return (StatusCode::UNAUTHORIZED, "bad verifier").into_response();
    }
    state.request_tokens.remove(&token);
    let access = next(&mut state, "at");
    let access_secret = next(&mut state, "ats");
    state
        .oauth1_tokens
        .insert(access.clone(), access_secret.clone());
    form_answer(&[
        ("oauth_token", &access),
        ("oauth_token_secret", &access_secret),
        ("user_id", "user-1"),
    ])
}

async fn me_oauth1(
    State(state): State<Arc<Mutex<Behaviour>>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let fields = oauth_fields(&headers);
    let url = host_url(&headers, "/oauth1/api/me");
    let mut state = state.lock().expect("state");
    let token = fields.get("oauth_token").cloned().unwrap_or_default();
    let secret = state.oauth1_tokens.get(&token).cloned().unwrap_or_default();
    if secret.is_empty()
        || !verify(
            "GET",
            &url,
            query.as_deref().unwrap_or_default(),
            &fields,
            CLIENT_SECRET,
            &secret,
        )
    {
        state.bad_signatures += 1;
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(Value::from("bad signature")),
        )
            .into_response();
    }
    axum::Json(json!({ "id": "user-1", "via": "oauth1" })).into_response()
}

/// `Authorization: Ghost <JWT>`: HS256 with [`JWT_SECRET_HEX`], key id `key-1`, not expired.
async fn me_jwt(headers: HeaderMap) -> Response {
    let refuse = |why: &str| {
        (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "error": why })),
        )
            .into_response()
    };
    let Some(token) = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Ghost "))
    else {
        return refuse("no Ghost token");
    };
    let parts: Vec<&str> = token.split('.').collect();
    let [header, payload, signature] = parts[..] else {
        return refuse("not a JWT");
    };
    let secret: Vec<u8> = (0..JWT_SECRET_HEX.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&JWT_SECRET_HEX[i..i + 2], 16).expect("hex"))
        .collect();
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&secret).expect("any key");
    mac.update(format!("{header}.{payload}").as_bytes());
    let expected =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    if expected != signature {
        return refuse("bad signature");
    }
    let decode = |part: &str| -> Value {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or(Value::Null)
    };
    let (header, claims) = (decode(header), decode(payload));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    if header["kid"] != "key-1"
        || claims["aud"] != "/admin/"
        || claims["exp"].as_u64().is_none_or(|exp| exp <= now)
    {
        return refuse("wrong key id, audience or expiry");
    }
    axum::Json(json!({ "id": "user-1", "via": "jwt" })).into_response()
}
