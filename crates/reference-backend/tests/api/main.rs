//! API integration tests: each test builds `app(state)` on a fresh SQLite database and calls it in-process.

mod admin;
mod cross_borger;
mod csrf;
mod cv;
mod headers;
mod helpers;
mod jobgoals;
mod openapi;
mod plan;
mod prep;
mod progression;
mod rehearsals;
mod session;
mod targeted;
