//! One meeting: when, where or by phone, who takes part and what each can help with, and the borger's
//! "det vil jeg tale om" notes, saved as they type.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::{download::save_file, page::PageHeading};
use crate::domain::{plan, tz};
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Msg, dates, labels, use_i18n};
use contract::plan::{Meeting, Plan};
use contract::session::ContactForm;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

/// /min-plan/moede/:id
#[component]
pub fn MeetingPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.get().get("id").and_then(|s| Uuid::parse_str(&s).ok());
    let store = crate::store::outbox::use_outbox();
    let loaded = LocalResource::new(move || {
        let id = id();
        // Read again when changes kept on the device join the outbox (they are shown as made).
        store.kept.track();
        async move {
            let id = id.ok_or(ApiError::NotFound)?;
            // The whole plan too, to show what the borger has done since the meeting before this one; offline
            // it is the copy on the device, and the meeting comes from it.
            let (whole, copy) = crate::store::plan::load(store).await?;
            let m = if copy {
                whole.meetings.iter().find(|m| m.id == id).cloned().ok_or(ApiError::Offline)?
            } else {
                let v = api::plan::meeting(id).await?;
                let _ = api::plan::mark_seen(vec![id]).await;
                v.value
            };
            Ok::<_, ApiError>((m, whole, copy))
        }
    });
    view! {
        <p class="d-print-none"><A href="/min-plan" attr:class="back-link">{i18n.t(PlanMsg::PlanBack)}</A></p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok((m, whole, _)) => view! { <MeetingView loaded=m whole=whole /> }.into_any(),
                Err(e) => view! {
                    <PageHeading title=Msg::NavPlan />
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn MeetingView(loaded: Meeting, whole: Plan) -> impl IntoView {
    let i18n = use_i18n();
    let m = loaded.clone();
    let done: Vec<(String, contract::plan::AftaleStatus)> =
        plan::done_since_last_meeting(&whole, &m).into_iter().map(|a| (a.content.title.clone(), a.status)).collect();
    let meeting = RwSignal::new(loaded);
    let c = m.content.clone();
    let at = c.starts_at;
    let title = c.title.clone();
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            // Not the meeting's own title: the browser keeps tab titles in its history, even after logout.
            doc.set_title(&format!("{} – {}", i18n.now(PlanMsg::TabMeeting), i18n.now(Msg::AppName)));
        }
    });
    let one = Plan { aftaler: vec![], meetings: vec![m.clone()], fetched_at: at };
    let download = move |_| {
        let ics = plan::calendar(&one, Some(m.id), super::now());
        let _ = save_file("fleksvej-moede.ics", "text/calendar;charset=utf-8", &ics);
    };
    let place = match c.contact_form {
        ContactForm::InPerson => c.place.clone(),
        ContactForm::Phone => format!("{} {}", i18n.now(PlanMsg::PlanByPhone), c.phone).trim().to_owned(),
        ContactForm::Video => i18n.now(PlanMsg::PlanByVideo).to_owned(),
    };
    view! {
        <h1 id="main-heading" tabindex="-1">{title}</h1>
        <dl class="app-facts">
            <dt>{i18n.t(PlanMsg::PlanWhen)}</dt>
            <dd>{move || dates::date_time(at, tz::copenhagen_offset(at), i18n.lang.get())}
                {format!(" ({} ", c.duration_minutes)}{i18n.t(PlanMsg::PlanMinutes)}")"</dd>
            <dt>{i18n.t(PlanMsg::PlanWhere)}</dt><dd>{place}</dd>
            <dt>{i18n.t(PlanMsg::PlanStatus)}</dt><dd>{i18n.t(labels::meeting_kind(c.kind))}</dd>
        </dl>
        <p class="d-print-none">
            <button type="button" class="button button-secondary" on:click=download>{i18n.t(PlanMsg::PlanCalendarOne)}</button>
        </p>
        {(!c.purpose.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(PlanMsg::PlanPurpose)}</h2><p class="app-pre">{c.purpose.clone()}</p>
        })}
        {(!c.participants.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(PlanMsg::PlanParticipants)}</h2>
            <ul class="nobullet-list app-participants">
                {c.participants.iter().map(|p| view! {
                    <li><strong>{p.name.clone()}</strong>", " {p.role.clone()}
                        {(!p.helps_with.is_empty()).then(|| view! { <br />{p.helps_with.clone()} })}</li>
                }).collect_view()}
            </ul>
        })}
        {(!c.summary.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(PlanMsg::PlanSummary)}</h2><p class="app-pre">{c.summary.clone()}</p>
        })}
        <h2 class="h3">{i18n.t(PlanMsg::PlanDoneSince)}</h2>
        {if done.is_empty() {
            view! { <p>{i18n.t(PlanMsg::PlanDoneSinceEmpty)}</p> }.into_any()
        } else {
            view! {
                <ul class="app-history">
                    {done.into_iter().map(|(title, status)| view! {
                        <li>{title} " – " {i18n.t(labels::status(status))}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        // Offline too: the notes wait in the outbox until the network is back.
        <super::prep::PrepNotes meeting=meeting />
    }
}
