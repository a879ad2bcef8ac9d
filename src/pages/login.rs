//! Log ind: the reference backend's demo login (production uses MitID through the kommune's backend).

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::form::ErrorMessage;
use crate::components::page::PageHeading;
use crate::domain::routes;
use crate::i18n::info::InfoMsg;
use crate::i18n::{Msg, use_i18n};
use crate::store::session::{SessionState, use_session};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use uuid::Uuid;

/// Log ind.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let borgere = LocalResource::new(api::session::demo_borgere);
    view! {
        <PageHeading title=InfoMsg::LoginTitle />
        <Suspense fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || borgere.get().map(|r| match r {
                Ok(list) => view! { <DemoLoginForm borgere=list /> }.into_any(),
                Err(ApiError::NotFound) => view! { <p class="font-lead">{i18n.t(InfoMsg::LoginUnavailable)}</p> }.into_any(),
                Err(e) => view! {
                    <Alert level=Level::Error msg=e.message() />
                }.into_any(),
            })}
        </Suspense>
    }
}

/// The list of demo borgere to choose from, as DKFDS radio buttons.
#[component]
fn DemoLoginForm(
    /// The demo borgere the backend offers.
    borgere: Vec<contract::session::DemoBorger>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let chosen = RwSignal::new(None::<Uuid>);
    let missing = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let shared = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = chosen.get() else {
            missing.set(true);
            focus("borger-option1");
            return;
        };
        missing.set(false);
        busy.set(true);
        let next = routes::safe_return_path(query.get().get(routes::RETURN_PARAM).as_deref());
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::session::demo_login(id, shared.get_untracked()).await {
                Ok(()) => match api::session::get().await {
                    Ok(s) => {
                        session.state.set(SessionState::Active(Box::new(s)));
                        navigate(&next, Default::default());
                    }
                    Err(e) => failure.set(Some(e)),
                },
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <p class="font-lead">{i18n.t(InfoMsg::LoginIntro)}</p>
        {move || failure.get().map(|e| view! {
            <Alert level=Level::Error msg=e.message() />
        })}
        <form on:submit=submit novalidate>
            <div class="form-group" class:form-error=move || missing.get()>
                <fieldset aria-describedby=move || missing.get().then_some("borger-error")>
                    <legend class="form-label">{i18n.t(InfoMsg::LoginLegend)}</legend>
                    <Show when=move || missing.get()>
                        <ErrorMessage id="borger-error">{i18n.t(InfoMsg::LoginChooseError)}</ErrorMessage>
                    </Show>
                    {borgere.into_iter().enumerate().map(|(i, b)| {
                        let id = format!("borger-option{}", i + 1);
                        let hint = format!("{id}-hint");
                        view! {
                            <div class="form-group-radio">
                                <input type="radio" class="form-radio" name="borger" id=id.clone()
                                    value=b.id.to_string() aria-describedby=hint.clone()
                                    on:change=move |_| { chosen.set(Some(b.id)); missing.set(false); } />
                                <label class="form-label" for=id>{b.name}</label>
                                <span class="form-hint" id=hint>{b.summary}</span>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </div>
            <div class="form-group">
                <div class="form-group-checkbox app-check-row">
                    <input type="checkbox" class="form-checkbox" id="shared-device" aria-describedby="shared-device-hint"
                        prop:checked=move || shared.get() on:change=move |ev| shared.set(event_target_checked(&ev)) />
                    <label class="form-label" for="shared-device">{i18n.t(InfoMsg::SharedDevice)}</label>
                </div>
                <span class="form-hint" id="shared-device-hint">{i18n.t(InfoMsg::SharedDeviceHint)}</span>
            </div>
            <button type="submit" class="button button-primary" disabled=move || busy.get()>
                {i18n.t(InfoMsg::LogIn)}
            </button>
        </form>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
