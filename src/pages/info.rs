//! The tilgængelighedserklæring and the privacy page, readable without logging in. Their text is in
//! `domain::info`, which their frames copy too.

use crate::components::page::PageHeading;
use crate::domain::info::{ACCESSIBILITY, InfoText, PRIVACY};
use crate::i18n::t;
use leptos::prelude::*;

/// Tilgængelighedserklæring.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    info_page(&ACCESSIBILITY)
}

/// Privatliv og cookies.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    info_page(&PRIVACY)
}

/// The heading, the lead and the paragraphs of `page`.
fn info_page(page: &'static InfoText) -> impl IntoView {
    view! {
        <PageHeading title=page.title />
        <p class="font-lead">{t(page.lead)}</p>
        {page.more.iter().map(|m| view! { <p>{t(*m)}</p> }).collect_view()}
    }
}
