//! The page for a path that does not exist.

use crate::components::page::PageHeading;
use crate::domain::routes;
use crate::i18n::{Msg, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// 404: say so calmly and offer the way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeading title=Msg::NotFoundTitle />
        <p class="font-lead">{t(Msg::NotFoundText)}</p>
        <p><A href=routes::HOME>{t(Msg::GoHome)}</A></p>
    }
}

/// An area's code could not be fetched (offline before it was ever cached, or a new version replaced it on the
/// server): say so next to the frame instead of stopping the app, and offer a full reload of the same address,
/// which gets the new version and retries.
#[component]
pub fn UnavailablePage() -> impl IntoView {
    let here = leptos_router::hooks::use_location();
    let href = move || {
        let search = here.search.get();
        let search = search.trim_start_matches('?');
        if search.is_empty() { here.pathname.get() } else { format!("{}?{search}", here.pathname.get()) }
    };
    view! {
        <PageHeading title=Msg::UnavailableTitle />
        <div class="alert alert-warning" role="alert">
            <div class="alert-body">
                <p class="alert-text">{t(Msg::UnavailableText)}</p>
            </div>
        </div>
        <p><a class="button button-primary" href=href rel="external">{t(Msg::UnavailableReload)}</a></p>
        <p><A href=routes::HOME>{t(Msg::GoHome)}</A></p>
    }
}
