//! Per-page duties: the tab title, the main heading, and moving focus to it after navigation.

use crate::domain::text::page_title;
use crate::i18n::{Message, Msg, use_i18n};
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set after the first page has been shown: only later navigations move focus (a fresh load starts at the top).
static NAVIGATED: AtomicBool = AtomicBool::new(false);

/// The page's `<h1>`: sets the tab title and, after a navigation, takes focus so screen readers announce it.
#[component]
pub fn PageHeading<M: Message>(
    /// The page's name.
    title: M,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        let app = i18n.now(Msg::AppName);
        let text = page_title(i18n.now(title), app);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&text);
        }
    });
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if NAVIGATED.swap(true, Ordering::Relaxed) {
                let _ = h.focus();
            } else {
                // The first page's heading is on screen: what `cargo xtask bench` reports as app-ready.
                crate::store::idle::page_shown();
                if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = perf.mark("app-ready");
                }
            }
        }
    });
    view! {
        <h1 id="main-heading" tabindex="-1" node_ref=heading>
            {i18n.t(title)}
        </h1>
    }
}

/// Removes index.html's static shell (or the page's frame, src/domain/frames.rs), which style/main.css shows
/// instead of the app until then. The app is mounted hidden, and public/boot-check.js removes the shell when the
/// app's first page heading (`#main-heading`) is there, so the heading and lead the borger is reading do not
/// vanish while the session and the area's module load. This is for a start that ends without a page heading,
/// and for main.rs's late backstop.
pub fn drop_static_shell() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app-loading")) {
        shell.remove();
    }
}
