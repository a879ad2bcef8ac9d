//! One practice round: the silent pitch timer with calm pacing words, then "hvor klar føler du dig", a note
//! and "tag det op på næste møde". Saved to the rehearsal log through the contract.

use crate::api;
use crate::components::save_status::{Outcome, SaveStatus, send};
use crate::domain::outbox::{Doc, Pending, Write};
use crate::domain::questions::{Pace, clock, pace};
use crate::i18n::rehearsal::RehearsalMsg as R;
use crate::i18n::{field_error, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Submitted, use_outbox};
use contract::Validate;
use contract::plan::Meeting;
use contract::rehearsal::RehearsalInput;
use leptos::prelude::*;

/// The round's name in the outbox and on the device.
const NAME: &str = "rehearsal";

fn pace_text(p: Pace) -> Option<R> {
    match p {
        Pace::NotStarted => None,
        Pace::Plenty => Some(R::PacePlenty),
        Pace::Halfway => Some(R::PaceHalfway),
        Pace::RoundingOff => Some(R::PaceRoundingOff),
        Pace::Past => Some(R::PacePast),
    }
}

/// The timer and the round's form; `on_saved` runs after the log has the round.
#[component]
pub fn Round(
    next: Option<Meeting>,
    seen: RwSignal<Vec<String>>,
    on_saved: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let target = RwSignal::new(3u32);
    let elapsed = RwSignal::new(0u32);
    let running = RwSignal::new(false);
    let ticker = StoredValue::new_local(None::<gloo_timers::callback::Interval>);
    let rating = RwSignal::new(None::<u8>);
    let note = RwSignal::new(String::new());
    let flag = RwSignal::new(false);
    let note_error = RwSignal::new(None::<String>);
    let outcome = RwSignal::new(None::<Outcome>);
    let outbox = use_outbox();
    let key = StoredValue::new(api::client::new_key());
    let keeper = Keeper::new(
        NAME,
        move || (rating.get(), note.get(), flag.get(), elapsed.get()),
        move |(r, n, f, e)| {
            rating.set(r);
            note.set(n);
            flag.set(f);
            elapsed.set(e);
        },
    );
    let stop_ticking = move || {
        ticker.set_value(None);
        running.set(false);
    };
    let toggle = move |_| {
        if running.get_untracked() {
            stop_ticking();
        } else {
            ticker.set_value(Some(gloo_timers::callback::Interval::new(1000, move || elapsed.update(|s| *s += 1))));
            running.set(true);
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        stop_ticking();
        let mut input = RehearsalInput {
            practised_at: crate::pages::plan::now(),
            question_ids: seen.get_untracked(),
            duration_secs: elapsed.get_untracked(),
            self_rating: rating.get_untracked(),
            note: note.get_untracked(),
            flag_for_meeting: flag.get_untracked(),
        };
        if let Err(found) = input.validate() {
            let lang = i18n.lang.get_untracked();
            note_error.set(found.iter().find(|e| e.field == "note").map(|e| field_error(e.code, e.limit, lang)));
            return;
        }
        note_error.set(None);
        // One key per round, so pressing Gem again (or the outbox's retry) never logs it twice.
        let mut p = Pending::of(
            NAME.to_owned(),
            i18n.now(R::RoundHeading).to_owned(),
            Write::Rehearsal { input: Doc::of(&input) },
        );
        p.id = key.get_value();
        send(outbox, keeper, p, outcome, move |result| {
            match &result {
                Submitted::Landed(_) => {
                    key.set_value(api::client::new_key());
                    elapsed.set(0);
                    note.set(String::new());
                    flag.set(false);
                    rating.set(None);
                    keeper.landed((None, String::new(), false, 0));
                    on_saved();
                }
                // Waiting in the outbox: the next round is a new one, with its own key.
                Submitted::Kept | Submitted::InTab => {
                    key.set_value(api::client::new_key());
                    keeper.forget();
                }
                _ => {}
            }
            outcome.set(Some(Outcome::of(&result)));
        });
    };
    let flag_hint = move || match &next {
        Some(m) => i18n.now(R::FlagHintMeeting).replace("{title}", &m.content.title),
        None => i18n.now(R::FlagHint).to_owned(),
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
            <p class="app-pace">{move || pace_text(pace(elapsed.get(), target.get() * 60)).map(|m| i18n.now(m))}</p>
            <p class="app-button-row">
                <button type="button" class="button button-secondary" on:click=toggle>
                    {move || if running.get() { i18n.now(R::Stop) } else { i18n.now(R::Start) }}</button>
                <button type="button" class="button button-tertiary" disabled=move || running.get() || elapsed.get() == 0
                    on:click=move |_| elapsed.set(0)>{i18n.t(R::Reset)}</button>
            </p>
        </section>
        <section aria-labelledby="round-heading">
            <h2 id="round-heading">{i18n.t(R::RoundHeading)}</h2>
            <form class="app-form" on:submit=save novalidate>
                <div class="form-group">
                    <fieldset aria-describedby="ready-hint">
                        <legend class="form-label">{i18n.t(R::HowReady)}</legend>
                        <span class="form-hint" id="ready-hint">{i18n.t(R::HowReadyHint)}</span>
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
                <crate::components::form::TextField id="round-note" label=Signal::derive(move || i18n.now(R::Note))
                    hint=Signal::derive(move || i18n.now(R::NoteHint)) value=note error=note_error rows=3 />
                <div class="form-group">
                    <div class="form-group-checkbox">
                        <input type="checkbox" class="form-checkbox" id="round-flag" aria-describedby="round-flag-hint"
                            prop:checked=move || flag.get() on:change=move |ev| flag.set(event_target_checked(&ev)) />
                        <label class="form-label" for="round-flag">{i18n.t(R::Flag)}</label>
                        <span class="form-hint" id="round-flag-hint">{flag_hint}</span>
                    </div>
                </div>
                <button type="submit" class="button button-primary">{i18n.t(R::Save)}</button>
                <SaveStatus name=NAME.to_owned() outcome=outcome />
                <Show when=move || outcome.get() == Some(Outcome::Saved)><p>{i18n.t(R::Saved)}</p></Show>
            </form>
        </section>
    }
}
