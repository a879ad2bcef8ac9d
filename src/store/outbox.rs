//! The one outbox (issue #8): every editor's write goes through [`Outbox::submit`]. It is sent at once; when
//! the network or the server fails (offline, timeout, 5xx, 429, an expired session) it waits here — encrypted
//! on the device when copies may be kept, otherwise in the tab — and is sent on start, on `online` and on a
//! timer with full-jitter backoff that honours `Retry-After`. Exactly once: `If-Match` where a version exists,
//! the entry's id as `Idempotency-Key` where something is made. A 412 goes back to the editor (or, for what
//! was sent later, waits in the list) so the borger chooses; nothing is dropped silently.

use crate::api::{self, ApiError};
use crate::domain::backoff::delay_ms;
use crate::domain::outbox::{self, Pending, Refusal, State, Write};
use crate::store::device;
use crate::store::draft;
use crate::store::session::{SessionState, SessionStore, use_session};
use contract::cv::TargetedCv;
use contract::jobgoal::{AbcCanvas, JobGoal};
use contract::plan::{Aftale, Meeting};
use contract::progression::{ProgressionGoal, WeekEntry};
use contract::rehearsal::{Rehearsal, TalkingScript};
use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

const OUTBOX: &str = "outbox";
/// How often to look whether it is time to try again (the wait itself is `domain::backoff`).
const TICK_MS: u32 = 5_000;

/// What the server answered a write with.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Aftale(Aftale),
    Meeting(Meeting),
    JobGoal(JobGoal),
    Week(WeekEntry),
    Rehearsal(Rehearsal),
    Script(TalkingScript),
    Canvas(AbcCanvas),
    Targeted(TargetedCv),
    Goal(ProgressionGoal),
}

/// What became of a submitted write.
#[derive(Debug, Clone, PartialEq)]
pub enum Submitted {
    /// On the server.
    Landed(Reply),
    /// Waits, encrypted on this device: it is sent when the network or the server is back.
    Kept,
    /// Waits in this tab only (a shared computer keeps nothing on the device): sent while the page is open.
    InTab,
    /// Someone changed the same thing meanwhile: this is the server's version; the borger chooses.
    Conflict(Reply),
    /// The server said no (not valid, not the borger's, gone).
    Refused(ApiError),
}

/// Why one send did not land.
pub enum Failure {
    /// Network or server trouble: it waits and is tried again.
    Later,
    /// Someone changed the same thing: the server's version.
    Conflict(Box<Reply>),
    /// The server said no.
    Refused(ApiError),
}

/// The outbox, provided by `App`.
#[derive(Clone, Copy)]
pub struct Outbox {
    /// Writes not yet on the server, oldest first.
    pub pending: RwSignal<Vec<Pending>>,
    /// True while a flush is under way.
    sending: RwSignal<bool>,
    /// Counts flushes in which something landed, so pages showing server data fetch it again.
    pub synced: RwSignal<u32>,
    /// Counts the times writes kept on the device joined the list (read in the outbox's module, which may come
    /// after a page has drawn): pages that show waiting changes as made read them again.
    pub kept: RwSignal<u32>,
    /// The last write a flush landed, with its editor's name (see [`Outbox::on_landed`]).
    landed: RwSignal<Option<(String, Reply)>>,
    /// Failed sends in a row, and when (ms since the epoch) the next try may start.
    backoff: StoredValue<(u32, f64)>,
    /// Whose writes are in `pending`.
    owner: StoredValue<Option<Uuid>>,
    /// Whether `pending` has taken in what the device kept for the owner.
    resumed: StoredValue<bool>,
    /// What has left `pending` since the owner logged in (`outbox::take_in`).
    left: StoredValue<outbox::Left>,
    session: SessionStore,
}

