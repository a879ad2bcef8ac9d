//! "Klar til mødet": the next meeting with a countdown, who will be there and what each can help with, and a
//! checklist read live from the borger's CV, jobmål and practice — what is in place, not a score.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::readiness::{CHECKS, Check, days_until, is_done};
use crate::domain::{plan, tz};
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{Msg, dates, use_i18n};
use contract::cv::CvContent;
use contract::jobgoal::JobGoal;
use contract::plan::Meeting;
use leptos::prelude::*;
use leptos_router::components::A;

fn check_text(c: Check) -> M {
    match c {
        Check::CvUpdated => M::CheckCv,
        Check::GoalsDescribed => M::CheckGoals,
        Check::Development => M::CheckDevelopment,
        Check::PraktikNoted => M::CheckPraktik,
        Check::Practised => M::CheckPractised,
    }
}

fn check_link(c: Check) -> Option<&'static str> {
    match c {
        Check::CvUpdated | Check::PraktikNoted => Some("/mit-cv"),
        Check::GoalsDescribed | Check::Development => Some("/mine-jobmaal"),
        Check::Practised => Some("/mine-jobmaal/oev"),
    }
}

#[derive(Clone)]
struct Ready {
    meeting: Option<Meeting>,
    cv: CvContent,
    goals: Vec<JobGoal>,
    log: Vec<contract::rehearsal::Rehearsal>,
}

async fn load() -> Result<Ready, ApiError> {
    let plan = api::plan::get().await?;
    let meeting = plan::next_meeting(&plan, crate::pages::plan::now()).cloned();
    let cv = api::cv::get().await?.value.content;
    let goals = api::jobgoals::list().await?;
    let log = api::rehearsals::list().await?;
    Ok(Ready { meeting, cv, goals, log })
}

/// /mine-jobmaal/klar-til-moedet
#[component]
pub fn ReadyPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(load);
    view! {
        <p class="d-print-none"><A href="/mine-jobmaal" attr:class="back-link">{i18n.t(M::Cancel)}</A></p>
        <PageHeading title=M::ReadyTitle />
        <p class="font-lead">{i18n.t(M::ReadyIntro)}</p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| match r {
                Ok(d) => view! { <MeetingBox meeting=d.meeting.clone() /> <Checklist ready=d /> }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn MeetingBox(meeting: Option<Meeting>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(m) = meeting else {
        return view! { <p>{i18n.t(M::ReadyNoMeeting)}</p> }.into_any();
    };
    let at = m.content.starts_at;
    let days = days_until(super::super::progression::today(), tz::in_copenhagen(at).date());
    let countdown = move || match days {
        0 => i18n.now(M::ReadyToday).to_owned(),
        1 => i18n.now(M::ReadyTomorrow).to_owned(),
        n => i18n.now(M::ReadyInDays).replace("{n}", &n.to_string()),
    };
    let prep = format!("/min-plan/moede/{}", m.id);
    view! {
        <section class="app-next" aria-labelledby="ready-meeting">
            <h2 class="h3" id="ready-meeting">{m.content.title.clone()}</h2>
            <p><strong>{countdown}</strong>" – "{move || dates::date_time(at, tz::copenhagen_offset(at), i18n.lang.get())}</p>
            {(!m.content.participants.is_empty()).then(|| view! {
                <h3 class="h5">{i18n.t(M::ReadyWho)}</h3>
                <ul class="nobullet-list app-participants">
                    {m.content.participants.iter().map(|p| view! {
                        <li><strong>{p.name.clone()}</strong>", " {p.role.clone()}
                            {(!p.helps_with.is_empty()).then(|| view! { <br />{p.helps_with.clone()} })}</li>
                    }).collect_view()}
                </ul>
            })}
            <p><A href=prep>{i18n.t(M::ReadyAsk)}</A></p>
        </section>
    }
    .into_any()
}

#[component]
fn Checklist(ready: Ready) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2>{i18n.t(M::ReadyChecklist)}</h2>
        <ul class="nobullet-list app-checklist">
            {CHECKS.into_iter().map(|c| {
                let done = is_done(c, &ready.cv, &ready.goals, ready.log.len());
                view! {
                    <li class="app-check" class:app-check-done=done>
                        <span class="app-check-state">{if done { i18n.t(M::ReadyDone)() } else { i18n.t(M::ReadyNotYet)() }}</span>
                        {match check_link(c) {
                            Some(href) => view! { <A href=href>{i18n.t(check_text(c))}</A> }.into_any(),
                            None => view! { <span>{i18n.t(check_text(c))}</span> }.into_any(),
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        <super::history::Flagged log=ready.log.clone() />
        <p class="app-links"><A href="/mine-jobmaal/mig-og-mit-jobmaal">{i18n.t(crate::i18n::talk::TalkMsg::HandoutLink)}</A></p>
    }
}
