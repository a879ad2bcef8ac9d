//! Min plan on the device (issue #6): the last plan fetched, kept encrypted so it can be read offline, shown
//! with what still waits in the outbox (`store::outbox`). The copy is the server's answer as it came, so the
//! forside can read just its glance (`domain::glance`) and Min plan the whole plan from the same text.

use crate::api::{self, ApiError};
use crate::domain::glance::Glance;
use crate::domain::outbox;
use crate::store::device;
use crate::store::outbox::Outbox;
use contract::plan::{Aftale, Plan};
use leptos::prelude::*;
use uuid::Uuid;

const PLAN_COPY: &str = "plan";

/// The plan's JSON from the server; without network, the kept copy. The bool is true for a copy.
async fn fetch() -> Result<(String, bool), ApiError> {
    match api::plan::get_text().await {
        Ok(json) => Ok((json, false)),
        Err(e @ (ApiError::Offline | ApiError::Timeout)) => Ok((device::get_text(PLAN_COPY).await.ok_or(e)?, true)),
        Err(e) => Err(e),
    }
}

/// Keeps the server's plan on the device for offline reading, once it has read as one.
async fn keep(store: Outbox, json: &str) {
    // The key may still be on its way at start; the copy is only kept where copies may be.
    let who = store.session().session().filter(|s| !s.shared_device).map(|s| s.borger.id);
    if let Some(borger) = who
        && device::unlock(borger).await
    {
        device::put_text(PLAN_COPY, json).await;
    }
}

/// An answer that does not read as a plan: the server's fault, said as such.
const UNREADABLE: ApiError = ApiError::Server(200);

/// The plan from the server, or the kept copy without network, with what waits in the outbox shown. The bool
/// is true for a copy.
pub async fn load(store: Outbox) -> Result<(Plan, bool), ApiError> {
    let (json, copy) = fetch().await?;
    let mut plan: Plan = serde_json::from_str(&json).map_err(|_| UNREADABLE)?;
    if !copy {
        keep(store, &json).await;
    }
    outbox::apply(&mut plan, &store.pending.get_untracked());
    Ok((plan, copy))
}

/// What the forside reads of the plan (the next meeting and task), from the server or the kept copy, with the
/// status changes that wait in the outbox counted as made.
pub async fn glance(store: Outbox) -> Result<Glance, ApiError> {
    let (json, copy) = fetch().await?;
    let glance = Glance::read(&json).ok_or(UNREADABLE)?;
    if !copy {
        keep(store, &json).await;
    }
    Ok(glance.with_waiting(&store.pending.get_untracked()))
}

/// One aftale from the kept copy (offline), with its version.
pub async fn aftale_from_copy(id: Uuid) -> Option<Aftale> {
    let plan = device::get::<Plan>(PLAN_COPY).await?;
    plan.aftaler.into_iter().find(|a| a.id == id)
}
