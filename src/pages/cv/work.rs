//! Erhvervserfaring and frivilligt arbejde: title, employer, period, tasks, responsibility, short and long text.

use super::bind;
use super::items::{ItemList, Kind};
use super::lens::Watched;
use super::period::blank;
use crate::domain::phrases::PhraseKind;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Lang, Message, dates};
use crate::lens;
use contract::cv::WorkItem;
use contract::validate::{LONG, SHORT};
use leptos::prelude::*;
use uuid::Uuid;

fn new_work() -> WorkItem {
    WorkItem {
        id: Uuid::new_v4(),
        title: String::new(),
        employer: String::new(),
        period: blank(),
        tasks: vec![],
        responsibility: String::new(),
        short_text: String::new(),
        long_text: String::new(),
    }
}

fn sub(w: &WorkItem, lang: Lang) -> String {
    let when = if w.period.from.year > 0 { dates::period(&w.period, M::Now.text(lang), lang) } else { String::new() };
    [w.employer.as_str(), when.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
}

const TASKS: &[PhraseKind] = &[PhraseKind::Task];

/// The jobs.
#[component]
pub fn WorkSection() -> impl IntoView {
    let kind = Kind { lens: lens!(Work, work), blank: new_work, title: |w| w.title.clone(), sub };
    view! { <ItemList kind=kind editor=move |w| fields(w, M::JobTitle, M::Employer) /> }
}

/// The volunteer roles.
#[component]
pub fn VolunteeringSection() -> impl IntoView {
    let kind = Kind { lens: lens!(Volunteering, volunteering), blank: new_work, title: |w| w.title.clone(), sub };
    view! { <ItemList kind=kind editor=move |w| fields(w, M::Role, M::Organisation) /> }
}

fn fields(w: Watched<WorkItem>, title: M, employer: M) -> impl IntoView {
    view! {
        {bind::text(w, "title", title, None, SHORT, 0, |w| &w.title, |w| &mut w.title)}
        {bind::text(w, "employer", employer, None, SHORT, 0, |w| &w.employer, |w| &mut w.employer)}
        {bind::period(w, |w| w.period, |w, p| w.period = p)}
        {bind::lines(w, |w| &w.tasks, |w| &mut w.tasks, TASKS)}
        {bind::text(w, "responsibility", M::Responsibility, None, LONG, 3, |w| &w.responsibility, |w| &mut w.responsibility)}
        {bind::text(w, "short_text", M::ShortText, Some(M::ShortTextHint), LONG, 2, |w| &w.short_text, |w| &mut w.short_text)}
        {bind::text(w, "long_text", M::LongText, Some(M::LongTextHint), LONG, 5, |w| &w.long_text, |w| &mut w.long_text)}
    }
}
