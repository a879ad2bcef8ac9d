//! Demo login (`/dev/login`): choose a demo borger instead of MitID. Mounted only with `--demo-login`.

use crate::AppState;
use crate::auth;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Valid, json};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use contract::session::{DemoBorger, DemoLogin};
use contract::validate::{Checker, Validate};
use sqlx::Row;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/dev/login", get(demo_login_list).post(demo_login_create))
}

/// Wrapper so the login body goes through the same extractor as every other body.
#[derive(Debug, serde::Deserialize)]
#[serde(transparent)]
pub struct LoginBody(DemoLogin);

impl Validate for LoginBody {
    fn check(&mut self, _c: &mut Checker, _prefix: &str) {}
}

/// The demo borgere one can log in as.
#[utoipa::path(get, path = "/dev/login", tag = "dev",
    responses((status = 200, description = "Demo borgere", body = Vec<DemoBorger>)))]
pub async fn demo_login_list(State(st): State<AppState>) -> ApiResult<Response> {
    let rows = sqlx::query("SELECT id, profile, summary FROM borgere ORDER BY rowid").fetch_all(&st.db.reader).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let profile: contract::session::BorgerProfile = serde_json::from_str(&row.try_get::<String, _>("profile")?)?;
        out.push(DemoBorger { id: profile.id, name: profile.name, summary: row.try_get("summary")? });
    }
    json(&out)
}

/// Logs in as a demo borger: a real session with a `__Host-` cookie.
#[utoipa::path(post, path = "/dev/login", tag = "dev", request_body = DemoLogin,
    responses((status = 204, description = "Logged in; Set-Cookie carries the session")))]
pub async fn demo_login_create(
    State(st): State<AppState>,
    Valid(LoginBody(body)): Valid<LoginBody>,
) -> ApiResult<Response> {
    if !crate::store::borger_exists(&st.db.reader, body.borger_id).await? {
        return Err(ApiError::NotFound);
    }
    let cookie = auth::login(&st, body.borger_id, body.shared_device).await?;
    let cookie = HeaderValue::from_str(&cookie).map_err(|_| ApiError::Internal)?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}
