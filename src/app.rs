//! The app: providers, the page frame, and the whole route table in one place.

use crate::api::client;
use crate::components::{footer::Footer, header::Header};
use crate::domain::routes;
use crate::i18n::{I18n, Msg, use_i18n};
use crate::pages::{areas, home::HomePage, info, login::LoginPage, logout::LogoutPage, not_found::NotFoundPage};
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
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=|| view! { <Protected><HomePage /></Protected> } />
                    <Route path=path!("/mit-cv") view=|| view! { <Protected><areas::CvPage /></Protected> } />
                    <Route path=path!("/mine-jobmaal") view=|| view! { <Protected><areas::JobGoalsPage /></Protected> } />
                    <Route path=path!("/min-plan") view=|| view! { <Protected><areas::PlanPage /></Protected> } />
                    <Route path=path!("/min-udvikling") view=|| view! { <Protected><areas::ProgressionPage /></Protected> } />
                    <Route path=path!("/log-ind") view=LoginPage />
                    <Route path=path!("/logget-af") view=LogoutPage />
                    <Route path=path!("/tilgaengelighed") view=info::AccessibilityPage />
                    <Route path=path!("/privatliv") view=info::PrivacyPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

/// Sends the borger to login (and back afterwards) whenever any API call answers 401.
#[component]
fn UnauthorizedRedirect() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let location = use_location();
    client::set_on_unauthorized(move || {
        let here = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
        let here = if location.search.get_untracked().is_empty() { location.pathname.get_untracked() } else { here };
        if here != routes::LOGIN && here != routes::LOGGED_OUT {
            session.state.set(SessionState::None);
            navigate(&routes::login_path_for(&here), Default::default());
        }
    });
}

/// Shows its children only to a logged-in borger; otherwise goes to login and comes back here afterwards.
#[component]
fn Protected(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let location = use_location();
    Effect::new(move |_| {
        if session.state.get() == SessionState::None {
            let search = location.search.get_untracked();
            let here = if search.is_empty() {
                location.pathname.get_untracked()
            } else {
                format!("{}?{}", location.pathname.get_untracked(), search.trim_start_matches('?'))
            };
            navigate(&routes::login_path_for(&here), Default::default());
        }
    });
    move || match session.state.get() {
        SessionState::Active(_) => children().into_any(),
        SessionState::Unknown(e) => view! {
            <div class="alert alert-error" role="alert"><div class="alert-body">
                <p class="alert-text">{i18n.t(e.message())}</p>
            </div></div>
        }
        .into_any(),
        SessionState::Loading | SessionState::None => {
            view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }.into_any()
        }
    }
}
