//! The service layer's errors: a stable [`ErrorCode`] with a message written for the caller,
//! and details. Whoever answers the caller (the HTTP routes, the sandbox host) turns them into
//! its own shape; the HTTP status of each code is decided in one place, `crate::error`.

use serde_json::Value;

/// Every stable error code the platform answers with. The strings are part of the API: clients
/// (and Nango's own) branch on them, so a code is never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// No or an unknown secret key.
    UnknownAccount,
    /// The body is not JSON, or a field is missing or of the wrong type.
    InvalidBody,
    /// A query parameter is missing or malformed.
    InvalidQuery,
    /// A header is malformed.
    InvalidHeader,
    /// The `Connection-Id` header is missing.
    MissingConnectionId,
    /// The `Provider-Config-Key` header (or `provider_config_key` parameter) is missing.
    MissingProviderConfigKey,
    /// No integration with that key.
    UnknownProviderConfig,
    /// A request (a deploy, a connect session) names integrations that do not exist: the same
    /// wire code as [`ErrorCode::UnknownProviderConfig`], but the request is at fault (400), not a
    /// lookup (404).
    NamedUnknownProviderConfig,
    /// No connection with that id.
    UnknownConnection,
    /// A provider name the catalog does not have (when creating an integration).
    InvalidProvider,
    /// A provider the catalog does not have (when reading it or calling it).
    UnknownProvider,
    /// A unique name is taken.
    Duplicate,
    /// An import lacks the credentials the provider's auth mode needs.
    MissingCredentials,
    /// The provider refused to refresh the token (or could not be reached).
    RefreshTokenExternalError,
    /// An action's input does not match its model.
    InvalidActionInput,
    /// An action's output does not match its model.
    InvalidActionOutput,
    /// The action threw an `ActionError`.
    ActionScriptFailure,
    /// The provider answered an error the action did not handle.
    ActionScriptHttpError,
    /// The action threw (a bug in the script).
    ActionScriptRuntimeError,
    /// A script went over a limit (time, memory, output size).
    ScriptLimitExceeded,
    /// The deployed script cannot be loaded.
    InvalidScript,
    /// No action of that name is deployed.
    UnknownAction,
    /// An async action run has not finished.
    ActionNotFinished,
    /// No sync of that name is deployed.
    UnknownSync,
    /// A frequency that is not `every <n> <unit>`.
    InvalidFrequency,
    /// A variant name that cannot be used.
    InvalidVariant,
    /// `/records` without a model.
    MissingModel,
    /// A records cursor this server did not give.
    InvalidCursor,
    /// No operation of that id in the logs.
    UnknownOperation,
    /// No route of that method and path.
    UnknownRoute,
    /// The request for the provider cannot be made (a bad URL, a credential it lacks).
    ProxyFailed,
    /// The provider could not be reached, or kept failing.
    ProviderUnreachable,
    /// A capability that is not built yet.
    NotImplemented,
    /// A script asked for metadata that is not an object.
    InvalidMetadata,
    /// An action tried to save records.
    NotASync,
    /// A sync saved records of a model it does not declare.
    UnknownModel,
    /// `triggerAction` nested too deep.
    TooDeep,
    /// A connect session token that is unknown or expired.
    InvalidConnectSessionToken,
    /// The connect session does not allow that integration.
    IntegrationNotAllowed,
    /// The integration's provider authenticates another way than the route asked for.
    InvalidAuthMode,
    /// An environment public key that is unknown.
    InvalidPublicKey,
    /// An auth mode this server cannot connect yet (AWS SigV4, TBA, …).
    UnsupportedAuthMode,
    /// The integration has no OAuth app (client id and secret) to start a flow with.
    MissingOAuthApp,
    /// The provider's URLs need connection-config values the request did not give.
    MissingConnectionConfig,
    /// An OAuth callback whose `state` is unknown, used or expired.
    InvalidOAuthState,
    /// The provider ended the flow with an error (consent denied, an invalid scope…).
    OAuthDenied,
    /// The provider's token endpoint refused the exchange or answered no token.
    TokenExchangeFailed,
    /// A dashboard login with a wrong username or password.
    InvalidLogin,
    /// Too many failed logins in a short time.
    TooManyAttempts,
    /// A dashboard change without the session's CSRF token.
    InvalidCsrfToken,
    /// The dashboard named an environment that does not exist.
    UnknownEnvironment,
    /// A cancel of a sync that is not running.
    SyncNotRunning,
    /// A key rotation step that does not fit the current state (activate without a pending key…).
    InvalidKeyRotation,
    /// The worker running a queued action stopped before the action ended.
    WorkerStopped,
    /// The database cannot be reached right now (a restart, a failover): try again shortly.
    DatabaseUnavailable,
    /// The database's disk is full: nothing was written; reads still work.
    StorageFull,
    /// The database cannot be written (a read-only file system or standby): reads still work.
    StorageReadOnly,
    /// The server failed: the message is for its log, never for the caller.
    Internal,
}

