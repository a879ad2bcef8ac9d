//! The CV as a clean A4 document: the borger's name and contact details from the session, the profile,
//! then each section. Used on screen and in print (the app's print stylesheet hides everything else).

use super::simple::level;
use crate::domain::cv::document::{DocItem, Document};
use crate::i18n::cv::{CvMsg as M, section_title};
use crate::i18n::{Message, dates, use_i18n};
use crate::store::session::use_session;
use contract::cv::CvSection;
use leptos::prelude::*;

/// The document.
#[component]
pub fn CvDocument(
    /// What to show.
    #[prop(into)]
    doc: Signal<Document>,
    /// A line under the name, e.g. the job the CV is for.
    #[prop(optional, into)]
    subtitle: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let who = move || session.session().map(|s| s.borger);
    // Each part is its own view, keyed by section and item: typing in one text (the targeted CV's live
    // preview) rebuilds that one item, not the whole document.
    let profile = Memo::new(move |_| doc.with(|d| d.profile.clone()));
    let has_profile = Memo::new(move |_| profile.with(|p| !p.trim().is_empty()));
    let order = Memo::new(move |_| doc.with(|d| d.sections.iter().map(|(s, _)| *s).collect::<Vec<_>>()));
    view! {
        <article class="app-cv-doc">
            <header class="app-cv-doc-head">
                <p class="app-cv-doc-name">{move || who().map(|b| b.name).unwrap_or_default()}</p>
                <p class="app-cv-doc-contact">{move || who().map(|b| [b.email, b.phone].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")).unwrap_or_default()}</p>
                {subtitle.map(|s| view! { <p class="app-cv-doc-sub">{move || s.get()}</p> })}
            </header>
            {move || has_profile.get().then(|| view! {
                <section class="app-cv-doc-section">
                    <h2 class="h3">{i18n.t(M::Profile)}</h2>
                    <p class="app-pre">{move || profile.get()}</p>
                </section>
            })}
            <For each=move || order.get() key=|s| *s let:s>
                <DocSection doc=doc section=s />
            </For>
        </article>
    }
}

/// One section of the document, its items keyed by id.
#[component]
fn DocSection(doc: Signal<Document>, section: CvSection) -> impl IntoView {
    let i18n = use_i18n();
    let items = Memo::new_owning(move |old: Option<Vec<DocItem>>| {
        doc.with(|d| {
            let now = d.sections.iter().find(|(s, _)| *s == section).map(|(_, i)| i.as_slice()).unwrap_or_default();
            match old {
                Some(old) if old.as_slice() == now => (old, false),
                _ => (now.to_vec(), true),
            }
        })
    });
    let ids = Memo::new(move |_| items.with(|i| i.iter().map(|x| x.id).collect::<Vec<_>>()));
    view! {
        <section class="app-cv-doc-section">
            <h2 class="h3">{i18n.t(section_title(section))}</h2>
            <ul class="nobullet-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    {
                        let one = Memo::new(move |_| items.with(|i| i.iter().find(|x| x.id == id).cloned().unwrap_or_default()));
                        move || item(one.get())
                    }
                </For>
            </ul>
        </section>
    }
}

fn item(i: DocItem) -> impl IntoView {
    let i18n = use_i18n();
    let meta = move || {
        let lang = i18n.lang.get();
        let mut parts: Vec<String> = Vec::new();
        if !i.place.is_empty() {
            parts.push(i.place.clone());
        }
        if let Some(p) = &i.period {
            parts.push(dates::period(p, M::Now.text(lang), lang));
        }
        if let Some(m) = i.month {
            parts.push(dates::year_month(m, lang));
        }
        if let Some((spoken, written)) = i.levels {
            parts.push(format!(
                "{}: {}, {}: {}",
                M::Spoken.text(lang),
                level(spoken).text(lang),
                M::Written2.text(lang),
                level(written).text(lang)
            ));
        }
        parts.join(" · ")
    };
    let lines = i.lines.clone();
    let text = i.text.clone();
    view! {
        <li class="app-cv-doc-item">
            <p class="app-cv-doc-title">{i.title.clone()}</p>
            <p class="app-muted">{meta}</p>
            {(!lines.is_empty()).then(|| view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })}
            {(!text.trim().is_empty()).then(|| view! { <p class="app-pre">{text}</p> })}
        </li>
    }
}
