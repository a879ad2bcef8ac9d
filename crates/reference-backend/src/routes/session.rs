//! Who is logged in (`GET /api/v1/session`) and logout (`DELETE /api/v1/session`).

use crate::AppState;
use crate::auth::{self, CurrentBorger};
use crate::error::{ApiError, ApiResult};
use crate::extract::json;
use crate::store::ms_to_time;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use contract::session::{BorgerProfile, DeviceKey, Session};
use sqlx::Row;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/session", get(session_get).delete(session_delete))
        .route("/api/v1/session/device-key", get(device_key_get))
}

/// The logged-in borger and the session's lifetimes.
#[utoipa::path(get, path = "/api/v1/session", tag = "session",
    responses((status = 200, description = "The session", body = Session)))]
pub async fn session_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let row = sqlx::query("SELECT profile FROM borgere WHERE id = ?1")
        .bind(b.id.to_string())
        .fetch_optional(&st.db.reader)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let borger: BorgerProfile = serde_json::from_str(&row.try_get::<String, _>("profile")?)?;
    let absolute_ms = i64::from(st.config.absolute_timeout_secs) * 1000;
    let session = Session {
        borger,
        idle_timeout_secs: st.config.idle_timeout_secs,
        expires_at: ms_to_time(b.created_at + absolute_ms),
        shared_device: b.shared_device,
    };
    json(&session)
}

/// The borger's device key (made on first use), or null on a shared computer.
#[utoipa::path(get, path = "/api/v1/session/device-key", tag = "session",
    responses((status = 200, description = "The key for local copies", body = DeviceKey)))]
pub async fn device_key_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    if b.shared_device {
        return json(&DeviceKey { key: None });
    }
    let fresh: [u8; 32] = rand::random();
    // INSERT OR IGNORE keeps the first key: two tabs asking at once still get the same one.
    sqlx::query("INSERT OR IGNORE INTO device_keys (borger_id, key) VALUES (?1, ?2)")
        .bind(b.id.to_string())
        .bind(fresh.as_slice())
        .execute(&st.db.writer)
        .await?;
    let row = sqlx::query("SELECT key FROM device_keys WHERE borger_id = ?1")
        .bind(b.id.to_string())
        .fetch_one(&st.db.writer)
        .await?;
    let key: Vec<u8> = row.try_get("key")?;
    json(&DeviceKey { key: Some(hex::encode(key)) })
}

/// Logs out: the session is deleted server-side and the browser told to forget everything.
#[utoipa::path(delete, path = "/api/v1/session", tag = "session",
    responses((status = 204, description = "Logged out; cookie and site data cleared")))]
pub async fn session_delete(State(st): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let cookie = auth::logout(&st, &headers).await?;
    let cookie = HeaderValue::from_str(&cookie).map_err(|_| ApiError::Internal)?;
    let clear = HeaderValue::from_static("\"cache\", \"cookies\", \"storage\"");
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, cookie), (header::HeaderName::from_static("clear-site-data"), clear)],
    )
        .into_response())
}