impl ErrorCode {
    /// Every code, for the documentation and its tests.
    pub const ALL: [ErrorCode; 58] = [
        Self::UnknownAccount,
        Self::InvalidBody,
        Self::InvalidQuery,
        Self::InvalidHeader,
        Self::MissingConnectionId,
        Self::MissingProviderConfigKey,
        Self::UnknownProviderConfig,
        Self::NamedUnknownProviderConfig,
        Self::UnknownConnection,
        Self::InvalidProvider,
        Self::UnknownProvider,
        Self::Duplicate,
        Self::MissingCredentials,
        Self::RefreshTokenExternalError,
        Self::InvalidActionInput,
        Self::InvalidActionOutput,
        Self::ActionScriptFailure,
        Self::ActionScriptHttpError,
        Self::ActionScriptRuntimeError,
        Self::ScriptLimitExceeded,
        Self::InvalidScript,
        Self::UnknownAction,
        Self::ActionNotFinished,
        Self::UnknownSync,
        Self::InvalidFrequency,
        Self::InvalidVariant,
        Self::MissingModel,
        Self::InvalidCursor,
        Self::UnknownOperation,
        Self::UnknownRoute,
        Self::ProxyFailed,
        Self::ProviderUnreachable,
        Self::NotImplemented,
        Self::InvalidMetadata,
        Self::NotASync,
        Self::UnknownModel,
        Self::TooDeep,
        Self::InvalidConnectSessionToken,
        Self::IntegrationNotAllowed,
        Self::InvalidAuthMode,
        Self::InvalidPublicKey,
        Self::UnsupportedAuthMode,
        Self::MissingOAuthApp,
        Self::MissingConnectionConfig,
        Self::InvalidOAuthState,
        Self::OAuthDenied,
        Self::TokenExchangeFailed,
        Self::InvalidLogin,
        Self::TooManyAttempts,
        Self::InvalidCsrfToken,
        Self::UnknownEnvironment,
        Self::SyncNotRunning,
        Self::InvalidKeyRotation,
        Self::WorkerStopped,
        Self::DatabaseUnavailable,
        Self::StorageFull,
        Self::StorageReadOnly,
        Self::Internal,
    ];

