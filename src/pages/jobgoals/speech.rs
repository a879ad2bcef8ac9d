//! Optional read-aloud of the drill question with the browser's speech synthesis. Never automatic: only when
//! the borger presses the button. The button shows only when a voice for the page's language exists
//! (da-DK for Danish); otherwise a kind note says so.

use crate::i18n::rehearsal::RehearsalMsg as R;
use crate::i18n::{Lang, use_i18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// What the browser offers.
#[derive(Clone, PartialEq)]
enum Voice {
    /// No speechSynthesis at all.
    Unsupported,
    /// Voices not listed yet (Chromium lists them after `voiceschanged`).
    Waiting,
    /// A voice for the language, by its `voiceURI`.
    Found(String),
    /// Voices exist, but none for the language.
    Missing,
}

fn synth() -> Option<SpeechSynthesis> {
    let w = web_sys::window()?;
    js_sys::Reflect::has(&w, &"speechSynthesis".into()).ok()?.then(|| w.speech_synthesis().ok()).flatten()
}

fn voices(s: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    s.get_voices().iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).collect()
}

fn pick(s: &SpeechSynthesis, lang: Lang) -> Voice {
    let all = voices(s);
    let prefix = lang.code();
    let found = all.iter().find(|v| v.lang().to_lowercase().replace('_', "-").starts_with(prefix));
    match (found, all.is_empty()) {
        (Some(v), _) => Voice::Found(v.voice_uri()),
        (None, true) => Voice::Waiting,
        (None, false) => Voice::Missing,
    }
}

/// The read-aloud button for `text`, or a note that it cannot be done here.
#[component]
pub fn ReadAloud(text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(if synth().is_some() { Voice::Waiting } else { Voice::Unsupported });
    let check = move || {
        if let Some(s) = synth() {
            state.set(pick(&s, i18n.lang.get_untracked()));
        }
    };
    Effect::new(move |_| {
        i18n.lang.track();
        check();
    });
    if let Some(s) = synth() {
        let on_change = Closure::<dyn Fn()>::new(check);
        s.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
        let keep = StoredValue::new_local(Some(on_change));
        // Some browsers never fire `voiceschanged` when there are no voices: after a moment, say so.
        let later = gloo_timers::callback::Timeout::new(1500, move || {
            if state.get_untracked() == Voice::Waiting {
                state.set(Voice::Missing);
            }
        });
        let later = StoredValue::new_local(Some(later));
        on_cleanup(move || {
            s.cancel();
            s.set_onvoiceschanged(None);
            keep.set_value(None);
            later.set_value(None);
        });
    }
    // A new question stops the old one being read.
    Effect::new(move |_| {
        text.track();
        if let Some(s) = synth() {
            s.cancel();
        }
    });
    let speak = move |_| {
        let (Some(s), Voice::Found(uri)) = (synth(), state.get_untracked()) else { return };
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(&text.get_untracked()) else { return };
        if let Some(v) = voices(&s).into_iter().find(|v| v.voice_uri() == uri) {
            u.set_lang(&v.lang());
            u.set_voice(Some(&v));
        }
        u.set_rate(0.9);
        s.cancel();
        s.speak(&u);
    };
    move || match state.get() {
        Voice::Found(_) => view! {
            <p><button type="button" class="button button-tertiary" on:click=speak>{i18n.t(R::ReadAloud)}</button></p>
        }
        .into_any(),
        Voice::Waiting => ().into_any(),
        Voice::Missing | Voice::Unsupported => {
            let msg = if state.get() == Voice::Missing { R::NoVoice } else { R::NoSpeech };
            view! { <p class="app-muted app-speech-note">{i18n.t(msg)}</p> }.into_any()
        }
    }
}
