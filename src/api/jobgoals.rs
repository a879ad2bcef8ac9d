//! Mine jobmål: list, create (Idempotency-Key), update and delete (If-Match).

use super::client::{self, Versioned, Write};
use super::error::ApiError;
use contract::jobgoal::{JobGoal, JobGoalInput};
use gloo_net::http::Method;
use uuid::Uuid;

/// Where the jobmål are.
pub const JOB_GOALS: &str = "/api/v1/jobgoals";

/// All the borger's jobmål, by track.
pub async fn list() -> Result<Vec<JobGoal>, ApiError> {
    client::get(JOB_GOALS).await
}

/// One jobmål.
pub async fn get(id: Uuid) -> Result<Versioned<JobGoal>, ApiError> {
    client::get_versioned(&format!("/api/v1/jobgoals/{id}")).await
}

/// Creates a jobmål; `key` stays the same for retries of the same draft, so it is never made twice.
pub async fn create(input: &JobGoalInput, key: Uuid) -> Result<Versioned<JobGoal>, ApiError> {
    let opts = Write { if_match: None, idempotency_key: Some(key) };
    client::write(Method::POST, JOB_GOALS, Some(input), opts).await
}

/// Replaces a jobmål's content, based on `version`.
pub async fn update(id: Uuid, version: i64, input: &JobGoalInput) -> Result<Versioned<JobGoal>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, &format!("/api/v1/jobgoals/{id}"), Some(input), opts).await
}

/// Deletes a jobmål, based on `version`.
pub async fn delete(id: Uuid, version: i64) -> Result<(), ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write_empty(Method::DELETE, &format!("/api/v1/jobgoals/{id}"), None::<&()>, opts).await
}

/// The ABC canvas (version 0 and empty before the first save).
pub async fn canvas() -> Result<Versioned<contract::jobgoal::AbcCanvas>, ApiError> {
    client::get_versioned("/api/v1/jobgoals/canvas").await
}

/// Replaces the ABC canvas, based on `version` (0 for the first save).
pub async fn put_canvas(
    version: i64,
    input: &contract::jobgoal::AbcCanvasInput,
) -> Result<Versioned<contract::jobgoal::AbcCanvas>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, "/api/v1/jobgoals/canvas", Some(input), opts).await
}
