//! Changes to aftaler made without a network (Min plan, issue #6): each waits in an outbox on the device and
//! is sent when the network returns, exactly once. Pure logic: how a waiting change shows in the plan copy,
//! and what to do when the server's aftale moved on meanwhile (412).

use contract::plan::{Aftale, AftaleStatus, AftaleUpdate, Plan};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The fields of an aftale the borger can change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fields {
    /// Status.
    pub status: AftaleStatus,
    /// The short note to the status.
    pub status_note: String,
    /// The borger's comment.
    pub borger_comment: String,
}

impl Fields {
    /// The changeable fields of `a`.
    pub fn of(a: &Aftale) -> Self {
        Fields { status: a.status, status_note: a.status_note.clone(), borger_comment: a.borger_comment.clone() }
    }

    /// These fields with `change` applied.
    pub fn with(&self, change: &AftaleUpdate) -> Self {
        Fields {
            status: change.status.unwrap_or(self.status),
            status_note: change.status_note.clone().unwrap_or_else(|| self.status_note.clone()),
            borger_comment: change.borger_comment.clone().unwrap_or_else(|| self.borger_comment.clone()),
        }
    }
}

/// Where a waiting change stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    /// Waits for the network.
    Waiting,
    /// The jobformidler or another device changed the same field meanwhile: the borger chooses.
    Conflict,
    /// The server refused it (no longer the borger's task, the aftale is gone, or the text is not valid).
    Refused,
}

/// One change waiting to be sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    /// Its own id (for the list on screen).
    pub id: Uuid,
    /// The aftale it changes.
    pub aftale: Uuid,
    /// The aftale's title when the change was made, to name it in the list.
    pub title: String,
    /// The version the change was made on (sent as `If-Match`).
    pub base_version: i64,
    /// The fields as they were when the change was made.
    pub base: Fields,
    /// The change.
    pub change: AftaleUpdate,
    /// Where it stands.
    pub state: State,
}

impl Pending {
    /// A change made to `a` now.
    pub fn new(a: &Aftale, change: AftaleUpdate) -> Self {
        Pending {
            id: Uuid::new_v4(),
            aftale: a.id,
            title: a.content.title.clone(),
            base_version: a.version,
            base: Fields::of(a),
            change,
            state: State::Waiting,
        }
    }
}

/// Adds `next` to the outbox. A later change to the same aftale is folded into the one already waiting, so
/// the server gets one change with the borger's latest values, based on the version the first one saw.
pub fn push(outbox: &mut Vec<Pending>, next: Pending) {
    if let Some(p) = outbox.iter_mut().find(|p| p.aftale == next.aftale && p.state == State::Waiting) {
        let c = &next.change;
        p.change = AftaleUpdate {
            status: c.status.or(p.change.status),
            status_note: c.status_note.clone().or(p.change.status_note.take()),
            borger_comment: c.borger_comment.clone().or(p.change.borger_comment.take()),
        };
    } else {
        outbox.push(next);
    }
}

/// The aftale as the borger will see it once what waits has landed.
pub fn apply_to(a: &mut Aftale, outbox: &[Pending]) {
    for p in outbox.iter().filter(|p| p.aftale == a.id && p.state == State::Waiting) {
        let f = Fields::of(a).with(&p.change);
        (a.status, a.status_note, a.borger_comment) = (f.status, f.status_note, f.borger_comment);
    }
}

/// The plan copy with every waiting change shown.
pub fn apply(plan: &mut Plan, outbox: &[Pending]) {
    for a in &mut plan.aftaler {
        apply_to(a, outbox);
    }
}

/// What to do with a change the server answered 412 to.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// The server already has exactly these values (the first send landed, its answer was lost): done.
    AlreadyThere,
    /// Others changed only fields this change leaves alone: send it again on the server's version.
    SendOn(i64),
    /// Someone changed a field this change also changes: the borger chooses.
    Conflict,
}

/// Decides, from the server's current aftale, what happens to `p` after a 412.
pub fn after_conflict(p: &Pending, server: &Aftale) -> Resolution {
    let now = Fields::of(server);
    let mine = p.base.with(&p.change);
    let c = &p.change;
    let same = |changed: bool, a: bool| !changed || a;
    if same(c.status.is_some(), now.status == mine.status)
        && same(c.status_note.is_some(), now.status_note == mine.status_note)
        && same(c.borger_comment.is_some(), now.borger_comment == mine.borger_comment)
    {
        return Resolution::AlreadyThere;
    }
    let untouched = same(c.status.is_some(), now.status == p.base.status)
        && same(c.status_note.is_some(), now.status_note == p.base.status_note)
        && same(c.borger_comment.is_some(), now.borger_comment == p.base.borger_comment);
    if untouched { Resolution::SendOn(server.version) } else { Resolution::Conflict }
}

#[cfg(test)]
mod tests;
