//! One-line sections: jeg søger job som, kompetencer, personlige egenskaber and "det fungerer for mig".
//! Each line can be edited, moved and deleted; new lines are typed or tapped from the suggestions.

use super::lens::{Entry, Lens, Watched};
use super::lines::RowButtons;
use super::suggest::Suggestions;
use crate::components::form::ErrorMessage;
use crate::domain::cv::move_item;
use crate::domain::phrases::PhraseKind;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::use_i18n;
use crate::lens;
use crate::store::cv::use_cv;
use contract::cv::{CompetenceItem, CompetenceKind, TextItem};
use leptos::prelude::*;
use uuid::Uuid;

/// An item that is one line of text.
pub trait Line: Entry {
    /// The text.
    fn text(&self) -> &String;
    /// The text, to change.
    fn text_mut(&mut self) -> &mut String;
    /// A new item with `text`, chosen as a phrase of `kind` (or typed, when `None`).
    fn make(text: String, kind: Option<PhraseKind>) -> Self;
}

impl Line for TextItem {
    fn text(&self) -> &String {
        &self.text
    }
    fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }
    fn make(text: String, _: Option<PhraseKind>) -> Self {
        TextItem { id: Uuid::new_v4(), text }
    }
}

impl Line for CompetenceItem {
    fn text(&self) -> &String {
        &self.title
    }
    fn text_mut(&mut self) -> &mut String {
        &mut self.title
    }
    fn make(title: String, kind: Option<PhraseKind>) -> Self {
        let kind = if kind == Some(PhraseKind::Transferable) {
            CompetenceKind::Transferable
        } else {
            CompetenceKind::Professional
        };
        CompetenceItem { id: Uuid::new_v4(), kind, title }
    }
}

/// Jeg søger job som.
#[component]
pub fn SeekingSection() -> impl IntoView {
    view! { <Lines lens=lens!(Seeking, seeking) kinds=&[] label=M::Seeking /> }
}

/// Personlige egenskaber.
#[component]
pub fn QualitiesSection() -> impl IntoView {
    view! { <Lines lens=lens!(Qualities, qualities) kinds=&[PhraseKind::Quality] label=M::Qualities /> }
}

/// Det fungerer for mig.
#[component]
pub fn WorksForMeSection() -> impl IntoView {
    view! { <Lines lens=lens!(WorksForMe, works_for_me) kinds=&[PhraseKind::WorksForMe] label=M::WorksForMe /> }
}

/// Kompetencer, each faglig or brancheneutral.
#[component]
pub fn CompetencesSection() -> impl IntoView {
    let kinds = &[PhraseKind::Competence, PhraseKind::Transferable];
    view! { <Lines lens=lens!(Competences, competences) kinds=kinds label=M::Competences /> }
}

#[component]
fn Lines<T: Line>(lens: Lens<T>, kinds: &'static [PhraseKind], label: M) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let new_text = RwSignal::new(String::new());
    // What the borger has, for the suggestions to leave out: it changes only when a line in this section does.
    let have = Memo::new_owning(move |old: Option<Vec<String>>| {
        store.draft.with(|d| {
            let list = d.as_ref().map(|cv| (lens.get)(cv).as_slice()).unwrap_or_default();
            match old {
                Some(old) if old.len() == list.len() && old.iter().zip(list).all(|(a, b)| a == b.text()) => {
                    (old, false)
                }
                _ => (list.iter().map(|x| x.text().clone()).collect(), true),
            }
        })
    });
    let add = move |text: String, kind: Option<PhraseKind>| {
        let text = text.trim().to_owned();
        if !text.is_empty() {
            store.edit(|cv| (lens.get_mut)(cv).push(T::make(text, kind)));
            new_text.set(String::new());
        }
    };
    let slug = lens.section.slug();
    let new_id = format!("cv-{slug}-new");
    let ids = lens.ids(store);
    let count = Signal::from(Memo::new(move |_| ids.with(Vec::len)));
    view! {
        <Show when=move || count.get() == 0>
            <p class="app-muted">{i18n.t(M::Empty)}</p>
        </Show>
        <ol class="app-line-list">
            <For each=move || ids.get() key=|id| *id let:id>
                <Row w=lens.watch(store, ids, id) label=label count=count />
            </For>
        </ol>
        <div class="form-group">
            <label class="form-label" for=new_id.clone()>{i18n.t(M::AddItem)}</label>
            <div class="app-add-row">
                <input class="form-input" autocomplete="off" type="text" id=new_id prop:value=move || new_text.get()
                    on:input=move |ev| new_text.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(new_text.get_untracked(), None); } />
                <button type="button" class="button button-secondary" on:click=move |_| add(new_text.get_untracked(), None)>
                    {i18n.t(M::Add)}</button>
            </div>
        </div>
        {(!kinds.is_empty()).then(|| view! {
            <Suggestions id=format!("cv-{slug}-suggest") kinds=kinds typed=new_text have=have
                on_pick=Callback::new(move |(text, kind)| add(text, Some(kind))) />
        })}
    }
}

