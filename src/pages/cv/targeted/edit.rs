//! One targeted CV: its name, job and profile, which brutto items are on it with short, long or its own
//! text, and the order of its sections; saved through the outbox with `If-Match` (kept on the device as it is
//! typed), and a conflict shows both versions to choose.

use super::super::WithCv;
use super::super::document::CvDocument;
use super::choose::SectionChoice;
use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::conflict::TheirVersion;
use crate::components::form::TextField;
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::cv::document::{section_order, targeted};
use crate::domain::outbox::{Doc, Pending, Write};
use crate::domain::routes;
use crate::i18n::cv_targeted::TargetedMsg as T;
use crate::i18n::{Message, use_i18n};
use crate::store::cv::use_cv;
use crate::store::draft::Keeper;
use crate::store::outbox::{Reply, Submitted, use_outbox};
use contract::Validate;
use contract::cv::{CvContent, CvSection, TargetedCv, TargetedCvInput, TargetedItem};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use uuid::Uuid;

/// /mit-cv/maalrettet/:id
#[component]
pub fn TargetedPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let loaded = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").and_then(|s| Uuid::parse_str(&s).ok()));
        async move { api::cv::targeted_get(id.ok_or(ApiError::NotFound)?).await }
    });
    view! {
        <p class="d-print-none"><A href=routes::CV attr:class="back-link">{i18n.t(T::Back)}</A></p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(crate::i18n::Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok(v) => view! { <WithCv><Editor t=v.value.clone() /></WithCv> }.into_any(),
                Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
            })}
        </Suspense>
    }
}

/// The editor's fields.
#[derive(Clone, Copy)]
pub struct Form {
    /// The name.
    pub name: RwSignal<String>,
    /// The job it is for.
    pub job: RwSignal<String>,
    /// Its own profile.
    pub profile: RwSignal<String>,
    /// The chosen items.
    pub items: RwSignal<Vec<TargetedItem>>,
    /// The section order (without the profile).
    pub order: RwSignal<Vec<CvSection>>,
}

impl Form {
    fn set(self, c: &TargetedCvInput) {
        self.name.set(c.name.clone());
        self.job.set(c.target_job.clone());
        self.profile.set(c.profile.clone());
        self.items.set(c.items.clone());
        self.order.set(section_order(c).into_iter().filter(|s| *s != CvSection::Profile).collect());
    }

    fn input(self) -> TargetedCvInput {
        TargetedCvInput {
            name: self.name.get(),
            target_job: self.job.get(),
            profile: self.profile.get(),
            items: self.items.get(),
            sections: self.order.get(),
        }
    }
}

