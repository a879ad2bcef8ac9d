//! /mit-cv: the completeness guide (what matters most for being found, never a score), every section with
//! how much is in it, and the targeted CVs, print and export.

use super::WithCv;
use super::status::SaveStatus;
use crate::components::later::Later;
use crate::components::page::PageHeading;
use crate::domain::cv::completeness::{KeyPoint, completeness};
use crate::domain::cv::count;
use crate::domain::routes;
use crate::i18n::cv::{CvMsg as M, section_title};
use crate::i18n::{Message, Msg, use_i18n};
use crate::store::cv::use_cv;
use contract::cv::CvSection;
use leptos::prelude::*;
use leptos_router::components::A;

/// /mit-cv
#[component]
pub fn CvPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading title=Msg::NavCv />
        <p class="font-lead">{i18n.t(M::Intro)}</p>
        <WithCv>
            <SaveStatus />
            <Guide />
            <Sections />
            // Under the guide and the sections: drawn in a task of its own.
            <Later>
                <super::targeted::TargetedList />
                <h2 class="h3">{i18n.t(crate::i18n::cv_targeted::TargetedMsg::Tools)}</h2>
                <p><A href=format!("{}/udskriv", routes::CV) attr:class="button button-secondary">{i18n.t(crate::i18n::cv_targeted::TargetedMsg::PrintAll)}</A></p>
                <super::transfer::Transfer />
            </Later>
        </WithCv>
    }
}

fn key_text(k: KeyPoint) -> M {
    match k {
        KeyPoint::JobsWithTasks => M::KeyJobs,
        KeyPoint::Profile => M::KeyProfile,
        KeyPoint::Seeking => M::KeySeeking,
    }
}

#[component]
fn Guide() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let guide = Memo::new(move |_| {
        store.draft.with(|d| d.as_ref().map(completeness).unwrap_or_else(|| completeness(&Default::default())))
    });
    view! {
        <section class="app-guide" aria-labelledby="cv-guide-title">
            <h2 id="cv-guide-title" class="h3">{i18n.t(M::GuideTitle)}</h2>
            <p>{i18n.t(M::GuideIntro)}</p>
            <ul class="nobullet-list app-checklist">
                {move || guide.get().key.into_iter().map(|(k, done)| view! {
                    <li class="app-check" class:app-check-done=done>
                        <span class="app-check-state">{if done { i18n.now(M::KeyDone) } else { i18n.now(M::KeyMissing) }}</span>
                        <A href=routes::cv_section(k.section())>{i18n.t(key_text(k))}</A>
                    </li>
                }).collect_view()}
            </ul>
            {move || {
                let jobs = guide.get().jobs_without_tasks;
                (!jobs.is_empty()).then(|| view! {
                    <p>{i18n.t(M::JobsWithoutTasks)} " " {jobs.join(", ")}</p>
                })
            }}
            {move || guide.get().next_step().map(|k| view! {
                <p><strong>{i18n.t(M::NextStep)}</strong>" "
                    <A href=routes::cv_section(k.section())>{i18n.t(key_text(k))}</A></p>
            })}
        </section>
    }
}

#[component]
fn Sections() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let n = move |s: CvSection| store.draft.with(|d| d.as_ref().map(|cv| count(cv, s)).unwrap_or(0));
    view! {
        <h2 class="h3">{i18n.t(M::Sections)}</h2>
        <ul class="nobullet-list app-cv-sections">
            {CvSection::ALL.into_iter().map(|s| view! {
                <li class="app-cv-section-link">
                    <A href=routes::cv_section(s)>{i18n.t(section_title(s))}</A>
                    <span class="app-muted">{move || {
                        let lang = i18n.lang.get();
                        match (s, n(s)) {
                            (_, 0) => M::NotYet.text(lang).to_owned(),
                            (CvSection::Profile, _) => M::Written.text(lang).to_owned(),
                            (_, k) => crate::domain::text::fill(M::Items.text(lang), Some(k as i64)),
                        }
                    }}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}
