//! The save status next to an editor (issue #8), the same in every editor: "Gemmer …", "Gemt", "Gemt på
//! enheden – sendes når du er online", or "Kunne ikke gemmes – prøv igen". A write that waited in the outbox
//! turns into "Gemt" by itself when it lands, or says why the server refused it.

use crate::api::ApiError;
use crate::domain::outbox::{Pending, Refusal, State};
use crate::i18n::drafts::DraftMsg as D;
use crate::i18n::plan_offline::{OfflineMsg as O, refusal};
use crate::i18n::use_i18n;
use crate::store::draft::Keeper;
use crate::store::outbox::{Outbox, Submitted, use_outbox};
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where the editor's last save stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// On its way.
    Sending,
    /// On the server.
    Saved,
    /// Waiting in the outbox on the device.
    Kept,
    /// Waiting in the outbox in this tab only (shared computer).
    InTab,
    /// The server said no; the text stays in the editor.
    Failed(ApiError),
    /// The server said no to a write that had waited in the outbox (sent later, perhaps with the editor closed).
    Refused(Option<Refusal>),
}

impl Outcome {
    /// The outcome of a submit that did not end in a conflict or field errors (the editor handles those).
    pub fn of(s: &Submitted) -> Self {
        match s {
            Submitted::Landed(_) => Outcome::Saved,
            Submitted::Kept => Outcome::Kept,
            Submitted::InTab => Outcome::InTab,
            Submitted::Conflict(_) => Outcome::Failed(ApiError::Conflict(None)),
            Submitted::Refused(e) => Outcome::Failed(e.clone()),
        }
    }
}

/// Sends `p` through the outbox, with what `keeper` holds (so its copy goes when `p` lands, whenever that is)
/// and "Gemmer …" in `outcome` meanwhile; `then` gets what became of it — unless the session ended on the way
/// (a 401 takes the page down on the way to login: nothing on it may be touched then).
pub fn send<T>(
    outbox: Outbox,
    keeper: Keeper<T>,
    p: Pending,
    outcome: RwSignal<Option<Outcome>>,
    then: impl FnOnce(Submitted) + 'static,
) where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let p = keeper.stamped(p);
    outcome.set(Some(Outcome::Sending));
    leptos::task::spawn_local(async move {
        let result = outbox.submit(p).await;
        if !outbox.session_ended() {
            then(result);
        }
    });
}

/// The status line for the editor called `name` (as its writes are named in the outbox).
#[component]
pub fn SaveStatus(name: String, outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let shown = Memo::new(move |_| {
        let waiting = outbox.state_of(&name);
        match outcome.get() {
            Some(kept @ (Outcome::Kept | Outcome::InTab)) => match waiting {
                None => Some(Outcome::Saved),
                Some((State::Waiting, _)) => Some(kept),
                Some((State::Conflict, _)) => Some(Outcome::Failed(ApiError::Conflict(None))),
                Some((State::Refused, why)) => Some(Outcome::Refused(why)),
            },
            other => other,
        }
    });
    view! {
        <div aria-live="polite" class="app-outcome">
            {move || shown.get().map(|o| match o {
                Outcome::Sending => view! { <p class="app-muted">{i18n.t(D::Saving)}</p> }.into_any(),
                Outcome::Saved => view! { <p class="app-saved">{i18n.t(D::Saved)}</p> }.into_any(),
                Outcome::Kept => view! { <p class="app-saved app-kept">{i18n.t(D::Kept)}</p> }.into_any(),
                Outcome::InTab => view! { <p class="app-plan-due">{i18n.t(D::InTab)}</p> }.into_any(),
                Outcome::Failed(e) => view! {
                    <div class="alert alert-error" role="alert"><div class="alert-body">
                        <p class="alert-heading">{i18n.t(D::Failed)}</p>
                        <p class="alert-text">{i18n.t(e.message())}</p>
                    </div></div>
                }.into_any(),
                Outcome::Refused(why) => view! {
                    <div class="alert alert-error" role="alert"><div class="alert-body">
                        <p class="alert-heading">{i18n.t(O::NotSent)}</p>
                        <p class="alert-text">{i18n.t(refusal(why))}</p>
                    </div></div>
                }.into_any(),
            })}
        </div>
    }
}

/// "Vi har hentet det, du skrev sidst …", shown while the editor holds text brought back from the device.
#[component]
pub fn RestoredNotice(restored: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || restored.get()>
            <div class="alert alert-info" role="status"><div class="alert-body">
                <p class="alert-text">{i18n.t(D::Restored)}</p>
            </div></div>
        </Show>
    }
}
