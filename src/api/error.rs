//! One error type for every API call, named after what happened, mapped once to a Danish (or English) text.

use crate::i18n::Msg;
use contract::{FieldError, Problem, ProblemCode};

/// What went wrong with an API call.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No network: the request never reached the server.
    Offline,
    /// No answer within the time limit.
    Timeout,
    /// No session, or it expired: the borger must log in again.
    Unauthorized,
    /// The server refused the change (CSRF check, or not the borger's to change).
    Forbidden,
    /// Nothing by that id.
    NotFound,
    /// Someone else changed it first (412); holds the server's current ETag when sent.
    Conflict(Option<String>),
    /// The body did not pass the server's validation; errors per field.
    Invalid(Vec<FieldError>),
    /// The body was too large.
    TooLarge,
    /// The server is busy or cannot store right now; try again later.
    Unavailable,
    /// Any other failure on the server's side, or an answer we could not read.
    Server(u16),
}

impl ApiError {
    /// Maps a failed response's status and optional problem body to an error.
    pub fn from_status(status: u16, problem: Option<Problem>, etag: Option<String>) -> Self {
        match (status, problem.as_ref().map(|p| p.code)) {
            (401, _) => ApiError::Unauthorized,
            (403, _) => ApiError::Forbidden,
            (404, _) => ApiError::NotFound,
            (412, _) | (_, Some(ProblemCode::Conflict)) => ApiError::Conflict(etag),
            (413, _) => ApiError::TooLarge,
            (422, Some(ProblemCode::Validation)) | (400, Some(ProblemCode::Validation)) => {
                ApiError::Invalid(problem.map(|p| p.errors).unwrap_or_default())
            }
            (429, _) | (503, _) => ApiError::Unavailable,
            (s, _) => ApiError::Server(s),
        }
    }

    /// The text to show the borger.
    pub fn message(&self) -> Msg {
        match self {
            ApiError::Offline => Msg::ErrOffline,
            ApiError::Timeout => Msg::ErrTimeout,
            ApiError::Unauthorized => Msg::ErrUnauthorized,
            ApiError::Forbidden => Msg::ErrForbidden,
            ApiError::NotFound => Msg::ErrNotFound,
            ApiError::Conflict(_) => Msg::ErrConflict,
            ApiError::Invalid(_) => Msg::ErrInvalid,
            ApiError::TooLarge => Msg::ErrTooLarge,
            ApiError::Unavailable => Msg::ErrUnavailable,
            ApiError::Server(_) => Msg::ErrServer,
        }
    }

    /// True when sending the same request again later may succeed (the outbox keeps it).
    pub fn is_retryable(&self) -> bool {
        matches!(self, ApiError::Offline | ApiError::Timeout | ApiError::Unavailable | ApiError::Server(500..))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::{FieldErrorCode, Problem};

    fn problem(status: u16, code: ProblemCode, errors: Vec<FieldError>) -> Problem {
        Problem { kind: "about:blank".into(), title: "x".into(), status, detail: None, code, errors }
    }

    #[test]
    fn validation_problems_keep_their_field_errors() {
        let fe = FieldError { field: "title".into(), code: FieldErrorCode::Required, limit: None };
        let e = ApiError::from_status(422, Some(problem(422, ProblemCode::Validation, vec![fe.clone()])), None);
        assert_eq!(e, ApiError::Invalid(vec![fe]));
        assert_eq!(e.message(), Msg::ErrInvalid);
    }

    #[test]
    fn a_412_is_a_conflict_that_carries_the_current_etag() {
        let e = ApiError::from_status(412, None, Some("\"v3\"".into()));
        assert_eq!(e, ApiError::Conflict(Some("\"v3\"".into())));
    }

    #[test]
    fn only_transient_failures_are_retried() {
        assert!(ApiError::Offline.is_retryable());
        assert!(ApiError::Server(502).is_retryable());
        assert!(!ApiError::Invalid(vec![]).is_retryable());
        assert!(!ApiError::Conflict(None).is_retryable());
        assert!(!ApiError::Unauthorized.is_retryable());
    }
}
