//! After a 412 on a week: the entry as it was saved elsewhere, beside the borger's own numbers (still in the
//! form), with "Behold min" and "Brug den nye". Nothing is thrown away without the borger's say.

use crate::components::conflict::TheirVersion;
use crate::domain::progression::format_hours;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, use_i18n};
use contract::progression::WeekEntry;
use leptos::prelude::*;

#[component]
pub fn WeekTheirs(
    /// The other version, until the borger chooses.
    theirs: RwSignal<Option<WeekEntry>>,
    /// "Behold min": save the form over it.
    on_keep: impl Fn() + Copy + Send + Sync + 'static,
    /// "Brug den nye": put the other version in the form.
    on_use: impl Fn(WeekEntry) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move |t: &WeekEntry| {
        let c = &t.content;
        vec![
            (i18n.now(P::Hours).to_owned(), format_hours(c.hours, i18n.lang.get() == Lang::Da)),
            (i18n.now(P::TasksChange).to_owned(), c.tasks_change.clone()),
            (i18n.now(P::ConditionsChange).to_owned(), c.conditions_change.clone()),
            (i18n.now(P::SupportChange).to_owned(), c.support_change.clone()),
            (i18n.now(P::HowWasTheWeek).to_owned(), c.note.clone()),
        ]
    };
    view! { <TheirVersion theirs=theirs rows=rows on_keep=on_keep on_use=on_use /> }
}
