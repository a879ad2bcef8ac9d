//! The question bank for "Øv din fremlæggelse", as data: adding a row here adds a question to the drill, with
//! nothing else to change. Ids are stored in the rehearsal log, so an id is never reused for another question.
//! `{meeting}` becomes the name of the borger's next meeting from Min plan ("rehabiliteringsmøde", …).
//! Assembled from the domain brief §3.2 (the training content and the SMART questions); calm, second person.

/// One likely question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BankQuestion {
    /// Stable id for the rehearsal log.
    pub id: &'static str,
    /// Danish.
    pub da: &'static str,
    /// English.
    pub en: &'static str,
}

impl BankQuestion {
    /// The text in `lang`, with the meeting's name filled in.
    pub fn text(&self, lang: super::Lang, meeting: &str) -> String {
        let t = match lang {
            super::Lang::Da => self.da,
            super::Lang::En => self.en,
        };
        t.replace("{meeting}", meeting)
    }
}

const fn q(id: &'static str, da: &'static str, en: &'static str) -> BankQuestion {
    BankQuestion { id, da, en }
}

/// The bank, in the order it is practised (after the questions made from the borger's own jobmål).
pub const BANK: &[BankQuestion] = &[
    q(
        "q1",
        "Fortæl kort om dig selv og det, du har lavet før.",
        "Tell us briefly about yourself and what you have done before.",
    ),
    q(
        "q2",
        "Hvilket job vil du helst have, og hvilke andre job kan du se dig selv i?",
        "Which job would you most like, and which other jobs can you see yourself in?",
    ),
    q("q3", "Hvad er du god til?", "What are you good at?"),
    q("q4", "Hvilke opgaver kan du løse i dag?", "Which tasks can you do today?"),
    q("q5", "Hvad skal der til, for at et job fungerer for dig?", "What does it take for a job to work for you?"),
    q(
        "q6",
        "Hvor mange timer tror du, at du kan arbejde lige nu – og hvad kan ændre det?",
        "How many hours do you think you can work right now – and what could change that?",
    ),
    q("q7", "Hvad har du lært af dine tidligere job?", "What have you learned from your earlier jobs?"),
    q("q8", "Hvordan har du det med at starte i en praktik?", "How do you feel about starting a work placement?"),
    q("q9", "Hvad vil du gerne blive bedre til?", "What would you like to get better at?"),
    q(
        "q10",
        "Hvad har hjulpet dig tidligere, når noget var svært?",
        "What has helped you before when something was hard?",
    ),
    q(
        "q11",
        "Hvad vil du gerne bede om hjælp til, når du er til {meeting}?",
        "What would you like to ask for help with at {meeting}?",
    ),
    q(
        "q12",
        "Er der noget, du er bekymret for, før du skal til {meeting}?",
        "Is there anything you are worried about before {meeting}?",
    ),
    q(
        "q13",
        "Hvordan vil du søge job? Hvem i dit netværk kan du kontakte?",
        "How will you look for work? Who in your network can you contact?",
    ),
    q(
        "q14",
        "Hvor kan der ske en forandring i dit liv, som kan give mere arbejdsevne over tid? Fx hjælpemidler, vaner eller et bedre match.",
        "Where could a change in your life give you more capacity for work over time? For example aids, habits or a better match.",
    ),
    q(
        "q15",
        "Har du været i praktik eller småjob inden for dit jobmål?",
        "Have you had a work placement or a small job within your job goal?",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_has_at_least_12_questions_with_unique_ids_and_both_languages() {
        assert!(BANK.len() >= 12);
        let mut ids: Vec<_> = BANK.iter().map(|b| b.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), BANK.len());
        assert!(BANK.iter().all(|b| !b.da.trim().is_empty() && !b.en.trim().is_empty()));
        assert!(BANK.iter().all(|b| b.da.contains("{meeting}") == b.en.contains("{meeting}")));
    }

    #[test]
    fn the_meeting_name_comes_from_the_plan() {
        let q11 = BANK.iter().find(|b| b.id == "q11").unwrap();
        assert_eq!(
            q11.text(crate::i18n::Lang::Da, "rehabiliteringsmøde"),
            "Hvad vil du gerne bede om hjælp til, når du er til rehabiliteringsmøde?"
        );
    }
}