impl Outbox {
    /// Makes the outbox; what waits on the device is read once the session (and so the device key) is known,
    /// and sent whenever the session is confirmed online. That work ([`Outbox::resume`], [`Outbox::flush`]) is
    /// not needed to draw the first page, so it comes in a module of its own, handed over by the app
    /// ([`set_work`]).
    pub fn new() -> Self {
        let session = use_session();
        let store = Self::bare(session);
        Effect::new(move |_| {
            let active = matches!(session.state.get(), SessionState::Active(_));
            let offline = session.offline.get();
            if active && let Some(id) = session.session().map(|s| s.borger.id) {
                // What waits in this tab is the borger's who wrote it: kept across an expired session (a save
                // that met the 401 is sent after the next login, even when the device key was already locked and
                // it could not be stored), dropped at once if someone else logs in.
                if store.owner.get_value() != Some(id) {
                    store.pending.set(Vec::new());
                    store.owner.set_value(Some(id));
                    store.resumed.set_value(false);
                    store.left.set_value(outbox::Left::default());
                }
                // The device key is asked for at once, as the page starts (a frame's preloaded answer is taken
                // then); the outbox's module shares that request when it comes.
                if !offline {
                    leptos::task::spawn_local(async move {
                        device::unlock(id).await;
                    });
                }
                if let Some(work) = work() {
                    leptos::task::spawn_local((work.resume)(store, id, offline));
                }
            }
        });
        // A server that was down comes back without an `online` event: while something waits, try again
        // every so often.
        let retry = gloo_timers::callback::Interval::new(TICK_MS, move || {
            if store.due() && store.waiting() && store.online() {
                store.flush_soon();
            }
        });
        retry.forget();
        if let Some(window) = web_sys::window() {
            let on_online = Closure::<dyn Fn()>::new(move || {
                store.backoff.set_value((0, 0.0));
                if store.waiting() {
                    store.flush_soon();
                }
            });
            let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
            on_online.forget();
        }
        store
    }

    /// Reads what waits on the device for the borger `id` into the list and, online, sends it.
    pub async fn resume(self, id: Uuid, offline: bool) {
        if !offline {
            device::unlock(id).await;
        }
        self.take_in_kept().await;
        self.save().await;
        // A send that failed meanwhile (this starts once the page is drawn) set when to try again, and a
        // server's Retry-After is kept: the retry timer sends then.
        if !offline && self.due() {
            self.flush().await;
        }
    }

    /// Starts a flush with the outbox's module (nothing happens before the app has handed it over).
    fn flush_soon(self) {
        if let Some(work) = work() {
            leptos::task::spawn_local((work.flush)(self));
        }
    }

    fn bare(session: SessionStore) -> Self {
        Outbox {
            pending: RwSignal::new(Vec::new()),
            sending: RwSignal::new(false),
            synced: RwSignal::new(0),
            kept: RwSignal::new(0),
            landed: RwSignal::new(None),
            backoff: StoredValue::new((0, 0.0)),
            owner: StoredValue::new(None),
            resumed: StoredValue::new(false),
            left: StoredValue::new(outbox::Left::default()),
            session,
        }
    }

    /// Whose outbox it is.
    pub fn session(self) -> SessionStore {
        self.session
    }

    /// True once the session has ended. A save that met a 401 waits here while the app goes to login and takes
    /// the editor's page down: after [`Outbox::submit`] an editor must then touch nothing on it any more (its
    /// views would read disposed signals).
    pub fn session_ended(self) -> bool {
        !matches!(self.session.state.try_get_untracked(), Some(SessionState::Active(_)))
    }

    fn waiting(self) -> bool {
        self.pending.with_untracked(|p| p.iter().any(|p| p.state == State::Waiting))
    }

    /// Whether the wait after the last failed send is over.
    fn due(self) -> bool {
        self.backoff.with_value(|(_, next)| js_sys::Date::now() >= *next)
    }

    fn online(self) -> bool {
        matches!(self.session.state.get_untracked(), SessionState::Active(_)) && !self.session.offline.get_untracked()
    }

    /// Adds what waits on the device to the list, leaving out what is there already (each resume reads it again;
    /// a save reads it first only until then).
    async fn take_in_kept(self) {
        let kept = device::get::<Vec<Pending>>(OUTBOX).await.unwrap_or_default();
        let mut joined = false;
        // What the device kept was written before what this page added, so it goes first (writes are sent in
        // the order they were made).
        self.left.with_value(|left| self.pending.update(|list| joined = outbox::take_in(list, kept, left)));
        self.resumed.set_value(true);
        if joined {
            self.kept.update(|n| *n += 1);
        }
    }

