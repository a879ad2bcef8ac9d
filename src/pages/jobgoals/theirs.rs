//! After a 412 on a jobmål: the version saved elsewhere, beside the borger's own (which stays in the form),
//! so they can choose or copy from it. Nothing is thrown away without their say.

use crate::i18n::drafts::DraftMsg as D;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{Msg, use_i18n};
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
    view! {
        {move || theirs.get().map(|t| {
            let lines = |v: &[String]| v.join("\n");
            let rows = [
                (M::Title, t.title.clone()),
                (M::WhyMe, t.why_me.clone()),
                (M::Tasks, lines(&t.tasks)),
                (M::Conditions, lines(&t.conditions)),
            ];
            view! {
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(D::ConflictIntro)}</p>
                    <p class="alert-text"><strong>{i18n.t(Msg::ConflictTheirs)}</strong></p>
                    <dl class="app-facts">
                        {rows.into_iter().filter(|(_, v)| !v.is_empty()).map(|(label, v)| view! {
                            <dt>{i18n.t(label)}</dt><dd class="app-pre">{v}</dd>
                        }).collect_view()}
                    </dl>
                    <button type="button" class="button button-secondary" on:click=move |_| on_keep()>
                        {i18n.t(Msg::ConflictKeepMine)}</button>
                    " "
                    <button type="button" class="button button-tertiary" on:click=move |_| {
                        if let Some(t) = theirs.get_untracked() { on_use(t); }
                    }>{i18n.t(Msg::ConflictUseTheirs)}</button>
                </div></div>
            }
        })}
    }
}
