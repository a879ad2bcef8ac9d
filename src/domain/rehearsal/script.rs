//! The talking script (talepapir): cue cards built from the borger's own jobmål. Jobmål A comes first with
//! why it suits me, the tasks, the hensyn written as work conditions and where I can develop; then B, C …
//! in a few words; last, how I will search for jobs. The words around the borger's text come from the i18n
//! templates passed in, so this stays pure.

use super::active_goals;
use contract::cv::CompetenceItem;
use contract::jobgoal::{JobGoal, JobGoalInput};
use contract::rehearsal::ScriptCard;
use time::OffsetDateTime;

/// The template texts in the borger's language. `{title}`, `{track}` and `{sector}` are filled in.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// "Mit jobmål"
    pub goal_heading: &'static str,
    /// "Mit jobmål er {title}."
    pub goal: &'static str,
    /// "Jeg tænker på {sector}."
    pub sector: &'static str,
    /// "Derfor passer det til mig"
    pub reasons_heading: &'static str,
    /// "Jeg er god til:"
    pub good_at: &'static str,
    /// "Det kan jeg"
    pub tasks_heading: &'static str,
    /// "Jeg kan for eksempel:"
    pub tasks: &'static str,
    /// "Sådan fungerer det for mig"
    pub conditions_heading: &'static str,
    /// "Det fungerer godt for mig med:"
    pub conditions: &'static str,
    /// "Her kan jeg udvikle mig"
    pub development_heading: &'static str,
    /// "Jobmål {track}"
    pub other_heading: &'static str,
    /// "Jeg kan også se mig selv som {title}."
    pub other: &'static str,
    /// "Sådan vil jeg søge job"
    pub search_heading: &'static str,
    /// "Det har jeg aftalt med jobcentret:"
    pub search_agreed: &'static str,
    /// "Jeg vil søge job ved at …" (a start the borger finishes)
    pub search_start: &'static str,
}

fn bullets(intro: &str, items: &[String]) -> String {
    let mut out = intro.to_owned();
    for i in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        out.push_str("\n• ");
        out.push_str(i);
    }
    out
}

fn paragraphs(parts: &[String]) -> String {
    parts.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n")
}

fn card(heading: String, text: String) -> Option<ScriptCard> {
    (!text.trim().is_empty()).then_some(ScriptCard { heading, text })
}

fn main_cards(g: &JobGoalInput, competences: &[CompetenceItem], w: &Words) -> Vec<Option<ScriptCard>> {
    let mut opening = vec![w.goal.replace("{title}", &g.title)];
    if !g.sector.trim().is_empty() {
        opening.push(w.sector.replace("{sector}", g.sector.trim()));
    }
    let picked: Vec<String> =
        competences.iter().filter(|c| g.competence_ids.contains(&c.id)).map(|c| c.title.clone()).collect();
    let mut reasons = vec![g.why_me.clone()];
    if !picked.is_empty() {
        reasons.push(bullets(w.good_at, &picked));
    }
    reasons.push(g.demand.clone());
    let development = paragraphs(&[g.development.clone(), g.what_it_takes.clone()]);
    let list = |intro: &str, items: &[String]| if items.is_empty() { String::new() } else { bullets(intro, items) };
    vec![
        card(format!("{} {}", w.goal_heading, g.track), paragraphs(&opening)),
        card(w.reasons_heading.into(), paragraphs(&reasons)),
        card(w.tasks_heading.into(), list(w.tasks, &g.tasks)),
        card(w.conditions_heading.into(), list(w.conditions, &g.conditions)),
        card(w.development_heading.into(), development),
    ]
}

/// The cards for these jobmål, the CV's competences (for the ones picked in a jobmål) and the titles of the
/// borger's job-search aftaler in Min plan.
pub fn build(goals: &[JobGoal], competences: &[CompetenceItem], search: &[String], w: &Words) -> Vec<ScriptCard> {
    let active = active_goals(goals);
    let mut cards: Vec<Option<ScriptCard>> = Vec::new();
    if let Some(first) = active.first() {
        cards.extend(main_cards(&first.content, competences, w));
    }
    for g in active.iter().skip(1) {
        let g = &g.content;
        let mut text = vec![w.other.replace("{title}", &g.title), g.why_me.clone()];
        if !g.tasks.is_empty() {
            text.push(bullets(w.tasks, &g.tasks[..g.tasks.len().min(3)]));
        }
        cards.push(card(w.other_heading.replace("{track}", &g.track), paragraphs(&text)));
    }
    let search_text = if search.is_empty() { w.search_start.to_owned() } else { bullets(w.search_agreed, search) };
    cards.push(card(w.search_heading.into(), search_text));
    cards.into_iter().flatten().take(contract::rehearsal::MAX_CARDS).collect()
}

