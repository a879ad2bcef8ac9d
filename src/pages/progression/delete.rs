//! Deleting a week takes two taps: "Slet" asks first, so a slip of the thumb on a phone loses nothing.

use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// "Slet", then "Ja, slet ugen" or "Fortryd".
#[component]
pub fn ConfirmDelete(
    /// Called when the borger confirms.
    on_confirm: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    // The "Slet" button vanishes when pressed; the question takes focus so keyboard and screen reader follow.
    let question = NodeRef::<leptos::html::P>::new();
    Effect::new(move |_| {
        if asking.get()
            && let Some(p) = question.get()
        {
            let _ = p.focus();
        }
    });
    view! {
        <Show when=move || asking.get() fallback=move || view! {
            <button type="button" class="button button-tertiary" on:click=move |_| asking.set(true)>{i18n.t(P::Delete)}</button>
        }>
            <div class="app-confirm" role="group" aria-labelledby="delete-question">
                <p id="delete-question" tabindex="-1" node_ref=question>{i18n.t(P::DeleteQuestion)}</p>
                <button type="button" class="button button-secondary" on:click=move |_| { asking.set(false); on_confirm(); }>
                    {i18n.t(P::DeleteYes)}
                </button>
                " "
                <button type="button" class="button button-tertiary" on:click=move |_| asking.set(false)>{i18n.t(P::DeleteNo)}</button>
            </div>
        </Show>
    }
}
