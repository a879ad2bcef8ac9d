//! One section in the targeted-CV editor: move the section, tick the items, pick short, long or own text.

use super::edit::Form;
use crate::domain::cv::document::items;
use crate::domain::cv::move_item;
use crate::i18n::cv::section_title;
use crate::i18n::cv_targeted::TargetedMsg as T;
use crate::i18n::use_i18n;
use crate::store::cv::use_cv;
use contract::cv::{CvSection, TargetedItem, TextChoice};
use leptos::prelude::*;
use uuid::Uuid;

/// Sections whose items have a short and a long text to choose from.
fn has_texts(s: CvSection) -> bool {
    matches!(s, CvSection::Work | CvSection::Volunteering | CvSection::Education)
}

#[component]
pub fn SectionChoice(form: Form, section: CvSection) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let list = move || {
        store.draft.with(|d| d.as_ref().map(|cv| items(cv, section, |_| TextChoice::Short)).unwrap_or_default())
    };
    let at = move || form.order.with(|o| o.iter().position(|s| *s == section).unwrap_or(0));
    let shift = move |up: bool| {
        form.order.update(|o| {
            move_item(o, at(), up);
        })
    };
    let count = move || form.order.with(Vec::len);
    view! {
        <fieldset class="app-choose">
            <legend class="form-label">{i18n.t(section_title(section))}</legend>
            <p class="app-row-buttons">
                <button type="button" class="button button-tertiary app-small" disabled=move || at() == 0 on:click=move |_| shift(true)>
                    {i18n.t(T::SectionUp)}<span class="sr-only">": " {i18n.t(section_title(section))}</span></button>
                <button type="button" class="button button-tertiary app-small" disabled={move || at() + 1 >= count()} on:click=move |_| shift(false)>
                    {i18n.t(T::SectionDown)}<span class="sr-only">": " {i18n.t(section_title(section))}</span></button>
            </p>
            <Show when=move || list().is_empty()>
                <p class="app-muted">{i18n.t(crate::i18n::cv::CvMsg::Empty)}</p>
            </Show>
            <ul class="nobullet-list">
                {move || list().into_iter().map(|item| view! { <Pick form=form section=section id=item.id title=item.title place=item.place /> }).collect_view()}
            </ul>
        </fieldset>
    }
}

#[component]
fn Pick(form: Form, section: CvSection, id: Uuid, title: String, place: String) -> impl IntoView {
    let i18n = use_i18n();
    // A memo: a change to another item's choice or text leaves this one alone.
    let chosen = Memo::new(move |_| form.items.with(|i| i.iter().find(|x| x.item_id == id).cloned()));
    let chosen = move || chosen.get();
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        form.items.update(|i| {
            i.retain(|x| x.item_id != id);
            if on {
                i.push(TargetedItem { item_id: id, text: TextChoice::Short, custom_text: None });
            }
        });
    };
    let update = move |f: &dyn Fn(&mut TargetedItem)| {
        form.items.update(|i| i.iter_mut().filter(|x| x.item_id == id).for_each(f))
    };
    let check_id = format!("pick-{id}");
    let label = if place.is_empty() { title } else { format!("{title}, {place}") };
    view! {
        <li class="app-pick">
            <div class="form-group-checkbox app-check-row">
                <input class="form-checkbox" type="checkbox" id=check_id.clone() prop:checked=move || chosen().is_some() on:change=toggle />
                <label class="form-label" for=check_id>{label}</label>
            </div>
            <Show when=move || chosen().is_some() && has_texts(section)>
                <fieldset class="app-pick-text">
                    <legend class="form-label">{i18n.t(crate::i18n::cv::CvMsg::Text)}</legend>
                    {[(TextChoice::Short, T::Short, "short"), (TextChoice::Long, T::Long, "long")].into_iter().map(|(c, m, slug)| {
                        let rid = format!("pick-{id}-{slug}");
                        view! {
                            <div class="form-group-radio">
                                <input class="form-radio" type="radio" name=format!("pick-{id}-text") id=rid.clone()
                                    prop:checked=move || chosen().is_some_and(|x| x.text == c)
                                    on:change=move |_| update(&|x| x.text = c) />
                                <label class="form-label" for=rid>{i18n.t(m)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </Show>
            <Show when=move || chosen().is_some()>
                {let own_id = format!("pick-{id}-own"); view! {
                    <div class="form-group">
                        <label class="form-label" for=own_id.clone()>{i18n.t(T::OwnText)}</label>
                        <span class="form-hint" id=format!("{own_id}-hint")>{i18n.t(T::OwnTextHint)}</span>
                        <textarea class="form-input" autocomplete="off" id=own_id.clone() rows="3" aria-describedby=format!("{own_id}-hint")
                            prop:value=move || chosen().and_then(|x| x.custom_text).unwrap_or_default()
                            on:input=move |ev| { let t = event_target_value(&ev); update(&|x| x.custom_text = (!t.trim().is_empty()).then(|| t.clone())); }></textarea>
                    </div>
                }}
            </Show>
        </li>
    }
}
