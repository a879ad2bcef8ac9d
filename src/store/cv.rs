//! The brutto CV being edited: one draft for the whole app, saved while the borger types.
//!
//! Every edit goes to the draft at once, to the device through the same keeper every editor uses
//! ([`crate::store::draft`]), and to the server after a short pause with `If-Match`. Unfinished items wait in
//! the draft (see [`crate::domain::cv::sendable`]); failed saves are retried on `online` and with backoff
//! ([`crate::domain::backoff`]); a 412 keeps both versions until the borger chooses. The CV is the one editor
//! that autosaves a whole document rather than queueing writes, so it sends itself instead of through the
//! outbox: only its latest state matters, and one `PUT` with `If-Match` can never make two of anything.
//!
//! The whole draft is checked ([`CvStore::check`]) when typing pauses, when the borger leaves a field, and
//! at once when items are added, moved or removed — not on every key: checking normalises every text in the
//! CV, which made each keystroke in a long CV take seconds on a slow phone.

use crate::api::{self, ApiError};
use crate::domain::backoff::delay_ms;
use crate::domain::cv::{Sendable, sendable};
use crate::store::device;
use crate::store::draft::Keeper;
use contract::FieldError;
use contract::cv::CvSection;
use contract::cv::{Cv, CvContent};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// How long typing must pause before the CV is sent.
const PAUSE_MS: u32 = 800;
/// The CV's name in the device store (`store::draft`).
const NAME: &str = "cv";

/// The copy on the device: the draft and the server version it was based on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Copy {
    base_version: i64,
    content: CvContent,
}

/// What autosave is doing, shown next to the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Everything typed is on the server.
    Saved,
    /// Waiting for the borger to pause typing, or sending.
    Saving,
    /// No network: kept in the tab, sent when online.
    Offline,
    /// The server could not store it; retried on a timer.
    Failed,
    /// Something must be fixed first (a text too long); nothing is sent.
    Blocked,
    /// Saved, except items that wait for a required field.
    Waiting,
    /// Someone saved the CV elsewhere; the borger chooses.
    Conflict,
}

/// The problems found by the last check of the draft (see [`crate::domain::cv::Sendable`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// Every problem, with paths as in the draft (for the messages next to the fields).
    pub errors: Vec<FieldError>,
    /// Items that wait until a required field is filled in: (section, index in the draft).
    pub waiting: Vec<(CvSection, usize)>,
    /// True when a problem stops the whole CV from being sent.
    pub blocked: bool,
}

/// The CV store, provided by `App`.
#[derive(Clone, Copy)]
pub struct CvStore {
    /// The draft; `None` until loaded.
    pub draft: RwSignal<Option<CvContent>>,
    /// The problems in the draft as of its last check (after a pause in typing, on leaving a field, when items
    /// are added, moved or removed, and before every save); it changes only when the problems do.
    pub check: RwSignal<Option<Check>>,
    /// True when the draft changed after the last check.
    stale: StoredValue<bool>,
    /// What autosave is doing.
    pub state: RwSignal<SaveState>,
    /// When the server last stored the CV.
    pub saved_at: RwSignal<Option<OffsetDateTime>>,
    /// The server's version after a 412, until the borger chooses.
    pub conflict: RwSignal<Option<Cv>>,
    /// The version the borger did not choose, kept on screen to copy from.
    pub other: RwSignal<Option<CvContent>>,
    /// Why the CV could not be fetched.
    pub load_error: RwSignal<Option<ApiError>>,
    version: StoredValue<i64>,
    sent: StoredValue<Option<CvContent>>,
    owner: StoredValue<Option<Uuid>>,
    busy: StoredValue<bool>,
    again: StoredValue<bool>,
    timer: StoredValue<Option<Timeout>, LocalStorage>,
    /// The draft's copy on the device (the same keeper every editor uses).
    keeper: Keeper<Copy>,
    pending: StoredValue<bool>,
    /// Failed saves in a row, for the backoff.
    failures: StoredValue<u32>,
}

impl CvStore {
    /// Makes an empty store; [`CvStore::load`] fills it.
    pub fn new() -> Self {
        let draft = RwSignal::new(None::<CvContent>);
        let store = CvStore {
            draft,
            check: RwSignal::new(None),
            stale: StoredValue::new(false),
            state: RwSignal::new(SaveState::Saved),
            saved_at: RwSignal::new(None),
            conflict: RwSignal::new(None),
            other: RwSignal::new(None),
            load_error: RwSignal::new(None),
            version: StoredValue::new(0),
            sent: StoredValue::new(None),
            owner: StoredValue::new(None),
            busy: StoredValue::new(false),
            again: StoredValue::new(false),
            timer: StoredValue::new_local(None),
            keeper: Keeper::named(NAME),
            pending: StoredValue::new(false),
            failures: StoredValue::new(0),
        };
        store.listen_online();
        store
    }

