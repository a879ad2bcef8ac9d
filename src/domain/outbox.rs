//! The outbox (issues #6 and #8): every write an editor makes that could not reach the server waits here and
//! is sent when it can, exactly once. Pure logic: what a write is, how later writes fold into a waiting one,
//! how a waiting aftale change shows in the plan copy, and what to do when the server moved on (412).

use crate::domain::abc::Change;
use contract::plan::{Aftale, AftaleStatus, AftaleUpdate, Plan};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use uuid::Uuid;

/// An area's document in a waiting write (a jobmål, a week, a targeted CV, …), kept as the JSON text it is
/// sent as. Only the area's own code reads it (`store::sends`, the editors), so the start of the app, which
/// reads the outbox from the device, does not carry every area's deserializers. It is stored exactly as the
/// typed value was, so outboxes written before keep their meaning.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Doc(Box<RawValue>);

impl Doc {
    /// `value` as JSON text. Our documents have string keys only, so this cannot fail; if it ever did, the
    /// write would carry `null`, which the area refuses to send, and the borger sees it as refused, not lost.
    pub fn of<T: Serialize>(value: &T) -> Self {
        Doc(serde_json::value::to_raw_value(value).unwrap_or_else(|_| RawValue::NULL.to_owned()))
    }

    /// The document that is `raw`.
    pub fn from_raw(raw: Box<RawValue>) -> Self {
        Doc(raw)
    }

    /// The document, if it is one of type `T`.
    pub fn read<T: DeserializeOwned>(&self) -> Option<T> {
        serde_json::from_str(self.0.get()).ok()
    }
}

impl PartialEq for Doc {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

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
    /// The jobformidler or another device changed the same thing meanwhile: the borger chooses.
    Conflict,
    /// The server refused it (no longer the borger's, gone, or the text is not valid).
    Refused,
}

/// Why the server refused a waiting write, kept with it so the list and the editor can say why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// It is no longer the borger's to change (403).
    NotAllowed,
    /// It no longer exists (404).
    Gone,
    /// The same thing already exists, e.g. the week was noted on another device meanwhile (422 `duplicate`).
    Duplicate,
    /// Something in it does not pass the server's checks (422).
    Invalid,
    /// It is too large (413).
    TooLarge,
    /// Any other refusal.
    Other,
}

/// A change to an aftale's status, note or comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AftaleChange {
    /// The aftale it changes.
    pub aftale: Uuid,
    /// The version the change was made on (sent as `If-Match`).
    pub base_version: i64,
    /// The fields as they were when the change was made.
    pub base: Fields,
    /// The change.
    pub change: AftaleUpdate,
}

/// What a waiting write does on the server. Every editor's write is one of these, so one outbox sends them
/// all (`store::outbox`): with `If-Match` where a version exists, with the entry's id as `Idempotency-Key`
/// where something new is made, so a retry never makes two. Stored as serde writes an enum; read back by
/// `wire`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Write {
    /// Status or comment on an aftale (Min plan).
    Aftale(AftaleChange),
    /// "Det vil jeg tale om" for a meeting; `base_notes` are the notes the borger started from.
    Prep { meeting: Uuid, base_version: i64, base_notes: String, notes: String },
    /// A jobmål (`JobGoalInput`), new (`id` None) or changed.
    JobGoal { id: Option<Uuid>, base_version: i64, input: Doc },
    /// A week in Min udvikling (`WeekEntryInput`), new or corrected.
    Week { id: Option<Uuid>, base_version: i64, input: Doc },
    /// A practice round (`RehearsalInput`, Øv din fremlæggelse).
    Rehearsal { input: Doc },
    /// The talking script (`TalkingScriptInput`), replaced whole.
    Script { base_version: i64, input: Doc },
    /// Points added to or removed from the ABC canvas (each a `domain::abc::Change`), made on `base` (an
    /// `AbcCanvasInput`, version `base_version`). After a 412 the same changes are applied to the newest canvas:
    /// a point never conflicts with another.
    Canvas { base_version: i64, base: Doc, changes: Vec<Doc> },
    /// A targeted CV (`TargetedCvInput`), replaced whole.
    Targeted { id: Uuid, base_version: i64, input: Doc },
    /// A proposed progressionsmål (`ProgressionGoalInput`, only ever created).
    Proposal { input: Doc },
}

