//! The rehearsal log (recordings never leave the device; only when and how it went is stored).

use super::client::{self, Versioned, Write};
use super::error::ApiError;
use contract::rehearsal::{Rehearsal, RehearsalInput};
use gloo_net::http::Method;

/// Every practice session, newest first.
pub async fn list() -> Result<Vec<Rehearsal>, ApiError> {
    client::get("/api/v1/rehearsals").await
}

/// Logs a practice session; `key` stays the same for retries.
pub async fn create(input: &RehearsalInput, key: uuid::Uuid) -> Result<Versioned<Rehearsal>, ApiError> {
    let opts = Write { if_match: None, idempotency_key: Some(key) };
    client::write(Method::POST, "/api/v1/rehearsals", Some(input), opts).await
}

/// The talking script (version 0 and no cards before the first save).
pub async fn script() -> Result<Versioned<contract::rehearsal::TalkingScript>, ApiError> {
    client::get_versioned("/api/v1/rehearsals/script").await
}

/// Replaces the talking script, based on `version` (0 for the first save).
pub async fn put_script(
    version: i64,
    input: &contract::rehearsal::TalkingScriptInput,
) -> Result<Versioned<contract::rehearsal::TalkingScript>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, "/api/v1/rehearsals/script", Some(input), opts).await
}
