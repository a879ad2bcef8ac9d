//! The only module that knows HTTP: one file per resource on top of `client`.
//! A municipality connects its own backend here (see README, "The REST contract").

pub mod client;
pub mod cv;
pub mod error;
pub mod jobgoals;
pub mod plan;
pub mod progression;
pub mod rehearsals;
pub mod session;

pub use client::Versioned;
pub use error::ApiError;

use crate::domain::routes;

/// The GETs the page at `path` makes as it starts, besides the session (which index.html asks for): the key for
/// the device's copies, then the page's own data. A page's frame (`domain::frames`) has the browser start them
/// with the page, so they are answered while the wasm and the area's module download; the app's own request
/// then takes the answer already there.
pub fn first_reads(path: &str) -> Vec<&'static str> {
    let own: &[&'static str] = match path {
        routes::HOME | routes::PLAN => &[plan::PLAN],
        routes::CV => &[cv::CV, cv::TARGETED],
        routes::JOB_GOALS => &[jobgoals::JOB_GOALS],
        routes::PROGRESSION => &[progression::PROGRESSION],
        _ => &[],
    };
    std::iter::once(session::DEVICE_KEY).chain(own.iter().copied()).collect()
}
