//! "Øv din fremlæggelse": one question at a time (the borger's own jobmål first), a silent pitch timer, and a
//! log entry of when they practised and how ready they felt. Nothing is recorded or sent but that log.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::questions::{Question, clock, drill};
use crate::i18n::rehearsal::RehearsalMsg as R;
use crate::i18n::{Msg, use_i18n};
use contract::rehearsal::RehearsalInput;
use leptos::prelude::*;
use leptos_router::components::A;

const BANK: [R; 12] = [R::Q1, R::Q2, R::Q3, R::Q4, R::Q5, R::Q6, R::Q7, R::Q8, R::Q9, R::Q10, R::Q11, R::Q12];

/// /mine-jobmaal/oev
#[component]
pub fn PractisePage() -> impl IntoView {
    let i18n = use_i18n();
    let goals = LocalResource::new(api::jobgoals::list);
    view! {
        <p class="d-print-none"><A href="/mine-jobmaal" attr:class="back-link">{i18n.t(crate::i18n::jobgoals::JobGoalMsg::Cancel)}</A></p>
        <PageHeading title=R::Title />
        <p class="font-lead">{i18n.t(R::Intro)}</p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || goals.get().map(|r| match r {
                Ok(list) => view! { <Drill questions=drill(&list) /> }.into_any(),
                Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Drill(questions: Vec<(String, Question)>) -> impl IntoView {
    let i18n = use_i18n();
    let total = questions.len();
    let questions = StoredValue::new(questions);
    let at = RwSignal::new(0usize);
    let seen = RwSignal::new(vec![0usize]);
    let go = move |i: usize| {
        at.set(i);
        seen.update(|s| {
            if !s.contains(&i) {
                s.push(i)
            }
        });
    };
    let text = move || {
        let lang = i18n.lang.get();
        questions.with_value(|q| match &q[at.get()].1 {
            Question::Bank(n) => BANK[usize::from(*n) - 1].text(lang).to_owned(),
            Question::WhyGoal(t) => R::WhyGoal.text(lang).replace("{n}", t),
            Question::GoalTasks(t) => R::GoalTasks.text(lang).replace("{n}", t),
        })
    };
    use crate::i18n::Message;
    view! {
        <section class="app-next app-question" aria-labelledby="question-number">
            <h2 class="h5" id="question-number">{move || format!("{} / {total}", i18n.now(R::QuestionOf).replace("{n}", &(at.get() + 1).to_string()))}</h2>
            <p class="font-lead app-question-text" aria-live="polite">{text}</p>
            <p>
                <button type="button" class="button button-tertiary" disabled=move || at.get() == 0
                    on:click=move |_| go(at.get().saturating_sub(1))>{i18n.t(R::Previous)}</button>
                " "
                <button type="button" class="button button-secondary" disabled=move || { at.get() + 1 >= total }
                    on:click=move |_| go((at.get() + 1).min(total - 1))>{i18n.t(R::Next)}</button>
            </p>
        </section>
        <Timer questions=questions seen=seen />
    }
}

#[component]
fn Timer(questions: StoredValue<Vec<(String, Question)>>, seen: RwSignal<Vec<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let target = RwSignal::new(3u32);
    let elapsed = RwSignal::new(0u32);
    let running = RwSignal::new(false);
    let ticker = StoredValue::new_local(None::<gloo_timers::callback::Interval>);
    let rating = RwSignal::new(None::<u8>);
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let key = StoredValue::new(api::client::new_key());
    let toggle = move |_| {
        if running.get_untracked() {
            ticker.set_value(None);
            running.set(false);
        } else {
            ticker.set_value(Some(gloo_timers::callback::Interval::new(1000, move || elapsed.update(|s| *s += 1))));
            running.set(true);
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ticker.set_value(None);
        running.set(false);
        let ids = questions.with_value(|q| seen.get_untracked().iter().map(|i| q[*i].0.clone()).collect());
        let input = RehearsalInput {
            practised_at: crate::pages::plan::now(),
            question_ids: ids,
            duration_secs: elapsed.get_untracked(),
            self_rating: rating.get_untracked(),
            note: String::new(),
            flag_for_meeting: false,
        };
        leptos::task::spawn_local(async move {
            let r = api::rehearsals::create(&input, key.get_value()).await.map(|_| ());
            if r.is_ok() {
                key.set_value(api::client::new_key());
            }
            outcome.set(Some(r));
        });
    };
    view! {
        <section aria-labelledby="timer">
            <h2 id="timer">{i18n.t(R::Timer)}</h2>
            <p class="app-muted">{i18n.t(R::TimerHint)}</p>
            <div class="form-group">
                <label class="form-label" for="timer-target">{i18n.t(R::Minutes)}</label>
                <select class="form-select" id="timer-target" on:change=move |ev| {
                    if let Ok(m) = event_target_value(&ev).parse() { target.set(m); }
                }>
                    {[2u32, 3, 4, 5].into_iter().map(|m| view! { <option value=m.to_string() selected=move || target.get() == m>{m}</option> }).collect_view()}
                </select>
            </div>
            <p class="app-clock" role="timer" aria-live="off">{move || clock(elapsed.get())} " / " {move || clock(target.get() * 60)}</p>
            <progress class="app-progress" max=move || (target.get() * 60).to_string() value=move || elapsed.get().min(target.get() * 60).to_string()></progress>
            <p><button type="button" class="button button-secondary" on:click=toggle>
                {move || if running.get() { i18n.now(R::Stop) } else { i18n.now(R::Start) }}</button></p>
            <form class="app-form" on:submit=save novalidate>
                <div class="form-group">
                    <fieldset>
                        <legend class="form-label">{i18n.t(R::HowReady)}</legend>
                        {(1u8..=5).map(|n| {
                            let id = format!("ready-{n}");
                            let label = move || match n { 1 => i18n.now(R::Rating1).to_owned(), 5 => i18n.now(R::Rating5).to_owned(), n => n.to_string() };
                            view! {
                                <div class="form-group-radio">
                                    <input type="radio" class="form-radio" name="ready" id=id.clone()
                                        prop:checked=move || rating.get() == Some(n) on:change=move |_| rating.set(Some(n)) />
                                    <label class="form-label" for=id>{label}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                </div>
                <button type="submit" class="button button-primary">{i18n.t(R::Save)}</button>
                <div aria-live="polite">
                    {move || outcome.get().map(|r| match r {
                        Ok(()) => view! { <Alert level=Level::Success msg=Msg::PlanSaved /> <p>{i18n.t(R::Saved)}</p> }.into_any(),
                        Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
                    })}
                </div>
            </form>
        </section>
    }
}
