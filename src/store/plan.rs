//! Min plan on the device (issue #6): the last plan fetched, kept encrypted so it can be read offline, and
//! the outbox of status changes and comments made without a network, sent when it returns — exactly once
//! (see `domain::outbox` for folding and what a 412 means).

use crate::api::{self, ApiError};
use crate::domain::backoff::delay_ms;
use crate::domain::outbox::{self, Pending, Resolution, State};
use crate::store::device;
use crate::store::session::{SessionState, SessionStore, use_session};
use contract::plan::{Aftale, AftaleUpdate, Plan};
use leptos::prelude::*;
use uuid::Uuid;

const PLAN_COPY: &str = "plan";
const OUTBOX: &str = "outbox";
/// How often to look whether it is time to try again (the wait itself is `domain::backoff`).
const TICK_MS: u32 = 5_000;

/// The outbox on screen, provided by `App`.
#[derive(Clone, Copy)]
pub struct PlanStore {
    /// Changes not yet on the server, oldest first.
    pub pending: RwSignal<Vec<Pending>>,
    /// True while a send is under way.
    sending: RwSignal<bool>,
    /// Counts sends that landed, so pages showing the plan fetch it again.
    pub synced: RwSignal<u32>,
    /// Failed sends in a row, and when (ms since the epoch) the next try may start.
    backoff: StoredValue<(u32, f64)>,
    /// Whose plan (the device key is per borger).
    session: SessionStore,
}

impl PlanStore {
    /// Makes the store; what waits is read once the session (and so the device key) is known, and sent
    /// whenever the session is confirmed online.
    pub fn new() -> Self {
        let session = use_session();
        let store = PlanStore {
            pending: RwSignal::new(Vec::new()),
            sending: RwSignal::new(false),
            synced: RwSignal::new(0),
            backoff: StoredValue::new((0, 0.0)),
            session,
        };
        Effect::new(move |_| {
            let active = matches!(session.state.get(), SessionState::Active(_));
            let offline = session.offline.get();
            if active {
                leptos::task::spawn_local(async move {
                    if let Some(id) = session.session().map(|s| s.borger.id) {
                        if !offline {
                            device::unlock(id).await;
                        }
                        store.pending.set(device::get::<Vec<Pending>>(OUTBOX).await.unwrap_or_default());
                        if !offline {
                            store.flush().await;
                        }
                    }
                });
            }
        });
        // A server that was down comes back without an `online` event: while something waits, try again
        // every so often (and the session store asks while it shows the offline copy).
        let retry = gloo_timers::callback::Interval::new(TICK_MS, move || {
            let waiting = store.pending.with_untracked(|p| p.iter().any(|p| p.state == State::Waiting));
            let online =
                matches!(session.state.get_untracked(), SessionState::Active(_)) && !session.offline.get_untracked();
            let due = store.backoff.with_value(|(_, next)| js_sys::Date::now() >= *next);
            if waiting && online && due {
                leptos::task::spawn_local(store.flush());
            }
        });
        retry.forget();
        store
    }

    async fn save(self) {
        let list = self.pending.get_untracked();
        if list.is_empty() {
            device::remove(OUTBOX).await;
        } else {
            device::put(OUTBOX, &list).await;
        }
    }

    /// Puts a change made offline in the outbox. False when nothing can be kept on this device (shared
    /// computer), so the page must say the change was not saved.
    pub async fn enqueue(self, a: &Aftale, change: AftaleUpdate) -> bool {
        if !device::available() {
            return false;
        }
        self.pending.update(|list| outbox::push(list, Pending::new(a, change)));
        self.save().await;
        true
    }

    /// Drops a change the borger gave up (after a conflict or refusal).
    pub async fn discard(self, id: Uuid) {
        self.pending.update(|list| list.retain(|p| p.id != id));
        self.save().await;
    }

    /// Sends a disputed change anyway, on the server's newest version.
    pub async fn send_anyway(self, id: Uuid) {
        self.pending.update(|list| {
            if let Some(p) = list.iter_mut().find(|p| p.id == id) {
                p.state = State::Waiting;
                p.base_version = -1;
            }
        });
        self.save().await;
        self.flush().await;
    }

