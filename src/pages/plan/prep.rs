//! "Det vil jeg tale om": the borger's notes for a meeting, saved as they type. When the meeting's notes
//! were changed on another device meanwhile, the borger chooses whose to keep; nothing typed is lost.

use super::aftale_forms::{Outcome, Saved};
use crate::api::{self, ApiError};
use crate::i18n::{Msg, use_i18n};
use contract::plan::{Meeting, MeetingPrep};
use leptos::prelude::*;

/// How long typing must pause before the notes are saved.
const AUTOSAVE_MS: u32 = 1500;

#[component]
pub fn PrepNotes(meeting: RwSignal<Meeting>) -> impl IntoView {
    let i18n = use_i18n();
    let notes = RwSignal::new(meeting.get_untracked().prep_notes);
    let outcome = RwSignal::new(None::<Result<Saved, ApiError>>);
    let saving = RwSignal::new(false);
    // After a conflict: the notes saved elsewhere, for the borger to choose between.
    let theirs = RwSignal::new(None::<String>);
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let save_now = move || {
        timer.set_value(None);
        let text = notes.get_untracked();
        if text == meeting.with_untracked(|m| m.prep_notes.clone()) || theirs.get_untracked().is_some() {
            return;
        }
        saving.set(true);
        leptos::task::spawn_local(async move {
            let (id, version) = meeting.with_untracked(|m| (m.id, m.version));
            let result = match api::plan::save_prep(id, version, &MeetingPrep { prep_notes: text.clone() }).await {
                Ok(v) => {
                    meeting.set(v.value);
                    Ok(Saved::Server)
                }
                Err(ApiError::Conflict(_)) => match api::plan::meeting(id).await {
                    // Only the meeting's details changed: the notes are as we had them, so save on its version.
                    Ok(latest) if latest.value.prep_notes == meeting.with_untracked(|m| m.prep_notes.clone()) => {
                        meeting.set(latest.value);
                        api::plan::save_prep(
                            id,
                            meeting.with_untracked(|m| m.version),
                            &MeetingPrep { prep_notes: text },
                        )
                        .await
                        .map(|v| {
                            meeting.set(v.value);
                            Saved::Server
                        })
                    }
                    Ok(latest) => {
                        theirs.set(Some(latest.value.prep_notes.clone()));
                        meeting.set(latest.value);
                        Err(ApiError::Conflict(None))
                    }
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            outcome.set(Some(result));
            saving.set(false);
        });
    };
    let on_input = move |ev| {
        notes.set(event_target_value(&ev));
        outcome.set(None);
        timer.set_value(Some(gloo_timers::callback::Timeout::new(AUTOSAVE_MS, save_now)));
    };
    let keep_mine = move |_| {
        theirs.set(None);
        outcome.set(None);
        save_now();
    };
    let use_theirs = move |_| {
        if let Some(t) = theirs.get_untracked() {
            notes.set(t);
        }
        theirs.set(None);
        outcome.set(None);
    };
    view! {
        <form class="app-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save_now(); } novalidate>
            <div class="form-group">
                <label class="form-label" for="prep-notes">{i18n.t(Msg::PlanPrepNotes)}</label>
                <span class="form-hint" id="prep-notes-hint">{i18n.t(Msg::PlanPrepHint)}</span>
                <textarea class="form-input" autocomplete="off" id="prep-notes" rows="6" aria-describedby="prep-notes-hint"
                    prop:value=move || notes.get() on:input=on_input on:blur=move |_| save_now()></textarea>
            </div>
            <Show when=move || theirs.get().is_some() fallback=move || view! {
                <button type="submit" class="button button-secondary">{i18n.t(Msg::PlanSavePrep)}</button>
                <Show when=move || saving.get()><p class="app-muted">{i18n.t(Msg::PlanSaving)}</p></Show>
                <Outcome outcome=outcome />
            }>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(Msg::ErrConflict)}</p>
                    <p class="alert-text"><strong>{i18n.t(Msg::ConflictTheirs)}</strong><br />
                        <span class="app-pre">{move || theirs.get().unwrap_or_default()}</span></p>
                    <button type="button" class="button button-secondary" on:click=keep_mine>{i18n.t(Msg::ConflictKeepMine)}</button>
                    " "
                    <button type="button" class="button button-tertiary" on:click=use_theirs>{i18n.t(Msg::ConflictUseTheirs)}</button>
                </div></div>
            </Show>
        </form>
    }
}
