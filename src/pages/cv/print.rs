//! Print views: the whole brutto CV, or one targeted CV, on A4 from the browser ("Gem som PDF" gives a file).

use super::WithCv;
use super::document::CvDocument;
use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::domain::cv::document::{brutto, targeted};
use crate::domain::routes;
use crate::i18n::cv_targeted::TargetedMsg as T;
use crate::i18n::{Msg, use_i18n};
use crate::store::cv::use_cv;
use contract::cv::CvContent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

fn print_now() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
fn PrintBar(back: String, back_label: T) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="d-print-none">
            <p><A href=back attr:class="back-link">{i18n.t(back_label)}</A></p>
            <p class="app-plan-actions">
                <button type="button" class="button button-primary" on:click=move |_| print_now()>{i18n.t(T::Print)}</button>
            </p>
            <p class="form-hint">{i18n.t(T::PrintHint)}</p>
        </div>
    }
}

fn set_title(text: String) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&text);
    }
}

/// /mit-cv/udskriv
#[component]
pub fn PrintCvPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    Effect::new(move |_| set_title(format!("{} – {}", i18n.now(Msg::NavCv), i18n.now(Msg::AppName))));
    let doc = Memo::new(move |_| store.draft.with(|d| d.as_ref().map(brutto).unwrap_or_default()));
    view! {
        <PrintBar back=routes::CV.to_owned() back_label=T::Back />
        <h1 class="sr-only" id="main-heading" tabindex="-1">{i18n.t(Msg::NavCv)}</h1>
        <WithCv><CvDocument doc=doc /></WithCv>
    }
}

/// /mit-cv/maalrettet/:id/udskriv
#[component]
pub fn PrintTargetedPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| Uuid::parse_str(&s).ok()));
    let loaded = LocalResource::new(move || {
        let id = id();
        async move { api::cv::targeted_get(id.ok_or(ApiError::NotFound)?).await }
    });
    view! {
        <PrintBar back=id().map(super::targeted::path).unwrap_or_else(|| routes::CV.to_owned()) back_label=T::BackToTargeted />
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok(v) => {
                    let t = v.value.content;
                    set_title(format!("{} – {}", t.name, i18n.now(Msg::AppName)));
                    let job = t.target_job.clone();
                    let name = t.name.clone();
                    let doc = Memo::new(move |_| {
                        store.draft.with(|d| targeted(d.as_ref().unwrap_or(&CvContent::default()), &t))
                    });
                    view! {
                        <h1 class="sr-only" id="main-heading" tabindex="-1">{name}</h1>
                        <WithCv><CvDocument doc=doc subtitle=Signal::stored(job.clone()) /></WithCv>
                    }.into_any()
                }
                Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
            })}
        </Suspense>
    }
}
