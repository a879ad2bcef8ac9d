//! Min plan: what needs the borger now, the next meeting, every aftale by who does it, and the meetings.

mod aftale;
mod aftale_forms;
mod items;
mod meeting;
pub mod outbox;
mod prep;

pub use aftale::AftalePage;
pub use meeting::MeetingPage;

use crate::components::alert::{Alert, Level};
use crate::components::{download::save_file, later::Later, page::PageHeading};
use crate::domain::{plan, tz};
use crate::i18n::plan::PlanMsg;
use crate::i18n::{Msg, dates, labels, use_i18n};
use crate::store::outbox::use_outbox;
use contract::plan::Plan;
use items::{AftaleRow, MeetingRow};
use leptos::prelude::*;

/// Now, as the browser's clock has it.
pub fn now() -> time::OffsetDateTime {
    let secs = (js_sys::Date::now() / 1000.0) as i64;
    time::OffsetDateTime::from_unix_timestamp(secs).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// Min plan.
#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_outbox();
    let session = crate::store::session::use_session();
    // Fetched again when the network returns, when changes from the outbox have landed, and when changes kept on
    // the device join the outbox (they are shown as made).
    let plan = LocalResource::new(move || {
        let _ = (session.offline.get(), store.synced.get(), store.kept.get());
        crate::store::plan::load(store)
    });
    let drawn = RwSignal::new(false);
    view! {
        <PageHeading title=Msg::NavPlan />
        <p class="font-lead">{i18n.t(PlanMsg::PlanIntro)}</p>
        // A Transition, not a Suspense: when the data is loaded again (after a save), what is on screen stays until
        // the new data is in, instead of "Indlæser …" for a round trip that moves a borger who is scrolled down.
        <Transition fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || plan.get().map(|r| match r {
                Ok((p, copy)) => view! { <PlanView plan=p copy=copy drawn=drawn /> }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn PlanView(
    plan: Plan,
    copy: bool,
    /// Whether "Alle aftaler" has been drawn: when the plan is loaded again it is drawn at once (see `Later`).
    drawn: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let today = tz::in_copenhagen(now()).date();
    let fetched = tz::in_copenhagen(plan.fetched_at);
    let mine: Vec<_> = plan::my_open_tasks(&plan).into_iter().cloned().collect();
    let groups: Vec<_> =
        plan::by_owner(&plan).into_iter().map(|(o, v)| (o, v.into_iter().cloned().collect::<Vec<_>>())).collect();
    let meetings = plan.meetings.clone();
    let for_calendar = plan.clone();
    let download_all = move |_| {
        let ics = plan::calendar(&for_calendar, None, now());
        let _ = save_file("fleksvej-min-plan.ics", "text/calendar;charset=utf-8", &ics);
    };
    view! {
        {copy.then(|| view! { <outbox::CopyNotice fetched=plan.fetched_at /> })}
        <p class="app-muted">
            {i18n.t(PlanMsg::PlanUpdated)} " " {move || dates::date(fetched.date(), i18n.lang.get())}
            {format!(" {:02}.{:02}", fetched.hour(), fetched.minute())}
        </p>
        <div class="app-plan-actions d-print-none">
            <button type="button" class="button button-secondary" on:click=download_all>
                {i18n.t(PlanMsg::PlanCalendarAll)}
            </button>
            <button type="button" class="button button-tertiary" on:click=|_| {
                if let Some(w) = web_sys::window() { let _ = w.print(); }
            }>{i18n.t(PlanMsg::PlanPrint)}</button>
        </div>
        <outbox::Waiting />
        <section aria-labelledby="plan-now">
            <h2 id="plan-now">{i18n.t(PlanMsg::PlanNowTitle)}</h2>
            {if mine.is_empty() {
                view! { <p>{i18n.t(PlanMsg::PlanNowEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="nobullet-list app-plan-list">
                        {mine.into_iter().map(|a| view! { <AftaleRow aftale=a today=today /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="plan-meetings">
            <h2 id="plan-meetings">{i18n.t(PlanMsg::PlanMeetingsTitle)}</h2>
            {if meetings.is_empty() {
                view! { <p>{i18n.t(PlanMsg::PlanNoMeetings)}</p> }.into_any()
            } else {
                view! {
                    <ul class="nobullet-list app-plan-list">
                        {meetings.into_iter().map(|m| view! { <MeetingRow meeting=m /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        // Under what to do now and the meetings: drawn in a task of its own.
        <Later drawn=drawn>
            <section aria-labelledby="plan-all">
                <h2 id="plan-all">{i18n.t(PlanMsg::PlanAllTitle)}</h2>
                {groups.clone().into_iter().map(|(owner, list)| view! {
                    <h3 class="h4">{i18n.t(labels::owner_group(owner))}</h3>
                    <ul class="nobullet-list app-plan-list">
                        {list.into_iter().map(|a| view! { <AftaleRow aftale=a today=today /> }).collect_view()}
                    </ul>
                }).collect_view()}
            </section>
        </Later>
    }
}
