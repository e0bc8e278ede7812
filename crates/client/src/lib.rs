//! The Nango REST API, as the CLI uses it (`nango dryrun` today, `nango deploy` next): connections,
//! integrations, metadata, environment variables, actions, records and the proxy. It speaks the
//! paths both the real Nango server and ours accept (`/connection/:id`, `/integrations/:key` with a
//! fallback to `/config/:key`).
#![deny(missing_docs)]

use nango_proxy::{ProxyRequest, ProxyResponse, RequestBody, error_chain};
use serde_json::Value;

/// Environment variable naming the Nango instance (default `https://api.nango.dev`).
pub const DEFAULT_HOST: &str = "https://api.nango.dev";

/// A failed API call.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ClientError {
    /// The server answered with an error status.
    #[error("{method} {path} answered {status}: {message}")]
    Status {
        /// Method of the call.
        method: String,
        /// Path of the call.
        path: String,
        /// HTTP status.
        status: u16,
        /// The error message of the body (`error.message`, or the body itself).
        message: String,
        /// The body, parsed when it is JSON.
        body: Value,
    },
    /// The server could not be reached.
    #[error("cannot reach the Nango server at {host}: {message}")]
    Unreachable {
        /// The host.
        host: String,
        /// What failed.
        message: String,
    },
    /// The answer is not what the API promises.
    #[error("unexpected answer to {path}: {message}")]
    Unexpected {
        /// Path of the call.
        path: String,
        /// What is wrong.
        message: String,
    },
}

