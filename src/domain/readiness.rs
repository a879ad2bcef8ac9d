//! "Klar til mødet": what is ready before the meeting, read from the borger's own data — never a score.

use contract::cv::CvContent;
use contract::jobgoal::JobGoal;

/// One point on the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The CV has jobs with tasks, a faglig profil and "jeg søger job som".
    CvUpdated,
    /// At least one jobmål says why it suits the borger.
    GoalsDescribed,
    /// A jobmål says where the borger can develop.
    Development,
    /// A praktik or småjob is on the CV.
    PraktikNoted,
    /// The borger has practised presenting.
    Practised,
}

/// Every check, in the order shown.
pub const CHECKS: [Check; 5] =
    [Check::CvUpdated, Check::GoalsDescribed, Check::Development, Check::PraktikNoted, Check::Practised];

/// Whether `check` is done, given the CV, the jobmål and how many times the borger has practised.
pub fn is_done(check: Check, cv: &CvContent, goals: &[JobGoal], practised: usize) -> bool {
    match check {
        Check::CvUpdated => {
            !cv.profile.trim().is_empty() && !cv.seeking.is_empty() && cv.work.iter().any(|w| !w.tasks.is_empty())
        }
        Check::GoalsDescribed => goals.iter().any(|g| !g.content.why_me.trim().is_empty()),
        Check::Development => goals.iter().any(|g| !g.content.development.trim().is_empty()),
        Check::PraktikNoted => !cv.internships.is_empty(),
        Check::Practised => practised > 0,
    }
}

/// Whole days from `today` until `day` (0 on the day itself, negative when it has passed).
pub fn days_until(today: time::Date, day: time::Date) -> i64 {
    (day - today).whole_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::cv::{TextItem, WorkItem};
    use contract::{Period, YearMonth};
    use time::macros::date;
    use uuid::Uuid;

    fn cv(profile: &str, tasks: &[&str]) -> CvContent {
        CvContent {
            profile: profile.into(),
            seeking: vec![TextItem { id: Uuid::new_v4(), text: "Receptionist".into() }],
            work: vec![WorkItem {
                id: Uuid::new_v4(),
                title: "Kontorassistent".into(),
                employer: "Dansk Fragt".into(),
                period: Period { from: YearMonth { year: 2005, month: 1 }, to: None },
                tasks: tasks.iter().map(|t| t.to_string()).collect(),
                responsibility: String::new(),
                short_text: String::new(),
                long_text: String::new(),
            }],
            ..CvContent::default()
        }
    }

    #[test]
    fn the_cv_counts_as_updated_only_with_profile_seeking_and_tasks() {
        assert!(is_done(Check::CvUpdated, &cv("Erfaren kontorassistent", &["Fakturering"]), &[], 0));
        assert!(!is_done(Check::CvUpdated, &cv("", &["Fakturering"]), &[], 0));
        assert!(!is_done(Check::CvUpdated, &cv("Erfaren", &[]), &[], 0));
    }

    #[test]
    fn practising_and_praktik_are_read_from_the_data() {
        let empty = CvContent::default();
        assert!(!is_done(Check::Practised, &empty, &[], 0));
        assert!(is_done(Check::Practised, &empty, &[], 2));
        assert!(!is_done(Check::PraktikNoted, &empty, &[], 0));
    }

    #[test]
    fn days_until_counts_calendar_days() {
        assert_eq!(days_until(date!(2026 - 11 - 22), date!(2026 - 12 - 02)), 10);
        assert_eq!(days_until(date!(2026 - 11 - 22), date!(2026 - 11 - 22)), 0);
    }
}
