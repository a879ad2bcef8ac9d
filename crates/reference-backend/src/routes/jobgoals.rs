//! Jobmål: the borger's job tracks A–F.

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
use contract::jobgoal::{Author, JobGoal, JobGoalInput};
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/jobgoals", get(jobgoals_list).post(jobgoals_create))
        .route("/api/v1/jobgoals/{id}", get(jobgoals_get).put(jobgoals_put).delete(jobgoals_delete))
}

/// All jobmål, sorted by track (A first).
#[utoipa::path(get, path = "/api/v1/jobgoals", tag = "jobgoals",
    responses((status = 200, description = "Jobmål", body = Vec<JobGoal>)))]
pub async fn jobgoals_list(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let mut all: Vec<JobGoal> =
        store::list(&st.db.reader, b.id, kind::JOBGOAL).await?.into_iter().map(|(g, _)| g).collect();
    all.sort_by(|a, b| a.content.track.cmp(&b.content.track).then(a.created_at.cmp(&b.created_at)));
    json(&all)
}

/// Adds a jobmål written by the borger.
#[utoipa::path(post, path = "/api/v1/jobgoals", tag = "jobgoals", request_body = JobGoalInput,
    responses((status = 201, description = "Created", body = JobGoal)))]
pub async fn jobgoals_create(
    State(st): State<AppState>,
    b: CurrentBorger,
    key: IdempotencyKey,
    Valid(content): Valid<JobGoalInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("jobgoals", &content)?;
    let scope = b.id.to_string();
    let mut tx = st.db.writer.begin().await?;
    if let Some(replay) = idempotency::replay(&mut tx, &scope, key, &hash).await? {
        return Ok(replay);
    }
    let now = now_ms();
    let g = JobGoal {
        id: Uuid::new_v4(),
        version: 1,
        author: Author::Borger,
        created_at: ms_to_time(now),
        updated_at: ms_to_time(now),
        content,
    };
    store::put(&mut tx, b.id, kind::JOBGOAL, g.id, g.version, &g, Actor::Borger, now).await?;
    idempotency::finish(tx, &scope, key, &hash, format!("/api/v1/jobgoals/{}", g.id), g.version, &g).await
}

/// One jobmål.
#[utoipa::path(get, path = "/api/v1/jobgoals/{id}", tag = "jobgoals", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "The jobmål", body = JobGoal)))]
pub async fn jobgoals_get(State(st): State<AppState>, b: CurrentBorger, Path(id): Path<Uuid>) -> ApiResult<Response> {
    let (g, _) = store::must_get::<JobGoal>(&st.db.reader, b.id, kind::JOBGOAL, id).await?;
    tagged(StatusCode::OK, g.version, &g)
}

/// Replaces a jobmål (the author stays).
#[utoipa::path(put, path = "/api/v1/jobgoals/{id}", tag = "jobgoals", params(("id" = Uuid, Path, description = "Id")),
    request_body = JobGoalInput, responses((status = 200, description = "Saved", body = JobGoal)))]
pub async fn jobgoals_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
    Valid(content): Valid<JobGoalInput>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (mut g, _) = store::must_get::<JobGoal>(&mut *tx, b.id, kind::JOBGOAL, id).await?;
    if_match.check(g.version)?;
    let now = now_ms();
    g.version += 1;
    g.updated_at = ms_to_time(now);
    g.content = content;
    store::put(&mut tx, b.id, kind::JOBGOAL, id, g.version, &g, Actor::Borger, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, g.version, &g)
}

/// Deletes a jobmål.
#[utoipa::path(delete, path = "/api/v1/jobgoals/{id}", tag = "jobgoals", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 204, description = "Deleted")))]
pub async fn jobgoals_delete(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<Response> {
    super::delete_versioned::<JobGoal>(&st, b.id, kind::JOBGOAL, id, &if_match, |g| g.version).await
}
