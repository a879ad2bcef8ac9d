//! The completeness guide: which sections have content and the three things that matter most for being
//! found by employers and the jobcenter (jobs with tasks, faglig profil, jeg søger job som). Not a score.

use super::count;
use contract::cv::{CvContent, CvSection};

/// One of the three things that matter most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPoint {
    /// Every job (and at least one) has its tasks written under it.
    JobsWithTasks,
    /// The faglig profil is written.
    Profile,
    /// At least one "jeg søger job som".
    Seeking,
}

impl KeyPoint {
    /// The section where the borger fixes it.
    pub fn section(self) -> CvSection {
        match self {
            KeyPoint::JobsWithTasks => CvSection::Work,
            KeyPoint::Profile => CvSection::Profile,
            KeyPoint::Seeking => CvSection::Seeking,
        }
    }
}

/// How far the CV has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// Sections with content, in standard order.
    pub filled: Vec<CvSection>,
    /// Sections still empty, in standard order.
    pub empty: Vec<CvSection>,
    /// The three key points, each with whether it is in place.
    pub key: Vec<(KeyPoint, bool)>,
    /// Jobs that have no tasks yet, by title.
    pub jobs_without_tasks: Vec<String>,
}

/// Works out the guide for `cv`.
pub fn completeness(cv: &CvContent) -> Completeness {
    let (filled, empty) = CvSection::ALL.into_iter().partition(|s| count(cv, *s) > 0);
    let jobs_without_tasks: Vec<String> =
        cv.work.iter().filter(|w| w.tasks.iter().all(|t| t.trim().is_empty())).map(|w| w.title.clone()).collect();
    let key = vec![
        (KeyPoint::JobsWithTasks, !cv.work.is_empty() && jobs_without_tasks.is_empty()),
        (KeyPoint::Profile, !cv.profile.trim().is_empty()),
        (KeyPoint::Seeking, !cv.seeking.is_empty()),
    ];
    Completeness { filled, empty, key, jobs_without_tasks }
}

impl Completeness {
    /// The first key point still missing: the most useful next step.
    pub fn next_step(&self) -> Option<KeyPoint> {
        self.key.iter().find(|(_, done)| !done).map(|(k, _)| *k)
    }
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)] // tests build CVs step by step
mod tests {
    use super::*;
    use contract::common::{Period, YearMonth};
    use contract::cv::{TextItem, WorkItem};
    use uuid::Uuid;

    fn job(tasks: &[&str]) -> WorkItem {
        WorkItem {
            id: Uuid::new_v4(),
            title: "Kantinemedhjælper".into(),
            employer: String::new(),
            period: Period { from: YearMonth { year: 2018, month: 1 }, to: None },
            tasks: tasks.iter().map(|t| (*t).to_owned()).collect(),
            responsibility: String::new(),
            short_text: String::new(),
            long_text: String::new(),
        }
    }

    #[test]
    fn an_empty_cv_starts_with_jobs_and_tasks() {
        let c = completeness(&CvContent::default());
        assert!(c.filled.is_empty());
        assert_eq!(c.empty.len(), 14);
        assert_eq!(c.next_step(), Some(KeyPoint::JobsWithTasks));
    }

    #[test]
    fn a_job_without_tasks_is_named_and_the_key_point_stays_open() {
        let mut cv = CvContent::default();
        cv.work = vec![job(&["Smurte sandwich"]), job(&[" "])];
        let c = completeness(&cv);
        assert_eq!(c.jobs_without_tasks, vec!["Kantinemedhjælper".to_owned()]);
        assert_eq!(c.key[0], (KeyPoint::JobsWithTasks, false));
        assert_eq!(c.filled, vec![CvSection::Work]);
    }

    #[test]
    fn all_three_key_points_in_place_leaves_no_next_step() {
        let mut cv = CvContent::default();
        cv.work = vec![job(&["Smurte sandwich"])];
        cv.profile = "Erfaren i køkken".into();
        cv.seeking = vec![TextItem { id: Uuid::new_v4(), text: "Køkkenmedhjælper".into() }];
        let c = completeness(&cv);
        assert_eq!(c.next_step(), None);
        assert_eq!(c.filled, vec![CvSection::Profile, CvSection::Seeking, CvSection::Work]);
        assert_eq!(KeyPoint::Profile.section(), CvSection::Profile);
    }
}
