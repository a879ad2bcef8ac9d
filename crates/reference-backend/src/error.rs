//! The one error type of the API, turned into `application/problem+json` (RFC 9457) in one place.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use contract::{FieldError, Problem, ProblemCode};

/// Everything a handler can fail with.
#[derive(Debug)]
pub enum ApiError {
    /// 422: the body did not pass `Validate`.
    Validation(Vec<FieldError>),
    /// 400: a header had a bad value (e.g. a non-UUID `Idempotency-Key`).
    BadHeader(Vec<FieldError>),
    /// 400: not JSON, or not the expected shape.
    Malformed(String),
    /// 401: no valid session or token.
    Unauthenticated,
    /// 403: CSRF checks failed.
    Forbidden,
    /// 403: the borger may not make this change.
    NotAllowed(&'static str),
    /// 404: nothing by that id for this borger.
    NotFound,
    /// 405: the path exists but not with this method.
    MethodNotAllowed,
    /// 412: `If-Match` is stale; carries the current ETag.
    Conflict(String),
    /// 428: `If-Match` missing.
    PreconditionRequired,
    /// 400: `Idempotency-Key` missing.
    IdempotencyKeyMissing,
    /// 422: the key was used before with another body.
    IdempotencyKeyReused,
    /// 409: a request with the key is still being processed.
    IdempotencyKeyInFlight,
    /// 413: body over the limit.
    PayloadTooLarge,
    /// 503: the database could not be used right now.
    Unavailable,
    /// 500: a bug; details are logged, never sent.
    Internal,
}

/// Handler result.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    fn parts(&self) -> (StatusCode, ProblemCode, &'static str) {
        use ApiError::*;
        match self {
            Validation(_) => (StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::Validation, "Validation failed"),
            BadHeader(_) => (StatusCode::BAD_REQUEST, ProblemCode::Validation, "Invalid header"),
            Malformed(_) => (StatusCode::BAD_REQUEST, ProblemCode::MalformedBody, "Malformed body"),
            Unauthenticated => (StatusCode::UNAUTHORIZED, ProblemCode::Unauthenticated, "Not logged in"),
            Forbidden => (StatusCode::FORBIDDEN, ProblemCode::Forbidden, "Forbidden"),
            NotAllowed(_) => (StatusCode::FORBIDDEN, ProblemCode::NotAllowed, "Not allowed"),
            NotFound => (StatusCode::NOT_FOUND, ProblemCode::NotFound, "Not found"),
            MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, ProblemCode::NotAllowed, "Method not allowed"),
            Conflict(_) => (StatusCode::PRECONDITION_FAILED, ProblemCode::Conflict, "Changed by someone else"),
            PreconditionRequired => {
                (StatusCode::PRECONDITION_REQUIRED, ProblemCode::PreconditionRequired, "If-Match required")
            }
            IdempotencyKeyMissing => {
                (StatusCode::BAD_REQUEST, ProblemCode::IdempotencyKeyMissing, "Idempotency-Key required")
            }
            IdempotencyKeyReused => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ProblemCode::IdempotencyKeyReused,
                "Idempotency-Key reused with another body",
            ),
            IdempotencyKeyInFlight => {
                (StatusCode::CONFLICT, ProblemCode::IdempotencyKeyInFlight, "Request still in progress")
            }
            PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ProblemCode::PayloadTooLarge, "Body too large"),
            Unavailable => (StatusCode::SERVICE_UNAVAILABLE, ProblemCode::Unavailable, "Storage unavailable"),
            Internal => (StatusCode::INTERNAL_SERVER_ERROR, ProblemCode::Internal, "Internal error"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, title) = self.parts();
        let (detail, errors, etag) = match self {
            ApiError::Validation(e) | ApiError::BadHeader(e) => (None, e, None),
            ApiError::Malformed(d) => (Some(d), vec![], None),
            ApiError::NotAllowed(d) => (Some(d.to_owned()), vec![], None),
            ApiError::Conflict(etag) => (None, vec![], Some(etag)),
            _ => (None, vec![], None),
        };
        let problem =
            Problem { kind: "about:blank".into(), title: title.into(), status: status.as_u16(), detail, code, errors };
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut res = (status, body).into_response();
        let h = res.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            h.insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        if let Some(etag) = etag.and_then(|e| HeaderValue::from_str(&e).ok()) {
            h.insert(header::ETAG, etag);
        }
        res
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        // Busy, locked, read-only or full disk: the client's outbox should retry later, so 503, not 500.
        tracing::error!(error = %e, "database error");
        ApiError::Unavailable
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        tracing::error!(error = %e, "stored JSON could not be read");
        ApiError::Internal
    }
}
