//! Suggested phrases the borger can tap to add, filtered as they type (the curated list in
//! `domain::phrases`), with a choice of area.

use crate::domain::phrases::{self, Area, PhraseKind};
use crate::i18n::cv::{CvMsg as M, area_label};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// How many suggestions to show at once.
const SHOWN: usize = 8;

/// Tappable suggestions for what is being typed.
#[component]
pub fn Suggestions(
    /// Ids start with this.
    id: String,
    /// Which kinds of phrases fit here.
    kinds: &'static [PhraseKind],
    /// What the borger is typing.
    #[prop(into)]
    typed: Signal<String>,
    /// What the borger already has (left out).
    #[prop(into)]
    have: Signal<Vec<String>>,
    /// Called with the chosen phrase and its kind.
    on_pick: Callback<(String, PhraseKind)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let area = RwSignal::new(None::<Area>);
    let found = move || {
        let have = have.get();
        let exclude: Vec<&str> = have.iter().map(String::as_str).collect();
        phrases::suggest(kinds, area.get(), &typed.get(), &exclude, SHOWN)
    };
    let area_id = format!("{id}-area");
    let set_area = move |ev| area.set(Area::from_slug(&event_target_value(&ev)));
    view! {
        <div class="app-suggest">
            <div class="form-group">
                <label class="form-label" for=area_id.clone()>{i18n.t(M::Area)}</label>
                <select class="form-select" id=area_id on:change=set_area>
                    <option value="">{i18n.t(M::AreaAll)}</option>
                    {Area::all().iter().map(|a| view! {
                        <option value=a.slug()>{i18n.t(area_label(*a))}</option>
                    }).collect_view()}
                </select>
            </div>
            <p class="app-suggest-title" id=format!("{id}-title")>{i18n.t(M::Suggestions)}</p>
            {move || {
                let list = found();
                if list.is_empty() {
                    return view! { <p class="app-muted">{i18n.t(M::NoSuggestions)}</p> }.into_any();
                }
                view! {
                    <ul class="nobullet-list app-chips">
                        {list.into_iter().map(|p| {
                            let (text, kind) = (p.text.to_owned(), p.kind);
                            view! {
                                <li><button type="button" class="app-chip" on:click=move |_| on_pick.run((text.clone(), kind))>
                                    <span aria-hidden="true">"+ "</span>{p.text}
                                </button></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
