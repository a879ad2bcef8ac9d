//! Min plan: aftaler, meetings, and read markers for "nyt siden sidst".

use super::client::{self, Versioned, Write};
use super::error::ApiError;
use contract::plan::{Aftale, AftaleUpdate, Meeting, MeetingPrep, Plan, SeenInput};
use gloo_net::http::Method;
use uuid::Uuid;

/// Where Min plan is.
pub const PLAN: &str = "/api/v1/plan";

/// The whole plan.
pub async fn get() -> Result<Plan, ApiError> {
    client::get(PLAN).await
}

/// The whole plan as the server sent it (a `Plan` in JSON): kept on the device as it is, and read whole by Min
/// plan or in part by the forside (`domain::glance`).
pub async fn get_text() -> Result<String, ApiError> {
    client::get_text(PLAN).await
}

/// One aftale, with its ETag.
pub async fn aftale(id: Uuid) -> Result<Versioned<Aftale>, ApiError> {
    client::get_versioned(&format!("/api/v1/plan/aftaler/{id}")).await
}

/// Changes status, status note or comment of an aftale (`If-Match` with the version it was based on).
pub async fn update_aftale(id: Uuid, version: i64, change: &AftaleUpdate) -> Result<Versioned<Aftale>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PATCH, &format!("/api/v1/plan/aftaler/{id}"), Some(change), opts).await
}

/// One meeting, with its ETag.
pub async fn meeting(id: Uuid) -> Result<Versioned<Meeting>, ApiError> {
    client::get_versioned(&format!("/api/v1/plan/meetings/{id}")).await
}

/// Saves the borger's notes for a meeting.
pub async fn save_prep(id: Uuid, version: i64, prep: &MeetingPrep) -> Result<Versioned<Meeting>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, &format!("/api/v1/plan/meetings/{id}/prep"), Some(prep), opts).await
}

/// Marks aftaler and meetings as seen, which clears "nyt siden sidst" on every device.
pub async fn mark_seen(item_ids: Vec<Uuid>) -> Result<(), ApiError> {
    client::write_empty(Method::PUT, "/api/v1/plan/seen", Some(&SeenInput { item_ids }), Write::default()).await
}
