//! The end user's browser during an OAuth flow: the websocket the frontend listens on (`GET /`
//! upgraded), the popup's start (`GET /oauth/connect/:key`) and the provider's return
//! (`GET /oauth/callback`), client credentials (`POST /oauth2/auth/:key`) and the auth modes
//! this server does not connect (a clear `unsupported_auth_mode`).

use axum::Json;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::connect::{AuthQuery, ServerUrl, bracket_params};
use super::{Body, Query};
use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{AuthMessage, Connected, ErrorCode, OAuthCallback, OAuthStart};

/// `GET /` upgraded to a websocket: the frontend's channel for the result of its popup.
#[utoipa::path(get, path = "/", tag = "connect", security(()),
    responses(
        (status = 101, description = "A websocket: the server sends `{message_type: \"connection_ack\", ws_client_id}`, then the flow's `success` or `error`"),
        (status = 200, description = "Without an upgrade and with the dashboard off: what this server is", content_type = "text/plain", body = String),
        (status = 303, description = "Without an upgrade: to the dashboard (`/dashboard/`)")
    ))]
pub async fn root(
    State(state): State<AppState>,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    match upgrade {
        Ok(upgrade) => upgrade.on_upgrade(move |socket| listen(state, socket)),
        // A person opening the server's address: the dashboard (its login first).
        Err(_) if state.settings.dashboard => {
            axum::response::Redirect::to("/dashboard/").into_response()
        }
        Err(_) => (
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "nango-rs: the Nango platform API. The API is described at /openapi.json; end users connect at /connect.\n",
        )
            .into_response(),
    }
}

/// One browser waiting for its flow: acknowledged with its id, then told the result.
async fn listen(state: AppState, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let (id, mut results) = state.auth_listeners.register();
    let ack = serde_json::json!({ "message_type": "connection_ack", "ws_client_id": id });
    if sink
        .send(Message::Text(ack.to_string().into()))
        .await
        .is_err()
    {
        state.auth_listeners.remove(&id);
        return;
    }
    loop {
        tokio::select! {
            result = results.recv() => {
                let Some(text) = result else { break };
                let _ = sink.send(Message::Text(text.into())).await;
                // One flow per socket (the frontend closes it after the result).
                break;
            }
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => {}
            },
        }
    }
    state.auth_listeners.remove(&id);
}

/// The popup's query: the auth query plus `ws_client_id`, `user_scope`, and
/// `authorization_params[k]=v` / `params[k]=v` (read from the raw query).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConnectQuery {
    /// The end user's connect session token.
    pub connect_session_token: Option<String>,
    /// The environment's public key (older frontends; with `connection_id`).
    pub public_key: Option<String>,
    /// The connection's id.
    pub connection_id: Option<String>,
    /// The websocket listener to tell the result (the frontend's `connection_ack`).
    pub ws_client_id: Option<String>,
    /// User scopes (Slack), comma-separated.
    pub user_scope: Option<String>,
}

/// Start an OAuth flow in the end user's popup: a redirect to the provider's authorization
/// page. An error ends the flow (the frontend hears it) and shows it in the popup.
#[utoipa::path(get, path = "/oauth/connect/{providerConfigKey}", tag = "connect", security(()),
    params(("providerConfigKey" = String, Path, description = "The integration"), ConnectQuery),
    responses(
        (status = 302, description = "To the provider's authorization page"),
        (status = 400, description = "The flow could not start: a page saying why", content_type = "text/html", body = String)
    ))]
pub async fn connect(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<ConnectQuery>,
    RawQuery(raw): RawQuery,
    ServerUrl(base_url): ServerUrl,
) -> Response {
    let auth = AuthQuery {
        connect_session_token: query.connect_session_token,
        connection_id: None,
        public_key: query.public_key,
    }
    .auth();
    let start = OAuthStart {
        integration_key: key,
        auth,
        connection_id: query.connection_id,
        params: bracket_params(raw.as_deref(), "params"),
        authorization_params: bracket_params(raw.as_deref(), "authorization_params"),
        user_scope: query.user_scope.filter(|s| !s.is_empty()),
        ws_client_id: query.ws_client_id.filter(|s| !s.is_empty()),
        base_url,
    };
    match state.start_oauth(start).await {
        // 302, as documented and as Nango answers (axum's `Redirect::to` is a 303).
        Ok(url) => (StatusCode::FOUND, [(axum::http::header::LOCATION, url)]).into_response(),
        Err(message) => (StatusCode::BAD_REQUEST, result_page(&message)).into_response(),
    }
}

/// The provider's return: the code exchanged, the connection saved, the frontend told; the page
/// closes the popup.
#[utoipa::path(get, path = "/oauth/callback", tag = "connect", security(()),
    params(
        ("state" = Option<String>, Query, description = "The flow"),
        ("code" = Option<String>, Query, description = "OAuth 2: the authorization code"),
        ("error" = Option<String>, Query, description = "OAuth 2: why the provider ended the flow"),
        ("oauth_token" = Option<String>, Query, description = "OAuth 1: the request token"),
        ("oauth_verifier" = Option<String>, Query, description = "OAuth 1: the verifier")
    ),
    responses(
        (status = 200, description = "Connected: a page that closes itself", content_type = "text/html", body = String),
        (status = 400, description = "The flow failed: a page saying why", content_type = "text/html", body = String)
    ))]
pub async fn callback(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let query = url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let message = state.finish_oauth(OAuthCallback { query }).await;
    let status = match message {
        AuthMessage::Success { .. } => StatusCode::OK,
        AuthMessage::Error { .. } => StatusCode::BAD_REQUEST,
    };
    (status, result_page(&message)).into_response()
}

