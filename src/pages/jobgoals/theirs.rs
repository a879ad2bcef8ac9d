//! After a 412 on a jobmål: the version saved elsewhere, beside the borger's own (which stays in the form),
//! so they can choose or copy from it. Nothing is thrown away without their say.

use crate::components::conflict::TheirVersion;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::use_i18n;
use contract::jobgoal::JobGoalInput;
use leptos::prelude::*;

#[component]
pub fn Theirs(
    /// The other version, until the borger chooses.
    theirs: RwSignal<Option<JobGoalInput>>,
    /// "Brug den nye": put the other version in the form.
    on_use: impl Fn(JobGoalInput) + Copy + Send + Sync + 'static,
    /// "Behold min": save the borger's own version over it.
    on_keep: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move |t: &JobGoalInput| {
        vec![
            (i18n.now(M::Title).to_owned(), t.title.clone()),
            (i18n.now(M::WhyMe).to_owned(), t.why_me.clone()),
            (i18n.now(M::Tasks).to_owned(), t.tasks.join("\n")),
            (i18n.now(M::Conditions).to_owned(), t.conditions.join("\n")),
        ]
    };
    view! { <TheirVersion theirs=theirs rows=rows on_keep=on_keep on_use=on_use /> }
}
