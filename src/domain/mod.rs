//! Pure logic with no browser in sight, tested natively with `cargo test`.

pub mod abc;
pub mod backoff;
pub mod chart;
pub mod cv;
pub mod frames;
pub mod glance;
pub mod ics;
pub mod info;
pub mod json_object;
pub mod json_text;
pub mod jsonresume;
pub mod outbox;
pub mod phrases;
pub mod plan;
pub mod problem_json;
pub mod progression;
pub mod questions;
pub mod readiness;
pub mod rehearsal;
pub mod routes;
pub mod session_json;
pub mod text;
pub mod timeout;
pub mod tz;
