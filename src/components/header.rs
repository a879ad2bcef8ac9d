//! The DKFDS header: skip link, language switch, borger's name and "Log af", the solution name and kommune,
//! and the main menu (a drawer on phones).

use super::focus::{focus, keep_tab_inside};
use super::icon::Icon;
use crate::domain::frames::MENU;
use crate::domain::routes;
use crate::i18n::{Lang, Message, Msg, use_i18n};
use crate::store::{prefs, session::use_session};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The page header.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let drawer = RwSignal::new(false);
    let name = move || session.session().map(|s| s.borger.name).unwrap_or_default();
    let kommune = move || session.session().map(|s| (s.borger.kommune.name, s.borger.kommune.jobcenter));
    let logged_in = move || session.session().is_some();
    // The drawer is a modal: it takes focus when it opens, Escape closes it, and focus goes back to the Menu
    // button (a picked link then moves it on to the new page's heading, see `page.rs`).
    let open = move |_| drawer.set(true);
    let close = move || {
        drawer.set(false);
        focus("#app-menu-open");
    };
    Effect::new(move |_| {
        if drawer.get() {
            focus("#app-menu-close");
        }
    });
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            close();
        }
        keep_tab_inside(&ev, "#app-menu-close", "#app-drawer .mainmenu li:last-child a");
    };
    view! {
        <a class="skipnav" href="#main-content">{i18n.t(Msg::SkipLink)}</a>
        <LanguageSwitcher />
        <header class="header">
            <div class="portal-info">
                <div class="portal-info-inner container">
                    <A href=routes::HOME attr:class="logo" attr:aria-label=i18n.t(Msg::GoHome)>
                        <span>{i18n.t(Msg::GoHome)}</span>
                    </A>
                    <button
                        class="function-link button-menu-open ml-auto d-print-none"
                        id="app-menu-open"
                        aria-haspopup="dialog"
                        aria-expanded=move || drawer.get().to_string()
                        on:click=open
                    >
                        <Icon name="menu" />
                        {i18n.t(Msg::Menu)}
                    </button>
                    <Show when=logged_in>
                        <div class="portal-user">
                            <p class="user">{name}</p>
                            <A href=routes::LOGGED_OUT attr:class="function-link d-print-none log-off">
                                <Icon name="lock" />
                                {i18n.t(Msg::LogOut)}
                            </A>
                        </div>
                    </Show>
                </div>
            </div>
            <div class="solution-info">
                <div class="solution-info-inner container">
                    <div class="solution-heading">
                        <A href=routes::HOME>{i18n.t(Msg::AppName)}</A>
                    </div>
                    {move || kommune().map(|(k, jc)| view! {
                        <div class="additional-info">
                            <p><strong class="authority-name">{k}</strong></p>
                            <p>{jc}</p>
                        </div>
                    })}
                </div>
            </div>
            <Show when=logged_in>
                <div class="navigation-menu">
                    <div class="navigation-menu-inner container">
                        <nav class="nav" aria-label=i18n.t(Msg::MainMenu)>
                            <MenuLinks on_pick=move || () />
                        </nav>
                    </div>
                </div>
            </Show>
            <div class="mobile-drawer" id="app-drawer" class:is-visible=move || drawer.get() role="dialog"
                aria-modal="true" aria-labelledby="menu-heading" hidden=move || !drawer.get() on:keydown=keys>
                <div class="menu-top">
                    <h2 id="menu-heading" class="menu-heading">{i18n.t(Msg::Menu)}</h2>
                    <button class="function-link button-menu-close" id="app-menu-close"
                        aria-label=i18n.t(Msg::CloseMenuLabel) on:click=move |_| close()>
                        <Icon name="close" />
                        {i18n.t(Msg::CloseMenu)}
                    </button>
                </div>
                <Show when=logged_in>
                    <div class="portal-info-mobile">
                        <h3 class="sr-only">{i18n.t(Msg::User)}</h3>
                        <p class="user">{name}</p>
                        <p>
                            <A href=routes::LOGGED_OUT attr:class="function-link d-print-none log-off"
                                on:click=move |_| close()>
                                <Icon name="lock" />
                                {i18n.t(Msg::LogOut)}
                            </A>
                        </p>
                    </div>
                    <nav class="navigation-menu-mobile" aria-label=i18n.t(Msg::MainMenu)>
                        <MenuLinks on_pick=close />
                    </nav>
                </Show>
            </div>
        </header>
        <div class="overlay" class:is-visible=move || drawer.get() on:click=move |_| close()></div>
    }
}

/// The five areas as a DKFDS main menu; the current one is marked.
#[component]
fn MenuLinks(
    /// Called when a link is picked (closes the drawer on phones).
    on_pick: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let current = move |href: &str| {
        let path = location.pathname.get();
        if href == routes::HOME { path == href } else { path.starts_with(href) }
    };
    view! {
        <ul class="mainmenu">
            {MENU.into_iter().map(|(href, msg)| view! {
                <li class:active=move || current(href) class:current=move || current(href)>
                    <A href=href attr:class="nav-link" on:click=move |_| on_pick()>
                        <span>{i18n.t(msg)}</span>
                    </A>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// DKFDS sprogvælger: Dansk / English. The choice is remembered on this device and sets `<html lang>`.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let choose = move |lang: Lang| {
        i18n.lang.set(lang);
        prefs::save_lang(lang);
    };
    let item = move |lang: Lang, msg: Msg| {
        let is_current = move || i18n.lang.get() == lang;
        view! {
            <li>
                <button type="button" class="function-link" lang=lang.code()
                    aria-current=move || is_current().then_some("true")
                    on:click=move |_| choose(lang)>
                    <Show when=is_current><Icon name="check" /></Show>
                    {msg.text(lang)}
                </button>
            </li>
        }
    };
    view! {
        <div class="language-switcher d-print-none">
            <div class="container">
                <ul aria-label=i18n.t(Msg::ChooseLanguage)>
                    {item(Lang::Da, Msg::LanguageDanish)}
                    {item(Lang::En, Msg::LanguageEnglish)}
                </ul>
            </div>
        </div>
    }
}
