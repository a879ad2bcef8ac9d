//! Mine jobmål (read here by Min plan to name the jobmål an aftale serves).

use super::client;
use super::error::ApiError;
use contract::jobgoal::JobGoal;

/// All the borger's jobmål, by track.
pub async fn list() -> Result<Vec<JobGoal>, ApiError> {
    client::get("/api/v1/jobgoals").await
}
