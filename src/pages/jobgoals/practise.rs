//! "Øv din fremlæggelse": one question at a time (the borger's own jobmål first), read aloud if they like,
//! an optional recording that stays on the device, a silent pitch timer, the round's self-rating and note,
//! and the history. Only the log of the round is sent; never a recording.

use super::history::History;
use super::recorder::Recorder;
use super::speech::ReadAloud;
use super::timer::Round;
use crate::api;
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::questions::{Question, drill};
use crate::domain::rehearsal::meeting::{in_sentence, practice_meeting};
use crate::i18n::questions::BANK;
use crate::i18n::rehearsal::RehearsalMsg as R;
use crate::i18n::{Lang, Msg, dates, use_i18n};
use contract::plan::Meeting;
use leptos::prelude::*;
use leptos_router::components::A;

/// The meeting's name inside a sentence, from Min plan; "mødet" when there is none.
pub fn meeting_words(meeting: Option<&Meeting>, lang: Lang) -> String {
    use crate::i18n::Message;
    match meeting {
        Some(m) => R::MeetingNamed.text(lang).replace("{title}", &in_sentence(&m.content.title)),
        None => R::MeetingFallback.text(lang).to_owned(),
    }
}

/// /mine-jobmaal/oev
#[component]
pub fn PractisePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(|| async {
        let goals = api::jobgoals::list().await?;
        // Without the plan the drill still works; it just says "mødet".
        let plan = api::plan::get().await.ok();
        Ok::<_, api::ApiError>((goals, plan))
    });
    let log = LocalResource::new(api::rehearsals::list);
    // The ids of the questions seen in this round, for the log.
    let seen = RwSignal::new(Vec::<String>::new());
    view! {
        <p class="d-print-none"><A href="/mine-jobmaal" attr:class="back-link">{i18n.t(crate::i18n::jobgoals::JobGoalMsg::Cancel)}</A></p>
        <PageHeading title=R::Title />
        <p class="font-lead">{i18n.t(R::Intro)}</p>
        <p><A href="/mine-jobmaal/oev/talepapir">{i18n.t(R::ScriptLink)}</A></p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| match r {
                Ok((goals, plan)) => {
                    let now = crate::pages::plan::now();
                    let target = plan.as_ref().and_then(|p| practice_meeting(p, now)).cloned();
                    let next = plan.as_ref().and_then(|p| crate::domain::plan::next_meeting(p, now)).cloned();
                    view! {
                        <MeetingLine meeting=target.clone() />
                        <Drill questions=drill(&goals, BANK.iter().map(|b| b.id)) meeting=target seen=seen />
                        <Round next=next seen=seen on_saved=move || log.refetch() />
                    }.into_any()
                }
                Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
            })}
        </Suspense>
        <History log=log />
    }
}

#[component]
fn MeetingLine(meeting: Option<Meeting>) -> impl IntoView {
    let i18n = use_i18n();
    meeting.map(|m| {
        let at = m.content.starts_at;
        let when = move || dates::date_time(at, crate::domain::tz::copenhagen_offset(at), i18n.lang.get());
        view! { <p class="app-practising-for">{i18n.t(R::PractisingFor)} " " <strong>{m.content.title.clone()}</strong> ", " {when}</p> }
    })
}

#[component]
fn Drill(questions: Vec<(String, Question)>, meeting: Option<Meeting>, seen: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let total = questions.len();
    let questions = StoredValue::new(questions);
    let meeting = StoredValue::new(meeting);
    let at = RwSignal::new(0usize);
    let text = Signal::derive(move || {
        use crate::i18n::Message;
        let lang = i18n.lang.get();
        questions.with_value(|q| match &q[at.get()].1 {
            Question::Bank(n) => BANK[*n].text(lang, &meeting.with_value(|m| meeting_words(m.as_ref(), lang))),
            Question::WhyGoal(t) => R::WhyGoal.text(lang).replace("{n}", t),
            Question::GoalTasks(t) => R::GoalTasks.text(lang).replace("{n}", t),
        })
    });
    let number = Signal::derive(move || at.get() + 1);
    Effect::new(move |_| {
        let id = questions.with_value(|q| q[at.get()].0.clone());
        if !seen.with_untracked(|s| s.contains(&id)) {
            seen.update(|s| s.push(id));
        }
    });
    view! {
        <section class="app-next app-question" aria-labelledby="question-number">
            <h2 class="h5" id="question-number">{move || format!("{} / {total}", i18n.now(R::QuestionOf).replace("{n}", &number.get().to_string()))}</h2>
            <p class="font-lead app-question-text" aria-live="polite">{text}</p>
            <p class="app-button-row">
                <button type="button" class="button button-tertiary" disabled=move || at.get() == 0
                    on:click=move |_| at.set(at.get().saturating_sub(1))>{i18n.t(R::Previous)}</button>
                <button type="button" class="button button-secondary" disabled=move || { at.get() + 1 >= total }
                    on:click=move |_| at.set((at.get() + 1).min(total - 1))>{i18n.t(R::Next)}</button>
            </p>
            <ReadAloud text=text />
        </section>
        <Recorder question=number />
    }
}
