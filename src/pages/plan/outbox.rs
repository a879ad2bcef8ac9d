//! What waits in the outbox (from every editor), and the notice that the plan on screen is the copy on the device.

use crate::domain::abc::Change;
use crate::domain::outbox::{Doc, Pending, State, Write};
use crate::domain::progression::format_hours;
use crate::domain::{routes, tz};
use crate::i18n::plan_offline::{OfflineMsg as O, refusal};
use crate::i18n::{Lang, dates, labels, use_i18n};
use crate::store::outbox::use_outbox;
use contract::cv::TargetedCvInput;
use contract::jobgoal::JobGoalInput;
use contract::progression::{ProgressionGoalInput, WeekEntryInput};
use contract::rehearsal::{RehearsalInput, TalkingScriptInput};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Du er ikke på nettet lige nu. Du ser din plan, som den så ud 29. november kl. 16.40."
#[component]
pub fn CopyNotice(fetched: time::OffsetDateTime) -> impl IntoView {
    let i18n = use_i18n();
    let at = tz::in_copenhagen(fetched);
    view! {
        <div class="alert alert-info" role="status">
            <div class="alert-body">
                <p class="alert-text">
                    {i18n.t(O::CopyNotice)} " " {move || dates::date(at.date(), i18n.lang.get())} " "
                    {i18n.t(O::At)} {format!(" {:02}.{:02}. ", at.hour(), at.minute())}
                    {i18n.t(O::CopyNoticeEnd)}
                </p>
            </div>
        </div>
    }
}

/// The changes that wait, each with what the borger can do about it.
#[component]
pub fn Waiting() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_outbox();
    view! {
        <Show when=move || store.pending.with(|p| !p.is_empty())>
            <section aria-labelledby="plan-waiting" class="app-plan-waiting">
                <h2 id="plan-waiting">{i18n.t(O::WaitingTitle)}</h2>
                <p>{i18n.t(O::WaitingIntro)}</p>
                <ul class="nobullet-list app-plan-list">
                    <For each=move || store.pending.get() key=|p| (p.id, p.state as u8) let:p>
                        <WaitingItem p=p />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// The points a canvas write adds or removes, one line each.
fn canvas_points(changes: &[Doc]) -> String {
    let texts = changes.iter().filter_map(Doc::read).flat_map(|c| match c {
        Change::Add(_, texts) => texts,
        Change::Remove(_, text) => vec![text],
    });
    texts.collect::<Vec<_>>().join("\n")
}

#[component]
fn WaitingItem(p: Pending) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_outbox();
    let id = p.id;
    let mut what = Vec::new();
    match &p.write {
        Write::Aftale(c) => {
            if let Some(s) = c.change.status {
                what.push((O::StatusChange, Some(s), c.change.status_note.clone().filter(|n| !n.is_empty())));
            }
            if let Some(text) = c.change.borger_comment.clone() {
                what.push((O::CommentChange, None, Some(text)));
            }
        }
        Write::Prep { notes, .. } => what.push((O::PrepChange, None, Some(notes.clone()))),
        Write::JobGoal { input, .. } => {
            what.push((O::JobGoalChange, None, input.read().map(|i: JobGoalInput| i.title)))
        }
        Write::Week { input, .. } => {
            // The hours, and the borger's note on the week if there is one.
            let comma = i18n.lang.get_untracked() == Lang::Da;
            let text = input.read().map(|i: WeekEntryInput| match format_hours(i.hours, comma) {
                hours if i.note.is_empty() => hours,
                hours => format!("{hours} – {}", i.note),
            });
            what.push((O::WeekChange, None, text));
        }
        Write::Rehearsal { input } => {
            what.push((O::RehearsalChange, None, input.read().map(|i: RehearsalInput| i.note)))
        }
        Write::Script { input, .. } => {
            let first = input.read().and_then(|i: TalkingScriptInput| i.cards.into_iter().next());
            what.push((O::ScriptChange, None, first.map(|c| c.text)));
        }
        Write::Canvas { changes, .. } => what.push((O::CanvasChange, None, Some(canvas_points(changes)))),
        Write::Targeted { input, .. } => {
            what.push((O::TargetedChange, None, input.read().map(|i: TargetedCvInput| i.name)))
        }
        Write::Proposal { input } => {
            what.push((O::ProposalChange, None, input.read().map(|i: ProgressionGoalInput| i.description)));
        }
    }
    let href = match &p.write {
        Write::Aftale(c) => format!("{}/aftale/{}", routes::PLAN, c.aftale),
        Write::Prep { meeting, .. } => format!("{}/moede/{meeting}", routes::PLAN),
        Write::JobGoal { id: Some(id), .. } => format!("{}/{id}", routes::JOB_GOALS),
        Write::JobGoal { id: None, .. } | Write::Rehearsal { .. } => routes::JOB_GOALS.to_owned(),
        Write::Week { .. } | Write::Proposal { .. } => routes::PROGRESSION.to_owned(),
        Write::Script { .. } => routes::SCRIPT.to_owned(),
        Write::Canvas { .. } => routes::CANVAS.to_owned(),
        Write::Targeted { id, .. } => format!("{}/maalrettet/{id}", routes::CV),
    };
    view! {
        <li class="app-plan-item">
            <p class="app-plan-title"><A href=href>{p.title.clone()}</A></p>
            {what.into_iter().map(|(label, status, text)| view! {
                <p class="app-plan-meta">
                    <strong>{i18n.t(label)} ": "</strong>
                    {status.map(|s| i18n.t(labels::status(s)))}
                    {(status.is_some() && text.is_some()).then_some(" – ")}
                    <span class="app-pre">{text}</span>
                </p>
            }).collect_view()}
            {match p.state {
                State::Waiting => view! { <p class="app-plan-due">{i18n.t(O::Waiting)}</p> }.into_any(),
                State::Conflict => view! {
                    <div class="alert alert-warning" role="alert"><div class="alert-body">
                        <p class="alert-text">{i18n.t(O::Conflict)}</p>
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            leptos::task::spawn_local(store.send_anyway(id));
                        }>{i18n.t(O::SendAnyway)}</button>
                        " "
                        <button type="button" class="button button-tertiary" on:click=move |_| {
                            leptos::task::spawn_local(store.discard(id));
                        }>{i18n.t(O::Discard)}</button>
                    </div></div>
                }.into_any(),
                State::Refused => view! {
                    <div class="alert alert-warning" role="alert"><div class="alert-body">
                        <p class="alert-text"><strong>{i18n.t(O::NotSent)}</strong> " " {i18n.t(refusal(p.refusal))}</p>
                        <button type="button" class="button button-tertiary" on:click=move |_| {
                            leptos::task::spawn_local(store.discard(id));
                        }>{i18n.t(O::Discard)}</button>
                    </div></div>
                }.into_any(),
            }}
        </li>
    }
}
