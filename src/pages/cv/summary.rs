//! The CV as plain lines per section: used to show two versions side by side after a conflict.

use super::simple::level;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Lang, Message, dates};
use contract::common::Period;
use contract::cv::{CvContent, CvSection, WorkItem};

fn when(p: &Period, lang: Lang) -> String {
    dates::period(p, M::Now.text(lang), lang)
}

fn work(w: &WorkItem, lang: Lang) -> String {
    let mut s = format!("{}, {} ({})", w.title, w.employer, when(&w.period, lang));
    for t in &w.tasks {
        s.push_str(&format!("\n– {t}"));
    }
    for extra in [&w.responsibility, &w.short_text, &w.long_text] {
        if !extra.is_empty() {
            s.push_str(&format!("\n{extra}"));
        }
    }
    s
}

/// The section's items as text, one string per item.
pub fn lines(cv: &CvContent, section: CvSection, lang: Lang) -> Vec<String> {
    match section {
        CvSection::Profile => (!cv.profile.is_empty()).then(|| cv.profile.clone()).into_iter().collect::<Vec<_>>(),
        CvSection::Seeking => cv.seeking.iter().map(|t| t.text.clone()).collect(),
        CvSection::Work => cv.work.iter().map(|w| work(w, lang)).collect(),
        CvSection::Volunteering => cv.volunteering.iter().map(|w| work(w, lang)).collect(),
        CvSection::Gaps => cv.gaps.iter().map(|g| format!("{} ({})", g.label, when(&g.period, lang))).collect(),
        CvSection::Education => cv
            .education
            .iter()
            .map(|e| format!("{}, {} ({})\n{}", e.title, e.institution, when(&e.period, lang), e.long_text))
            .collect(),
        CvSection::Courses => {
            cv.courses.iter().map(|c| format!("{}, {}\n{}", c.title, c.provider, c.short_text)).collect()
        }
        CvSection::Internships => cv
            .internships
            .iter()
            .map(|p| format!("{} ({})\n{}\n{}", p.company, when(&p.period, lang), p.tasks.join("\n"), p.short_text))
            .collect(),
        CvSection::Leisure => cv.leisure.iter().map(|n| format!("{}\n{}", n.title, n.description)).collect(),
        CvSection::Languages => cv
            .languages
            .iter()
            .map(|l| format!("{}: {} / {}", l.language, level(l.spoken).text(lang), level(l.written).text(lang)))
            .collect(),
        CvSection::Licences => cv.licences.iter().map(|l| l.title.clone()).collect(),
        CvSection::Competences => cv.competences.iter().map(|c| c.title.clone()).collect(),
        CvSection::Qualities => cv.qualities.iter().map(|t| t.text.clone()).collect(),
        CvSection::WorksForMe => cv.works_for_me.iter().map(|t| t.text.clone()).collect(),
    }
    .into_iter()
    .map(|s| s.trim().to_owned())
    .collect()
}

/// The sections where two versions differ.
pub fn differing(a: &CvContent, b: &CvContent) -> Vec<CvSection> {
    CvSection::ALL.into_iter().filter(|s| lines(a, *s, Lang::Da) != lines(b, *s, Lang::Da)).collect()
}
