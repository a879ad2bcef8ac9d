//! What needs the borger next: the next meeting and the next open task of their own.

use contract::plan::{Aftale, AftaleStatus, Meeting, Owner, Plan};
use time::{Date, OffsetDateTime};

/// The owners in the order Min plan shows them.
pub const OWNERS: [Owner; 4] = [Owner::Borger, Owner::Jobformidler, Owner::Virksomhed, Owner::Faelles];

/// How close an open task's date is; shown calmly, never in red.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueState {
    /// The date has passed.
    Passed,
    /// Within the next 7 days (today included).
    Soon,
    /// Later, or no date.
    Later,
}

/// How close `due` is to `today`.
pub fn due_state(due: Option<Date>, today: Date) -> DueState {
    match due {
        Some(d) if d < today => DueState::Passed,
        Some(d) if (d - today).whole_days() <= 7 => DueState::Soon,
        _ => DueState::Later,
    }
}

/// What the rules for tasks read of an aftale: the whole aftale (Min plan) or the forside's glance at it
/// (`domain::glance`).
pub trait Task {
    /// Who does it.
    fn owner(&self) -> Owner;
    /// Where it stands.
    fn status(&self) -> AftaleStatus;
    /// By when, if it has a date.
    fn due(&self) -> Option<Date>;
}

impl Task for Aftale {
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

/// What the rule for the next meeting reads of a meeting: the whole one or the forside's glance at it.
pub trait Slot {
    /// When it starts.
    fn starts_at(&self) -> OffsetDateTime;
    /// How many minutes it is expected to last.
    fn minutes(&self) -> u16;
}

impl Slot for Meeting {
    fn starts_at(&self) -> OffsetDateTime {
        self.content.starts_at
    }
    fn minutes(&self) -> u16 {
        self.content.duration_minutes
    }
}

/// True while an aftale still needs doing.
pub fn is_open(a: &impl Task) -> bool {
    matches!(a.status(), AftaleStatus::Agreed | AftaleStatus::InProgress)
}

/// True when the borger may set the status (their own tasks and shared ones).
pub fn borger_owns(a: &impl Task) -> bool {
    matches!(a.owner(), Owner::Borger | Owner::Faelles)
}

/// The borger's open tasks, dated ones first by date, then undated in plan order.
pub fn my_open_tasks(plan: &Plan) -> Vec<&Aftale> {
    open_tasks(&plan.aftaler)
}

/// The borger's open tasks among `aftaler`, dated ones first by date, then undated in their order.
pub fn open_tasks<T: Task>(aftaler: &[T]) -> Vec<&T> {
    let mut v: Vec<&T> = aftaler.iter().filter(|a| borger_owns(*a) && is_open(*a)).collect();
    v.sort_by_key(|a| (a.due().is_none(), a.due()));
    v
}

/// The aftaler grouped by who does them, in [`OWNERS`] order; empty groups are left out.
pub fn by_owner(plan: &Plan) -> Vec<(Owner, Vec<&Aftale>)> {
    OWNERS
        .iter()
        .map(|o| (*o, plan.aftaler.iter().filter(|a| a.content.owner == *o).collect::<Vec<_>>()))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// A calendar file with the upcoming meetings and the borger's open dated tasks, or just one meeting.
pub fn calendar(plan: &Plan, only: Option<uuid::Uuid>, now: OffsetDateTime) -> String {
    use super::ics::{DueTask, Event, calendar};
    let ends = |m: &Meeting| m.content.starts_at + time::Duration::minutes(i64::from(m.content.duration_minutes));
    let events: Vec<Event> = plan
        .meetings
        .iter()
        .filter(|m| only.map_or(ends(m) > now, |id| m.id == id))
        .map(|m| Event {
            id: m.id.to_string(),
            summary: m.content.title.clone(),
            start: m.content.starts_at,
            minutes: m.content.duration_minutes,
            location: if m.content.place.is_empty() { m.content.phone.clone() } else { m.content.place.clone() },
            description: m.content.purpose.clone(),
            sequence: m.version,
        })
        .collect();
    let tasks: Vec<DueTask> = if only.is_some() {
        Vec::new()
    } else {
        my_open_tasks(plan)
            .into_iter()
            .filter_map(|a| {
                a.content.due.map(|date| DueTask {
                    id: a.id.to_string(),
                    summary: a.content.title.clone(),
                    date,
                    description: a.content.description.clone(),
                    sequence: a.version,
                })
            })
            .collect()
    };
    calendar(&events, &tasks, now)
}

/// What the borger has done on the plan since the meeting before `meeting` (or ever, if it is the first):
/// aftaler whose status or comment the borger changed after that meeting started, newest change first.
pub fn done_since_last_meeting<'a>(plan: &'a Plan, meeting: &Meeting) -> Vec<&'a Aftale> {
    let since = plan
        .meetings
        .iter()
        .map(|m| m.content.starts_at)
        .filter(|at| *at < meeting.content.starts_at)
        .max()
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let last_own_change = |a: &Aftale| {
        a.history
            .iter()
            .filter(|h| h.by == contract::common::Actor::Borger && h.at > since && h.at <= meeting.content.starts_at)
            .map(|h| h.at)
            .max()
    };
    let mut done: Vec<(&Aftale, OffsetDateTime)> =
        plan.aftaler.iter().filter_map(|a| last_own_change(a).map(|at| (a, at))).collect();
    done.sort_by_key(|(_, at)| std::cmp::Reverse(*at));
    done.into_iter().map(|(a, _)| a).collect()
}