    /// Sends everything that waits, in order. Stops at the first network failure (it stays for next time).
    pub async fn flush(self) {
        if self.sending.get_untracked() {
            return;
        }
        self.sending.set(true);
        let waiting: Vec<Pending> =
            self.pending.get_untracked().into_iter().filter(|p| p.state == State::Waiting).collect();
        let mut landed = 0;
        for p in waiting {
            match send(&p).await {
                Ok(()) => {
                    self.backoff.set_value((0, 0.0));
                    landed += 1;
                    self.pending.update(|list| list.retain(|x| x.id != p.id));
                }
                Err(Some(state)) => self.pending.update(|list| {
                    if let Some(x) = list.iter_mut().find(|x| x.id == p.id) {
                        x.state = state;
                    }
                }),
                Err(None) => {
                    // Not now (network, busy server): wait with backoff, at least the server's Retry-After.
                    self.backoff.update_value(|(failures, next)| {
                        let wait = delay_ms(*failures, api::client::take_retry_after_ms(), js_sys::Math::random());
                        *failures = failures.saturating_add(1);
                        *next = js_sys::Date::now() + f64::from(wait);
                    });
                    break;
                }
            }
            self.save().await;
        }
        self.sending.set(false);
        if landed > 0 {
            self.synced.update(|n| *n += 1);
        }
    }

    /// The changes to `aftale` that have not landed.
    pub fn for_aftale(self, aftale: Uuid) -> Vec<Pending> {
        self.pending.with(|list| list.iter().filter(|p| p.aftale == aftale).cloned().collect())
    }
}

impl Default for PlanStore {
    fn default() -> Self {
        Self::new()
    }
}

/// One send: Ok when it landed (or had already), Err(Some) when it needs the borger, Err(None) to retry later.
async fn send(p: &Pending) -> Result<(), Option<State>> {
    let mut version = p.base_version;
    if version < 0 {
        version = api::plan::aftale(p.aftale).await.map_err(|e| refused(&e))?.value.version;
    }
    for _ in 0..3 {
        match api::plan::update_aftale(p.aftale, version, &p.change).await {
            Ok(_) => return Ok(()),
            Err(ApiError::Conflict(_)) => {
                let server = api::plan::aftale(p.aftale).await.map_err(|e| refused(&e))?.value;
                match outbox::after_conflict(p, &server) {
                    Resolution::AlreadyThere => return Ok(()),
                    Resolution::SendOn(v) => version = v,
                    Resolution::Conflict if p.base_version < 0 => version = server.version,
                    Resolution::Conflict => return Err(Some(State::Conflict)),
                }
            }
            Err(e) => return Err(refused(&e)),
        }
    }
    Err(None)
}

/// Whether an error means "try later" (None) or "the server said no" (Refused).
fn refused(e: &ApiError) -> Option<State> {
    match e {
        ApiError::Forbidden | ApiError::NotFound | ApiError::Invalid(_) | ApiError::TooLarge => Some(State::Refused),
        _ => None,
    }
}

/// The plan from the server, kept on the device for offline reading; without network, the kept copy. Either
/// way with what waits in the outbox shown. The bool is true for a copy.
pub async fn load(store: PlanStore) -> Result<(Plan, bool), ApiError> {
    match api::plan::get().await {
        Ok(plan) => {
            // The key may still be on its way at start; the copy is only kept where copies may be.
            let who = store.session.session().filter(|s| !s.shared_device).map(|s| s.borger.id);
            if let Some(borger) = who
                && device::unlock(borger).await
            {
                device::put(PLAN_COPY, &plan).await;
            }
            let mut shown = plan;
            outbox::apply(&mut shown, &store.pending.get_untracked());
            Ok((shown, false))
        }
        Err(e @ (ApiError::Offline | ApiError::Timeout)) => {
            let mut copy = device::get::<Plan>(PLAN_COPY).await.ok_or(e)?;
            outbox::apply(&mut copy, &store.pending.get_untracked());
            Ok((copy, true))
        }
        Err(e) => Err(e),
    }
}

/// One aftale from the kept copy (offline), with its version.
pub async fn aftale_from_copy(id: Uuid) -> Option<Aftale> {
    let plan = device::get::<Plan>(PLAN_COPY).await?;
    plan.aftaler.into_iter().find(|a| a.id == id)
}

/// The app's [`PlanStore`].
pub fn use_plan() -> PlanStore {
    use_context::<PlanStore>().unwrap_or_else(|| PlanStore {
        pending: RwSignal::new(vec![]),
        sending: RwSignal::new(false),
        synced: RwSignal::new(0),
        backoff: StoredValue::new((0, 0.0)),
        session: use_session(),
    })
}
