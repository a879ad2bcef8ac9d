//! The Fleksvej REST contract: the types the SPA and a municipality's backend exchange, and their validation.
//!
//! Every type derives serde; with the `openapi` feature every type also derives a utoipa schema, from which
//! the reference backend generates `crates/contract/openapi.yaml`. Field docs give the Danish UI term in
//! parentheses so a municipality's IT team can map the contract to their own system.

pub mod common;
pub mod cv;
pub mod jobgoal;
pub mod plan;
pub mod problem;
pub mod progression;
pub mod rehearsal;
pub mod robustness;
pub mod session;
pub mod validate;
pub mod wire_time;

pub use common::{IsoWeek, Period, YearMonth};
pub use problem::{FieldError, FieldErrorCode, Problem, ProblemCode};
pub use validate::Validate;

/// The path prefix of the borger API.
pub const API_PREFIX: &str = "/api/v1";
/// The path prefix of the caseworker (jobformidler) API.
pub const ADMIN_PREFIX: &str = "/api/admin/v1";
/// The custom header every state-changing request must carry (CSRF defence together with `Origin`).
pub const CLIENT_HEADER: &str = "x-fleks-client";
/// The value of [`CLIENT_HEADER`].
pub const CLIENT_HEADER_VALUE: &str = "1";
/// The header that makes a create safe to retry.
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";
/// The session cookie's name (`__Host-` prefix: Secure, Path=/, no Domain).
pub const SESSION_COOKIE: &str = "__Host-fleksvej";

/// The ETag of a resource at `version`, as sent in `ETag` and expected in `If-Match`.
pub fn etag(version: i64) -> String {
    format!("\"v{version}\"")
}
