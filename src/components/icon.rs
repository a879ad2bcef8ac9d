//! DKFDS icons from the package's SVG sprite (served from /img, so no inline SVG is needed).

use leptos::prelude::*;

/// A decorative DKFDS icon.
#[component]
pub fn Icon(
    /// The icon's id in the DKFDS sprite, e.g. "menu".
    name: &'static str,
) -> impl IntoView {
    view! {
        <svg class="icon-svg" focusable="false" aria-hidden="true">
            <use_ href=format!("/img/all-svg-icons.svg#{name}")></use_>
        </svg>
    }
}
