//! The forside: a calm overview of the four areas, with the next meeting and the next task.

use crate::components::page::PageHeading;
use crate::domain::routes;
use crate::i18n::{Msg, dates, use_i18n};
use crate::store::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use time::{OffsetDateTime, UtcOffset};

/// The borger's time zone offset at `at`, from the browser.
fn local_offset(at: OffsetDateTime) -> UtcOffset {
    let millis = (at.unix_timestamp() * 1000) as f64;
    let minutes = -js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis)).get_timezone_offset() as i32;
    UtcOffset::from_whole_seconds(minutes * 60).unwrap_or(UtcOffset::UTC)
}

fn now() -> OffsetDateTime {
    let secs = (js_sys::Date::now() / 1000.0) as i64;
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Forside.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let first_name = move || {
        session.session().map(|s| s.borger.name.split(' ').next().unwrap_or_default().to_owned()).unwrap_or_default()
    };
    let areas = [
        (routes::CV, Msg::NavCv, Msg::CardCvText),
        (routes::JOB_GOALS, Msg::NavJobGoals, Msg::CardJobGoalsText),
        (routes::PLAN, Msg::NavPlan, Msg::CardPlanText),
        (routes::PROGRESSION, Msg::NavProgression, Msg::CardProgressionText),
    ];
    view! {
        <PageHeading title=Msg::NavHome />
        // One text, as the forside's frame has it (src/domain/frames.rs): split into several, the browser lays it
        // out a pixel wider, and the frame no longer counts as the page's largest paint.
        <p class="font-lead">
            {move || format!("{} {}. {}", i18n.now(Msg::HomeGreeting), first_name(), i18n.now(Msg::HomeIntro))}
        </p>
        <NextUp />
        // Everything that waits to be sent, from every editor (the outbox).
        <crate::areas::WaitingOnForside />
        <h2>{i18n.t(Msg::HomeAreas)}</h2>
        <ul class="nobullet-list app-area-list">
            {areas.into_iter().map(|(href, title, text)| view! {
                <li class="app-area">
                    <h3 class="h4"><A href=href>{i18n.t(title)}</A></h3>
                    <p>{i18n.t(text)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The next meeting and the next task, read from Min plan.
#[component]
fn NextUp() -> impl IntoView {
    let i18n = use_i18n();
    // Offline, the copy of the plan kept on the device (Min plan says how old it is).
    let store = crate::store::outbox::use_outbox();
    // Read again when changes kept on the device join the outbox (they count as made).
    let plan = LocalResource::new(move || {
        store.kept.track();
        crate::store::plan::glance(store)
    });
    view! {
        // The fallback has the same two boxes, so nothing below them moves when the plan arrives (CLS).
        <Suspense fallback=move || view! {
            <div class="app-next-up">
                <section class="app-next" aria-labelledby="next-meeting">
                    <h2 class="h4" id="next-meeting">{i18n.t(Msg::NextMeeting)}</h2>
                    <p class="app-muted">{i18n.t(Msg::Loading)}</p>
                </section>
                <section class="app-next" aria-labelledby="next-task">
                    <h2 class="h4" id="next-task">{i18n.t(Msg::NextTask)}</h2>
                    <p class="app-muted">{i18n.t(Msg::Loading)}</p>
                </section>
            </div>
        }>
            {move || plan.get().map(|result| match result {
                Ok(p) => {
                    let lang = i18n.lang.get();
                    let meeting = p.next_meeting(now()).map(|m| {
                        (m.title.clone(), dates::date_time(m.starts_at, local_offset(m.starts_at), lang))
                    });
                    let task = p.next_task().map(|a| (a.title.clone(), a.due.map(|d| dates::date(d, lang))));
                    view! {
                        <div class="app-next-up">
                            <section class="app-next" aria-labelledby="next-meeting">
                                <h2 class="h4" id="next-meeting">{i18n.t(Msg::NextMeeting)}</h2>
                                {match meeting {
                                    Some((title, when)) => view! { <p><strong>{title}</strong><br />{when}</p> }.into_any(),
                                    None => view! { <p>{i18n.t(Msg::NoMeetings)}</p> }.into_any(),
                                }}
                            </section>
                            <section class="app-next" aria-labelledby="next-task">
                                <h2 class="h4" id="next-task">{i18n.t(Msg::NextTask)}</h2>
                                {match task {
                                    Some((title, due)) => view! {
                                        <p><strong>{title}</strong>
                                        {due.map(|d| view! { <br />{i18n.t(Msg::Due)} " " {d} })}</p>
                                    }.into_any(),
                                    None => view! { <p>{i18n.t(Msg::NoTasks)}</p> }.into_any(),
                                }}
                            </section>
                        </div>
                    }.into_any()
                }
                Err(e) => view! {
                    <div class="alert alert-info" role="status"><div class="alert-body">
                        <p class="alert-text">{i18n.t(e.message())}</p>
                    </div></div>
                }.into_any(),
            })}
        </Suspense>
    }
}