    async fn save(self) {
        device::settled().await;
        if !device::available() {
            return;
        }
        // A save before the list has taken in what the device kept (the outbox's module still on its way, or not
        // fetched) must not write over it.
        if !self.resumed.get_value() {
            self.take_in_kept().await;
        }
        let list = self.pending.get_untracked();
        if list.is_empty() {
            device::remove(OUTBOX).await;
        } else {
            device::put(OUTBOX, &list).await;
        }
    }

    /// Sends `p` now. If something from the same editor already waits, `p` joins it and waits its turn, so
    /// writes land in the order they were made.
    pub async fn submit(self, p: Pending) -> Submitted {
        let behind = self.pending.with_untracked(|l| l.iter().any(|x| x.name == p.name && x.state == State::Waiting));
        if !behind {
            match send(&p).await {
                Ok(reply) => {
                    draft::landed(&p.typed);
                    self.left.update_value(|left| left.landed(&p));
                    // What the device kept joins the list once the outbox's module has come (after the page is
                    // drawn); a save made sooner reads it here, so a refusal this write makes moot is found.
                    // (What it leaves out as moot is then gone from the device's copy with the save below.)
                    let took = !self.resumed.get_value();
                    if took {
                        device::settled().await;
                        self.take_in_kept().await;
                    }
                    let moot = self.pending.with_untracked(|list| outbox::moot(list, &p));
                    let dropped = !moot.is_empty();
                    if dropped {
                        self.pending.update(|list| list.retain(|x| !moot.contains(&x.id)));
                        self.left.update_value(|left| left.dropped(moot));
                    }
                    if took || dropped {
                        self.save().await;
                    }
                    return Submitted::Landed(reply);
                }
                Err(Failure::Conflict(theirs)) => return Submitted::Conflict(*theirs),
                Err(Failure::Refused(e)) => return Submitted::Refused(e),
                Err(Failure::Later) => self.note_failure(),
            }
        }
        self.pending.update(|list| outbox::push(list, p));
        self.save().await;
        if device::available() { Submitted::Kept } else { Submitted::InTab }
    }

    /// Calls `f` with the server's answer each time a flush lands a write of the editor called `name` after this
    /// call. An editor that stays open while its waiting write is sent takes the new version from it, so its next
    /// save neither meets a 412 against the borger's own earlier text nor repeats a create under the used key.
    pub fn on_landed(self, name: String, f: impl Fn(Reply) + 'static) {
        Effect::new(move |seen: Option<()>| {
            let landed = self.landed.get();
            if seen.is_some()
                && let Some((n, reply)) = landed
                && n == name
            {
                f(reply);
            }
        });
    }

    /// Drops a write the borger gave up (after a conflict or refusal).
    pub async fn discard(self, id: Uuid) {
        self.pending.update(|list| list.retain(|p| p.id != id));
        self.left.update_value(|left| left.dropped([id]));
        self.save().await;
    }

    /// Sends a disputed write anyway, on the server's newest version.
    pub async fn send_anyway(self, id: Uuid) {
        self.pending.update(|list| {
            if let Some(p) = list.iter_mut().find(|p| p.id == id) {
                p.rebase_on_newest();
            }
        });
        self.save().await;
        self.flush().await;
    }

    /// Sends everything that waits, in order. Stops at the first failure that means "later".
    pub async fn flush(self) {
        if self.sending.get_untracked() {
            return;
        }
        self.sending.set(true);
        let waiting: Vec<Pending> =
            self.pending.get_untracked().into_iter().filter(|p| p.state == State::Waiting).collect();
        let mut landed = 0;
        for p in waiting {
            let state = match send(&p).await {
                Ok(reply) => {
                    draft::landed(&p.typed);
                    self.landed.set(Some((p.name.clone(), reply)));
                    None
                }
                Err(Failure::Conflict(_)) => Some((State::Conflict, None)),
                Err(Failure::Refused(e)) => Some((State::Refused, Some(refusal(&e)))),
                Err(Failure::Later) => {
                    self.note_failure();
                    break;
                }
            };
            self.backoff.set_value((0, 0.0));
            self.pending.update(|list| match state {
                None => {
                    let moot = outbox::moot(list, &p);
                    list.retain(|x| x.id != p.id && !moot.contains(&x.id));
                    self.left.update_value(|left| {
                        left.landed(&p);
                        left.dropped(moot);
                    });
                }
                Some((s, why)) => {
                    list.iter_mut().filter(|x| x.id == p.id).for_each(|x| (x.state, x.refusal) = (s, why))
                }
            });
            landed += usize::from(state.is_none());
            self.save().await;
        }
        self.sending.set(false);
        if landed > 0 {
            self.synced.update(|n| *n += 1);
        }
    }

