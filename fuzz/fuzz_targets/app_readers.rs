//! The app's own readers of what it reads at start (`fleksvej::domain::json_text`, no serde): any input never
//! panics them, and each reads exactly what serde's derive of the contract's type reads — the session and an error
//! answer — except where a document nests more than 128 deep, which the reader refuses everywhere, or where the
//! session's end is written with another separator than `T` (see `other_separator`).
#![no_main]

use contract::Problem;
use contract::session::Session;
use fleksvej::domain::{glance::Glance, problem_json, session_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let deep = text.bytes().filter(|b| matches!(b, b'[' | b'{')).count() > 128;
    let ours = problem_json::read(text);
    let derive = serde_json::from_str::<Problem>(text).ok();
    if ours.is_some() || !deep {
        assert_eq!(ours, derive, "problem_json::read and the derive of Problem differ");
    }
    let ours = session_json::read(text);
    let derive = serde_json::from_str::<Session>(text).ok();
    if ours.is_some() || !(deep || other_separator(text)) {
        assert_eq!(ours, derive, "session_json::read and the derive of Session differ");
    }
    let _ = Glance::read(text);
});

/// Natively the derive reads date-times with `time`, which takes any byte between the date and the time
/// (`2026-11-22-17:00:10Z`); the app (and the contract in the browser, `wire_time::parse_rfc3339`) takes only `T`,
/// as RFC 3339 writes it. True when the session's `expires_at` is such a text.
fn other_separator(text: &str) -> bool {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else { return false };
    value["expires_at"].as_str().is_some_and(|s| contract::wire_time::parse_rfc3339(s).is_none())
}
