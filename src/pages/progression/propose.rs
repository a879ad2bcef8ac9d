//! Proposing a progressionsmål: area, what, what to try next, and for a goal about hours the weekly hours it
//! aims at (a step, never a ceiling). It is marked as a proposal until agreed. Kept on the device as it is
//! typed and sent through the outbox, once (its Idempotency-Key is the outbox entry's id).

use super::goals::AREAS;
use crate::api::{self, ApiError};
use crate::components::form::{ErrorSummary, FieldProblem, TextField};
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::outbox::{Doc, Pending, Write};
use crate::domain::progression::form::goal_input;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, Message, field_error, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Submitted, use_outbox};
use contract::progression::{GoalArea, ProgressionGoalInput};
use contract::{FieldError, FieldErrorCode};
use leptos::prelude::*;

fn message(e: &FieldError, lang: Lang) -> String {
    if e.field == "target_hours" && e.code == FieldErrorCode::InvalidValue {
        P::HoursNotNumber.text(lang).to_owned()
    } else {
        field_error(e.code, e.limit, lang)
    }
}

/// The proposal's name in the outbox and on the device.
pub(super) const NAME: &str = "proposal";

/// What the form keeps: area, the goal, what to try next, and the hours as typed.
type Typed = (GoalArea, String, String, String);

/// The proposal form.
#[component]
pub fn Propose(on_saved: impl Fn(P) + Copy + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let area = RwSignal::new(GoalArea::Tasks);
    let text = RwSignal::new(String::new());
    let try_next = RwSignal::new(String::new());
    let target = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<contract::FieldError>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let outbox = use_outbox();
    let key = StoredValue::new(api::client::new_key());
    let fill = move |(a, t, n, h): Typed| {
        area.set(a);
        text.set(t);
        try_next.set(n);
        target.set(h);
    };
    let keeper = Keeper::new(NAME, move || (area.get(), text.get(), try_next.get(), target.get()), fill);
    let id_of = |field: &str| match field {
        "try_next" => "goal-next",
        "target_hours" => "goal-hours",
        _ => "goal-text",
    };
    let error_for = move |id: &'static str| {
        Signal::derive(move || {
            let lang = i18n.lang.get();
            errors.get().iter().find(|e| id_of(&e.field) == id).map(|e| message(e, lang))
        })
    };
    let problems = Signal::derive(move || {
        let lang = i18n.lang.get();
        errors
            .get()
            .iter()
            .map(|e| FieldProblem { id: id_of(&e.field).into(), text: message(e, lang) })
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ProgressionGoalInput {
            area: area.get_untracked(),
            description: text.get_untracked(),
            try_next: try_next.get_untracked(),
            review_date: None,
            target_hours: None,
        };
        // Hours only belong to a goal about hours; a number typed before switching area is not sent.
        let typed = if input.area == GoalArea::Hours { target.get_untracked() } else { String::new() };
        let input = match goal_input(input, &typed) {
            Ok(input) => input,
            Err(found) => return errors.set(found),
        };
        errors.set(vec![]);
        // One key per proposal, so pressing again (or the outbox's retry) never makes two.
        let mut p = Pending::of(NAME.to_owned(), input.description.clone(), Write::Proposal { input: Doc::of(&input) });
        p.id = key.get_value();
        send(outbox, keeper, p, outcome, move |result| {
            match result {
                Submitted::Landed(_) => {
                    key.set_value(api::client::new_key());
                    let blank: Typed = (GoalArea::Tasks, String::new(), String::new(), String::new());
                    fill(blank.clone());
                    keeper.landed(blank);
                    outcome.set(None);
                    on_saved(P::ProposalSent);
                }
                // Waiting in the outbox: the next proposal is a new one, with its own key.
                Submitted::Kept | Submitted::InTab => {
                    key.set_value(api::client::new_key());
                    keeper.forget();
                    outcome.set(Some(Outcome::of(&result)));
                }
                Submitted::Refused(ApiError::Invalid(found)) => {
                    outcome.set(None);
                    errors.set(found);
                }
                other => outcome.set(Some(Outcome::of(&other))),
            }
        });
    };
    let t = move |m: P| Signal::derive(move || i18n.now(m));
    view! {
           <h3 class="h4">{i18n.t(P::Propose)}</h3>
           <ErrorSummary problems=problems />
           <RestoredNotice restored=keeper.restored />
           <form class="app-form" on:submit=submit novalidate>
               <div class="form-group">
                   <label class="form-label" for="goal-area">{i18n.t(P::Area)}</label>
                   <select class="form-select" id="goal-area" on:change=move |ev| {
                       let v = event_target_value(&ev);
                       if let Some((a, _)) = AREAS.iter().enumerate().find(|(i, _)| i.to_string() == v).map(|(_, x)| *x) { area.set(a); }
                   }>
                       {AREAS.iter().enumerate().map(|(i, (_, m))| view! { <option value=i.to_string() selected=move || area.get() == AREAS[i].0>{i18n.t(*m)}</option> }).collect_view()}
                   </select>
               </div>
               <TextField id="goal-text" label=t(P::GoalText) hint=t(P::GoalTextHint) value=text error=error_for("goal-text") rows=2 />
    <Show when=move || area.get() == GoalArea::Hours>
                   <TextField id="goal-hours" label=t(P::TargetHours) hint=t(P::TargetHoursHint) value=target error=error_for("goal-hours") inputmode="decimal" />
               </Show>
               <TextField id="goal-next" label=t(P::TryNext) value=try_next error=error_for("goal-next") rows=2 />
               <button type="submit" class="button button-secondary">{i18n.t(P::SendProposal)}</button>
               <SaveStatus name=NAME.to_owned() outcome=outcome />
           </form>
       }
}
