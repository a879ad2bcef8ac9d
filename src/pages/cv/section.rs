//! One CV section at a time (mobile first): what it is for, prompts for people who think they have
//! nothing to write, the editor, and the way on to the next section.

use super::WithCv;
use super::entries::{CoursesSection, EducationSection, GapsSection, InternshipsSection};
use super::fields::CvText;
use super::simple::{LanguagesSection, LeisureSection, LicencesSection};
use super::status::SaveStatus;
use super::texts::{CompetencesSection, QualitiesSection, SeekingSection, WorksForMeSection};
use super::work::{VolunteeringSection, WorkSection};
use crate::components::page::PageHeading;
use crate::domain::routes;
use crate::i18n::cv::{CvMsg as M, section_title};
use crate::i18n::{cv_help, use_i18n};
use crate::pages::not_found::NotFoundPage;
use crate::store::cv::use_cv;
use contract::cv::CvSection;
use contract::validate::LONG;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// /mit-cv/:section
#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let section = move || params.with(|p| p.get("section").and_then(|s| routes::cv_section_from_slug(&s)));
    move || match section() {
        Some(s) => view! { <WithCv><Section section=s /></WithCv> }.into_any(),
        None => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn Section(section: CvSection) -> impl IntoView {
    let i18n = use_i18n();
    let at = CvSection::ALL.iter().position(|s| *s == section).unwrap_or(0);
    let prev = at.checked_sub(1).map(|i| CvSection::ALL[i]);
    let next = CvSection::ALL.get(at + 1).copied();
    let nav = move |s: CvSection, label: M| {
        view! { <A href=routes::cv_section(s) attr:class="button button-secondary">{i18n.t(label)}": "{i18n.t(section_title(s))}</A> }
    };
    view! {
        <p class="d-print-none"><A href=routes::CV attr:class="back-link">{i18n.t(M::Back)}</A></p>
        <PageHeading title=section_title(section) />
        <SaveStatus />
        <Help section=section />
        <div class="app-cv-section">{editor(section)}</div>
        <nav class="app-section-nav" aria-label=move || i18n.now(M::Sections)>
            {prev.map(|s| nav(s, M::PrevSection))}
            {next.map(|s| nav(s, M::NextSection))}
        </nav>
    }
}

fn editor(section: CvSection) -> AnyView {
    match section {
        CvSection::Profile => view! { <ProfileSection /> }.into_any(),
        CvSection::Seeking => view! { <SeekingSection /> }.into_any(),
        CvSection::Work => view! { <WorkSection /> }.into_any(),
        CvSection::Gaps => view! { <GapsSection /> }.into_any(),
        CvSection::Education => view! { <EducationSection /> }.into_any(),
        CvSection::Courses => view! { <CoursesSection /> }.into_any(),
        CvSection::Internships => view! { <InternshipsSection /> }.into_any(),
        CvSection::Volunteering => view! { <VolunteeringSection /> }.into_any(),
        CvSection::Leisure => view! { <LeisureSection /> }.into_any(),
        CvSection::Languages => view! { <LanguagesSection /> }.into_any(),
        CvSection::Licences => view! { <LicencesSection /> }.into_any(),
        CvSection::Competences => view! { <CompetencesSection /> }.into_any(),
        CvSection::Qualities => view! { <QualitiesSection /> }.into_any(),
        CvSection::WorksForMe => view! { <WorksForMeSection /> }.into_any(),
    }
}

/// What the section is for, and prompts to jog the memory, folded away until asked for.
#[component]
fn Help(section: CvSection) -> impl IntoView {
    let i18n = use_i18n();
    let slug = section.slug();
    view! {
        {cv_help::intro(slug).map(|m| view! { <p class="font-lead">{i18n.t(m)}</p> })}
        <details class="details d-print-none" open=section == CvSection::Work>
            <summary class="details-summary"><span class="details-summary-text">{i18n.t(M::HelpTitle)}</span></summary>
            <div class="details-text">
                <ul>{cv_help::prompts(slug).iter().map(|p| view! { <li>{i18n.t(*p)}</li> }).collect_view()}</ul>
            </div>
        </details>
    }
}

#[component]
fn ProfileSection() -> impl IntoView {
    let store = use_cv();
    // Compared in place: an edit elsewhere in the CV clones nothing and updates nothing here.
    let value = Memo::new_owning(move |old: Option<String>| {
        store.draft.with(|d| {
            let now = d.as_ref().map(|cv| cv.profile.as_str()).unwrap_or_default();
            match old {
                Some(old) if old == now => (old, false),
                _ => (now.to_owned(), true),
            }
        })
    });
    let on_input = Callback::new(move |s: String| store.edit(|cv| cv.profile = s));
    view! {
        <CvText id="cv-profile".into() label=M::Profile hint=M::ProfileHint value=value on_input=on_input
            path=Signal::stored(Some("profile".to_owned())) limit=LONG rows=6 />
    }
}
