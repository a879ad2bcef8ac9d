//! Reading an error answer (`application/problem+json`, `contract::Problem`) in the app. Every failed request is
//! read with it, so it is in the first download: through `JsonObject` and a table of the codes' names it is a
//! fraction of serde's derive, which made a visitor per struct and a string matcher per enum (about 3 KB). The
//! JSON is the contract's; tests check that every problem the derive writes reads back the same.

use crate::domain::json_object::JsonObject;
use crate::domain::json_text::named;
use contract::{FieldError, FieldErrorCode, Problem, ProblemCode};

/// The problem in `text`, or `None` when it is not one (then the status alone says what happened).
pub fn read(text: &str) -> Option<Problem> {
    let f = JsonObject::parse(text)?;
    let errors = match f.get("errors") {
        None => Vec::new(),
        Some(_) => f.read::<Vec<JsonObject>>("errors")?.iter().map(field_error).collect::<Option<_>>()?,
    };
    Some(Problem {
        kind: f.read("type")?,
        title: f.read("title")?,
        status: f.read("status")?,
        detail: f.read_or_default("detail")?,
        code: named(&PROBLEM_CODES, f.get("code")?)?,
        errors,
    })
}

fn field_error(f: &JsonObject) -> Option<FieldError> {
    Some(FieldError {
        field: f.read("field")?,
        code: named(&FIELD_ERROR_CODES, f.get("code")?)?,
        limit: f.read_or_default("limit")?,
    })
}

/// The contract's name of each problem code (`#[serde(rename_all = "snake_case")]`).
const PROBLEM_CODES: [(&str, ProblemCode); 14] = [
    ("validation", ProblemCode::Validation),
    ("malformed_body", ProblemCode::MalformedBody),
    ("unauthenticated", ProblemCode::Unauthenticated),
    ("forbidden", ProblemCode::Forbidden),
    ("not_found", ProblemCode::NotFound),
    ("conflict", ProblemCode::Conflict),
    ("precondition_required", ProblemCode::PreconditionRequired),
    ("idempotency_key_missing", ProblemCode::IdempotencyKeyMissing),
    ("idempotency_key_reused", ProblemCode::IdempotencyKeyReused),
    ("idempotency_key_in_flight", ProblemCode::IdempotencyKeyInFlight),
    ("payload_too_large", ProblemCode::PayloadTooLarge),
    ("not_allowed", ProblemCode::NotAllowed),
    ("unavailable", ProblemCode::Unavailable),
    ("internal", ProblemCode::Internal),
];

