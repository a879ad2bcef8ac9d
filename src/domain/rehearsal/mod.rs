//! "Øv din fremlæggelse" and "Mig og mit jobmål": the pure parts, tested natively.

pub mod handout;
pub mod history;
pub mod meeting;
pub mod script;

use contract::jobgoal::{JobGoal, JobGoalStatus};

/// The active jobmål in track order: A first, then B, C …
pub fn active_goals(goals: &[JobGoal]) -> Vec<&JobGoal> {
    let mut active: Vec<&JobGoal> = goals.iter().filter(|g| g.content.status == JobGoalStatus::Active).collect();
    active.sort_by(|a, b| a.content.track.cmp(&b.content.track));
    active
}

/// Non-empty, trimmed lines of a text, without a leading bullet ("- ", "• ", "* ").
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim().trim_start_matches(['-', '•', '*', '–']).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
pub(crate) mod fixtures {
    use contract::jobgoal::{Author, JobGoal, JobGoalInput, JobGoalStatus};
    use time::macros::datetime;

    /// A jobmål with a title, a reason, tasks and hensyn.
    pub fn goal(track: &str, title: &str, status: JobGoalStatus) -> JobGoal {
        JobGoal {
            id: uuid::Uuid::new_v4(),
            version: 1,
            author: Author::Borger,
            created_at: datetime!(2026-11-01 10:00 UTC),
            updated_at: datetime!(2026-11-01 10:00 UTC),
            content: JobGoalInput {
                track: track.into(),
                title: title.into(),
                why_me: format!("Jeg har erfaring som {title}."),
                competence_ids: vec![],
                demand: String::new(),
                tasks: vec![format!("{title} opgave 1"), format!("{title} opgave 2")],
                conditions: vec!["Pause hver time".into()],
                development: String::new(),
                what_it_takes: String::new(),
                sector: String::new(),
                status,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::goal;
    use super::*;

    #[test]
    fn active_goals_come_in_track_order_without_paused_ones() {
        let goals = [
            goal("C", "Lager", JobGoalStatus::Active),
            goal("A", "Kantine", JobGoalStatus::Active),
            goal("B", "Pause", JobGoalStatus::Paused),
        ];
        let titles: Vec<_> = active_goals(&goals).iter().map(|g| g.content.title.as_str()).collect();
        assert_eq!(titles, ["Kantine", "Lager"]);
    }

    #[test]
    fn lines_drop_bullets_and_blank_lines() {
        assert_eq!(
            lines("- Hvem ringer jeg til?\n\n• Kan jeg få en praktik?  \n"),
            ["Hvem ringer jeg til?", "Kan jeg få en praktik?"]
        );
    }
}
