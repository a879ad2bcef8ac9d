//! Phrases the borger can tap to add to their CV (tasks, competences, qualities, work conditions), for people
//! who think they have nothing to write, filtered as they type. The list is in `data.rs`.

mod data;

/// What a phrase is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhraseKind {
    /// An arbejdsopgave, as a CV task line.
    Task,
    /// A faglig kompetence.
    Competence,
    /// A brancheneutral kompetence.
    Transferable,
    /// A personlig egenskab.
    Quality,
    /// A work condition for "det fungerer for mig".
    WorksForMe,
}

/// The area of work a phrase belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// Kontor.
    Office,
    /// Køkken og kantine.
    Kitchen,
    /// Lager.
    Warehouse,
    /// Rengøring.
    Cleaning,
    /// Butik.
    Shop,
    /// Pleje og omsorg.
    Care,
    /// Håndværk og vedligehold.
    Craft,
    /// IT og kommunikation.
    It,
    /// Alle brancher.
    General,
}

const AREAS: [Area; 9] = [
    Area::Office,
    Area::Kitchen,
    Area::Warehouse,
    Area::Cleaning,
    Area::Shop,
    Area::Care,
    Area::Craft,
    Area::It,
    Area::General,
];

impl Area {
    /// Every area, in the order the choice lists them.
    pub fn all() -> &'static [Area] {
        &AREAS
    }

    /// A stable name for forms.
    pub fn slug(self) -> &'static str {
        match self {
            Area::Office => "kontor",
            Area::Kitchen => "koekken",
            Area::Warehouse => "lager",
            Area::Cleaning => "rengoering",
            Area::Shop => "butik",
            Area::Care => "pleje",
            Area::Craft => "haandvaerk",
            Area::It => "it",
            Area::General => "alle",
        }
    }

    /// The area named `slug`.
    pub fn from_slug(slug: &str) -> Option<Area> {
        AREAS.into_iter().find(|a| a.slug() == slug)
    }
}

/// One phrase.
#[derive(Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The Danish text as it goes on the CV.
    pub text: &'static str,
    /// The area.
    pub area: Area,
    /// What it is for.
    pub kind: PhraseKind,
}

/// Every phrase.
pub fn all() -> &'static [Phrase] {
    data::PHRASES
}

/// Lower case, "aa" read as "å", accents dropped, so "Kokken", "køkken" and "cafe"/"café" find each other
/// the way people type on a phone.
pub fn fold(s: &str) -> String {
    let lower = s.to_lowercase().replace("aa", "å");
    lower
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'á' | 'à' | 'â' | 'ä' => 'a',
            'ó' | 'ò' | 'ô' | 'ö' => 'ø',
            'ü' | 'ú' => 'u',
            'í' | 'ï' => 'i',
            c => c,
        })
        .collect()
}

/// How well a phrase matches what is typed: 0 starts with it, 1 a word starts with it, 2 contains it.
fn rank(phrase: &str, typed: &str) -> Option<u8> {
    let p = fold(phrase);
    if p.starts_with(typed) {
        Some(0)
    } else if p.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(typed)) {
        Some(1)
    } else if p.contains(typed) {
        Some(2)
    } else {
        None
    }
}

/// Up to `limit` phrases of the given kinds (and area, if chosen) matching what is typed, best first,
/// leaving out what the borger already has. With nothing typed, the list order.
pub fn suggest(
    kinds: &[PhraseKind],
    area: Option<Area>,
    typed: &str,
    exclude: &[&str],
    limit: usize,
) -> Vec<&'static Phrase> {
    let typed = fold(typed.trim());
    let have: Vec<String> = exclude.iter().map(|e| fold(e.trim())).collect();
    let mut found: Vec<(u8, usize, &'static Phrase)> = all()
        .iter()
        .enumerate()
        .filter(|(_, p)| kinds.contains(&p.kind) && area.is_none_or(|a| a == p.area))
        .filter(|(_, p)| !have.contains(&fold(p.text)))
        .filter_map(|(i, p)| if typed.is_empty() { Some((0, i, p)) } else { rank(p.text, &typed).map(|r| (r, i, p)) })
        .collect();
    found.sort_by_key(|(r, i, _)| (*r, *i));
    found.into_iter().take(limit).map(|(_, _, p)| p).collect()
}

#[cfg(test)]
mod tests;
