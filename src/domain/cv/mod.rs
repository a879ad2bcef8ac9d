//! Mit CV's pure rules: what can be sent now and what waits, how complete the CV is, moving items, years.

pub mod completeness;
pub mod document;

use contract::cv::{CvContent, CvSection};
use contract::{FieldError, FieldErrorCode, Validate};
use std::collections::BTreeSet;

/// What autosave can send now.
#[derive(Debug, Clone, PartialEq)]
pub struct Sendable {
    /// The CV to send: normalised, without the items that wait.
    pub content: CvContent,
    /// Items that wait until a required field is filled in: (section, index in the draft).
    pub waiting: Vec<(CvSection, usize)>,
    /// Every problem in the draft, with paths as in the draft (for the messages next to the fields).
    pub errors: Vec<FieldError>,
    /// True when a problem stops the whole CV from being sent (a text too long, a character not allowed).
    pub blocked: bool,
}

/// Problems that only mean "this item is not finished yet": the item waits, the rest of the CV is saved.
fn unfinished(code: FieldErrorCode) -> bool {
    matches!(code, FieldErrorCode::Required | FieldErrorCode::InvalidDate | FieldErrorCode::EndBeforeStart)
}

/// Splits a problem's path ("work.3.title") into its section and item index.
pub fn item_of(path: &str) -> Option<(CvSection, usize)> {
    let mut parts = path.split('.');
    let section = CvSection::from_slug(parts.next()?)?;
    let index = parts.next()?.parse().ok()?;
    Some((section, index))
}

/// Decides what autosave sends: unfinished items wait (they stay in the draft, marked), anything else wrong
/// stops the save until the borger has fixed it, so the server never gets a CV it must refuse.
pub fn sendable(draft: &CvContent) -> Sendable {
    let mut content = draft.clone();
    let errors = content.validate().err().unwrap_or_default();
    let waiting: BTreeSet<(CvSection, usize)> =
        errors.iter().filter(|e| unfinished(e.code)).filter_map(|e| item_of(&e.field)).collect();
    let blocked = errors.iter().any(|e| !(unfinished(e.code) && item_of(&e.field).is_some()));
    for (section, index) in waiting.iter().rev() {
        remove(&mut content, *section, *index);
    }
    Sendable { content, waiting: waiting.into_iter().collect(), errors, blocked }
}

/// Removes item `i` of `section` (nothing for the profile or an index past the end).
pub fn remove(cv: &mut CvContent, section: CvSection, i: usize) {
    fn drop_at<T>(v: &mut Vec<T>, i: usize) {
        if i < v.len() {
            v.remove(i);
        }
    }
    match section {
        CvSection::Profile => {}
        CvSection::Seeking => drop_at(&mut cv.seeking, i),
        CvSection::Work => drop_at(&mut cv.work, i),
        CvSection::Gaps => drop_at(&mut cv.gaps, i),
        CvSection::Education => drop_at(&mut cv.education, i),
        CvSection::Courses => drop_at(&mut cv.courses, i),
        CvSection::Internships => drop_at(&mut cv.internships, i),
        CvSection::Volunteering => drop_at(&mut cv.volunteering, i),
        CvSection::Leisure => drop_at(&mut cv.leisure, i),
        CvSection::Languages => drop_at(&mut cv.languages, i),
        CvSection::Licences => drop_at(&mut cv.licences, i),
        CvSection::Competences => drop_at(&mut cv.competences, i),
        CvSection::Qualities => drop_at(&mut cv.qualities, i),
        CvSection::WorksForMe => drop_at(&mut cv.works_for_me, i),
    }
}

/// How many entries a section has (the faglig profil counts as one when written).
pub fn count(cv: &CvContent, section: CvSection) -> usize {
    match section {
        CvSection::Profile => usize::from(!cv.profile.trim().is_empty()),
        CvSection::Seeking => cv.seeking.len(),
        CvSection::Work => cv.work.len(),
        CvSection::Gaps => cv.gaps.len(),
        CvSection::Education => cv.education.len(),
        CvSection::Courses => cv.courses.len(),
        CvSection::Internships => cv.internships.len(),
        CvSection::Volunteering => cv.volunteering.len(),
        CvSection::Leisure => cv.leisure.len(),
        CvSection::Languages => cv.languages.len(),
        CvSection::Licences => cv.licences.len(),
        CvSection::Competences => cv.competences.len(),
        CvSection::Qualities => cv.qualities.len(),
        CvSection::WorksForMe => cv.works_for_me.len(),
    }
}

/// Moves item `i` one place up (`up`) or down; does nothing at the ends. Returns the new index.
pub fn move_item<T>(list: &mut [T], i: usize, up: bool) -> usize {
    let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < list.len()) };
    match j {
        Some(j) if i < list.len() => {
            list.swap(i, j);
            j
        }
        _ => i,
    }
}

/// Reads a year as typed ("2019", " 2019 "); `None` unless it is four digits between 1900 and 2100.
pub fn parse_year(typed: &str) -> Option<i32> {
    let t = typed.trim();
    let year: i32 = t.parse().ok().filter(|_| t.len() == 4)?;
    (1900..=2100).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests;