/// The contract's name of each field error code.
const FIELD_ERROR_CODES: [(&str, FieldErrorCode); 12] = [
    ("required", FieldErrorCode::Required),
    ("too_long", FieldErrorCode::TooLong),
    ("too_many", FieldErrorCode::TooMany),
    ("too_small", FieldErrorCode::TooSmall),
    ("too_large", FieldErrorCode::TooLarge),
    ("not_quarter_hour", FieldErrorCode::NotQuarterHour),
    ("control_characters", FieldErrorCode::ControlCharacters),
    ("invalid_date", FieldErrorCode::InvalidDate),
    ("end_before_start", FieldErrorCode::EndBeforeStart),
    ("invalid_url", FieldErrorCode::InvalidUrl),
    ("invalid_value", FieldErrorCode::InvalidValue),
    ("duplicate", FieldErrorCode::Duplicate),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every problem code. The match below does not compile when the contract gets a new one, which sends whoever
    /// adds it here and to `PROBLEM_CODES`.
    fn all_problem_codes() -> Vec<ProblemCode> {
        PROBLEM_CODES
            .iter()
            .map(|(_, c)| match c {
                ProblemCode::Validation
                | ProblemCode::MalformedBody
                | ProblemCode::Unauthenticated
                | ProblemCode::Forbidden
                | ProblemCode::NotFound
                | ProblemCode::Conflict
                | ProblemCode::PreconditionRequired
                | ProblemCode::IdempotencyKeyMissing
                | ProblemCode::IdempotencyKeyReused
                | ProblemCode::IdempotencyKeyInFlight
                | ProblemCode::PayloadTooLarge
                | ProblemCode::NotAllowed
                | ProblemCode::Unavailable
                | ProblemCode::Internal => *c,
            })
            .collect()
    }

    /// Every field error code, kept complete as `all_problem_codes` is.
    fn all_field_error_codes() -> Vec<FieldErrorCode> {
        FIELD_ERROR_CODES
            .iter()
            .map(|(_, c)| match c {
                FieldErrorCode::Required
                | FieldErrorCode::TooLong
                | FieldErrorCode::TooMany
                | FieldErrorCode::TooSmall
                | FieldErrorCode::TooLarge
                | FieldErrorCode::NotQuarterHour
                | FieldErrorCode::ControlCharacters
                | FieldErrorCode::InvalidDate
                | FieldErrorCode::EndBeforeStart
                | FieldErrorCode::InvalidUrl
                | FieldErrorCode::InvalidValue
                | FieldErrorCode::Duplicate => *c,
            })
            .collect()
    }

    #[test]
    fn the_tables_name_each_code_once_as_the_contract_does() {
        let problems = all_problem_codes();
        let fields = all_field_error_codes();
        // 14 and 12 variants: a variant listed twice in a table would leave another out.
        for (i, c) in problems.iter().enumerate() {
            assert!(!problems[..i].contains(c), "{c:?} twice");
            assert_eq!(serde_json::to_string(c).unwrap(), format!("\"{}\"", PROBLEM_CODES[i].0));
        }
        for (i, c) in fields.iter().enumerate() {
            assert!(!fields[..i].contains(c), "{c:?} twice");
            assert_eq!(serde_json::to_string(c).unwrap(), format!("\"{}\"", FIELD_ERROR_CODES[i].0));
        }
    }

    fn problem(code: ProblemCode, detail: Option<&str>, errors: Vec<FieldError>) -> Problem {
        Problem {
            kind: "about:blank".into(),
            title: "Ugyldige felter".into(),
            status: 422,
            detail: detail.map(Into::into),
            code,
            errors,
        }
    }

    #[test]
    fn every_problem_the_contract_writes_reads_back_the_same() {
        let fields = all_field_error_codes();
        for (i, code) in all_problem_codes().into_iter().enumerate() {
            let errors = fields
                .iter()
                .enumerate()
                .filter(|(j, _)| (i + j) % 3 == 0)
                .map(|(j, c)| FieldError {
                    field: format!("work.{j}.title"),
                    code: *c,
                    limit: (j % 2 == 0).then_some(j as i64 * 40),
                })
                .collect();
            let p = problem(code, (i % 2 == 1).then_some("Forklaring \"med\" citat"), errors);
            let text = serde_json::to_string(&p).unwrap();
            assert_eq!(read(&text), Some(p.clone()), "{text}");
            assert_eq!(serde_json::from_str::<Problem>(&text).ok(), read(&text));
        }
    }

    #[test]
    fn defaults_read_as_the_derive_reads_them() {
        let text = r#"{"type":"about:blank","title":"Not found","status":404,"code":"not_found"}"#;
        assert_eq!(read(text), serde_json::from_str::<Problem>(text).ok());
        assert_eq!(read(text).map(|p| p.errors.len()), Some(0));
        let null_detail = r#"{"type":"x","title":"t","status":400,"detail":null,"code":"validation",
            "errors":[{"field":"a","code":"required","limit":null}]}"#;
        assert_eq!(read(null_detail), serde_json::from_str::<Problem>(null_detail).ok());
        assert!(read(null_detail).is_some());
    }

    #[test]
    fn what_is_not_a_problem_is_refused_as_the_derive_refuses_it() {
        let p = problem(
            ProblemCode::Validation,
            None,
            vec![FieldError { field: "a".into(), code: FieldErrorCode::TooLong, limit: Some(80) }],
        );
        let good = serde_json::to_value(&p).unwrap();
        let broken: &[fn(&mut serde_json::Value)] = &[
            |v| drop(v.as_object_mut().unwrap().remove("code")),
            |v| drop(v.as_object_mut().unwrap().remove("type")),
            |v| drop(v.as_object_mut().unwrap().remove("status")),
            |v| v["code"] = "teapot".into(),
            |v| v["code"] = "Validation".into(),
            |v| v["status"] = (-1).into(),
            |v| v["status"] = 70000.into(),
            |v| v["errors"] = "none".into(),
            |v| v["errors"][0]["code"] = "too_short".into(),
            |v| drop(v["errors"][0].as_object_mut().unwrap().remove("field")),
            |v| v["errors"][0]["limit"] = "80".into(),
            |v| v["detail"] = 3.into(),
        ];
        for (i, breaking) in broken.iter().enumerate() {
            let mut v = good.clone();
            breaking(&mut v);
            let text = v.to_string();
            assert_eq!(read(&text), None, "case {i}: {text}");
            assert!(serde_json::from_str::<Problem>(&text).is_err(), "case {i}: the derive reads it");
        }
        for text in ["", "[]", "null", "<html>Bad gateway</html>", r#"{"code":"conflict","code":"conflict"}"#] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
