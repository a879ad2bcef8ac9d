//! The app: providers, the page frame, and the route table (one route per area; each area's pages are in
//! src/areas.rs).

use crate::api::client;
use crate::areas::{self, InfoView, Page};
use crate::components::{footer::Footer, header::Header, later::Later};
use crate::domain::routes;
use crate::i18n::{I18n, Msg, use_i18n};
use crate::pages::not_found::NotFoundPage;
use crate::store::{
    prefs,
    session::{SessionState, SessionStore, use_session},
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::path;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n { lang: RwSignal::new(prefs::load_lang()) };
    provide_context(i18n);
    provide_context(SessionStore::new());
    provide_context(crate::store::cv::CvSlot::new());
    areas::sends::register();
    areas::transfer::register();
    areas::outbox::register();
    provide_context(crate::store::outbox::Outbox::new());
    // <html lang> follows the chosen language, so screen readers pronounce the text right.
    Effect::new(move |_| {
        let code = i18n.lang.get().code();
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", code);
        }
    });
    view! {
        <Router>
            <UnauthorizedRedirect />
            <Header />
            <main class="container app-main" id="main-content">
                <crate::components::update::UpdateOffer />
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    // One route per area: the area's module finds its page below it (src/areas.rs), so the
                    // router's matching code is made for three kinds of path, not one per page.
                    <Route path=path!("/") view=Page::Home />
                    <Route path=path!("/mit-cv/*rest") view=Page::Cv />
                    <Route path=path!("/mine-jobmaal/*rest") view=Page::JobGoals />
                    <Route path=path!("/min-plan/*rest") view=Page::Plan />
                    <Route path=path!("/min-udvikling/*rest") view=Page::Progression />
                    <Route path=path!("/log-ind") view=Page::Info(InfoView::Login) />
                    <Route path=path!("/logget-af") view=Page::Logout />
                    <Route path=path!("/tilgaengelighed") view=Page::Info(InfoView::Accessibility) />
                    <Route path=path!("/privatliv") view=Page::Info(InfoView::Privacy) />
                </Routes>
            </main>
            // Below every page, and drawn after it: the task that draws the page is then shorter.
            <Later>
                <Footer />
                <crate::components::session_timeout::SessionTimeout />
            </Later>
        </Router>
    }
}

/// Sends the borger to login (and back afterwards) when the session ends while they use the app: any API
/// call answering 401 while we believed them logged in. Before that, `Protected` decides, so public pages
/// (login, 404, the accessibility statement) stay where they are.
#[component]
fn UnauthorizedRedirect() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let location = use_location();
    client::set_on_unauthorized(move || {
        if !matches!(session.state.get_untracked(), SessionState::Active(_)) {
            return;
        }
        session.state.set(SessionState::None);
        // The key goes with the session; the encrypted copies stay for the next login.
        crate::store::device::lock();
        let path = location.pathname.get_untracked();
        if path != routes::LOGIN && path != routes::LOGGED_OUT {
            navigate(&routes::login_path_for(&current_path(&location)), Default::default());
        }
    });
}

/// The current path with its query, to come back to after login.
fn current_path(location: &leptos_router::location::Location) -> String {
    let search = location.search.get_untracked();
    let path = location.pathname.get_untracked();
    if search.is_empty() { path } else { format!("{path}?{}", search.trim_start_matches('?')) }
}

/// Shows its children only to a logged-in borger; otherwise goes to login and comes back here afterwards.
#[component]
pub fn Protected(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get_untracked();
        if session.state.get() == SessionState::None && path != routes::LOGIN {
            navigate(&routes::login_path_for(&current_path(&location)), Default::default());
        }
    });
    move || match session.state.get() {
        SessionState::Active(_) => children().into_any(),
        SessionState::Unknown(e) => {
            // No page heading comes before the borger has read this.
            crate::components::page::drop_static_shell();
            let msg = if e == crate::api::ApiError::Offline { Msg::OfflineStart } else { e.message() };
            view! {
                <div class="alert alert-info" role="status"><div class="alert-body">
                    <p class="alert-text">{i18n.t(msg)}</p>
                </div></div>
                <button type="button" class="button button-secondary" on:click=move |_| session.refresh()>
                    {i18n.t(Msg::TryAgain)}
                </button>
            }
            .into_any()
        }
        SessionState::Loading | SessionState::None => {
            view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }.into_any()
        }
    }
}
