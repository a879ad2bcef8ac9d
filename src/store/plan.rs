//! Min plan on the device (issue #6): the last plan fetched, kept encrypted so it can be read offline, shown
//! with what still waits in the outbox (`store::outbox`).

use crate::api::{self, ApiError};
use crate::domain::outbox;
use crate::store::device;
use crate::store::outbox::Outbox;
use contract::plan::{Aftale, Plan};
use leptos::prelude::*;
use uuid::Uuid;

const PLAN_COPY: &str = "plan";

/// The plan from the server, kept on the device for offline reading; without network, the kept copy. Either
/// way with what waits in the outbox shown. The bool is true for a copy.
pub async fn load(store: Outbox) -> Result<(Plan, bool), ApiError> {
    match api::plan::get().await {
        Ok(plan) => {
            // The key may still be on its way at start; the copy is only kept where copies may be.
            let who = store.session().session().filter(|s| !s.shared_device).map(|s| s.borger.id);
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
