//! Adding what a file holds to the CV the borger has: never overwriting, never doubling, never past the
//! limit of 100 per section.

use contract::cv::*;
use contract::validate::MANY;
use serde::Serialize;

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Entries added, per section.
    pub added: Vec<(CvSection, usize)>,
    /// Entries already in the CV (same id or same content), left out.
    pub duplicates: usize,
    /// Entries that did not fit under the limit.
    pub over_limit: usize,
    /// The file had a faglig profil but the CV already has one; the CV's own is kept.
    pub profile_kept: bool,
}

/// Two entries are the same when they serialise alike apart from the id.
fn same<T: Serialize>(a: &T, b: &T) -> bool {
    let strip = |v: &T| {
        let mut j = serde_json::to_value(v).unwrap_or_default();
        if let Some(o) = j.as_object_mut() {
            o.remove("id");
        }
        j
    };
    strip(a) == strip(b)
}

fn add<T: Serialize + Clone>(
    section: CvSection,
    have: &mut Vec<T>,
    new: &[T],
    id: fn(&T) -> uuid::Uuid,
    r: &mut MergeReport,
) {
    let mut n = 0;
    for item in new {
        if have.iter().any(|h| id(h) == id(item) || same(h, item)) {
            r.duplicates += 1;
        } else if have.len() >= MANY {
            r.over_limit += 1;
        } else {
            have.push(item.clone());
            n += 1;
        }
    }
    if n > 0 {
        r.added.push((section, n));
    }
}

/// The CV with the file's entries added after the borger's own.
pub fn merge(existing: &CvContent, incoming: &CvContent) -> (CvContent, MergeReport) {
    let mut cv = existing.clone();
    let mut r = MergeReport::default();
    let inc = incoming.profile.trim();
    if cv.profile.trim().is_empty() {
        cv.profile = incoming.profile.clone();
        if !inc.is_empty() {
            r.added.push((CvSection::Profile, 1));
        }
    } else if !inc.is_empty() && inc != cv.profile.trim() {
        r.profile_kept = true;
    }
    add(CvSection::Seeking, &mut cv.seeking, &incoming.seeking, |x| x.id, &mut r);
    add(CvSection::Work, &mut cv.work, &incoming.work, |x| x.id, &mut r);
    add(CvSection::Gaps, &mut cv.gaps, &incoming.gaps, |x| x.id, &mut r);
    add(CvSection::Education, &mut cv.education, &incoming.education, |x| x.id, &mut r);
    add(CvSection::Courses, &mut cv.courses, &incoming.courses, |x| x.id, &mut r);
    add(CvSection::Internships, &mut cv.internships, &incoming.internships, |x| x.id, &mut r);
    add(CvSection::Volunteering, &mut cv.volunteering, &incoming.volunteering, |x| x.id, &mut r);
    add(CvSection::Leisure, &mut cv.leisure, &incoming.leisure, |x| x.id, &mut r);
    add(CvSection::Languages, &mut cv.languages, &incoming.languages, |x| x.id, &mut r);
    add(CvSection::Licences, &mut cv.licences, &incoming.licences, |x| x.id, &mut r);
    add(CvSection::Competences, &mut cv.competences, &incoming.competences, |x| x.id, &mut r);
    add(CvSection::Qualities, &mut cv.qualities, &incoming.qualities, |x| x.id, &mut r);
    add(CvSection::WorksForMe, &mut cv.works_for_me, &incoming.works_for_me, |x| x.id, &mut r);
    (cv, r)
}
