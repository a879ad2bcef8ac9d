//! Uddannelse, kurser, praktik og småjob, and perioder uden arbejde.

use super::bind;
use super::items::{ItemList, Kind};
use super::lens::Watched;
use super::period::blank;
use crate::components::form::ErrorMessage;
use crate::domain::phrases::PhraseKind;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Lang, Message, dates, use_i18n};
use crate::lens;
use contract::common::Period;
use contract::cv::{CourseItem, EducationItem, GapItem, InternshipItem, InternshipKind};
use contract::validate::{LONG, SHORT};
use leptos::prelude::*;
use uuid::Uuid;

fn when(p: &Period, lang: Lang) -> String {
    if p.from.year > 0 { dates::period(p, M::Now.text(lang), lang) } else { String::new() }
}

fn join(parts: &[&str]) -> String {
    parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
}

/// Uddannelse.
#[component]
pub fn EducationSection() -> impl IntoView {
    let kind = Kind {
        lens: lens!(Education, education),
        blank: || EducationItem {
            id: Uuid::new_v4(),
            title: String::new(),
            institution: String::new(),
            period: blank(),
            completed: true,
            short_text: String::new(),
            long_text: String::new(),
        },
        title: |e| e.title.clone(),
        sub: |e, lang| {
            join(&[&e.institution, &when(&e.period, lang), if e.completed { "" } else { M::NotCompleted.text(lang) }])
        },
    };
    view! { <ItemList kind=kind editor=move |w| view! {
        {bind::text(w, "title", M::Education, None, SHORT, 0, |e| &e.title, |e| &mut e.title)}
        {bind::text(w, "institution", M::Institution, None, SHORT, 0, |e| &e.institution, |e| &mut e.institution)}
        {bind::period(w, |e| e.period, |e, p| e.period = p)}
        {bind::choice(w, "completed", M::Completed, vec![(true, M::Completed), (false, M::NotCompleted)], |e| e.completed, |e, c| e.completed = c)}
        {bind::text(w, "short_text", M::ShortText, Some(M::ShortTextHint), LONG, 2, |e| &e.short_text, |e| &mut e.short_text)}
        {bind::text(w, "long_text", M::LongText, Some(M::LongTextHint), LONG, 4, |e| &e.long_text, |e| &mut e.long_text)}
    } /> }
}

/// Kurser.
#[component]
pub fn CoursesSection() -> impl IntoView {
    let kind = Kind {
        lens: lens!(Courses, courses),
        blank: || CourseItem {
            id: Uuid::new_v4(),
            title: String::new(),
            provider: String::new(),
            when: None,
            short_text: String::new(),
        },
        title: |c| c.title.clone(),
        sub: |c, lang| join(&[&c.provider, &c.when.map(|m| dates::year_month(m, lang)).unwrap_or_default()]),
    };
    view! { <ItemList kind=kind editor=move |w| view! {
        {bind::text(w, "title", M::Courses, None, SHORT, 0, |c| &c.title, |c| &mut c.title)}
        {bind::text(w, "provider", M::Provider, None, SHORT, 0, |c| &c.provider, |c| &mut c.provider)}
        {bind::month(w, "when", M::When, |c| c.when, |c, m| c.when = m)}
        {bind::text(w, "short_text", M::ShortText, Some(M::ShortTextHint), LONG, 2, |c| &c.short_text, |c| &mut c.short_text)}
    } /> }
}

const TASKS: &[PhraseKind] = &[PhraseKind::Task];

/// Praktik og småjob.
#[component]
pub fn InternshipsSection() -> impl IntoView {
    let kind = Kind {
        lens: lens!(Internships, internships),
        blank: || InternshipItem {
            id: Uuid::new_v4(),
            kind: InternshipKind::Praktik,
            company: String::new(),
            period: blank(),
            tasks: vec![],
            hours_per_week: None,
            short_text: String::new(),
        },
        title: |p| p.company.clone(),
        sub: |p, lang| {
            let k = if p.kind == InternshipKind::Praktik { M::Praktik } else { M::Smaajob };
            join(&[k.text(lang), &when(&p.period, lang)])
        },
    };
    view! { <ItemList kind=kind editor=move |w| view! {
        {bind::choice(w, "kind", M::Kind, vec![(InternshipKind::Praktik, M::Praktik), (InternshipKind::Smaajob, M::Smaajob)], |p| p.kind, |p, k| p.kind = k)}
        {bind::text(w, "company", M::Company, None, SHORT, 0, |p| &p.company, |p| &mut p.company)}
        {bind::period(w, |p| p.period, |p, v| p.period = v)}
        {bind::lines(w, |p| &p.tasks, |p| &mut p.tasks, TASKS)}
        <Hours w=w />
        {bind::text(w, "short_text", M::ShortText, Some(M::ShortTextHint), LONG, 2, |p| &p.short_text, |p| &mut p.short_text)}
    } /> }
}

/// Hours a week in a praktik or småjob: a number, or empty.
#[component]
fn Hours(w: Watched<InternshipItem>) -> impl IntoView {
    let i18n = use_i18n();
    let store = crate::store::cv::use_cv();
    let initial = w
        .item
        .with_untracked(|p| p.as_ref().and_then(|p| p.hours_per_week))
        .map(|h| crate::domain::progression::format_hours(h, true))
        .unwrap_or_default();
    let typed = RwSignal::new(initial);
    let dom = w.dom("hours");
    let problem = super::fields::problem_at(w.path("hours_per_week").into(), Signal::stored(true));
    let unreadable =
        move || typed.with(|t| !t.trim().is_empty() && crate::domain::progression::parse_hours(t).is_none());
    let message = move || {
        let lang = i18n.lang.get();
        if unreadable() {
            Some(crate::i18n::field_error(contract::FieldErrorCode::InvalidValue, None, lang))
        } else {
            problem.get().map(|(code, limit)| crate::i18n::field_error(code, limit, lang))
        }
    };
    let error_id = format!("{dom}-error");
    let on_input = move |ev| {
        let t = event_target_value(&ev);
        let hours = crate::domain::progression::parse_hours(&t);
        typed.set(t);
        w.write(store, |p| p.hours_per_week = hours);
    };
    view! {
        <div class="form-group" class:form-error=move || message().is_some()>
            <label class="form-label" for=dom.clone()>{i18n.t(M::HoursPerWeek)}</label>
            {let error_id = error_id.clone(); move || message().map(|m| view! {
                <ErrorMessage id=error_id.clone()>{m}</ErrorMessage>
            })}
            <input class="form-input input-width-xs" autocomplete="off" type="text" inputmode="decimal" id=dom
                aria-describedby=move || message().is_some().then(|| error_id.clone())
                prop:value=move || typed.get() on:input=on_input />
        </div>
    }
}

/// Perioder uden arbejde: the borger decides whether to show one, and with which neutral text.
#[component]
pub fn GapsSection() -> impl IntoView {
    let i18n = use_i18n();
    let kind = Kind {
        lens: lens!(Gaps, gaps),
        blank: || GapItem { id: Uuid::new_v4(), label: M::GapDefault.text(Lang::Da).to_owned(), period: blank() },
        title: |g| g.label.clone(),
        sub: |g, lang| when(&g.period, lang),
    };
    view! {
        <p>{i18n.t(M::GapChoice)}</p>
        <ItemList kind=kind editor=move |w| view! {
            {bind::text(w, "label", M::GapLabel, None, SHORT, 0, |g| &g.label, |g| &mut g.label)}
            {bind::period(w, |g| g.period, |g, p| g.period = p)}
        } />
    }
}
