//! Mit CV: the overview (completeness guide, sections, targeted CVs, print and export) and one page per
//! section, all editing one shared draft that saves itself (`store::cv`).

mod bind;
mod document;
mod entries;
mod fields;
mod items;
pub mod lens;
mod lines;
mod overview;
mod period;
mod print;
mod section;
mod simple;
mod status;
mod suggest;
mod summary;
mod targeted;
mod texts;
pub mod transfer;
mod work;

pub use overview::CvPage;
pub use print::{PrintCvPage, PrintTargetedPage};
pub use section::SectionPage;
pub use targeted::{NewTargetedPage, TargetedPage};

use crate::i18n::cv::CvMsg as M;
use crate::i18n::use_i18n;
use crate::store::cv::use_cv;
use crate::store::session::use_session;
use leptos::prelude::*;

/// Loads the borger's CV once per tab and shows `children` when it is there.
#[component]
pub fn WithCv(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let session = use_session();
    Effect::new(move |_| {
        if let Some(s) = session.session() {
            store.load(s.borger.id);
        }
    });
    // Only whether the CV is there: the children must not be rebuilt on every keystroke.
    let loaded = Memo::new(move |_| store.draft.with(Option::is_some));
    move || {
        if loaded.get() {
            children().into_any()
        } else if let Some(e) = store.load_error.get() {
            view! { <crate::components::alert::Alert level=crate::components::alert::Level::Error msg=e.message() /> }
                .into_any()
        } else {
            view! { <p class="app-muted">{i18n.t(M::Loading)}</p> }.into_any()
        }
    }
}
