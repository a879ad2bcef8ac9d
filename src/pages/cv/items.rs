//! One section's items as cards: a summary, "Ret" to open the fields, move up or down, delete after a
//! question. New items open at once; they wait in the draft until their required fields are filled in.

use super::lens::{Entry, Lens, Watched};
use super::lines::RowButtons;
use crate::domain::cv::move_item;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Lang, use_i18n};
use crate::store::cv::use_cv;
use leptos::prelude::*;
use uuid::Uuid;

/// How a section shows and makes its items.
pub struct Kind<T: 'static> {
    /// Where the items live.
    pub lens: Lens<T>,
    /// A new, empty item with a fresh id.
    pub blank: fn() -> T,
    /// The card's heading.
    pub title: fn(&T) -> String,
    /// The line under the heading (employer, period …).
    pub sub: fn(&T, Lang) -> String,
}

impl<T> Clone for Kind<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Kind<T> {}

/// Every item of a section, with an editor for the open one.
#[component]
pub fn ItemList<T: Entry, F, V>(
    /// The section's kind.
    kind: Kind<T>,
    /// The fields of an item.
    editor: F,
) -> impl IntoView
where
    F: Fn(Watched<T>) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let store = use_cv();
    let open = RwSignal::new(None::<Uuid>);
    let lens = kind.lens;
    let ids = lens.ids(store);
    let count = Signal::from(Memo::new(move |_| ids.with(Vec::len)));
    let add = move |_| {
        let item = (kind.blank)();
        let id = item.id();
        store.edit(|cv| (lens.get_mut)(cv).push(item));
        open.set(Some(id));
        focus_first_field(id);
    };
    view! {
        <Show when=move || count.get() == 0>
            <p class="app-muted">{i18n.t(M::Empty)}</p>
        </Show>
        <ul class="nobullet-list app-cv-items">
            <For each=move || ids.get() key=|id| *id let:id>
                <Card kind=kind w=lens.watch(store, ids, id) open=open editor=editor count=count />
            </For>
        </ul>
        <p><button type="button" class="button button-secondary" on:click=add>{i18n.t(M::AddItem)}</button></p>
    }
}

#[component]
fn Card<T: Entry, F, V>(
    kind: Kind<T>,
    w: Watched<T>,
    open: RwSignal<Option<Uuid>>,
    editor: F,
    count: Signal<usize>,
) -> impl IntoView
where
    F: Fn(Watched<T>) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let store = use_cv();
    let (lens, id, item) = (kind.lens, w.id, w.item);
    let confirming = RwSignal::new(false);
    let heading = Memo::new(move |_| item.with(|t| t.as_ref().map(kind.title).unwrap_or_default()));
    let title = move || {
        Some(heading.get()).filter(|t| !t.trim().is_empty()).unwrap_or_else(|| i18n.now(M::Untitled).to_owned())
    };
    let sub = move || {
        let lang = i18n.lang.get();
        item.with(|t| t.as_ref().map(|t| (kind.sub)(t, lang)).unwrap_or_default())
    };
    let index = move || w.index.get().unwrap_or(0);
    let waiting = Memo::new(move |_| {
        let i = index();
        store.check.with(|c| c.as_ref().is_some_and(|c| c.waiting.contains(&(lens.section, i))))
    });
    let is_open = move || open.get() == Some(id);
    let move_it = Callback::new(move |up| {
        store.edit(|cv| {
            move_item((lens.get_mut)(cv), w.index.get_untracked().unwrap_or(0), up);
        })
    });
    let delete = move |_| {
        store.edit(|cv| (lens.get_mut)(cv).retain(|x| x.id() != id));
    };
    let card_id = format!("card-{id}");
    view! {
        <li class="app-cv-item" id=card_id>
            <h3 class="h4 app-cv-item-title">{title}</h3>
            <p class="app-muted">{sub}</p>
            <Show when=move || waiting.get()>
                <p class="app-waiting">{i18n.t(M::StatusWaiting)}</p>
            </Show>
            <div class="app-cv-item-actions">
                <button type="button" class="button button-secondary app-small" aria-expanded=move || is_open().to_string()
                    on:click=move |_| open.set(if is_open() { None } else { Some(id) })>
                    {move || if is_open() { i18n.now(M::Done) } else { i18n.now(M::Edit) }}
                    <span class="sr-only">": " {title}</span>
                </button>
                <RowButtons index=Signal::derive(index) count=count name=Signal::derive(title) on_move=move_it
                    on_delete=Callback::new(move |_| confirming.set(true)) />
            </div>
            <Show when=move || confirming.get()>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(M::DeleteConfirm)}</p>
                    <button type="button" class="button button-primary app-small" on:click=delete>{i18n.t(M::DeleteYes)}</button>
                    " "
                    <button type="button" class="button button-secondary app-small" on:click=move |_| confirming.set(false)>{i18n.t(M::DeleteNo)}</button>
                </div></div>
            </Show>
            <Show when=is_open>
                <div class="app-cv-item-fields">{editor(w)}</div>
            </Show>
        </li>
    }
}

/// Moves focus into a new item's first field once it is on screen.
pub fn focus_first_field(id: Uuid) {
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let doc = web_sys::window().and_then(|w| w.document());
        let field = doc.and_then(|d| {
            d.query_selector(&format!(
                "#card-{id} .app-cv-item-fields .form-input, #card-{id} .app-cv-item-fields .form-select"
            ))
            .ok()
            .flatten()
        });
        if let Some(el) = field.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
}