/// One write waiting to be sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    /// Its own id: the list key, and the `Idempotency-Key` of a create.
    pub id: Uuid,
    /// Which editor it comes from ("aftale/<id>", "prep/<id>", "jobgoal/new", …): a later write from the same
    /// editor replaces or folds into it, and the editor finds its state by it.
    pub name: String,
    /// What it is about, to name it in the list ("Søg 2 job om ugen", "Uge 47").
    pub title: String,
    /// The write.
    pub write: Write,
    /// Where it stands.
    pub state: State,
    /// What the editors' keepers held when it was written, as JSON text by device name (`store::draft`): when
    /// it lands, a copy that still holds exactly this is no longer needed, even if the editor is not open.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub typed: Vec<(String, String)>,
    /// Why the server refused it (with `State::Refused`; an outbox kept before this field existed reads as none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<Refusal>,
    /// The document it writes, where neither the editor's name nor an id says so: a week's ISO week and job
    /// ("2026-W47/1"), which the weekly form and the week's own page both write. Set by the editor, which reads
    /// its own input; [`moot`] compares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

impl Pending {
    /// A change made to aftale `a` now.
    pub fn new(a: &Aftale, change: AftaleUpdate) -> Self {
        let write = Write::Aftale(AftaleChange { aftale: a.id, base_version: a.version, base: Fields::of(a), change });
        Pending::of(format!("aftale/{}", a.id), a.content.title.clone(), write)
    }

    /// Any other write, from the editor called `name`.
    pub fn of(name: String, title: String, write: Write) -> Self {
        let (state, typed) = (State::Waiting, Vec::new());
        Pending { id: Uuid::new_v4(), name, title, write, state, typed, refusal: None, about: None }
    }

    /// The aftale change, if this is one.
    pub fn aftale_change(&self) -> Option<&AftaleChange> {
        match &self.write {
            Write::Aftale(c) => Some(c),
            _ => None,
        }
    }

    /// The aftale this changes, if any.
    pub fn aftale(&self) -> Option<Uuid> {
        self.aftale_change().map(|c| c.aftale)
    }

    /// Sent as if made on the server's newest version ("send my change anyway").
    pub fn rebase_on_newest(&mut self) {
        match &mut self.write {
            Write::Aftale(AftaleChange { base_version, .. })
            | Write::Prep { base_version, .. }
            | Write::JobGoal { base_version, .. }
            | Write::Week { base_version, .. }
            | Write::Script { base_version, .. }
            | Write::Canvas { base_version, .. }
            | Write::Targeted { base_version, .. } => *base_version = -1,
            Write::Rehearsal { .. } | Write::Proposal { .. } => {}
        }
        self.state = State::Waiting;
        self.refusal = None;
    }
}

/// Adds `next` to the outbox. A later change to the same aftale is folded into the one already waiting, so
/// the server gets one change with the borger's latest values, based on the version the first one saw. Any
/// other editor's later write replaces its earlier one (it holds the whole text), keeping its id, so a create
/// that may already have landed is not made twice; later canvas changes are added to the waiting ones.
pub fn push(outbox: &mut Vec<Pending>, next: Pending) {
    // A practice round or a proposal is a new record each time, with its own key: a second one made while the
    // first waits is not a newer text of the first and must not replace it. Only a retry (same key) folds.
    let own_record = matches!(next.write, Write::Rehearsal { .. } | Write::Proposal { .. });
    let folds = |p: &&mut Pending| p.name == next.name && p.state == State::Waiting && (!own_record || p.id == next.id);
    let Some(p) = outbox.iter_mut().find(folds) else {
        outbox.push(next);
        return;
    };
    match (&mut p.write, next.write) {
        (Write::Aftale(p), Write::Aftale(n)) => {
            let c = &n.change;
            p.change = AftaleUpdate {
                status: c.status.or(p.change.status),
                status_note: c.status_note.clone().or(p.change.status_note.take()),
                borger_comment: c.borger_comment.clone().or(p.change.borger_comment.take()),
            };
        }
        (Write::Prep { notes, .. }, Write::Prep { notes: newer, .. }) => *notes = newer,
        (Write::JobGoal { input, .. }, Write::JobGoal { input: newer, .. }) => *input = newer,
        (Write::Week { input, .. }, Write::Week { input: newer, .. }) => *input = newer,
        (Write::Rehearsal { input }, Write::Rehearsal { input: newer }) => *input = newer,
        (Write::Script { input, .. }, Write::Script { input: newer, .. }) => *input = newer,
        (Write::Canvas { changes, .. }, Write::Canvas { changes: newer, .. }) => changes.extend(newer),
        (Write::Targeted { input, .. }, Write::Targeted { input: newer, .. }) => *input = newer,
        (Write::Proposal { input }, Write::Proposal { input: newer }) => *input = newer,
        (slot, other) => *slot = other,
    }
    p.title = next.title;
    for (name, value) in next.typed {
        match p.typed.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => p.typed.push((name, value)),
        }
    }
}

