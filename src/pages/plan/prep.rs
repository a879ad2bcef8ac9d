//! "Det vil jeg tale om": the borger's notes for a meeting, saved as they type — also offline, through the
//! outbox. When the notes were changed on another device meanwhile, the borger chooses whose to keep;
//! nothing typed is lost.

use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::outbox::{Pending, Write};
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Msg, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Reply, Submitted, use_outbox};
use contract::plan::Meeting;
use leptos::prelude::*;

/// How long typing must pause before the notes are sent.
const AUTOSAVE_MS: u32 = 1500;

#[component]
pub fn PrepNotes(meeting: RwSignal<Meeting>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_outbox();
    let name = format!("prep/{}", meeting.with_untracked(|m| m.id));
    let notes = RwSignal::new(meeting.get_untracked().prep_notes);
    let outcome = RwSignal::new(None::<Outcome>);
    // After a conflict: the notes saved elsewhere, for the borger to choose between.
    let theirs = RwSignal::new(None::<String>);
    let keeper = Keeper::new(&name, move || notes.get(), move |n| notes.set(n));
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let write_name = name.clone();
    // Sent later by the outbox while this page stays open: the notes now stand on the server's new version.
    store.on_landed(name.clone(), move |reply| {
        if let Reply::Meeting(m) = reply {
            meeting.set(m);
        }
    });
    let save_now = move || {
        timer.set_value(None);
        let text = notes.get_untracked();
        let (id, version, base) = meeting.with_untracked(|m| (m.id, m.version, m.prep_notes.clone()));
        if text == base || theirs.get_untracked().is_some() {
            return;
        }
        let write = Write::Prep { meeting: id, base_version: version, base_notes: base, notes: text.clone() };
        let title = meeting.with_untracked(|m| m.content.title.clone());
        let p = Pending::of(write_name.clone(), title, write);
        send(store, keeper, p, outcome, move |result| {
            match &result {
                Submitted::Landed(Reply::Meeting(m)) => {
                    meeting.set(m.clone());
                    keeper.landed(text);
                }
                Submitted::Conflict(Reply::Meeting(m)) => {
                    theirs.set(Some(m.prep_notes.clone()));
                    meeting.set(m.clone());
                }
                // Waiting in the outbox: what is typed counts as the notes from now on.
                Submitted::Kept | Submitted::InTab => meeting.update(|m| m.prep_notes = text),
                _ => {}
            }
            let shown = if matches!(result, Submitted::Conflict(_)) { None } else { Some(Outcome::of(&result)) };
            outcome.set(shown);
        });
    };
    let save_later = save_now.clone();
    let on_input = move |ev| {
        notes.set(event_target_value(&ev));
        let save = save_later.clone();
        timer.set_value(Some(gloo_timers::callback::Timeout::new(AUTOSAVE_MS, save)));
    };
    let (save_blur, save_mine, save_submit) = (save_now.clone(), save_now.clone(), save_now);
    let keep_mine = move |_| {
        theirs.set(None);
        outcome.set(None);
        save_mine();
    };
    let use_theirs = move |_| {
        if let Some(t) = theirs.get_untracked() {
            notes.set(t.clone());
            keeper.landed(t);
        }
        theirs.set(None);
        outcome.set(None);
    };
    view! {
        <form class="app-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save_submit(); } novalidate>
            <RestoredNotice restored=keeper.restored />
            <div class="form-group">
                <label class="form-label" for="prep-notes">{i18n.t(PlanMsg::PlanPrepNotes)}</label>
                <span class="form-hint" id="prep-notes-hint">{i18n.t(PlanMsg::PlanPrepHint)}</span>
                <textarea class="form-input" autocomplete="off" id="prep-notes" rows="6" aria-describedby="prep-notes-hint"
                    prop:value=move || notes.get() on:input=on_input on:blur=move |_| save_blur()></textarea>
            </div>
            <Show when=move || theirs.get().is_some() fallback=move || view! {
                <button type="submit" class="button button-secondary">{i18n.t(PlanMsg::PlanSavePrep)}</button>
            }>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(Msg::ErrConflict)}</p>
                    <p class="alert-text"><strong>{i18n.t(Msg::ConflictTheirs)}</strong><br />
                        <span class="app-pre">{move || theirs.get().unwrap_or_default()}</span></p>
                    <button type="button" class="button button-secondary" on:click=keep_mine.clone()>{i18n.t(Msg::ConflictKeepMine)}</button>
                    " "
                    <button type="button" class="button button-tertiary" on:click=use_theirs>{i18n.t(Msg::ConflictUseTheirs)}</button>
                </div></div>
            </Show>
            <SaveStatus name=name.clone() outcome=outcome />
        </form>
    }
}
