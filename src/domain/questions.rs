//! The question drill: a fixed bank of likely questions, plus questions made from the borger's own jobmål
//! (A first), each with a stable id for the rehearsal log.

use contract::jobgoal::{JobGoal, JobGoalStatus};

/// Where a question's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Question `n` (1-based) of the fixed bank.
    Bank(u8),
    /// "Hvorfor netop {title}?"
    WhyGoal(String),
    /// "Hvilke opgaver kan du løse som {title}?"
    GoalTasks(String),
}

/// How many questions the fixed bank holds.
pub const BANK: u8 = 12;

/// The drill: questions from the active jobmål (by track), then the bank.
pub fn drill(goals: &[JobGoal]) -> Vec<(String, Question)> {
    let mut active: Vec<&JobGoal> = goals.iter().filter(|g| g.content.status == JobGoalStatus::Active).collect();
    active.sort_by(|a, b| a.content.track.cmp(&b.content.track));
    let mut out = Vec::new();
    for g in active.iter().take(2) {
        let t = &g.content.track;
        out.push((format!("goal-{t}-why"), Question::WhyGoal(g.content.title.to_lowercase())));
        out.push((format!("goal-{t}-tasks"), Question::GoalTasks(g.content.title.to_lowercase())));
    }
    out.extend((1..=BANK).map(|n| (format!("q{n}"), Question::Bank(n))));
    out
}

/// "02:05" for 125 seconds.
pub fn clock(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::jobgoal::{Author, JobGoalInput};
    use time::macros::datetime;

    fn goal(track: &str, title: &str, status: JobGoalStatus) -> JobGoal {
        JobGoal {
            id: uuid::Uuid::new_v4(),
            version: 1,
            author: Author::Borger,
            created_at: datetime!(2026-11-01 10:00 UTC),
            updated_at: datetime!(2026-11-01 10:00 UTC),
            content: JobGoalInput {
                track: track.into(),
                title: title.into(),
                why_me: String::new(),
                competence_ids: vec![],
                demand: String::new(),
                tasks: vec![],
                conditions: vec![],
                development: String::new(),
                what_it_takes: String::new(),
                sector: String::new(),
                status,
            },
        }
    }

    #[test]
    fn the_drill_starts_with_the_borgers_own_a_goal_then_the_bank() {
        let goals = [
            goal("B", "Lagermedarbejder", JobGoalStatus::Active),
            goal("A", "Køkkenmedhjælper", JobGoalStatus::Active),
            goal("C", "Pause", JobGoalStatus::Paused),
        ];
        let d = drill(&goals);
        assert_eq!(d[0], ("goal-A-why".into(), Question::WhyGoal("køkkenmedhjælper".into())));
        assert_eq!(d[2].0, "goal-B-why");
        assert_eq!(d.len(), 4 + BANK as usize);
        assert!(d.iter().all(|(id, _)| !id.contains('C')));
        assert_eq!(drill(&[]).len(), 12);
    }

    #[test]
    fn the_clock_reads_minutes_and_seconds() {
        assert_eq!(clock(125), "02:05");
        assert_eq!(clock(0), "00:00");
    }
}
