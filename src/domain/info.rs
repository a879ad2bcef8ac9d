//! The two info pages' text, all of it fixed: `pages/info.rs` draws it, and their frames (`domain::frames`) copy
//! it, so the page the borger reads before the app runs is the one the app then draws.

use crate::domain::routes;
use crate::i18n::Msg;
use crate::i18n::info::InfoMsg;

/// An info page: its heading, its lead paragraph and the paragraphs after it.
#[derive(Debug)]
pub struct InfoText {
    /// The address it lives at.
    pub path: &'static str,
    /// The page's `<h1>`.
    pub title: Msg,
    /// The `font-lead` paragraph under the heading.
    pub lead: InfoMsg,
    /// The paragraphs after the lead, in order.
    pub more: &'static [InfoMsg],
}

/// Tilgængelighedserklæring: what was tested, how, known gaps and whom to tell.
pub const ACCESSIBILITY: InfoText = InfoText {
    path: routes::ACCESSIBILITY,
    title: Msg::AccessibilityTitle,
    lead: InfoMsg::AccessibilityIntro,
    more: &[InfoMsg::AccessibilityTesting, InfoMsg::AccessibilityFeedback],
};

/// Privatliv og cookies: what is kept where, and what not to write.
pub const PRIVACY: InfoText = InfoText {
    path: routes::PRIVACY,
    title: Msg::PrivacyTitle,
    lead: InfoMsg::PrivacyIntro,
    more: &[InfoMsg::PrivacyDevice, InfoMsg::PrivacyRecording, InfoMsg::PrivacyHealth],
};
