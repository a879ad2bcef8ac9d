//! Request extractors shared by the handlers: a validated JSON body, `If-Match`, `Idempotency-Key`.

use crate::error::{ApiError, ApiResult};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use contract::{FieldError, FieldErrorCode, Validate};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// A JSON body that has been parsed, NFC-normalised and validated (400 / 413 / 422 otherwise).
#[derive(Debug)]
pub struct Valid<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Validate> FromRequest<S> for Valid<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::Malformed("the body could not be read".into())
            }
        })?;
        let mut value: T =
            serde_json::from_slice(&bytes).map_err(|e| ApiError::Malformed(format!("invalid JSON: {e}")))?;
        value.validate().map_err(ApiError::Validation)?;
        Ok(Self(value))
    }
}

/// The `If-Match` header; [`IfMatch::check`] turns it into 428/412.
#[derive(Debug)]
pub struct IfMatch(Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let value = parts.headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()).map(str::to_owned);
        Ok(Self(value))
    }
}

impl IfMatch {
    /// Ok when the header names `version` (or is `*`); a weak `W/` prefix is tolerated.
    pub fn check(&self, version: i64) -> ApiResult<()> {
        let current = contract::etag(version);
        let given = self.0.as_deref().ok_or(ApiError::PreconditionRequired)?;
        let ok = given.split(',').map(str::trim).any(|t| t == "*" || t.trim_start_matches("W/") == current);
        if ok { Ok(()) } else { Err(ApiError::Conflict(current)) }
    }
}

/// The `Idempotency-Key` header, which must be a UUID.
#[derive(Debug, Clone, Copy)]
pub struct IdempotencyKey(pub Uuid);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.headers.get(contract::IDEMPOTENCY_HEADER).ok_or(ApiError::IdempotencyKeyMissing)?;
        let key = raw.to_str().ok().and_then(|s| Uuid::parse_str(s.trim()).ok());
        let invalid = || {
            let field = FieldError { field: "Idempotency-Key".into(), code: FieldErrorCode::InvalidValue, limit: None };
            ApiError::BadHeader(vec![field])
        };
        key.map(Self).ok_or_else(invalid)
    }
}

/// A JSON response with `ETag: "v{version}"`.
pub fn tagged<T: Serialize>(status: StatusCode, version: i64, body: &T) -> ApiResult<Response> {
    let json = serde_json::to_vec(body)?;
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(etag) = HeaderValue::from_str(&contract::etag(version)) {
        headers.insert(header::ETAG, etag);
    }
    Ok((status, headers, json).into_response())
}

/// A plain JSON response (lists, aggregates).
pub fn json<T: Serialize>(body: &T) -> ApiResult<Response> {
    let json = serde_json::to_vec(body)?;
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], json).into_response())
}

/// Path parameters; a value that does not parse (e.g. not a UUID) cannot name a resource, so it is a 404
/// problem rather than axum's plain-text 400.
#[derive(Debug)]
pub struct Path<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Path<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Path(value) =
            axum::extract::Path::<T>::from_request_parts(parts, state).await.map_err(|_| ApiError::NotFound)?;
        Ok(Self(value))
    }
}
