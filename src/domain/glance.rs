//! The forside's glance at Min plan: only what "Næste møde" and "Næste opgave" read. The forside reads the plan
//! as this small type instead of the whole `contract::plan::Plan`, so the first screen does not carry the code
//! that reads every field of an aftale and a meeting (that code comes with Min plan). The rules are the same:
//! `domain::plan`'s `first_meeting` and `first_task` read both shapes. It is read through `JsonObject` (one loop
//! over an object's keys), not serde's derive, which made a visitor for each of the five types below (about 1 KB
//! brotli of the first screen); the tests check it reads what the derive of `Plan` writes.

use crate::domain::json_object::JsonObject;
use crate::domain::json_text::{FromJson, named};
use crate::domain::outbox::{Pending, status_after};
use crate::domain::plan::{Slot, Task, first_meeting, first_task};
use contract::plan::{AftaleStatus, Owner};
use contract::wire_time::{parse_date, parse_rfc3339};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// The plan as the forside reads it (the same JSON as `Plan`; other fields are passed over).
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    /// The aftaler.
    pub aftaler: Vec<TaskGlance>,
    /// The meetings.
    pub meetings: Vec<MeetingGlance>,
}

/// An aftale as the forside reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskGlance {
    /// Id.
    pub id: Uuid,
    /// Where it stands.
    pub status: AftaleStatus,
    /// What was agreed.
    pub content: TaskText,
}

/// The part of an aftale's content the forside shows or sorts by.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskText {
    /// Short title.
    pub title: String,
    /// Who does it.
    pub owner: Owner,
    /// By when, if it has a date.
    pub due: Option<Date>,
}

/// A meeting as the forside reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingGlance {
    /// What the jobcenter set up.
    pub content: MeetingTime,
}

/// The part of a meeting's content the forside shows or sorts by.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingTime {
    /// The meeting's name.
    pub title: String,
    /// Start.
    pub starts_at: OffsetDateTime,
    /// Expected length in minutes.
    pub duration_minutes: u16,
}

impl Task for TaskGlance {
    fn owner(&self) -> Owner {
        self.content.owner
    }
    fn status(&self) -> AftaleStatus {
        self.status
    }
    fn due(&self) -> Option<Date> {
        self.content.due
    }
}

impl Slot for MeetingGlance {
    fn starts_at(&self) -> OffsetDateTime {
        self.content.starts_at
    }
    fn minutes(&self) -> u16 {
        self.content.duration_minutes
    }
}

impl Glance {
    /// Reads the plan's JSON, as the server sends it and the device keeps it.
    pub fn read(json: &str) -> Option<Self> {
        let f = JsonObject::parse(json)?;
        Some(Glance {
            aftaler: f.read::<Vec<JsonObject>>("aftaler")?.iter().map(task).collect::<Option<_>>()?,
            meetings: f.read::<Vec<JsonObject>>("meetings")?.iter().map(meeting).collect::<Option<_>>()?,
        })
    }

    /// The glance as the borger will see it once the status changes that wait in `outbox` have landed.
    pub fn with_waiting(mut self, outbox: &[Pending]) -> Self {
        for a in &mut self.aftaler {
            a.status = status_after(a.id, a.status, outbox);
        }
        self
    }

    /// The first meeting that has not ended at `now`.
    pub fn next_meeting(&self, now: OffsetDateTime) -> Option<&MeetingTime> {
        first_meeting(&self.meetings, now).map(|m| &m.content)
    }

    /// The borger's own open task that is due first.
    pub fn next_task(&self) -> Option<&TaskText> {
        first_task(&self.aftaler).map(|a| &a.content)
    }
}

fn task(f: &JsonObject) -> Option<TaskGlance> {
    let c: JsonObject = f.read("content")?;
    // `due` may be missing or null.
    let due = match c.read_or_default::<Option<String>>("due")? {
        Some(text) => Some(parse_date(&text)?),
        None => None,
    };
    Some(TaskGlance {
        id: f.read("id")?,
        status: f.read("status")?,
        content: TaskText { title: c.read("title")?, owner: c.read("owner")?, due },
    })
}

/// The contract's name of each status (`#[serde(rename_all = "snake_case")]`).
const STATUSES: [(&str, AftaleStatus); 4] = [
    ("agreed", AftaleStatus::Agreed),
    ("in_progress", AftaleStatus::InProgress),
    ("done", AftaleStatus::Done),
    ("not_done", AftaleStatus::NotDone),
];

