//! The warning before the session ends for inactivity (WCAG 2.2.1): at least two minutes ahead, a DKFDS
//! modal says when and offers "Forlæng". When the time has passed, the borger is sent to login (no personal
//! data stays on screen) and comes back to the same page afterwards, where the CV draft is restored from the
//! device (WCAG 2.2.5).

use super::focus::{focus, keep_tab_inside};
use crate::api;
use crate::domain::timeout::deadline_ms;
use crate::i18n::session::SessionMsg as S;
use crate::i18n::use_i18n;
use crate::store::session::{SessionState, use_session};
use leptos::prelude::*;

/// How long before the end the warning shows.
const WARN_MS: f64 = 3.0 * 60_000.0;
/// How often the clock is looked at.
const TICK_MS: u32 = 5_000;

/// The warning dialog; mounted once in the app frame.
#[component]
pub fn SessionTimeout() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let now = RwSignal::new(js_sys::Date::now());
    let tick = gloo_timers::callback::Interval::new(TICK_MS, move || now.set(js_sys::Date::now()));
    tick.forget();
    let deadline = Memo::new(move |_| {
        now.track();
        let s = session.session().filter(|_| !session.offline.get())?;
        let end = (s.expires_at.unix_timestamp_nanos() / 1_000_000) as f64;
        Some(deadline_ms(api::client::last_answer_ms().max(1.0), s.idle_timeout_secs, end))
    });
    let left = move || deadline.get().map(|d| d - now.get());
    let warn = Memo::new(move |_| left().is_some_and(|l| l > 0.0 && l <= WARN_MS));
    // Past the end: forget the borger on screen. The encrypted copies wait for the next login.
    Effect::new(move |_| {
        if left().is_some_and(|l| l <= 0.0) && matches!(session.state.get_untracked(), SessionState::Active(_)) {
            crate::store::device::lock();
            session.state.set(SessionState::None);
        }
    });
    Effect::new(move |_| {
        if warn.get() {
            focus("#session-extend");
        }
    });
    let extend = move |_| {
        leptos::task::spawn_local(async move {
            let _ = api::session::get().await;
            now.set(js_sys::Date::now());
        });
    };
    let at = move || {
        let d = deadline.get().unwrap_or(0.0);
        let date = js_sys::Date::new(&d.into());
        format!("{:02}.{:02}", date.get_hours(), date.get_minutes())
    };
    view! {
        <Show when=move || warn.get()>
            <div class="modal-backdrop show"></div>
            <div class="fds-modal app-session-modal" role="dialog" aria-modal="true" aria-hidden="false"
                aria-labelledby="session-title" aria-describedby="session-text"
                on:keydown=move |ev: leptos::ev::KeyboardEvent| keep_focus_inside(&ev, || extend(()))>
                <div class="modal-content">
                    <div class="modal-header">
                        <h2 class="modal-title" id="session-title">{i18n.t(S::Title)}</h2>
                    </div>
                    <div class="modal-body">
                        <p id="session-text">{move || i18n.now(S::Text).replace("{at}", &at())}</p>
                    </div>
                    <div class="modal-footer">
                        <button type="button" class="button button-primary" id="session-extend" on:click=move |_| extend(())>
                            {i18n.t(S::Extend)}
                        </button>
                        <a class="button button-secondary" id="session-logout" href=crate::domain::routes::LOGGED_OUT>{i18n.t(S::LogOut)}</a>
                    </div>
                </div>
            </div>
        </Show>
    }
}

/// Escape extends (the dialog's "close"); Tab and Shift+Tab go round the two buttons, never behind the modal.
fn keep_focus_inside(ev: &leptos::ev::KeyboardEvent, extend: impl Fn()) {
    if ev.key() == "Escape" {
        extend();
    }
    keep_tab_inside(ev, "#session-extend", "#session-logout");
}