    /// Waits with backoff before the next try: at least the server's `Retry-After`.
    fn note_failure(self) {
        self.backoff.update_value(|(failures, next)| {
            let wait = delay_ms(*failures, api::client::take_retry_after_ms(), js_sys::Math::random());
            *failures = failures.saturating_add(1);
            *next = js_sys::Date::now() + f64::from(wait);
        });
    }

    /// Where the latest write of the editor called `name` stands, and why it was refused if it was (reactive).
    pub fn state_of(self, name: &str) -> Option<(State, Option<Refusal>)> {
        self.pending.with(|list| list.iter().rev().find(|p| p.name == name).map(|p| (p.state, p.refusal)))
    }

    /// The changes to `aftale` that have not landed.
    pub fn for_aftale(self, aftale: Uuid) -> Vec<Pending> {
        self.pending.with(|list| list.iter().filter(|p| p.aftale() == Some(aftale)).cloned().collect())
    }
}

impl Default for Outbox {
    fn default() -> Self {
        Self::new()
    }
}

/// The app's [`Outbox`].
pub fn use_outbox() -> Outbox {
    use_context::<Outbox>().unwrap_or_else(|| Outbox::bare(use_session()))
}

/// Whether an error means "try later" rather than "the server said no".
fn later(e: &ApiError) -> bool {
    match e {
        ApiError::Offline | ApiError::Timeout | ApiError::Unavailable | ApiError::Unauthorized => true,
        ApiError::Server(s) => *s >= 500,
        _ => false,
    }
}

/// Why the server said no, in the words the borger is given.
fn refusal(e: &ApiError) -> Refusal {
    match e {
        ApiError::Forbidden => Refusal::NotAllowed,
        ApiError::NotFound => Refusal::Gone,
        ApiError::Invalid(errors) if errors.iter().any(|f| f.code == contract::FieldErrorCode::Duplicate) => {
            Refusal::Duplicate
        }
        ApiError::Invalid(_) => Refusal::Invalid,
        ApiError::TooLarge => Refusal::TooLarge,
        _ => Refusal::Other,
    }
}

/// What an error means for a send: later, or refused.
pub fn fail(e: ApiError) -> Failure {
    if later(&e) { Failure::Later } else { Failure::Refused(e) }
}

/// One send of `p`, in the module of the area it belongs to (`store::sends`), fetched the first time one of its
/// writes is sent: nearly always nothing waits, so the first screen carries none of the sends.
async fn send(p: &Pending) -> Result<Reply, Failure> {
    match &p.write {
        Write::Aftale(_) | Write::Prep { .. } => in_area(Area::Plan, p).await,
        Write::JobGoal { .. } | Write::Script { .. } | Write::Canvas { .. } | Write::Rehearsal { .. } => {
            in_area(Area::JobGoals, p).await
        }
        Write::Week { .. } | Write::Proposal { .. } => in_area(Area::Progression, p).await,
        Write::Targeted { .. } => in_area(Area::Cv, p).await,
    }
}

/// A send that runs in an area's module.
pub type Sending = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Reply, Failure>>>>;

/// The area whose module sends a write.
#[derive(Clone, Copy)]
enum Area {
    Plan,
    JobGoals,
    Progression,
    Cv,
}

/// A task the outbox runs in the background.
pub type Task = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// The outbox's work after start, set once by the app (`crate::areas::outbox::register`): reading what waits
/// on the device and sending it, behind a split point. Handed over, as the areas' sends are, so that code which
/// never starts the app (the browser tests) does not link the split points.
#[derive(Clone, Copy)]
pub struct Work {
    /// [`Outbox::resume`].
    pub resume: fn(Outbox, Uuid, bool) -> Task,
    /// [`Outbox::flush`].
    pub flush: fn(Outbox) -> Task,
}

