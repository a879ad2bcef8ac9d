//! One aftale or meeting as a row in Min plan: title link, who, when, status, and the "Nyt" mark.

use crate::domain::plan::{DueState, due_state, is_open};
use crate::domain::tz;
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Msg, dates, labels, use_i18n};
use contract::plan::{Aftale, Meeting};
use leptos::prelude::*;
use leptos_router::components::A;

/// An aftale in a list.
#[component]
pub fn AftaleRow(
    /// The aftale.
    aftale: Aftale,
    /// Today's date in Denmark, for "snart" and "datoen er passeret".
    today: time::Date,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/min-plan/aftale/{}", aftale.id);
    let due = aftale.content.due;
    let state = if is_open(&aftale) { due_state(due, today) } else { DueState::Later };
    let frequency = aftale.content.frequency.clone();
    view! {
        <li class="app-plan-item">
            <p class="app-plan-title">
                <A href=href>{aftale.content.title.clone()}</A>
                {aftale.unseen.then(|| view! {
                    " " <span class="badge badge-info" title=i18n.t(PlanMsg::PlanNewHelp)>{i18n.t(PlanMsg::PlanNew)}</span>
                })}
            </p>
            <p class="app-plan-meta">
                <span>{i18n.t(labels::who(aftale.content.owner))}</span>
                {due.map(|d| view! { " · " {i18n.t(Msg::Due)} " " {move || dates::date(d, i18n.lang.get())} })}
                {(!frequency.is_empty()).then(|| view! { " · " {frequency.clone()} })}
                " · "
                {if aftale.content.agreed {
                    view! { <strong>{i18n.t(labels::status(aftale.status))}</strong> }.into_any()
                } else {
                    view! { <span>{i18n.t(PlanMsg::PlanNotAgreed)}</span> }.into_any()
                }}
            </p>
            {match state {
                DueState::Passed => Some(view! { <p class="app-plan-due">{i18n.t(PlanMsg::DuePassed)}</p> }),
                DueState::Soon => Some(view! { <p class="app-plan-due">{i18n.t(PlanMsg::DueSoon)}</p> }),
                DueState::Later => None,
            }}
        </li>
    }
}

/// A meeting in a list.
#[component]
pub fn MeetingRow(
    /// The meeting.
    meeting: Meeting,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/min-plan/moede/{}", meeting.id);
    let at = meeting.content.starts_at;
    view! {
        <li class="app-plan-item">
            <p class="app-plan-title">
                <A href=href>{meeting.content.title.clone()}</A>
                {meeting.unseen.then(|| view! {
                    " " <span class="badge badge-info" title=i18n.t(PlanMsg::PlanNewHelp)>{i18n.t(PlanMsg::PlanNew)}</span>
                })}
            </p>
            <p class="app-plan-meta">
                {move || dates::date_time(at, tz::copenhagen_offset(at), i18n.lang.get())}
                " · " {i18n.t(labels::meeting_kind(meeting.content.kind))}
            </p>
        </li>
    }
}
