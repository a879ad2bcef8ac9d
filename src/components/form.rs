//! DKFDS form pieces with the error pattern: the message sits next to the field (`{id}-error`, announced via
//! aria-describedby), and an error summary at the top takes focus and links to each field.

use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One field's error, for the summary: the field's element id and the text.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// The id of the input the message belongs to.
    pub id: String,
    /// What to do, in the current language.
    pub text: String,
}

/// A field's error message in DKFDS's pattern: "Fejl:" for screen readers, then the message. `id` is what the
/// field's `aria-describedby` names; `alert` announces it at once, for an error that comes while the borger
/// ticks or types rather than after a save (which the error summary announces).
#[component]
pub fn ErrorMessage(
    /// The message's element id.
    #[prop(into)]
    id: String,
    /// Announce it as it appears (`role="alert"`).
    #[prop(optional)]
    alert: bool,
    /// The message.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="form-error-message" id=id role=alert.then_some("alert")>
            <span class="sr-only">{i18n.t(Msg::ErrorPrefix)}</span>{children()}
        </span>
    }
}

/// A text input or textarea with label, hint and error message.
#[component]
pub fn TextField(
    /// The input's id (the error gets `{id}-error`, the hint `{id}-hint`).
    id: &'static str,
    /// The label text.
    label: Signal<&'static str>,
    /// A hint under the label, if any.
    #[prop(optional, into)]
    hint: Option<Signal<&'static str>>,
    /// The value, updated as the borger types.
    value: RwSignal<String>,
    /// The error for this field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Rows for a textarea; 0 makes a one-line input.
    #[prop(default = 0)]
    rows: u8,
    /// The keyboard a phone shows for a one-line input ("decimal", "numeric"); text if not given.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let input = if rows == 0 {
        view! {
            <input class="form-input" autocomplete="off" type="text" id=id inputmode=inputmode aria-describedby=described.clone()
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        }
        .into_any()
    } else {
        view! {
            <textarea class="form-input" autocomplete="off" id=id rows=rows aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any()
    };
    view! {
        <div class="form-group" class:form-error=move || error.get().is_some()>
            <label class="form-label" for=id>{label}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id>{h}</span> })}
            {move || error.get().map(|text| view! { <ErrorMessage id=error_id.clone()>{text}</ErrorMessage> })}
            {input}
        </div>
    }
}

/// The DKFDS error summary: shown when there are problems, takes focus, links to each field.
#[component]
pub fn ErrorSummary(
    /// The problems to list; empty hides the summary.
    problems: Signal<Vec<FieldProblem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !problems.get().is_empty()
            && let Some(el) = node.get()
        {
            let _ = el.focus();
        }
    });
    view! {
        <Show when=move || !problems.get().is_empty()>
            <div class="alert alert-error" role="alert" tabindex="-1" node_ref=node>
                <div class="alert-body">
                    <p class="alert-heading">{i18n.t(Msg::ErrorSummaryTitle)}</p>
                    <ul class="alert-text nobullet-list">
                        {move || problems.get().into_iter().map(|p| {
                            let target = p.id.clone();
                            view! {
                                <li><a href=format!("#{}", p.id) class="function-link" on:click=move |ev| {
                                    ev.prevent_default();
                                    focus(&target);
                                }>{p.text}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            </div>
        </Show>
    }
}

/// Moves focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
