//! "Ny version – genindlæs": when a new version of Fleksvej has installed in the background
//! (public/sw-register.js), the borger is told and chooses when to reload, instead of the code changing under
//! them mid-sentence.

use crate::i18n::session::SessionMsg as S;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The banner; mounted once in the app frame.
#[component]
pub fn UpdateOffer() -> impl IntoView {
    let i18n = use_i18n();
    let window = web_sys::window();
    let waiting = js_sys::Reflect::get(&window.clone().into(), &"fleksvejUpdateReady".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let ready = RwSignal::new(waiting);
    let on_ready = Closure::<dyn Fn()>::new(move || ready.set(true));
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("fleksvej-update-ready", on_ready.as_ref().unchecked_ref());
    }
    on_ready.forget();
    let apply = move |_| {
        if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new("fleksvej-update-apply")) {
            let _ = w.dispatch_event(&ev);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="alert alert-info app-update d-print-none" role="status">
                <div class="alert-body">
                    <p class="alert-text">{i18n.t(S::UpdateReady)}</p>
                    <button type="button" class="button button-secondary" on:click=apply>{i18n.t(S::UpdateReload)}</button>
                </div>
            </div>
        </Show>
    }
}
