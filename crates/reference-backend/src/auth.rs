//! Sessions (random id in a `__Host-` cookie, only its hash stored), the CSRF check, and admin bearer auth.

use crate::AppState;
use crate::db::now_ms;
use crate::error::{ApiError, ApiResult};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use sha2::{Digest, Sha256};
use sqlx::Row;
use uuid::Uuid;

/// The logged-in borger, taken from a valid session cookie (401 otherwise).
#[derive(Debug, Clone, Copy)]
pub struct CurrentBorger {
    /// The borger's id; every query is scoped by it.
    pub id: Uuid,
    /// When the session started (unix ms), for the absolute lifetime.
    pub created_at: i64,
    /// The borger said at login that the computer is shared: the app keeps nothing on it.
    pub shared_device: bool,
}

fn hash(session_id: &str) -> String {
    hex::encode(Sha256::digest(session_id.as_bytes()))
}

/// The session id from the `Cookie` header, if any.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    let prefix = format!("{}=", contract::SESSION_COOKIE);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(prefix.as_str()).map(str::to_owned))
}

/// Starts a session for `borger` and returns the `Set-Cookie` value.
pub async fn login(state: &AppState, borger: Uuid, shared_device: bool) -> ApiResult<String> {
    // 128 random bits from the OS generator (rand's thread RNG is a CSPRNG seeded from it).
    let id = format!("{:032x}", rand::random::<u128>());
    let now = now_ms();
    sqlx::query(
        "INSERT INTO sessions (id_hash, borger_id, created_at, last_seen_at, shared_device) VALUES (?1, ?2, ?3, ?3, ?4)",
    )
    .bind(hash(&id))
    .bind(borger.to_string())
    .bind(now)
    .bind(shared_device)
        .execute(&state.db.writer)
        .await?;
    let max_age = state.config.absolute_timeout_secs;
    Ok(format!("{}={id}; Max-Age={max_age}; Path=/; Secure; HttpOnly; SameSite=Strict", contract::SESSION_COOKIE))
}

/// Ends the session in the request's cookie (if any) and returns the expiring `Set-Cookie` value.
pub async fn logout(state: &AppState, headers: &HeaderMap) -> ApiResult<String> {
    if let Some(id) = session_cookie(headers) {
        sqlx::query("DELETE FROM sessions WHERE id_hash = ?1").bind(hash(&id)).execute(&state.db.writer).await?;
    }
    Ok(format!("{}=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict", contract::SESSION_COOKIE))
}

impl FromRequestParts<AppState> for CurrentBorger {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let id = session_cookie(&parts.headers).ok_or(ApiError::Unauthenticated)?;
        let id_hash = hash(&id);
        let row =
            sqlx::query("SELECT borger_id, created_at, last_seen_at, shared_device FROM sessions WHERE id_hash = ?1")
                .bind(&id_hash)
                .fetch_optional(&state.db.reader)
                .await?
                .ok_or(ApiError::Unauthenticated)?;
        let (created_at, last_seen): (i64, i64) = (row.try_get("created_at")?, row.try_get("last_seen_at")?);
        let now = now_ms();
        let idle_ms = i64::from(state.config.idle_timeout_secs) * 1000;
        let absolute_ms = i64::from(state.config.absolute_timeout_secs) * 1000;
        if now - last_seen > idle_ms || now - created_at > absolute_ms {
            sqlx::query("DELETE FROM sessions WHERE id_hash = ?1").bind(&id_hash).execute(&state.db.writer).await?;
            return Err(ApiError::Unauthenticated);
        }
        // Refresh the inactivity clock, but not on every request: one write per 1/30 of the idle time keeps
        // the single writer free for the borger's own writes under load.
        if now - last_seen > idle_ms / 30 {
            sqlx::query("UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1")
                .bind(&id_hash)
                .bind(now)
                .execute(&state.db.writer)
                .await?;
        }
        let borger: String = row.try_get("borger_id")?;
        let id = Uuid::parse_str(&borger).map_err(|_| ApiError::Internal)?;
        let shared_device: bool = row.try_get("shared_device")?;
        Ok(Self { id, created_at, shared_device })
    }
}

/// CSRF defence for cookie-authenticated writes: the custom header, and a same-origin `Origin` or
/// `Sec-Fetch-Site`. A cross-site form or a `no-cors` fetch cannot set the custom header.
pub async fn csrf(req: Request, next: Next) -> Result<Response, ApiError> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(next.run(req).await);
    }
    let h = req.headers();
    let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok());
    if text(contract::CLIENT_HEADER) != Some(contract::CLIENT_HEADER_VALUE) {
        return Err(ApiError::Forbidden);
    }
    if let Some(origin) = text("origin") {
        let origin_host = origin.split_once("://").map(|(_, rest)| rest.trim_end_matches('/'));
        if origin_host.is_none() || origin_host != text("host") {
            return Err(ApiError::Forbidden);
        }
    } else if text("sec-fetch-site").is_some_and(|site| site != "same-origin") {
        return Err(ApiError::Forbidden);
    }
    Ok(next.run(req).await)
}

/// Admin API auth: `Authorization: Bearer <token>` equal to the configured token. Cookies are ignored.
pub async fn admin(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    let expected = state.config.admin_token.as_deref().ok_or(ApiError::NotFound)?;
    let given = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = given.and_then(|g| g.strip_prefix("Bearer ")).unwrap_or_default();
    // Compare hashes so the comparison time does not depend on where the strings first differ.
    if Sha256::digest(token.as_bytes()) != Sha256::digest(expected.as_bytes()) || token.is_empty() {
        return Err(ApiError::Unauthenticated);
    }
    Ok(next.run(req).await)
}
