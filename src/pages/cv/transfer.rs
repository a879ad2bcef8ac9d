//! Export the brutto CV as a JSON Resume file, and read one in: a preview of what would be added, then the
//! borger decides. Nothing is overwritten; the errors say what to do, next to the file field.
//!
//! Both are rare, so the code that writes and reads the file (the JSON Resume mapping, serde_json's pretty printer
//! and value parser) is a module of its own, `cv_transfer`, fetched the first time the borger uses either; Mit CV
//! opens without it (the split points are in `crate::areas::transfer`, handed over by the app as the outbox's
//! sends are, so the browser tests, which never start the app, do not link them). A module that cannot be fetched
//! (offline before it was ever kept) is a message next to the button or the field, and the next try fetches it
//! again.

use crate::components::download::save_file;
use crate::components::form::ErrorMessage;
use crate::domain::jsonresume::{self, Contact, ImportError, ImportPreview, MergeReport, merge};
use crate::i18n::cv::section_title;
use crate::i18n::cv_import::{self, ImportMsg as M};
use crate::i18n::{Message, use_i18n};
use crate::store::cv::use_cv;
use crate::store::session::use_session;
use contract::cv::CvContent;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsCast;

/// A file's code at work; `None` when its module could not be fetched.
type Loading<T> = Pin<Box<dyn Future<Output = Option<T>>>>;

/// The file code in its own module, set once by the app (`crate::areas::transfer::register`).
#[derive(Clone, Copy)]
pub struct FileCode {
    /// The CV as the text of a JSON Resume file.
    pub write: fn(CvContent, Contact) -> Loading<String>,
    /// What a file's text would add.
    pub read: fn(String) -> Loading<Result<ImportPreview, ImportError>>,
}

thread_local! {
    static FILE_CODE: std::cell::Cell<Option<FileCode>> = const { std::cell::Cell::new(None) };
}

/// Hands Mit CV the file code (once, when the app starts).
pub fn set_file_code(code: FileCode) {
    FILE_CODE.with(|cell| cell.set(Some(code)));
}

/// The CV as the text of a JSON Resume file (what the split-off module runs).
pub fn resume_text(cv: &CvContent, contact: &Contact) -> String {
    serde_json::to_string_pretty(&jsonresume::export(cv, contact)).unwrap_or_default()
}

async fn write_file(cv: CvContent, contact: Contact) -> Option<String> {
    (FILE_CODE.with(std::cell::Cell::get)?.write)(cv, contact).await
}

async fn read_file(text: String) -> Option<Result<ImportPreview, ImportError>> {
    (FILE_CODE.with(std::cell::Cell::get)?.read)(text).await
}

