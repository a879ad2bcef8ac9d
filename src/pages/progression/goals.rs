//! Progressionsmål ("Hvor kan der ske en forandring?"): the agreed goals, and a form to propose one.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::{ErrorSummary, FieldProblem, TextField};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{dates, field_error, use_i18n};
use contract::Validate;
use contract::progression::{GoalArea, ProgressionGoal, ProgressionGoalInput, ProgressionStatus};
use leptos::prelude::*;
use leptos_router::components::A;

const AREAS: [(GoalArea, P); 7] = [
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

/// The goals and the proposal form.
#[component]
pub fn Goals(
    /// The borger's progressionsmål.
    goals: Vec<ProgressionGoal>,
    /// Called after a proposal is sent.
    on_saved: impl Fn(P) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="goals">
            <h2 id="goals">{i18n.t(P::Goals)}</h2>
            <p>{i18n.t(P::GoalsIntro)}</p>
            {goals.is_empty().then(|| view! { <p>{i18n.t(P::NoGoals)}</p> })}
            <ul class="nobullet-list app-plan-list">
                {goals.into_iter().map(|g| {
                    let proposal = super::goal::is_proposal(&g);
                    let c = g.content;
                    view! {
                        <li class="app-plan-item">
                            <p class="app-plan-title"><A href=format!("/min-udvikling/maal/{}", g.id)>{c.description.clone()}</A></p>
                            <p class="app-plan-meta">
                                {i18n.t(area_text(c.area))} " · "
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
            <Propose on_saved=on_saved />
        </section>
    }
}

#[component]
fn Propose(on_saved: impl Fn(P) + Copy + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let area = RwSignal::new(GoalArea::Tasks);
    let text = RwSignal::new(String::new());
    let try_next = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<contract::FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let key = StoredValue::new(api::client::new_key());
    let id_of = |field: &str| if field == "try_next" { "goal-next" } else { "goal-text" };
    let error_for = move |id: &'static str| {
        Signal::derive(move || {
            let lang = i18n.lang.get();
            errors.get().iter().find(|e| id_of(&e.field) == id).map(|e| field_error(e.code, e.limit, lang))
        })
    };
    let problems = Signal::derive(move || {
        let lang = i18n.lang.get();
        errors
            .get()
            .iter()
            .map(|e| FieldProblem { id: id_of(&e.field).into(), text: field_error(e.code, e.limit, lang) })
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut input = ProgressionGoalInput {
            area: area.get_untracked(),
            description: text.get_untracked(),
            try_next: try_next.get_untracked(),
            review_date: None,
        };
        if let Err(found) = input.validate() {
            errors.set(found);
            return;
        }
        errors.set(vec![]);
        leptos::task::spawn_local(async move {
            match api::progression::propose_goal(&input, key.get_value()).await {
                Ok(_) => on_saved(P::ProposalSent),
                Err(ApiError::Invalid(found)) => errors.set(found),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let t = move |m: P| Signal::derive(move || i18n.now(m));
    view! {
        <h3 class="h4">{i18n.t(P::Propose)}</h3>
        <ErrorSummary problems=problems />
        {move || failure.get().map(|e| view! {
            <Alert level=Level::Error msg=e.message() />
        })}
        <form class="app-form" on:submit=submit novalidate>
            <div class="form-group">
                <label class="form-label" for="goal-area">{i18n.t(P::Area)}</label>
                <select class="form-select" id="goal-area" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some((a, _)) = AREAS.iter().enumerate().find(|(i, _)| i.to_string() == v).map(|(_, x)| *x) { area.set(a); }
                }>
                    {AREAS.iter().enumerate().map(|(i, (_, m))| view! { <option value=i.to_string()>{i18n.t(*m)}</option> }).collect_view()}
                </select>
            </div>
            <TextField id="goal-text" label=t(P::GoalText) hint=t(P::GoalTextHint) value=text error=error_for("goal-text") rows=2 />
            <TextField id="goal-next" label=t(P::TryNext) value=try_next error=error_for("goal-next") rows=2 />
            <button type="submit" class="button button-secondary">{i18n.t(P::SendProposal)}</button>
        </form>
    }
}
