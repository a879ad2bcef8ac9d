//! Fleksvej: the borger's self-service app for the way into, and inside, a fleksjob.

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod offline;
pub mod pages;
pub mod panic;
pub mod store;

pub use app::App;
