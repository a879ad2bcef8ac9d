//! A minimal Leptos CSR app with a router and three routes: what the framework alone costs.

use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <nav><A href="/">"Forside"</A>" "<A href="/a">"A"</A>" "<A href="/b">"B"</A></nav>
            <main>
                <Routes fallback=|| view! { <h1>"Ikke fundet"</h1> }>
                    <Route path=path!("/") view=|| view! { <h1>"Forside"</h1><p>"Hej."</p> } />
                    <Route path=path!("/a") view=|| view! { <h1>"A"</h1> } />
                    <Route path=path!("/b") view=|| view! { <h1>"B"</h1> } />
                </Routes>
            </main>
        </Router>
    }
}
