//! Min udvikling: weekly entries, progressionsmål (the borger proposes; the jobcenter agrees) and fleksjobs.

use crate::AppState;
use crate::auth::CurrentBorger;
use crate::db::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::extract::{IdempotencyKey, IfMatch, Path, Valid, json, tagged};
use crate::idempotency;
use crate::store::{self, kind, ms_to_time};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post, put};
use contract::common::Actor;
use contract::problem::{FieldError, FieldErrorCode};
use contract::progression::{
    EntrySource, Fleksjob, Progression, ProgressionGoal, ProgressionGoalInput, ProgressionStatus, WeekEntry,
    WeekEntryInput,
};
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/progression", get(progression_get))
        .route("/api/v1/progression/weeks", post(weeks_create))
        .route("/api/v1/progression/weeks/{id}", put(weeks_put).delete(weeks_delete))
        .route("/api/v1/progression/goals", post(goals_create))
}

/// The weekly log (newest week first), progressionsmål (newest first) and fleksjobs (by job number).
#[utoipa::path(get, path = "/api/v1/progression", tag = "progression",
    responses((status = 200, description = "Min udvikling", body = Progression)))]
pub async fn progression_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let db = &st.db.reader;
    let mut weeks: Vec<WeekEntry> = store::list(db, b.id, kind::WEEK).await?.into_iter().map(|(w, _)| w).collect();
    weeks.sort_by_key(|w| std::cmp::Reverse((w.content.week, w.content.job_no)));
    let mut goals: Vec<ProgressionGoal> =
        store::list(db, b.id, kind::GOAL).await?.into_iter().map(|(g, _)| g).collect();
    goals.reverse();
    let mut jobs: Vec<Fleksjob> = store::list(db, b.id, kind::FLEKSJOB).await?.into_iter().map(|(j, _)| j).collect();
    jobs.sort_by_key(|j| j.content.job_no);
    json(&Progression { weeks, goals, jobs })
}

/// Logs a week (egen registrering).
#[utoipa::path(post, path = "/api/v1/progression/weeks", tag = "progression", request_body = WeekEntryInput,
    responses((status = 201, description = "Created", body = WeekEntry)))]
pub async fn weeks_create(
    State(st): State<AppState>,
    b: CurrentBorger,
    key: IdempotencyKey,
    Valid(content): Valid<WeekEntryInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("weeks", &content)?;
    let scope = b.id.to_string();
    let mut tx = st.db.writer.begin().await?;
    if let Some(replay) = idempotency::replay(&mut tx, &scope, key, &hash).await? {
        return Ok(replay);
    }
    already_logged(&mut tx, b.id, &content, None).await?;
    let w = WeekEntry { id: Uuid::new_v4(), version: 1, source: EntrySource::Borger, content };
    store::put(&mut tx, b.id, kind::WEEK, w.id, w.version, &w, Actor::Borger, now_ms()).await?;
    idempotency::finish(tx, &scope, key, &hash, format!("/api/v1/progression/weeks/{}", w.id), w.version, &w).await
}

/// One entry per week and job: the app corrects the week's entry rather than logging it twice, and two would
/// count the week twice in the trend. A second one (from another device, or a week moved onto a logged one)
/// is refused on the week field (422 `duplicate`: "Den findes allerede"). `except` is the entry being changed.
async fn already_logged(
    tx: &mut sqlx::SqliteConnection,
    borger: Uuid,
    content: &WeekEntryInput,
    except: Option<Uuid>,
) -> ApiResult<()> {
    let weeks = store::list::<WeekEntry>(&mut *tx, borger, kind::WEEK).await?;
    let taken = weeks
        .iter()
        .any(|(w, _)| Some(w.id) != except && w.content.week == content.week && w.content.job_no == content.job_no);
    if taken {
        return Err(ApiError::Validation(vec![FieldError {
            field: "week".to_owned(),
            code: FieldErrorCode::Duplicate,
            limit: None,
        }]));
    }
    Ok(())
}

/// Corrects a week's entry.
#[utoipa::path(put, path = "/api/v1/progression/weeks/{id}", tag = "progression", params(("id" = Uuid, Path, description = "Id")),
    request_body = WeekEntryInput, responses((status = 200, description = "Saved", body = WeekEntry)))]
pub async fn weeks_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
    Valid(content): Valid<WeekEntryInput>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (mut w, _) = store::must_get::<WeekEntry>(&mut *tx, b.id, kind::WEEK, id).await?;
    if_match.check(w.version)?;
    already_logged(&mut tx, b.id, &content, Some(id)).await?;
    w.version += 1;
    w.content = content;
    store::put(&mut tx, b.id, kind::WEEK, id, w.version, &w, Actor::Borger, now_ms()).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, w.version, &w)
}

/// Deletes a week's entry.
#[utoipa::path(delete, path = "/api/v1/progression/weeks/{id}", tag = "progression", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 204, description = "Deleted")))]
pub async fn weeks_delete(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<Response> {
    super::delete_versioned::<WeekEntry>(&st, b.id, kind::WEEK, id, &if_match, |w| w.version).await
}

/// Proposes a progressionsmål; it stays a proposal (forslag) until the jobcenter agrees it.
#[utoipa::path(post, path = "/api/v1/progression/goals", tag = "progression", request_body = ProgressionGoalInput,
    responses((status = 201, description = "Created", body = ProgressionGoal)))]
pub async fn goals_create(
    State(st): State<AppState>,
    b: CurrentBorger,
    key: IdempotencyKey,
    Valid(content): Valid<ProgressionGoalInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("goals", &content)?;
    let scope = b.id.to_string();
    let mut tx = st.db.writer.begin().await?;
    if let Some(replay) = idempotency::replay(&mut tx, &scope, key, &hash).await? {
        return Ok(replay);
    }
    let now = now_ms();
    let g = ProgressionGoal {
        id: Uuid::new_v4(),
        version: 1,
        content,
        status: ProgressionStatus::Proposed,
        agreed_with: String::new(),
        created_by: Actor::Borger,
        updated_at: ms_to_time(now),
    };
    store::put(&mut tx, b.id, kind::GOAL, g.id, g.version, &g, Actor::Borger, now).await?;
    // Goals have no single-item GET in the contract; Location points at the collection that lists them.
    idempotency::finish(tx, &scope, key, &hash, "/api/v1/progression".into(), g.version, &g).await
}
