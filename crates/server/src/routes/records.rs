//! `GET /records`: a connection's cached records of a model, in change order, with their
//! `_nango_metadata`, page by page.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use nango_store::{CachedRecord, RecordQuery};
use serde_json::{Value, json};

use super::connections::connection;
use super::{connection_headers, query_pairs, query_value};
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, credentials, syncs};

/// Most records a page may hold.
const MAX_LIMIT: i64 = 10_000;

pub async fn list(
    State(state): State<AppState>,
    Env(env): Env,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let (connection_id, key) = connection_headers(&headers)?;
    let connection = connection(&state, env.id, &key, &connection_id).await?;
    let pairs = query_pairs(query.as_deref());
    let model = query_value(&pairs, "model")
        .filter(|m| !m.is_empty())
        .ok_or_else(|| {
            ApiError::bad_request("missing_model", "the `model` query parameter is required")
        })?;
    let query = record_query(connection.id, model, &pairs)?;
    Ok(Json(page(&state, &query).await?))
}

/// A records query from `/records`' parameters (also used by sync endpoints).
pub fn record_query(
    connection: i64,
    model: &str,
    pairs: &[(String, String)],
) -> ApiResult<RecordQuery> {
    let variant = query_value(pairs, "variant").unwrap_or("base");
    let limit = match query_value(pairs, "limit") {
        None | Some("") => 100,
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|l| (1..=MAX_LIMIT).contains(l))
            .ok_or_else(|| {
                ApiError::bad_request(
                    "invalid_query",
                    format!("`limit` must be a number from 1 to {MAX_LIMIT}"),
                )
            })?,
    };
    let after_cursor = match query_value(pairs, "cursor").filter(|c| !c.is_empty()) {
        None => None,
        Some(cursor) => Some(decode_cursor(cursor).ok_or_else(|| {
            ApiError::bad_request(
                "invalid_cursor",
                "`cursor` is not a cursor this server gave (use `next_cursor` or a record's `_nango_metadata.cursor`)",
            )
        })?),
    };
    let modified_after = match query_value(pairs, "modified_after")
        .or_else(|| query_value(pairs, "delta"))
        .filter(|v| !v.is_empty())
    {
        None => None,
        Some(text) => Some(credentials::normalize_time(text).ok_or_else(|| {
            ApiError::bad_request(
                "invalid_query",
                format!("`modified_after` {text:?} is not an ISO 8601 date-time"),
            )
        })?),
    };
    let mut actions = Vec::new();
    if let Some(filter) = query_value(pairs, "filter").filter(|f| !f.is_empty()) {
        for part in filter.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let action = match part.to_ascii_lowercase().as_str() {
                "added" => "ADDED",
                "updated" => "UPDATED",
                "deleted" => "DELETED",
                other => {
                    return Err(ApiError::bad_request(
                        "invalid_query",
                        format!(
                            "`filter` takes added, updated and deleted (comma-separated), not {other:?}"
                        ),
                    ));
                }
            };
            actions.push(action.to_string());
        }
    }
    let ids = pairs
        .iter()
        .filter(|(k, _)| k == "ids" || k == "ids[]")
        .flat_map(|(_, v)| v.split(',').map(str::to_string).collect::<Vec<_>>())
        .filter(|id| !id.is_empty())
        .collect();
    Ok(RecordQuery {
        connection,
        model: syncs::stored_model(model, variant),
        after_cursor,
        modified_after,
        actions,
        ids,
        limit,
    })
}

/// One page: `{records, next_cursor}`.
pub async fn page(state: &AppState, query: &RecordQuery) -> ApiResult<Value> {
    let records = state.store.records(query).await?;
    let next_cursor = (records.len() as i64 == query.limit)
        .then(|| records.last().map(|r| encode_cursor(r.cursor)))
        .flatten();
    let records: Vec<Value> = records.into_iter().map(present).collect();
    Ok(json!({ "records": records, "next_cursor": next_cursor }))
}

fn present(record: CachedRecord) -> Value {
    let metadata = json!({
        "first_seen_at": record.first_seen_at,
        "last_modified_at": record.last_modified_at,
        "last_action": record.last_action,
        "deleted_at": record.deleted_at,
        "cursor": encode_cursor(record.cursor),
    });
    let mut data = match record.data {
        Value::Object(object) => object,
        other => {
            let mut object = serde_json::Map::new();
            object.insert("id".into(), json!(record.id));
            object.insert("value".into(), other);
            object
        }
    };
    data.insert("_nango_metadata".into(), metadata);
    Value::Object(data)
}

/// Cursors are opaque to clients.
fn encode_cursor(position: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("c{position}"))
}

fn decode_cursor(cursor: &str) -> Option<i64> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim_end_matches('=')).ok()?;
    std::str::from_utf8(&bytes)
        .ok()?
        .strip_prefix('c')?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn cursors_round_trip_and_foreign_ones_are_refused() {
        let cursor = super::encode_cursor(12345);
        assert_eq!(super::decode_cursor(&cursor), Some(12345));
        assert_eq!(super::decode_cursor("abc"), None);
        assert_eq!(super::decode_cursor("12345"), None);
    }
}
