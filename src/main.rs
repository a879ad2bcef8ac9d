//! Entry point: the panic hook, then mount the app in place of the static loading shell. The service worker
//! is registered by public/sw-register.js.

#[cfg(target_arch = "wasm32")]
fn main() {
    fleksvej::panic::install_hook();
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(loading) = doc.as_ref().and_then(|d| d.get_element_by_id("app-loading")) {
        loading.remove();
    }
    leptos::mount::mount_to_body(fleksvej::App);
}

/// Fleksvej runs in the browser; natively there is nothing to start (see `cargo xtask run`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Fleksvej is a WebAssembly app: start it with `cargo xtask run`.");
}
