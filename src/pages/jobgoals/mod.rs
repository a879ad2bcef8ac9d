//! Mine jobmål: the borger's job tracks A, B, C … and an editor for each.

mod canvas;
mod canvas_column;
mod competences;
mod draft;
mod form;
mod handout;
mod history;
mod kept;
mod practise;
mod ready;
mod recorder;
mod script;
mod script_edit;
mod speech;
mod theirs;
mod timer;

pub use canvas::CanvasPage;
pub use form::{EditJobGoalPage, NewJobGoalPage};
pub use handout::HandoutPage;
pub use kept::forget_recordings;
pub use practise::PractisePage;
pub use ready::ReadyPage;
pub use script::ScriptPage;

use crate::api;
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{Msg, use_i18n};
use contract::jobgoal::{Author, JobGoal, JobGoalStatus};
use leptos::prelude::*;
use leptos_router::components::A;

/// The text for a jobmål's status.
pub fn status_text(s: JobGoalStatus) -> M {
    match s {
        JobGoalStatus::Active => M::StatusActive,
        JobGoalStatus::Paused => M::StatusPaused,
        JobGoalStatus::Achieved => M::StatusAchieved,
    }
}

/// /mine-jobmaal
#[component]
pub fn JobGoalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let goals = LocalResource::new(api::jobgoals::list);
    view! {
        <PageHeading title=Msg::NavJobGoals />
        <p class="font-lead">{i18n.t(M::Intro)}</p>
        <ul class="app-links">
            <li><A href="/mine-jobmaal/abc">{i18n.t(M::AbcLink)}</A></li>
            <li><A href="/mine-jobmaal/klar-til-moedet">{i18n.t(M::ReadyLink)}</A></li>
            <li><A href="/mine-jobmaal/oev">{i18n.t(crate::i18n::rehearsal::RehearsalMsg::Link)}</A></li>
            <li><A href="/mine-jobmaal/oev/talepapir">{i18n.t(crate::i18n::talk::TalkMsg::ScriptTitle)}</A></li>
            <li><A href="/mine-jobmaal/mig-og-mit-jobmaal">{i18n.t(crate::i18n::talk::TalkMsg::HandoutLink)}</A></li>
        </ul>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || goals.get().map(|r| match r {
                Ok(list) if list.is_empty() => view! { <p>{i18n.t(M::Empty)}</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="nobullet-list app-goal-list">
                        {list.into_iter().map(|g| view! { <GoalCard goal=g /> }).collect_view()}
                    </ul>
                }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
        <p><A href="/mine-jobmaal/nyt" attr:class="button button-primary">{i18n.t(M::Add)}</A></p>
    }
}

/// One jobmål in the list: track, title, status, and what it is about.
#[component]
fn GoalCard(goal: JobGoal) -> impl IntoView {
    let i18n = use_i18n();
    let c = goal.content;
    let href = format!("/mine-jobmaal/{}", goal.id);
    let by = match goal.author {
        Author::Borger => None,
        Author::Jobformidler => Some(M::ByJobformidler),
        Author::Rehabteam => Some(M::ByRehabteam),
    };
    view! {
        <li class="app-goal">
            <h2 class="h3 app-goal-title">
                <span class="app-track" aria-hidden="true">{c.track.clone()}</span>
                <span class="sr-only">{i18n.t(M::Track)} " " {c.track.clone()} ": "</span>
                {c.title.clone()}
            </h2>
            <p class="app-plan-meta">
                {i18n.t(status_text(c.status))}
                {by.map(|m| view! { " · " {i18n.t(m)} })}
                {(!c.sector.is_empty()).then(|| view! { " · " {c.sector.clone()} })}
            </p>
            {(!c.why_me.is_empty()).then(|| view! { <p class="app-pre">{c.why_me.clone()}</p> })}
            <p><A href=href>{i18n.t(M::Edit)} <span class="sr-only">" " {c.title.clone()}</span></A></p>
        </li>
    }
}
