//! Components mounted in headless Chromium (wasm-bindgen-test): they render DKFDS markup and react to input.
#![cfg(target_arch = "wasm32")]

use fleksvej::components::alert::{Alert, Level};
use fleksvej::components::page::PageHeading;
use fleksvej::i18n::{I18n, Lang, Msg};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn page_heading_follows_the_language_and_sets_the_tab_title() {
    let el = container();
    let lang = RwSignal::new(Lang::Da);
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n { lang });
        view! { <PageHeading title=Msg::NavPlan /> }
    });
    leptos::task::tick().await;
    let h1 = el.query_selector("h1#main-heading").unwrap().expect("an h1 is rendered");
    assert_eq!(h1.text_content().unwrap(), "Min plan");
    assert_eq!(document().title(), "Min plan – Fleksvej");

    lang.set(Lang::En);
    leptos::task::tick().await;
    assert_eq!(h1.text_content().unwrap(), "My plan");
    assert_eq!(document().title(), "My plan – Fleksvej");
}

#[wasm_bindgen_test]
async fn an_error_alert_is_announced_with_role_alert() {
    let el = container();
    let _handle = leptos::mount::mount_to(el.clone(), || {
        provide_context(I18n { lang: RwSignal::new(Lang::Da) });
        view! { <Alert level=Level::Error msg=Msg::ErrOffline /> }
    });
    leptos::task::tick().await;
    let alert = el.query_selector(".alert.alert-error[role=alert]").unwrap().expect("a DKFDS error alert");
    assert!(alert.text_content().unwrap().starts_with("Du er ikke på nettet"));
}

/// The save status next to every editor (issue #8): a write waiting in the outbox says so, turns into "Gemt" when
/// it has landed, and into an error when the server disputes it.
#[wasm_bindgen_test]
async fn the_save_status_follows_the_outbox() {
    use fleksvej::components::save_status::{Outcome, SaveStatus};
    use fleksvej::domain::outbox::{Pending, State, Write};
    use fleksvej::store::outbox::{Outbox, use_outbox};

    let el = container();
    let outcome = RwSignal::new(Some(Outcome::Kept));
    let shared = std::rc::Rc::new(std::cell::Cell::new(None::<Outbox>));
    let keep = shared.clone();
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n { lang: RwSignal::new(Lang::Da) });
        let outbox = use_outbox();
        provide_context(outbox);
        keep.set(Some(outbox));
        view! { <SaveStatus name="prep/1".to_owned() outcome=outcome /> }
    });
    let outbox = shared.get().expect("the outbox");
    let write =
        Write::Prep { meeting: uuid::Uuid::nil(), base_version: 1, base_notes: String::new(), notes: "Noter".into() };
    outbox.pending.set(vec![Pending::of("prep/1".into(), "Møde".into(), write)]);
    leptos::task::tick().await;
    let text = || el.text_content().unwrap_or_default();
    assert_eq!(text(), "Gemt på enheden – sendes når du er online");

    outbox.pending.update(|p| p[0].state = State::Conflict);
    leptos::task::tick().await;
    assert!(text().starts_with("Kunne ikke gemmes – prøv igen"), "{}", text());
    assert!(el.query_selector("[role=alert]").unwrap().is_some());

    outbox.pending.set(vec![]);
    leptos::task::tick().await;
    assert_eq!(text(), "Gemt");
}

/// The contract's NFC runs on the browser's own tables in the wasm (`String.prototype.normalize`): decomposed
/// letters are composed as natively, and a text checked in the browser is the text the server stores.
#[wasm_bindgen_test]
fn text_is_normalised_to_nfc_by_the_browser() {
    use contract::validate::{Checker, nfc};
    assert_eq!(nfc("Sk\u{61}\u{30a}ne"), "Skåne");
    assert_eq!(nfc("\u{212b}"), "\u{c5}", "the Ångström sign becomes Å");
    assert_eq!(nfc("e\u{301}\u{323}"), "\u{1eb9}\u{301}", "marks are reordered before composing");
    assert_eq!(nfc("ﬁ"), "ﬁ", "NFC keeps compatibility characters");
    let mut c = Checker::default();
    let mut s = "  Bla\u{30a}bær \r\n".to_owned();
    c.text("f".into(), &mut s, 200, false);
    assert_eq!(s, "Blåbær");
    assert!(c.finish().is_ok());
}

/// In the wasm, dates and times go through the contract's own RFC 3339 and ISO date serde (`wire_time`): the
/// text the server writes reads back to the same instant, and what the browser writes is what `time` writes.
#[wasm_bindgen_test]
fn dates_and_times_read_and_write_the_servers_text() {
    use serde::{Deserialize, Serialize};
    use time::OffsetDateTime;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Wire {
        #[serde(with = "contract::wire_time::rfc3339")]
        at: OffsetDateTime,
        #[serde(with = "contract::wire_time::rfc3339::option")]
        maybe: Option<OffsetDateTime>,
        #[serde(with = "contract::wire_time::iso_date")]
        day: time::Date,
        #[serde(default, with = "contract::wire_time::iso_date::option")]
        due: Option<time::Date>,
    }

    let text = r#"{"at":"2026-11-30T09:15:00.25+01:00","maybe":null,"day":"2026-11-30","due":"2024-02-29"}"#;
    let wire: Wire = serde_json::from_str(text).expect("the server's text reads");
    assert_eq!(wire.at.unix_timestamp(), 1_796_026_500);
    assert_eq!(wire.at.nanosecond(), 250_000_000);
    assert_eq!(wire.due.map(|d| d.ordinal()), Some(60));
    assert_eq!(serde_json::to_string(&wire).expect("writes"), text);
    assert!(serde_json::from_str::<Wire>(&text.replace("09:15:00", "9:15:00")).is_err(), "not RFC 3339");
    assert!(serde_json::from_str::<Wire>(&text.replace("2026-11-30\"", "2026-11-31\"")).is_err(), "no such day");
    // The other way round for the optional fields: a time present, a date absent.
    let other = r#"{"at":"2026-11-30T09:15:00Z","maybe":"2026-12-01T10:00:00+01:00","day":"2026-11-30","due":null}"#;
    let wire: Wire = serde_json::from_str(other).expect("the other text reads");
    assert_eq!(wire.maybe.map(|t| t.unix_timestamp()), Some(1_796_115_600));
    assert_eq!(wire.due, None);
    assert_eq!(serde_json::to_string(&wire).expect("writes"), other);
    assert!(serde_json::from_str::<Wire>(&other.replace("10:00:00+01:00", "10:00")).is_err(), "optional, but RFC 3339");
    assert!(serde_json::from_str::<Wire>(&text.replace("2024-02-29", "2023-02-29")).is_err(), "optional, but a day");
}
