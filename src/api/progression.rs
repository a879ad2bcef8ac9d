//! Min udvikling: weekly entries, progressionsmål proposals, and the fleksjob summary.

use super::client::{self, Versioned, Write};
use super::error::ApiError;
use contract::progression::{Progression, ProgressionGoal, ProgressionGoalInput, WeekEntry, WeekEntryInput};
use gloo_net::http::Method;
use uuid::Uuid;

/// Where Min udvikling is.
pub const PROGRESSION: &str = "/api/v1/progression";

/// Everything in Min udvikling.
pub async fn get() -> Result<Progression, ApiError> {
    client::get(PROGRESSION).await
}

/// Logs a week; `key` stays the same for retries of the same draft.
pub async fn create_week(input: &WeekEntryInput, key: Uuid) -> Result<Versioned<WeekEntry>, ApiError> {
    let opts = Write { if_match: None, idempotency_key: Some(key) };
    client::write(Method::POST, "/api/v1/progression/weeks", Some(input), opts).await
}

/// Changes a logged week, based on `version`.
pub async fn update_week(id: Uuid, version: i64, input: &WeekEntryInput) -> Result<Versioned<WeekEntry>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, &format!("/api/v1/progression/weeks/{id}"), Some(input), opts).await
}

/// Deletes a logged week, based on `version`.
pub async fn delete_week(id: Uuid, version: i64) -> Result<(), ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write_empty(Method::DELETE, &format!("/api/v1/progression/weeks/{id}"), None::<&()>, opts).await
}

/// Proposes a progressionsmål (it stays a proposal until agreed with the jobcenter).
pub async fn propose_goal(input: &ProgressionGoalInput, key: Uuid) -> Result<Versioned<ProgressionGoal>, ApiError> {
    let opts = Write { if_match: None, idempotency_key: Some(key) };
    client::write(Method::POST, "/api/v1/progression/goals", Some(input), opts).await
}