thread_local! {
    static WORK: std::cell::Cell<Option<Work>> = const { std::cell::Cell::new(None) };
}

/// Hands the outbox its work (once, when the app starts).
pub fn set_work(work: Work) {
    WORK.with(|cell| cell.set(Some(work)));
}

fn work() -> Option<Work> {
    WORK.with(std::cell::Cell::get)
}

/// How the outbox reaches an area's send in the wasm: a split point that fetches the area's module first, and
/// gives `None` when it cannot be fetched.
#[cfg(target_arch = "wasm32")]
pub type AreaSend = fn(Pending) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Sending>>>>;

/// The areas' sends, set once by the app (`crate::areas::register_sends`). They are handed over rather than
/// called from here so that code which never starts the app — the browser tests — does not link the split
/// points, whose imports only a split build can satisfy.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
pub struct AreaSends {
    /// Min plan.
    pub plan: AreaSend,
    /// Mine jobmål.
    pub jobgoals: AreaSend,
    /// Min udvikling.
    pub progression: AreaSend,
    /// Mit CV.
    pub cv: AreaSend,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static AREA_SENDS: std::cell::Cell<Option<AreaSends>> = const { std::cell::Cell::new(None) };
}

/// Hands the outbox the areas' sends (once, when the app starts).
#[cfg(target_arch = "wasm32")]
pub fn set_area_sends(sends: AreaSends) {
    AREA_SENDS.with(|cell| cell.set(Some(sends)));
}

/// Sends `p` with its area's code; a module that cannot be fetched (or an app that never handed the sends over)
/// means "try later".
#[cfg(target_arch = "wasm32")]
async fn in_area(area: Area, p: &Pending) -> Result<Reply, Failure> {
    let Some(sends) = AREA_SENDS.with(std::cell::Cell::get) else { return Err(Failure::Later) };
    let send = match area {
        Area::Plan => sends.plan,
        Area::JobGoals => sends.jobgoals,
        Area::Progression => sends.progression,
        Area::Cv => sends.cv,
    };
    match send(p.clone()).await {
        Some(sending) => sending.await,
        None => Err(Failure::Later),
    }
}

/// Natively the areas' sends are called directly.
#[cfg(not(target_arch = "wasm32"))]
async fn in_area(area: Area, p: &Pending) -> Result<Reply, Failure> {
    use crate::store::sends;
    let p = p.clone();
    match area {
        Area::Plan => sends::plan(p),
        Area::JobGoals => sends::jobgoals(p),
        Area::Progression => sends::progression(p),
        Area::Cv => sends::cv(p),
    }
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_trouble_a_busy_server_and_an_expired_session_mean_later() {
        for e in
            [ApiError::Offline, ApiError::Timeout, ApiError::Unavailable, ApiError::Unauthorized, ApiError::Server(502)]
        {
            assert!(later(&e), "{e:?} should wait in the outbox");
        }
    }

    #[test]
    fn a_refusal_is_kept_with_the_reason_the_borger_is_told() {
        use contract::{FieldError, FieldErrorCode};
        let field = |code| FieldError { field: "week".into(), code, limit: None };
        assert_eq!(refusal(&ApiError::Forbidden), Refusal::NotAllowed);
        assert_eq!(refusal(&ApiError::NotFound), Refusal::Gone);
        assert_eq!(refusal(&ApiError::TooLarge), Refusal::TooLarge);
        assert_eq!(refusal(&ApiError::Invalid(vec![field(FieldErrorCode::Required)])), Refusal::Invalid);
        // A week noted on another device meanwhile: not "something to correct", but "it is already there".
        let twice = vec![field(FieldErrorCode::Required), field(FieldErrorCode::Duplicate)];
        assert_eq!(refusal(&ApiError::Invalid(twice)), Refusal::Duplicate);
        assert_eq!(refusal(&ApiError::Server(400)), Refusal::Other);
    }

    #[test]
    fn what_the_server_refuses_goes_back_to_the_editor() {
        for e in [
            ApiError::Forbidden,
            ApiError::NotFound,
            ApiError::Invalid(vec![]),
            ApiError::TooLarge,
            ApiError::Server(400),
        ] {
            assert!(!later(&e), "{e:?} should not be retried");
        }
    }
}
