//! Min udvikling: Mit fleksjob, the weekly check-in, the trend toward more hours, and progressionsmål.

mod checkin;
mod delete;
mod goal;
mod goals;
mod propose;
mod share;
mod table;
mod theirs;
mod trend;
mod week;

pub use goal::GoalPage;
pub use share::SharePage;
pub use week::WeekPage;

use crate::api;
use crate::components::alert::{Alert, Level};
use crate::components::later::Later;
use crate::components::page::PageHeading;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Msg, dates, use_i18n};
use contract::progression::Fleksjob;
use leptos::prelude::*;

/// Today in Denmark, from the browser's clock.
pub fn today() -> time::Date {
    crate::domain::tz::in_copenhagen(crate::pages::plan::now()).date()
}

/// /min-udvikling
#[component]
pub fn ProgressionPage() -> impl IntoView {
    let i18n = use_i18n();
    let reload = RwSignal::new(0u32);
    let notice = RwSignal::new(None::<P>);
    // Whether the trend and goals have been drawn: after a save they are drawn again at once (see `Later`).
    let drawn = RwSignal::new(false);
    let data = LocalResource::new(move || {
        reload.get();
        api::progression::get()
    });
    let saved = move |m: P| {
        notice.set(Some(m));
        reload.update(|n| *n += 1);
    };
    view! {
        <PageHeading title=Msg::NavProgression />
        <p class="font-lead">{i18n.t(P::Intro)}</p>
        <p><leptos_router::components::A href="/min-udvikling/del">{i18n.t(P::ShareLink)}</leptos_router::components::A></p>
        <Notice notice=notice />
        // A Transition, not a Suspense: when the data is loaded again (after a save), what is on screen stays until
        // the new data is in, instead of "Indlæser …" for a round trip that moves a borger who is scrolled down.
        <Transition fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| match r {
                Ok(p) => view! {
                    <Jobs jobs=p.jobs.clone() />
                    <checkin::CheckIn weeks=p.weeks.clone() jobs=p.jobs.clone() on_saved=saved />
                    // Under the check-in on a phone's first screen: drawn in a task of its own.
                    <Later drawn=drawn>
                        <trend::Trend weeks=p.weeks.clone() goal=crate::domain::progression::hours_goal(&p.goals) />
                        <goals::Goals goals=p.goals.clone() on_saved=saved />
                    </Later>
                }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Transition>
    }
}

/// What just happened (saved, deleted, changed elsewhere), announced politely.
#[component]
fn Notice(
    /// The message, once something happened.
    notice: RwSignal<Option<P>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div aria-live="polite">
            {move || notice.get().map(|m| {
                // A conflict is news, not success: the newest version is shown instead.
                let class = if m == P::WeekConflict { "alert alert-info" } else { "alert alert-success" };
                view! {
                    <div class=class role="status"><div class="alert-body">
                        <p class="alert-text">{i18n.t(m)}</p>
                    </div></div>
                }
            })}
        </div>
    }
}

/// Mit fleksjob: each job the jobcenter has on record.
#[component]
fn Jobs(jobs: Vec<Fleksjob>) -> impl IntoView {
    let i18n = use_i18n();
    let several = jobs.len() > 1;
    view! {
        <section aria-labelledby="my-job">
            <h2 id="my-job">{i18n.t(P::MyJob)}</h2>
            {jobs.is_empty().then(|| view! { <p>{i18n.t(P::NoJob)}</p> })}
            {jobs.into_iter().map(|j| {
                let c = j.content;
                let start = c.start_date;
                view! {
                    {several.then(|| view! { <h3 class="h4">{i18n.t(P::JobNo)} " " {c.job_no}</h3> })}
                    <dl class="app-facts">
                        <dt>{i18n.t(P::Employer)}</dt><dd>{c.employer.clone()}</dd>
                        {(!c.contact_person.is_empty()).then(|| view! { <dt>{i18n.t(P::Contact)}</dt><dd>{c.contact_person.clone()}</dd> })}
                        <dt>{i18n.t(P::Started)}</dt><dd>{move || dates::date(start, i18n.lang.get())}</dd>
                        <dt>{i18n.t(P::AgreedHours)}</dt>
                        <dd>{move || crate::domain::progression::format_hours(c.weekly_hours, i18n.lang.get() == crate::i18n::Lang::Da)}</dd>
                        {c.effectiveness_pct.map(|p| view! { <dt>{i18n.t(P::Effectiveness)}</dt><dd>{p} " %"</dd> })}
                        {(!c.tasks.is_empty()).then(|| view! { <dt>{i18n.t(P::JobTasks)}</dt><dd>{c.tasks.join(", ")}</dd> })}
                        {(!c.conditions.is_empty()).then(|| view! { <dt>{i18n.t(P::JobConditions)}</dt><dd>{c.conditions.join(", ")}</dd> })}
                        <dt>{i18n.t(P::FollowUps)}</dt>
                        <dd>{c.follow_ups_done} " " {i18n.t(P::FollowUpsOf)} " " {c.follow_ups_planned}</dd>
                    </dl>
                }
            }).collect_view()}
        </section>
    }
}
