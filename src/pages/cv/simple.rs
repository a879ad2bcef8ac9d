//! Fritid og interesser, sprog, kørekort og certifikater.

use super::bind;
use super::items::{ItemList, Kind};
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Lang, Message, dates};
use crate::lens;
use contract::cv::{LanguageItem, LanguageLevel, LicenceItem, LicenceKind, NoteItem};
use contract::validate::{LONG, SHORT};
use leptos::prelude::*;
use uuid::Uuid;

/// Fritid og interesser.
#[component]
pub fn LeisureSection() -> impl IntoView {
    let kind = Kind {
        lens: lens!(Leisure, leisure),
        blank: || NoteItem { id: Uuid::new_v4(), title: String::new(), description: String::new() },
        title: |n| n.title.clone(),
        sub: |n, _| n.description.lines().next().unwrap_or("").to_owned(),
    };
    view! { <ItemList kind=kind editor=move |w| view! {
        {bind::text(w, "title", M::Activity, None, SHORT, 0, |n| &n.title, |n| &mut n.title)}
        {bind::text(w, "description", M::Description, None, LONG, 3, |n| &n.description, |n| &mut n.description)}
    } /> }
}

/// The name of a language level.
pub fn level(l: LanguageLevel) -> M {
    match l {
        LanguageLevel::Basic => M::LevelBasic,
        LanguageLevel::Good => M::LevelGood,
        LanguageLevel::VeryGood => M::LevelVeryGood,
        LanguageLevel::Native => M::LevelNative,
    }
}

fn levels() -> Vec<(LanguageLevel, M)> {
    [LanguageLevel::Basic, LanguageLevel::Good, LanguageLevel::VeryGood, LanguageLevel::Native]
        .into_iter()
        .map(|l| (l, level(l)))
        .collect()
}

fn language_sub(l: &LanguageItem, lang: Lang) -> String {
    format!(
        "{}: {}, {}: {}",
        M::Spoken.text(lang),
        level(l.spoken).text(lang).to_lowercase(),
        M::Written2.text(lang),
        level(l.written).text(lang).to_lowercase()
    )
}

/// Sprog.
#[component]
pub fn LanguagesSection() -> impl IntoView {
    let kind = Kind {
        lens: lens!(Languages, languages),
        blank: || LanguageItem {
            id: Uuid::new_v4(),
            language: String::new(),
            spoken: LanguageLevel::Good,
            written: LanguageLevel::Good,
        },
        title: |l| l.language.clone(),
        sub: language_sub,
    };
    view! { <ItemList kind=kind editor=move |w| view! {
        {bind::text(w, "language", M::Language, None, SHORT, 0, |x| &x.language, |x| &mut x.language)}
        {bind::choice(w, "spoken", M::Spoken, levels(), |x| x.spoken, |x, v| x.spoken = v)}
        {bind::choice(w, "written", M::Written2, levels(), |x| x.written, |x, v| x.written = v)}
    } /> }
}

/// Kørekort og certifikater.
#[component]
pub fn LicencesSection() -> impl IntoView {
    let kind = Kind {
        lens: lens!(Licences, licences),
        blank: || LicenceItem {
            id: Uuid::new_v4(),
            kind: LicenceKind::Driving,
            title: String::new(),
            valid_until: None,
        },
        title: |l| l.title.clone(),
        sub: |l, lang| {
            let k = if l.kind == LicenceKind::Driving { M::Driving } else { M::Certificate };
            match l.valid_until {
                Some(m) => format!(
                    "{}, {} {}",
                    k.text(lang),
                    M::ValidUntil.text(lang).to_lowercase(),
                    dates::year_month(m, lang)
                ),
                None => k.text(lang).to_owned(),
            }
        },
    };
    view! { <ItemList kind=kind editor=move |w| view! {
        {bind::choice(w, "kind", M::Kind, vec![(LicenceKind::Driving, M::Driving), (LicenceKind::Certificate, M::Certificate)], |x| x.kind, |x, k| x.kind = k)}
        {bind::text(w, "title", M::Name, None, SHORT, 0, |x| &x.title, |x| &mut x.title)}
        {bind::month(w, "valid_until", M::ValidUntil, |x| x.valid_until, |x, m| x.valid_until = m)}
    } /> }
}
