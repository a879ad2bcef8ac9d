//! Min plan: aftaler and meetings from the jobcenter; the borger sets status, comments, prep notes and read marks.

use crate::AppState;
use crate::auth::CurrentBorger;
use crate::db::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, Path, Valid, json, tagged};
use crate::store::{self, kind, ms_to_time};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use contract::common::Actor;
use contract::plan::{Aftale, AftaleUpdate, Change, ChangeKind, Meeting, MeetingPrep, Owner, Plan, SeenInput};
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/plan", get(plan_get))
        .route("/api/v1/plan/aftaler/{id}", get(aftaler_get).patch(aftaler_patch))
        .route("/api/v1/plan/meetings/{id}", get(meetings_get))
        .route("/api/v1/plan/meetings/{id}/prep", put(meetings_prep_put))
        .route("/api/v1/plan/seen", put(plan_seen_put))
}

/// Everything in Min plan: aftaler by due date (undated last), meetings by start.
#[utoipa::path(get, path = "/api/v1/plan", tag = "plan", responses((status = 200, description = "Min plan", body = Plan)))]
pub async fn plan_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    let mut aftaler: Vec<Aftale> = store::list(&st.db.reader, b.id, kind::AFTALE)
        .await?
        .into_iter()
        .map(|(a, m): (Aftale, _)| Aftale { unseen: m.unseen, ..a })
        .collect();
    aftaler.sort_by_key(|a| (a.content.due.is_none(), a.content.due));
    let mut meetings: Vec<Meeting> = store::list(&st.db.reader, b.id, kind::MEETING)
        .await?
        .into_iter()
        .map(|(x, m): (Meeting, _)| Meeting { unseen: m.unseen, ..x })
        .collect();
    meetings.sort_by_key(|m| m.content.starts_at);
    json(&Plan { aftaler, meetings, fetched_at: ms_to_time(now_ms()) })
}

/// One aftale.
#[utoipa::path(get, path = "/api/v1/plan/aftaler/{id}", tag = "plan", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "The aftale", body = Aftale)))]
pub async fn aftaler_get(State(st): State<AppState>, b: CurrentBorger, Path(id): Path<Uuid>) -> ApiResult<Response> {
    let (a, m) = store::must_get::<Aftale>(&st.db.reader, b.id, kind::AFTALE, id).await?;
    tagged(StatusCode::OK, a.version, &Aftale { unseen: m.unseen, ..a })
}

/// The borger sets status (own or shared aftaler only) and comments; each change goes into the history.
#[utoipa::path(patch, path = "/api/v1/plan/aftaler/{id}", tag = "plan", params(("id" = Uuid, Path, description = "Id")),
    request_body = AftaleUpdate, responses((status = 200, description = "Saved", body = Aftale)))]
pub async fn aftaler_patch(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
    Valid(update): Valid<AftaleUpdate>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (mut a, _) = store::must_get::<Aftale>(&mut *tx, b.id, kind::AFTALE, id).await?;
    if_match.check(a.version)?;
    let owns = matches!(a.content.owner, Owner::Borger | Owner::Faelles);
    if !owns && (update.status.is_some() || update.status_note.is_some()) {
        return Err(ApiError::NotAllowed("only the owner of an aftale sets its status"));
    }
    let now = now_ms();
    let at = ms_to_time(now);
    let status_changed = update.status.is_some_and(|s| s != a.status)
        || update.status_note.as_ref().is_some_and(|n| *n != a.status_note);
    let commented = update.borger_comment.as_ref().is_some_and(|c| *c != a.borger_comment);
    a.status = update.status.unwrap_or(a.status);
    a.status_note = update.status_note.unwrap_or(a.status_note);
    a.borger_comment = update.borger_comment.unwrap_or(a.borger_comment);
    if status_changed {
        a.history.push(Change { at, by: Actor::Borger, what: ChangeKind::StatusChanged });
    }
    if commented {
        a.history.push(Change { at, by: Actor::Borger, what: ChangeKind::Commented });
    }
    a.version += 1;
    a.updated_by = Actor::Borger;
    a.updated_at = at;
    a.unseen = false;
    store::put(&mut tx, b.id, kind::AFTALE, id, a.version, &a, Actor::Borger, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, a.version, &a)
}

/// One meeting.
#[utoipa::path(get, path = "/api/v1/plan/meetings/{id}", tag = "plan", params(("id" = Uuid, Path, description = "Id")),
    responses((status = 200, description = "The meeting", body = Meeting)))]
pub async fn meetings_get(State(st): State<AppState>, b: CurrentBorger, Path(id): Path<Uuid>) -> ApiResult<Response> {
    let (x, m) = store::must_get::<Meeting>(&st.db.reader, b.id, kind::MEETING, id).await?;
    tagged(StatusCode::OK, x.version, &Meeting { unseen: m.unseen, ..x })
}

/// The borger's preparation notes for a meeting (Det vil jeg tale om).
#[utoipa::path(put, path = "/api/v1/plan/meetings/{id}/prep", tag = "plan", params(("id" = Uuid, Path, description = "Id")),
    request_body = MeetingPrep, responses((status = 200, description = "Saved", body = Meeting)))]
pub async fn meetings_prep_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    Path(id): Path<Uuid>,
    if_match: IfMatch,
    Valid(prep): Valid<MeetingPrep>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    let (mut x, _) = store::must_get::<Meeting>(&mut *tx, b.id, kind::MEETING, id).await?;
    if_match.check(x.version)?;
    let now = now_ms();
    x.prep_notes = prep.prep_notes;
    x.version += 1;
    x.updated_by = Actor::Borger;
    x.updated_at = ms_to_time(now);
    x.unseen = false;
    store::put(&mut tx, b.id, kind::MEETING, id, x.version, &x, Actor::Borger, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, x.version, &x)
}

/// Marks aftaler and meetings as seen. Idempotent; ids that are not the borger's are ignored (not 404), so a
/// stale offline list can be sent as it is.
#[utoipa::path(put, path = "/api/v1/plan/seen", tag = "plan", request_body = SeenInput,
    responses((status = 204, description = "Marked as seen")))]
pub async fn plan_seen_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    Valid(seen): Valid<SeenInput>,
) -> ApiResult<Response> {
    let mut tx = st.db.writer.begin().await?;
    store::mark_seen(&mut tx, b.id, &seen.item_ids, now_ms()).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
