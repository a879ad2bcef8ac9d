//! One column of the ABC canvas: its points, each with "Gør til et jobmål" and "Fjern", and a field to add one.

use crate::components::form::ErrorMessage;
use crate::domain::abc::{Change, Column, points};
use crate::domain::routes::encode_component;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{field_error, use_i18n};
use contract::Validate;
use contract::jobgoal::AbcCanvasInput;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ColumnView(
    col: Column,
    heading: M,
    hint: M,
    id: &'static str,
    /// The canvas as shown.
    content: Memo<AbcCanvasInput>,
    /// What is typed in the field (kept by the canvas's keeper).
    draft: RwSignal<String>,
    save: impl Fn(Vec<Change>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<String>);
    let input_id = format!("{id}-new");
    let shown = move || content.with(|c| points(c, col).to_vec());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked().trim().to_owned();
        let mut probe = AbcCanvasInput { competences: vec![], wishes: vec![text.clone()], market: vec![] };
        let lang = i18n.lang.get_untracked();
        if text.is_empty() {
            error.set(Some(field_error(contract::FieldErrorCode::Required, None, lang)));
            return;
        }
        if let Err(found) = probe.validate() {
            error.set(found.first().map(|e| field_error(e.code, e.limit, lang)));
            return;
        }
        error.set(None);
        draft.set(String::new());
        save(vec![Change::Add(col, vec![text])]);
    };
    view! {
        <section class="app-abc-column" aria-labelledby=id>
            <h2 class="h3" id=id>{i18n.t(heading)}</h2>
            <ul class="nobullet-list app-abc-points">
                <For each=shown key=|p| p.clone() let:p>
                    {
                        let href = format!("/mine-jobmaal/nyt?titel={}", encode_component(&p));
                        let (label, gone) = (p.clone(), p.clone());
                        view! {
                            <li>
                                <span class="app-abc-point">{p.clone()}</span>
                                <span class="app-button-row">
                                    <A href=href>{i18n.t(M::AbcMakeGoal)} <span class="sr-only">": " {label}</span></A>
                                    <button type="button" class="button button-tertiary" on:click=move |_| save(vec![Change::Remove(col, gone.clone())])>
                                        {i18n.t(M::AbcRemove)} <span class="sr-only">": " {p.clone()}</span></button>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <form on:submit=add novalidate>
                <div class="form-group" class:form-error=move || error.get().is_some()>
                    <label class="form-label" for=input_id.clone()>{i18n.t(M::AbcAdd)}</label>
                    <span class="form-hint" id=format!("{id}-hint")>{i18n.t(hint)}</span>
                    {move || error.get().map(|t| view! {
                        <ErrorMessage id=format!("{id}-error")>{t}</ErrorMessage>
                    })}
                    <input class="form-input" autocomplete="off" type="text" id=input_id
                        aria-describedby=move || if error.get().is_some() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button button-secondary">{i18n.t(M::AbcAddButton)}</button>
            </form>
        </section>
    }
}
