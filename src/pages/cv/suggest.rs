//! Suggested phrases the borger can tap to add, filtered as they type (the curated list in
//! `domain::phrases`), with a choice of area.

use crate::domain::phrases::{self, Area, Phrase, PhraseKind};
use crate::i18n::cv::{CvMsg as M, area_label};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// How many suggestions to show at once.
const SHOWN: usize = 8;

/// A chip's key: the phrase's place in the static list (two phrases may read the same).
fn chip_key(p: &&'static Phrase) -> usize {
    std::ptr::from_ref::<Phrase>(*p).addr()
}

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
    // A memo: typing elsewhere in the section re-reads the list, but the chips change only when it does.
    let found = Memo::new(move |_| {
        have.with(|have| {
            let exclude: Vec<&str> = have.iter().map(String::as_str).collect();
            typed.with(|typed| phrases::suggest(kinds, area.get(), typed, &exclude, SHOWN))
        })
    });
    let none = Memo::new(move |_| found.with(Vec::is_empty));
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
            <Show when=move || !none.get() fallback=move || view! { <p class="app-muted">{i18n.t(M::NoSuggestions)}</p> }>
                <ul class="nobullet-list app-chips">
                    // Keyed by the phrase (its address in the static list): a chip that stays is not built again as the list narrows.
                    <For each=move || found.get() key=chip_key let:p>
                        {
                            let (text, kind) = (p.text.to_owned(), p.kind);
                            view! {
                                <li><button type="button" class="app-chip" on:click=move |_| on_pick.run((text.clone(), kind))>
                                    <span aria-hidden="true">"+ "</span>{p.text}
                                </button></li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </div>
    }
}
