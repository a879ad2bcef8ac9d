//! After a 412 (issue #8): the version saved elsewhere, beside the borger's own (which stays in the editor),
//! with "Behold min" and "Brug den nye". Nothing is thrown away without the borger's say. One view for every
//! editor that saves a whole text; each names the parts of the other version worth showing.

use crate::i18n::drafts::DraftMsg as D;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

#[component]
pub fn TheirVersion<T, R>(
    /// The other version, until the borger chooses.
    theirs: RwSignal<Option<T>>,
    /// What to show of it: label and text (read in the current language; empty texts are left out).
    rows: R,
    /// "Behold min": save the borger's own version over it.
    on_keep: impl Fn() + Copy + Send + Sync + 'static,
    /// "Brug den nye": put the other version in the editor.
    on_use: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    R: Fn(&T) -> Vec<(String, String)> + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        {move || theirs.with(|t| t.as_ref().map(&rows)).map(|rows| view! {
            <div class="alert alert-warning" role="alert"><div class="alert-body">
                <p class="alert-text">{i18n.t(D::ConflictIntro)}</p>
                <p class="alert-text"><strong>{i18n.t(Msg::ConflictTheirs)}</strong></p>
                <dl class="app-facts">
                    {rows.into_iter().filter(|(_, v)| !v.is_empty()).map(|(label, v)| view! {
                        <dt>{label}</dt><dd class="app-pre">{v}</dd>
                    }).collect_view()}
                </dl>
                <button type="button" class="button button-secondary" on:click=move |_| on_keep()>
                    {i18n.t(Msg::ConflictKeepMine)}</button>
                " "
                <button type="button" class="button button-tertiary" on:click=move |_| {
                    if let Some(t) = theirs.get_untracked() { on_use(t); }
                }>{i18n.t(Msg::ConflictUseTheirs)}</button>
            </div></div>
        })}
    }
}
