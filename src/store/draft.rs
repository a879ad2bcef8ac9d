//! What the borger types, kept (issue #8): every editor keeps its text through a [`Keeper`]. An edit is in
//! memory at once (the editor's own signals), on the device within [`KEEP_MS`] of a pause and at once when the
//! tab is hidden or closed, encrypted (`store::device`); nothing is kept on a shared computer. When the editor
//! opens again — after a reload, a crash, a closed tab or a new login — what was not saved comes back. Sending
//! is the outbox's job (`store::outbox`); when a write has landed, the editor tells its keeper, and the copy
//! goes. A write carries what its keeper held ([`Keeper::stamped`]), so when the outbox lands it later — after a
//! reload or a new login, with the editor open already or opened after — a copy that still holds exactly that
//! counts as landed too, without "Vi har hentet …".

use crate::domain::outbox::Pending;
use crate::store::device;
use crate::store::session::use_session;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// How long typing must pause before the copy on the device is written (the issue allows at most 1 s).
pub const KEEP_MS: u32 = 400;

type Flush = Rc<dyn Fn()>;
/// "This was sent and has landed": the keeper lets its copy go if it still holds exactly that.
type Landed = Rc<dyn Fn(&str)>;

/// An open editor's keeper, as the page and the outbox reach it.
struct Open {
    /// Its device name (`draft/<name>`).
    name: String,
    flush: Flush,
    landed: Landed,
}

thread_local! {
    /// Every open editor's keeper: "write your copy now" for `pagehide` and `visibilitychange`, and "landed".
    static OPEN: RefCell<BTreeMap<u64, Open>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: RefCell<u64> = const { RefCell::new(0) };
    /// What the outbox last landed for each copy (device name): a copy read later that holds exactly this is
    /// on the server already.
    static SENT: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
    static LISTENING: RefCell<bool> = const { RefCell::new(false) };
}

/// Writes every open editor's copy now (the tab is being hidden, closed or reloaded).
pub fn keep_all_now() {
    let all: Vec<Flush> = OPEN.with(|o| o.borrow().values().map(|k| k.flush.clone()).collect());
    for f in all {
        f();
    }
}

/// The outbox landed a write that held `typed` (device name, value): every copy that still holds exactly what
/// was sent counts as landed — an open editor's now (its "Vi har hentet …" notice goes), and one read later
/// when its editor opens (it is shown as saved; the page may have been read before the write landed).
pub fn landed(typed: &[(String, String)]) {
    for (name, value) in typed {
        SENT.with(|s| s.borrow_mut().insert(name.clone(), value.clone()));
        let open: Vec<Landed> =
            OPEN.with(|o| o.borrow().values().filter(|k| k.name == *name).map(|k| k.landed.clone()).collect());
        for f in open {
            f(value);
        }
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

/// `value` as JSON text (as the device copy is written, so no other serializer is compiled in).
fn json<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_vec(value).ok().and_then(|v| String::from_utf8(v).ok())
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
    /// What the editor holds now: its form (read untracked), or what [`Keeper::edited`] was told last.
    snapshot: StoredValue<Option<Arc<dyn Fn() -> T + Send + Sync>>>,
    now: StoredValue<Option<T>>,
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
            snapshot: StoredValue::new(None),
            now: StoredValue::new(None),
        };
        let id = NEXT.with(|n| {
            let mut n = n.borrow_mut();
            *n += 1;
            *n
        });
        let open = Open {
            name: format!("draft/{name}"),
            flush: Rc::new(move || keeper.keep_now()),
            landed: Rc::new(move |sent| keeper.landed_if(sent)),
        };
        OPEN.with(|o| o.borrow_mut().insert(id, open));
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
        let snapshot = Arc::new(snapshot);
        keeper.snapshot.set_value(Some(snapshot.clone()));
        keeper.base.set_value(Some(snapshot()));
        keeper.ready.set_value(false);
        let borger = use_session().session().map(|s| s.borger.id);
        leptos::task::spawn_local(async move {
            if let Some(b) = borger {
                device::unlock(b).await;
            }
            if let Some(copy) = keeper.kept().await
                && let Some(same) = keeper.base.try_with_value(|b| b.as_ref() == Some(&copy))
            {
                if same {
                    // Nothing in it that the editor does not show: it has done its job.
                    if let Some(name) = keeper.name.try_get_value() {
                        device::remove(&name).await;
                    }
                } else if keeper.was_sent(&copy) {
                    // The outbox has landed exactly this since (after a new login, while the page loaded): the
                    // editor shows it, as the server has it now, with nothing to look over.
                    restore(copy.clone());
                    keeper.landed(copy);
                } else {
                    restore(copy);
                    let _ = keeper.restored.try_set(true);
                }
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
        self.now.set_value(Some(value.clone()));
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

    /// What the editor holds now.
    fn current(self) -> Option<T> {
        match self.snapshot.try_get_value().flatten() {
            Some(read) => Some(untrack(|| read())),
            None => self.now.try_get_value().flatten(),
        }
    }

    /// `p` with what the editor holds now, so that when the outbox lands it — even after a reload or a new
    /// login — this copy goes if it still holds exactly that.
    pub fn stamped(self, mut p: Pending) -> Pending {
        let (Some(name), Some(value)) = (self.name.try_get_value(), self.current()) else { return p };
        if let Some(value) = json(&value) {
            p.typed.retain(|(n, _)| *n != name);
            p.typed.push((name, value));
        }
        p
    }

    /// True when the outbox has landed a write holding exactly `copy` in this tab.
    fn was_sent(self, copy: &T) -> bool {
        let Some(name) = self.name.try_get_value() else { return false };
        let sent = SENT.with(|s| s.borrow().get(&name).cloned());
        sent.is_some() && sent == json(copy)
    }

    /// A write holding `sent` has landed: the copy goes if the editor still holds exactly that.
    fn landed_if(self, sent: &str) {
        if let Some(value) = self.current()
            && json(&value).as_deref() == Some(sent)
        {
            self.landed(value);
        }
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
