//! State that outlives a page: the session and the borger's language choice.

pub mod cv;
pub mod device;
pub mod draft;
pub mod idle;
pub mod outbox;
pub mod plan;
pub mod prefs;
pub mod sends;
pub mod session;
