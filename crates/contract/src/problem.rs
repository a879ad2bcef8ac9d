//! The error body (RFC 9457 `application/problem+json`) with per-field errors the SPA shows next to fields.

use serde::{Deserialize, Serialize};

/// An error response. `code` is for machines, `title`/`detail` for developers (English); the SPA turns
/// `code` and `errors[].code` into Danish text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI reference naming the problem type; `about:blank` unless more is known.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short English summary.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// An English explanation for developers; never personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// What went wrong, for the client to act on.
    pub code: ProblemCode,
    /// Per-field validation errors (empty unless `code` is `validation`).
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

/// The machine-readable kind of a [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// The body or a header did not pass validation; see `errors`.
    Validation,
    /// The body was not valid JSON of the expected shape.
    MalformedBody,
    /// No session, or it has expired (401).
    Unauthenticated,
    /// The request was refused, e.g. a missing CSRF header or a cross-site origin (403).
    Forbidden,
    /// Nothing by that id for this borger (404).
    NotFound,
    /// `If-Match` does not match the current ETag: someone else changed it (412).
    Conflict,
    /// `If-Match` is required on updates (428).
    PreconditionRequired,
    /// `Idempotency-Key` is required on creates (400).
    IdempotencyKeyMissing,
    /// The same `Idempotency-Key` was used with a different body (422).
    IdempotencyKeyReused,
    /// A request with this `Idempotency-Key` is still being processed (409).
    IdempotencyKeyInFlight,
    /// The body is too large (413).
    PayloadTooLarge,
    /// The borger may not make this change, e.g. the text of an agreed aftale (403/409).
    NotAllowed,
    /// The service cannot store data right now; try again later (503).
    Unavailable,
    /// An unexpected error on the server (500).
    Internal,
}

/// One field that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// Dotted path into the request body, e.g. `work.0.title`.
    pub field: String,
    /// What is wrong.
    pub code: FieldErrorCode,
    /// The limit that was broken (max length, max items, min/max value), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldErrorCode {
    /// The field must be filled in.
    Required,
    /// The text is longer than `limit` characters.
    TooLong,
    /// The list has more than `limit` items.
    TooMany,
    /// The number is below `limit`.
    TooSmall,
    /// The number is above `limit`.
    TooLarge,
    /// The number must be a whole number of quarter hours.
    NotQuarterHour,
    /// The text contains control characters.
    ControlCharacters,
    /// Not a valid month or date.
    InvalidDate,
    /// The end lies before the start.
    EndBeforeStart,
    /// The link must start with https://, http://, mailto: or tel:.
    InvalidUrl,
    /// Not one of the allowed values.
    InvalidValue,
    /// The same id appears twice in a list.
    Duplicate,
}
