//! The forms on an aftale: status with a short note (the borger's own tasks) and the comment. A change made
//! without network waits in the outbox (`store::plan`); a conflict offers "behold min / brug den nye".

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::domain::outbox::Fields;
use crate::i18n::plan_offline::OfflineMsg;
use crate::i18n::{Msg, labels, use_i18n};
use crate::store::plan::{PlanStore, use_plan};
use contract::plan::{Aftale, AftaleStatus, AftaleUpdate};
use leptos::prelude::*;

const STATUSES: [AftaleStatus; 4] =
    [AftaleStatus::Agreed, AftaleStatus::InProgress, AftaleStatus::Done, AftaleStatus::NotDone];

/// Where a saved change went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// To the server.
    Server,
    /// Into the outbox on the device (no network); it is sent when the network returns.
    Device,
}

/// Saves a change; on conflict takes the newest version but keeps what the borger typed in the form. Without
/// network the change goes in the outbox and shows at once.
async fn save(store: PlanStore, aftale: RwSignal<Aftale>, change: AftaleUpdate) -> Result<Saved, ApiError> {
    let (id, version) = aftale.with_untracked(|a| (a.id, a.version));
    match api::plan::update_aftale(id, version, &change).await {
        Ok(v) => {
            aftale.set(v.value);
            Ok(Saved::Server)
        }
        Err(e @ (ApiError::Offline | ApiError::Timeout)) => {
            let a = aftale.get_untracked();
            if !store.enqueue(&a, change.clone()).await {
                return Err(e);
            }
            aftale.update(|a| {
                let f = Fields::of(a).with(&change);
                (a.status, a.status_note, a.borger_comment) = (f.status, f.status_note, f.borger_comment);
            });
            Ok(Saved::Device)
        }
        Err(ApiError::Conflict(_)) => {
            if let Ok(latest) = api::plan::aftale(id).await {
                aftale.set(latest.value);
            }
            Err(ApiError::Conflict(None))
        }
        Err(e) => Err(e),
    }
}

#[component]
pub fn StatusForm(aftale: RwSignal<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_plan();
    let status = RwSignal::new(aftale.get_untracked().status);
    let note = RwSignal::new(aftale.get_untracked().status_note);
    let outcome = RwSignal::new(None::<Result<Saved, ApiError>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let change = AftaleUpdate { status: Some(status.get()), status_note: Some(note.get()), borger_comment: None };
        outcome.set(None);
        leptos::task::spawn_local(async move { outcome.set(Some(save(store, aftale, change).await)) });
    };
    view! {
        <form class="app-form" on:submit=submit novalidate>
            <div class="form-group">
                <fieldset>
                    <legend class="form-label">{i18n.t(Msg::PlanSetStatus)}</legend>
                    {STATUSES.into_iter().enumerate().map(|(i, s)| {
                        let id = format!("status-{i}");
                        view! {
                            <div class="form-group-radio">
                                <input type="radio" class="form-radio" name="status" id=id.clone()
                                    prop:checked=move || status.get() == s on:change=move |_| status.set(s) />
                                <label class="form-label" for=id>{i18n.t(labels::status(s))}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </div>
            <div class="form-group">
                <label class="form-label" for="status-note">{i18n.t(Msg::PlanStatusNote)}</label>
                <span class="form-hint" id="status-note-hint">{i18n.t(Msg::PlanStatusNoteHint)}</span>
                <input class="form-input" autocomplete="off" id="status-note" type="text" maxlength="500" aria-describedby="status-note-hint"
                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
            </div>
            <button type="submit" class="button button-primary">{i18n.t(Msg::PlanSaveStatus)}</button>
            <Outcome outcome=outcome />
        </form>
    }
}

#[component]
pub fn CommentForm(aftale: RwSignal<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_plan();
    let comment = RwSignal::new(aftale.get_untracked().borger_comment);
    let outcome = RwSignal::new(None::<Result<Saved, ApiError>>);
    let send = move || {
        let change = AftaleUpdate { status: None, status_note: None, borger_comment: Some(comment.get_untracked()) };
        outcome.set(None);
        leptos::task::spawn_local(async move { outcome.set(Some(save(store, aftale, change).await)) });
    };
    // After a conflict `save` has loaded the newest version; the borger chooses whose comment to keep.
    let conflict = move || matches!(outcome.get(), Some(Err(ApiError::Conflict(_))));
    let theirs = move || aftale.with(|a| a.borger_comment.clone());
    view! {
        <form class="app-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); send(); } novalidate>
            <div class="form-group">
                <label class="form-label" for="comment">{i18n.t(Msg::PlanComment)}</label>
                <span class="form-hint" id="comment-hint">{i18n.t(Msg::PlanCommentHint)}</span>
                <textarea class="form-input" autocomplete="off" id="comment" rows="4" aria-describedby="comment-hint"
                    prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
            </div>
            <Show when=conflict fallback=move || view! {
                <button type="submit" class="button button-secondary">{i18n.t(Msg::PlanSaveComment)}</button>
                <Outcome outcome=outcome />
            }>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(Msg::ErrConflict)}</p>
                    <p class="alert-text"><strong>{i18n.t(Msg::ConflictTheirs)}</strong><br />
                        <span class="app-pre">{theirs}</span></p>
                    <button type="button" class="button button-secondary" on:click=move |_| send()>{i18n.t(Msg::ConflictKeepMine)}</button>
                    " "
                    <button type="button" class="button button-tertiary" on:click=move |_| {
                        comment.set(theirs());
                        outcome.set(None);
                    }>{i18n.t(Msg::ConflictUseTheirs)}</button>
                </div></div>
            </Show>
        </form>
    }
}

/// "Gemt", or what went wrong, announced politely.
#[component]
pub fn Outcome(outcome: RwSignal<Option<Result<Saved, ApiError>>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div aria-live="polite" class="app-outcome">
            {move || outcome.get().map(|r| match r {
                Ok(Saved::Server) => view! { <p class="app-saved">{i18n.t(Msg::PlanSaved)}</p> }.into_any(),
                Ok(Saved::Device) => view! { <p class="app-saved">{i18n.t(OfflineMsg::QueuedSaved)}</p> }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </div>
    }
}
