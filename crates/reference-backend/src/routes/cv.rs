//! The brutto CV: one document per borger, read whole and replaced whole with `If-Match`.

use crate::AppState;
use crate::auth::CurrentBorger;
use crate::db::now_ms;
use crate::error::ApiResult;
use crate::extract::{IfMatch, Valid, tagged};
use crate::store::{self, kind, ms_to_time};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use contract::common::Actor;
use contract::cv::{Cv, CvContent};
use sqlx::SqliteExecutor;
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/cv", get(cv_get).put(cv_put))
}

/// The stored CV, or an empty one at version 0 when the borger has not saved one yet.
async fn load<'c>(e: impl SqliteExecutor<'c>, borger: Uuid) -> ApiResult<Cv> {
    // The CV's document id is the borger's id: there is exactly one.
    let stored = store::get::<Cv>(e, borger, kind::CV, borger).await?;
    Ok(stored.map(|(cv, _)| cv).unwrap_or(Cv { version: 0, updated_at: None, content: CvContent::default() }))
}

/// The brutto CV.
#[utoipa::path(get, path = "/api/v1/cv", tag = "cv",
    responses((status = 200, description = "The CV (version 0 and empty before the first save)", body = Cv)))]
pub async fn cv_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let cv = load(&st.db.reader, b.id).await?;
    tagged(StatusCode::OK, cv.version, &cv)
}

/// Replaces the CV. The first save sends `If-Match: "v0"`.
#[utoipa::path(put, path = "/api/v1/cv", tag = "cv", request_body = CvContent,
    responses((status = 200, description = "The saved CV", body = Cv)))]
pub async fn cv_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    if_match: IfMatch,
    Valid(content): Valid<CvContent>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let current = load(&mut *tx, b.id).await?;
    if_match.check(current.version)?;
    let now = now_ms();
    let cv = Cv { version: current.version + 1, updated_at: Some(ms_to_time(now)), content };
    store::put(&mut tx, b.id, kind::CV, b.id, cv.version, &cv, Actor::Borger, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, cv.version, &cv)
}
