//! One aftale: the full text, who does it and by when, its history, and — for the borger's own tasks —
//! status with a short note. The agreed text itself is read-only; a comment can always be written.

use super::aftale_forms::{CommentForm, StatusForm};
use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::plan::borger_owns;
use crate::domain::tz;
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Msg, dates, labels, use_i18n};
use contract::plan::Aftale;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

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
            match api::plan::aftale(id).await {
                Ok(v) => {
                    // Seen now: clears "nyt siden sidst" on every device. A failure here only leaves the mark.
                    let _ = api::plan::mark_seen(vec![id]).await;
                    Ok::<_, ApiError>(v.value)
                }
                // Offline: the copy kept on the device, if there is one.
                Err(e @ (ApiError::Offline | ApiError::Timeout)) => {
                    crate::store::plan::aftale_from_copy(id).await.ok_or(e)
                }
                Err(e) => Err(e),
            }
        }
    });
    view! {
        <p class="d-print-none"><A href="/min-plan" attr:class="back-link">{i18n.t(PlanMsg::PlanBack)}</A></p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok(a) => view! { <AftaleView loaded=a /> }.into_any(),
                Err(e) => view! {
                    <PageHeading title=Msg::NavPlan />
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn AftaleView(loaded: Aftale) -> impl IntoView {
    let i18n = use_i18n();
    let store = crate::store::outbox::use_outbox();
    let mut shown = loaded;
    crate::domain::outbox::apply_to(&mut shown, &store.pending.get_untracked());
    let aftale = RwSignal::new(shown);
    let id = aftale.with_untracked(|a| a.id);
    let waits = move || store.pending.with(|p| p.iter().any(|p| p.aftale() == Some(id)));
    let a = aftale.get_untracked();
    let c = a.content.clone();
    let title = c.title.clone();
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            // Not the aftale's own title: the browser keeps tab titles in its history, even after logout.
            doc.set_title(&format!("{} – {}", i18n.now(PlanMsg::TabAftale), i18n.now(Msg::AppName)));
        }
    });
    view! {
        <h1 id="main-heading" tabindex="-1">{title}</h1>
        {(!c.description.is_empty()).then(|| view! { <p class="font-lead app-pre">{c.description.clone()}</p> })}
        <dl class="app-facts">
            <dt>{i18n.t(PlanMsg::PlanWho)}</dt><dd>{i18n.t(labels::who(c.owner))}</dd>
            {c.due.map(|d| view! { <dt>{i18n.t(Msg::Due)}</dt><dd>{move || dates::date(d, i18n.lang.get())}</dd> })}
            {(!c.frequency.is_empty()).then(|| view! { <dt>{i18n.t(PlanMsg::PlanHowOften)}</dt><dd>{c.frequency.clone()}</dd> })}
            {c.job_goal_id.map(|goal| view! { <GoalName goal=goal /> })}
            <dt>{i18n.t(PlanMsg::PlanStatus)}</dt>
            <dd>{move || i18n.now(labels::status(aftale.get().status))}
                {move || { let n = aftale.get().status_note; (!n.is_empty()).then(|| format!(" – {n}")) }}</dd>
        </dl>
        {if c.agreed {
            view! { <p class="app-muted">{i18n.t(PlanMsg::PlanReadOnly)}</p> }.into_any()
        } else {
            view! { <p class="app-muted">{i18n.t(PlanMsg::PlanNotAgreed)}</p> }.into_any()
        }}
        {(!c.if_not_possible.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(PlanMsg::PlanIfNotPossible)}</h2>
            <p class="app-pre">{c.if_not_possible.clone()}</p>
        })}
        <Show when=waits>
            <p class="app-plan-due">{i18n.t(crate::i18n::plan_offline::OfflineMsg::PendingHere)}</p>
        </Show>
        {borger_owns(&a).then(|| view! { <StatusForm aftale=aftale /> })}
        <CommentForm aftale=aftale />
        <h2 class="h3">{i18n.t(PlanMsg::PlanHistory)}</h2>
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
            <dt>{i18n.t(PlanMsg::PlanForGoal)}</dt><dd>{name}</dd>
        </Show>
    }
}
