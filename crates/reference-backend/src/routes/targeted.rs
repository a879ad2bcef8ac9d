//! Targeted CVs (målrettede CV'er): named selections from the brutto CV.

use crate::AppState;
use crate::auth::CurrentBorger;
use crate::db::now_ms;
use crate::error::ApiResult;
use crate::extract::{IdempotencyKey, IfMatch, Path, Valid, json, tagged};
use crate::idempotency;
use crate::store::{self, kind, ms_to_time};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use contract::common::Actor;
use contract::cv::{TargetedCv, TargetedCvInput};
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/cv/targeted", get(targeted_list).post(targeted_create))
        .route("/api/v1/cv/targeted/{id}", get(targeted_get).put(targeted_put).delete(targeted_delete))
}

/// All targeted CVs, oldest first.
#[utoipa::path(get, path = "/api/v1/cv/targeted", tag = "cv",
    responses((status = 200, description = "Targeted CVs", body = Vec<TargetedCv>)))]
pub async fn targeted_list(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let all: Vec<TargetedCv> =
        store::list(&st.db.reader, b.id, kind::TARGETED).await?.into_iter().map(|(t, _)| t).collect();
    json(&all)
}

/// Makes a targeted CV.
#[utoipa::path(post, path = "/api/v1/cv/targeted", tag = "cv", request_body = TargetedCvInput,
    responses((status = 201, description = "Created", body = TargetedCv)))]
pub async fn targeted_create(
    State(st): State<AppState>,
    b: CurrentBorger,
    key: IdempotencyKey,
    Valid(content): Valid<TargetedCvInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("targeted", &content)?;
    let scope = b.id.to_string();
    let mut tx = st.db.writer.begin().await?;
    if let Some(replay) = idempotency::replay(&mut tx, &scope, key, &hash).await? {
        return Ok(replay);
    }
    let now = now_ms();
    let t = TargetedCv {
        id: Uuid::new_v4(),
        version: 1,
        created_at: ms_to_time(now),
        updated_at: ms_to_time(now),
        content,
    };
    store::put(&mut tx, b.id, kind::TARGETED, t.id, t.version, &t, Actor::Borger, now).await?;
    idempotency::finish(tx, &scope, key, &hash, format!("/api/v1/cv/targeted/{}", t.id), t.version, &t).await
}

/// One targeted CV.
#[utoipa::path(get, path = "/api/v1/cv/targeted/{id}", tag = "cv", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "The targeted CV", body = TargetedCv)))]
pub async fn targeted_get(State(st): State<AppState>, b: CurrentBorger, Path(id): Path<Uuid>) -> ApiResult<Response> {
    let (t, _) = store::must_get::<TargetedCv>(&st.db.reader, b.id, kind::TARGETED, id).await?;
    tagged(StatusCode::OK, t.version, &t)
}

/// Replaces a targeted CV.
#[utoipa::path(put, path = "/api/v1/cv/targeted/{id}", tag = "cv", params(("id" = Uuid, Path, description = "Id")),
    request_body = TargetedCvInput, responses((status = 200, description = "Saved", body = TargetedCv)))]
pub async fn targeted_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
    Valid(content): Valid<TargetedCvInput>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (mut t, _) = store::must_get::<TargetedCv>(&mut *tx, b.id, kind::TARGETED, id).await?;
    if_match.check(t.version)?;
    let now = now_ms();
    t.version += 1;
    t.updated_at = ms_to_time(now);
    t.content = content;
    store::put(&mut tx, b.id, kind::TARGETED, id, t.version, &t, Actor::Borger, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, t.version, &t)
}

/// Deletes a targeted CV.
#[utoipa::path(delete, path = "/api/v1/cv/targeted/{id}", tag = "cv", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 204, description = "Deleted")))]
pub async fn targeted_delete(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<Response> {
    super::delete_versioned::<TargetedCv>(&st, b.id, kind::TARGETED, id, &if_match, |t| t.version).await
}
