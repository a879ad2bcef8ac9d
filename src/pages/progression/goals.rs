//! Progressionsmål ("Hvor kan der ske en forandring?"): the agreed goals, and a form to propose one.

use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{dates, use_i18n};
use crate::store::outbox::Reply;
use contract::progression::{GoalArea, ProgressionGoal, ProgressionStatus};
use leptos::prelude::*;
use leptos_router::components::A;

pub(super) const AREAS: [(GoalArea, P); 7] = [
    (GoalArea::Tasks, P::AreaTasks),
    (GoalArea::Conditions, P::AreaConditions),
    (GoalArea::Hensyn, P::AreaHensyn),
    (GoalArea::Support, P::AreaSupport),
    (GoalArea::Pace, P::AreaPace),
    (GoalArea::Hours, P::AreaHours),
    (GoalArea::Retention, P::AreaRetention),
];

/// The name of an area.
pub(super) fn area_text(a: GoalArea) -> P {
    AREAS.iter().find(|(x, _)| *x == a).map_or(P::AreaTasks, |(_, m)| *m)
}

/// The name of a status.
pub(super) fn status_text(s: ProgressionStatus) -> P {
    match s {
        ProgressionStatus::Proposed => P::StatusProposed,
        ProgressionStatus::Agreed => P::StatusAgreed,
        ProgressionStatus::Trying => P::StatusTrying,
        ProgressionStatus::Succeeded => P::StatusSucceeded,
        ProgressionStatus::Adjusted => P::StatusAdjusted,
        ProgressionStatus::Dropped => P::StatusDropped,
    }
}

/// "12,5 timer om ugen": a goal's weekly hours.
pub(super) fn target_text(h: f64, lang: crate::i18n::Lang) -> String {
    let n = crate::domain::progression::format_hours(h, lang == crate::i18n::Lang::Da);
    crate::i18n::Message::text(P::TargetHoursValue, lang).replace("{n}", &n)
}

/// The goals and the proposal form.
#[component]
pub fn Goals(
    /// The borger's progressionsmål.
    goals: Vec<ProgressionGoal>,
    /// Called after a proposal is sent.
    on_saved: impl Fn(P) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let goals = RwSignal::new(goals);
    // A proposal that waited in the outbox and is sent while this page is open joins the list (newest first),
    // without fetching the page again and so without rebuilding the week form the borger may be typing in.
    crate::store::outbox::use_outbox().on_landed(super::propose::NAME.to_owned(), move |reply| {
        if let Reply::Goal(g) = reply {
            goals.update(|list| {
                if !list.iter().any(|x| x.id == g.id) {
                    list.insert(0, g);
                }
            });
        }
    });
    view! {
        <section aria-labelledby="goals">
            <h2 id="goals">{i18n.t(P::Goals)}</h2>
            <p>{i18n.t(P::GoalsIntro)}</p>
            {move || goals.with(Vec::is_empty).then(|| view! { <p>{i18n.t(P::NoGoals)}</p> })}
            <ul class="nobullet-list app-plan-list">
                {move || goals.get().into_iter().map(|g| {
                    let proposal = super::goal::is_proposal(&g);
                    let c = g.content;
                    view! {
                        <li class="app-plan-item">
                            <p class="app-plan-title"><A href=format!("/min-udvikling/maal/{}", g.id)>{c.description.clone()}</A></p>
                            <p class="app-plan-meta">
                                {i18n.t(area_text(c.area))} " · "
                                {c.target_hours.map(|h| view! { {move || target_text(h, i18n.lang.get())} " · " })}
                                {if proposal { i18n.t(P::Proposal)() } else { i18n.t(status_text(g.status))() }}
                                {(!g.agreed_with.is_empty()).then(|| view! { " · " {i18n.t(P::AgreedWith)} " " {g.agreed_with.clone()} })}
                            </p>
                            {(!c.try_next.is_empty()).then(|| view! {
                                <p><strong>{i18n.t(P::TryNext)} ": "</strong>{c.try_next.clone()}</p>
                            })}
                            {c.review_date.map(|d| view! {
                                <p class="app-plan-meta">{i18n.t(P::Review)} " " {move || dates::date(d, i18n.lang.get())}</p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <super::propose::Propose on_saved=on_saved />
        </section>
    }
}