    /// The stable string.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownAccount => "unknown_account",
            Self::InvalidBody => "invalid_body",
            Self::InvalidQuery => "invalid_query",
            Self::InvalidHeader => "invalid_header",
            Self::MissingConnectionId => "missing_connection_id",
            Self::MissingProviderConfigKey => "missing_provider_config_key",
            Self::UnknownProviderConfig | Self::NamedUnknownProviderConfig => {
                "unknown_provider_config"
            }
            Self::UnknownConnection => "unknown_connection",
            Self::InvalidProvider => "invalid_provider",
            Self::UnknownProvider => "unknown_provider",
            Self::Duplicate => "duplicate",
            Self::MissingCredentials => "missing_credentials",
            Self::RefreshTokenExternalError => "refresh_token_external_error",
            Self::InvalidActionInput => "invalid_action_input",
            Self::InvalidActionOutput => "invalid_action_output",
            Self::ActionScriptFailure => "action_script_failure",
            Self::ActionScriptHttpError => "action_script_http_error",
            Self::ActionScriptRuntimeError => "action_script_runtime_error",
            Self::ScriptLimitExceeded => "script_limit_exceeded",
            Self::InvalidScript => "invalid_script",
            Self::UnknownAction => "unknown_action",
            Self::ActionNotFinished => "action_not_finished",
            Self::UnknownSync => "unknown_sync",
            Self::InvalidFrequency => "invalid_frequency",
            Self::InvalidVariant => "invalid_variant",
            Self::MissingModel => "missing_model",
            Self::InvalidCursor => "invalid_cursor",
            Self::UnknownOperation => "unknown_operation",
            Self::UnknownRoute => "unknown_route",
            Self::ProxyFailed => "proxy_failed",
            Self::ProviderUnreachable => "provider_unreachable",
            Self::NotImplemented => "not_implemented",
            Self::InvalidMetadata => "invalid_metadata",
            Self::NotASync => "not_a_sync",
            Self::UnknownModel => "unknown_model",
            Self::TooDeep => "too_deep",
            Self::InvalidConnectSessionToken => "invalid_connect_session_token",
            Self::IntegrationNotAllowed => "integration_not_allowed",
            Self::InvalidAuthMode => "invalid_auth_mode",
            Self::InvalidPublicKey => "invalid_public_key",
            Self::UnsupportedAuthMode => "unsupported_auth_mode",
            Self::MissingOAuthApp => "invalid_provider_config",
            Self::MissingConnectionConfig => "missing_connection_config",
            Self::InvalidOAuthState => "invalid_oauth_state",
            Self::OAuthDenied => "oauth_denied",
            Self::TokenExchangeFailed => "token_exchange_failed",
            Self::InvalidLogin => "invalid_login",
            Self::TooManyAttempts => "too_many_attempts",
            Self::InvalidCsrfToken => "invalid_csrf_token",
            Self::UnknownEnvironment => "unknown_environment",
            Self::SyncNotRunning => "sync_not_running",
            Self::InvalidKeyRotation => "invalid_key_rotation",
            Self::WorkerStopped => "worker_stopped",
            Self::DatabaseUnavailable => "database_unavailable",
            Self::StorageFull => "storage_full",
            Self::StorageReadOnly => "storage_read_only",
            Self::Internal => "internal_error",
        }
    }

    /// The code of a stable string (what an async action run stored).
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a platform call failed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{code}: {message}")]
pub struct PlatformError {
    /// What kind of failure.
    pub code: ErrorCode,
    /// What happened and what to do, for the caller (for [`ErrorCode::Internal`]: for the
    /// server's log only).
    pub message: String,
    /// Details (a script's error payload, validation problems…).
    pub payload: Option<Value>,
    /// What the provider answered, for failures of a call to it.
    pub upstream: Option<Value>,
}

impl PlatformError {
    /// An error with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            payload: None,
            upstream: None,
        }
    }

    /// A failure of the server itself; `message` goes to the log, not to the caller.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, message)
    }

    /// `invalid_body` with a message.
    pub fn invalid_body(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidBody, message)
    }

    /// With details.
    pub fn with_payload(mut self, payload: Value) -> Self {
        self.payload = Some(payload);
        self
    }
}

impl From<nango_store::StoreError> for PlatformError {
    fn from(error: nango_store::StoreError) -> Self {
        match error {
            nango_store::StoreError::Conflict(message) => Self::new(ErrorCode::Duplicate, message),
            nango_store::StoreError::Database(message) => {
                Self::internal(format!("store: {message}"))
            }
            nango_store::StoreError::StorageFull(message) => {
                tracing::error!("a write failed, the database's storage is full: {message}");
                Self::new(
                    ErrorCode::StorageFull,
                    "the server's storage is full: nothing was changed (reads still work); free space on the database's disk and try again",
                )
            }
            nango_store::StoreError::ReadOnly(message) => {
                tracing::error!("a write failed, the database is read-only: {message}");
                Self::new(
                    ErrorCode::StorageReadOnly,
                    "the server's database cannot be written right now: nothing was changed (reads still work); try again once it is writable",
                )
            }
            nango_store::StoreError::Unavailable(message) => {
                tracing::warn!("the database is unavailable: {message}");
                Self::new(
                    ErrorCode::DatabaseUnavailable,
                    "the database cannot be reached right now; try again in a few seconds",
                )
            }
        }
    }
}

/// What scripts see when a platform call of theirs fails: the code and message, except for the
/// server's own failures, whose text stays in the server's log.
impl From<PlatformError> for nango_runtime::HostError {
    fn from(error: PlatformError) -> Self {
        if error.code == ErrorCode::Internal {
            tracing::error!("a script's call to the platform failed: {}", error.message);
            return Self::new(
                error.code.as_str(),
                "the server failed; its log has the details",
            );
        }
        Self::new(error.code.as_str(), error.message)
    }
}

/// Results of the service layer.
pub type Result<T, E = PlatformError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn codes_are_unique_and_parse_back() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            if code == ErrorCode::NamedUnknownProviderConfig {
                continue;
            }
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert_eq!(ErrorCode::parse(code.as_str()), Some(code));
        }
    }
}
