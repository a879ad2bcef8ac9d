//! Logging out: end the session on the server, forget the borger in this tab, and say so plainly.

use crate::api;
use crate::components::page::PageHeading;
use crate::domain::routes;
use crate::i18n::{Msg, t};
use crate::store::session::{SessionState, use_session};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Du er logget af". Reaching this page logs out, so a bookmark or the header link both work.
#[component]
pub fn LogoutPage() -> impl IntoView {
    let session = use_session();
    let cv = use_context::<crate::store::cv::CvSlot>().unwrap_or_default();
    leptos::task::spawn_local(async move {
        // Even if the server cannot be reached, the tab forgets the borger; the server session then times out.
        let _ = api::session::logout().await;
        session.state.set(SessionState::None);
        cv.clear();
        // Recordings of practice answers live only in this tab's memory; logging out forgets them.
        crate::pages::jobgoals::forget_recordings();
        crate::store::device::wipe().await;
    });
    view! {
        <PageHeading title=Msg::LoggedOutTitle />
        <p class="font-lead">{t(Msg::LoggedOutText)}</p>
        <p><A href=routes::LOGIN attr:class="button button-primary">{t(Msg::LogInAgain)}</A></p>
    }
}
