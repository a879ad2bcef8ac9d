//! "Mig og mit jobmål": the one-page handout. Three strengths from the CV (the competences picked in the
//! jobmål first, then personal qualities, then other competences), what works for me (the CV's "det fungerer
//! for mig", then the jobmål's hensyn) and my questions (the notes for the meeting).

use super::active_goals;
use contract::cv::CvContent;
use contract::jobgoal::JobGoal;

fn push_new(out: &mut Vec<String>, text: &str) {
    let t = text.trim();
    if !t.is_empty() && !out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
        out.push(t.to_owned());
    }
}

/// Everything in the CV the borger can pick a strength from: competences, then personal qualities.
pub fn candidates(cv: &CvContent) -> Vec<String> {
    let mut out = Vec::new();
    for c in &cv.competences {
        push_new(&mut out, &c.title);
    }
    for q in &cv.qualities {
        push_new(&mut out, &q.text);
    }
    out
}

/// Up to three strengths.
pub fn strengths(cv: &CvContent, goals: &[JobGoal]) -> Vec<String> {
    let mut out = Vec::new();
    for g in active_goals(goals) {
        for id in &g.content.competence_ids {
            if let Some(c) = cv.competences.iter().find(|c| c.id == *id) {
                push_new(&mut out, &c.title);
            }
        }
    }
    for q in &cv.qualities {
        push_new(&mut out, &q.text);
    }
    for c in &cv.competences {
        push_new(&mut out, &c.title);
    }
    out.truncate(3);
    out
}

/// What works for me: the CV's list, then the first jobmål's hensyn not already said; at most six.
pub fn works_for_me(cv: &CvContent, goals: &[JobGoal]) -> Vec<String> {
    let mut out = Vec::new();
    for w in &cv.works_for_me {
        push_new(&mut out, &w.text);
    }
    if let Some(g) = active_goals(goals).first() {
        for c in &g.content.conditions {
            push_new(&mut out, c);
        }
    }
    out.truncate(6);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rehearsal::fixtures::goal;
    use contract::cv::{CompetenceItem, CompetenceKind, TextItem};
    use contract::jobgoal::JobGoalStatus;
    use uuid::Uuid;

    fn cv() -> CvContent {
        let comp = |t: &str| CompetenceItem { id: Uuid::new_v4(), kind: CompetenceKind::Transferable, title: t.into() };
        let text = |t: &str| TextItem { id: Uuid::new_v4(), text: t.into() };
        CvContent {
            competences: vec![comp("Fakturering"), comp("Kundekontakt"), comp("Planlægning")],
            qualities: vec![text("Rolig og grundig"), text("Mødestabil")],
            works_for_me: vec![text("Arbejde om formiddagen"), text("pause hver time")],
            ..CvContent::default()
        }
    }

    #[test]
    fn strengths_start_with_what_the_borger_picked_for_the_jobmaal() {
        let cv = cv();
        let mut a = goal("A", "Receptionist", JobGoalStatus::Active);
        a.content.competence_ids = vec![cv.competences[1].id];
        assert_eq!(strengths(&cv, &[a]), ["Kundekontakt", "Rolig og grundig", "Mødestabil"]);
        assert_eq!(strengths(&CvContent::default(), &[]), Vec::<String>::new());
        assert_eq!(candidates(&cv).len(), 5);
    }

    #[test]
    fn what_works_adds_the_hensyn_without_saying_anything_twice() {
        let a = goal("A", "Receptionist", JobGoalStatus::Active);
        assert_eq!(works_for_me(&cv(), &[a]), ["Arbejde om formiddagen", "pause hver time"]);
        let mut b = goal("A", "Lager", JobGoalStatus::Active);
        b.content.conditions = vec!["Skiftende stillinger".into()];
        assert_eq!(works_for_me(&CvContent::default(), &[b]), ["Skiftende stillinger"]);
    }
}
