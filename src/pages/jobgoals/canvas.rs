//! The ABC canvas (Kompetencer / Ønsker / Arbejdsmarkedet): short points under three headings that help
//! find jobmål; a point can become a new jobmål draft. Stored through the contract (one document per borger)
//! so the jobformidler's system can later add to "Arbejdsmarkedet" and it follows the borger to any device.
//! Each add or remove is saved at once; a 412 is met by applying the same change to the newest version.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::abc::{Change, Column, apply, points};
use crate::domain::routes::encode_component;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{Msg, field_error, use_i18n};
use contract::Validate;
use contract::jobgoal::AbcCanvasInput;
use leptos::prelude::*;
use leptos_router::components::A;

const COLUMNS: [(Column, M, M, &str); 3] = [
    (Column::Competences, M::AbcCompetences, M::AbcCompetencesHint, "abc-competences"),
    (Column::Wishes, M::AbcWishes, M::AbcWishesHint, "abc-wishes"),
    (Column::Market, M::AbcMarket, M::AbcMarketHint, "abc-market"),
];

/// /mine-jobmaal/abc
#[component]
pub fn CanvasPage() -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(api::jobgoals::canvas);
    view! {
        <p class="d-print-none"><A href="/mine-jobmaal" attr:class="back-link">{i18n.t(M::Cancel)}</A></p>
        <PageHeading title=M::AbcTitle />
        <p class="font-lead">{i18n.t(M::AbcIntro)}</p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || loaded.get().map(|r| match r {
                Ok(v) => view! { <Canvas version=v.value.version content=v.value.content /> }.into_any(),
                Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Canvas(version: i64, content: AbcCanvasInput) -> impl IntoView {
    let i18n = use_i18n();
    let content = RwSignal::new(content);
    let version = RwSignal::new(version);
    let failure = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let save = move |change: Change| {
        saved.set(false);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let mut result =
                api::jobgoals::put_canvas(version.get_untracked(), &apply(content.get_untracked(), &change)).await;
            if let Err(ApiError::Conflict(_)) = result
                && let Ok(latest) = api::jobgoals::canvas().await
            {
                result = api::jobgoals::put_canvas(latest.value.version, &apply(latest.value.content, &change)).await;
            }
            match result {
                Ok(v) => {
                    version.set(v.value.version);
                    content.set(v.value.content);
                    saved.set(true);
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    // The CV is the starting point (domain brief F2): its competences and qualities, in one press.
    let from_cv = move |_| {
        leptos::task::spawn_local(async move {
            match api::cv::get().await {
                Ok(cv) => {
                    let c = cv.value.content;
                    let texts: Vec<String> = c
                        .competences
                        .into_iter()
                        .map(|x| x.title)
                        .chain(c.qualities.into_iter().map(|q| q.text))
                        .collect();
                    save(Change::Add(Column::Competences, texts));
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    view! {
        <p><button type="button" class="button button-secondary" on:click=from_cv>{i18n.t(M::AbcFromCv)}</button></p>
        <div aria-live="polite">
            {move || failure.get().map(|e| view! { <Alert level=Level::Error msg=e.message() /> })}
            <Show when=move || saved.get()><p class="app-saved">{i18n.t(Msg::PlanSaved)}</p></Show>
        </div>
        <div class="app-abc">
            {COLUMNS.into_iter().map(|(col, heading, hint, id)| view! {
                <ColumnView col=col heading=heading hint=hint id=id content=content save=save />
            }).collect_view()}
        </div>
    }
}

#[component]
fn ColumnView(
    col: Column,
    heading: M,
    hint: M,
    id: &'static str,
    content: RwSignal<AbcCanvasInput>,
    save: impl Fn(Change) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input_id = format!("{id}-new");
    let shown = move || content.with(|c| points(c, col).to_vec());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked().trim().to_owned();
        let mut probe = AbcCanvasInput { competences: vec![], wishes: vec![text.clone()], market: vec![] };
        let lang = i18n.lang.get_untracked();
        if text.is_empty() {
            error.set(Some(field_error(contract::FieldErrorCode::Required, None, lang)));
            return;
        }
        if let Err(found) = probe.validate() {
            error.set(found.first().map(|e| field_error(e.code, e.limit, lang)));
            return;
        }
        error.set(None);
        draft.set(String::new());
        save(Change::Add(col, vec![text]));
    };
    view! {
        <section class="app-abc-column" aria-labelledby=id>
            <h2 class="h3" id=id>{i18n.t(heading)}</h2>
            <ul class="nobullet-list app-abc-points">
                <For each=shown key=|p| p.clone() let:p>
                    {
                        let href = format!("/mine-jobmaal/nyt?titel={}", encode_component(&p));
                        let (label, gone) = (p.clone(), p.clone());
                        view! {
                            <li>
                                <span class="app-abc-point">{p.clone()}</span>
                                <span class="app-button-row">
                                    <A href=href>{i18n.t(M::AbcMakeGoal)} <span class="sr-only">": " {label}</span></A>
                                    <button type="button" class="button button-tertiary" on:click=move |_| save(Change::Remove(col, gone.clone()))>
                                        {i18n.t(M::AbcRemove)} <span class="sr-only">": " {p.clone()}</span></button>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <form on:submit=add novalidate>
                <div class="form-group" class:form-error=move || error.get().is_some()>
                    <label class="form-label" for=input_id.clone()>{i18n.t(M::AbcAdd)}</label>
                    <span class="form-hint" id=format!("{id}-hint")>{i18n.t(hint)}</span>
                    {move || error.get().map(|t| view! {
                        <span class="form-error-message" id=format!("{id}-error")><span class="sr-only">{i18n.t(Msg::ErrorPrefix)}</span>{t}</span>
                    })}
                    <input class="form-input" autocomplete="off" type="text" id=input_id
                        aria-describedby=move || if error.get().is_some() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button button-secondary">{i18n.t(M::AbcAddButton)}</button>
            </form>
        </section>
    }
}
