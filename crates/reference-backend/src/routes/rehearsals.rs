//! The rehearsal log (Øv din fremlæggelse): when the borger practised; recordings never leave the device.

use crate::AppState;
use crate::auth::CurrentBorger;
use crate::db::now_ms;
use crate::error::ApiResult;
use crate::extract::{IdempotencyKey, IfMatch, Path, Valid, json};
use crate::idempotency;
use crate::store::{self, kind};
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{delete, get};
use contract::common::Actor;
use contract::rehearsal::{Rehearsal, RehearsalInput};
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/rehearsals", get(rehearsals_list).post(rehearsals_create))
        .route("/api/v1/rehearsals/{id}", delete(rehearsals_delete))
}

/// The log, newest first.
#[utoipa::path(get, path = "/api/v1/rehearsals", tag = "rehearsals",
    responses((status = 200, description = "Practice sessions", body = Vec<Rehearsal>)))]
pub async fn rehearsals_list(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let mut all: Vec<Rehearsal> =
        store::list(&st.db.reader, b.id, kind::REHEARSAL).await?.into_iter().map(|(r, _)| r).collect();
    all.sort_by_key(|r| std::cmp::Reverse(r.content.practised_at));
    json(&all)
}

/// Logs a practice session.
#[utoipa::path(post, path = "/api/v1/rehearsals", tag = "rehearsals", request_body = RehearsalInput,
    responses((status = 201, description = "Created", body = Rehearsal)))]
pub async fn rehearsals_create(
    State(st): State<AppState>,
    b: CurrentBorger,
    key: IdempotencyKey,
    Valid(content): Valid<RehearsalInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("rehearsals", &content)?;
    let scope = b.id.to_string();
    let mut tx = st.db.writer.begin().await?;
    if let Some(replay) = idempotency::replay(&mut tx, &scope, key, &hash).await? {
        return Ok(replay);
    }
    let r = Rehearsal { id: Uuid::new_v4(), version: 1, content };
    store::put(&mut tx, b.id, kind::REHEARSAL, r.id, r.version, &r, Actor::Borger, now_ms()).await?;
    idempotency::finish(tx, &scope, key, &hash, format!("/api/v1/rehearsals/{}", r.id), r.version, &r).await
}

/// Deletes a practice session from the log.
#[utoipa::path(delete, path = "/api/v1/rehearsals/{id}", tag = "rehearsals", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 204, description = "Deleted")))]
pub async fn rehearsals_delete(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<Response> {
    super::delete_versioned::<Rehearsal>(&st, b.id, kind::REHEARSAL, id, &if_match, |r| r.version).await
}
