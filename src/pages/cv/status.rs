//! The autosave state next to the editor, and the choice after a conflict: both versions stay on screen.

use super::summary::{differing, lines};
use crate::i18n::cv::{CvMsg as M, section_title};
use crate::i18n::{dates, use_i18n};
use crate::store::cv::{SaveState, use_cv};
use contract::cv::CvContent;
use leptos::prelude::*;

/// "Gemt" / "Gemmer …" / "Ikke gemt – ingen forbindelse", announced politely.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let text = move || match store.state.get() {
        SaveState::Saved => M::StatusSaved,
        SaveState::Saving => M::StatusSaving,
        SaveState::Offline if crate::store::device::available() => M::StatusOnDevice,
        SaveState::Offline => M::StatusOffline,
        SaveState::Failed => M::StatusFailed,
        SaveState::Blocked => M::StatusBlocked,
        SaveState::Waiting => M::StatusWaiting,
        SaveState::Conflict => M::ConflictTitle,
    };
    let problem = move || matches!(store.state.get(), SaveState::Offline | SaveState::Failed | SaveState::Blocked);
    let announce = move || problem() || store.state.get() == SaveState::Conflict;
    let at = move || {
        store.saved_at.get().map(|t| {
            let local = t.to_offset(crate::domain::tz::copenhagen_offset(t));
            format!(" · {} {}", i18n.now(M::SavedAt), dates::date_time(local, local.offset(), i18n.lang.get()))
        })
    };
    // Only problems go in the live region: one that changed under the caret ("Gemmer …" on the first key)
    // held Chromium's frames back for over a second per keystroke, and "Gemmer …"/"Gemt" is noise anyway.
    view! {
        <div class="app-save-status d-print-none" class:app-save-problem=problem>
            <p class="app-save-text">{move || (!announce()).then(|| view! { {i18n.now(text())}<span class="app-muted">{at}</span> })}</p>
            <p class="app-save-text" role="status" aria-live="polite">{move || announce().then(|| i18n.now(text()))}</p>
            <Show when=problem>
                <button type="button" class="button button-tertiary app-small" on:click=move |_| store.save_now()>{i18n.t(M::SaveNow)}</button>
            </Show>
        </div>
        <ConflictChoice />
        <OtherVersion />
    }
}

#[component]
fn ConflictChoice() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    move || {
        let theirs = store.conflict.get()?;
        let mine = store.draft.get().unwrap_or_default();
        Some(view! {
            <div class="alert alert-warning app-conflict" role="alert"><div class="alert-body">
                <h2 class="alert-heading h3">{i18n.t(M::ConflictTitle)}</h2>
                <p class="alert-text">{i18n.t(M::ConflictText)}</p>
                <p>
                    <button type="button" class="button button-primary" on:click=move |_| store.keep_mine()>{i18n.t(M::KeepMine)}</button>
                    " "
                    <button type="button" class="button button-secondary" on:click=move |_| store.use_saved()>{i18n.t(M::UseSaved)}</button>
                </p>
                <div class="app-versions">
                    <Version title=M::Mine cv=mine.clone() other=theirs.content.clone() />
                    <Version title=M::Theirs cv=theirs.content.clone() other=mine />
                </div>
            </div></div>
        })
    }
}

#[component]
fn OtherVersion() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    move || {
        let other = store.other.get()?;
        let current = store.draft.get_untracked().unwrap_or_default();
        Some(view! {
            <div class="alert alert-info"><div class="alert-body">
                <Version title=M::OtherVersion cv=other other=current />
                <button type="button" class="button button-tertiary app-small" on:click=move |_| store.other.set(None)>{i18n.t(M::Done)}</button>
            </div></div>
        })
    }
}

/// One version's differing sections as plain text the borger can select and copy.
#[component]
fn Version(title: M, cv: CvContent, other: CvContent) -> impl IntoView {
    let i18n = use_i18n();
    let sections = differing(&cv, &other);
    view! {
        <section class="app-version">
            <h3 class="h4">{i18n.t(title)}</h3>
            {sections.into_iter().map(|s| {
                let cv = cv.clone();
                view! {
                    <h4 class="h5">{i18n.t(section_title(s))}</h4>
                    <ul class="app-pre">{move || lines(&cv, s, i18n.lang.get()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                }
            }).collect_view()}
        </section>
    }
}
