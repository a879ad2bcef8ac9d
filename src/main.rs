//! Entry point: the panic hook, then mount the app after the first paint of the static shell, which it replaces
//! once its first page is drawn. The service worker is registered by public/sw-register.js.

/// Mounts the app after the static shell (or an area's frame, src/domain/frames.rs), hidden until its first page
/// heading is drawn (`drop_static_shell`).
#[cfg(target_arch = "wasm32")]
fn start() {
    leptos::mount::mount_to_body(fleksvej::App);
    // A start that ends in neither a page heading nor a known dead end still shows the app in the end.
    let backstop = wasm_bindgen::closure::Closure::once_into_js(fleksvej::components::page::drop_static_shell);
    if let Some(w) = web_sys::window() {
        use wasm_bindgen::JsCast;
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(backstop.unchecked_ref(), 20_000);
    }
}

/// Runs `start` once the browser has painted what the server sent. On a fast connection the wasm can be ready
/// before the first paint; the borger then saw nothing until the app had drawn its page, and the frame's heading
/// and lead came too late to help. An animation frame runs just before a paint, so a timeout set in it runs
/// after that paint. Tabs opened in the background paint nothing, so a plain timeout starts the app there.
#[cfg(target_arch = "wasm32")]
fn after_first_paint(start: fn()) {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{JsCast, closure::Closure};
    let Some(window) = web_sys::window() else { return start() };
    let done = Rc::new(Cell::new(false));
    let once = move |done: &Cell<bool>| {
        if !done.replace(true) {
            start();
        }
    };
    let (painted, backstop) = (done.clone(), done);
    let after_paint = Closure::once_into_js(move || once(&painted));
    let w = window.clone();
    let before_paint = Closure::once_into_js(move || {
        let _ = w.set_timeout_with_callback(after_paint.unchecked_ref());
    });
    let _ = window.request_animation_frame(before_paint.unchecked_ref());
    let hidden_tab = Closure::once_into_js(move || once(&backstop));
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(hidden_tab.unchecked_ref(), 250);
}

#[cfg(target_arch = "wasm32")]
fn main() {
    fleksvej::panic::install_hook();
    after_first_paint(start);
}

/// Fleksvej runs in the browser; natively there is nothing to start (see `cargo xtask run`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Fleksvej is a WebAssembly app: start it with `cargo xtask run`.");
}
