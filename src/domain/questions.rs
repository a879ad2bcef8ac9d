//! The question drill: questions made from the borger's own jobmål (A first), then the bank (a data table
//! in `crate::i18n::questions`), each with a stable id for the rehearsal log; and the pitch timer's maths.

use contract::jobgoal::JobGoal;

/// Where a question's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Row `n` (0-based) of the bank.
    Bank(usize),
    /// "Hvorfor netop {title}?"
    WhyGoal(String),
    /// "Hvilke opgaver kan du løse som {title}?"
    GoalTasks(String),
}

/// The drill: two questions for each of the first two active jobmål (by track), then the bank in order.
pub fn drill<'a>(goals: &[JobGoal], bank_ids: impl IntoIterator<Item = &'a str>) -> Vec<(String, Question)> {
    let mut out = Vec::new();
    for g in super::rehearsal::active_goals(goals).iter().take(2) {
        let t = &g.content.track;
        let title = super::rehearsal::meeting::in_sentence(&g.content.title);
        out.push((format!("goal-{t}-why"), Question::WhyGoal(title.clone())));
        out.push((format!("goal-{t}-tasks"), Question::GoalTasks(title)));
    }
    out.extend(bank_ids.into_iter().enumerate().map(|(i, id)| (id.to_owned(), Question::Bank(i))));
    out
}

/// "02:05" for 125 seconds.
pub fn clock(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// How far the borger is towards the target time: calm words, no alarm when it runs over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Not started.
    NotStarted,
    /// Under half the time.
    Plenty,
    /// Half to four fifths.
    Halfway,
    /// The last fifth.
    RoundingOff,
    /// Past the target: fine, just a hint to round off.
    Past,
}

/// The pace for `elapsed` seconds against a target of `target` seconds.
pub fn pace(elapsed: u32, target: u32) -> Pace {
    let target = target.max(1);
    match elapsed {
        0 => Pace::NotStarted,
        e if e * 2 < target => Pace::Plenty,
        e if e * 5 < target * 4 => Pace::Halfway,
        e if e <= target => Pace::RoundingOff,
        _ => Pace::Past,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rehearsal::fixtures::goal;
    use contract::jobgoal::JobGoalStatus;

    const IDS: [&str; 3] = ["q1", "q2", "q3"];

    #[test]
    fn the_drill_starts_with_the_borgers_own_a_goal_then_the_bank() {
        let goals = [
            goal("B", "Lagermedarbejder", JobGoalStatus::Active),
            goal("A", "Køkkenmedhjælper", JobGoalStatus::Active),
            goal("C", "Pause", JobGoalStatus::Paused),
        ];
        let d = drill(&goals, IDS);
        assert_eq!(d[0], ("goal-A-why".into(), Question::WhyGoal("køkkenmedhjælper".into())));
        assert_eq!(d[2].0, "goal-B-why");
        assert_eq!(d.len(), 4 + IDS.len());
        assert_eq!(d[4], ("q1".into(), Question::Bank(0)));
        assert!(d.iter().all(|(id, _)| !id.contains('C')));
        assert_eq!(drill(&[], IDS).len(), 3);
    }

    #[test]
    fn a_title_with_a_name_in_it_keeps_the_names_capital() {
        let d = drill(&[goal("A", "Kok i Tivoli", JobGoalStatus::Active)], IDS);
        assert_eq!(d[0].1, Question::WhyGoal("kok i Tivoli".into()));
        let d = drill(&[goal("A", "IT-supporter", JobGoalStatus::Active)], IDS);
        assert_eq!(d[0].1, Question::WhyGoal("IT-supporter".into()));
    }

    #[test]
    fn every_bank_question_is_in_the_drill_with_its_own_id() {
        let bank = crate::i18n::questions::BANK;
        let d = drill(&[], bank.iter().map(|b| b.id));
        assert_eq!(d.len(), bank.len());
        assert!(d.len() >= 12);
    }

    #[test]
    fn the_clock_reads_minutes_and_seconds() {
        assert_eq!(clock(125), "02:05");
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(3600), "60:00");
    }

    #[test]
    fn the_pace_moves_calmly_towards_the_target_and_past_it() {
        assert_eq!(pace(0, 180), Pace::NotStarted);
        assert_eq!(pace(89, 180), Pace::Plenty);
        assert_eq!(pace(90, 180), Pace::Halfway);
        assert_eq!(pace(143, 180), Pace::Halfway);
        assert_eq!(pace(144, 180), Pace::RoundingOff);
        assert_eq!(pace(180, 180), Pace::RoundingOff);
        assert_eq!(pace(181, 180), Pace::Past);
        assert_eq!(pace(5, 0), Pace::Past);
    }
}
