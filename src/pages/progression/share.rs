//! "Til næste samtale": a one-page, printable summary of the last weeks, what changed, and the goals, for the
//! status talk with the employer and the jobformidler.

use crate::api;
use crate::components::alert::{Alert, Level};
use crate::domain::progression::{rolling_average, weekly_totals};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Msg, use_i18n};
use crate::store::session::use_session;
use contract::progression::Progression;
use leptos::prelude::*;
use leptos_router::components::A;

/// How many weeks the summary covers.
const WEEKS: usize = 8;

/// /min-udvikling/del
#[component]
pub fn SharePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(api::progression::get);
    view! {
        <p class="d-print-none"><A href="/min-udvikling" attr:class="back-link">{i18n.t(P::ShareBack)}</A></p>
        <crate::components::page::PageHeading title=P::Share />
        <p class="d-print-none">{i18n.t(P::ShareIntro)}</p>
        <p class="d-print-none">
            <button type="button" class="button button-primary" on:click=|_| {
                if let Some(w) = web_sys::window() { let _ = w.print(); }
            }>{i18n.t(P::SharePrint)}</button>
        </p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| match r {
                Ok(p) => view! { <Summary progression=p /> }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Summary(progression: Progression) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let name = move || session.session().map(|s| s.borger.name).unwrap_or_default();
    let totals = weekly_totals(&progression.weeks);
    let values: Vec<f64> = totals.iter().map(|(_, h)| *h).collect();
    let avg = rolling_average(&values, 4);
    let recent: Vec<_> = totals.iter().zip(avg).rev().take(WEEKS).map(|((w, h), a)| (*w, *h, a)).collect();
    // What the borger wrote about changes in the same weeks, newest first.
    let changes: Vec<(contract::IsoWeek, String)> = progression
        .weeks
        .iter()
        .filter(|e| recent.iter().any(|(w, _, _)| *w == e.content.week))
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
            <super::trend::WeekTable rows=recent />
            {(!changes.is_empty()).then(|| view! {
                <h2 class="h3">{i18n.t(P::ShareChanges)}</h2>
                <ul class="app-history">
                    {changes.into_iter().map(|(w, t)| view! {
                        <li>{move || format!("{} {}: ", i18n.now(P::WeekLabel), w.week)} {t}</li>
                    }).collect_view()}
                </ul>
            })}
            <h2 class="h3">{i18n.t(P::Goals)}</h2>
            <ul class="app-history">
                {goals.into_iter().map(|g| view! {
                    <li>{g.content.description}
                        {(!g.content.try_next.is_empty()).then(|| view! { " – " {i18n.t(P::TryNext)} ": " {g.content.try_next.clone()} })}
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
