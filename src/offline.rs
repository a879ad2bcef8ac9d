//! Registers the service worker (public/sw.js) that keeps the app shell for opening Fleksvej offline.

/// Registers `/sw.js`; a browser without service workers simply works online only.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    // The promise is left to run; a failure only means no offline start.
    let _ = container.register("/sw.js");
}