/// The first meeting that has not ended yet.
pub fn next_meeting(plan: &Plan, now: OffsetDateTime) -> Option<&Meeting> {
    first_meeting(&plan.meetings, now)
}

/// The first of `meetings` that has not ended yet.
pub fn first_meeting<M: Slot>(meetings: &[M], now: OffsetDateTime) -> Option<&M> {
    meetings
        .iter()
        .filter(|m| m.starts_at() + time::Duration::minutes(i64::from(m.minutes())) > now)
        .min_by_key(|m| m.starts_at())
}

/// The borger's own open aftale that is due first (undated ones after dated ones).
pub fn next_task(plan: &Plan) -> Option<&Aftale> {
    first_task(&plan.aftaler)
}

/// The borger's own open task among `aftaler` that is due first.
pub fn first_task<T: Task>(aftaler: &[T]) -> Option<&T> {
    open_tasks(aftaler).into_iter().next()
}

/// Aftaler, meetings and plans for the tests of the rules that read them.
#[cfg(test)]
pub(crate) mod fixtures {
    use contract::common::Actor;
    use contract::plan::{
        Aftale, AftaleInput, AftaleKind, AftaleStatus, Meeting, MeetingInput, MeetingKind, Owner, Plan,
    };
    use contract::session::ContactForm;
    use time::OffsetDateTime;
    use time::macros::datetime;
    use uuid::Uuid;

    /// An agreed aftale of the kind "other", made by the jobcenter.
    pub fn aftale(title: &str, owner: Owner, status: AftaleStatus, due: Option<time::Date>) -> Aftale {
        Aftale {
            id: Uuid::new_v4(),
            version: 1,
            content: AftaleInput {
                title: title.into(),
                description: String::new(),
                owner,
                kind: AftaleKind::Other,
                due,
                frequency: String::new(),
                agreed: true,
                job_goal_id: None,
                if_not_possible: String::new(),
            },
            status,
            status_note: String::new(),
            borger_comment: String::new(),
            updated_by: Actor::Jobcenter,
            updated_at: datetime!(2026-11-01 10:00 UTC),
            unseen: false,
            history: vec![],
        }
    }

    /// A jobsamtale an hour long from `starts_at`.
    pub fn meeting(starts_at: OffsetDateTime) -> Meeting {
        meeting_of(MeetingKind::Jobsamtale, "Jobsamtale", starts_at)
    }

    /// A meeting of `kind` called `title`, an hour long from `starts_at`.
    pub fn meeting_of(kind: MeetingKind, title: &str, starts_at: OffsetDateTime) -> Meeting {
        Meeting {
            id: Uuid::new_v4(),
            version: 1,
            content: MeetingInput {
                kind,
                title: title.into(),
                starts_at,
                duration_minutes: 60,
                contact_form: ContactForm::Phone,
                place: String::new(),
                phone: String::new(),
                participants: vec![],
                purpose: String::new(),
                summary: String::new(),
            },
            prep_notes: String::new(),
            updated_by: Actor::Jobcenter,
            updated_at: datetime!(2026-11-01 10:00 UTC),
            unseen: false,
        }
    }

