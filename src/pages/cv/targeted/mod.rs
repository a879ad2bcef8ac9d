//! Targeted CVs: the cards on Mit CV (side by side on a wide screen), making a new one, and its editor.

mod choose;
mod edit;

pub use edit::TargetedPage;

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::TextField;
use crate::components::page::PageHeading;
use crate::components::save_status::RestoredNotice;
use crate::domain::routes;
use crate::i18n::cv_targeted::TargetedMsg as T;
use crate::i18n::{Message, use_i18n};
use crate::store::draft::Keeper;
use contract::Validate;
use contract::cv::TargetedCvInput;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The path of a targeted CV.
pub fn path(id: uuid::Uuid) -> String {
    format!("{}/maalrettet/{id}", routes::CV)
}

/// The targeted CVs as cards, with the way to make one.
#[component]
pub fn TargetedList() -> impl IntoView {
    let i18n = use_i18n();
    let list = LocalResource::new(api::cv::targeted_list);
    view! {
        <section aria-labelledby="targeted-title" class="app-targeted">
            <h2 id="targeted-title" class="h3">{i18n.t(T::Title)}</h2>
            <p>{i18n.t(T::Intro)}</p>
            <Suspense fallback=|| ()>
                {move || list.get().map(|r| match r {
                    Ok(all) if all.is_empty() => view! { <p class="app-muted">{i18n.t(T::None)}</p> }.into_any(),
                    Ok(all) => view! {
                        <ul class="nobullet-list app-targeted-cards">
                            {all.into_iter().map(|t| view! {
                                <li class="app-targeted-card">
                                    <h3 class="h4"><A href=path(t.id)>{t.content.name.clone()}</A></h3>
                                    <p class="app-muted">{t.content.target_job.clone()}</p>
                                    <p class="app-muted">{move || crate::domain::text::fill(T::ItemsChosen.text(i18n.lang.get()), Some(t.content.items.len() as i64))}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
                })}
            </Suspense>
            <p><A href=format!("{}/maalrettet/ny", routes::CV) attr:class="button button-secondary">{i18n.t(T::New)}</A></p>
        </section>
    }
}

/// /mit-cv/maalrettet/ny: a name and the job; the choosing happens in the editor.
#[component]
pub fn NewTargetedPage() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let job = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<ApiError>);
    // What is typed is kept on the device until the CV exists, so a lost connection or a reload loses nothing.
    let keeper = Keeper::new(
        "targeted/new",
        move || (name.get(), job.get()),
        move |(n, j): (String, String)| {
            name.set(n);
            job.set(j);
        },
    );
    // One key per form, so a retry after a lost answer never makes two CVs.
    let key = api::client::new_key();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut input = TargetedCvInput {
            name: name.get_untracked(),
            target_job: job.get_untracked(),
            profile: String::new(),
            items: vec![],
            sections: vec![],
        };
        if let Err(errors) = input.validate() {
            let lang = i18n.lang.get_untracked();
            error.set(errors.first().map(|e| crate::i18n::field_error(e.code, e.limit, lang)));
            crate::components::form::focus("targeted-name");
            return;
        }
        error.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::cv::targeted_create(&input, key).await {
                Ok(v) => {
                    keeper.forget();
                    navigate(&path(v.value.id), Default::default());
                }
                Err(e) => failed.set(Some(e)),
            }
        });
    };
    view! {
        <p><A href=routes::CV attr:class="back-link">{i18n.t(T::Back)}</A></p>
        <PageHeading title=T::NewTitle />
        <RestoredNotice restored=keeper.restored />
        <form class="app-form" on:submit=submit novalidate>
            <TextField id="targeted-name" label=Signal::derive(move || T::Name.text(i18n.lang.get()))
                hint=Signal::derive(move || T::NameHint.text(i18n.lang.get())) value=name error=error />
            <TextField id="targeted-job" label=Signal::derive(move || T::Job.text(i18n.lang.get()))
                hint=Signal::derive(move || T::JobHint.text(i18n.lang.get())) value=job error=Signal::stored(None::<String>) />
            {move || failed.get().map(|e| view! { <Alert level=Level::Error msg=e.message() /> })}
            <button type="submit" class="button button-primary">{i18n.t(T::Create)}</button>
        </form>
    }
}
