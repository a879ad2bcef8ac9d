//! "Mig og mit jobmål": one A4 page in large type to bring to the meeting — the jobmål (A first), three
//! strengths from the CV, what works for me, and my questions from the meeting notes. "Udskriv" opens the
//! browser's print dialog; the print stylesheet hides everything but the sheet.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::ErrorMessage;
use crate::components::page::PageHeading;
use crate::domain::rehearsal::handout::{candidates, strengths, works_for_me};
use crate::domain::rehearsal::meeting::practice_meeting;
use crate::domain::rehearsal::{active_goals, lines};
use crate::i18n::talk::TalkMsg as T;
use crate::i18n::{Msg, dates, use_i18n};
use contract::plan::Meeting;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone)]
struct Sheet {
    goals: Vec<(String, String)>,
    strengths: Vec<String>,
    candidates: Vec<String>,
    works: Vec<String>,
    questions: Vec<String>,
    meeting: Option<Meeting>,
}

async fn load() -> Result<Sheet, ApiError> {
    let goals = api::jobgoals::list().await?;
    let cv = api::cv::get().await?.value.content;
    let plan = api::plan::get().await.ok();
    let now = crate::pages::plan::now();
    let meeting = plan.as_ref().and_then(|p| practice_meeting(p, now)).cloned();
    let next = plan.as_ref().and_then(|p| crate::domain::plan::next_meeting(p, now)).cloned();
    // The questions written for the next meeting and for the one practised for.
    let mut questions: Vec<String> = Vec::new();
    for m in next.iter().chain(meeting.iter()) {
        for q in lines(&m.prep_notes) {
            if !questions.contains(&q) {
                questions.push(q);
            }
        }
    }
    Ok(Sheet {
        goals: active_goals(&goals).iter().map(|g| (g.content.track.clone(), g.content.title.clone())).collect(),
        strengths: strengths(&cv, &goals),
        candidates: candidates(&cv),
        works: works_for_me(&cv, &goals),
        questions,
        meeting,
    })
}

/// /mine-jobmaal/mig-og-mit-jobmaal
#[component]
pub fn HandoutPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(load);
    let name = crate::store::session::use_session().session().map(|s| s.borger.name).unwrap_or_default();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="d-print-none">
            <p><A href="/mine-jobmaal/klar-til-moedet" attr:class="back-link">{i18n.t(crate::i18n::jobgoals::JobGoalMsg::ReadyTitle)}</A></p>
        </div>
        <div class="app-handout">
            <PageHeading title=T::HandoutTitle />
            {(!name.is_empty()).then(|| view! { <p class="app-handout-name">{name}</p> })}
            <div class="d-print-none">
                <p>{i18n.t(T::HandoutIntro)}</p>
                <p><button type="button" class="button button-primary" on:click=print>{i18n.t(T::Print)}</button></p>
            </div>
            <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
                {move || data.get().map(|r| match r {
                    Ok(s) => view! { <SheetView sheet=s /> }.into_any(),
                    Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn List(
    id: &'static str,
    heading: T,
    #[prop(into)] items: Signal<Vec<String>>,
    empty: T,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="app-handout-part" aria-labelledby=id>
            <h2 id=id>{i18n.t(heading)}</h2>
            {move || if items.with(Vec::is_empty) {
                view! { <p class="app-muted">{i18n.t(empty)}</p> }.into_any()
            } else {
                view! { <ul>{items.get().into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
            }}
            {children.map(|c| c())}
        </section>
    }
}

/// Lets the borger choose the three strengths on screen; the sheet shows the choice (not stored).
#[component]
fn PickStrengths(candidates: Vec<String>, picked: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let too_many = RwSignal::new(false);
    view! {
        <details class="d-print-none app-pick">
            <summary>{i18n.t(T::PickStrengths)}</summary>
            <div class="form-group" class:form-error=move || too_many.get()>
                <fieldset aria-describedby=move || if too_many.get() { "pick-hint pick-error" } else { "pick-hint" }>
                    <legend class="form-label">{i18n.t(T::PickStrengthsLegend)}</legend>
                    <span class="form-hint" id="pick-hint">{i18n.t(T::PickStrengthsHint)}</span>
                    {move || too_many.get().then(|| view! {
                        <ErrorMessage id="pick-error" alert=true>{i18n.t(T::PickTooMany)}</ErrorMessage>
                    })}
                    {candidates.into_iter().enumerate().map(|(n, c)| {
                        let id = format!("pick-{n}");
                        let (check, label) = (c.clone(), c);
                        view! {
                            <div class="form-group-checkbox">
                                <input type="checkbox" class="form-checkbox" id=id.clone()
                                    prop:checked={let c = check.clone(); move || picked.with(|p| p.contains(&c))}
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        if on && picked.with(Vec::len) >= 3 {
                                            too_many.set(true);
                                            event_target::<web_sys::HtmlInputElement>(&ev).set_checked(false);
                                            return;
                                        }
                                        too_many.set(false);
                                        picked.update(|p| { p.retain(|x| *x != check); if on { p.push(check.clone()); } });
                                    } />
                                <label class="form-label" for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </div>
        </details>
    }
}

#[component]
fn SheetView(sheet: Sheet) -> impl IntoView {
    let i18n = use_i18n();
    let picked = RwSignal::new(sheet.strengths);
    let candidates = sheet.candidates;
    let for_meeting = sheet.meeting.map(|m| {
        let at = m.content.starts_at;
        let title = m.content.title;
        move || {
            let lang = i18n.lang.get();
            let day = crate::domain::tz::in_copenhagen(at).date();
            i18n.now(T::ForMeeting).replace("{title}", &title).replace("{date}", &dates::date(day, lang))
        }
    });
    view! {
        {for_meeting.map(|f| view! { <p class="app-handout-meeting">{f}</p> })}
        <section class="app-handout-part" aria-labelledby="handout-goals">
            <h2 id="handout-goals">{i18n.t(T::MyGoals)}</h2>
            {if sheet.goals.is_empty() {
                view! { <p class="app-muted">{i18n.t(T::NoGoals)}</p> }.into_any()
            } else {
                view! {
                    <ol class="nobullet-list app-handout-goals">
                        {sheet.goals.into_iter().map(|(track, title)| view! {
                            <li><span class="app-track">{track}</span> " " {title}</li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
        <List id="handout-strengths" heading=T::Strengths items=picked empty=T::NoStrengths>
            {(!candidates.is_empty()).then(|| view! { <PickStrengths candidates=candidates.clone() picked=picked /> })}
        </List>
        <List id="handout-works" heading=T::WorksForMe items=Signal::stored(sheet.works) empty=T::NoWorksForMe />
        <List id="handout-questions" heading=T::MyQuestions items=Signal::stored(sheet.questions) empty=T::NoQuestions />
    }
}
