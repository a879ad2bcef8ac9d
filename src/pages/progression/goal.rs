//! /min-udvikling/maal/:id — one progressionsmål in full: where the change can happen, what we try next,
//! when we look at it again, and with whom it is agreed (or that it is still the borger's proposal).

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Msg, dates, use_i18n};
use contract::common::Actor;
use contract::progression::{ProgressionGoal, ProgressionStatus};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

/// /min-udvikling/maal/:id
#[component]
pub fn GoalPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.get().get("id").and_then(|s| Uuid::parse_str(&s).ok());
    let data = LocalResource::new(api::progression::get);
    view! {
        <p><A href="/min-udvikling" attr:class="back-link">{i18n.t(P::ShareBack)}</A></p>
        <PageHeading title=P::GoalTitle />
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| {
                match r.map(|p| id().and_then(|id| p.goals.into_iter().find(|g| g.id == id))) {
                    Ok(Some(g)) => view! { <GoalView goal=g /> }.into_any(),
                    Ok(None) => view! { <Alert level=Level::Error msg=ApiError::NotFound.message() /> }.into_any(),
                    Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Whether a goal is still only the borger's proposal.
pub fn is_proposal(g: &ProgressionGoal) -> bool {
    g.created_by == Actor::Borger && g.status == ProgressionStatus::Proposed
}

#[component]
fn GoalView(
    /// The goal to show.
    goal: ProgressionGoal,
) -> impl IntoView {
    let i18n = use_i18n();
    let proposal = is_proposal(&goal);
    let c = goal.content;
    let updated = crate::domain::tz::in_copenhagen(goal.updated_at).date();
    let status = if proposal { P::Proposal } else { super::goals::status_text(goal.status) };
    view! {
        <p class="font-lead">{c.description}</p>
        {proposal.then(|| view! {
            <div class="alert alert-info" role="status"><div class="alert-body">
                <p class="alert-text">{i18n.t(P::ProposalExplained)}</p>
            </div></div>
        })}
        <dl class="app-facts">
            <dt>{i18n.t(P::Area)}</dt><dd>{i18n.t(super::goals::area_text(c.area))}</dd>
            <dt>{i18n.t(P::Status)}</dt><dd>{i18n.t(status)}</dd>
            {c.target_hours.map(|h| view! {
                <dt>{i18n.t(P::TargetHoursShort)}</dt><dd>{move || super::goals::target_text(h, i18n.lang.get())}</dd>
            })}
            {(!c.try_next.is_empty()).then(|| view! { <dt>{i18n.t(P::TryNext)}</dt><dd>{c.try_next.clone()}</dd> })}
            {c.review_date.map(|d| view! { <dt>{i18n.t(P::Review)}</dt><dd>{move || dates::date(d, i18n.lang.get())}</dd> })}
            {(!goal.agreed_with.is_empty()).then(|| view! { <dt>{i18n.t(P::AgreedWith)}</dt><dd>{goal.agreed_with.clone()}</dd> })}
            <dt>{i18n.t(P::ProposedBy)}</dt>
            <dd>{i18n.t(if goal.created_by == Actor::Borger { P::ByYou } else { P::ByJobcenter })}</dd>
            <dt>{i18n.t(P::Updated)}</dt><dd>{move || dates::date(updated, i18n.lang.get())}</dd>
        </dl>
    }
}
