//! `Idempotency-Key` for creates: the key, a hash of the request and the response are stored in the same
//! transaction as the created resource, so a retried create replays the first answer instead of duplicating.

use crate::error::{ApiError, ApiResult};
use crate::extract::IdempotencyKey;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::{Row, Sqlite, SqliteConnection, Transaction};

/// A fingerprint of the request: what it creates, under which path, with which (normalised) body.
pub fn request_hash<T: Serialize>(path: &str, body: &T) -> ApiResult<String> {
    let mut h = Sha256::new();
    h.update(path.as_bytes());
    h.update(b"\n");
    h.update(serde_json::to_vec(body)?);
    Ok(hex::encode(h.finalize()))
}

/// The stored answer for this key, if the key was used before (422 when with another body, 409 if in flight).
pub async fn replay(
    conn: &mut SqliteConnection,
    scope: &str,
    key: IdempotencyKey,
    hash: &str,
) -> ApiResult<Option<Response>> {
    let row = sqlx::query(
        "SELECT request_hash, status, response_body, location, etag FROM idempotency WHERE scope = ?1 AND key = ?2",
    )
    .bind(scope)
    .bind(key.0.to_string())
    .fetch_optional(conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let stored_hash: String = row.try_get("request_hash")?;
    if stored_hash != hash {
        return Err(ApiError::IdempotencyKeyReused);
    }
    let Some(status) = row.try_get::<Option<i64>, _>("status")? else {
        return Err(ApiError::IdempotencyKeyInFlight);
    };
    let status = u16::try_from(status).ok().and_then(|s| StatusCode::from_u16(s).ok()).ok_or(ApiError::Internal)?;
    let body: String = row.try_get::<Option<String>, _>("response_body")?.unwrap_or_default();
    let location: Option<String> = row.try_get("location")?;
    let etag: Option<String> = row.try_get("etag")?;
    Ok(Some(response(status, body, location.as_deref(), etag.as_deref())))
}

fn response(status: StatusCode, body: String, location: Option<&str>, etag: Option<&str>) -> Response {
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Some(v) = location.and_then(|l| HeaderValue::from_str(l).ok()) {
        h.insert(header::LOCATION, v);
    }
    if let Some(v) = etag.and_then(|e| HeaderValue::from_str(e).ok()) {
        h.insert(header::ETAG, v);
    }
    res
}

/// Stores the answer with the key, commits the transaction (resource and key together) and returns 201.
pub async fn finish<T: Serialize>(
    mut tx: Transaction<'_, Sqlite>,
    scope: &str,
    key: IdempotencyKey,
    hash: &str,
    location: String,
    version: i64,
    body: &T,
) -> ApiResult<Response> {
    let json = serde_json::to_string(body)?;
    let etag = contract::etag(version);
    sqlx::query(
        "INSERT INTO idempotency (scope, key, request_hash, status, response_body, location, etag, created_at)
         VALUES (?1, ?2, ?3, 201, ?4, ?5, ?6, ?7)",
    )
    .bind(scope)
    .bind(key.0.to_string())
    .bind(hash)
    .bind(&json)
    .bind(&location)
    .bind(&etag)
    .bind(crate::db::now_ms())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(response(StatusCode::CREATED, json, Some(&location), Some(&etag)))
}
