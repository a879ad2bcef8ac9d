//! Min plan: aftaler and meetings.

use super::client;
use super::error::ApiError;
use contract::plan::Plan;

/// The whole plan.
pub async fn get() -> Result<Plan, ApiError> {
    client::get("/api/v1/plan").await
}