/// The export button and the import field with its preview.
#[component]
pub fn Transfer() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let session = use_session();
    let export_failed = RwSignal::new(false);
    let export = move |_| {
        let contact = session
            .session()
            .map(|s| Contact { name: s.borger.name, email: s.borger.email, phone: s.borger.phone })
            .unwrap_or_default();
        if let Some(cv) = store.draft.get_untracked() {
            leptos::task::spawn_local(async move {
                match write_file(cv, contact).await {
                    Some(json) => {
                        export_failed.set(false);
                        let _ = save_file("mit-cv.json", "application/json", &json);
                    }
                    None => export_failed.set(true),
                }
            });
        }
    };
    let error = RwSignal::new(None::<M>);
    let preview = RwSignal::new(None::<(ImportPreview, MergeReport)>);
    let added = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        added.set(false);
        preview.set(None);
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let file = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0));
        // Cleared at once, so choosing the same file again (after an edit, say) reads it again.
        if let Some(input) = &input {
            input.set_value("");
        }
        let Some(file) = file else {
            error.set(Some(M::ErrNoFile));
            return;
        };
        if file.size() > jsonresume::MAX_BYTES as f64 {
            error.set(Some(M::ErrTooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            let Some(text) = text else {
                error.set(Some(M::ErrNotJson));
                return;
            };
            match read_file(text).await {
                Some(Ok(p)) => {
                    let mine = store.draft.get_untracked().unwrap_or_default();
                    let (_, report) = merge(&mine, &p.content);
                    error.set(None);
                    preview.set(Some((p, report)));
                }
                Some(Err(e)) => error.set(Some(cv_import::error(e))),
                None => error.set(Some(M::ErrUnavailable)),
            }
        });
    };
    let confirm = move |_| {
        if let Some((p, _)) = preview.get_untracked() {
            store.edit(|cv| *cv = merge(cv, &p.content).0);
            preview.set(None);
            added.set(true);
        }
    };
    view! {
        <div class="form-group" class:form-error=move || export_failed.get()>
            {move || export_failed.get().then(|| view! {
                <ErrorMessage id="cv-export-error">{i18n.t(M::ErrUnavailable)}</ErrorMessage>
            })}
            <p><button type="button" class="button button-secondary" on:click=export
                aria-describedby=move || if export_failed.get() { "cv-export-hint cv-export-error" } else { "cv-export-hint" }>
                {i18n.t(M::Export)}
            </button></p>
            <p class="form-hint" id="cv-export-hint">{i18n.t(M::ExportHint)}</p>
        </div>
        <div class="form-group" class:form-error=move || error.get().is_some()>
            <label class="form-label" for="cv-import">{i18n.t(M::File)}</label>
            <span class="form-hint" id="cv-import-hint">{i18n.t(M::FileHint)}</span>
            {move || error.get().map(|m| view! {
                <ErrorMessage id="cv-import-error">{i18n.t(m)}</ErrorMessage>
            })}
            <input type="file" class="app-file-input" id="cv-import" accept=".json,application/json"
                aria-describedby=move || if error.get().is_some() { "cv-import-hint cv-import-error" } else { "cv-import-hint" }
                on:change=on_file />
        </div>
        <Show when=move || added.get()>
            <div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">{i18n.t(M::Added)}</p></div></div>
        </Show>
        {move || preview.get().map(|(p, r)| view! { <Preview preview=p report=r on_add=Callback::new(confirm) on_cancel=Callback::new(move |_| preview.set(None)) /> })}
    }
}

#[component]
fn Preview(
    preview: ImportPreview,
    report: MergeReport,
    on_add: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fill = move |m: M, n: usize| crate::domain::text::fill(m.text(i18n.lang.get()), Some(n as i64));
    let nothing = report.added.is_empty();
    view! {
        <section class="app-import-preview" aria-labelledby="import-title">
            <h3 id="import-title" class="h4">{i18n.t(M::PreviewTitle)}</h3>
            {if nothing {
                view! { <p>{i18n.t(M::Nothing)}</p> }.into_any()
            } else {
                view! { <ul>{report.added.iter().map(|(s, n)| { let (s, n) = (*s, *n); view! { <li>{i18n.t(section_title(s))}": " {n}</li> } }).collect_view()}</ul> }.into_any()
            }}
            {(report.duplicates > 0).then(|| view! { <p>{move || fill(M::Duplicates, report.duplicates)}</p> })}
            {(report.over_limit > 0).then(|| view! { <p>{move || fill(M::OverLimit, report.over_limit)}</p> })}
            {report.profile_kept.then(|| view! { <p>{i18n.t(M::ProfileKept)}</p> })}
            {(!preview.warnings.is_empty()).then(|| view! {
                <p>{i18n.t(M::Warnings)}</p>
                <ul>{preview.warnings.iter().map(|w| {
                    let (m, s) = cv_import::warning(w);
                    view! { <li>{i18n.t(m)}{s.map(|s| view! { ": " {i18n.t(section_title(s))} })}</li> }
                }).collect_view()}</ul>
            })}
            <p class="app-plan-actions">
                {(!nothing).then(|| view! { <button type="button" class="button button-primary" on:click=move |_| on_add.run(())>{i18n.t(M::Add)}</button> })}
                <button type="button" class="button button-secondary" on:click=move |_| on_cancel.run(())>{i18n.t(M::Cancel)}</button>
            </p>
        </section>
    }
}
