//! The jobmål editor: every field with DKFDS errors next to it, checked here first with the contract's own
//! validation and again by the server. A new goal keeps one Idempotency-Key, so a retry never makes two.

use super::draft::Draft;
use super::status_text;
use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::{ErrorSummary, FieldProblem, TextField};
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::outbox::{Doc, Pending, Write};
use crate::domain::routes;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{Msg, field_error, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Reply, Submitted, use_outbox};
use contract::Validate;
use contract::jobgoal::{JobGoal, JobGoalInput, JobGoalStatus};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use uuid::Uuid;

const TRACKS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];
const STATUSES: [JobGoalStatus; 3] = [JobGoalStatus::Active, JobGoalStatus::Paused, JobGoalStatus::Achieved];

/// The input id a server or validation field path belongs to.
fn input_id(field: &str) -> &'static str {
    match field.split('.').next().unwrap_or("") {
        "track" => "goal-track",
        "why_me" => "goal-why",
        "demand" => "goal-demand",
        "tasks" => "goal-tasks",
        "conditions" => "goal-conditions",
        "development" => "goal-development",
        "what_it_takes" => "goal-takes",
        "sector" => "goal-sector",
        _ => "goal-title",
    }
}

/// /mine-jobmaal/nyt
#[component]
pub fn NewJobGoalPage() -> impl IntoView {
    // From the ABC canvas: "Gør til et jobmål" brings the line as the title.
    let query = leptos_router::hooks::use_query_map();
    let title = query.with_untracked(|q| q.get("titel")).unwrap_or_default();
    let track = query.with_untracked(|q| q.get("spor")).filter(|t| TRACKS.contains(&t.as_str()));
    let blank = JobGoalInput {
        track: track.unwrap_or_else(|| "A".into()),
        title,
        why_me: String::new(),
        competence_ids: vec![],
        demand: String::new(),
        tasks: vec![],
        conditions: vec![],
        development: String::new(),
        what_it_takes: String::new(),
        sector: String::new(),
        status: JobGoalStatus::Active,
    };
    view! { <GoalForm existing=None initial=blank /> }
}

