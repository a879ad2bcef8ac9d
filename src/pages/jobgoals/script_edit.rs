//! Editing the talking script: every card's heading and text, add, move up, remove, then save the whole
//! script through the outbox with If-Match. Problems show next to the field (DKFDS error pattern); what is
//! typed is kept by the page's keeper, and a script changed elsewhere meanwhile is shown beside the borger's.

use crate::api::ApiError;
use crate::components::conflict::TheirVersion;
use crate::components::form::ErrorMessage;
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::outbox::{Doc, Pending, Write};
use crate::i18n::talk::TalkMsg as T;
use crate::i18n::{field_error, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Reply, Submitted, use_outbox};
use contract::Validate;
use contract::rehearsal::{ScriptCard, TalkingScriptInput};
use leptos::prelude::*;

/// The script's name in the outbox and on the device.
pub const NAME: &str = "script";

/// The element id for a field path like `cards.2.text`.
fn input_id(field: &str) -> String {
    let mut parts = field.split('.').skip(1);
    let n = parts.next().and_then(|i| i.parse::<usize>().ok()).unwrap_or(0) + 1;
    format!("card-{n}-{}", parts.next().unwrap_or("text"))
}

/// The editor; `on_done` goes back to the cue cards.
#[component]
pub fn Editor(
    cards: RwSignal<Vec<ScriptCard>>,
    version: RwSignal<i64>,
    built: StoredValue<Vec<ScriptCard>>,
    saved: RwSignal<bool>,
    /// The page's keeper of the cards.
    keeper: Keeper<Vec<ScriptCard>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    // Sent later by the outbox while the editor stays open: save on the server's new version.
    outbox.on_landed(NAME.to_owned(), move |reply| {
        if let Reply::Script(s) = reply {
            version.set(s.version);
        }
    });
    let errors = RwSignal::new(Vec::<contract::FieldError>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    // After a 412: the script as saved elsewhere, until the borger chooses.
    let theirs = RwSignal::new(None::<Vec<ScriptCard>>);
    let form = NodeRef::<leptos::html::Form>::new();
    let error_for = move |field: String| {
        let lang = i18n.lang.get();
        errors.get().iter().find(|e| e.field == field).map(|e| field_error(e.code, e.limit, lang))
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let mut input = TalkingScriptInput { cards: cards.get_untracked() };
        if let Err(found) = input.validate() {
            if let Some(first) = found.first() {
                crate::components::form::focus(&input_id(&first.field));
            }
            errors.set(found);
            return;
        }
        errors.set(vec![]);
        let write = Write::Script { base_version: version.get_untracked(), input: Doc::of(&input) };
        let p = Pending::of(NAME.to_owned(), i18n.now(T::ScriptTitle).to_owned(), write);
        send(outbox, keeper, p, outcome, move |result| {
            match result {
                Submitted::Landed(Reply::Script(s)) => {
                    version.set(s.version);
                    cards.set(s.content.cards.clone());
                    keeper.landed(s.content.cards);
                    outcome.set(None);
                    saved.set(true);
                    on_done();
                }
                Submitted::Refused(ApiError::Invalid(found)) => {
                    outcome.set(None);
                    errors.set(found);
                }
                // Changed elsewhere: the borger's cards stay in the form, the newest version is the one to save on.
                Submitted::Conflict(Reply::Script(latest)) => {
                    outcome.set(None);
                    version.set(latest.version);
                    theirs.set(Some(latest.content.cards));
                }
                other => outcome.set(Some(Outcome::of(&other))),
            }
        });
    };
    let rows = |t: &Vec<ScriptCard>| t.iter().map(|c| (c.heading.clone(), c.text.clone())).collect::<Vec<_>>();
    let indices = move || (0..cards.with(Vec::len)).collect::<Vec<_>>();
    let keep_mine = move || {
        theirs.set(None);
        if let Some(f) = form.get_untracked() {
            let _ = f.request_submit();
        }
    };
    let use_theirs = move |t: Vec<ScriptCard>| {
        cards.set(t.clone());
        keeper.landed(t);
        theirs.set(None);
    };
    view! {
        <RestoredNotice restored=keeper.restored />
        <TheirVersion theirs=theirs rows=rows on_keep=keep_mine on_use=use_theirs />
        <form class="app-form app-script-form" on:submit=save novalidate node_ref=form>
            <For each=indices key=move |i| (*i, cards.with(Vec::len)) let:i>
                {
                    let n = i + 1;
                    let (hid, tid) = (format!("card-{n}-heading"), format!("card-{n}-text"));
                    let herr = move || error_for(format!("cards.{i}.heading"));
                    let terr = move || error_for(format!("cards.{i}.text"));
                    let get = move |f: fn(&ScriptCard) -> String| cards.with(|c| c.get(i).map(f).unwrap_or_default());
                    view! {
                        <fieldset class="app-script-card">
                            <legend class="h4">{move || i18n.now(T::CardOf).replace("{n}", &n.to_string()).replace("{total}", &cards.with(Vec::len).to_string())}</legend>
                            <div class="form-group" class:form-error=move || herr().is_some()>
                                <label class="form-label" for=hid.clone()>{move || i18n.now(T::Heading).replace("{n}", &n.to_string())}</label>
                                {move || herr().map(|t| view! { <ErrorMessage id=format!("card-{n}-heading-error")>{t}</ErrorMessage> })}
                                <input class="form-input" autocomplete="off" type="text" id=hid
                                    aria-invalid=move || herr().is_some().then_some("true")
                                    aria-describedby=move || herr().is_some().then(|| format!("card-{n}-heading-error"))
                                    prop:value=move || get(|c| c.heading.clone())
                                    on:input=move |ev| cards.update(|c| if let Some(x) = c.get_mut(i) { x.heading = event_target_value(&ev) }) />
                            </div>
                            <div class="form-group" class:form-error=move || terr().is_some()>
                                <label class="form-label" for=tid.clone()>{move || i18n.now(T::Text).replace("{n}", &n.to_string())}</label>
                                {move || terr().map(|t| view! { <ErrorMessage id=format!("card-{n}-text-error")>{t}</ErrorMessage> })}
                                <textarea class="form-input" autocomplete="off" id=tid rows="5"
                                    aria-invalid=move || terr().is_some().then_some("true")
                                    aria-describedby=move || terr().is_some().then(|| format!("card-{n}-text-error"))
                                    prop:value=move || get(|c| c.text.clone())
                                    on:input=move |ev| cards.update(|c| if let Some(x) = c.get_mut(i) { x.text = event_target_value(&ev) })></textarea>
                            </div>
                            <p class="app-button-row">
                                {(i > 0).then(|| view! {
                                    <button type="button" class="button button-tertiary" on:click=move |_| cards.update(|c| c.swap(i - 1, i))>
                                        {move || i18n.now(T::MoveUp).replace("{n}", &n.to_string())}</button>
                                })}
                                <button type="button" class="button button-tertiary" on:click=move |_| cards.update(|c| { c.remove(i); })>
                                    {move || i18n.now(T::RemoveCard).replace("{n}", &n.to_string())}</button>
                            </p>
                        </fieldset>
                    }
                }
            </For>
            <p class="app-button-row">
                <button type="button" class="button button-secondary" disabled=move || { cards.with(Vec::len) >= contract::rehearsal::MAX_CARDS }
                    on:click=move |_| cards.update(|c| c.push(ScriptCard { heading: String::new(), text: String::new() }))>{i18n.t(T::AddCard)}</button>
                <button type="button" class="button button-tertiary" on:click=move |_| cards.set(built.get_value())>{i18n.t(T::Rebuild)}</button>
            </p>
            <p class="app-button-row">
                <button type="submit" class="button button-primary"
                    disabled=move || outcome.get() == Some(Outcome::Sending)>{i18n.t(T::Save)}</button>
                <button type="button" class="button button-tertiary" on:click=move |_| on_done()>{i18n.t(T::DoneEditing)}</button>
            </p>
            <SaveStatus name=NAME.to_owned() outcome=outcome />
        </form>
    }
}
