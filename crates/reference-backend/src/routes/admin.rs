//! The caseworker's side (stands in for the jobcenter's system): bearer token, writes marked `jobcenter`.

use crate::AppState;
use crate::db::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::extract::{IdempotencyKey, IfMatch, Path, Valid, tagged};
use crate::idempotency;
use crate::store::{self, kind, ms_to_time};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{post, put};
use contract::common::Actor;
use contract::plan::{Aftale, AftaleInput, AftaleStatus, Change, ChangeKind, Meeting, MeetingInput};
use contract::progression::{Fleksjob, FleksjobInput, ProgressionGoal, ProgressionGoalAdminInput};
use serde::Serialize;
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use uuid::Uuid;

const BASE: &str = "/api/admin/v1/borgere/{borger_id}";

/// Routes of this module (the caller adds the bearer-token layer).
pub fn router() -> Router<AppState> {
    Router::new()
        .route(&format!("{BASE}/aftaler"), post(admin_aftaler_create))
        .route(&format!("{BASE}/aftaler/{{id}}"), put(admin_aftaler_put))
        .route(&format!("{BASE}/meetings"), post(admin_meetings_create))
        .route(&format!("{BASE}/meetings/{{id}}"), put(admin_meetings_put))
        .route(&format!("{BASE}/progression/goals"), post(admin_goals_create))
        .route(&format!("{BASE}/progression/goals/{{id}}"), put(admin_goals_put))
        .route(&format!("{BASE}/fleksjobs"), post(admin_fleksjobs_create))
        .route(&format!("{BASE}/fleksjobs/{{id}}"), put(admin_fleksjobs_put))
}

/// Stores a new resource for `borger` under an idempotency key scoped to the admin API and that borger.
#[allow(clippy::too_many_arguments)]
async fn create<T: Serialize>(
    st: &AppState,
    borger: Uuid,
    key: IdempotencyKey,
    kind: &str,
    hash: String,
    id: Uuid,
    doc: &T,
    location: String,
) -> ApiResult<Response> {
    let scope = format!("admin:{borger}");
    let mut tx = st.db.writer.begin().await?;
    if let Some(replay) = idempotency::replay(&mut tx, &scope, key, &hash).await? {
        return Ok(replay);
    }
    if !store::borger_exists(&mut *tx, borger).await? {
        return Err(ApiError::NotFound);
    }
    store::put(&mut tx, borger, kind, id, 1, doc, Actor::Jobcenter, now_ms()).await?;
    idempotency::finish(tx, &scope, key, &hash, location, 1, doc).await
}

/// Applies a jobcenter change to a stored resource after checking `If-Match`; `apply` returns the new version.
async fn update<T: Serialize + DeserializeOwned>(
    st: &AppState,
    borger: Uuid,
    kind: &str,
    id: Uuid,
    if_match: &IfMatch,
    version: impl Fn(&T) -> i64,
    apply: impl FnOnce(&mut T, OffsetDateTime),
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (mut doc, _) = store::must_get::<T>(&mut *tx, borger, kind, id).await?;
    if_match.check(version(&doc))?;
    let now = now_ms();
    apply(&mut doc, ms_to_time(now));
    store::put(&mut tx, borger, kind, id, version(&doc), &doc, Actor::Jobcenter, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, version(&doc), &doc)
}

fn location(borger: Uuid, what: &str, id: Uuid) -> String {
    format!("/api/admin/v1/borgere/{borger}/{what}/{id}")
}

/// Creates an aftale in the borger's plan.
#[utoipa::path(post, path = "/api/admin/v1/borgere/{borger_id}/aftaler", tag = "admin", request_body = AftaleInput,
    params(("borger_id" = Uuid, Path, description = "The borger")), responses((status = 201, description = "Created", body = Aftale)))]
pub async fn admin_aftaler_create(
    State(st): State<AppState>,
    Path(borger): Path<Uuid>,
    key: IdempotencyKey,
    Valid(content): Valid<AftaleInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("aftaler", &content)?;
    let at = ms_to_time(now_ms());
    let history = vec![Change { at, by: Actor::Jobcenter, what: ChangeKind::Created }];
    let a = Aftale {
        id: Uuid::new_v4(),
        version: 1,
        content,
        status: AftaleStatus::Agreed,
        status_note: String::new(),
        borger_comment: String::new(),
        updated_by: Actor::Jobcenter,
        updated_at: at,
        unseen: true,
        history,
    };
    create(&st, borger, key, kind::AFTALE, hash, a.id, &a, location(borger, "aftaler", a.id)).await
}

/// Changes an aftale's text or terms.
#[utoipa::path(put, path = "/api/admin/v1/borgere/{borger_id}/aftaler/{id}", tag = "admin", request_body = AftaleInput,
    params(("borger_id" = Uuid, Path, description = "The borger"), ("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "Saved", body = Aftale)))]
pub async fn admin_aftaler_put(
    State(st): State<AppState>,
    Path((borger, id)): Path<(Uuid, Uuid)>,
    if_match: IfMatch,
    Valid(content): Valid<AftaleInput>,
) -> ApiResult<Response> {
    update::<Aftale>(
        &st,
        borger,
        kind::AFTALE,
        id,
        &if_match,
        |a| a.version,
        |a, at| {
            a.content = content;
            a.version += 1;
            a.updated_by = Actor::Jobcenter;
            a.updated_at = at;
            a.unseen = true;
            a.history.push(Change { at, by: Actor::Jobcenter, what: ChangeKind::Changed });
        },
    )
    .await
}

/// Books a meeting.
#[utoipa::path(post, path = "/api/admin/v1/borgere/{borger_id}/meetings", tag = "admin", request_body = MeetingInput,
    params(("borger_id" = Uuid, Path, description = "The borger")), responses((status = 201, description = "Created", body = Meeting)))]
