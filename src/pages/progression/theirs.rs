//! After a 412 on a week: the entry as it was saved elsewhere, beside the borger's own numbers (still in the
//! form), with "Behold min" and "Brug den nye". Nothing is thrown away without the borger's say.

use crate::domain::progression::format_hours;
use crate::i18n::drafts::DraftMsg as D;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, Msg, use_i18n};
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
    view! {
        {move || theirs.get().map(|t| {
            let comma = i18n.lang.get() == Lang::Da;
            let c = &t.content;
            let rows = [
                (P::Hours, format_hours(c.hours, comma)),
                (P::TasksChange, c.tasks_change.clone()),
                (P::ConditionsChange, c.conditions_change.clone()),
                (P::SupportChange, c.support_change.clone()),
                (P::HowWasTheWeek, c.note.clone()),
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