/// What has left an outbox in this tab since the borger logged in: writes sent, made moot or given up, and the
/// sent ones themselves. A read of the device that was under way when a write left can end after it, and must
/// not bring that write back, nor a refusal that a write sent meanwhile has made moot ([`take_in`]).
#[derive(Debug, Default)]
pub struct Left {
    ids: Vec<Uuid>,
    landed: Vec<Pending>,
}

impl Left {
    /// Notes writes dropped from the list (made moot or given up).
    pub fn dropped(&mut self, ids: impl IntoIterator<Item = Uuid>) {
        self.ids.extend(ids);
    }

    /// Notes a write the server has taken. Kept without the editors' drafts (`typed`), which [`moot`] does not
    /// read: they can be many times the write's size, and this list lasts the whole session.
    pub fn landed(&mut self, p: &Pending) {
        self.ids.push(p.id);
        self.landed.push(Pending { typed: Vec::new(), ..p.clone() });
    }
}

/// Puts what the device kept (`kept`) before what this tab added to `list`, leaving out what the list has already
/// and what has [`Left`] it. True if anything joined.
pub fn take_in(list: &mut Vec<Pending>, kept: Vec<Pending>, left: &Left) -> bool {
    let wanted = |p: &Pending| {
        !left.ids.contains(&p.id)
            && list.iter().all(|x| x.id != p.id)
            && left.landed.iter().all(|l| moot(std::slice::from_ref(p), l).is_empty())
    };
    let new: Vec<Pending> = kept.into_iter().filter(wanted).collect();
    let joined = !new.is_empty();
    list.splice(0..0, new);
    joined
}

/// The writes that `landed` has made moot: ones the server refused or disputed (never waiting ones, which still
/// carry changes of their own) about the same whole document, which `landed` has now replaced on the server:
/// the same week and job, jobmål, targeted CV, meeting notes or talking script. A week refused from the weekly
/// form and then corrected on the week's own page is such a pair: the two editors have different names, and
/// without this the refusal stayed in the list until the borger removed it by hand. Changes that are not whole
/// (an aftale's status or comment, canvas points) and records of their own (practice rounds, proposals) are
/// never moot.
pub fn moot(outbox: &[Pending], landed: &Pending) -> Vec<Uuid> {
    let stuck = outbox.iter().filter(|p| p.state != State::Waiting && p.id != landed.id);
    let same = |p: &&Pending| (p.about.is_some() && p.about == landed.about) || same_document(&p.write, &landed.write);
    stuck.filter(same).map(|p| p.id).collect()
}

fn same_document(a: &Write, b: &Write) -> bool {
    match (a, b) {
        (Write::Week { id: Some(x), .. }, Write::Week { id: Some(y), .. }) => x == y,
        (Write::JobGoal { id: Some(x), .. }, Write::JobGoal { id: Some(y), .. }) => x == y,
        (Write::Targeted { id: x, .. }, Write::Targeted { id: y, .. }) => x == y,
        (Write::Prep { meeting: x, .. }, Write::Prep { meeting: y, .. }) => x == y,
        (Write::Script { .. }, Write::Script { .. }) => true,
        _ => false,
    }
}

/// The canvas changes that wait to be sent (shown on the canvas as if they had landed).
pub fn canvas_changes(outbox: &[Pending]) -> Vec<Change> {
    let waiting = outbox.iter().filter(|p| p.state == State::Waiting);
    waiting
        .filter_map(|p| match &p.write {
            Write::Canvas { changes, .. } => Some(changes.iter().filter_map(Doc::read::<Change>)),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The changes to `aftale` that wait to be sent, oldest first.
fn waiting_for(aftale: Uuid, outbox: &[Pending]) -> impl Iterator<Item = &AftaleChange> {
    let waiting = outbox.iter().filter(|p| p.state == State::Waiting).filter_map(Pending::aftale_change);
    waiting.filter(move |c| c.aftale == aftale)
}

/// The aftale as the borger will see it once what waits has landed.
pub fn apply_to(a: &mut Aftale, outbox: &[Pending]) {
    for p in waiting_for(a.id, outbox) {
        let f = Fields::of(a).with(&p.change);
        (a.status, a.status_note, a.borger_comment) = (f.status, f.status_note, f.borger_comment);
    }
}

/// The status of `aftale`, now `status`, once what waits has landed.
pub fn status_after(aftale: Uuid, status: AftaleStatus, outbox: &[Pending]) -> AftaleStatus {
    waiting_for(aftale, outbox).fold(status, |s, c| c.change.status.unwrap_or(s))
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
pub fn after_conflict(p: &AftaleChange, server: &Aftale) -> Resolution {
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

mod wire;

#[cfg(test)]
mod tests;
