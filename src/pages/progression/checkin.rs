//! The weekly check-in (under a minute on a phone): week, hours, and optionally what changed. Choosing a week
//! already noted fills the form, so the same form corrects it; it can also be deleted.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::{ErrorSummary, FieldProblem, TextField};
use crate::domain::progression::form::{WeekForm, week_input};
use crate::domain::progression::{format_hours, last_week, week_choices};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, field_error, use_i18n};
use contract::progression::{Fleksjob, WeekEntry};
use contract::{FieldError, FieldErrorCode, IsoWeek};
use leptos::prelude::*;

fn input_id(field: &str) -> &'static str {
    match field {
        "hours" => "week-hours",
        "effectiveness_pct" => "week-eff",
        "tasks_change" => "week-tasks",
        "conditions_change" => "week-conditions",
        "support_change" => "week-support",
        "note" => "week-note",
        _ => "week-week",
    }
}

/// The check-in form.
#[component]
pub fn CheckIn(
    /// The weeks already noted.
    weeks: Vec<WeekEntry>,
    /// The borger's fleksjobs (a job picker appears with more than one).
    jobs: Vec<Fleksjob>,
    /// Called after a save or delete, with what to tell the borger.
    on_saved: impl Fn(P) + Copy + Send + Sync + 'static,
    /// The week and job nummer to open with (correcting a week); otherwise last week, first job.
    #[prop(optional)]
    start: Option<(IsoWeek, u8)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let today = super::today();
    let choices = week_choices(today, 8, start.map(|(w, _)| w));
    let week = RwSignal::new(start.map_or_else(|| last_week(today), |(w, _)| w));
    let job_no = RwSignal::new(start.map_or_else(|| jobs.first().map_or(1, |j| j.content.job_no), |(_, j)| j));
    let (hours, eff) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (tasks, conditions) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (support, note) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let key = StoredValue::new(api::client::new_key());
    let weeks = StoredValue::new(weeks);
    let existing = Memo::new(move |_| {
        let (w, j) = (week.get(), job_no.get());
        weeks.with_value(|all| all.iter().find(|e| e.content.week == w && e.content.job_no == j).cloned())
    });
    // Choosing a week fills the form with what was noted for it, or empties it.
    Effect::new(move |_| {
        let e = existing.get();
        let comma = i18n.lang.get_untracked() == Lang::Da;
        let c = e.map(|e| e.content);
        hours.set(c.as_ref().map(|c| format_hours(c.hours, comma)).unwrap_or_default());
        eff.set(c.as_ref().and_then(|c| c.effectiveness_pct).map(|p| p.to_string()).unwrap_or_default());
        tasks.set(c.as_ref().map(|c| c.tasks_change.clone()).unwrap_or_default());
        conditions.set(c.as_ref().map(|c| c.conditions_change.clone()).unwrap_or_default());
        support.set(c.as_ref().map(|c| c.support_change.clone()).unwrap_or_default());
        note.set(c.map(|c| c.note).unwrap_or_default());
        errors.set(vec![]);
    });
    let error_for = move |id: &'static str| {
        Signal::derive(move || {
            let lang = i18n.lang.get();
            errors.get().iter().find(|e| input_id(&e.field) == id).map(|e| match (e.field.as_str(), e.code) {
                ("hours", FieldErrorCode::InvalidValue) => i18n.now(P::HoursNotNumber).to_owned(),
                ("effectiveness_pct", FieldErrorCode::InvalidValue) => i18n.now(P::NotNumber).to_owned(),
                _ => field_error(e.code, e.limit, lang),
            })
        })
    };
    let problems = Signal::derive(move || {
        errors
            .get()
            .iter()
            .filter_map(|e| {
                error_for(input_id(&e.field)).get().map(|text| FieldProblem { id: input_id(&e.field).into(), text })
            })
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let form = WeekForm {
            week: Some(week.get_untracked()),
            job_no: job_no.get_untracked(),
            hours: hours.get_untracked(),
            effectiveness: eff.get_untracked(),
            tasks: tasks.get_untracked(),
            conditions: conditions.get_untracked(),
            support: support.get_untracked(),
            note: note.get_untracked(),
        };
        let input = match week_input(form) {
            Ok(input) => input,
            Err(found) => return errors.set(found),
        };
        errors.set(vec![]);
        let before = existing.get_untracked();
        leptos::task::spawn_local(async move {
            let result = match &before {
                Some(e) => api::progression::update_week(e.id, e.version, &input).await,
                None => api::progression::create_week(&input, key.get_value()).await,
            };
            match result {
                Ok(_) => {
                    key.set_value(api::client::new_key());
                    on_saved(if before.is_some() { P::WeekUpdated } else { P::WeekSaved });
                }
                Err(ApiError::Invalid(found)) => errors.set(found),
                // Changed elsewhere (another device, or at a talk): show the newest and let the borger redo it.
                Err(ApiError::Conflict(_)) => on_saved(P::WeekConflict),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let delete = move || {
        let Some(e) = existing.get_untracked() else { return };
        leptos::task::spawn_local(async move {
            match api::progression::delete_week(e.id, e.version).await {
                Ok(()) => on_saved(P::WeekDeleted),
                Err(ApiError::Conflict(_)) => on_saved(P::WeekConflict),
                Err(err) => failure.set(Some(err)),
            }
        });
    };
    let t = move |m: P| Signal::derive(move || i18n.now(m));
    let several_jobs = jobs.len() > 1;
    view! {
        <section aria-labelledby="check-in">
            <h2 id="check-in">{i18n.t(P::CheckIn)}</h2>
            <p class="app-muted">{i18n.t(P::CheckInHint)}</p>
            <ErrorSummary problems=problems />
            {move || failure.get().map(|e| view! {
                <Alert level=Level::Error msg=e.message() />
            })}
            <form class="app-form" on:submit=submit novalidate>
                <div class="form-group">
                    <label class="form-label" for="week-week">{i18n.t(P::Week)}</label>
                    <select class="form-select" id="week-week" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(w) = choices.iter().find(|w| week_value(**w) == v) { week.set(*w); }
                    }>
                        {choices.iter().map(|w| {
                            let w = *w;
                            // "denne uge" / "sidste uge" spare the borger from knowing week numbers.
                            let when = if w == IsoWeek::of(today) { Some(P::ThisWeek) } else if w == last_week(today) { Some(P::LastWeek) } else { None };
                            view! { <option value=week_value(w) selected=move || week.get() == w>
                                {move || {
                                    let name = format!("{} {} ({})", i18n.now(P::WeekLabel), w.week, w.year);
                                    when.map_or(name.clone(), |m| format!("{name} – {}", i18n.now(m)))
                                }}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {several_jobs.then(|| view! {
                    <div class="form-group">
                        <label class="form-label" for="week-job">{i18n.t(P::WhichJob)}</label>
                        <select class="form-select" id="week-job" on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).parse() { job_no.set(n); }
                        }>
                            {jobs.iter().map(|j| {
                                let n = j.content.job_no;
                                view! { <option value=n.to_string() selected=move || job_no.get() == n>{j.content.employer.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <Show when=move || existing.get().is_some()>
                    <p class="app-plan-due">{i18n.t(P::AlreadyLogged)}</p>
                </Show>
                <TextField id="week-hours" label=t(P::Hours) hint=t(P::HoursHint) value=hours error=error_for("week-hours") inputmode="decimal" />
                <TextField id="week-eff" label=t(P::Effectiveness) hint=t(P::EffectivenessHint) value=eff error=error_for("week-eff") inputmode="numeric" />
                <TextField id="week-tasks" label=t(P::TasksChange) value=tasks error=error_for("week-tasks") rows=2 />
                <TextField id="week-conditions" label=t(P::ConditionsChange) value=conditions error=error_for("week-conditions") rows=2 />
                <TextField id="week-support" label=t(P::SupportChange) value=support error=error_for("week-support") rows=2 />
                <TextField id="week-note" label=t(P::HowWasTheWeek) value=note error=error_for("week-note") rows=3 />
                <button type="submit" class="button button-primary">{i18n.t(P::SaveWeek)}</button>
                " "
                <Show when=move || existing.get().is_some()>
                    <super::delete::ConfirmDelete on_confirm=delete />
                </Show>
            </form>
        </section>
    }
}

fn week_value(w: IsoWeek) -> String {
    format!("{}-W{:02}", w.year, w.week)
}
