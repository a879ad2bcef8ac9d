//! The weekly check-in (under a minute on a phone): week, hours, and optionally what changed. Choosing a week
//! already noted fills the form, so the same form corrects it; it can also be deleted.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::{ErrorMessage, ErrorSummary, FieldProblem, TextField};
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::outbox::{Doc, Pending, Write};
use crate::domain::progression::form::{WeekForm, week_input, week_texts};
use crate::domain::progression::{last_week, week_choices};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, field_error, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Reply, Submitted, use_outbox};
use contract::progression::{Fleksjob, WeekEntry};
use contract::{FieldError, FieldErrorCode, IsoWeek};
use leptos::prelude::*;

/// The check-in's name in the outbox and on the device: the weekly form, or the page correcting one week (so
/// a half-typed correction never turns up in the weekly form, nor the other way round).
fn name(start: Option<(IsoWeek, u8)>) -> String {
    start.map_or_else(|| "week/new".to_owned(), |(w, j)| format!("week/{}-W{:02}/{j}", w.year, w.week))
}

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
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let outcome = RwSignal::new(None::<Outcome>);
    let outbox = use_outbox();
    let key = StoredValue::new(api::client::new_key());
    let weeks = RwSignal::new(weeks);
    let find = move |w: IsoWeek, j: u8| {
        weeks.with(|all| all.iter().find(|e| e.content.week == w && e.content.job_no == j).cloned())
    };
    // After a 412: the week as saved elsewhere, until the borger chooses.
    let theirs = RwSignal::new(None::<WeekEntry>);
    let form = NodeRef::<leptos::html::Form>::new();
    let existing = Memo::new(move |_| find(week.get(), job_no.get()));
    // The form's texts as noted for the chosen week (empty for a new one).
    let noted =
        move |e: Option<WeekEntry>| week_texts(e.map(|e| e.content).as_ref(), i18n.lang.get_untracked() == Lang::Da);
    let fields = noted(existing.get_untracked()).map(RwSignal::new);
    let [hours, eff, tasks, conditions, support, note] = fields;
    // A copy brought back from the device sets the week first: its fields must not be emptied after.
    let skip_fill = StoredValue::new(false);
    // Only what the borger typed is kept: a form showing what is already noted needs no copy.
    let keeper = Keeper::new(
        &name(start),
        move || {
            let typed = fields.map(|s| s.get());
            (typed != noted(existing.get())).then(|| (week.get(), job_no.get(), typed))
        },
        move |copy: Option<(IsoWeek, u8, [String; 6])>| {
            let Some((w, j, texts)) = copy else { return };
            if find(w, j) != existing.get_untracked() {
                skip_fill.set_value(true);
            }
            week.set(w);
            job_no.set(j);
            for (s, t) in fields.into_iter().zip(texts) {
                s.set(t);
            }
        },
    );
    // Sent later by the outbox while the form stays open: the week is noted now, so the next save changes it
    // (on its new version) instead of repeating the create. What is typed stays in the form.
    outbox.on_landed(name(start), move |reply| {
        let Reply::Week(e) = reply else { return };
        // The form shows this week: it must not be refilled with what landed (the borger may have typed on).
        let shown = (e.content.week, e.content.job_no) == (week.get_untracked(), job_no.get_untracked());
        if shown && existing.get_untracked().as_ref() != Some(&e) {
            skip_fill.set_value(true);
        }
        key.set_value(api::client::new_key());
        weeks.update(|all| {
            all.retain(|x| x.id != e.id);
            all.push(e);
        });
    });
    // Choosing a week fills the form with what was noted for it, or empties it.
    Effect::new(move |first: Option<()>| {
        let e = existing.get();
        if first.is_none() || skip_fill.get_value() {
            skip_fill.set_value(false);
            return;
        }
        for (s, t) in fields.into_iter().zip(noted(e)) {
            s.set(t);
        }
        errors.set(vec![]);
    });
    let error_for = move |id: &'static str| {
        Signal::derive(move || {
            let lang = i18n.lang.get();
            errors.get().iter().find(|e| input_id(&e.field) == id).map(|e| match (e.field.as_str(), e.code) {
                ("hours", FieldErrorCode::InvalidValue) => i18n.now(P::HoursNotNumber).to_owned(),
                ("effectiveness_pct", FieldErrorCode::InvalidValue) => i18n.now(P::NotNumber).to_owned(),
                // Noted meanwhile on another device: the server keeps one entry per week and job.
                ("week", FieldErrorCode::Duplicate) => i18n.now(P::WeekTaken).to_owned(),
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
        let write = Write::Week {
            id: before.as_ref().map(|e| e.id),
            base_version: before.as_ref().map_or(0, |e| e.version),
            input: Doc::of(&input),
        };
        let title = format!("{} {} ({})", i18n.now(P::Week), input.week.week, input.week.year);
        // One key per week being noted, so pressing Gem again (or the outbox's retry) never makes two.
        let mut p = Pending::of(name(start), title, write);
        p.id = key.get_value();
        p.about = Some(format!("{}-W{:02}/{}", input.week.year, input.week.week, input.job_no));
        send(outbox, keeper, p, outcome, move |result| {
            match result {
                Submitted::Landed(_) => {
                    key.set_value(api::client::new_key());
                    keeper.landed(None);
                    on_saved(if before.is_some() { P::WeekUpdated } else { P::WeekSaved });
                }
                Submitted::Refused(ApiError::Invalid(found)) => {
                    outcome.set(None);
                    errors.set(found);
                }
                // Changed elsewhere (another device, or at a talk): both versions on screen, the borger chooses.
                // The form keeps what they typed; the week's newest version becomes the one to save over.
                Submitted::Conflict(Reply::Week(latest)) => {
                    outcome.set(None);
                    skip_fill.set_value(true);
                    weeks.update(|all| {
                        all.retain(|e| e.id != latest.id);
                        all.push(latest.clone());
                    });
                    theirs.set(Some(latest));
                }
                Submitted::Conflict(_) => on_saved(P::WeekConflict),
                other => outcome.set(Some(Outcome::of(&other))),
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
            <form class="app-form" on:submit=submit novalidate node_ref=form>
                <div class="form-group" class:form-error=move || error_for("week-week").get().is_some()>
                    <label class="form-label" for="week-week">{i18n.t(P::Week)}</label>
                    {move || error_for("week-week").get().map(|text| view! {
                        <ErrorMessage id="week-week-error">{text}</ErrorMessage>
                    })}
                    <select class="form-select" id="week-week"
                        aria-describedby=move || error_for("week-week").get().is_some().then_some("week-week-error")
                        aria-invalid=move || error_for("week-week").get().is_some().then_some("true")
                        on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(w) = choices.iter().find(|w| week_value(**w) == v) { week.set(*w); }
                    }>
                        {choices.iter().map(|w| {
                            let w = *w;
                            // "denne uge" / "sidste uge" spare the borger from knowing week numbers.
                            let when = if w == IsoWeek::of(today) { Some(P::ThisWeek) } else if w == last_week(today) { Some(P::LastWeek) } else { None };
                            view! { <option value=week_value(w) selected=move || week.get() == w>
                                {move || {
                                    let name = format!("{} {} ({})", i18n.now(P::Week), w.week, w.year);
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
                <RestoredNotice restored=keeper.restored />
                <super::theirs::WeekTheirs theirs=theirs on_keep=move || {
                    theirs.set(None);
                    if let Some(f) = form.get_untracked() {
                        let _ = f.request_submit();
                    }
                } on_use=move |t: WeekEntry| {
                    for (s, v) in fields.into_iter().zip(noted(Some(t))) {
                        s.set(v);
                    }
                    keeper.landed(None);
                    theirs.set(None);
                } />
                <button type="submit" class="button button-primary">{i18n.t(P::SaveWeek)}</button>
                " "
                <Show when=move || existing.get().is_some()>
                    <super::delete::ConfirmDelete on_confirm=delete />
                </Show>
                <SaveStatus name=name(start) outcome=outcome />
            </form>
        </section>
    }
}

fn week_value(w: IsoWeek) -> String {
    format!("{}-W{:02}", w.year, w.week)
}