    /// Fetches the CV for `borger` unless this tab already holds their draft (then, after a new login, the
    /// device copy is unlocked again and what waits is sent). A copy on the device that the server has not
    /// got yet is restored; if the server moved on meanwhile, the borger chooses.
    pub fn load(self, borger: Uuid) {
        if self.owner.get_value() == Some(borger) && self.draft.with_untracked(Option::is_some) {
            leptos::task::spawn_local(async move {
                device::unlock(borger).await;
                self.save_now();
            });
            return;
        }
        self.clear();
        self.owner.set_value(Some(borger));
        leptos::task::spawn_local(async move {
            let kept = device::unlock(borger).await;
            match api::cv::get().await {
                Ok(v) => {
                    let copy = if kept { self.keeper.kept().await } else { None };
                    self.accept(v.value.clone());
                    if let Some(copy) = copy.filter(|c| c.content != v.value.content) {
                        self.draft.set(Some(copy.content));
                        self.stale.set_value(true);
                        self.check_now();
                        if copy.base_version == v.value.version {
                            self.save_now();
                        } else {
                            self.conflict.set(Some(v.value));
                            self.state.set(SaveState::Conflict);
                        }
                    }
                }
                Err(e) => self.load_error.set(Some(e)),
            }
        });
    }

    /// Hands the draft to the keeper, which writes the encrypted copy after a short pause (and at once on
    /// `pagehide` and when the tab is hidden).
    fn keep(self) {
        let Some(content) = self.draft.get_untracked() else { return };
        if self.unsaved() {
            self.keeper.edited(Copy { base_version: self.version.get_value(), content });
        }
    }

    fn accept(self, cv: Cv) {
        self.version.set_value(cv.version);
        self.saved_at.set(cv.updated_at);
        self.sent.set_value(Some(cv.content.clone()));
        self.load_error.set(None);
        self.draft.set(Some(cv.content));
        self.stale.set_value(true);
        self.check_now();
        self.state.set(SaveState::Saved);
    }

    /// Forgets everything (logout, or another borger in this tab).
    pub fn clear(self) {
        self.timer.set_value(None);
        self.pending.set_value(false);
        self.owner.set_value(None);
        self.sent.set_value(None);
        self.draft.set(None);
        self.stale.set_value(false);
        self.check.set(None);
        self.conflict.set(None);
        self.other.set(None);
        self.state.set(SaveState::Saved);
    }

    /// Changes the draft, checks it after a pause (at once when items were added, moved or removed, because
    /// problems are reported by place) and saves it.
    pub fn edit(self, f: impl FnOnce(&mut CvContent)) {
        let mut reshaped = false;
        self.draft.update(|d| {
            if let Some(cv) = d.as_mut() {
                let before = cv.item_ids();
                f(cv);
                reshaped = cv.item_ids() != before;
            }
        });
        self.pending.set_value(true);
        self.stale.set_value(true);
        if reshaped {
            self.check_now();
        }
        if self.conflict.with_untracked(Option::is_none) {
            // Only a change of state reaches the status line ("Gemt" → "Gemmer …" once, not on every key):
            // a live region re-rendered on each keystroke is noise for screen readers and slowed typing.
            self.set_state(SaveState::Saving);
            self.timer.set_value(Some(Timeout::new(PAUSE_MS, move || self.save_now())));
        } else {
            // Nothing is sent until the borger has chosen, but the fields show what is wrong.
            self.timer.set_value(Some(Timeout::new(PAUSE_MS, move || self.check_now())));
        }
        self.keep();
    }

    /// Checks the draft now if it changed since the last check (the borger left a field).
    pub fn check_now(self) {
        if self.stale.get_value() {
            self.checked();
        }
    }

    /// Checks the draft: what can be sent, and the problems for the fields.
    fn checked(self) -> Option<Sendable> {
        self.stale.set_value(false);
        let s = self.draft.with_untracked(|d| d.as_ref().map(sendable));
        let check =
            s.as_ref().map(|s| Check { errors: s.errors.clone(), waiting: s.waiting.clone(), blocked: s.blocked });
        if self.check.with_untracked(|c| *c != check) {
            self.check.set(check);
        }
        s
    }

    /// True while something typed is not on the server yet.
    pub fn unsaved(self) -> bool {
        self.pending.get_value() || !matches!(self.state.get_untracked(), SaveState::Saved)
    }

