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
