//! Keyboard focus for the modal parts (the phone menu, the session warning): Tab and Shift+Tab go round inside
//! them, never to the page behind the backdrop (WCAG 2.4.3).

use wasm_bindgen::JsCast;

/// The element the CSS `selector` finds first, if it can take focus.
fn find(selector: &str) -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    doc.query_selector(selector).ok()??.dyn_into().ok()
}

/// Moves focus to what `selector` finds, if anything.
pub fn focus(selector: &str) {
    if let Some(el) = find(selector) {
        let _ = el.focus();
    }
}

/// Tab on `last` goes round to `first`, Shift+Tab on `first` to `last`. For a keydown listener on the modal;
/// `last` may be missing (the logged-out menu has only its close button): then `first` is both ends.
pub fn keep_tab_inside(ev: &web_sys::KeyboardEvent, first: &str, last: &str) {
    if ev.key() != "Tab" {
        return;
    }
    let Some(first_el) = find(first) else { return };
    let last_el = find(last).unwrap_or_else(|| first_el.clone());
    let active: Option<web_sys::Element> =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let at_end =
        |end: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == end.unchecked_ref::<web_sys::Element>());
    let (from, to) = if ev.shift_key() { (&first_el, &last_el) } else { (&last_el, &first_el) };
    if at_end(from) {
        ev.prevent_default();
        let _ = to.focus();
    }
}
