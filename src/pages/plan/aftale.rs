//! One aftale: the full text, who does it and by when, its history, and — for the borger's own tasks —
//! status with a short note. The agreed text itself is read-only; a comment can always be written.

use crate::api::{self, ApiError, Versioned};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::plan::borger_owns;
use crate::domain::tz;
use crate::i18n::{Msg, dates, labels, use_i18n};
use contract::plan::{Aftale, AftaleStatus, AftaleUpdate};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

const STATUSES: [AftaleStatus; 4] =
    [AftaleStatus::Agreed, AftaleStatus::InProgress, AftaleStatus::Done, AftaleStatus::NotDone];

/// /min-plan/aftale/:id
#[component]
pub fn AftalePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.get().get("id").and_then(|s| Uuid::parse_str(&s).ok());
    let loaded = LocalResource::new(move || {
        let id = id();
        async move {
            let id = id.ok_or(ApiError::NotFound)?;
            let v = api::plan::aftale(id).await?;
            // Seen now: clears "nyt siden sidst" on every device. A failure here only leaves the mark.
            let _ = api::plan::mark_seen(vec![id]).await;
            Ok::<_, ApiError>(v)
        }
    });
    view! {
        <p class="d-print-none"><A href="/min-plan" attr:class="back-link">{i18n.t(Msg::PlanBack)}</A></p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok(v) => view! { <AftaleView loaded=v /> }.into_any(),
                Err(e) => view! {
                    <PageHeading title=Msg::NavPlan />
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn AftaleView(loaded: Versioned<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let aftale = RwSignal::new(loaded.value);
    let a = aftale.get_untracked();
    let c = a.content.clone();
    let title = c.title.clone();
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{} – {}", aftale.with(|a| a.content.title.clone()), i18n.now(Msg::AppName)));
        }
    });
    view! {
        <h1 id="main-heading" tabindex="-1">{title}</h1>
        {(!c.description.is_empty()).then(|| view! { <p class="font-lead app-pre">{c.description.clone()}</p> })}
        <dl class="app-facts">
            <dt>{i18n.t(Msg::PlanWho)}</dt><dd>{i18n.t(labels::who(c.owner))}</dd>
            {c.due.map(|d| view! { <dt>{i18n.t(Msg::Due)}</dt><dd>{move || dates::date(d, i18n.lang.get())}</dd> })}
            {(!c.frequency.is_empty()).then(|| view! { <dt>{i18n.t(Msg::PlanHowOften)}</dt><dd>{c.frequency.clone()}</dd> })}
            {c.job_goal_id.map(|goal| view! { <GoalName goal=goal /> })}
            <dt>{i18n.t(Msg::PlanStatus)}</dt>
            <dd>{move || i18n.now(labels::status(aftale.get().status))}
                {move || { let n = aftale.get().status_note; (!n.is_empty()).then(|| format!(" – {n}")) }}</dd>
        </dl>
        {if c.agreed {
            view! { <p class="app-muted">{i18n.t(Msg::PlanReadOnly)}</p> }.into_any()
        } else {
            view! { <p class="app-muted">{i18n.t(Msg::PlanNotAgreed)}</p> }.into_any()
        }}
        {(!c.if_not_possible.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(Msg::PlanIfNotPossible)}</h2>
            <p class="app-pre">{c.if_not_possible.clone()}</p>
        })}
        {borger_owns(&a).then(|| view! { <StatusForm aftale=aftale /> })}
        <CommentForm aftale=aftale />
        <h2 class="h3">{i18n.t(Msg::PlanHistory)}</h2>
        <ul class="app-history">
            {move || aftale.get().history.into_iter().map(|h| {
                let at = tz::in_copenhagen(h.at);
                view! {
                    <li>{move || dates::date(at.date(), i18n.lang.get())} ": "
                        {i18n.t(labels::actor(h.by))} " " {i18n.t(labels::change(h.what))}</li>
                }
            }).collect_view()}
        </ul>
    }
}

/// "Hører til jobmål: A – Receptionist …", looked up among the borger's jobmål.
#[component]
fn GoalName(goal: Uuid) -> impl IntoView {
    let i18n = use_i18n();
    let goals = LocalResource::new(api::jobgoals::list);
    let name = move || {
        goals.get().and_then(|r| r.ok()).and_then(|list| {
            list.into_iter().find(|g| g.id == goal).map(|g| format!("{}: {}", g.content.track, g.content.title))
        })
    };
    view! {
        <Show when=move || name().is_some()>
            <dt>{i18n.t(Msg::PlanForGoal)}</dt><dd>{name}</dd>
        </Show>
    }
}

/// Saves a change; on conflict takes the newest version but keeps what the borger typed in the form.
async fn save(aftale: RwSignal<Aftale>, change: AftaleUpdate) -> Result<(), ApiError> {
    let (id, version) = aftale.with_untracked(|a| (a.id, a.version));
    match api::plan::update_aftale(id, version, &change).await {
        Ok(v) => {
            aftale.set(v.value);
            Ok(())
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
fn StatusForm(aftale: RwSignal<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(aftale.get_untracked().status);
    let note = RwSignal::new(aftale.get_untracked().status_note);
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let change = AftaleUpdate { status: Some(status.get()), status_note: Some(note.get()), borger_comment: None };
        outcome.set(None);
        leptos::task::spawn_local(async move { outcome.set(Some(save(aftale, change).await)) });
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
                <input class="form-input" id="status-note" type="text" maxlength="500" aria-describedby="status-note-hint"
                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
            </div>
            <button type="submit" class="button button-primary">{i18n.t(Msg::PlanSaveStatus)}</button>
            <Outcome outcome=outcome />
        </form>
    }
}

#[component]
fn CommentForm(aftale: RwSignal<Aftale>) -> impl IntoView {
    let i18n = use_i18n();
    let comment = RwSignal::new(aftale.get_untracked().borger_comment);
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let send = move || {
        let change = AftaleUpdate { status: None, status_note: None, borger_comment: Some(comment.get_untracked()) };
        outcome.set(None);
        leptos::task::spawn_local(async move { outcome.set(Some(save(aftale, change).await)) });
    };
    // After a conflict `save` has loaded the newest version; the borger chooses whose comment to keep.
    let conflict = move || matches!(outcome.get(), Some(Err(ApiError::Conflict(_))));
    let theirs = move || aftale.with(|a| a.borger_comment.clone());
    view! {
        <form class="app-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); send(); } novalidate>
            <div class="form-group">
                <label class="form-label" for="comment">{i18n.t(Msg::PlanComment)}</label>
                <span class="form-hint" id="comment-hint">{i18n.t(Msg::PlanCommentHint)}</span>
                <textarea class="form-input" id="comment" rows="4" aria-describedby="comment-hint"
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
pub fn Outcome(outcome: RwSignal<Option<Result<(), ApiError>>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div aria-live="polite" class="app-outcome">
            {move || outcome.get().map(|r| match r {
                Ok(()) => view! { <p class="app-saved">{i18n.t(Msg::PlanSaved)}</p> }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </div>
    }
}
