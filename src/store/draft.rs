//! What the borger types, kept (issue #8): every editor keeps its text through a [`Keeper`]. An edit is in
//! memory at once (the editor's own signals), on the device within [`KEEP_MS`] of a pause and at once when the
//! tab is hidden or closed, encrypted (`store::device`); nothing is kept on a shared computer. When the editor
//! opens again — after a reload, a crash, a closed tab or a new login — what was not saved comes back. Sending
//! is the outbox's job (`store::outbox`); when a write has landed, the editor tells its keeper, and the copy
//! goes.

use crate::store::device;
use crate::store::session::use_session;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// How long typing must pause before the copy on the device is written (the issue allows at most 1 s).
pub const KEEP_MS: u32 = 400;

type Flush = Rc<dyn Fn()>;

thread_local! {
    /// Every open editor's "write your copy now", for `pagehide` and `visibilitychange`.
    static OPEN: RefCell<BTreeMap<u64, Flush>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: RefCell<u64> = const { RefCell::new(0) };
    static LISTENING: RefCell<bool> = const { RefCell::new(false) };
}

/// Writes every open editor's copy now (the tab is being hidden, closed or reloaded).
pub fn keep_all_now() {
    let all: Vec<Flush> = OPEN.with(|o| o.borrow().values().cloned().collect());
    for f in all {
        f();
    }
}

fn listen_once() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let on_hide = Closure::<dyn Fn()>::new(keep_all_now);
    let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    if let Some(doc) = window.document() {
        let _ = doc.add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
    }
    // One listener for the app's life.
    on_hide.forget();
}

/// The device copy of one editor's text.
pub struct Keeper<T: 'static> {
    name: StoredValue<String>,
    /// The value as the server has it (or as the editor opened): no copy is kept of that.
    base: StoredValue<Option<T>>,
    /// What was typed last, to write on the timer or at once.
    last: StoredValue<Option<T>>,
    timer: StoredValue<Option<Timeout>, LocalStorage>,
    /// False until the kept copy has been looked for: nothing is written over it before.
    ready: StoredValue<bool>,
    /// True when the editor opened with text that had not been saved.
    pub restored: RwSignal<bool>,
    /// Counts [`Keeper::forget`]s: a write still encrypting when the copy was forgotten deletes it again.
    forgotten: StoredValue<u64>,
}

impl<T: 'static> Clone for Keeper<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: 'static> Copy for Keeper<T> {}

impl<T> Keeper<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    /// A keeper for the editor called `name` ("cv", "jobgoal/new", "prep/<meeting id>", …) that the editor
    /// drives itself: [`Keeper::edited`] on each change, [`Keeper::kept`] to read a copy back.
    pub fn named(name: &str) -> Self {
        listen_once();
        let keeper = Keeper {
            name: StoredValue::new(format!("draft/{name}")),
            base: StoredValue::new(None),
            last: StoredValue::new(None),
            timer: StoredValue::new_local(None),
            ready: StoredValue::new(true),
            restored: RwSignal::new(false),
            forgotten: StoredValue::new(0),
        };
        let id = NEXT.with(|n| {
            let mut n = n.borrow_mut();
            *n += 1;
            *n
        });
        OPEN.with(|o| o.borrow_mut().insert(id, Rc::new(move || keeper.keep_now())));
        on_cleanup(move || {
            keeper.keep_now();
            OPEN.with(|o| o.borrow_mut().remove(&id));
        });
        keeper
    }

    /// A keeper for a form: it keeps what `snapshot` reads (tracked, so every edit re-runs it). A copy left
    /// from before is handed to `restore` when it differs from what the form opened with.
    pub fn new(name: &str, snapshot: impl Fn() -> T + Send + Sync + 'static, restore: impl Fn(T) + 'static) -> Self {
        let keeper = Self::named(name);
        keeper.base.set_value(Some(snapshot()));
        keeper.ready.set_value(false);
        let borger = use_session().session().map(|s| s.borger.id);
        leptos::task::spawn_local(async move {
            if let Some(b) = borger {
                device::unlock(b).await;
            }
            if let Some(copy) = keeper.kept().await
                && keeper.base.try_with_value(|b| b.as_ref() != Some(&copy)) == Some(true)
            {
                restore(copy);
                let _ = keeper.restored.try_set(true);
            }
            if keeper.ready.try_set_value(true).is_none() && keeper.last.try_with_value(Option::is_some) == Some(true) {
                keeper.keep_now();
            }
        });
        Effect::new(move |first: Option<()>| {
            let now = snapshot();
            if first.is_some() {
                keeper.edited(now);
            }
        });
        keeper
    }

    /// The copy on the device, if one was kept.
    pub async fn kept(self) -> Option<T> {
        device::get::<T>(&self.name.try_get_value()?).await
    }

    /// The text changed: the copy is written after a short pause.
    pub fn edited(self, value: T) {
        self.last.set_value(Some(value));
        self.timer.set_value(Some(Timeout::new(KEEP_MS, move || self.keep_now())));
    }

    /// Writes the copy now (or deletes it when the text is as the server has it).
    pub fn keep_now(self) {
        let _ = self.timer.try_set_value(None);
        if self.ready.try_get_value() != Some(true) {
            return;
        }
        let Some(Some(value)) = self.last.try_update_value(Option::take) else { return };
        let Some(name) = self.name.try_get_value() else { return };
        let same = self.base.try_with_value(|b| b.as_ref() == Some(&value)) == Some(true);
        let before = self.forgotten.try_get_value();
        leptos::task::spawn_local(async move {
            if same {
                device::remove(&name).await;
            } else {
                device::put(&name, &value).await;
                // Forgotten while this was being written (the text landed meanwhile): it must not linger.
                if self.forgotten.try_get_value().is_some_and(|now| Some(now) != before) {
                    device::remove(&name).await;
                }
            }
        });
    }

    /// The server has `value` now: no copy is needed any more.
    pub fn landed(self, value: T) {
        let _ = self.base.try_set_value(Some(value));
        self.forget();
    }

    /// Deletes the copy and anything not yet written (it is on the server, or the borger threw it away).
    pub fn forget(self) {
        let _ = self.timer.try_set_value(None);
        let _ = self.last.try_set_value(None);
        let _ = self.restored.try_set(false);
        let _ = self.forgotten.try_update_value(|n| *n += 1);
        if let Some(name) = self.name.try_get_value() {
            leptos::task::spawn_local(async move { device::remove(&name).await });
        }
    }
}
