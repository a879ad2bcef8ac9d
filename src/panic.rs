//! A Rust panic must never leave a dead, silent page: show the static "Der skete en fejl" overlay from
//! index.html (it offers a reload and the jobcenter's number) and keep the details in the console.

/// Installs the panic hook.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let overlay = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app-panic"));
        if let Some(el) = overlay {
            let _ = el.remove_attribute("hidden");
        }
    }));
}
