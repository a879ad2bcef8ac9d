//! What needs the borger next: the next meeting and the next open task of their own.

use contract::plan::{Aftale, AftaleStatus, Meeting, Owner, Plan};
use time::OffsetDateTime;

/// The first meeting that has not ended yet.
pub fn next_meeting(plan: &Plan, now: OffsetDateTime) -> Option<&Meeting> {
    plan.meetings
        .iter()
        .filter(|m| m.content.starts_at + time::Duration::minutes(i64::from(m.content.duration_minutes)) > now)
        .min_by_key(|m| m.content.starts_at)
}

/// The borger's own open aftale that is due first (undated ones after dated ones).
pub fn next_task(plan: &Plan) -> Option<&Aftale> {
    plan.aftaler
        .iter()
        .filter(|a| matches!(a.content.owner, Owner::Borger | Owner::Faelles))
        .filter(|a| matches!(a.status, AftaleStatus::Agreed | AftaleStatus::InProgress))
        .min_by_key(|a| (a.content.due.is_none(), a.content.due))
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::common::Actor;
    use contract::plan::{AftaleInput, AftaleKind, MeetingInput, MeetingKind};
    use contract::session::ContactForm;
    use time::macros::{date, datetime};
    use uuid::Uuid;

    fn aftale(title: &str, owner: Owner, status: AftaleStatus, due: Option<time::Date>) -> Aftale {
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

    fn meeting(starts_at: OffsetDateTime) -> Meeting {
        Meeting {
            id: Uuid::new_v4(),
            version: 1,
            content: MeetingInput {
                kind: MeetingKind::Jobsamtale,
                title: "Jobsamtale".into(),
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

    fn plan(aftaler: Vec<Aftale>, meetings: Vec<Meeting>) -> Plan {
        Plan { aftaler, meetings, fetched_at: datetime!(2026-11-22 08:00 UTC) }
    }

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