pub async fn admin_meetings_create(
    State(st): State<AppState>,
    Path(borger): Path<Uuid>,
    key: IdempotencyKey,
    Valid(content): Valid<MeetingInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("meetings", &content)?;
    let at = ms_to_time(now_ms());
    let m = Meeting {
        id: Uuid::new_v4(),
        version: 1,
        content,
        prep_notes: String::new(),
        updated_by: Actor::Jobcenter,
        updated_at: at,
        unseen: true,
    };
    create(&st, borger, key, kind::MEETING, hash, m.id, &m, location(borger, "meetings", m.id)).await
}

/// Changes a meeting (time, place, summary …); the borger's prep notes stay.
#[utoipa::path(put, path = "/api/admin/v1/borgere/{borger_id}/meetings/{id}", tag = "admin", request_body = MeetingInput,
    params(("borger_id" = Uuid, Path, description = "The borger"), ("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "Saved", body = Meeting)))]
pub async fn admin_meetings_put(
    State(st): State<AppState>,
    Path((borger, id)): Path<(Uuid, Uuid)>,
    if_match: IfMatch,
    Valid(content): Valid<MeetingInput>,
) -> ApiResult<Response> {
    update::<Meeting>(
        &st,
        borger,
        kind::MEETING,
        id,
        &if_match,
        |m| m.version,
        |m, at| {
            m.content = content;
            m.version += 1;
            m.updated_by = Actor::Jobcenter;
            m.updated_at = at;
            m.unseen = true;
        },
    )
    .await
}

/// Adds a progressionsmål (usually agreed at a progressionssamtale).
#[utoipa::path(post, path = "/api/admin/v1/borgere/{borger_id}/progression/goals", tag = "admin",
    request_body = ProgressionGoalAdminInput, params(("borger_id" = Uuid, Path, description = "The borger")),
    responses((status = 201, description = "Created", body = ProgressionGoal)))]
pub async fn admin_goals_create(
    State(st): State<AppState>,
    Path(borger): Path<Uuid>,
    key: IdempotencyKey,
    Valid(input): Valid<ProgressionGoalAdminInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("goals", &input)?;
    let g = ProgressionGoal {
        id: Uuid::new_v4(),
        version: 1,
        content: input.content,
        status: input.status,
        agreed_with: input.agreed_with,
        created_by: Actor::Jobcenter,
        updated_at: ms_to_time(now_ms()),
    };
    create(&st, borger, key, kind::GOAL, hash, g.id, &g, location(borger, "progression/goals", g.id)).await
}

/// Changes a progressionsmål, e.g. agrees a borger's proposal.
#[utoipa::path(put, path = "/api/admin/v1/borgere/{borger_id}/progression/goals/{id}", tag = "admin",
    request_body = ProgressionGoalAdminInput,
    params(("borger_id" = Uuid, Path, description = "The borger"), ("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "Saved", body = ProgressionGoal)))]
pub async fn admin_goals_put(
    State(st): State<AppState>,
    Path((borger, id)): Path<(Uuid, Uuid)>,
    if_match: IfMatch,
    Valid(input): Valid<ProgressionGoalAdminInput>,
) -> ApiResult<Response> {
    update::<ProgressionGoal>(
        &st,
        borger,
        kind::GOAL,
        id,
        &if_match,
        |g| g.version,
        |g, at| {
            g.content = input.content;
            g.status = input.status;
            g.agreed_with = input.agreed_with;
            g.version += 1;
            g.updated_at = at;
        },
    )
    .await
}

/// Registers a fleksjob.
#[utoipa::path(post, path = "/api/admin/v1/borgere/{borger_id}/fleksjobs", tag = "admin", request_body = FleksjobInput,
    params(("borger_id" = Uuid, Path, description = "The borger")), responses((status = 201, description = "Created", body = Fleksjob)))]
pub async fn admin_fleksjobs_create(
    State(st): State<AppState>,
    Path(borger): Path<Uuid>,
    key: IdempotencyKey,
    Valid(content): Valid<FleksjobInput>,
) -> ApiResult<Response> {
    let hash = idempotency::request_hash("fleksjobs", &content)?;
    let j = Fleksjob { id: Uuid::new_v4(), version: 1, content };
    create(&st, borger, key, kind::FLEKSJOB, hash, j.id, &j, location(borger, "fleksjobs", j.id)).await
}

/// Changes a fleksjob (hours, tasks, follow-ups …).
#[utoipa::path(put, path = "/api/admin/v1/borgere/{borger_id}/fleksjobs/{id}", tag = "admin", request_body = FleksjobInput,
    params(("borger_id" = Uuid, Path, description = "The borger"), ("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "Saved", body = Fleksjob)))]
pub async fn admin_fleksjobs_put(
    State(st): State<AppState>,
    Path((borger, id)): Path<(Uuid, Uuid)>,
    if_match: IfMatch,
    Valid(content): Valid<FleksjobInput>,
) -> ApiResult<Response> {
    update::<Fleksjob>(
        &st,
        borger,
        kind::FLEKSJOB,
        id,
        &if_match,
        |j| j.version,
        |j, _| {
            j.content = content;
            j.version += 1;
        },
    )
    .await
}
