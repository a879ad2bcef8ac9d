//! The tilgængelighedserklæring and the privacy page, readable without logging in.

use crate::components::page::PageHeading;
use crate::i18n::{Msg, t};
use leptos::prelude::*;

/// Tilgængelighedserklæring.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <PageHeading title=Msg::AccessibilityTitle />
        <p class="font-lead">{t(Msg::AccessibilityIntro)}</p>
        <p>{t(Msg::AccessibilityTesting)}</p>
        <p>{t(Msg::AccessibilityFeedback)}</p>
    }
}

/// Privatliv og cookies.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <PageHeading title=Msg::PrivacyTitle />
        <p class="font-lead">{t(Msg::PrivacyIntro)}</p>
        <p>{t(Msg::PrivacyDevice)}</p>
        <p>{t(crate::i18n::rehearsal::RehearsalMsg::PrivacyRecording)}</p>
        <p>{t(Msg::PrivacyHealth)}</p>
    }
}