#[component]
fn Editor(t: TargetedCv) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let form = Form {
        name: RwSignal::new(String::new()),
        job: RwSignal::new(String::new()),
        profile: RwSignal::new(String::new()),
        items: RwSignal::new(vec![]),
        order: RwSignal::new(vec![]),
    };
    form.set(&t.content);
    let id = t.id;
    let name = format!("targeted/{id}");
    let keeper = Keeper::new(&name, move || form.input(), move |c: TargetedCvInput| form.set(&c));
    let version = StoredValue::new(t.version);
    let saved = RwSignal::new(form.input());
    let outcome = RwSignal::new(None::<Outcome>);
    // After a 412: the targeted CV as saved elsewhere, until the borger chooses.
    let theirs = RwSignal::new(None::<TargetedCvInput>);
    let name_error = RwSignal::new(None::<String>);
    let dirty = move || form.input() != saved.get();
    let outbox = use_outbox();
    let write_name = StoredValue::new(name.clone());
    // Sent later by the outbox while the editor stays open: save on the server's new version.
    outbox.on_landed(name.clone(), move |reply| {
        if let Reply::Targeted(v) = reply {
            version.set_value(v.version);
        }
    });
    let save = move || {
        let typed = form.input();
        let mut input = typed.clone();
        let name_problem = move |errors: &[contract::FieldError]| {
            let lang = i18n.lang.get_untracked();
            errors.iter().find(|e| e.field == "name").map(|e| crate::i18n::field_error(e.code, e.limit, lang))
        };
        if let Err(errors) = input.validate() {
            name_error.set(name_problem(&errors));
            outcome.set(Some(Outcome::Failed(ApiError::Invalid(errors))));
            return;
        }
        name_error.set(None);
        let p = Pending::of(
            write_name.get_value(),
            input.name.clone(),
            Write::Targeted { id, base_version: version.get_value(), input: Doc::of(&input) },
        );
        send(outbox, keeper, p, outcome, move |result| {
            match result {
                Submitted::Landed(Reply::Targeted(v)) => {
                    version.set_value(v.version);
                    saved.set(typed.clone());
                    keeper.landed(typed);
                    outcome.set(Some(Outcome::Saved));
                }
                // Waiting in the outbox: it counts as saved here.
                Submitted::Kept | Submitted::InTab => {
                    saved.set(typed);
                    outcome.set(Some(Outcome::of(&result)));
                }
                Submitted::Refused(ApiError::Invalid(errors)) => {
                    name_error.set(name_problem(&errors));
                    outcome.set(Some(Outcome::Failed(ApiError::Invalid(errors))));
                }
                // Changed elsewhere: the borger's version stays in the form, the newest is the one to save on.
                Submitted::Conflict(Reply::Targeted(latest)) => {
                    version.set_value(latest.version);
                    theirs.set(Some(latest.content));
                    outcome.set(None);
                }
                other => outcome.set(Some(Outcome::of(&other))),
            }
        });
    };
    let keep_mine = move || {
        theirs.set(None);
        save();
    };
    let use_theirs = move |t: TargetedCvInput| {
        form.set(&t);
        saved.set(form.input());
        keeper.landed(form.input());
        theirs.set(None);
        outcome.set(None);
    };
    let rows = move |t: &TargetedCvInput| {
        let lang = i18n.lang.get();
        vec![
            (T::Name.text(lang).to_owned(), t.name.clone()),
            (T::Job.text(lang).to_owned(), t.target_job.clone()),
            (T::OwnProfile.text(lang).to_owned(), t.profile.clone()),
        ]
    };
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::cv::targeted_delete(id, version.get_value()).await {
                Ok(()) => {
                    keeper.forget();
                    navigate(routes::CV, Default::default());
                }
                Err(e) => outcome.set(Some(Outcome::Failed(e))),
            }
        });
    };
    Effect::new(move |_| {
        let title = format!("{} – {}", form.name.get(), i18n.now(crate::i18n::Msg::AppName));
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
        }
    });
    let store = use_cv();
    // A memo: the document is built once per change (not once per reader), and typing the name, which the
    // document does not show, changes nothing in it.
    let preview = Memo::new(move |_| {
        let input = form.input();
        store.draft.with(|d| targeted(d.as_ref().unwrap_or(&CvContent::default()), &input))
    });
    let label = move |m: T| Signal::derive(move || m.text(i18n.lang.get()));
    view! {
        <h1 id="main-heading" tabindex="-1">{move || form.name.get()}</h1>
        <form class="app-form d-print-none" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save(); }>
            <RestoredNotice restored=keeper.restored />
            <TextField id="targeted-name" label=label(T::Name) hint=label(T::NameHint) value=form.name error=name_error />
            <TextField id="targeted-job" label=label(T::Job) hint=label(T::JobHint) value=form.job error=Signal::stored(None::<String>) />
            <TextField id="targeted-profile" label=label(T::OwnProfile) hint=label(T::OwnProfileHint) value=form.profile error=Signal::stored(None::<String>) rows=4 />
            <h2 class="h3">{i18n.t(T::Choose)}</h2>
            <For each=move || form.order.get() key=|s| *s let:s>
                <SectionChoice form=form section=s />
            </For>
            <Show when=dirty><p class="app-waiting" role="status">{i18n.t(T::Unsaved)}</p></Show>
            <TheirVersion theirs=theirs rows=rows on_keep=keep_mine on_use=use_theirs />
            <SaveStatus name=name.clone() outcome=outcome />
            <Show when=move || outcome.get() == Some(Outcome::Saved)><p>{i18n.t(T::Saved)}</p></Show>
            <p class="app-plan-actions">
                <button type="submit" class="button button-primary">{i18n.t(T::Save)}</button>
                <A href=format!("{}/udskriv", super::path(id)) attr:class="button button-secondary">{i18n.t(T::Print)}</A>
                <button type="button" class="button button-tertiary" on:click=move |_| confirming.set(true)>{i18n.t(T::Delete)}</button>
            </p>
            <Show when=move || confirming.get()>
                <div class="alert alert-warning" role="alert"><div class="alert-body">
                    <p class="alert-text">{i18n.t(T::DeleteConfirm)}</p>
                    <button type="button" class="button button-primary" on:click=delete.clone()>{i18n.t(crate::i18n::cv::CvMsg::DeleteYes)}</button>" "
                    <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>{i18n.t(crate::i18n::cv::CvMsg::DeleteNo)}</button>
                </div></div>
            </Show>
        </form>
        <h2 class="h3 d-print-none">{i18n.t(T::Preview)}</h2>
        <CvDocument doc=preview subtitle=Signal::derive(move || form.job.get()) />
    }
}
