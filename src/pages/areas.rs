//! The areas whose own issues are still open: each shows its heading and that it is on its way.

use crate::components::page::ComingSoon;
use crate::i18n::Msg;
use leptos::prelude::*;

/// Mit CV.
#[component]
pub fn CvPage() -> impl IntoView {
    view! { <ComingSoon title=Msg::NavCv /> }
}
