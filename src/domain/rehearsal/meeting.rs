//! Which meeting the borger practises for, and its name as it sits in a sentence. The name comes from Min
//! plan (the kommune's own title), never from the app: the rehabiliteringsmøde may be replaced by another
//! kommune meeting.

use contract::plan::{Meeting, MeetingKind, Plan};
use time::OffsetDateTime;

/// The next rehabiliteringsmøde (or the meeting that replaces it) if one is coming, else the next meeting.
pub fn practice_meeting(plan: &Plan, now: OffsetDateTime) -> Option<&Meeting> {
    let upcoming = || plan.meetings.iter().filter(|m| m.content.starts_at > now);
    upcoming()
        .filter(|m| m.content.kind == MeetingKind::Rehabiliteringsmoede)
        .min_by_key(|m| m.content.starts_at)
        .or_else(|| upcoming().min_by_key(|m| m.content.starts_at))
}

/// The title as it reads inside a Danish sentence: "Rehabiliteringsmøde" → "rehabiliteringsmøde", "Kok i
/// Tivoli" → "kok i Tivoli"; a first word with more capitals ("LAB-møde") is left as it is.
pub fn in_sentence(title: &str) -> String {
    let title = title.trim();
    let first_word = title.split([' ', '/']).next().unwrap_or("");
    let mut chars = first_word.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() && chars.all(|c| !c.is_uppercase()) => {
            first.to_lowercase().chain(title.chars().skip(1)).collect()
        }
        _ => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::fixtures::{self, meeting_of as meeting};
    use time::macros::datetime;

    fn plan(meetings: Vec<Meeting>) -> Plan {
        fixtures::plan(vec![], meetings)
    }

    #[test]
    fn the_rehabiliteringsmoede_is_chosen_over_an_earlier_formoede() {
        let now = datetime!(2026-11-29 10:00 UTC);
        let p = plan(vec![
            meeting(MeetingKind::Formoede, "Formøde", datetime!(2026-12-09 09:30 UTC)),
            meeting(MeetingKind::Rehabiliteringsmoede, "Sundhedskoordinatormøde", datetime!(2027-01-03 10:00 UTC)),
        ]);
        assert_eq!(practice_meeting(&p, now).unwrap().content.title, "Sundhedskoordinatormøde");
    }

    #[test]
    fn without_one_the_next_meeting_is_used_and_past_ones_never() {
        let now = datetime!(2026-11-29 10:00 UTC);
        let p = plan(vec![
            meeting(MeetingKind::Rehabiliteringsmoede, "Rehabiliteringsmøde", datetime!(2026-11-01 10:00 UTC)),
            meeting(MeetingKind::Jobsamtale, "Jobsamtale", datetime!(2026-12-20 10:00 UTC)),
            meeting(MeetingKind::Formoede, "Formøde", datetime!(2026-12-09 10:00 UTC)),
        ]);
        assert_eq!(practice_meeting(&p, now).unwrap().content.title, "Formøde");
        assert!(practice_meeting(&plan(vec![]), now).is_none());
    }

    #[test]
    fn the_name_reads_naturally_inside_a_sentence() {
        assert_eq!(in_sentence("Rehabiliteringsmøde"), "rehabiliteringsmøde");
        assert_eq!(in_sentence("LAB-møde"), "LAB-møde");
        assert_eq!(in_sentence("Formøde før rehabiliteringsmødet"), "formøde før rehabiliteringsmødet");
        assert_eq!(in_sentence("Kok i Tivoli"), "kok i Tivoli");
        assert_eq!(in_sentence("IT-supporter"), "IT-supporter");
    }
}
