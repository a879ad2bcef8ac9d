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