#[component]
fn Row<T: Line>(w: Watched<T>, label: M, count: Signal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let (lens, id, item) = (w.lens, w.id, w.item);
    let text = Memo::new(move |_| item.with(|x| x.as_ref().map(|x| x.text().clone()).unwrap_or_default()));
    let index = Memo::new(move |_| w.index.get().unwrap_or(0));
    let dom = w.dom("text");
    let path = w.path(if lens.section == contract::cv::CvSection::Competences { "title" } else { "text" });
    let problem = super::fields::problem_at(path.into(), Signal::stored(true));
    let on_move = Callback::new(move |up| {
        store.edit(|cv| {
            move_item((lens.get_mut)(cv), index.get_untracked(), up);
        })
    });
    let on_delete = Callback::new(move |_| store.edit(|cv| (lens.get_mut)(cv).retain(|x| x.id() != id)));
    let error_id = format!("{dom}-error");
    view! {
        <li class="app-line" class:form-error=move || problem.get().is_some()>
            <label class="sr-only" for=dom.clone()>{move || format!("{} {}", i18n.now(label), index.get() + 1)}</label>
            {let error_id = error_id.clone(); move || problem.get().map(|(code, limit)| view! {
                <ErrorMessage id=error_id.clone()>{move || crate::i18n::field_error(code, limit, i18n.lang.get())}</ErrorMessage>
            })}
            <input class="form-input" autocomplete="off" type="text" id=dom prop:value=move || text.get()
                aria-describedby=move || problem.get().is_some().then(|| error_id.clone())
                on:input=move |ev| { let t = event_target_value(&ev); w.write(store, |x| *x.text_mut() = t); } />
            <CompetenceKindChoice w=w />
            <RowButtons index=index count=count name=text on_move=on_move on_delete=on_delete />
        </li>
    }
}

/// For kompetencer only: faglig or brancheneutral.
#[component]
fn CompetenceKindChoice<T: Line>(w: Watched<T>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let id = w.id;
    (w.lens.section == contract::cv::CvSection::Competences).then(|| {
        let l = lens!(Competences, competences);
        let kind = Memo::new(move |_| l.read(store, id, |c| c.kind));
        let value = move || kind.get();
        let dom = format!("cv-competences-{id}-kind");
        let change = move |ev| {
            let kind = if event_target_value(&ev) == "transferable" { CompetenceKind::Transferable } else { CompetenceKind::Professional };
            l.write(store, id, |c| c.kind = kind);
        };
        view! {
            <label class="sr-only" for=dom.clone()>{i18n.t(M::Kind)}</label>
            <select class="form-select app-kind" id=dom on:change=change>
                <option value="professional" selected=move || value() == Some(CompetenceKind::Professional)>{i18n.t(M::Professional)}</option>
                <option value="transferable" selected=move || value() == Some(CompetenceKind::Transferable)>{i18n.t(M::Transferable)}</option>
            </select>
        }
    })
}
