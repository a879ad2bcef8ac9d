//! The ABC canvas (Kompetencer / Ønsker / Arbejdsmarkedet): short points under three headings that help
//! find jobmål; a point can become a new jobmål draft. Stored through the contract (one document per borger)
//! so the jobformidler's system can later add to "Arbejdsmarkedet" and it follows the borger to any device.
//! Each add or remove is sent at once through the outbox (it waits there when it cannot be sent); a 412 is met
//! by applying the same change to the newest version, so nothing needs choosing. What is typed in the fields
//! and the points not yet sent are kept by the keeper; points brought back are sent again.

use super::canvas_column::ColumnView;
use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::components::save_status::{Outcome, RestoredNotice, SaveStatus, send};
use crate::domain::abc::{Change, Column, apply_all};
use crate::domain::outbox::{Doc, Pending, Write, canvas_changes};
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::{Msg, use_i18n};
use crate::store::draft::Keeper;
use crate::store::outbox::{Reply, Submitted, use_outbox};
use contract::jobgoal::AbcCanvasInput;
use leptos::prelude::*;
use leptos_router::components::A;

/// The canvas's name in the outbox and on the device.
const NAME: &str = "abc";

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

/// What the canvas keeps on the device: the changes not yet sent or waiting, and the three fields.
type Typed = (Vec<Change>, [String; 3]);

#[component]
fn Canvas(version: i64, content: AbcCanvasInput) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    // The canvas as the server has it; shown with the changes that wait in the outbox or are on their way.
    let server = RwSignal::new((version, content));
    let unsent = RwSignal::new(Vec::<Change>::new());
    let shown = Memo::new(move |_| {
        let waiting = outbox.pending.with(|p| canvas_changes(p));
        apply_all(apply_all(server.with(|s| s.1.clone()), &waiting), &unsent.get())
    });
    let drafts = [(); 3].map(|_| RwSignal::new(String::new()));
    let outcome = RwSignal::new(None::<Outcome>);
    let typed = move || -> Typed { (unsent.get(), drafts.map(|d| d.get())) };
    let brought_back = RwSignal::new(Vec::<Change>::new());
    let keeper = Keeper::new(NAME, typed, move |(changes, texts): Typed| {
        for (d, t) in drafts.into_iter().zip(texts) {
            d.set(t);
        }
        brought_back.set(changes);
    });
    // What is left to keep once a send is over: the copy holds only that.
    let settle = move || {
        let rest = untrack(typed);
        keeper.landed(Typed::default());
        if rest != Typed::default() {
            keeper.edited(rest);
        }
    };
    let field = move |col: Column| drafts[COLUMNS.iter().position(|c| c.0 == col).unwrap_or(0)];
    let save = move |changes: Vec<Change>| {
        unsent.update(|u| u.extend(changes.iter().cloned()));
        let (base_version, base) = server.get_untracked();
        let write =
            Write::Canvas { base_version, base: Doc::of(&base), changes: changes.iter().map(Doc::of).collect() };
        let p = Pending::of(NAME.to_owned(), i18n.now(M::AbcTitle).to_owned(), write);
        send(outbox, keeper, p, outcome, move |result| {
            unsent.update(|u| u.retain(|c| !changes.contains(c)));
            match &result {
                Submitted::Landed(Reply::Canvas(c)) => server.set((c.version, c.content.clone())),
                // Refused (too long, too many): a point typed goes back in its field.
                Submitted::Refused(_) => {
                    for c in &changes {
                        if let Change::Add(col, texts) = c
                            && let [text] = texts.as_slice()
                        {
                            field(*col).update(|d| d.clone_from(text));
                        }
                    }
                }
                _ => {}
            }
            settle();
            outcome.set(Some(Outcome::of(&result)));
        });
    };
    // Points brought back from the device are sent again (adding a point twice never doubles it).
    Effect::new(move |_| {
        let changes = brought_back.get();
        if !changes.is_empty() {
            brought_back.set(Vec::new());
            save(changes);
        }
    });
    // What the outbox sent later is on the server now: read it again, so it stays on screen.
    Effect::new(move |seen: Option<u32>| {
        let n = outbox.synced.get();
        if seen.is_some_and(|s| s != n) {
            leptos::task::spawn_local(async move {
                if let Ok(c) = api::jobgoals::canvas().await {
                    let _ = server.try_set((c.value.version, c.value.content));
                }
            });
        }
        n
    });
    let failure = RwSignal::new(None::<ApiError>);
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
                    save(vec![Change::Add(Column::Competences, texts)]);
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    view! {
        <RestoredNotice restored=keeper.restored />
        <p><button type="button" class="button button-secondary" on:click=from_cv>{i18n.t(M::AbcFromCv)}</button></p>
        <div aria-live="polite">
            {move || failure.get().map(|e| view! { <Alert level=Level::Error msg=e.message() /> })}
        </div>
        <SaveStatus name=NAME.to_owned() outcome=outcome />
        <div class="app-abc">
            {COLUMNS.into_iter().map(|(col, heading, hint, id)| view! {
                <ColumnView col=col heading=heading hint=hint id=id content=shown draft=field(col) save=save />
            }).collect_view()}
        </div>
    }
}
