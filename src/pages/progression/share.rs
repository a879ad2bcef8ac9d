//! "Til næste samtale": a one-page, printable summary of the last weeks, what changed, and the goals, for the
//! status talk with the employer and the jobformidler.

use super::table::{WeekTable, rows};
use crate::api;
use crate::components::alert::{Alert, Level};
use crate::domain::progression::weekly_totals;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Msg, use_i18n};
use crate::store::session::use_session;
use contract::progression::Progression;
use leptos::prelude::*;
use leptos_router::components::A;

/// How many weeks the summary can cover; 8 (about two months) unless the borger picks another.
const WEEKS: [usize; 3] = [4, 8, 12];

/// /min-udvikling/del
#[component]
pub fn SharePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(api::progression::get);
    let n = RwSignal::new(8usize);
    view! {
        <p class="d-print-none"><A href="/min-udvikling" attr:class="back-link">{i18n.t(P::ShareBack)}</A></p>
        <crate::components::page::PageHeading title=P::Share />
        <p class="d-print-none">{i18n.t(P::ShareIntro)}</p>
        <p class="d-print-none">
            <button type="button" class="button button-primary" on:click=|_| {
                if let Some(w) = web_sys::window() { let _ = w.print(); }
            }>{i18n.t(P::SharePrint)}</button>
        </p>
        <div class="app-range d-print-none" role="group" aria-label=move || i18n.now(P::ShareHowMany)>
            {WEEKS.into_iter().map(|k| view! {
                <button type="button" class="button button-tertiary" aria-pressed=move || (n.get() == k).to_string()
                    on:click=move |_| n.set(k)>{move || i18n.now(P::ShareWeeksN).replace("{n}", &k.to_string())}</button>
            }).collect_view()}
        </div>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| match r {
                Ok(p) => view! { {move || view! { <Summary progression=p.clone() weeks=n.get() /> }} }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Summary(
    /// What to summarise.
    progression: Progression,
    /// How many of the latest weeks to include.
    weeks: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let name = move || session.session().map(|s| s.borger.name).unwrap_or_default();
    let totals = weekly_totals(&progression.weeks);
    let recent: Vec<_> = rows(&progression.weeks, &totals).into_iter().take(weeks).collect();
    // What the borger wrote about changes in the same weeks, newest first.
    let changes: Vec<(contract::IsoWeek, String)> = progression
        .weeks
        .iter()
        .filter(|e| recent.iter().any(|r| r.week == e.content.week))
        .flat_map(|e| {
            let c = &e.content;
            [&c.tasks_change, &c.conditions_change, &c.support_change, &c.note]
                .into_iter()
                .filter(|t| !t.is_empty())
                .map(move |t| (c.week, t.clone()))
        })
        .collect();
    let goals = progression.goals;
    let jobs = progression.jobs;
    view! {
        <div class="app-share">
            <p><strong>{name}</strong>
                {jobs.into_iter().map(|j| view! { " · " {j.content.employer} }).collect_view()}</p>
            <h2 class="h3">{i18n.t(P::ShareWeeks)}</h2>
            <WeekTable rows=recent />
            {(!changes.is_empty()).then(|| view! {
                <h2 class="h3">{i18n.t(P::ShareChanges)}</h2>
                <ul class="app-history">
                    {changes.into_iter().map(|(w, t)| view! {
                        <li>{move || format!("{} {}: ", i18n.now(P::Week), w.week)} {t}</li>
                    }).collect_view()}
                </ul>
            })}
            <h2 class="h3">{i18n.t(P::Goals)}</h2>
            {goals.is_empty().then(|| view! { <p>{i18n.t(P::ShareNoGoals)}</p> })}
            <ul class="app-history">
                {goals.into_iter().map(|g| {
                    let s = if super::goal::is_proposal(&g) { P::Proposal } else { super::goals::status_text(g.status) };
                    view! {
                    <li>{g.content.description} " (" {i18n.t(s)} ")"
                        {(!g.content.try_next.is_empty()).then(|| view! { " – " {i18n.t(P::TryNext)} ": " {g.content.try_next.clone()} })}
                    </li>
                }}).collect_view()}
            </ul>
        </div>
    }
}
