//! The borger's preparation documents, one of each per borger, read whole and replaced whole with `If-Match`
//! like the CV: the talking script for the rehearsal and the ABC canvas that helps find jobmål.

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
use contract::jobgoal::{AbcCanvas, AbcCanvasInput};
use contract::rehearsal::{TalkingScript, TalkingScriptInput};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::SqliteExecutor;
use time::OffsetDateTime;
use uuid::Uuid;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/rehearsals/script", get(script_get).put(script_put))
        .route("/api/v1/jobgoals/canvas", get(canvas_get).put(canvas_put))
}

/// A document the borger has exactly one of.
trait Single: Serialize + DeserializeOwned {
    type Input;
    const KIND: &'static str;
    /// Mixed into the borger's id, so each kind gets its own document id.
    const SALT: u128;
    fn make(version: i64, updated_at: Option<OffsetDateTime>, content: Self::Input) -> Self;
    fn version(&self) -> i64;
}

impl Single for TalkingScript {
    type Input = TalkingScriptInput;
    const KIND: &'static str = kind::SCRIPT;
    const SALT: u128 = 0x5c12_7000_0000_0000_0000_0000_0000_0001;
    fn make(version: i64, updated_at: Option<OffsetDateTime>, content: TalkingScriptInput) -> Self {
        TalkingScript { version, updated_at, content }
    }
    fn version(&self) -> i64 {
        self.version
    }
}

impl Single for AbcCanvas {
    type Input = AbcCanvasInput;
    const KIND: &'static str = kind::CANVAS;
    const SALT: u128 = 0xabc0_0000_0000_0000_0000_0000_0000_0002;
    fn make(version: i64, updated_at: Option<OffsetDateTime>, content: AbcCanvasInput) -> Self {
        AbcCanvas { version, updated_at, content }
    }
    fn version(&self) -> i64 {
        self.version
    }
}

fn doc_id<T: Single>(borger: Uuid) -> Uuid {
    Uuid::from_u128(borger.as_u128() ^ T::SALT)
}

/// The stored document, or an empty one at version 0.
async fn load<'c, T: Single>(e: impl SqliteExecutor<'c>, borger: Uuid) -> ApiResult<T>
where
    T::Input: Default,
{
    let stored = store::get::<T>(e, borger, T::KIND, doc_id::<T>(borger)).await?;
    Ok(stored.map(|(d, _)| d).unwrap_or_else(|| T::make(0, None, T::Input::default())))
}

async fn read<T: Single>(st: &AppState, borger: Uuid) -> ApiResult<Response>
where
    T::Input: Default,
{
    let doc = load::<T>(&st.db.reader, borger).await?;
    tagged(StatusCode::OK, doc.version(), &doc)
}

async fn replace<T: Single>(st: &AppState, borger: Uuid, if_match: &IfMatch, content: T::Input) -> ApiResult<Response>
where
    T::Input: Default,
{
    let mut tx = st.db.writer.begin().await?;
    let current = load::<T>(&mut *tx, borger).await?;
    if_match.check(current.version())?;
    let now = now_ms();
    let doc = T::make(current.version() + 1, Some(ms_to_time(now)), content);
    store::put(&mut tx, borger, T::KIND, doc_id::<T>(borger), doc.version(), &doc, Actor::Borger, now).await?;
    tx.commit().await?;
    tagged(StatusCode::OK, doc.version(), &doc)
}

/// The talking script.
#[utoipa::path(get, path = "/api/v1/rehearsals/script", tag = "rehearsals",
    responses((status = 200, description = "The talking script (version 0 and no cards before the first save)", body = TalkingScript)))]
pub async fn script_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    read::<TalkingScript>(&st, b.id).await
}

/// Replaces the talking script. The first save sends `If-Match: "v0"`.
#[utoipa::path(put, path = "/api/v1/rehearsals/script", tag = "rehearsals", request_body = TalkingScriptInput,
    responses((status = 200, description = "The saved script", body = TalkingScript)))]
pub async fn script_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    if_match: IfMatch,
    Valid(content): Valid<TalkingScriptInput>,
) -> ApiResult<Response> {
    replace::<TalkingScript>(&st, b.id, &if_match, content).await
}

/// The ABC canvas.
#[utoipa::path(get, path = "/api/v1/jobgoals/canvas", tag = "jobgoals",
    responses((status = 200, description = "The ABC canvas (version 0 and empty before the first save)", body = AbcCanvas)))]
pub async fn canvas_get(State(st): State<AppState>, b: CurrentBorger) -> ApiResult<Response> {
    read::<AbcCanvas>(&st, b.id).await
}

/// Replaces the ABC canvas. The first save sends `If-Match: "v0"`.
#[utoipa::path(put, path = "/api/v1/jobgoals/canvas", tag = "jobgoals", request_body = AbcCanvasInput,
    responses((status = 200, description = "The saved canvas", body = AbcCanvas)))]
pub async fn canvas_put(
    State(st): State<AppState>,
    b: CurrentBorger,
    if_match: IfMatch,
    Valid(content): Valid<AbcCanvasInput>,
) -> ApiResult<Response> {
    replace::<AbcCanvas>(&st, b.id, &if_match, content).await
}
