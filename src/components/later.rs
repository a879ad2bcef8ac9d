//! Parts of a page drawn a moment after the rest, in a task of their own.

use leptos::prelude::*;
use std::time::Duration;

/// Draws its children after the browser has had a turn (a zero timeout). Then a long page's lower part, or the
/// footer under every page, does not lengthen the task that draws what the borger looks at first: on a cheap
/// phone one long task holds back the first tap (`cargo xtask bench`, "Start-up blocking time").
/// Only for what is below the first screen, so that what comes is added under what is there and nothing moves.
///
/// A page that draws its data again (after a save, or when the outbox has sent something) passes `drawn`, made
/// once with the page: after the first time its parts are drawn at once with the rest. One task without them
/// would make the page shorter for a moment, and a borger scrolled down to them would be moved up.
#[component]
pub fn Later(children: ChildrenFn, #[prop(optional)] drawn: Option<RwSignal<bool>>) -> impl IntoView {
    let ready = drawn.unwrap_or_else(|| RwSignal::new(false));
    if !ready.get_untracked() {
        // The page can be gone by then (the borger went on): the signal is then gone too, and nothing happens.
        set_timeout(
            move || {
                let _ = ready.try_set(true);
            },
            Duration::ZERO,
        );
    }
    move || ready.get().then(|| children())
}

/// Resolves after the browser has had a turn (a zero timeout): what comes after the `.await` runs in a task of its
/// own, after anything the browser had waiting (a tap, a paint).
pub async fn next_turn() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
