//! Entry point: the panic hook, then mount the app in place of the static loading shell.

fn main() {
    fleksvej::panic::install_hook();
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(loading) = doc.as_ref().and_then(|d| d.get_element_by_id("app-loading")) {
        loading.remove();
    }
    leptos::mount::mount_to_body(fleksvej::App);
    fleksvej::offline::register_service_worker();
}