    /// Sends the draft now (after a pause, on `online`, on a retry, or when the borger asks).
    pub fn save_now(self) {
        self.timer.set_value(None);
        if self.conflict.with_untracked(Option::is_some) {
            return;
        }
        if self.busy.get_value() {
            self.again.set_value(true);
            // Sent when the answer comes; the fields show what is wrong now.
            self.check_now();
            return;
        }
        let Some(s) = self.checked() else { return };
        if s.blocked {
            self.set_state(SaveState::Blocked);
            return;
        }
        let settled = if s.waiting.is_empty() { SaveState::Saved } else { SaveState::Waiting };
        self.pending.set_value(false);
        if self.sent.with_value(|sent| sent.as_ref() == Some(&s.content)) {
            self.set_state(settled);
            return;
        }
        self.busy.set_value(true);
        self.set_state(SaveState::Saving);
        leptos::task::spawn_local(async move {
            let result = api::cv::put(self.version.get_value(), &s.content).await;
            self.busy.set_value(false);
            match result {
                Ok(v) => self.landed(&v.value, s.content, settled),
                Err(ApiError::Conflict(_)) => match api::cv::get().await {
                    // Our own earlier send landed but its answer was lost (the connection dropped): the server
                    // has exactly what we sent, so there is nothing to choose between.
                    Ok(latest) if latest.value.content == s.content => self.landed(&latest.value, s.content, settled),
                    Ok(latest) => {
                        self.conflict.set(Some(latest.value));
                        self.state.set(SaveState::Conflict);
                    }
                    Err(_) => self.retry(SaveState::Offline),
                },
                Err(ApiError::Offline | ApiError::Timeout) => self.retry(SaveState::Offline),
                Err(_) => self.retry(SaveState::Failed),
            }
            if self.again.get_value() {
                self.again.set_value(false);
                self.save_now();
            }
        });
    }

    /// The server stored `content` as `cv`.
    fn landed(self, cv: &Cv, content: CvContent, settled: SaveState) {
        self.failures.set_value(0);
        self.version.set_value(cv.version);
        self.saved_at.set(cv.updated_at);
        self.sent.set_value(Some(content));
        let done = settled == SaveState::Saved;
        self.set_state(settled);
        // Nothing waits any more: the device copy goes. Items still unfinished keep theirs.
        if done && !self.busy.get_value() && self.timer.with_value(Option::is_none) {
            self.keeper.forget();
        } else {
            self.keep();
        }
    }

    fn set_state(self, state: SaveState) {
        if self.state.with_untracked(|s| *s != state) {
            self.state.set(state);
        }
    }

    /// Tries again later: full-jitter backoff up to a minute, never sooner than the server's `Retry-After`
    /// (and at once on `online`).
    fn retry(self, state: SaveState) {
        self.set_state(state);
        let attempt = self.failures.get_value();
        self.failures.set_value(attempt.saturating_add(1));
        let wait = delay_ms(attempt, api::client::take_retry_after_ms(), js_sys::Math::random());
        self.timer.set_value(Some(Timeout::new(wait, move || self.save_now())));
    }

    /// After a 412: the borger keeps their draft; it replaces the server's version, which stays on screen.
    pub fn keep_mine(self) {
        if let Some(theirs) = self.conflict.get_untracked() {
            self.version.set_value(theirs.version);
            self.other.set(Some(theirs.content));
            self.conflict.set(None);
            self.save_now();
        }
    }

    /// After a 412: the borger takes the server's version; their draft stays on screen to copy from.
    pub fn use_saved(self) {
        if let Some(theirs) = self.conflict.get_untracked() {
            self.other.set(self.draft.get_untracked());
            self.conflict.set(None);
            self.accept(theirs);
        }
    }

    fn listen_online(self) {
        let Some(window) = web_sys::window() else { return };
        let on_online = Closure::<dyn Fn()>::new(move || {
            if matches!(self.state.get_untracked(), SaveState::Offline | SaveState::Failed) {
                self.save_now();
            }
        });
        let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        // The listener lives as long as the app.
        on_online.forget();
        let on_leave = Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(move |ev: web_sys::BeforeUnloadEvent| {
            if self.unsaved() {
                ev.prevent_default();
            }
        });
        let _ = window.add_event_listener_with_callback("beforeunload", on_leave.as_ref().unchecked_ref());
        on_leave.forget();
    }
}

impl Default for CvStore {
    fn default() -> Self {
        Self::new()
    }
}

/// Where the app keeps its [`CvStore`], provided by `App`. The store is made the first time a CV page asks for
/// it ([`use_cv`]), so its code (saving, checking, the CV's serde) lives in the CV area's wasm module instead
/// of the first screen's; it is owned by the app, so it outlives the page that made it.
#[derive(Clone)]
pub struct CvSlot {
    owner: Owner,
    store: StoredValue<Option<CvStore>>,
}

impl CvSlot {
    /// An empty slot owned by the current owner (the app).
    pub fn new() -> Self {
        CvSlot { owner: Owner::current().unwrap_or_default(), store: StoredValue::new(None) }
    }

    /// Forgets the draft, if a CV page ever made the store (logout).
    pub fn clear(&self) {
        if let Some(store) = self.store.get_value() {
            store.clear();
        }
    }
}

impl Default for CvSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// The app's [`CvStore`], made on first use.
pub fn use_cv() -> CvStore {
    let Some(slot) = use_context::<CvSlot>() else { return CvStore::new() };
    if let Some(store) = slot.store.get_value() {
        return store;
    }
    let store = slot.owner.with(CvStore::new);
    slot.store.set_value(Some(store));
    store
}
