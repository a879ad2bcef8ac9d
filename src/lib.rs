//! Fleksvej: the borger's self-service app for the way into, and inside, a fleksjob.
//!
//! Native builds (`cargo test --workspace`, clippy) compile only what runs without a browser and is tested
//! natively: the pure `domain` logic, the texts in `i18n`, the API client's error mapping and the stores. The
//! views (`app`, `components`, `pages`) and the browser glue are wasm-only: compiled natively they made a
//! 600 MB rlib and a 370 MB test binary for nothing, which is how a CI run once ran out of disk. Clippy and
//! the browser tests check them on wasm32.

pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod areas;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod domain;
#[cfg(all(target_arch = "wasm32", feature = "fault-hooks"))]
pub mod fault_hooks;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod panic;
pub mod store;

#[cfg(all(target_arch = "wasm32", not(feature = "fault-hooks")))]
pub use app::App;
/// With the test-only feature `fault-hooks`: the app with its fault triggers (see `fault_hooks`).
#[cfg(all(target_arch = "wasm32", feature = "fault-hooks"))]
pub use fault_hooks::App;
