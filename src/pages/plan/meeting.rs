//! One meeting: when, where or by phone, who takes part and what each can help with, and the borger's
//! "det vil jeg tale om" notes, saved as they type.

use super::aftale::Outcome;
use crate::api::{self, ApiError, Versioned};
use crate::components::alert::{Alert, Level};
use crate::components::{download::save_file, page::PageHeading};
use crate::domain::{plan, tz};
use crate::i18n::{Msg, dates, labels, use_i18n};
use contract::plan::{Meeting, MeetingPrep, Plan};
use contract::session::ContactForm;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

/// How long typing must pause before the notes are saved.
const AUTOSAVE_MS: u32 = 1500;

/// /min-plan/moede/:id
#[component]
pub fn MeetingPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.get().get("id").and_then(|s| Uuid::parse_str(&s).ok());
    let loaded = LocalResource::new(move || {
        let id = id();
        async move {
            let id = id.ok_or(ApiError::NotFound)?;
            let v = api::plan::meeting(id).await?;
            // The whole plan too, to show what the borger has done since the meeting before this one.
            let whole = api::plan::get().await?;
            let _ = api::plan::mark_seen(vec![id]).await;
            Ok::<_, ApiError>((v, whole))
        }
    });
    view! {
        <p class="d-print-none"><A href="/min-plan" attr:class="back-link">{i18n.t(Msg::PlanBack)}</A></p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok((v, whole)) => view! { <MeetingView loaded=v whole=whole /> }.into_any(),
                Err(e) => view! {
                    <PageHeading title=Msg::NavPlan />
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn MeetingView(loaded: Versioned<Meeting>, whole: Plan) -> impl IntoView {
    let i18n = use_i18n();
    let m = loaded.value.clone();
    let done: Vec<(String, contract::plan::AftaleStatus)> =
        plan::done_since_last_meeting(&whole, &m).into_iter().map(|a| (a.content.title.clone(), a.status)).collect();
    let meeting = RwSignal::new(loaded.value);
    let c = m.content.clone();
    let at = c.starts_at;
    let title = c.title.clone();
    let title_for_tab = c.title.clone();
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{title_for_tab} – {}", i18n.now(Msg::AppName)));
        }
    });
    let one = Plan { aftaler: vec![], meetings: vec![m.clone()], fetched_at: at };
    let download = move |_| {
        let ics = plan::calendar(&one, Some(m.id), super::now());
        let _ = save_file("fleksvej-moede.ics", "text/calendar;charset=utf-8", &ics);
    };
    let place = match c.contact_form {
        ContactForm::InPerson => c.place.clone(),
        ContactForm::Phone => format!("{} {}", i18n.now(Msg::PlanByPhone), c.phone).trim().to_owned(),
        ContactForm::Video => i18n.now(Msg::PlanByVideo).to_owned(),
    };
    view! {
        <h1 id="main-heading" tabindex="-1">{title}</h1>
        <dl class="app-facts">
            <dt>{i18n.t(Msg::PlanWhen)}</dt>
            <dd>{move || dates::date_time(at, tz::copenhagen_offset(at), i18n.lang.get())}
                {format!(" ({} ", c.duration_minutes)}{i18n.t(Msg::PlanMinutes)}")"</dd>
            <dt>{i18n.t(Msg::PlanWhere)}</dt><dd>{place}</dd>
            <dt>{i18n.t(Msg::PlanStatus)}</dt><dd>{i18n.t(labels::meeting_kind(c.kind))}</dd>
        </dl>
        <p class="d-print-none">
            <button type="button" class="button button-secondary" on:click=download>{i18n.t(Msg::PlanCalendarOne)}</button>
        </p>
        {(!c.purpose.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(Msg::PlanPurpose)}</h2><p class="app-pre">{c.purpose.clone()}</p>
        })}
        {(!c.participants.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(Msg::PlanParticipants)}</h2>
            <ul class="nobullet-list app-participants">
                {c.participants.iter().map(|p| view! {
                    <li><strong>{p.name.clone()}</strong>", " {p.role.clone()}
                        {(!p.helps_with.is_empty()).then(|| view! { <br />{p.helps_with.clone()} })}</li>
                }).collect_view()}
            </ul>
        })}
        {(!c.summary.is_empty()).then(|| view! {
            <h2 class="h3">{i18n.t(Msg::PlanSummary)}</h2><p class="app-pre">{c.summary.clone()}</p>
        })}
        <h2 class="h3">{i18n.t(Msg::PlanDoneSince)}</h2>
        {if done.is_empty() {
            view! { <p>{i18n.t(Msg::PlanDoneSinceEmpty)}</p> }.into_any()
        } else {
            view! {
                <ul class="app-history">
                    {done.into_iter().map(|(title, status)| view! {
                        <li>{title} " – " {i18n.t(labels::status(status))}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <PrepNotes meeting=meeting />
    }
}

#[component]
fn PrepNotes(meeting: RwSignal<Meeting>) -> impl IntoView {
    let i18n = use_i18n();
    let notes = RwSignal::new(meeting.get_untracked().prep_notes);
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let saving = RwSignal::new(false);
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let save_now = move || {
        timer.set_value(None);
        let text = notes.get_untracked();
        if text == meeting.with_untracked(|m| m.prep_notes.clone()) {
            return;
        }
        saving.set(true);
        leptos::task::spawn_local(async move {
            let (id, version) = meeting.with_untracked(|m| (m.id, m.version));
            let result = match api::plan::save_prep(id, version, &MeetingPrep { prep_notes: text }).await {
                Ok(v) => {
                    meeting.set(v.value);
                    Ok(())
                }
                Err(ApiError::Conflict(_)) => {
                    // Someone changed the meeting: take its new version, keep the borger's notes, save again.
                    if let Ok(latest) = api::plan::meeting(id).await {
                        meeting.update(|m| m.version = latest.value.version);
                    }
                    Err(ApiError::Conflict(None))
                }
                Err(e) => Err(e),
            };
            outcome.set(Some(result));
            saving.set(false);
        });
    };
    let on_input = move |ev| {
        notes.set(event_target_value(&ev));
        outcome.set(None);
        timer.set_value(Some(gloo_timers::callback::Timeout::new(AUTOSAVE_MS, save_now)));
    };
    view! {
        <form class="app-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save_now(); } novalidate>
            <div class="form-group">
                <label class="form-label" for="prep-notes">{i18n.t(Msg::PlanPrepNotes)}</label>
                <span class="form-hint" id="prep-notes-hint">{i18n.t(Msg::PlanPrepHint)}</span>
                <textarea class="form-input" id="prep-notes" rows="6" aria-describedby="prep-notes-hint"
                    prop:value=move || notes.get() on:input=on_input on:blur=move |_| save_now()></textarea>
            </div>
            <button type="submit" class="button button-secondary">{i18n.t(Msg::PlanSavePrep)}</button>
            <Show when=move || saving.get()><p class="app-muted">{i18n.t(Msg::PlanSaving)}</p></Show>
            <Outcome outcome=outcome />
        </form>
    }
}