/// The contract's name of each owner.
const OWNERS: [(&str, Owner); 4] = [
    ("borger", Owner::Borger),
    ("jobformidler", Owner::Jobformidler),
    ("virksomhed", Owner::Virksomhed),
    ("faelles", Owner::Faelles),
];

impl FromJson for AftaleStatus {
    fn from_json(text: &str) -> Option<Self> {
        named(&STATUSES, text)
    }
}

impl FromJson for Owner {
    fn from_json(text: &str) -> Option<Self> {
        named(&OWNERS, text)
    }
}

fn meeting(f: &JsonObject) -> Option<MeetingGlance> {
    let c: JsonObject = f.read("content")?;
    Some(MeetingGlance {
        content: MeetingTime {
            title: c.read("title")?,
            starts_at: parse_rfc3339(&c.read::<String>("starts_at")?)?,
            duration_minutes: c.read("duration_minutes")?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::outbox::{self, State};
    use crate::domain::plan::fixtures::{aftale, meeting, plan};
    use crate::domain::plan::{next_meeting, next_task};
    use contract::plan::{AftaleUpdate, Plan};
    use time::macros::{date, datetime};

    /// Every status and owner. The matches below do not compile when the contract gets a new one, which sends
    /// whoever adds it here and to the tables.
    #[test]
    fn the_tables_name_each_status_and_owner_once_as_the_contract_does() {
        for (i, (name, status)) in STATUSES.iter().enumerate() {
            let (AftaleStatus::Agreed | AftaleStatus::InProgress | AftaleStatus::Done | AftaleStatus::NotDone) = status;
            assert!(!STATUSES[..i].iter().any(|(_, s)| s == status), "{status:?} twice");
            assert_eq!(serde_json::to_string(status).unwrap(), format!("\"{name}\""));
            assert_eq!(AftaleStatus::from_json(&format!("\"{name}\"")), Some(*status));
        }
        for (i, (name, owner)) in OWNERS.iter().enumerate() {
            let (Owner::Borger | Owner::Jobformidler | Owner::Virksomhed | Owner::Faelles) = owner;
            assert!(!OWNERS[..i].iter().any(|(_, o)| o == owner), "{owner:?} twice");
            assert_eq!(serde_json::to_string(owner).unwrap(), format!("\"{name}\""));
            assert_eq!(Owner::from_json(&format!("\"{name}\"")), Some(*owner));
        }
        for bad in ["\"Done\"", "\"\"", "3", "null", "\"done "] {
            assert_eq!(AftaleStatus::from_json(bad), None, "{bad}");
            assert_eq!(Owner::from_json(bad), None, "{bad}");
        }
    }

    fn glance(p: &Plan) -> Option<Glance> {
        Glance::read(&serde_json::to_string(p).unwrap_or_default())
    }

    fn sample() -> Plan {
        plan(
            vec![
                aftale("theirs, due first", Owner::Jobformidler, AftaleStatus::Agreed, Some(date!(2026 - 11 - 23))),
                aftale("mine, done", Owner::Borger, AftaleStatus::Done, Some(date!(2026 - 11 - 24))),
                aftale("mine, undated", Owner::Borger, AftaleStatus::InProgress, None),
                aftale("shared, dated", Owner::Faelles, AftaleStatus::Agreed, Some(date!(2026 - 12 - 02))),
                aftale("mine, dated", Owner::Borger, AftaleStatus::Agreed, Some(date!(2026 - 11 - 30))),
            ],
            vec![
                meeting(datetime!(2026-12-10 09:00 UTC)),
                meeting(datetime!(2026-11-22 10:00 UTC)),
                meeting(datetime!(2026-11-01 10:00 UTC)),
            ],
        )
    }

    #[test]
    fn the_glance_finds_the_same_next_meeting_and_task_as_the_whole_plan() {
        let p = sample();
        let Some(g) = glance(&p) else { panic!("the plan's JSON does not read as a glance") };
        for now in [datetime!(2026-11-22 10:30 UTC), datetime!(2026-11-22 11:30 UTC), datetime!(2026-12-11 09:00 UTC)] {
            let whole = next_meeting(&p, now).map(|m| m.content.starts_at);
            assert_eq!(g.next_meeting(now).map(|m| m.starts_at), whole, "at {now}");
        }
        assert_eq!(g.next_meeting(datetime!(2026-11-22 10:30 UTC)).map(|m| m.duration_minutes), Some(60));
        assert_eq!(g.next_task().map(|t| t.title.as_str()), Some("mine, dated"));
        assert_eq!(g.next_task().map(|t| t.title.as_str()), next_task(&p).map(|a| a.content.title.as_str()));
        assert_eq!(g.next_task().and_then(|t| t.due), Some(date!(2026 - 11 - 30)));
    }

    #[test]
    fn a_status_change_that_waits_counts_as_made_as_in_min_plan() {
        let mut p = sample();
        let done = AftaleUpdate { status: Some(AftaleStatus::Done), status_note: None, borger_comment: None };
        let comment = AftaleUpdate { status: None, status_note: None, borger_comment: Some("Ringet".into()) };
        let mut waiting = vec![outbox::Pending::new(&p.aftaler[4], done.clone())];
        waiting.push(outbox::Pending::new(&p.aftaler[3], comment));
        let Some(g) = glance(&p).map(|g| g.with_waiting(&waiting)) else { panic!("no glance") };
        outbox::apply(&mut p, &waiting);
        assert_eq!(g.next_task().map(|t| t.title.as_str()), Some("shared, dated"));
        assert_eq!(g.next_task().map(|t| t.title.as_str()), next_task(&p).map(|a| a.content.title.as_str()));
        // A change the server refused is not shown as made.
        let mut refused = vec![outbox::Pending::new(&sample().aftaler[4], done)];
        refused[0].state = State::Refused;
        let Some(g) = glance(&sample()).map(|g| g.with_waiting(&refused)) else { panic!("no glance") };
        assert_eq!(g.next_task().map(|t| t.title.as_str()), Some("mine, dated"));
    }

    #[test]
    fn fields_the_forside_does_not_read_may_be_missing_or_new_but_its_own_may_not() {
        let json = r#"{"aftaler":[{"id":"00000000-0000-4000-8000-000000000001","status":"agreed","later":1,
            "content":{"title":"Ring til Netto","owner":"borger"}}],"meetings":[],"fetched_at":"x"}"#;
        let Some(g) = Glance::read(json) else { panic!("a glance without the fields it passes over does not read") };
        assert_eq!(g.next_task().map(|t| (t.title.as_str(), t.due)), Some(("Ring til Netto", None)));
        assert_eq!(Glance::read(r#"{"aftaler":[],"meetings":[]}"#).map(|g| g.aftaler.len()), Some(0));
        let null_due = r#"{"aftaler":[{"id":"00000000-0000-4000-8000-000000000001","status":"done",
            "content":{"title":"x","owner":"faelles","due":null}}],"meetings":[]}"#;
        assert_eq!(Glance::read(null_due).map(|g| g.aftaler[0].content.due), Some(None));
        for broken in [
            r#"{"meetings":[]}"#,
            r#"{"aftaler":[{"id":"00000000-0000-4000-8000-000000000001","content":{"title":"x","owner":"borger"}}],"meetings":[]}"#,
            r#"{"aftaler":[],"meetings":[{"content":{"title":"x","starts_at":"2026-11-22","duration_minutes":60}}]}"#,
            r#"{"aftaler":[],"meetings":[{"content":{"title":"x","starts_at":"2026-11-22T10:00:00Z","duration_minutes":-1}}]}"#,
            r#"{"aftaler":[{"id":"00000000-0000-4000-8000-000000000001","status":"agreed","content":{"title":"x","owner":"borger","due":"30-11-2026"}}],"meetings":[]}"#,
            r#"{"aftaler":[{"id":"00000000-0000-4000-8000-000000000001","status":"agreed","content":{"title":"x","owner":"kommunen"}}],"meetings":[]}"#,
            r#"{"aftaler":[{"id":"1","status":"agreed","content":{"title":"x","owner":"borger"}}],"meetings":[]}"#,
            r#"{"aftaler":[],"meetings":[{"content":"i morgen"}]}"#,
            r#"{"aftaler":null,"meetings":[]}"#,
            r#"{"aftaler":[],"aftaler":[],"meetings":[]}"#,
            "<html>",
            "",
        ] {
            assert_eq!(Glance::read(broken), None, "{broken}");
        }
    }
}
