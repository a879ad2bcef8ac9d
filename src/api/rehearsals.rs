//! The rehearsal log (recordings never leave the device; only when and how it went is stored).

use super::client;
use super::error::ApiError;
use contract::rehearsal::Rehearsal;

/// Every practice session, newest first.
pub async fn list() -> Result<Vec<Rehearsal>, ApiError> {
    client::get("/api/v1/rehearsals").await
}
