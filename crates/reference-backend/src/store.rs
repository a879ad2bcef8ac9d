//! Resources are stored as their contract DTO in JSON, one row each in `documents`, always scoped by borger.

use crate::error::{ApiError, ApiResult};
use contract::common::Actor;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::{Row, SqliteConnection, SqliteExecutor};
use uuid::Uuid;

/// Resource kinds, the `kind` column.
pub mod kind {
    /// The brutto CV (one per borger).
    pub const CV: &str = "cv";
    /// A targeted CV.
    pub const TARGETED: &str = "targeted_cv";
    /// A jobmål.
    pub const JOBGOAL: &str = "jobgoal";
    /// A practice session.
    pub const REHEARSAL: &str = "rehearsal";
    /// An aftale in Min plan.
    pub const AFTALE: &str = "aftale";
    /// A meeting in Min plan.
    pub const MEETING: &str = "meeting";
    /// A weekly progression entry.
    pub const WEEK: &str = "week";
    /// A progressionsmål.
    pub const GOAL: &str = "goal";
    /// A fleksjob.
    pub const FLEKSJOB: &str = "fleksjob";
    /// The talking script for the rehearsal (one per borger).
    pub const SCRIPT: &str = "talking_script";
    /// The ABC canvas (one per borger).
    pub const CANVAS: &str = "abc_canvas";
}

/// What the row knows beyond the DTO.
#[derive(Debug, Clone, Copy)]
pub struct Meta {
    /// Last change, unix ms.
    pub updated_at: i64,
    /// True when the jobcenter changed it after the borger's last read marker.
    pub unseen: bool,
}

/// The document columns plus the computed "nyt siden sidst" flag, followed by `$tail`.
macro_rules! select {
    ($tail:literal) => {
        concat!(
            "SELECT d.body, d.updated_at, (d.updated_by = 'jobcenter' AND NOT EXISTS (SELECT 1 FROM read_markers m ",
            "WHERE m.borger_id = d.borger_id AND m.item_id = d.id AND m.seen_at >= d.updated_at)) AS unseen ",
            "FROM documents d",
            $tail
        )
    };
}

fn decode<T: DeserializeOwned>(row: &sqlx::sqlite::SqliteRow) -> ApiResult<(T, Meta)> {
    let body: String = row.try_get("body")?;
    let meta = Meta { updated_at: row.try_get("updated_at")?, unseen: row.try_get("unseen")? };
    Ok((serde_json::from_str(&body)?, meta))
}

/// All resources of `kind` belonging to `borger`, in insertion order.
pub async fn list<'c, T: DeserializeOwned>(
    e: impl SqliteExecutor<'c>,
    borger: Uuid,
    kind: &str,
) -> ApiResult<Vec<(T, Meta)>> {
    const Q: &str = select!(" WHERE d.borger_id = ?1 AND d.kind = ?2 ORDER BY d.rowid");
    let rows = sqlx::query(Q).bind(borger.to_string()).bind(kind).fetch_all(e).await?;
    rows.iter().map(decode).collect()
}

/// One resource, or `None` when it does not exist or belongs to someone else.
pub async fn get<'c, T: DeserializeOwned>(
    e: impl SqliteExecutor<'c>,
    borger: Uuid,
    kind: &str,
    id: Uuid,
) -> ApiResult<Option<(T, Meta)>> {
    const Q: &str = select!(" WHERE d.borger_id = ?1 AND d.kind = ?2 AND d.id = ?3");
    let row = sqlx::query(Q).bind(borger.to_string()).bind(kind).bind(id.to_string()).fetch_optional(e).await?;
    row.as_ref().map(decode).transpose()
}

/// Like [`get`] but a missing resource is a 404.
pub async fn must_get<'c, T: DeserializeOwned>(
    e: impl SqliteExecutor<'c>,
    borger: Uuid,
    kind: &str,
    id: Uuid,
) -> ApiResult<(T, Meta)> {
    get(e, borger, kind, id).await?.ok_or(ApiError::NotFound)
}

/// Inserts or replaces a resource (the caller has checked the version inside the same transaction).
#[allow(clippy::too_many_arguments)]
pub async fn put<T: Serialize>(
    conn: &mut SqliteConnection,
    borger: Uuid,
    kind: &str,
    id: Uuid,
    version: i64,
    body: &T,
    by: Actor,
    at_ms: i64,
) -> ApiResult<()> {
    let by = match by {
        Actor::Borger => "borger",
        Actor::Jobcenter => "jobcenter",
    };
    sqlx::query(
        "INSERT INTO documents (id, borger_id, kind, version, body, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET version = ?4, body = ?5, updated_at = ?6, updated_by = ?7
         WHERE documents.borger_id = ?2 AND documents.kind = ?3",
    )
    .bind(id.to_string())
    .bind(borger.to_string())
    .bind(kind)
    .bind(version)
    .bind(serde_json::to_string(body)?)
    .bind(at_ms)
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Deletes a resource of the borger's; false when there was none.
pub async fn delete(conn: &mut SqliteConnection, borger: Uuid, kind: &str, id: Uuid) -> ApiResult<bool> {
    let done = sqlx::query("DELETE FROM documents WHERE borger_id = ?1 AND kind = ?2 AND id = ?3")
        .bind(borger.to_string())
        .bind(kind)
        .bind(id.to_string())
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Records that the borger has seen these items now; ids that are not the borger's are ignored.
pub async fn mark_seen(conn: &mut SqliteConnection, borger: Uuid, ids: &[Uuid], at_ms: i64) -> ApiResult<()> {
    for id in ids {
        sqlx::query(
            "INSERT INTO read_markers (borger_id, item_id, seen_at)
             SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM documents WHERE borger_id = ?1 AND id = ?2)
             ON CONFLICT(borger_id, item_id) DO UPDATE SET seen_at = MAX(seen_at, ?3)",
        )
        .bind(borger.to_string())
        .bind(id.to_string())
        .bind(at_ms)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Does a borger with this id exist? (The admin API addresses borgere by id.)
pub async fn borger_exists<'c>(e: impl SqliteExecutor<'c>, borger: Uuid) -> ApiResult<bool> {
    let row = sqlx::query("SELECT 1 FROM borgere WHERE id = ?1").bind(borger.to_string()).fetch_optional(e).await?;
    Ok(row.is_some())
}

/// Milliseconds to `OffsetDateTime`.
pub fn ms_to_time(ms: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// `OffsetDateTime` to milliseconds.
pub fn time_to_ms(t: time::OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}
