//! The sends of the writes that belong to an area's pages (Min plan's aftaler and meeting notes, jobmål,
//! progression, targeted CV), moved out of the outbox (`store::outbox`) so their requests, replies and serde live
//! in the area's wasm module, not the first screen's. The outbox reaches them through `crate::areas::sends`
//! (split points); natively directly.

use crate::api::{self, ApiError};
use crate::domain::abc::{Change, apply_all};
use crate::domain::outbox::{self, AftaleChange, Doc, Pending, Resolution, Write};
use crate::store::outbox::{Failure, Reply, Sending, fail};
use contract::cv::TargetedCvInput;
use contract::jobgoal::{AbcCanvasInput, JobGoalInput};
use contract::plan::MeetingPrep;
use contract::progression::{ProgressionGoalInput, WeekEntryInput};
use contract::rehearsal::{RehearsalInput, TalkingScriptInput};
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// The document a write carries; one that does not read as its type cannot be sent, and is refused (it stays
/// in the list for the borger to see) rather than dropped.
fn read<T: DeserializeOwned>(doc: &Doc) -> Result<T, Failure> {
    doc.read().ok_or(Failure::Refused(ApiError::Invalid(Vec::new())))
}

/// Sends a write of "Min plan": a change to an aftale, or the notes for a meeting.
pub fn plan(p: Pending) -> Sending {
    Box::pin(async move {
        match &p.write {
            Write::Aftale(c) => send_aftale(c).await,
            Write::Prep { meeting, base_version, base_notes, notes } => {
                send_prep(*meeting, *base_version, base_notes, notes).await
            }
            _ => Err(Failure::Refused(ApiError::NotFound)),
        }
    })
}

/// Sends a write of "Mine jobmål": a jobmål, the talking script, the ABC canvas or a practice round.
pub fn jobgoals(p: Pending) -> Sending {
    Box::pin(async move {
        match &p.write {
            Write::JobGoal { id: None, input, .. } => {
                let input: JobGoalInput = read(input)?;
                create(api::jobgoals::create(&input, p.id), Reply::JobGoal).await
            }
            Write::JobGoal { id: Some(id), base_version, input } => {
                let input: JobGoalInput = read(input)?;
                let input = &input;
                replace(
                    *base_version,
                    async |v| api::jobgoals::update(*id, v, input).await.map(|g| g.value),
                    async || api::jobgoals::get(*id).await.map(|g| g.value).map_err(fail),
                    |g| (g.version, g.content == *input),
                    Reply::JobGoal,
                )
                .await
            }
            Write::Script { base_version, input } => {
                let input: TalkingScriptInput = read(input)?;
                let input = &input;
                replace(
                    *base_version,
                    async |v| api::rehearsals::put_script(v, input).await.map(|s| s.value),
                    async || api::rehearsals::script().await.map(|s| s.value).map_err(fail),
                    |s| (s.version, s.content == *input),
                    Reply::Script,
                )
                .await
            }
            Write::Canvas { base_version, base, changes } => {
                let base: AbcCanvasInput = read(base)?;
                let changes = changes.iter().map(read).collect::<Result<Vec<Change>, _>>()?;
                send_canvas(*base_version, &base, &changes).await
            }
            Write::Rehearsal { input } => {
                let input: RehearsalInput = read(input)?;
                create(api::rehearsals::create(&input, p.id), Reply::Rehearsal).await
            }
            _ => Err(Failure::Refused(ApiError::NotFound)),
        }
    })
}

/// Sends a write of "Min udvikling": a week or a proposed progressionsmål.
pub fn progression(p: Pending) -> Sending {
    Box::pin(async move {
        match &p.write {
            Write::Week { id: None, input, .. } => {
                let input: WeekEntryInput = read(input)?;
                create(api::progression::create_week(&input, p.id), Reply::Week).await
            }
            Write::Week { id: Some(id), base_version, input } => {
                let input: WeekEntryInput = read(input)?;
                let input = &input;
                let find = async || {
                    let all = api::progression::get().await.map_err(fail)?;
                    all.weeks.into_iter().find(|w| w.id == *id).ok_or(Failure::Refused(ApiError::NotFound))
                };
                replace(
                    *base_version,
                    async |v| api::progression::update_week(*id, v, input).await.map(|w| w.value),
                    find,
                    |w| (w.version, w.content == *input),
                    Reply::Week,
                )
                .await
            }
            Write::Proposal { input } => {
                let input: ProgressionGoalInput = read(input)?;
                create(api::progression::propose_goal(&input, p.id), Reply::Goal).await
            }
            _ => Err(Failure::Refused(ApiError::NotFound)),
        }
    })
}

/// Sends a targeted CV (replaced whole).
pub fn cv(p: Pending) -> Sending {
    Box::pin(async move {
        match &p.write {
            Write::Targeted { id, base_version, input } => {
                let input: TargetedCvInput = read(input)?;
                let input = &input;
                replace(
                    *base_version,
                    async |v| api::cv::targeted_update(*id, v, input).await.map(|t| t.value),
                    async || api::cv::targeted_get(*id).await.map(|t| t.value).map_err(fail),
                    |t| (t.version, t.content == *input),
                    Reply::Targeted,
                )
                .await
            }
            _ => Err(Failure::Refused(ApiError::NotFound)),
        }
    })
}