/// /mine-jobmaal/:id
#[component]
pub fn EditJobGoalPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let goal = LocalResource::new(move || {
        let id = params.get().get("id").and_then(|s| Uuid::parse_str(&s).ok());
        async move { api::jobgoals::get(id.ok_or(ApiError::NotFound)?).await }
    });
    view! {
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || goal.get().map(|r| match r {
                Ok(v) => { let input = v.value.content.clone(); view! { <GoalForm existing=Some(v.value) initial=input /> }.into_any() }
                Err(e) => view! {
                    <h1 id="main-heading" tabindex="-1">{i18n.t(M::EditTitle)}</h1>
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn GoalForm(existing: Option<JobGoal>, initial: JobGoalInput) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let draft = Draft::from(&initial);
    let picked = RwSignal::new(initial.competence_ids.clone());
    let name = existing.as_ref().map_or_else(|| "jobgoal/new".to_owned(), |g| format!("jobgoal/{}", g.id));
    let keeper = Keeper::new(&name, move || draft.typed(&picked), move |t| draft.fill(t, &picked));
    let stored = RwSignal::new(existing);
    let key = StoredValue::new(api::client::new_key());
    let errors = RwSignal::new(Vec::<contract::FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let outcome = RwSignal::new(None::<Outcome>);
    // After a conflict: the version saved elsewhere, shown beside the form until the borger chooses.
    let theirs = RwSignal::new(None::<JobGoalInput>);
    let busy = RwSignal::new(false);
    let outbox = use_outbox();
    let write_name = name.clone();
    // Sent later by the outbox while the form stays open: the next save changes that goal (PUT on its version)
    // instead of repeating the create, which the server would answer with the first text.
    outbox.on_landed(name.clone(), move |reply| {
        if let Reply::JobGoal(g) = reply {
            stored.set(Some(g));
        }
    });
    let confirm_delete = RwSignal::new(false);
    let form = NodeRef::<leptos::html::Form>::new();
    let heading = if stored.get_untracked().is_some() { M::EditTitle } else { M::NewTitle };
    let error_for = move |id: &'static str| {
        Signal::derive(move || {
            let lang = i18n.lang.get();
            errors.get().iter().find(|e| input_id(&e.field) == id).map(|e| field_error(e.code, e.limit, lang))
        })
    };
    let problems = Signal::derive(move || {
        let lang = i18n.lang.get();
        let mut seen = std::collections::HashSet::new();
        errors
            .get()
            .iter()
            .filter(|e| seen.insert(input_id(&e.field)))
            .map(|e| FieldProblem { id: input_id(&e.field).to_owned(), text: field_error(e.code, e.limit, lang) })
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let mut input = draft.input(picked.get_untracked());
        if let Err(found) = input.validate() {
            errors.set(found);
            return;
        }
        errors.set(vec![]);
        busy.set(true);
        let navigate = navigate.clone();
        let write = match stored.get_untracked() {
            Some(g) => Write::JobGoal { id: Some(g.id), base_version: g.version, input: Doc::of(&input) },
            None => Write::JobGoal { id: None, base_version: 0, input: Doc::of(&input) },
        };
        // One key per goal being made, so pressing Gem again (or the outbox's retry) never makes two.
        let mut p = Pending::of(write_name.clone(), input.title.clone(), write);
        p.id = key.get_value();
        send(outbox, keeper, p, outcome, move |result| {
            busy.set(false);
            match result {
                Submitted::Landed(_) => {
                    keeper.landed(draft.typed_untracked(&picked));
                    navigate(routes::JOB_GOALS, Default::default());
                }
                Submitted::Refused(ApiError::Invalid(found)) => {
                    outcome.set(None);
                    errors.set(found);
                }
                Submitted::Conflict(Reply::JobGoal(latest)) => {
                    // Take the newest version number, keep every word the borger typed, show theirs.
                    outcome.set(None);
                    theirs.set(Some(latest.content.clone()));
                    stored.set(Some(latest));
                }
                other => outcome.set(Some(Outcome::of(&other))),
            }
        });
    };
    let deleted = RwSignal::new(false);
    let navigate_after_delete = use_navigate();
    Effect::new(move |_| {
        if deleted.get() {
            navigate_after_delete("/mine-jobmaal", Default::default());
        }
    });
    let delete = move |_| {
        let Some(g) = stored.get_untracked() else { return };
        leptos::task::spawn_local(async move {
            match api::jobgoals::delete(g.id, g.version).await {
                Ok(()) => deleted.set(true),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let t = move |m: M| Signal::derive(move || i18n.now(m));
    view! {
        <p class="d-print-none"><A href="/mine-jobmaal" attr:class="back-link">{i18n.t(M::Cancel)}</A></p>
        <crate::components::page::PageHeading title=heading />
        <ErrorSummary problems=problems />
        <RestoredNotice restored=keeper.restored />
        {move || failure.get().map(|e| {
            let text = if matches!(e, ApiError::Conflict(_)) { i18n.now(M::Conflict) } else { i18n.now(e.message()) };
            view! { <div class="alert alert-error" role="alert"><div class="alert-body"><p class="alert-text">{text}</p></div></div> }
        })}
        <super::theirs::Theirs theirs=theirs on_use=move |t: JobGoalInput| {
            draft.fill_from(&t, &picked);
            theirs.set(None);
            failure.set(None);
        } on_keep=move || {
            // Saved on the newest version (taken at the conflict), so the borger's text replaces it.
            theirs.set(None);
            if let Some(f) = form.get_untracked() {
                let _ = f.request_submit();
            }
        } />
        <form class="app-form" on:submit=submit novalidate node_ref=form>
            <div class="form-group" class:form-error=move || error_for("goal-track").get().is_some()>
                <label class="form-label" for="goal-track">{i18n.t(M::Track)}</label>
                <span class="form-hint" id="goal-track-hint">{i18n.t(M::TrackHint)}</span>
                <select class="form-select" id="goal-track" aria-describedby="goal-track-hint"
                    on:change=move |ev| draft.track.set(event_target_value(&ev))>
                    {TRACKS.into_iter().map(|l| view! {
                        <option value=l selected=move || draft.track.get() == l>{l}</option>
                    }).collect_view()}
                </select>
            </div>
            <TextField id="goal-title" label=t(M::Title) hint=t(M::TitleHint) value=draft.title error=error_for("goal-title") />
            <TextField id="goal-why" label=t(M::WhyMe) hint=t(M::WhyMeHint) value=draft.why_me error=error_for("goal-why") rows=4 />
            <super::competences::CompetencePicker picked=picked />
            <TextField id="goal-demand" label=t(M::Demand) hint=t(M::DemandHint) value=draft.demand error=error_for("goal-demand") rows=3 />
            <TextField id="goal-tasks" label=t(M::Tasks) hint=t(M::LinesHint) value=draft.tasks error=error_for("goal-tasks") rows=4 />
            <TextField id="goal-conditions" label=t(M::Conditions) hint=t(M::ConditionsHint) value=draft.conditions error=error_for("goal-conditions") rows=4 />
            <TextField id="goal-development" label=t(M::Development) value=draft.development error=error_for("goal-development") rows=3 />
            <TextField id="goal-takes" label=t(M::WhatItTakes) hint=t(M::WhatItTakesHint) value=draft.what_it_takes error=error_for("goal-takes") rows=3 />
            <TextField id="goal-sector" label=t(M::Sector) hint=t(M::SectorHint) value=draft.sector error=error_for("goal-sector") />
            <div class="form-group">
                <fieldset>
                    <legend class="form-label">{i18n.t(M::Status)}</legend>
                    {STATUSES.into_iter().enumerate().map(|(i, s)| {
                        let id = format!("goal-status-{i}");
                        view! {
                            <div class="form-group-radio">
                                <input type="radio" class="form-radio" name="goal-status" id=id.clone()
                                    prop:checked=move || draft.status.get() == s on:change=move |_| draft.status.set(s) />
                                <label class="form-label" for=id>{i18n.t(status_text(s))}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </div>
            <button type="submit" class="button button-primary" disabled=move || busy.get()>{i18n.t(M::Save)}</button>
            <SaveStatus name=name.clone() outcome=outcome />
        </form>
        <Show when=move || stored.get().is_some()>
            <Show when=move || confirm_delete.get() fallback=move || view! {
                <button type="button" class="button button-tertiary" on:click=move |_| confirm_delete.set(true)>
                    {i18n.t(M::Delete)}
                </button>
            }>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(M::DeleteConfirm)}</p>
                    <button type="button" class="button button-secondary" on:click=delete>{i18n.t(M::DeleteYes)}</button>
                    " "
                    <button type="button" class="button button-tertiary" on:click=move |_| confirm_delete.set(false)>{i18n.t(M::DeleteNo)}</button>
                </div></div>
            </Show>
        </Show>
    }
}
