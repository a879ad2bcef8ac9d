//! Test-only fault triggers, compiled only with the cargo feature `fault-hooks` (off by default). `cargo xtask
//! test` builds a second bundle with it for the e2e tests (`target/dist-e2e`); the bundle that ships, and that the
//! byte ceiling measures, never has it.
//!
//! `window.dispatchEvent(new Event('app-test-panic'))` makes the app panic, so `tests/e2e/faults.spec.js` can check
//! that the static "Der skete en fejl" overlay (`src/panic.rs`) comes within a second, that the page does not
//! reload by itself, and that nothing the borger typed is lost.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The DOM event on `window` that panics the app.
pub const PANIC_EVENT: &str = "app-test-panic";

/// Listens for the triggers on `window`, for as long as the app lives.
pub fn install() {
    let Some(window) = web_sys::window() else { return };
    let on_panic = Closure::<dyn Fn()>::new(|| panic!("test panic"));
    let _ = window.add_event_listener_with_callback(PANIC_EVENT, on_panic.as_ref().unchecked_ref());
    on_panic.forget();
}

/// The app with the triggers installed first. In a build with `fault-hooks`, `fleksvej::App` (what `main` mounts)
/// is this, so the triggers need nothing in `main` or `app`.
#[component]
pub fn App() -> impl IntoView {
    install();
    crate::app::App()
}
