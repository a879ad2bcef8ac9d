//! The logged-in borger, shared through context and loaded once at start.

use crate::api::{self, ApiError};
use crate::store::device;
use contract::session::Session;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether we know who is logged in yet.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// Asking the server.
    Loading,
    /// Logged in.
    Active(Box<Session>),
    /// Not logged in (or the session ended).
    None,
    /// We could not ask (offline, server down); pages say so instead of sending the borger to login.
    Unknown(ApiError),
}

/// The session store, provided by `App`.
#[derive(Clone, Copy)]
pub struct SessionStore {
    /// The current state.
    pub state: RwSignal<SessionState>,
    /// True while the session shown is the copy kept on the device because the server cannot be reached
    /// (offline reading); pages show what they have copies of, and changes wait in the outbox.
    pub offline: RwSignal<bool>,
}

impl SessionStore {
    /// Makes a store and starts asking the server who is logged in.
    pub fn new() -> Self {
        let store = SessionStore { state: RwSignal::new(SessionState::Loading), offline: RwSignal::new(false) };
        store.refresh();
        // Back on the network: ask again, which also ends offline reading and sends what waits.
        let back = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            if store.offline.get_untracked() || matches!(store.state.get_untracked(), SessionState::Unknown(_)) {
                store.refresh();
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("online", back.as_ref().unchecked_ref());
        }
        back.forget();
        // While showing the copy because the server could not be reached (it may be down, not the network),
        // ask again now and then; the answer ends offline reading.
        let again = gloo_timers::callback::Interval::new(OFFLINE_RETRY_MS, move || {
            if store.offline.get_untracked() {
                store.refresh();
            }
        });
        again.forget();
        store
    }

    /// Asks the server again (after login, or to extend the session).
    pub fn refresh(self) {
        leptos::task::spawn_local(async move {
            let next = match api::session::get_with_text().await {
                Ok((s, json)) => {
                    leptos::task::spawn_local(keep_for_offline(s.clone(), json));
                    self.offline.set(false);
                    SessionState::Active(Box::new(s))
                }
                Err(ApiError::Unauthorized) => {
                    self.offline.set(false);
                    SessionState::None
                }
                Err(e @ (ApiError::Offline | ApiError::Timeout)) => match resume_offline().await {
                    Some(s) => {
                        self.offline.set(true);
                        SessionState::Active(Box::new(s))
                    }
                    None => SessionState::Unknown(e),
                },
                Err(e) => SessionState::Unknown(e),
            };
            // Only a real change re-renders: the same session confirmed again (back online) must not remount
            // the page and lose what the borger is typing.
            if self.state.with_untracked(|now| *now != next) {
                self.state.set(next);
            }
        });
    }

    /// The logged-in borger's session, if any.
    pub fn session(self) -> Option<Session> {
        match self.state.get() {
            SessionState::Active(s) => Some(*s),
            _ => None,
        }
    }
}

const SESSION_COPY: &str = "session";
/// How often to ask the server again while reading offline.
const OFFLINE_RETRY_MS: u32 = 15_000;

/// On a device that is not shared: unlocks the device copies and keeps the session (`json`, as the server sent
/// it) and an offline pass until the session's absolute end, so Min plan can be read after a reload without
/// network.
async fn keep_for_offline(s: Session, json: String) {
    if s.shared_device || !device::unlock(s.borger.id).await {
        return;
    }
    let until = (s.expires_at.unix_timestamp_nanos() / 1_000_000) as f64;
    if device::put_text(SESSION_COPY, &json).await {
        device::keep_offline_pass(until).await;
    }
}

/// The session kept on the device, if an offline pass is still valid.
async fn resume_offline() -> Option<Session> {
    let borger = device::resume_offline().await?;
    let text = device::get_text(SESSION_COPY).await?;
    crate::domain::session_json::read(&text).filter(|s| s.borger.id == borger)
}

impl Default for SessionStore {
    fn default() -> Self {
        Self::new()
    }
}

/// The app's [`SessionStore`].
pub fn use_session() -> SessionStore {
    use_context::<SessionStore>()
        .unwrap_or_else(|| SessionStore { state: RwSignal::new(SessionState::Loading), offline: RwSignal::new(false) })
}
