//! Waiting for a quiet moment: work the first page does not need (what waits on the device, src/store/outbox.rs)
//! starts after the page is drawn and the browser has nothing else to do, so it does not lengthen the start.

use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Set when the first page's heading is on screen (src/components/page.rs).
static SHOWN: AtomicBool = AtomicBool::new(false);

/// How long to wait for the first page at most (ms): a start that ends without a page heading (the session
/// cannot be read, an area's module cannot be fetched) still goes on.
const SHOWN_AT_MOST_MS: f64 = 3000.0;
/// How often to look whether it is there (ms).
const LOOK_EVERY_MS: u32 = 100;
/// How long the browser may keep us waiting for an idle moment (ms).
const IDLE_AT_MOST_MS: u32 = 1000;

/// Notes that the first page is on screen.
pub fn page_shown() {
    SHOWN.store(true, Ordering::Relaxed);
}

/// Resolves once the first page is on screen (or after [`SHOWN_AT_MOST_MS`]) and then the browser is idle (or
/// after [`IDLE_AT_MOST_MS`]).
pub async fn settled() {
    let start = js_sys::Date::now();
    while !SHOWN.load(Ordering::Relaxed) && js_sys::Date::now() - start < SHOWN_AT_MOST_MS {
        gloo_timers::future::TimeoutFuture::new(LOOK_EVERY_MS).await;
    }
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_AT_MOST_MS);
        if window.request_idle_callback_with_options(&resolve, &options).is_err() {
            // No requestIdleCallback (Safari before 18): a plain timeout.
            let done = Closure::once_into_js(move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            });
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(done.unchecked_ref(), IDLE_AT_MOST_MS as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(idle).await;
}