    /// A plan of `aftaler` and `meetings`.
    pub fn plan(aftaler: Vec<Aftale>, meetings: Vec<Meeting>) -> Plan {
        Plan { aftaler, meetings, fetched_at: datetime!(2026-11-22 08:00 UTC) }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{aftale, meeting, plan};
    use super::*;
    use contract::common::Actor;
    use time::macros::{date, datetime};

    #[test]
    fn the_next_meeting_is_the_earliest_that_has_not_ended() {
        let now = datetime!(2026-11-22 10:30 UTC);
        let p = plan(
            vec![],
            vec![
                meeting(datetime!(2026-12-10 09:00 UTC)),
                meeting(datetime!(2026-11-22 10:00 UTC)),
                meeting(datetime!(2026-11-01 10:00 UTC)),
            ],
        );
        assert_eq!(next_meeting(&p, now).map(|m| m.content.starts_at), Some(datetime!(2026-11-22 10:00 UTC)));
        let later = datetime!(2026-11-22 11:30 UTC);
        assert_eq!(next_meeting(&p, later).map(|m| m.content.starts_at), Some(datetime!(2026-12-10 09:00 UTC)));
    }

    #[test]
    fn the_calendar_holds_upcoming_meetings_and_my_dated_open_tasks() {
        let now = datetime!(2026-11-22 10:00 UTC);
        let p = plan(
            vec![
                aftale("mine dated", Owner::Borger, AftaleStatus::Agreed, Some(date!(2026 - 11 - 30))),
                aftale("mine undated", Owner::Borger, AftaleStatus::Agreed, None),
                aftale("theirs", Owner::Jobformidler, AftaleStatus::Agreed, Some(date!(2026 - 11 - 30))),
            ],
            vec![meeting(datetime!(2026-12-01 09:00 UTC)), meeting(datetime!(2026-11-01 09:00 UTC))],
        );
        let ics = calendar(&p, None, now);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("SUMMARY:mine dated"));
        let one = calendar(&p, Some(p.meetings[1].id), now);
        assert_eq!(one.matches("BEGIN:VEVENT").count(), 1);
        assert!(one.contains("20261101T100000"));
    }

    #[test]
    fn what_was_done_since_the_last_meeting_counts_only_the_borgers_own_changes_in_between() {
        use contract::plan::{Change, ChangeKind};
        let change = |at, by| Change { at, by, what: ChangeKind::StatusChanged };
        let mut before = aftale("before", Owner::Borger, AftaleStatus::Done, None);
        before.history = vec![change(datetime!(2026-11-01 08:00 UTC), Actor::Borger)];
        let mut between = aftale("between", Owner::Borger, AftaleStatus::Done, None);
        between.history = vec![change(datetime!(2026-11-10 08:00 UTC), Actor::Borger)];
        let mut theirs = aftale("theirs", Owner::Borger, AftaleStatus::Agreed, None);
        theirs.history = vec![change(datetime!(2026-11-10 08:00 UTC), Actor::Jobcenter)];
        let p = plan(
            vec![before, between, theirs],
            vec![meeting(datetime!(2026-11-05 09:00 UTC)), meeting(datetime!(2026-11-20 09:00 UTC))],
        );
        let titles: Vec<&str> =
            done_since_last_meeting(&p, &p.meetings[1]).iter().map(|a| a.content.title.as_str()).collect();
        assert_eq!(titles, ["between"]);
        let first: Vec<&str> =
            done_since_last_meeting(&p, &p.meetings[0]).iter().map(|a| a.content.title.as_str()).collect();
        assert_eq!(first, ["before"]);
    }

    #[test]
    fn due_dates_are_passed_soon_or_later() {
        let today = date!(2026 - 11 - 22);
        assert_eq!(due_state(Some(date!(2026 - 11 - 21)), today), DueState::Passed);
        assert_eq!(due_state(Some(today), today), DueState::Soon);
        assert_eq!(due_state(Some(date!(2026 - 11 - 29)), today), DueState::Soon);
        assert_eq!(due_state(Some(date!(2026 - 11 - 30)), today), DueState::Later);
        assert_eq!(due_state(None, today), DueState::Later);
    }

    #[test]
    fn aftaler_are_grouped_by_owner_in_a_fixed_order_without_empty_groups() {
        let p = plan(
            vec![
                aftale("f", Owner::Faelles, AftaleStatus::Agreed, None),
                aftale("j", Owner::Jobformidler, AftaleStatus::Agreed, None),
                aftale("b", Owner::Borger, AftaleStatus::Done, None),
            ],
            vec![],
        );
        let owners: Vec<Owner> = by_owner(&p).into_iter().map(|(o, _)| o).collect();
        assert_eq!(owners, [Owner::Borger, Owner::Jobformidler, Owner::Faelles]);
    }

    #[test]
    fn the_next_task_is_my_own_open_one_due_first() {
        let p = plan(
            vec![
                aftale("undated", Owner::Borger, AftaleStatus::Agreed, None),
                aftale("theirs", Owner::Jobformidler, AftaleStatus::Agreed, Some(date!(2026 - 11 - 23))),
                aftale("done", Owner::Borger, AftaleStatus::Done, Some(date!(2026 - 11 - 24))),
                aftale("mine", Owner::Borger, AftaleStatus::InProgress, Some(date!(2026 - 11 - 30))),
            ],
            vec![],
        );
        assert_eq!(next_task(&p).map(|a| a.content.title.as_str()), Some("mine"));
    }
}