/// The popup's last page: the result in words, and a script that closes the window (the
/// frontend, told through its websocket, closes it too).
fn result_page(message: &AuthMessage) -> Html<String> {
    let (title, detail, class) = match message {
        AuthMessage::Success {
            provider_config_key,
            connection_id,
            ..
        } => (
            "Connected".to_string(),
            format!(
                "{provider_config_key} is connected ({connection_id}). This window closes itself."
            ),
            "ok",
        ),
        AuthMessage::Error {
            error_type,
            error_desc,
        } => (
            "The connection failed".to_string(),
            format!("{error_desc} ({error_type})"),
            "failed",
        ),
    };
    let payload = serde_json::to_string(message).unwrap_or_default();
    Html(format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: #f6f7f9; color: #1c1f24; }}
main {{ background: #fff; border-radius: 12px; padding: 28px 32px; max-width: 420px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }}
h1 {{ font-size: 18px; margin: 0 0 8px; }}
.ok h1 {{ color: #16794c; }} .failed h1 {{ color: #b42318; }}
p {{ margin: 0; word-break: break-word; }}
</style></head>
<body><main class="{class}" id="result" data-result="{data}"><h1>{title}</h1><p>{detail}</p></main>
<script>
  // The Connect UI (our own page) may have opened this window: tell it too.
  try {{ if (window.opener) window.opener.postMessage({{ nango_auth_result: {payload} }}, '*'); }} catch (e) {{}}
  setTimeout(function () {{ window.close(); }}, 700);
</script></body></html>"#,
        title = escape(&title),
        detail = escape(&detail),
        data = escape(&payload),
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A client id and secret (OAuth 2 client credentials).
#[derive(Debug, Deserialize, ToSchema)]
pub struct ClientCredentialsInput {
    /// The client id.
    #[schema(min_length = 1, pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub client_id: String,
    /// The client secret.
    #[schema(min_length = 1, pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub client_secret: String,
}

/// Connect an OAuth 2 client-credentials integration with the end user's client id and secret
/// (a token is fetched now, and again before it expires).
#[utoipa::path(post, path = "/oauth2/auth/{providerConfigKey}", tag = "connect", security(()),
    params(("providerConfigKey" = String, Path, description = "The integration"), AuthQuery),
    request_body = ClientCredentialsInput,
    responses((status = 200, body = Connected), (status = "default", body = ErrorBody)))]
pub async fn client_credentials(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<AuthQuery>,
    RawQuery(raw): RawQuery,
    Body(body): Body<ClientCredentialsInput>,
) -> ApiResult<Json<Connected>> {
    let connected = state
        .connect_client_credentials(
            query.auth().as_ref(),
            &key,
            query.connection_id.clone(),
            bracket_params(raw.as_deref(), "params"),
            &body.client_id,
            &body.client_secret,
        )
        .await?;
    Ok(Json(connected))
}

/// The keys of a JWT connection, as the frontend sends them (`{type: "JWT", privateKey, …}`:
/// whatever fields the provider's token is signed from).
#[derive(Debug, Deserialize, ToSchema)]
#[schema(value_type = Object)]
pub struct JwtInput(pub serde_json::Map<String, serde_json::Value>);

/// Connect a JWT integration with the end user's keys: the server signs the provider's token
/// from them (and again before it expires).
#[utoipa::path(post, path = "/auth/jwt/{providerConfigKey}", tag = "connect", security(()),
    params(("providerConfigKey" = String, Path, description = "The integration"), AuthQuery),
    request_body = JwtInput,
    responses((status = 200, body = Connected), (status = "default", body = ErrorBody)))]
pub async fn jwt(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<AuthQuery>,
    RawQuery(raw): RawQuery,
    Body(body): Body<JwtInput>,
) -> ApiResult<Json<Connected>> {
    let connected = state
        .connect_jwt(
            query.auth().as_ref(),
            &key,
            query.connection_id.clone(),
            bracket_params(raw.as_deref(), "params"),
            body.0,
        )
        .await?;
    Ok(Json(connected))
}

/// The auth modes the frontend posts to that this server does not connect.
const UNSUPPORTED: [(&str, &str); 6] = [
    ("two-step", "TWO_STEP"),
    ("tba", "TBA (NetSuite token-based auth)"),
    ("signature", "SIGNATURE"),
    ("bill", "BILL"),
    ("aws-sigv4", "AWS_SIGV4"),
    ("oauth-outbound", "outbound OAuth installations"),
];

/// Auth modes this server does not connect yet: always `unsupported_auth_mode`, naming the mode
/// and what does work.
#[utoipa::path(post, path = "/auth/{mode}/{providerConfigKey}", tag = "connect", security(()),
    params(
        ("mode" = String, Path, description = "The auth mode's route",
            example = "tba", pattern = "^(two-step|tba|signature|bill|aws-sigv4|oauth-outbound)$"),
        ("providerConfigKey" = String, Path, description = "The integration"),
        AuthQuery
    ),
    responses((status = 400, description = "Always `unsupported_auth_mode`", body = ErrorBody)))]
pub async fn unsupported(Path((mode, _key)): Path<(String, String)>) -> ApiError {
    match UNSUPPORTED.iter().find(|(path, _)| *path == mode) {
        Some((_, name)) => ApiError::new(
            ErrorCode::UnsupportedAuthMode,
            format!(
                "this server cannot connect {name} integrations yet; it connects OAuth 2 (authorization code and client credentials), OAuth 1.0a, API keys, basic auth, JWT and unauthenticated providers"
            ),
        ),
        None => ApiError::new(
            ErrorCode::UnsupportedAuthMode,
            format!(
                "no auth mode `{mode}`: the frontend posts to /api-auth/api-key, /api-auth/basic, /oauth2/auth, /auth/jwt or /auth/unauthenticated"
            ),
        ),
    }
}