/// Creates a document (the write's id is the `Idempotency-Key`, so a retry never makes two).
async fn create<T>(
    sent: impl Future<Output = Result<api::client::Versioned<T>, ApiError>>,
    reply: fn(T) -> Reply,
) -> Result<Reply, Failure> {
    sent.await.map(|v| reply(v.value)).map_err(fail)
}

/// Replaces a whole document with `put(version)`; with no version (`base` < 0: "send anyway") the newest is
/// read first. After a 412 the newest decides: exactly what was sent (the answer to an earlier send was lost)
/// has landed; anything else goes to the borger to choose. `seen` gives a version and whether it is what was
/// sent.
async fn replace<T>(
    base: i64,
    put: impl AsyncFn(i64) -> Result<T, ApiError>,
    newest: impl AsyncFn() -> Result<T, Failure>,
    seen: impl Fn(&T) -> (i64, bool),
    reply: fn(T) -> Reply,
) -> Result<Reply, Failure> {
    let version = if base < 0 { seen(&newest().await?).0 } else { base };
    match put(version).await {
        Ok(v) => Ok(reply(v)),
        Err(ApiError::Conflict(_)) => {
            let latest = newest().await?;
            if seen(&latest).1 { Ok(reply(latest)) } else { Err(Failure::Conflict(Box::new(reply(latest)))) }
        }
        Err(e) => Err(fail(e)),
    }
}

/// Points added or removed on the canvas: after a 412 the same changes go on the newest canvas (a point never
/// conflicts with another), and a canvas that already has them (an answer was lost) means they landed.
async fn send_canvas(base_version: i64, base: &AbcCanvasInput, changes: &[Change]) -> Result<Reply, Failure> {
    let (mut version, mut on) = (base_version, base.clone());
    for _ in 0..3 {
        if version < 0 {
            let latest = api::jobgoals::canvas().await.map_err(fail)?.value;
            (version, on) = (latest.version, latest.content);
        }
        match api::jobgoals::put_canvas(version, &apply_all(on.clone(), changes)).await {
            Ok(v) => return Ok(Reply::Canvas(v.value)),
            Err(ApiError::Conflict(_)) => {
                let latest = api::jobgoals::canvas().await.map_err(fail)?.value;
                if apply_all(latest.content.clone(), changes) == latest.content {
                    return Ok(Reply::Canvas(latest));
                }
                (version, on) = (latest.version, latest.content);
            }
            Err(e) => return Err(fail(e)),
        }
    }
    Err(Failure::Later)
}

/// "Det vil jeg tale om": after a 412 a meeting whose notes are still what the borger started from is sent on
/// its new version (only its details changed); other notes go to the borger.
async fn send_prep(meeting: Uuid, base_version: i64, base_notes: &str, notes: &str) -> Result<Reply, Failure> {
    let prep = MeetingPrep { prep_notes: notes.to_owned() };
    let mut version = base_version;
    for _ in 0..3 {
        if version < 0 {
            version = api::plan::meeting(meeting).await.map_err(fail)?.value.version;
        }
        match api::plan::save_prep(meeting, version, &prep).await {
            Ok(v) => return Ok(Reply::Meeting(v.value)),
            Err(ApiError::Conflict(_)) => {
                let latest = api::plan::meeting(meeting).await.map_err(fail)?.value;
                if latest.prep_notes == notes {
                    return Ok(Reply::Meeting(latest));
                }
                if latest.prep_notes != base_notes {
                    return Err(Failure::Conflict(Box::new(Reply::Meeting(latest))));
                }
                // Only the meeting's details changed: the notes are as the borger saw them.
                version = latest.version;
            }
            Err(e) => return Err(fail(e)),
        }
    }
    Err(Failure::Later)
}

async fn send_aftale(c: &AftaleChange) -> Result<Reply, Failure> {
    let mut version = c.base_version;
    if version < 0 {
        version = api::plan::aftale(c.aftale).await.map_err(fail)?.value.version;
    }
    for _ in 0..3 {
        match api::plan::update_aftale(c.aftale, version, &c.change).await {
            Ok(v) => return Ok(Reply::Aftale(v.value)),
            Err(ApiError::Conflict(_)) => {
                let server = api::plan::aftale(c.aftale).await.map_err(fail)?.value;
                match outbox::after_conflict(c, &server) {
                    Resolution::AlreadyThere => return Ok(Reply::Aftale(server)),
                    Resolution::SendOn(v) => version = v,
                    Resolution::Conflict if c.base_version < 0 => version = server.version,
                    Resolution::Conflict => return Err(Failure::Conflict(Box::new(Reply::Aftale(server)))),
                }
            }
            Err(e) => return Err(fail(e)),
        }
    }
    Err(Failure::Later)
}
