//! The CV as a document to print or show: the brutto CV whole, or a targeted CV's chosen items in its own
//! section order with its own texts. Texts follow the brutto CV unless the borger wrote their own for
//! that targeted CV.

use contract::common::{Period, YearMonth};
use contract::cv::{CvContent, CvSection, LanguageLevel, TargetedCvInput, TextChoice};
use uuid::Uuid;

/// One item as printed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocItem {
    /// The brutto item's id.
    pub id: Uuid,
    /// The heading (stilling, uddannelse, sprog …).
    pub title: String,
    /// Where (arbejdsgiver, uddannelsessted, udbyder …).
    pub place: String,
    /// When, as a period.
    pub period: Option<Period>,
    /// When, as one month (a course) or valid-until (a certificate).
    pub month: Option<YearMonth>,
    /// Task lines.
    pub lines: Vec<String>,
    /// The text chosen for this CV.
    pub text: String,
    /// Spoken and written level, for a language.
    pub levels: Option<(LanguageLevel, LanguageLevel)>,
}

/// The document: the profile and the sections with their items, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The faglig profil.
    pub profile: String,
    /// Sections that have items, in print order (the profile is printed first, on its own).
    pub sections: Vec<(CvSection, Vec<DocItem>)>,
}

fn texts(short: &str, long: &str, choice: TextChoice) -> String {
    let (first, second) = if choice == TextChoice::Long { (long, short) } else { (short, long) };
    if first.trim().is_empty() { second.to_owned() } else { first.to_owned() }
}

/// Every item of a section, with the text `choice` picks.
pub fn items(cv: &CvContent, section: CvSection, choice: impl Fn(Uuid) -> TextChoice) -> Vec<DocItem> {
    let d = DocItem::default;
    match section {
        CvSection::Profile => vec![],
        CvSection::Seeking => cv.seeking.iter().map(|t| DocItem { id: t.id, title: t.text.clone(), ..d() }).collect(),
        CvSection::Qualities => {
            cv.qualities.iter().map(|t| DocItem { id: t.id, title: t.text.clone(), ..d() }).collect()
        }
        CvSection::WorksForMe => {
            cv.works_for_me.iter().map(|t| DocItem { id: t.id, title: t.text.clone(), ..d() }).collect()
        }
        CvSection::Competences => {
            cv.competences.iter().map(|c| DocItem { id: c.id, title: c.title.clone(), ..d() }).collect()
        }
        CvSection::Work | CvSection::Volunteering => {
            let list = if section == CvSection::Work { &cv.work } else { &cv.volunteering };
            list.iter()
                .map(|w| DocItem {
                    id: w.id,
                    title: w.title.clone(),
                    place: w.employer.clone(),
                    period: Some(w.period),
                    lines: w.tasks.clone(),
                    text: texts(&w.short_text, &w.long_text, choice(w.id)),
                    ..d()
                })
                .collect()
        }
        CvSection::Gaps => cv
            .gaps
            .iter()
            .map(|g| DocItem { id: g.id, title: g.label.clone(), period: Some(g.period), ..d() })
            .collect(),
        CvSection::Education => cv
            .education
            .iter()
            .map(|e| DocItem {
                id: e.id,
                title: e.title.clone(),
                place: e.institution.clone(),
                period: Some(e.period),
                text: texts(&e.short_text, &e.long_text, choice(e.id)),
                ..d()
            })
            .collect(),
        CvSection::Courses => cv
            .courses
            .iter()
            .map(|c| DocItem {
                id: c.id,
                title: c.title.clone(),
                place: c.provider.clone(),
                month: c.when,
                text: c.short_text.clone(),
                ..d()
            })
            .collect(),
        CvSection::Internships => cv
            .internships
            .iter()
            .map(|p| DocItem {
                id: p.id,
                title: p.company.clone(),
                period: Some(p.period),
                lines: p.tasks.clone(),
                text: p.short_text.clone(),
                ..d()
            })
            .collect(),
        CvSection::Leisure => cv
            .leisure
            .iter()
            .map(|n| DocItem { id: n.id, title: n.title.clone(), text: n.description.clone(), ..d() })
            .collect(),
        CvSection::Languages => cv
            .languages
            .iter()
            .map(|l| DocItem { id: l.id, title: l.language.clone(), levels: Some((l.spoken, l.written)), ..d() })
            .collect(),
        CvSection::Licences => cv
            .licences
            .iter()
            .map(|l| DocItem { id: l.id, title: l.title.clone(), month: l.valid_until, ..d() })
            .collect(),
    }
}

/// The whole brutto CV, with the long texts (the short one where there is no long).
pub fn brutto(cv: &CvContent) -> Document {
    let sections = CvSection::ALL
        .into_iter()
        .map(|s| (s, items(cv, s, |_| TextChoice::Long)))
        .filter(|(_, items)| !items.is_empty())
        .collect();
    Document { profile: cv.profile.clone(), sections }
}

/// The order a targeted CV prints its sections in: its own order, then the rest in standard order.
pub fn section_order(t: &TargetedCvInput) -> Vec<CvSection> {
    let mut order: Vec<CvSection> = Vec::new();
    for s in t.sections.iter().chain(CvSection::ALL.iter()) {
        if !order.contains(s) {
            order.push(*s);
        }
    }
    order
}

/// A targeted CV: only the chosen items (items deleted from the brutto CV since are left out), in its
/// section order, each with the borger's own text for this CV when there is one.
pub fn targeted(cv: &CvContent, t: &TargetedCvInput) -> Document {
    let chosen = |id: Uuid| t.items.iter().find(|i| i.item_id == id);
    let sections = section_order(t)
        .into_iter()
        .filter(|s| *s != CvSection::Profile)
        .map(|s| {
            let list: Vec<DocItem> = items(cv, s, |id| chosen(id).map(|c| c.text).unwrap_or(TextChoice::Short))
                .into_iter()
                .filter_map(|mut item| {
                    let c = chosen(item.id)?;
                    if let Some(own) = &c.custom_text {
                        item.text.clone_from(own);
                    }
                    Some(item)
                })
                .collect();
            (s, list)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
    let profile = if t.profile.trim().is_empty() { cv.profile.clone() } else { t.profile.clone() };
    Document { profile, sections }
}

#[cfg(test)]
mod tests;
