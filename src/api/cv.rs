//! Mit CV: the brutto CV (one document, replaced whole with `If-Match`) and the targeted CVs made from it.

use super::client::{self, Versioned, Write};
use super::error::ApiError;
use contract::cv::{Cv, CvContent, TargetedCv, TargetedCvInput};
use gloo_net::http::Method;
use uuid::Uuid;

/// Where the brutto CV is.
pub const CV: &str = "/api/v1/cv";
/// Where the targeted CVs are.
pub const TARGETED: &str = "/api/v1/cv/targeted";

/// The brutto CV with its ETag (version 0 and empty before the first save).
pub async fn get() -> Result<Versioned<Cv>, ApiError> {
    client::get_versioned(CV).await
}

/// Replaces the brutto CV, based on `version` (0 for the first save).
pub async fn put(version: i64, content: &CvContent) -> Result<Versioned<Cv>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, CV, Some(content), opts).await
}

/// All targeted CVs, oldest first.
pub async fn targeted_list() -> Result<Vec<TargetedCv>, ApiError> {
    client::get(TARGETED).await
}

/// One targeted CV.
pub async fn targeted_get(id: Uuid) -> Result<Versioned<TargetedCv>, ApiError> {
    client::get_versioned(&format!("/api/v1/cv/targeted/{id}")).await
}

/// Makes a targeted CV; `key` stays the same for retries, so it is never made twice.
pub async fn targeted_create(input: &TargetedCvInput, key: Uuid) -> Result<Versioned<TargetedCv>, ApiError> {
    let opts = Write { if_match: None, idempotency_key: Some(key) };
    client::write(Method::POST, TARGETED, Some(input), opts).await
}

/// Replaces a targeted CV, based on `version`.
pub async fn targeted_update(
    id: Uuid,
    version: i64,
    input: &TargetedCvInput,
) -> Result<Versioned<TargetedCv>, ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write(Method::PUT, &format!("/api/v1/cv/targeted/{id}"), Some(input), opts).await
}

/// Deletes a targeted CV, based on `version`.
pub async fn targeted_delete(id: Uuid, version: i64) -> Result<(), ApiError> {
    let opts = Write { if_match: Some(contract::etag(version)), idempotency_key: None };
    client::write_empty(Method::DELETE, &format!("/api/v1/cv/targeted/{id}"), None::<&()>, opts).await
}
