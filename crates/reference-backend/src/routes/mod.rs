//! The route table: one module per resource, each exposing `router()`.

pub mod admin;
pub mod cv;
pub mod dev;
pub mod jobgoals;
pub mod plan;
pub mod prep;
pub mod progression;
pub mod rehearsals;
pub mod reports;
pub mod session;
pub mod targeted;

use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::extract::IfMatch;
use crate::store;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

/// The borger API under /api/v1 (cookie session; CSRF checked by the caller's layer).
pub fn borger_router() -> Router<AppState> {
    Router::new()
        .merge(session::router())
        .merge(cv::router())
        .merge(targeted::router())
        .merge(jobgoals::router())
        .merge(rehearsals::router())
        .merge(prep::router())
        .merge(plan::router())
        .merge(progression::router())
}

/// Deletes a borger's resource after checking `If-Match` against its version (404, 428, 412 as usual).
pub async fn delete_versioned<T: serde::de::DeserializeOwned>(
    st: &AppState,
    borger: Uuid,
    kind: &str,
    id: Uuid,
    if_match: &IfMatch,
    version: impl Fn(&T) -> i64,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (doc, _) = store::must_get::<T>(&mut *tx, borger, kind, id).await?;
    if_match.check(version(&doc))?;
    if !store::delete(&mut tx, borger, kind, id).await? {
        return Err(ApiError::NotFound);
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
