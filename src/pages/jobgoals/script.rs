//! "Dit talepapir": the talking script as large cue cards, one at a time (buttons and arrow keys), built
//! from the jobmål until the borger edits and saves their own (stored through the contract, so it follows
//! them to another device and survives a shared computer).

use super::script_edit::{Editor, NAME};
use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::domain::rehearsal::script::{Words, build, goals_changed_since};
use crate::i18n::talk::TalkMsg as T;
use crate::i18n::{Lang, Message, Msg, use_i18n};
use crate::store::draft::Keeper;
use contract::plan::{AftaleKind, AftaleStatus, Owner, Plan};
use contract::rehearsal::ScriptCard;
use leptos::prelude::*;
use leptos_router::components::A;

/// The script's template words in `lang`.
pub fn words(lang: Lang) -> Words {
    Words {
        goal_heading: T::GoalHeading.text(lang),
        goal: T::Goal.text(lang),
        sector: T::Sector.text(lang),
        reasons_heading: T::ReasonsHeading.text(lang),
        good_at: T::GoodAt.text(lang),
        tasks_heading: T::TasksHeading.text(lang),
        tasks: T::Tasks.text(lang),
        conditions_heading: T::ConditionsHeading.text(lang),
        conditions: T::Conditions.text(lang),
        development_heading: T::DevelopmentHeading.text(lang),
        other_heading: T::OtherHeading.text(lang),
        other: T::Other.text(lang),
        search_heading: T::SearchHeading.text(lang),
        search_agreed: T::SearchAgreed.text(lang),
        search_start: T::SearchStart.text(lang),
    }
}

/// The borger's open job-search aftaler in Min plan: the job-search plan in the script.
fn job_search(plan: Option<&Plan>) -> Vec<String> {
    plan.map(|p| {
        p.aftaler
            .iter()
            .filter(|a| {
                a.content.kind == AftaleKind::JobSearch && matches!(a.content.owner, Owner::Borger | Owner::Faelles)
            })
            .filter(|a| a.status != AftaleStatus::Done)
            .map(|a| a.content.title.clone())
            .collect()
    })
    .unwrap_or_default()
}

/// What the page needs: the script as saved, and the one built from the jobmål right now.
#[derive(Clone)]
pub struct Loaded {
    pub saved: contract::rehearsal::TalkingScript,
    pub built: Vec<ScriptCard>,
    pub stale: bool,
}

async fn load(lang: Lang) -> Result<Loaded, ApiError> {
    let goals = api::jobgoals::list().await?;
    let cv = api::cv::get().await?.value.content;
    let plan = api::plan::get().await.ok();
    let saved = api::rehearsals::script().await?.value;
    let built = build(&goals, &cv.competences, &job_search(plan.as_ref()), &words(lang));
    let stale = goals_changed_since(saved.updated_at, &goals);
    Ok(Loaded { saved, built, stale })
}

/// /mine-jobmaal/oev/talepapir
#[component]
pub fn ScriptPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(move || load(i18n.lang.get_untracked()));
    view! {
        <p class="d-print-none"><A href="/mine-jobmaal/oev" attr:class="back-link">{i18n.t(crate::i18n::rehearsal::RehearsalMsg::Title)}</A></p>
        <PageHeading title=T::ScriptTitle />
        <p class="font-lead">{i18n.t(T::ScriptIntro)}</p>
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| match r {
                Ok(d) => view! { <Script loaded=d /> }.into_any(),
                Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Script(loaded: Loaded) -> impl IntoView {
    let i18n = use_i18n();
    let fresh = loaded.saved.version == 0;
    let cards = RwSignal::new(if fresh { loaded.built.clone() } else { loaded.saved.content.cards.clone() });
    let version = RwSignal::new(loaded.saved.version);
    let stale = RwSignal::new(loaded.stale);
    let editing = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let built = StoredValue::new(loaded.built);
    // What was typed and not saved comes back in the editor, open.
    let keeper = Keeper::new(
        NAME,
        move || cards.get(),
        move |c| {
            cards.set(c);
            editing.set(true);
        },
    );
    let rebuild = move |_| {
        cards.set(built.get_value());
        stale.set(false);
        editing.set(true);
    };
    view! {
        {fresh.then(|| view! { <p class="app-muted">{i18n.t(T::ScriptBuilt)}</p> })}
        <Show when=move || stale.get()>
            <div class="alert alert-info" role="status"><div class="alert-body">
                <p class="alert-text">{i18n.t(T::ScriptStale)}</p>
                <button type="button" class="button button-secondary" on:click=rebuild>{i18n.t(T::Rebuild)}</button>
            </div></div>
        </Show>
        <Show when=move || editing.get() fallback=move || view! {
            <CueCards cards=cards />
            <Show when=move || saved.get()><Alert level=Level::Success msg=T::Saved /></Show>
            <p><button type="button" class="button button-secondary" on:click=move |_| { saved.set(false); editing.set(true) }>{i18n.t(T::Edit)}</button></p>
        }>
            <Editor cards=cards version=version built=built saved=saved keeper=keeper on_done=move || editing.set(false) />
        </Show>
    }
}

/// The cards one at a time, in large type; the buttons and the arrow keys turn them.
#[component]
fn CueCards(cards: RwSignal<Vec<ScriptCard>>) -> impl IntoView {
    let i18n = use_i18n();
    let at = RwSignal::new(0usize);
    let total = move || cards.with(Vec::len);
    let turn = move |forward: bool| {
        let n = total();
        at.update(|i| *i = if forward { (*i + 1).min(n.saturating_sub(1)) } else { i.saturating_sub(1) });
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" | "PageDown" => {
            ev.prevent_default();
            turn(true);
        }
        "ArrowLeft" | "PageUp" => {
            ev.prevent_default();
            turn(false);
        }
        _ => {}
    };
    let current = move || cards.with(|c| c.get(at.get().min(c.len().saturating_sub(1))).cloned());
    view! {
        <Show when=move || { total() > 0 } fallback=move || view! { <p>{i18n.t(T::ScriptEmpty)}</p> }>
            <section class="app-cue" aria-labelledby="cue-heading" tabindex="0" on:keydown=keys>
                <p class="app-cue-count" aria-live="polite">{move || i18n.now(T::CardOf).replace("{n}", &(at.get() + 1).to_string()).replace("{total}", &total().to_string())}</p>
                <h2 class="app-cue-heading" id="cue-heading">{move || current().map(|c| c.heading)}</h2>
                <p class="app-cue-text app-pre">{move || current().map(|c| c.text)}</p>
            </section>
            <p class="app-muted">{i18n.t(T::CardKeys)}</p>
            <p class="app-button-row">
                <button type="button" class="button button-secondary" disabled=move || at.get() == 0 on:click=move |_| turn(false)>{i18n.t(T::PreviousCard)}</button>
                <button type="button" class="button button-primary" disabled=move || { at.get() + 1 >= total() } on:click=move |_| turn(true)>{i18n.t(T::NextCard)}</button>
            </p>
        </Show>
    }
}
