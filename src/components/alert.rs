//! DKFDS alerts for messages about the whole page (errors next to fields use the form components).

use crate::i18n::{Message, t};
use leptos::prelude::*;

/// How serious an alert is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something to know.
    Info,
    /// Something failed; what to do next is in the text.
    Error,
    /// Something worked.
    Success,
}

/// A DKFDS alert with one message.
#[component]
pub fn Alert<M: Message>(
    /// How serious it is.
    level: Level,
    /// The text.
    msg: M,
) -> impl IntoView {
    let (class, role) = match level {
        Level::Info => ("alert alert-info", "status"),
        Level::Error => ("alert alert-error", "alert"),
        Level::Success => ("alert alert-success", "status"),
    };
    view! {
        <div class=class role=role>
            <div class="alert-body">
                <p class="alert-text">{t(msg)}</p>
            </div>
        </div>
    }
}
