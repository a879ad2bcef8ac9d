//! A list of short lines (tasks under a job): edit, move up or down, delete, and add — typed or tapped
//! from the suggestions. No dragging, so it works by keyboard, switch and touch alike.

use super::suggest::Suggestions;
use crate::domain::cv::move_item;
use crate::domain::phrases::PhraseKind;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Message, use_i18n};
use leptos::prelude::*;

/// Task lines with their own add field.
#[component]
pub fn LineList(
    /// Ids start with this.
    id: String,
    /// The legend.
    legend: M,
    /// The hint under the legend.
    hint: M,
    /// The lines.
    #[prop(into)]
    value: Signal<Vec<String>>,
    /// Called with the changed lines.
    on_change: Callback<Vec<String>>,
    /// Which suggestions fit.
    kinds: &'static [PhraseKind],
) -> impl IntoView {
    let i18n = use_i18n();
    let new_text = RwSignal::new(String::new());
    let change = move |f: &dyn Fn(&mut Vec<String>)| {
        let mut lines = value.get_untracked();
        f(&mut lines);
        on_change.run(lines);
    };
    let add = move |text: String| {
        let text = text.trim().to_owned();
        if !text.is_empty() {
            change(&|l| l.push(text.clone()));
        }
    };
    let new_id = format!("{id}-new");
    let row_prefix = id.clone();
    let count = Memo::new(move |_| value.with(Vec::len));
    view! {
        <fieldset class="app-lines">
            <legend class="form-label">{i18n.t(legend)}</legend>
            <p class="form-hint">{i18n.t(hint)}</p>
            <ol class="app-line-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    {
                        let row_id = format!("{row_prefix}-{i}");
                        let label = move || format!("{} {}", M::Tasks.text(i18n.lang.get()), i + 1);
                        // This line only: typing in one line leaves the others alone.
                        let line = Memo::new(move |_| value.with(|v| v.get(i).cloned().unwrap_or_default()));
                        view! {
                            <li class="app-line">
                                <label class="sr-only" for=row_id.clone()>{label}</label>
                                <input class="form-input" autocomplete="off" type="text" id=row_id
                                    prop:value=line
                                    on:input=move |ev| { let t = event_target_value(&ev); change(&|l| if let Some(s) = l.get_mut(i) { s.clone_from(&t) }) }
                                    on:blur=move |_| if value.with_untracked(|v| v.iter().any(|s| s.trim().is_empty())) { change(&|l| l.retain(|s| !s.trim().is_empty())) } />
                                <RowButtons index=i count=count name=line on_move=Callback::new(move |up| change(&|l| { move_item(l, i, up); }))
                                    on_delete=Callback::new(move |_| change(&|l| { if i < l.len() { l.remove(i); } })) />
                            </li>
                        }
                    }
                </For>
            </ol>
            <div class="form-group">
                <label class="form-label" for=new_id.clone()>{i18n.t(M::NewTask)}</label>
                <div class="app-add-row">
                    <input class="form-input" autocomplete="off" type="text" id=new_id prop:value=move || new_text.get()
                        on:input=move |ev| new_text.set(event_target_value(&ev))
                        on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(new_text.get_untracked()); new_text.set(String::new()); } />
                    <button type="button" class="button button-secondary"
                        on:click=move |_| { add(new_text.get_untracked()); new_text.set(String::new()); }>{i18n.t(M::AddTask)}</button>
                </div>
            </div>
            <Suggestions id=format!("{id}-suggest") kinds=kinds typed=new_text have=value
                on_pick=Callback::new(move |(text, _)| { add(text); new_text.set(String::new()); }) />
        </fieldset>
    }
}

/// "Flyt op", "Flyt ned" and "Slet" for one row; the ends have nothing to move past.
#[component]
pub fn RowButtons(
    /// The row's place.
    #[prop(into)]
    index: Signal<usize>,
    /// How many rows there are.
    #[prop(into)]
    count: Signal<usize>,
    /// Called with `true` to move up, `false` to move down.
    on_move: Callback<bool>,
    /// Called to delete the row.
    on_delete: Callback<()>,
    /// What the row is, for screen readers ("Flyt op: Smurte sandwich").
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let sr = move || view! { <span class="sr-only">": " {move || name.get()}</span> };
    view! {
        <span class="app-row-buttons">
            <button type="button" class="button button-tertiary app-small" disabled=move || index.get() == 0
                on:click=move |_| on_move.run(true)>{i18n.t(M::MoveUp)}{sr()}</button>
            <button type="button" class="button button-tertiary app-small" disabled={move || index.get() + 1 >= count.get()}
                on:click=move |_| on_move.run(false)>{i18n.t(M::MoveDown)}{sr()}</button>
            <button type="button" class="button button-tertiary app-small" on:click=move |_| on_delete.run(())>
                {i18n.t(M::Delete)}{sr()}</button>
        </span>
    }
}