/// True when a jobmål changed after the script was saved, so the borger may want to build it again.
pub fn goals_changed_since(saved_at: Option<OffsetDateTime>, goals: &[JobGoal]) -> bool {
    saved_at.is_some_and(|at| goals.iter().any(|g| g.updated_at > at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rehearsal::fixtures::goal;
    use contract::cv::CompetenceKind;
    use contract::jobgoal::JobGoalStatus;
    use time::macros::datetime;

    const W: Words = Words {
        goal_heading: "Mit jobmål",
        goal: "Mit jobmål er {title}.",
        sector: "Jeg tænker på {sector}.",
        reasons_heading: "Derfor passer det til mig",
        good_at: "Jeg er god til:",
        tasks_heading: "Det kan jeg",
        tasks: "Jeg kan for eksempel:",
        conditions_heading: "Sådan fungerer det for mig",
        conditions: "Det fungerer godt for mig med:",
        development_heading: "Her kan jeg udvikle mig",
        other_heading: "Jobmål {track}",
        other: "Jeg kan også se mig selv som {title}.",
        search_heading: "Sådan vil jeg søge job",
        search_agreed: "Det har jeg aftalt:",
        search_start: "Jeg vil søge job ved at …",
    };

    #[test]
    fn jobmaal_a_comes_first_with_reasons_tasks_and_hensyn_as_conditions() {
        let goals = [goal("B", "Lager", JobGoalStatus::Active), goal("A", "Kantine", JobGoalStatus::Active)];
        let cards = build(&goals, &[], &[], &W);
        let headings: Vec<_> = cards.iter().map(|c| c.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                "Mit jobmål A",
                "Derfor passer det til mig",
                "Det kan jeg",
                "Sådan fungerer det for mig",
                "Jobmål B",
                "Sådan vil jeg søge job"
            ]
        );
        assert_eq!(cards[0].text, "Mit jobmål er Kantine.");
        assert_eq!(cards[2].text, "Jeg kan for eksempel:\n• Kantine opgave 1\n• Kantine opgave 2");
        assert_eq!(cards[3].text, "Det fungerer godt for mig med:\n• Pause hver time");
        assert!(cards[4].text.starts_with("Jeg kan også se mig selv som Lager.\n"));
        assert_eq!(cards[5].text, "Jeg vil søge job ved at …");
    }

    #[test]
    fn picked_competences_and_the_job_search_aftaler_are_said_in_the_borgers_words() {
        let mut a = goal("A", "Receptionist", JobGoalStatus::Active);
        let kundekontakt = CompetenceItem {
            id: uuid::Uuid::new_v4(),
            kind: CompetenceKind::Transferable,
            title: "Kundekontakt".into(),
        };
        let other =
            CompetenceItem { id: uuid::Uuid::new_v4(), kind: CompetenceKind::Professional, title: "Svejsning".into() };
        a.content.competence_ids = vec![kundekontakt.id];
        a.content.development = "Jeg kan lære Outlook.".into();
        a.content.sector = "kontorer i Viborg".into();
        let cards = build(&[a], &[kundekontakt, other], &["Søg 2 job om ugen".into()], &W);
        assert_eq!(cards[0].text, "Mit jobmål er Receptionist.\nJeg tænker på kontorer i Viborg.");
        assert!(cards[1].text.contains("Jeg er god til:\n• Kundekontakt"));
        assert!(!cards[1].text.contains("Svejsning"));
        assert_eq!(
            cards.iter().find(|c| c.heading == "Her kan jeg udvikle mig").unwrap().text,
            "Jeg kan lære Outlook."
        );
        assert_eq!(cards.last().unwrap().text, "Det har jeg aftalt:\n• Søg 2 job om ugen");
    }

    #[test]
    fn without_active_jobmaal_only_the_job_search_card_remains() {
        let cards = build(&[goal("A", "Pause", JobGoalStatus::Paused)], &[], &[], &W);
        assert_eq!(cards.len(), 1);
        assert_eq!(cards[0].heading, "Sådan vil jeg søge job");
    }

    #[test]
    fn a_jobmaal_changed_after_saving_is_noticed() {
        let g = goal("A", "Kantine", JobGoalStatus::Active);
        assert!(goals_changed_since(Some(datetime!(2026-10-01 10:00 UTC)), std::slice::from_ref(&g)));
        assert!(!goals_changed_since(Some(datetime!(2026-11-02 10:00 UTC)), std::slice::from_ref(&g)));
        assert!(!goals_changed_since(None, &[g]));
    }
}
