//! The logged-in borger, shared through context and loaded once at start.

use crate::api::{self, ApiError};
use contract::session::Session;
use leptos::prelude::*;

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
}

impl SessionStore {
    /// Makes a store and starts asking the server who is logged in.
    pub fn new() -> Self {
        let store = SessionStore { state: RwSignal::new(SessionState::Loading) };
        store.refresh();
        store
    }

    /// Asks the server again (after login, or to extend the session).
    pub fn refresh(self) {
        leptos::task::spawn_local(async move {
            let next = match api::session::get().await {
                Ok(s) => SessionState::Active(Box::new(s)),
                Err(ApiError::Unauthorized) => SessionState::None,
                Err(e) => SessionState::Unknown(e),
            };
            self.state.set(next);
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

impl Default for SessionStore {
    fn default() -> Self {
        Self::new()
    }
}

/// The app's [`SessionStore`].
pub fn use_session() -> SessionStore {
    use_context::<SessionStore>().unwrap_or_else(|| SessionStore { state: RwSignal::new(SessionState::Loading) })
}
