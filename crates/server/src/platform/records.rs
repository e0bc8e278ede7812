//! The records cache as clients read it: a connection's records of a model, in change order,
//! with their `_nango_metadata`, page by page behind opaque cursors.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use nango_store::{CachedRecord, RecordQuery};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::syncs::stored_model;
use super::{ErrorCode, Platform, PlatformError, Result, credentials};

/// Most records a page may hold.
pub const MAX_LIMIT: i64 = 10_000;

/// What a client asks of the cache (the parameters of `/records`, already typed).
#[derive(Debug, Clone, Default)]
pub struct RecordsQuery {
    /// The model.
    pub model: String,
    /// The sync variant (`base`).
    pub variant: Option<String>,
    /// Records per page (1 to [`MAX_LIMIT`], default 100).
    pub limit: Option<i64>,
    /// Where the last page ended.
    pub cursor: Option<String>,
    /// Only records changed after this (ISO 8601).
    pub modified_after: Option<String>,
    /// `added`, `updated`, `deleted` (comma-separated).
    pub filter: Option<String>,
    /// Only these ids.
    pub ids: Vec<String>,
}

/// One page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RecordsPage {
    /// The records, each with `_nango_metadata`.
    #[schema(value_type = Vec<Object>)]
    pub records: Vec<Value>,
    /// The cursor of the next page, when there may be one.
    pub next_cursor: Option<String>,
}

impl Platform {
    /// One page of a connection's records.
    pub async fn records_page(&self, connection: i64, query: &RecordsQuery) -> Result<RecordsPage> {
        let query = store_query(connection, query)?;
        let records = self.store.records(&query).await?;
        let next_cursor = (records.len() as i64 == query.limit)
            .then(|| records.last().map(|r| encode_cursor(r.cursor)))
            .flatten();
        Ok(RecordsPage {
            records: records.into_iter().map(present).collect(),
            next_cursor,
        })
    }
}

fn invalid(message: impl Into<String>) -> PlatformError {
    PlatformError::new(ErrorCode::InvalidQuery, message)
}

fn store_query(connection: i64, query: &RecordsQuery) -> Result<RecordQuery> {
    if query.model.is_empty() {
        return Err(PlatformError::new(
            ErrorCode::MissingModel,
            "the `model` query parameter is required",
        ));
    }
    let limit = match query.limit {
        None => 100,
        Some(limit) if (1..=MAX_LIMIT).contains(&limit) => limit,
        Some(_) => {
            return Err(invalid(format!(
                "`limit` must be a number from 1 to {MAX_LIMIT}"
            )));
        }
    };
    let after_cursor = match query.cursor.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(cursor) => Some(decode_cursor(cursor).ok_or_else(|| {
            PlatformError::new(
                ErrorCode::InvalidCursor,
                "`cursor` is not a cursor this server gave (use `next_cursor` or a record's `_nango_metadata.cursor`)",
            )
        })?),
    };
    let modified_after = match query.modified_after.as_deref().filter(|v| !v.is_empty()) {
        None => None,
        Some(text) => Some(credentials::normalize_time(text).ok_or_else(|| {
            invalid(format!(
                "`modified_after` {text:?} is not an ISO 8601 date-time"
            ))
        })?),
    };
    let mut actions = Vec::new();
    for part in query
        .filter
        .iter()
        .flat_map(|f| f.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        // Nango's clients send lower case; its API documents upper case too.
        let action = match part {
            "added" | "ADDED" => "ADDED",
            "updated" | "UPDATED" => "UPDATED",
            "deleted" | "DELETED" => "DELETED",
            other => {
                return Err(invalid(format!(
                    "`filter` takes added, updated and deleted (comma-separated), not {other:?}"
                )));
            }
        };
        actions.push(action.to_string());
    }
    Ok(RecordQuery {
        connection,
        model: stored_model(&query.model, query.variant.as_deref().unwrap_or("base")),
        after_cursor,
        modified_after,
        actions,
        ids: query
            .ids
            .iter()
            .flat_map(|v| v.split(','))
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .collect(),
        limit,
    })
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
pub fn encode_cursor(position: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("c{position}"))
}

/// A cursor's position, if this server gave it.
pub fn decode_cursor(cursor: &str) -> Option<i64> {
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
