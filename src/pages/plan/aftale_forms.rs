//! The forms on an aftale: status with a short note (the borger's own tasks) and the comment. What is typed is
//! kept on the device (`store::draft`) and sent through the outbox (`store::outbox`): without network it
//! waits there and shows at once; a conflict offers "behold min / brug den nye".

use crate::api::ApiError;
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus};
use crate::domain::outbox::{Fields, Pending};
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Msg, labels, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Outbox, Reply, Submitted, use_outbox};
use contract::plan::{Aftale, AftaleStatus, AftaleUpdate};
use leptos::prelude::*;

const STATUSES: [AftaleStatus; 4] =
    [AftaleStatus::Agreed, AftaleStatus::InProgress, AftaleStatus::Done, AftaleStatus::NotDone];

/// Sends a change through the outbox. On the server's answer (or its version after a conflict) the aftale on
/// screen is updated; a change that waits shows at once as if it had landed. `stamp` is the form keeper's.
async fn save(
    store: Outbox,
    aftale: RwSignal<Aftale>,
    change: AftaleUpdate,
    stamp: impl FnOnce(Pending) -> Pending,
) -> Submitted {
    let a = aftale.get_untracked();
    let result = store.submit(stamp(Pending::new(&a, change.clone()))).await;
    if store.session_ended() {
        return result;
    }
    match &result {
        Submitted::Landed(Reply::Aftale(v)) | Submitted::Conflict(Reply::Aftale(v)) => aftale.set(v.clone()),
        Submitted::Kept | Submitted::InTab => aftale.update(|a| {
            let f = Fields::of(a).with(&change);
            (a.status, a.status_note, a.borger_comment) = (f.status, f.status_note, f.borger_comment);
        }),
        _ => {}
    }
    result
}

/// The outbox name of an aftale's writes (both forms).
fn name(aftale: RwSignal<Aftale>) -> String {
    format!("aftale/{}", aftale.with_untracked(|a| a.id))
}

#[component]
pub fn StatusForm(aftale: RwSignal<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_outbox();
    let status = RwSignal::new(aftale.get_untracked().status);
    let note = RwSignal::new(aftale.get_untracked().status_note);
    let outcome = RwSignal::new(None::<Outcome>);
    let keeper = Keeper::new(
        &format!("{}/status", name(aftale)),
        move || (status.get(), note.get()),
        move |(s, n)| {
            status.set(s);
            note.set(n);
        },
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let change = AftaleUpdate { status: Some(status.get()), status_note: Some(note.get()), borger_comment: None };
        outcome.set(Some(Outcome::Sending));
        leptos::task::spawn_local(async move {
            let result = save(store, aftale, change, |p| keeper.stamped(p)).await;
            if store.session_ended() {
                return;
            }
            if !matches!(result, Submitted::Conflict(_) | Submitted::Refused(_)) {
                keeper.landed((status.get_untracked(), note.get_untracked()));
            }
            outcome.set(Some(Outcome::of(&result)));
        });
    };
    view! {
        <form class="app-form" on:submit=submit novalidate>
            <RestoredNotice restored=keeper.restored />
            <div class="form-group">
                <fieldset>
                    <legend class="form-label">{i18n.t(PlanMsg::PlanSetStatus)}</legend>
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
                <label class="form-label" for="status-note">{i18n.t(PlanMsg::PlanStatusNote)}</label>
                <span class="form-hint" id="status-note-hint">{i18n.t(PlanMsg::PlanStatusNoteHint)}</span>
                <input class="form-input" autocomplete="off" id="status-note" type="text" maxlength="500" aria-describedby="status-note-hint"
                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
            </div>
            <button type="submit" class="button button-primary">{i18n.t(PlanMsg::PlanSaveStatus)}</button>
            <SaveStatus name=name(aftale) outcome=outcome />
        </form>
    }
}

#[component]
pub fn CommentForm(aftale: RwSignal<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_outbox();
    let comment = RwSignal::new(aftale.get_untracked().borger_comment);
    let outcome = RwSignal::new(None::<Outcome>);
    let keeper = Keeper::new(&format!("{}/comment", name(aftale)), move || comment.get(), move |c| comment.set(c));
    let send = move || {
        let text = comment.get_untracked();
        let change = AftaleUpdate { status: None, status_note: None, borger_comment: Some(text.clone()) };
        outcome.set(Some(Outcome::Sending));
        leptos::task::spawn_local(async move {
            let result = save(store, aftale, change, |p| keeper.stamped(p)).await;
            if store.session_ended() {
                return;
            }
            if !matches!(result, Submitted::Conflict(_) | Submitted::Refused(_)) {
                keeper.landed(text);
            }
            outcome.set(Some(Outcome::of(&result)));
        });
    };
    // After a conflict `save` has loaded the newest version; the borger chooses whose comment to keep.
    let conflict = move || matches!(outcome.get(), Some(Outcome::Failed(ApiError::Conflict(_))));
    let theirs = move || aftale.with(|a| a.borger_comment.clone());
    view! {
        <form class="app-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); send(); } novalidate>
            <RestoredNotice restored=keeper.restored />
            <div class="form-group">
                <label class="form-label" for="comment">{i18n.t(PlanMsg::PlanComment)}</label>
                <span class="form-hint" id="comment-hint">{i18n.t(PlanMsg::PlanCommentHint)}</span>
                <textarea class="form-input" autocomplete="off" id="comment" rows="4" aria-describedby="comment-hint"
                    prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
            </div>
            <Show when=conflict fallback=move || view! {
                <button type="submit" class="button button-secondary">{i18n.t(PlanMsg::PlanSaveComment)}</button>
                <SaveStatus name=name(aftale) outcome=outcome />
            }>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(Msg::ErrConflict)}</p>
                    <p class="alert-text"><strong>{i18n.t(Msg::ConflictTheirs)}</strong><br />
                        <span class="app-pre">{theirs}</span></p>
                    <button type="button" class="button button-secondary" on:click=move |_| send()>{i18n.t(Msg::ConflictKeepMine)}</button>
                    " "
                    <button type="button" class="button button-tertiary" on:click=move |_| {
                        comment.set(theirs());
                        keeper.landed(theirs());
                        outcome.set(None);
                    }>{i18n.t(Msg::ConflictUseTheirs)}</button>
                </div></div>
            </Show>
        </form>
    }
}