impl ClientError {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// A client of one environment of a Nango instance (its secret key picks the environment).
#[derive(Clone)]
pub struct NangoClient {
    http: reqwest::Client,
    host: String,
    secret_key: String,
    dry_run: bool,
}

impl NangoClient {
    /// A client for `host` (one trailing `/` is ignored) with an environment's secret key.
    pub fn new(host: &str, secret_key: &str) -> Result<Self, ClientError> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("nango-rs-cli/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Unreachable {
                host: host.into(),
                message: e.to_string(),
            })?;
        Ok(Self {
            http,
            host: host.trim_end_matches('/').to_string(),
            secret_key: secret_key.to_string(),
            dry_run: false,
        })
    }

    /// Marks requests as coming from a dry run (`Nango-Is-Dry-Run: true`).
    pub fn dry_run(mut self) -> Self {
        self.dry_run = true;
        self
    }

    /// The host this client talks to.
    pub fn host(&self) -> &str {
        &self.host
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut builder = self
            .http
            .request(method, format!("{}{path}", self.host))
            .bearer_auth(&self.secret_key);
        if self.dry_run {
            builder = builder.header("Nango-Is-Dry-Run", "true");
        }
        builder
    }

    async fn json(
        &self,
        method: &str,
        path: &str,
        builder: reqwest::RequestBuilder,
    ) -> Result<Value, ClientError> {
        let response = builder.send().await.map_err(|e| ClientError::Unreachable {
            host: self.host.clone(),
            message: error_chain(&e),
        })?;
        let status = response.status().as_u16();
        let text = response
            .text()
            .await
            .map_err(|e| ClientError::Unreachable {
                host: self.host.clone(),
                message: error_chain(&e),
            })?;
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        if !(200..300).contains(&status) {
            let message = body
                .pointer("/error/message")
                .or_else(|| body.get("message"))
                .or_else(|| body.get("error").filter(|e| e.is_string()))
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| body.to_string());
            return Err(ClientError::Status {
                method: method.into(),
                path: path.into(),
                status,
                message,
                body,
            });
        }
        Ok(body)
    }

    /// `GET /connection/:id?provider_config_key=…`: the connection with its credentials.
    pub async fn get_connection(
        &self,
        provider_config_key: &str,
        connection_id: &str,
        force_refresh: bool,
    ) -> Result<Value, ClientError> {
        let path = format!(
            "/connection/{}?provider_config_key={}&force_refresh={force_refresh}&refresh_token=false",
            encode(connection_id),
            encode(provider_config_key)
        );
        self.json("GET", &path, self.request(reqwest::Method::GET, &path))
            .await
    }

    /// The integration: `GET /integrations/:key` (`{data}`), falling back to the older
    /// `GET /config/:key` (`{config}`) on servers that lack the first.
    pub async fn get_integration(
        &self,
        key: &str,
        include: &[String],
    ) -> Result<Value, ClientError> {
        let mut path = format!("/integrations/{}", encode(key));
        if !include.is_empty() {
            path.push_str(&format!(
                "?include={}",
                include
                    .iter()
                    .map(|i| encode(i))
                    .collect::<Vec<_>>()
                    .join(",")
            ));
        }
        match self
            .json("GET", &path, self.request(reqwest::Method::GET, &path))
            .await
        {
            Ok(body) => body
                .get("data")
                .cloned()
                .ok_or_else(|| ClientError::Unexpected {
                    path,
                    message: "no `data`".into(),
                }),
            Err(error) if error.status() == Some(404) => {
                let legacy = format!("/config/{}", encode(key));
                let body = self
                    .json("GET", &legacy, self.request(reqwest::Method::GET, &legacy))
                    .await
                    .map_err(|_| error)?;
                body.get("config")
                    .cloned()
                    .ok_or_else(|| ClientError::Unexpected {
                        path: legacy,
                        message: "no `config`".into(),
                    })
            }
            Err(error) => Err(error),
        }
    }

    /// `GET /integrations`: the environment's integrations (`{data: [...]}`).
    pub async fn integrations(&self) -> Result<Value, ClientError> {
        let path = "/integrations";
        self.json("GET", path, self.request(reqwest::Method::GET, path))
            .await
    }

    /// `POST /integrations`: creates an integration (`{unique_key, provider, display_name?,
    /// credentials?}`); answers `{data}`.
    pub async fn create_integration(&self, integration: &Value) -> Result<Value, ClientError> {
        let path = "/integrations";
        self.json(
            "POST",
            path,
            self.request(reqwest::Method::POST, path).json(integration),
        )
        .await
    }

    /// `DELETE /integrations/:key`: deletes an integration and its connections.
    pub async fn delete_integration(&self, key: &str) -> Result<Value, ClientError> {
        let path = format!("/integrations/{}", encode(key));
        self.json(
            "DELETE",
            &path,
            self.request(reqwest::Method::DELETE, &path),
        )
        .await
    }

    /// `POST /connection/metadata` (replace) or `PATCH` (merge).
    pub async fn set_metadata(
        &self,
        provider_config_key: &str,
        connection_id: &str,
        metadata: &Value,
        merge: bool,
    ) -> Result<Value, ClientError> {
        let path = "/connection/metadata";
        let method = if merge {
            reqwest::Method::PATCH
        } else {
            reqwest::Method::POST
        };
        let body = serde_json::json!({ "metadata": metadata, "connection_id": connection_id, "provider_config_key": provider_config_key });
        self.json(
            method.as_str(),
            path,
            self.request(method.clone(), path).json(&body),
        )
        .await
    }

    /// `GET /environment-variables`.
    pub async fn environment_variables(&self) -> Result<Value, ClientError> {
        let path = "/environment-variables";
        self.json("GET", path, self.request(reqwest::Method::GET, path))
            .await
    }

    /// `POST /environment-variables`: sets variables (`{name, value}` or a list; a `null`
    /// value removes one). A nango-rs server route.
    pub async fn set_environment_variables(&self, variables: &Value) -> Result<Value, ClientError> {
        let path = "/environment-variables";
        self.json(
            "POST",
            path,
            self.request(reqwest::Method::POST, path).json(variables),
        )
        .await
    }

    /// `GET /environment`: the environment's settings (a nango-rs server route).
    pub async fn environment(&self) -> Result<Value, ClientError> {
        let path = "/environment";
        self.json("GET", path, self.request(reqwest::Method::GET, path))
            .await
    }

    /// `PATCH /environment`: sets `webhook_url` / `webhook_secret` (a nango-rs server route).
    pub async fn update_environment(&self, settings: &Value) -> Result<Value, ClientError> {
        let path = "/environment";
        self.json(
            "PATCH",
            path,
            self.request(reqwest::Method::PATCH, path).json(settings),
        )
        .await
    }

    /// `GET /logs/operations`: the newest operations (`kind`: sync, action or proxy).
    pub async fn operations(&self, kind: Option<&str>, limit: u32) -> Result<Value, ClientError> {
        let mut path = format!("/logs/operations?limit={limit}");
        if let Some(kind) = kind {
            path.push_str(&format!("&kind={}", encode(kind)));
        }
        self.json("GET", &path, self.request(reqwest::Method::GET, &path))
            .await
    }

    /// `GET /logs/operations/:id`: one operation and its log lines.
    pub async fn operation(&self, id: i64) -> Result<Value, ClientError> {
        let path = format!("/logs/operations/{id}");
        self.json("GET", &path, self.request(reqwest::Method::GET, &path))
            .await
    }

    /// `POST /sync/deploy/confirmation`: what a deploy would change.
    pub async fn deploy_confirmation(&self, payload: &Value) -> Result<Value, ClientError> {
        let path = "/sync/deploy/confirmation";
        self.json(
            "POST",
            path,
            self.request(reqwest::Method::POST, path).json(payload),
        )
        .await
    }

    /// `POST /sync/deploy`: deploys; answers `[{name, version}]`.
    pub async fn deploy(&self, payload: &Value) -> Result<Value, ClientError> {
        let path = "/sync/deploy";
        self.json(
            "POST",
            path,
            self.request(reqwest::Method::POST, path).json(payload),
        )
        .await
    }

    /// `POST /action/trigger`: runs an action on the server.
    pub async fn trigger_action(
        &self,
        provider_config_key: &str,
        connection_id: &str,
        action: &str,
        input: &Value,
    ) -> Result<Value, ClientError> {
        let path = "/action/trigger";
        let builder = self
            .request(reqwest::Method::POST, path)
            .header("Connection-Id", connection_id)
            .header("Provider-Config-Key", provider_config_key)
            .json(&serde_json::json!({ "action_name": action, "input": input }));
        self.json("POST", path, builder).await
    }

    /// `GET /records/?model=…&ids=…`: records of a model by id.
    pub async fn records_by_ids(
        &self,
        provider_config_key: &str,
        connection_id: &str,
        model: &str,
        ids: &[Value],
    ) -> Result<Vec<Value>, ClientError> {
        let mut path = format!("/records/?model={}", encode(model));
        for id in ids {
            let id = id.as_str().map_or_else(|| id.to_string(), str::to_string);
            path.push_str(&format!("&ids={}", encode(&id)));
        }
        let builder = self
            .request(reqwest::Method::GET, &path)
            .header("Connection-Id", connection_id)
            .header("Provider-Config-Key", provider_config_key);
        let body = self.json("GET", &path, builder).await?;
        Ok(body
            .get("records")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default())
    }

    /// `GET /records?model=…&cursor=…`: a page of a model's records in change order (the body:
    /// `records` and `next_cursor`).
    pub async fn records_page(
        &self,
        provider_config_key: &str,
        connection_id: &str,
        model: &str,
        cursor: Option<&str>,
    ) -> Result<Value, ClientError> {
        let mut path = format!("/records?model={}&limit=100", encode(model));
        if let Some(cursor) = cursor {
            path.push_str(&format!("&cursor={}", encode(cursor)));
        }
        let builder = self
            .request(reqwest::Method::GET, &path)
            .header("Connection-Id", connection_id)
            .header("Provider-Config-Key", provider_config_key);
        self.json("GET", &path, builder).await
    }

    /// A proxy call through the server (`/proxy/<endpoint>`), which adds the credentials. Error
    /// statuses of the provider are responses, not errors.
    pub async fn proxy(
        &self,
        provider_config_key: &str,
        connection_id: &str,
        request: &ProxyRequest,
    ) -> Result<ProxyResponse, ClientError> {
        let endpoint = request.endpoint.trim_start_matches('/');
        let path = format!("/proxy/{endpoint}");
        let method = reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|_| {
            ClientError::Unexpected {
                path: path.clone(),
                message: format!("`{}` is not an HTTP method", request.method),
            }
        })?;
        let mut builder = self
            .request(method, &path)
            .header(
                "Connection-Id",
                request.connection_id.as_deref().unwrap_or(connection_id),
            )
            .header(
                "Provider-Config-Key",
                request
                    .provider_config_key
                    .as_deref()
                    .unwrap_or(provider_config_key),
            )
            .header(
                "Base-Url-Override",
                request.base_url_override.as_deref().unwrap_or_default(),
            );
        if request.retries > 0 {
            builder = builder.header("Retries", request.retries.to_string());
        }
        if !request.retry_on.is_empty() {
            builder = builder.header(
                "Retry-On",
                request
                    .retry_on
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        if let Some(decompress) = request.decompress {
            builder = builder.header("Decompress", decompress.to_string());
        }
        for (name, value) in &request.headers {
            builder = builder.header(format!("Nango-Proxy-{name}"), value);
        }
        if !request.params.is_empty() {
            builder = builder.query(&request.params);
        }
        builder = match &request.data {
            Some(RequestBody::Json(value)) => builder.json(value),
            Some(RequestBody::Text(text)) => builder
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(text.clone()),
            None => builder,
        };
        let response = builder.send().await.map_err(|e| ClientError::Unreachable {
            host: self.host.clone(),
            message: error_chain(&e),
        })?;
        ProxyResponse::read(response)
            .await
            .map_err(|e| ClientError::Unreachable {
                host: self.host.clone(),
                message: error_chain(&e),
            })
    }
}

fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
