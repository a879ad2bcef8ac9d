//! The DKFDS footer: how to reach the jobcenter, and the tilgængelighedserklæring and privacy pages.

use crate::domain::routes;
use crate::i18n::{Msg, use_i18n};
use crate::store::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// The page footer.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let contact = move || {
        session.session().map(|s| {
            let k = s.borger.kommune;
            let jf = s.borger.jobformidler;
            let tel = format!("tel:{}", k.phone.replace(' ', ""));
            let mail = format!("mailto:{}", k.email);
            let jf_tel = format!("tel:{}", jf.phone.replace(' ', ""));
            view! {
                <div class="footer-col">
                    <h2 class="h5">{i18n.t(Msg::FooterContact)}</h2>
                    <ul class="unstyled-list">
                        <li><strong>{k.jobcenter}</strong></li>
                        <li>{k.address}</li>
                        <li>{i18n.t(Msg::Phone)} ": " <a href=tel>{k.phone}</a></li>
                        <li>{i18n.t(Msg::PhoneHours)} ": " {k.phone_hours}</li>
                        <li>{i18n.t(Msg::Email)} ": " <a href=mail>{k.email}</a></li>
                    </ul>
                </div>
                <div class="footer-col">
                    <h2 class="h5">{i18n.t(Msg::YourJobformidler)}</h2>
                    <ul class="unstyled-list">
                        <li><strong>{jf.name}</strong></li>
                        <li>{i18n.t(Msg::Phone)} ": " <a href=jf_tel>{jf.phone}</a></li>
                    </ul>
                </div>
            }
        })
    };
    view! {
        <footer>
            <div class="footer d-print-none">
                <div class="container">
                    <div class="app-footer-cols">
                        {contact}
                        <div class="footer-col">
                            <h2 class="h5">{i18n.t(Msg::AppName)}</h2>
                            <ul class="unstyled-list">
                                <li><A href=routes::ACCESSIBILITY>{i18n.t(Msg::AccessibilityTitle)}</A></li>
                                <li><A href=routes::PRIVACY>{i18n.t(Msg::PrivacyTitle)}</A></li>
                            </ul>
                        </div>
                    </div>
                </div>
            </div>
        </footer>
    }
}
